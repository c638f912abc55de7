// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <type_traits>

namespace TicketDesk {

// A typed setting: its key in the configuration file and its default. Every
// setting TicketDesk reads is declared once below, so a key is never spelled
// twice and every default lives in one place. Secrets are NOT settings: they
// live in the system keychain or the environment (see SecretStore).
template<typename T>
struct Setting
{
    const char *key;
    T defaultValue;

    T read(const QSettings &settings) const
    {
        const QVariant v = settings.value(QLatin1StringView(key));
        // A comma outside quotes in a file written by hand (`a, b`) makes QSettings read a list.
        if constexpr (std::is_same_v<T, QString>) {
            if (v.typeId() == QMetaType::QStringList)
                return v.toStringList().join(QLatin1Char(','));
        }
        if (!v.isValid() || !v.canConvert<T>())
            return defaultValue;
        return v.value<T>();
    }
    void write(QSettings &settings, const T &value) const
    {
        if (read(settings) == value && settings.contains(QLatin1StringView(key)))
            return;
        settings.setValue(QLatin1StringView(key), QVariant::fromValue(value));
    }
};

namespace Settings {

// The desktop's database when started without --db: a SQLite file, or a team
// database's postgresql:// URL (never with a password: that is a secret).
inline const Setting<QString> databaseLocation{"database/location", QString()};
// SQLite: how long this process's engine waits for the lock another program holds on the file
// before a write fails as busy (kept, and tried again). 0 to 600,000.
inline const Setting<int> busyTimeoutMs{"database/busyTimeoutMs", 5000};

// Ripio API
inline const Setting<QString> apiEnvironment{"api/environment",
                                             QStringLiteral("sandbox")}; // sandbox|production|custom|demo
inline const Setting<QString> apiBaseUrl{"api/baseUrl", QString()};      // for "custom"
inline const Setting<QString> clientId{"api/clientId", QString()};
inline const Setting<int> apiTimeoutMs{"api/timeoutMs", 30000};

// Webhook listener (DESIGN.md "Webhook listener contract")
inline const Setting<QString> listenAddress{"listener/address", QStringLiteral("127.0.0.1")};
inline const Setting<int> listenPort{"listener/port", 8787};
inline const Setting<QString> webhookPath{"listener/path", QStringLiteral("/webhooks/ripio")};
inline const Setting<QString> tlsCertificate{"listener/tlsCertificate", QString()};
inline const Setting<QString> tlsKey{"listener/tlsKey", QString()};
inline const Setting<int> replayWindowSeconds{"listener/replayWindowSeconds", 300};
inline const Setting<bool> strictReplayWindow{"listener/strictReplayWindow", false};
inline const Setting<int> maxRequestLineBytes{"listener/maxRequestLineBytes", 8 * 1024};
inline const Setting<int> maxHeaderBytes{"listener/maxHeaderBytes", 16 * 1024};
inline const Setting<int> maxHeaderLines{"listener/maxHeaderLines", 64};
inline const Setting<int> maxBodyBytes{"listener/maxBodyBytes", 1024 * 1024};
inline const Setting<int> headerDeadlineMs{"listener/headerDeadlineMs", 10000};
inline const Setting<int> bodyDeadlineMs{"listener/bodyDeadlineMs", 30000};
inline const Setting<int> keepAliveIdleMs{"listener/keepAliveIdleMs", 5000};
inline const Setting<int> maxConnections{"listener/maxConnections", 256};
inline const Setting<int> maxConnectionsPerPeer{"listener/maxConnectionsPerPeer", 64};
// Rejected deliveries (bad signature, any 4xx) recorded per peer per minute; beyond that only counted.
inline const Setting<int> rejectedPerPeerPerMinute{"listener/rejectedPerPeerPerMinute", 20};
// Reverse proxies in front of the listener (addresses or CIDR subnets, comma separated): only from
// these is X-Forwarded-For believed as the client's address. Empty: the socket's peer counts.
inline const Setting<QString> trustedProxies{"listener/trustedProxies", QString()};
// Free space on the SQLite database's volume: under diskLowMiB rejected deliveries are only counted;
// under diskCriticalMiB valid events get 503 with Retry-After (nothing is written).
inline const Setting<int> diskLowMiB{"listener/diskLowMiB", 256};
inline const Setting<int> diskCriticalMiB{"listener/diskCriticalMiB", 64};
// A commit of webhook deliveries (or /healthz's check of the database) that takes longer is not
// waited for: 503 with Retry-After until the database answers again (a frozen server). 1 to 600.
inline const Setting<int> commitDeadlineSeconds{"listener/commitDeadlineSeconds", 10};

// Retention of the delivery log (tickets are never pruned): deliveries older than this many days, and
// those beyond the newest maxDeliveries, are deleted in the background. 0: no such limit.
inline const Setting<int> deliveryRetentionDays{"retention/deliveryDays", 90};
inline const Setting<qint64> maxDeliveries{"retention/maxDeliveries", 1000000};

// Engine
inline const Setting<int> reconcileAfterSeconds{"engine/reconcileAfterSeconds", 120};
// How long a process's claim on a ticket it is sending lasts unless renewed:
// when its sender dies, the ticket becomes UNCONFIRMED after this long.
inline const Setting<int> claimLeaseSeconds{"engine/claimLeaseSeconds", 120};
inline const Setting<int> maxConcurrentChecks{"engine/maxConcurrentChecks", 4};

// Create-form limits (Ripio's own limits are unknown)
inline const Setting<int> maxSummaryLength{"limits/maxSummaryLength", 255};
inline const Setting<int> maxDescriptionLength{"limits/maxDescriptionLength", 10000};
inline const Setting<int> maxAttachments{"limits/maxAttachments", 10};
inline const Setting<qint64> maxAttachmentBytes{"limits/maxAttachmentBytes", qint64(25) * 1024 * 1024};
inline const Setting<qint64> maxTotalAttachmentBytes{"limits/maxTotalAttachmentBytes", qint64(50) * 1024 * 1024};

// Every key above, for a settings file's check: a key in one of their groups that is none of
// them (a typo) is ignored by every read.
inline QStringList engineKeys()
{
    return {
        QLatin1StringView(databaseLocation.key),
        QLatin1StringView(busyTimeoutMs.key),
        QLatin1StringView(apiEnvironment.key),
        QLatin1StringView(apiBaseUrl.key),
        QLatin1StringView(clientId.key),
        QLatin1StringView(apiTimeoutMs.key),
        QLatin1StringView(listenAddress.key),
        QLatin1StringView(listenPort.key),
        QLatin1StringView(webhookPath.key),
        QLatin1StringView(tlsCertificate.key),
        QLatin1StringView(tlsKey.key),
        QLatin1StringView(replayWindowSeconds.key),
        QLatin1StringView(strictReplayWindow.key),
        QLatin1StringView(maxRequestLineBytes.key),
        QLatin1StringView(maxHeaderBytes.key),
        QLatin1StringView(maxHeaderLines.key),
        QLatin1StringView(maxBodyBytes.key),
        QLatin1StringView(headerDeadlineMs.key),
        QLatin1StringView(bodyDeadlineMs.key),
        QLatin1StringView(keepAliveIdleMs.key),
        QLatin1StringView(maxConnections.key),
        QLatin1StringView(maxConnectionsPerPeer.key),
        QLatin1StringView(rejectedPerPeerPerMinute.key),
        QLatin1StringView(trustedProxies.key),
        QLatin1StringView(diskLowMiB.key),
        QLatin1StringView(diskCriticalMiB.key),
        QLatin1StringView(commitDeadlineSeconds.key),
        QLatin1StringView(deliveryRetentionDays.key),
        QLatin1StringView(maxDeliveries.key),
        QLatin1StringView(reconcileAfterSeconds.key),
        QLatin1StringView(claimLeaseSeconds.key),
        QLatin1StringView(maxConcurrentChecks.key),
        QLatin1StringView(maxSummaryLength.key),
        QLatin1StringView(maxDescriptionLength.key),
        QLatin1StringView(maxAttachments.key),
        QLatin1StringView(maxAttachmentBytes.key),
        QLatin1StringView(maxTotalAttachmentBytes.key),
    };
}

} // namespace Settings
} // namespace TicketDesk
