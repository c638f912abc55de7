// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace TicketDesk {

class Clock;

// `ticketdesk create` and `ticketdesk retry ID`: run an engine in-process
// (no listener; outbox and reconciliation on) on the chosen database, create
// or retry one ticket, and report it. Without --wait they return once the
// ticket is stored and its send attempt ended; with --wait SECONDS once it is
// CREATED or FAILED, whether that news comes from this process's own
// reconciliation or from a `ticketdesk serve` writing the same database.
// `arguments` exclude the command word. Exit codes as in commandline.h.
int runCreateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock);
int runRetryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace TicketDesk
