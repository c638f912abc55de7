// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/cliexit.h"
#include "app/commandline.h"
#include "app/desktop.h"
#include "app/terminaltext.h"
#include "core/buildinfo.h"
#include "core/clock.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QTextStream>
#include <QTranslator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace TicketDesk {

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TicketDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ticketdesk"));
    QCoreApplication::setApplicationVersion(buildVersion());
}

// Qt's xcb and wayland platforms abort the process when they find no display. Say so in one line
// first, and point to the headless engine.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

void setHomeWhenUnset()
{
#if defined(Q_OS_UNIX)
    if (!qEnvironmentVariableIsEmpty("HOME"))
        return;
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size_t(size > 0 ? size : 16384));
    passwd entry = {};
    passwd *found = nullptr;
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_dir &&
        found->pw_dir[0] == '/')
        qputenv("HOME", QByteArray(found->pw_dir));
#endif
}

LanguageChoice takeLanguage(QStringList &arguments)
{
    LanguageChoice choice;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1StringView("--lang")) {
            if (i + 1 >= arguments.size()) {
                choice.ok = false;
                arguments.remove(i);
                return choice;
            }
            choice.code = arguments.at(i + 1);
            arguments.remove(i, 2);
            return choice;
        }
        if (a.startsWith(QLatin1StringView("--lang="))) {
            choice.code = a.mid(7);
            choice.ok = !choice.code.isEmpty();
            arguments.remove(i);
            return choice;
        }
    }
    return choice;
}

namespace {

// Another country's variant of a language TicketDesk speaks, for a locale it has no translation
// of: pt_BR's for pt_PT (es_MX already gets es, which QTranslator finds by dropping the country).
// The first of the locale's languages in the user's order (LANGUAGE=gl:pt) that has one.
std::optional<QLocale> shippedVariant(const QLocale &locale)
{
    const QStringList shipped = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("ticketdesk_*.qm")});
    for (const QString &ui : locale.uiLanguages()) {
        const QLocale::Language language = QLocale(ui).language();
        if (language == QLocale::English || language == QLocale::C || language == QLocale::AnyLanguage)
            continue;
        for (const QString &file : shipped) {
            const QLocale variant(file.mid(11).chopped(3)); // "ticketdesk_" … ".qm"
            if (variant.language() == language)
                return variant;
        }
    }
    return std::nullopt;
}

} // namespace

bool installTranslators(const QString &code)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QLocale asked = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto *own = new QTranslator(app);
    const auto load = [&own](const QLocale &locale) {
        return own->load(locale, QStringLiteral("ticketdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    bool spoken = load(asked);
    if (!spoken) {
        if (const std::optional<QLocale> variant = shippedVariant(asked))
            spoken = load(*variant);
    }
    // A language TicketDesk does not ship gets English, with its plural forms (ticketdesk_en).
    if (!spoken && !own->load(QStringLiteral(":/i18n/ticketdesk_en.qm")))
        qWarning("the English plural forms (ticketdesk_en.qm) are missing from this build");
    if (!own->isEmpty())
        QCoreApplication::installTranslator(own);
    // The language the texts came out in (with LANGUAGE=ca:es, Spanish for a Catalan locale), and
    // the locale numbers and dates are written in: the texts' language as the asked country writes
    // it. French month names and Qt's "Annuler" beside English texts made one dialog speak two
    // languages. Where that language has no locale for the country, English is European English
    // (day before month, a 24-hour clock: en_US's "12/1/26" read as 12 January in France). The
    // spreadsheet export still follows the computer's regional settings.
    const QLocale texts = spoken && !own->language().isEmpty() ? QLocale(own->language()) : QLocale(QLocale::English);
    QLocale formats = asked;
    if (asked.language() != QLocale::C && texts.language() != asked.language()) {
        formats = QLocale(texts.language(), asked.territory());
        if (formats.territory() != asked.territory())
            formats = texts.language() == QLocale::English ? QLocale(QLocale::English, QLocale::Europe) : texts;
    }
    if (!code.isEmpty() || formats != asked)
        QLocale::setDefault(formats);
    // Qt's own strings (dialog buttons, context menus) from the system's Qt translations, in the
    // texts' language.
    if (texts.language() != QLocale::English) {
        auto *qt = new QTranslator(app);
        if (qt->load(texts, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return spoken;
}

namespace {

// `--lang fr`: said once on stderr rather than silently shown in English.
void installLanguage(const LanguageChoice &language)
{
    if (installTranslators(language.code) || language.code.isEmpty())
        return;
    QTextStream(stderr) << "ticketdesk: "
                        << QCoreApplication::translate("CommandLine",
                                                       "no translation for --lang %1: TicketDesk shows English "
                                                       "(it also speaks es and pt_BR)")
                               .arg(language.code)
                        << Qt::endl;
}

} // namespace

int runApplication(int argc, char *argv[])
{
    setHomeWhenUnset();
    const bool stdoutClosed = TerminalText::reopenClosedStandardStreams();
    QStringList arguments;
    // An argument that is not UTF-8 would reach Ripio with its bytes replaced (a summary's "\xff"
    // as "\ufffd"): a command refuses it, as the CSV readers refuse such a file.
    // Named by its place, never shown: it may be a database URL with its password.
    int notUtf8 = 0;
    for (int i = 1; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        arguments << utf8.decode(QByteArrayView(argv[i]));
        if (utf8.hasError() && notUtf8 == 0)
            notUtf8 = i;
    }
    const LanguageChoice language = takeLanguage(arguments);
    arguments = commandFirst(arguments);
    // A one-shot command answers in its own words: the engine's progress notes ("created
    // tickets.sqlite at schema version 9", "outbox paused for 1 s") would only repeat them on
    // stderr. Its warnings stay; `serve` and `watch`, which run on, keep both. QT_LOGGING_RULES
    // still wins.
    const bool quiet = isCommandLineInvocation(arguments) && arguments.first() != QLatin1StringView("serve") &&
                       arguments.first() != QLatin1StringView("watch");
    if (quiet)
        QLoggingCategory::setFilterRules(QStringLiteral("ticketdesk.*.info=false\nticketdesk.*.debug=false"));
    // On a team database, every process keeps to the database server's clock (TicketStore
    // measures it as each session opens): leases and heartbeats compare across computers.
    SystemClock system;
    AlignedClock clock(system);

    if (isCommandLineInvocation(arguments) || !language.ok || !hasDisplay()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installLanguage(language);
        // Text others typed (summaries, names, CSV cells) reaches a terminal as text, never
        // as its control sequences.
        TerminalText outDevice(stdout);
        TerminalText errDevice(stderr);
        outDevice.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        errDevice.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        outDevice.setJson(arguments.contains(QStringLiteral("--json")));
        outDevice.setClosedByCaller(stdoutClosed);
        TerminalText::installMessageHandler();
        // serve runs for weeks: its log says when each thing happened, unless the journal does.
        if (arguments.value(0) == QLatin1StringView("serve") && !TerminalText::isJournal(stderr)) {
            errDevice.setTimeStamps(true);
            TerminalText::setMessageTimeStamps(true);
        }
        QTextStream out(&outDevice);
        QTextStream err(&errDevice);
        if (!language.ok)
            return Cli::usageError(err, QCoreApplication::translate("CommandLine", "--lang needs a language code"));
        if (notUtf8 > 0) {
            // An option's name helps find it (`--summary`); any other neighbour may be a secret.
            const QString option = notUtf8 > 1 ? QString::fromUtf8(argv[notUtf8 - 1]) : QString();
            return Cli::usageError(
                err, option.startsWith(QLatin1StringView("--")) && !option.contains(QLatin1Char('='))
                         ? QCoreApplication::translate("CommandLine", "the value of %1 is not UTF-8 text").arg(option)
                         : QCoreApplication::translate("CommandLine", "argument %1 is not UTF-8 text").arg(notUtf8));
        }
        if (!isCommandLineInvocation(arguments)) {
            // "--bogus" is a typo wherever it is typed: say that, not that there is no display.
            if (const std::optional<int> code = desktopUsageError(arguments, err))
                return *code;
            return Cli::fail(err, QCoreApplication::translate("CommandLine",
                                                              "no display to show the desktop on (DISPLAY is not set); "
                                                              "run 'ticketdesk serve' for the headless engine"));
        }
        // A command whose output is what it made (`create`, `retry`, `export -`) is not run with
        // a closed stdout: it would file a ticket and then fail to say so (exit 3), and a script
        // that ran it again would file it twice.
        const bool makes =
            arguments.first() == QLatin1StringView("create") || arguments.first() == QLatin1StringView("retry") ||
            (arguments.first() == QLatin1StringView("export") && arguments.contains(QStringLiteral("-")));
        if (stdoutClosed && makes)
            return Cli::fail(err, QCoreApplication::translate(
                                      "CommandLine", "the standard output is closed: nothing was done, as what the "
                                                     "command makes could not be said"));
        const int code = runCommandLine(arguments, out, err, clock);
        // A full disk or a device that refuses writes behind stdout: what a script reads is
        // incomplete, and its exit code must say so. (A closed pipe ends the process first.)
        // The reason is the failed write's own (errno would by then say something else, such as
        // "Resource temporarily unavailable" for a full disk).
        out.flush();
        QString why;
        if (out.status() != QTextStream::Ok)
            why = out.device()->errorString();
        else if (std::fflush(stdout) != 0 || std::ferror(stdout))
            why = QString::fromLocal8Bit(std::strerror(errno));
        if (why.isEmpty())
            return code;
        // `create` and `retry` made their ticket before they printed it: a script that saw 1 would
        // make it again.
        const bool made = Cli::ticketMade() && (code == Cli::exitOk || code == Cli::exitOutcomeUnknown);
        if (made)
            return Cli::failOutcomeUnknown(
                err, QCoreApplication::translate("CommandLine", "the output could not be written: %1; what the "
                                                                "command made was saved all the same: do not run it "
                                                                "again (`ticketdesk list` shows it)")
                         .arg(why));
        return Cli::fail(err,
                         QCoreApplication::translate("CommandLine", "the output could not be written: %1").arg(why));
    }

    QApplication app(argc, argv);
    setIdentity();
    installLanguage(language);
    // Its log (stderr, or the session's journal) as clean and as quiet as a command's.
    TerminalText::installMessageHandler();
    QApplication::setApplicationDisplayName(QStringLiteral("TicketDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.TicketDesk"));
    return runDesktop(app, arguments, clock);
}

} // namespace TicketDesk
