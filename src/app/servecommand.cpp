// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/servecommand.h"

#include "core/clock.h"
#include "core/logging.h"
#include "service/engineconfig.h"
#include "service/secretstore.h"
#include "service/servicestate.h"
#include "service/ticketservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QUrl>

#include <csignal>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

namespace TicketDesk {

namespace {

constexpr int exitOk = 0;
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

// The self-pipe: the signal handler may only write a byte; the event loop reads it.
int signalFds[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    // Nothing to do on failure inside a signal handler: a full pipe already holds a wake-up.
    [[maybe_unused]] const ssize_t written = ::write(signalFds[0], &byte, 1);
}

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    QHostAddress address;
    if (host == QLatin1StringView("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return std::nullopt;
    return std::make_pair(address, quint16(port));
}

} // namespace

ServeCommand::ServeCommand(QTextStream &out, QTextStream &err, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{}

ServeCommand::~ServeCommand()
{
    removeSignalHandlers();
}

bool ServeCommand::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, signalFds) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGINT, &action, nullptr) != 0 || ::sigaction(SIGTERM, &action, nullptr) != 0)
        return false;
    m_signalNotifier = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, this);
    return true;
}

void ServeCommand::removeSignalHandlers()
{
    if (signalFds[0] < 0)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    delete m_signalNotifier;
    m_signalNotifier = nullptr;
    ::close(signalFds[0]);
    ::close(signalFds[1]);
    signalFds[0] = signalFds[1] = -1;
}

int ServeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db{QStringLiteral("db"), tr("Database file."), QStringLiteral("PATH")};
    const QCommandLineOption config{QStringLiteral("config"), tr("Settings file (INI)."), QStringLiteral("FILE")};
    const QCommandLineOption listen{QStringLiteral("listen"), tr("Listener address."), QStringLiteral("HOST:PORT")};
    const QCommandLineOption path{QStringLiteral("path"), tr("Webhook path."), QStringLiteral("PATH")};
    const QCommandLineOption apiBase{QStringLiteral("api-base"), tr("Ripio API base URL."), QStringLiteral("URL")};
    const QCommandLineOption reconcileAfter{QStringLiteral("reconcile-after"),
                                            tr("Ask Ripio about a ticket PENDING this long."),
                                            QStringLiteral("SECONDS")};
    const QCommandLineOption tlsCert{QStringLiteral("tls-cert"), tr("TLS certificate (PEM)."), QStringLiteral("FILE")};
    const QCommandLineOption tlsKey{QStringLiteral("tls-key"), tr("TLS private key (PEM)."), QStringLiteral("FILE")};
    const QCommandLineOption insecure{QStringLiteral("insecure-no-signature"),
                                      tr("Accept unsigned webhooks (testing only).")};
    parser.addOptions({db, config, listen, path, apiBase, reconcileAfter, tlsCert, tlsKey, insecure});

    const auto usage = [this](const QString &message) {
        m_err << "ticketdesk: serve: " << message << '\n'
              << tr("Try 'ticketdesk --help' for more information.") << Qt::endl;
        return exitUsage;
    };
    const auto fail = [this](const QString &message) {
        QString line = message;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_err << "ticketdesk: " << line << Qt::endl;
        return exitFailure;
    };

    if (!parser.parse(QStringList{QStringLiteral("ticketdesk")} + arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    // What the operator sees by default: one line per delivery. QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(QStringLiteral("ticketdesk.*.info=true\nticketdesk.*.debug=false"));

    EngineConfig cfg;
    if (parser.isSet(config)) {
        const QString file = parser.value(config);
        if (!QFileInfo::exists(file))
            return fail(tr("settings file %1 does not exist").arg(file));
        const QSettings settings(file, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError)
            return fail(tr("cannot read settings file %1").arg(file));
        cfg = EngineConfig::fromSettings(settings);
    } else {
        cfg = EngineConfig::fromSettings(QSettings());
    }

    if (parser.isSet(listen)) {
        const auto hostPort = parseListen(parser.value(listen));
        if (!hostPort)
            return usage(tr("--listen expects HOST:PORT, e.g. 127.0.0.1:8787, not '%1'").arg(parser.value(listen)));
        cfg.address = hostPort->first;
        cfg.port = hostPort->second;
    }
    if (parser.isSet(path)) {
        const QString p = parser.value(path);
        if (!p.startsWith(QLatin1Char('/')) || p.contains(QLatin1Char(' ')) || p.contains(QLatin1Char('?')))
            return usage(tr("--path must start with '/' and hold no spaces or '?'"));
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

    if (parser.isSet(db)) {
        cfg.dbPath = parser.value(db);
        cfg.dataDir = QFileInfo(cfg.dbPath).absolutePath();
    } else {
        cfg.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        cfg.dbPath = cfg.dataDir + QStringLiteral("/tickets.sqlite");
    }
    cfg.listen = true;

    // Secrets. When the webhook secret comes from the environment, the
    // environment is the only source: a headless host often has no keychain,
    // and asking one that is absent can stall start-up for seconds.
    SecretStore secrets;
    const SecretStore::Result webhook = secrets.readBlocking(SecretStore::Secret::WebhookSecret);
    const bool envOnly = webhook.source == SecretStore::Source::Environment;
    const auto secret = [&](SecretStore::Secret which) {
        if (envOnly)
            return qEnvironmentVariable(SecretStore::environmentVariable(which).toLatin1().constData());
        return secrets.readBlocking(which).value;
    };
    cfg.webhookSecret = webhook.value.toUtf8();
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
        m_err << "ticketdesk: WARNING: " << tr("--insecure-no-signature: webhook signatures are NOT checked;") << ' '
              << tr("anyone who can reach the listener can change ticket outcomes. Never use this in production.")
              << Qt::endl;
    } else if (parser.isSet(insecure)) {
        m_err << "ticketdesk: " << tr("a webhook secret is set: --insecure-no-signature is ignored") << Qt::endl;
    }

    const QString envClientId = qEnvironmentVariable("TICKETDESK_CLIENT_ID");
    if (!envClientId.isEmpty())
        cfg.client.clientId = envClientId;
    cfg.client.clientSecret = secret(SecretStore::Secret::ClientSecret);
    if (cfg.client.clientId.isEmpty() || cfg.client.clientSecret.isEmpty())
        m_err << "ticketdesk: WARNING: "
              << tr("no Ripio client credentials (TICKETDESK_CLIENT_ID / TICKETDESK_CLIENT_SECRET): "
                    "webhooks are received, but new tickets stay queued until credentials are set")
              << Qt::endl;

    if (!installSignalHandlers())
        return fail(tr("cannot install the signal handlers"));

    TicketService service(m_clock);
    QEventLoop loop;
    int exitCode = exitOk;
    bool startFailed = false;
    bool stopping = false;

    connect(&service, &TicketService::listenerStateChanged, this, [&](const ListenerState &state) {
        if (state.listening) {
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
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [&] {
        char buffer[16];
        while (::read(signalFds[1], buffer, sizeof buffer) > 0) {
        }
        if (stopping)
            return;
        stopping = true;
        m_err << "ticketdesk: " << tr("stopping: answering requests in flight") << Qt::endl;
        service.stop();
    });

    service.start(cfg);
    if (startFailed) {
        // The service may have opened the store: stop() commits nothing new but closes cleanly.
        return exitFailure;
    }
    const int code = loop.exec();
    m_err << "ticketdesk: " << tr("stopped") << Qt::endl;
    return code;
}

} // namespace TicketDesk
