// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace TicketDesk {

class Clock;

// `ticketdesk customers SUBCOMMAND`: the desk's customer directory.
// `customers list [--json]` prints every customer the database knows (from
// tickets, webhooks and imported lists): id, name, email, external
// reference, whether the account is closed, and when it was last seen; as
// JSON, an array of customerToJson() objects (app/ticketjson.h).
// `customers import FILE [--dry-run] [--json]` plans a customer CSV against the
// directory (service/customerimport.h), prints each row as new, updated,
// unchanged or invalid (with its line and reason) and the totals, then writes
// the new and updated rows in one transaction unless --dry-run. Invalid rows
// are left out and make the exit code 1; a file that cannot be used at all
// (unreadable, no customerId column) writes nothing and exits 1.
// `arguments` exclude the command word. Exit codes as in commandline.h.
int runCustomersCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace TicketDesk
