// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace TicketDesk::Cli {

// Exit codes every subcommand shares: scripts rely on them.
inline constexpr int exitOk = 0;
inline constexpr int exitFailure = 1;
inline constexpr int exitUsage = 2;
// `create` and `retry`: the ticket was made, but its outcome is not known: --wait ran out, Ripio's
// answer was lost (UNCONFIRMED), Ripio refused the credentials or the feature so that it stays
// queued, or the output could not be written. Running the command again
// would file it twice, so a script must tell this from 1 (nothing made, or Ripio said no).
inline constexpr int exitOutcomeUnknown = 3;

// A runtime failure: one line on stderr (scripts read the first line, so a
// message never spans more). Returns exitFailure.
int fail(QTextStream &err, const QString &message);
// The same line, for a ticket made whose outcome is not known. Returns exitOutcomeUnknown.
int failOutcomeUnknown(QTextStream &err, const QString &message);
// This run made a ticket (create, retry, a CSV list queued): output that cannot be written
// afterwards then exits exitOutcomeUnknown, not exitFailure.
void noteTicketMade();
bool ticketMade();
// A usage error: the message and a pointer to --help (the command's own, while a HelpSubject
// names it). Returns exitUsage.
int usageError(QTextStream &err, const QString &message);

// While it lives, usage errors point to `ticketdesk COMMAND --help` rather than the global help.
class HelpSubject final
{
public:
    explicit HelpSubject(const QString &command);
    ~HelpSubject();
    Q_DISABLE_COPY_MOVE(HelpSubject)

private:
    QString m_previous;
};

} // namespace TicketDesk::Cli
