// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop.h"

#include "app/cliexit.h"
#include "app/clioptions.h"
#include "app/demohistory.h"
#include "app/demosandbox.h"
#include "app/demoseeder.h"
#include "app/demosettings.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/settings.h"
#include "core/terminationsignals.h"
#include "gui/enginehost.h"
#include "gui/guiresources.h"
#include "gui/insightstab.h"
#include "gui/mainwindow.h"
#include "service/engineconfig.h"
#include "service/secretstore.h"
#include "service/ticketservice.h"
#include "store/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace TicketDesk {

namespace {

// How long the demo's Ripio stays down once the sample tickets are in (DemoSeeder::recover()).
constexpr int demoOutageMs = 20 * 1000;

// For the screenshot of the bulk preview: rows for the demo's customers, a
// template, and the refusals the preview explains (an unknown customer, an
// empty summary, the same row twice).
bool writeDemoCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const char rows[] = "email;summary;description;reference\n"
                        "maria.lopez@example.com;Card blocked after incident 42;Card declined since 09:10.;HD-7001\n"
                        "joao.silva@example.com;Card blocked after incident 42;Card declined since 09:10.;HD-7002\n"
                        "ana.fernandez@example.com;Card blocked after incident 42;Card declined since 09:10.;HD-7003\n"
                        "lucas.pereira@example.com;Card blocked after incident 42;Card declined since 09:10.;HD-7004\n"
                        "nobody@example.com;Card blocked after incident 42;Unknown address.;HD-7005\n"
                        "maria.lopez@example.com;;No summary given.;HD-7006\n"
                        "joao.silva@example.com;Card blocked after incident 42;Card declined since 09:10.;HD-7002\n";
    return file.write(rows, qint64(sizeof rows - 1)) == qint64(sizeof rows - 1);
}

// A dark Fusion palette for desktops without a dark theme of their own (and
// for the dark screenshots): chosen with --palette dark or TICKETDESK_PALETTE=dark.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x40, 0x42, 0x46));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// The desktop's own options: --lang, --help and --version never reach them (runApplication()
// takes --lang, and the command line answers the other two).
struct DesktopOptions
{
    QCommandLineParser parser;
    const QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("Desktop", "Use the built-in Ripio sandbox and a throwaway database.")};
    const QCommandLineOption db{
        QStringLiteral("db"),
        QCoreApplication::translate("Desktop",
                                    "Ticket database: a SQLite file, or a team database's postgresql:// URL."),
        QCoreApplication::translate("Desktop", "path|url")};
    const QCommandLineOption palette{
        QStringLiteral("palette"), QCoreApplication::translate("Desktop", "Colours: system (default), light or dark."),
        QCoreApplication::translate("Desktop", "name")};
    // The demo starts with sample customers and tickets of every status; --demo-empty starts
    // it empty (the first run of a new desk). --demo-seed is the old spelling of the default,
    // still accepted. --demo-shot, for scripts/screenshots.sh: once seeded, show a view
    // ("new-ticket" or "deliveries").
    QCommandLineOption demoSeed{
        QStringLiteral("demo-seed"),
        QCoreApplication::translate("Desktop", "With --demo: add sample tickets of every status.")};
    QCommandLineOption demoEmpty{QStringLiteral("demo-empty"),
                                 QCoreApplication::translate("Desktop", "With --demo: start with no sample tickets.")};
    QCommandLineOption demoShot{QStringLiteral("demo-shot"), QCoreApplication::translate("Desktop", "Screenshot view."),
                                QCoreApplication::translate("Desktop", "view")};
    QString paletteName;

    DesktopOptions()
    {
        for (QCommandLineOption *hidden : {&demoSeed, &demoEmpty, &demoShot})
            hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.setApplicationDescription(
            QCoreApplication::translate("Desktop", "TicketDesk: Ripio support tickets, live."));
        parser.addOptions({demo, db, palette, demoSeed, demoEmpty, demoShot});
    }

    // The usage error's exit code, said on err; nothing when the options are good.
    std::optional<int> parse(const QStringList &arguments, QTextStream &err)
    {
        if (const std::optional<QString> error = Cli::parseArguments(parser, arguments))
            return Cli::usageError(err, *error);
        // "--palette dark lsit": not a desktop that ignores the word (a command comes first).
        if (!parser.positionalArguments().isEmpty())
            return Cli::usageError(err,
                                   QCoreApplication::translate("Desktop", "unexpected argument '%1' (a command comes "
                                                                          "first: ticketdesk COMMAND [OPTIONS])")
                                       .arg(parser.positionalArguments().constFirst()));
        // The demo's own options, without --demo, would start the desk on its real database.
        for (const QCommandLineOption *option : {&demoSeed, &demoEmpty, &demoShot}) {
            if (parser.isSet(*option) && !parser.isSet(demo))
                return Cli::usageError(err, QCoreApplication::translate("Desktop", "--%1 goes only with --demo")
                                                .arg(option->names().constFirst()));
        }
        paletteName = parser.value(palette);
        static const QStringList palettes{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
        if (parser.isSet(palette) && !palettes.contains(paletteName))
            return Cli::usageError(
                err, QCoreApplication::translate("Desktop", "--palette takes system, light or dark, not '%1'")
                         .arg(paletteName));
        return std::nullopt;
    }
};

} // namespace

std::optional<int> desktopUsageError(const QStringList &arguments, QTextStream &err)
{
    DesktopOptions options;
    return options.parse(arguments, err);
}

int runDesktop(QApplication &app, const QStringList &arguments, const Clock &clock)
{
    initGuiResources();
    DesktopOptions options;
    QTextStream err(stderr);
    if (const std::optional<int> code = options.parse(arguments, err))
        return *code;
    const QCommandLineParser &parser = options.parser;
    const QCommandLineOption &demo = options.demo;
    const QCommandLineOption &db = options.db;
    const QCommandLineOption &demoSeed = options.demoSeed;
    const QCommandLineOption &demoEmpty = options.demoEmpty;
    const QCommandLineOption &demoShot = options.demoShot;
    QString paletteName = options.paletteName;
    if (paletteName.isEmpty())
        paletteName = qEnvironmentVariable("TICKETDESK_PALETTE");
    if (paletteName == QLatin1StringView("dark") || paletteName == QLatin1StringView("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(paletteName == QLatin1StringView("dark") ? darkPalette()
                                                                          : QApplication::style()->standardPalette());
    }

    // Ctrl+C in a terminal, or the session ending, closes the window as its close button
    // does: the layout is saved, the engine stops cleanly, and the demo's throwaway folder
    // goes with it. Installed before that folder exists, so that none outlives a signal.
    TerminationSignals termination;
    if (!termination.install())
        qCWarning(lcCore) << "cannot install the signal handlers:" << termination.errorString();

    EngineConfig config;
    QTemporaryDir demoDir;
    std::unique_ptr<DemoSandbox> sandbox;
    const bool isDemo = parser.isSet(demo);
    const bool seedDemo = isDemo && !parser.isSet(demoEmpty);
    if (isDemo) {
        if (!demoDir.isValid())
            return Cli::fail(err, demoDir.errorString());
        // Throwaway settings too: OK in the demo's Settings must not rewrite the desk's own.
        DemoSettings::isolate(demoDir.filePath(QStringLiteral("settings")));
        config.dbPath = demoDir.filePath(QStringLiteral("tickets.sqlite"));
        config.dataDir = demoDir.path();
        config.reconcileAfterSeconds = 60;
        sandbox = std::make_unique<DemoSandbox>(SandboxOptions{});
        if (!sandbox->start())
            return Cli::fail(err, QApplication::translate("Desktop", "the demo sandbox did not start: ") +
                                      sandbox->errorString());
        sandbox->configure(config);
        if (seedDemo) {
            config.client.transferTimeoutMs = 3000; // reach UNCONFIRMED quickly
            // Weeks of past work for the Insights tab, before the engine opens the file.
            QString error;
            if (!writeDemoHistory(config.dbPath, clock.now(), nullptr, &error))
                return Cli::fail(err, QApplication::translate("Desktop", "the demo history was not written: ") + error);
        }
    } else {
        QSettings settings;
        config = EngineConfig::fromSettings(settings);
        // --db, else the database chosen in Settings, else this computer's default file.
        const QString chosen = Settings::databaseLocation.read(settings);
        config.dbPath = parser.isSet(db) ? parser.value(db) : chosen.isEmpty() ? Cli::defaultDatabasePath() : chosen;
        config.dataDir = Cli::dataDirFor(config.dbPath);
        // Another process may write the same database: `serve` and the command
        // line on this file, or the whole team on a team database.
        config.followChanges = true;
        if (DatabaseLocation::parse(config.dbPath).isPostgres()) {
            // A team desktop: the servers receive, send and reconcile; this one
            // reads, queues and follows. No port, no Ripio credentials used.
            config.listen = false;
            config.runOutbox = false;
            config.runReconciler = false;
        }
    }

    // The demo's secrets are the sandbox's, and what its Settings dialog is given stays in memory.
    const std::unique_ptr<SecretStore> secretStore =
        isDemo ? std::make_unique<SecretStore>(DemoSettings::sessionSecrets(config)) : std::make_unique<SecretStore>();
    SecretStore &secrets = *secretStore;
    EngineHost host(clock);
    MainWindow window(host.service(), clock, config, &secrets, isDemo);
    if (sandbox) {
        DemoSandbox *sb = sandbox.get();
        QObject::connect(host.service(), &TicketService::listenerStateChanged, sb, [sb](const ListenerState &state) {
            if (state.listening)
                sb->setWebhookUrl(QUrl(state.url));
        });
    }
    QObject::connect(&termination, &TerminationSignals::received, &window, [&window] {
        window.close();
        QApplication::quit(); // also ends a dialog's own loop, if one is open
    });
    window.show();

    DemoSeeder *seeder = nullptr;
    if (isDemo) {
        host.start(config);
        if (seedDemo) {
            seeder = new DemoSeeder(host.service(), sandbox.get(), &window);
            QObject::connect(&window, &MainWindow::ticketsReady, seeder, &DemoSeeder::start);
            if (parser.isSet(demoSeed)) // the screenshot script: a fixed frame
                window.setGeometry(0, 0, 1280, 800);
            const QString shot = parser.value(demoShot);
            const QString csvPath = demoDir.filePath(QStringLiteral("escalations.csv"));
            // A demo to try things in gets its Ripio back after a while: the queued ticket
            // goes out, and new ones end as the demo note says. The screenshots keep the outage.
            if (!parser.isSet(demoSeed)) {
                QObject::connect(seeder, &DemoSeeder::finished, seeder,
                                 [seeder] { QTimer::singleShot(demoOutageMs, seeder, &DemoSeeder::recover); });
            }
            QObject::connect(seeder, &DemoSeeder::finished, &window, [&window, shot, csvPath] {
                if (shot == QLatin1StringView("deliveries"))
                    window.showDeliveries();
                else if (shot == QLatin1StringView("completion"))
                    window.openNewTicket(); // the script types part of a name
                else if (shot == QLatin1StringView("csv-preview") && writeDemoCsv(csvPath))
                    window.openBulkTickets(csvPath);
                else if (shot == QLatin1StringView("insights")) {
                    window.insightsTab()->setRange(InsightsTab::Range::Month);
                    window.showInsights();
                } else if (shot == QLatin1StringView("new-ticket"))
                    window.openNewTicket(QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"),
                                         QStringLiteral("Second deposit also missing"));
            });
        }
    } else {
        window.startEngine(host, config);
    }

    const int rc = app.exec();
    // The engine bounds its own stop: tickets on their way to Ripio get its answer within the
    // API's timeout plus 5 s (30 s by default), webhooks in flight theirs within 10 s.
    host.shutdown(std::max(60000, config.client.transferTimeoutMs + 10000));
    return rc;
}

} // namespace TicketDesk
