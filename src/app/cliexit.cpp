// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cliexit.h"

#include <QCoreApplication>

namespace TicketDesk::Cli {

int fail(QTextStream &err, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "ticketdesk: " << line << Qt::endl;
    return exitFailure;
}

int usageError(QTextStream &err, const QString &message)
{
    err << "ticketdesk: " << message << '\n'
        << QCoreApplication::translate("CommandLine", "Try 'ticketdesk --help' for more information.") << Qt::endl;
    return exitUsage;
}

} // namespace TicketDesk::Cli
