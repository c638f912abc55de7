// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httplimits.h"
#include "ripio/ripioclientsettings.h"
#include "store/databaselocation.h"

#include <QByteArray>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

class QSettings;

namespace TicketDesk {

// Everything the engine needs to run, as one value: read from the settings file
// (and secrets from the keychain or environment) by whoever builds the engine,
// then handed over. A changed value is applied without a restart.
struct EngineConfig
{
    QString dbPath;                           // a SQLite file or a PostgreSQL URL (store/databaselocation.h)
    QString dbPassword;                       // secret: the team database's password when dbPath has none
    QString dataDir;                          // attachment copies live in dataDir/attachments
    QString role = QStringLiteral("desktop"); // in the heartbeat row: "desktop", "serve" or "cli"
    // Follow changes other processes commit (a team database, or a file that
    // `serve` or the command line also write) and report them as ticketsChanged.
    bool followChanges = false;

    ClientSettings client;

    bool listen = true;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    QByteArray webhookPath = "/webhooks/ripio";
    QString tlsCertificate;
    QString tlsKey;
    QByteArray webhookSecret;
    QByteArray previousWebhookSecret;
    bool requireSignature = true;
    int replayWindowSeconds = 300;
    bool strictReplay = false;
    HttpLimits httpLimits;
    int rejectedPerPeerPerMinute = 20; // then only counted
    QString trustedProxies;            // see Settings::trustedProxies and http/trustedproxies.h
    int diskLowMiB = 256;              // see Settings::diskLowMiB (service/diskguard.h)
    int diskCriticalMiB = 64;
    int commitDeadlineSeconds = 10; // see Settings::commitDeadlineSeconds
    int busyTimeoutMs = 5000;       // see Settings::busyTimeoutMs
    // Retention of the delivery log (see Settings::deliveryRetentionDays); 0: no such limit.
    int deliveryRetentionDays = 90;
    qint64 maxDeliveries = 1000000;

    // `serve --metrics HOST:PORT`: Prometheus text on GET /metrics, on its own
    // listener (never the webhook one). Off by default.
    bool metrics = false;
    QHostAddress metricsAddress = QHostAddress::LocalHost;
    quint16 metricsPort = 0;

    bool runOutbox = true;
    bool runReconciler = true;
    int reconcileAfterSeconds = 120;
    int claimLeaseSeconds = 120; // see Settings::claimLeaseSeconds
    int maxConcurrentChecks = 4;

    // Reads every non-secret setting (see core/settings.h) into a config;
    // `dbPath`/`dataDir` and secrets are left to the caller.
    static EngineConfig fromSettings(const QSettings &settings);
    // Writes the non-secret settings back.
    void toSettings(QSettings &settings) const;
    // The listener's settings that fromSettings() would not take as written (it falls back or
    // clamps: a port "notaport" became a random port, a path without its '/' refused every
    // webhook): one sentence each, naming the key and the value; empty when all are fine.
    // `serve` refuses to start on them.
    static QStringList listenerSettingsProblems(const QSettings &settings);
    // The same for Ripio's API: an environment that is none of sandbox, production or custom
    // (the desktop's demo included: only the desktop starts its sandbox), or a custom one whose
    // base URL is no http(s) URL with a host. fromSettings() would take them as no API at all,
    // and every ticket would wait, queued, on a network error. `serve`, `create` and `retry`
    // refuse them unless --api-base sets the API.
    static QStringList apiSettingsProblems(const QSettings &settings);
    // Keys that no read takes: one in a group of the engine's settings (api, listener, ...) that
    // is none of its keys, or one outside any group (a section header forgotten, a file that is no
    // INI file). One sentence each, with the key meant when one is near; `serve` refuses them.
    // Other groups (the desktop's window state) are not the engine's business.
    static QStringList unknownSettings(const QSettings &settings);
    // Whether `path` may be the webhook path: it starts with '/', holds no spaces or '?', and
    // is not the health check's own.
    static bool isWebhookPath(const QString &path);

    // The base URL for an environment name: "sandbox", "production", or "" for custom.
    static QUrl baseUrlFor(const QString &environment);
    // The environment a ticket's Ticket::apiBase names: "sandbox", "production",
    // or "" for another (custom) API or none.
    static QString environmentOf(const QString &apiBase);

    // "http(s)://address:port/path": the URL to give Ripio (or a proxy in front).
    QString listenerUrl(quint16 actualPort = 0) const;
    // The desktop's and the command line's database when nothing else is chosen.
    static QString defaultDatabasePath();
    // dbPath parsed, with dbPassword filled in when dbPath carries no password of its own.
    DatabaseLocation databaseLocation() const;
};

} // namespace TicketDesk

Q_DECLARE_METATYPE(TicketDesk::EngineConfig)
