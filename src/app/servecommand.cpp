// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/servecommand.h"

#include "app/cliexit.h"
#include "app/clioptions.h"
#include "app/terminaltext.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/settings.h"
#include "core/terminationsignals.h"
#include "http/listenaddress.h"
#include "service/engineconfig.h"
#include "service/secretstore.h"
#include "service/servicestate.h"
#include "service/ticketservice.h"
#include "store/databaselocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace TicketDesk {

using Cli::exitFailure;
using Cli::exitOk;

ServeCommand::ServeCommand(QTextStream &out, QTextStream &err, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{}

ServeCommand::~ServeCommand() = default;

int ServeCommand::run(const QStringList &arguments)
{
    // Before the first line is written: `serve | head -1` must not end it at the second.
    ignoreBrokenPipes();
    // --db, --config, --listen and --api-base as every command reads them; serve adds its own.
    Cli::CommonOptions options(tr("Listener address."));
    QCommandLineParser &parser = options.parser;
    const QCommandLineOption &config = options.config;
    const QCommandLineOption &listen = options.listen;
    const QCommandLineOption &apiBase = options.apiBase;
    const QCommandLineOption path{QStringLiteral("path"), tr("Webhook path."), QStringLiteral("PATH")};
    const QCommandLineOption reconcileAfter{QStringLiteral("reconcile-after"),
                                            tr("Ask Ripio about a ticket PENDING this long."),
                                            QStringLiteral("SECONDS")};
    const QCommandLineOption tlsCert{QStringLiteral("tls-cert"), tr("TLS certificate (PEM)."), QStringLiteral("FILE")};
    const QCommandLineOption tlsKey{QStringLiteral("tls-key"), tr("TLS private key (PEM)."), QStringLiteral("FILE")};
    const QCommandLineOption insecure{QStringLiteral("insecure-no-signature"),
                                      tr("Accept unsigned webhooks (testing only).")};
    const QCommandLineOption metrics{QStringLiteral("metrics"),
                                     tr("Serve Prometheus metrics on GET /metrics at this address (off by default; "
                                        "never the webhook address)."),
                                     QStringLiteral("HOST:PORT")};
    parser.addOptions({path, reconcileAfter, tlsCert, tlsKey, insecure, metrics});

    const auto usage = [this](const QString &message) {
        return Cli::usageError(m_err, QStringLiteral("serve: ") + message);
    };
    const auto fail = [this](const QString &message) { return Cli::fail(m_err, message); };

    if (const std::optional<QString> error = Cli::parseArguments(parser, arguments))
        return usage(*error);
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    // What the operator sees by default: start, stop, problems and a summary a
    // minute; a line per delivery only when asked for (a synchronous write to
    // stderr per request would cost the listener much of its rate).
    // QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(
        QStringLiteral("ticketdesk.*.info=true\nticketdesk.webhook.info=false\nticketdesk.*.debug=false"));

    if (parser.isSet(config)) {
        const QString file = parser.value(config);
        if (!QFileInfo::exists(file))
            return usage(tr("settings file %1 does not exist").arg(file));
    }
    const std::unique_ptr<const QSettings> settings = options.settingsFile();
    if (settings->status() != QSettings::NoError)
        return fail(tr("cannot read settings file %1").arg(settings->fileName()));
    // A file given with --config is written for serve, by hand: a key no read takes is a typo
    // (its setting would silently keep its default). The desktop's own file is not checked so.
    QStringList problems = (parser.isSet(config) ? EngineConfig::unknownSettings(*settings) : QStringList()) +
                           EngineConfig::listenerSettingsProblems(*settings);
    if (!parser.isSet(apiBase))
        problems += EngineConfig::apiSettingsProblems(*settings);
    // The desktop's choice of database, which serve does not read: without --db, serve would
    // receive into its default file while the file named there got nothing.
    if (parser.isSet(config) && !parser.isSet(options.db) &&
        !Settings::databaseLocation.read(*settings).trimmed().isEmpty())
        problems << tr("%1 is the desktop's setting; serve takes its database from --db (--db %2)")
                        .arg(QLatin1StringView(Settings::databaseLocation.key),
                             Settings::databaseLocation.read(*settings).trimmed());
    if (!problems.isEmpty())
        return fail(tr("settings file %1: %2").arg(settings->fileName(), problems.join(QStringLiteral("; "))));
    EngineConfig cfg = EngineConfig::fromSettings(*settings);

    if (parser.isSet(listen)) {
        const std::optional<ListenAddress> hostPort = ListenAddress::fromString(parser.value(listen));
        if (!hostPort)
            return usage(tr("--listen expects HOST:PORT, e.g. 127.0.0.1:8787, not '%1'").arg(parser.value(listen)));
        cfg.address = hostPort->address;
        cfg.port = hostPort->port;
    }
    if (parser.isSet(metrics)) {
        const std::optional<ListenAddress> m = ListenAddress::fromString(parser.value(metrics));
        if (!m)
            return usage(tr("--metrics expects HOST:PORT, e.g. 127.0.0.1:9787, not '%1'").arg(parser.value(metrics)));
        const auto anyAddress = [](const QHostAddress &a) {
            return a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6;
        };
        if (m->port != 0 && m->port == cfg.port &&
            (m->address.isEqual(cfg.address, QHostAddress::TolerantConversion) || anyAddress(m->address) ||
             anyAddress(cfg.address)))
            return usage(tr("--metrics must not be the webhook listener's address (%1:%2)")
                             .arg(cfg.address.toString())
                             .arg(cfg.port));
        cfg.metrics = true;
        cfg.metricsAddress = m->address;
        cfg.metricsPort = m->port;
    }
    if (parser.isSet(path)) {
        const QString p = parser.value(path);
        if (!EngineConfig::isWebhookPath(p))
            return usage(tr("--path must start with '/', hold no spaces or '?', and not be /healthz"));
        cfg.webhookPath = p.toUtf8();
    }
    if (parser.isSet(apiBase)) {
        const QUrl url(parser.value(apiBase), QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https")) ||
            url.host().isEmpty())
            return usage(tr("--api-base expects an http(s) URL, not '%1'").arg(parser.value(apiBase)));
        cfg.client.baseUrl = url;
    }
    if (parser.isSet(reconcileAfter)) {
        bool ok = false;
        const int seconds = parser.value(reconcileAfter).toInt(&ok);
        if (!ok || seconds <= 0)
            return usage(tr("--reconcile-after expects a positive number of seconds"));
        cfg.reconcileAfterSeconds = seconds;
    }
    if (parser.isSet(tlsCert))
        cfg.tlsCertificate = parser.value(tlsCert);
    if (parser.isSet(tlsKey))
        cfg.tlsKey = parser.value(tlsKey);
    if (cfg.tlsCertificate.isEmpty() != cfg.tlsKey.isEmpty())
        return usage(tr("TLS needs both --tls-cert and --tls-key"));
    // Files it cannot read stop it before it makes or migrates a database (the engine checks
    // what they hold once it listens).
    for (const QString &file : {cfg.tlsCertificate, cfg.tlsKey}) {
        if (QFile f(file); !file.isEmpty() && !f.open(QIODevice::ReadOnly))
            return fail(tr("cannot read the TLS file %1: %2").arg(file, f.errorString()));
    }

    if (const DatabaseLocation location = DatabaseLocation::parse(options.databasePath()); !location.isValid())
        return usage(location.errorMessage());
    cfg.dbPath = options.databasePath();
    cfg.dataDir = Cli::dataDirFor(cfg.dbPath);
    cfg.role = QStringLiteral("serve");
    cfg.listen = true;

    // Secrets. When the webhook secret comes from the environment, the
    // environment is the only source: a headless host often has no keychain,
    // and asking one that is absent can stall start-up for seconds.
    SecretStore secrets;
    const SecretStore::Result webhook = secrets.readBlocking(SecretStore::Secret::WebhookSecret);
    const bool envOnly = webhook.source == SecretStore::Source::Environment;
    // The store trims what a .env file with CRLF or a pasted line leaves at a secret's ends;
    // said here, where nothing else would say why every signature fails.
    const auto value = [this](SecretStore::Secret which, const SecretStore::Result &r) {
        if (r.trimmed)
            m_err << TerminalText::journalPriority(4) << "ticketdesk: WARNING: "
                  << tr("%1 had spaces or line breaks at its ends: they were removed")
                         .arg(SecretStore::environmentVariable(which))
                  << Qt::endl;
        return r.value;
    };
    const auto secret = [&](SecretStore::Secret which) {
        return value(which, envOnly ? SecretStore::fromEnvironment(which) : secrets.readBlocking(which));
    };
    cfg.webhookSecret = value(SecretStore::Secret::WebhookSecret, webhook).toUtf8();
    if (!cfg.webhookSecret.isEmpty())
        cfg.previousWebhookSecret = secret(SecretStore::Secret::PreviousWebhookSecret).toUtf8();
    cfg.requireSignature = true;
    if (cfg.webhookSecret.isEmpty()) {
        if (!parser.isSet(insecure)) {
            QString why = tr("no webhook secret: set TICKETDESK_WEBHOOK_SECRET or store it in the keychain "
                             "(or pass --insecure-no-signature for a test setup)");
            if (!webhook.error.isEmpty())
                why += QStringLiteral(" (") + webhook.error + QLatin1Char(')');
            return fail(why);
        }
        cfg.requireSignature = false;
        m_err << TerminalText::journalPriority(4)
              << "ticketdesk: WARNING: " << tr("--insecure-no-signature: webhook signatures are NOT checked;") << ' '
              << tr("anyone who can reach the listener can change ticket outcomes. Never use this in production.")
              << Qt::endl;
    } else if (parser.isSet(insecure)) {
        m_err << "ticketdesk: " << tr("a webhook secret is set: --insecure-no-signature is ignored") << Qt::endl;
    }
    // A rotation under way: said at start, with how to tell when it is over (never the secrets).
    if (!cfg.previousWebhookSecret.isEmpty() && cfg.previousWebhookSecret == cfg.webhookSecret)
        m_err << TerminalText::journalPriority(4) << "ticketdesk: WARNING: "
              << tr("the previous webhook secret is the same as the current one: nothing is being rotated; remove "
                    "TICKETDESK_WEBHOOK_SECRET_PREVIOUS (or the keychain's previous secret)")
              << Qt::endl;
    else if (!cfg.previousWebhookSecret.isEmpty())
        m_err << "ticketdesk: "
              << tr("accepting the previous webhook secret too, during its rotation: remove it once deliveries "
                    "signed with it stop (the once-a-minute summary, /healthz's previousSecret, or "
                    "ticketdesk_webhook_previous_secret_total)")
              << Qt::endl;

    const QString envClientId = qEnvironmentVariable("TICKETDESK_CLIENT_ID").trimmed();
    if (!envClientId.isEmpty())
        cfg.client.clientId = envClientId;
    cfg.client.clientSecret = secret(SecretStore::Secret::ClientSecret);
    // A team database whose URL carries no password: the keychain's or TICKETDESK_DATABASE_PASSWORD,
    // as the desktop reads it (libpq's PGPASSWORD and ~/.pgpass apply after that).
    if (const DatabaseLocation db = DatabaseLocation::parse(cfg.dbPath); db.isPostgres() && !db.hasPassword())
        cfg.dbPassword = secret(SecretStore::Secret::DatabasePassword);
    if (cfg.client.clientId.isEmpty() || cfg.client.clientSecret.isEmpty())
        m_err << TerminalText::journalPriority(4) << "ticketdesk: WARNING: "
              << tr("no Ripio client credentials (TICKETDESK_CLIENT_ID / TICKETDESK_CLIENT_SECRET): "
                    "webhooks are received, but new tickets stay queued until credentials are set")
              << Qt::endl;

    TerminationSignals termination;
    if (!termination.install())
        return fail(tr("cannot install the signal handlers") + QStringLiteral(": ") + termination.errorString());

    TicketService service(m_clock);
    QEventLoop loop;
    int exitCode = exitOk;
    bool startFailed = false;
    bool stopping = false;

    QString announcedUrl;
    connect(&service, &TicketService::listenerStateChanged, this, [&](const ListenerState &state) {
        if (state.listening) {
            // Once for each address: the state also changes with the disk and the pruner's rounds.
            if (state.url == announcedUrl)
                return;
            announcedUrl = state.url;
            // Deliberately not translated: scripts and tests parse this exact line.
            m_err << "ticketdesk: listening on " << state.url << Qt::endl;
        } else if (!state.error.isEmpty() && !startFailed) {
            startFailed = true;
            fail(state.error);
        }
    });
    connect(&service, &TicketService::started, this, [&](bool ok, const QString &error) {
        if (!ok && !startFailed) {
            startFailed = true;
            fail(error);
        }
    });
    connect(&service, &TicketService::stopped, this, [&] { loop.exit(exitCode); });
    connect(&termination, &TerminationSignals::received, this, [&] {
        if (stopping)
            return;
        stopping = true;
        m_err << "ticketdesk: " << tr("stopping: answering requests in flight") << Qt::endl;
        service.stop();
    });

    service.start(cfg);
    if (startFailed) {
        // The service may have opened the store and said it was alive there: stop() takes its
        // heartbeat back, or `create` would count on this serve to send, and `db status` list it.
        service.stop();
        return exitFailure;
    }
    // Which database and which Ripio: a mistyped --db starts on a new, empty file, and a settings
    // file may point at the sandbox; said once, at start.
    const QString build = QCoreApplication::applicationVersion();
    m_err << "ticketdesk: "
          << tr("TicketDesk %3; database %1; Ripio API %2")
                 .arg(cfg.databaseLocation().displayName(),
                      cfg.client.baseUrl.isEmpty() ? tr("not set")
                                                   : cfg.client.baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                      build)
          << Qt::endl;
    if (cfg.metrics) {
        // Deliberately not translated, like "listening on": scripts and tests parse it.
        QString host = cfg.metricsAddress.toString();
        if (cfg.metricsAddress.protocol() == QAbstractSocket::IPv6Protocol)
            host = QLatin1Char('[') + host + QLatin1Char(']');
        m_err << "ticketdesk: metrics on http://" << host << ':' << service.metricsPort() << "/metrics" << Qt::endl;
        // They carry no secret but tell a stranger about the traffic and the errors, and anyone
        // who reaches the port may ask: 0.0.0.0 (or ::) is every network this host is on.
        if (cfg.metricsAddress == QHostAddress::AnyIPv4 || cfg.metricsAddress == QHostAddress::AnyIPv6 ||
            cfg.metricsAddress == QHostAddress::Any)
            m_err << TerminalText::journalPriority(4) << "ticketdesk: WARNING: "
                  << tr("metrics are served on every network this host is on, to anyone who reaches the port (no "
                        "login): give --metrics 127.0.0.1 or a private address unless a firewall keeps them in")
                  << Qt::endl;
    }
    const int code = loop.exec();
    m_err << "ticketdesk: " << tr("stopped") << Qt::endl;
    return code;
}

} // namespace TicketDesk
