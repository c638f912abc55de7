// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace TicketDesk {

class Clock;

// The scriptable side of the `ticketdesk` binary (DESIGN.md "Command line").
// runApplication() asks isCommandLineInvocation() and, when true, hands over to
// runCommandLine() instead of starting the GUI: a first argument that is a known
// command or option (--help, --version), or any word that is not an option, so
// that a mistyped command ends in a usage error rather than in the desktop.
// `arguments` excludes the program name.
//
// Exit codes: 0 success; 1 runtime failure, reported as one line
// "ticketdesk: <message>" on `err`; 2 usage error (message plus a hint to --help).
bool isCommandLineInvocation(const QStringList &arguments);
// `--db FILE list`: the options every command shares (--db, --config, --api-base, --listen),
// given before a command, are moved after it ("list --db FILE"), as most tools allow. The word
// after them moves whether it is a command or a typo ("--db FILE lsit" is refused as "lsit",
// not started as the desktop). Any other arguments come back as they are (no command: the
// desktop's own options).
QStringList commandFirst(const QStringList &arguments);
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace TicketDesk
