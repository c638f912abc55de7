// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Entry point: decides between the scriptable command line (list, show, export,
// serve, ...) and the desktop, builds the objects, and hands over.
#include "commandline.h"
#include "desktop.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TicketDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ticketdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TICKETDESK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (TicketDesk::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return TicketDesk::runCommandLine(arguments, out, err);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("TicketDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.TicketDesk"));
    return TicketDesk::runDesktop(app, arguments);
}
