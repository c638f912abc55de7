// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Entry point: decides between the scriptable command line (list, show, export,
// serve, ...) and the desktop, loads the translations, and hands over.
#include "commandline.h"
#include "desktop.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TicketDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ticketdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TICKETDESK_VERSION));
}

// `--lang CODE` (or `--lang=CODE`) forces a language and is taken out of the
// arguments; without it the system locale decides.
QString takeLanguage(QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1StringView("--lang") && i + 1 < arguments.size()) {
            const QString lang = arguments.at(i + 1);
            arguments.remove(i, 2);
            return lang;
        }
        if (a.startsWith(QLatin1StringView("--lang="))) {
            const QString lang = a.mid(7);
            arguments.remove(i);
            return lang;
        }
    }
    return QString();
}

void installTranslators(QCoreApplication &app, const QString &forced)
{
    const QLocale locale = forced.isEmpty() ? QLocale::system() : QLocale(forced);
    if (!forced.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("ticketdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (dialog buttons, context menus) from the system's Qt translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString language = takeLanguage(arguments);

    if (TicketDesk::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app, language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return TicketDesk::runCommandLine(arguments, out, err);
    }

    QApplication app(argc, argv);
    setIdentity();
    installTranslators(app, language);
    QApplication::setApplicationDisplayName(QStringLiteral("TicketDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.TicketDesk"));
    return TicketDesk::runDesktop(app, arguments);
}
