// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace TicketDesk {

class Clock;

// `ticketdesk db init` and `ticketdesk db status`. `arguments` exclude the word
// "db": the first is the subcommand.
//
// init: on a team database (PostgreSQL URL), migrates the schema and sets up
// the group roles ticketdesk_server and ticketdesk_operator with their grants
// and row-level security (TicketStore::initTeamDatabase), then shows the SQL
// that gives people access. On a SQLite file it says that nothing is needed.
// status [--json]: backend, schema version, the group roles (PostgreSQL) and
// the processes whose heartbeats the database holds, with their age.
// A password never appears in the output. Exit codes as in cliexit.h.
int runDbCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace TicketDesk
