// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ripio-sandbox: a stand-alone simulator of Ripio's support-ticket API, for
// demos, tests and benchmarks.
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ripio-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TICKETDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A simulator of Ripio's Ramps support-ticket API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
