// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace TicketDesk {

int runDesktop(QApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Desktop", "TicketDesk: Ripio support tickets, live."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("Desktop", "Use the built-in Ripio sandbox and a throwaway database."));
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("Desktop", "Ticket database file."),
                                QApplication::translate("Desktop", "path"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("Desktop", "User interface language (es, pt_BR, en)."),
                                  QApplication::translate("Desktop", "code"));
    parser.addOptions({demo, db, lang});
    if (!parser.parse(QStringList{app.applicationFilePath()} + arguments)) {
        QTextStream(stderr) << "ticketdesk: " << parser.errorText() << '\n'
                            << QApplication::translate("Desktop", "Try 'ticketdesk --help'.") << '\n';
        return 2;
    }

    MainWindow window(parser.isSet(demo));
    window.show();
    return app.exec();
}

} // namespace TicketDesk
