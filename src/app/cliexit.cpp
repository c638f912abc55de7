// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cliexit.h"

#include "app/terminaltext.h"

#include <QCoreApplication>

#include <utility>

namespace TicketDesk::Cli {

int fail(QTextStream &err, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << TerminalText::journalPriority(3) << "ticketdesk: " << line << Qt::endl;
    return exitFailure;
}

int failOutcomeUnknown(QTextStream &err, const QString &message)
{
    fail(err, message);
    return exitOutcomeUnknown;
}

namespace {

bool &madeFlag()
{
    static bool made = false;
    return made;
}

} // namespace

void noteTicketMade()
{
    madeFlag() = true;
}

bool ticketMade()
{
    return madeFlag();
}

namespace {

// The command a usage error's pointer names (HelpSubject); empty: the global help.
QString &helpSubject()
{
    static QString subject;
    return subject;
}

} // namespace

HelpSubject::HelpSubject(const QString &command)
    : m_previous(std::exchange(helpSubject(), command))
{}

HelpSubject::~HelpSubject()
{
    helpSubject() = m_previous;
}

int usageError(QTextStream &err, const QString &message)
{
    const QString subject = helpSubject();
    err << "ticketdesk: " << message << '\n'
        << (subject.isEmpty()
                ? QCoreApplication::translate("CommandLine", "Try 'ticketdesk --help' for more information.")
                : QCoreApplication::translate("CommandLine", "Try 'ticketdesk %1 --help' for more information.")
                      .arg(subject))
        << Qt::endl;
    return exitUsage;
}

} // namespace TicketDesk::Cli
