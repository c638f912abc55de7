// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace TicketDesk {

class Clock;

// `ticketdesk create` and `ticketdesk retry ID`: run an engine in-process
// (no listener) on the chosen database, create or retry one ticket, and
// report it. Who sends it: on a team database the servers; on a SQLite file a
// `serve` or desktop running on it (a fresh heartbeat), else this command
// (outbox and reconciliation on). Without --wait they return once the ticket
// is stored and, when they send it themselves, its send attempt ended; a
// ticket left QUEUED is reported with who will send it. With --wait SECONDS
// they return once it is CREATED or FAILED, whether that news comes from
// this process's own reconciliation or from another process writing the
// same database.
// `arguments` exclude the command word. Exit codes as in commandline.h.
int runCreateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock);
int runRetryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace TicketDesk
