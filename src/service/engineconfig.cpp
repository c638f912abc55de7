// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/engineconfig.h"

#include "core/nearestword.h"

#include "core/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace TicketDesk {

QUrl EngineConfig::baseUrlFor(const QString &environment)
{
    if (environment == QLatin1StringView("production"))
        return QUrl(QStringLiteral("https://skala.ripio.com"));
    if (environment == QLatin1StringView("sandbox"))
        return QUrl(QStringLiteral("https://skala-sandbox.ripio.com"));
    return QUrl();
}

QString EngineConfig::environmentOf(const QString &apiBase)
{
    for (const QLatin1StringView env : {QLatin1StringView("production"), QLatin1StringView("sandbox")}) {
        if (!apiBase.isEmpty() && QUrl(apiBase) == baseUrlFor(env))
            return env;
    }
    return QString();
}

EngineConfig EngineConfig::fromSettings(const QSettings &s)
{
    EngineConfig c;
    const QString env = Settings::apiEnvironment.read(s);
    c.client.baseUrl = env == QLatin1StringView("custom") ? QUrl(Settings::apiBaseUrl.read(s)) : baseUrlFor(env);
    c.client.clientId = Settings::clientId.read(s);
    // Not a secret, but read from the environment with them where the settings have none (a
    // desktop without a keychain, as the README's first run says); serve and the command line
    // let the environment win.
    if (c.client.clientId.isEmpty())
        c.client.clientId = qEnvironmentVariable("TICKETDESK_CLIENT_ID").trimmed();
    c.client.transferTimeoutMs = Settings::apiTimeoutMs.read(s);
    c.client.limits.maxSummaryChars = Settings::maxSummaryLength.read(s);
    c.client.limits.maxDescriptionChars = Settings::maxDescriptionLength.read(s);
    c.client.limits.maxFiles = Settings::maxAttachments.read(s);
    c.client.limits.maxFileBytes = Settings::maxAttachmentBytes.read(s);
    c.client.limits.maxTotalBytes = Settings::maxTotalAttachmentBytes.read(s);

    c.address = QHostAddress(Settings::listenAddress.read(s));
    if (c.address.isNull())
        c.address = QHostAddress::LocalHost;
    c.port = quint16(std::clamp(Settings::listenPort.read(s), 0, 65535));
    c.webhookPath = Settings::webhookPath.read(s).toUtf8();
    c.tlsCertificate = Settings::tlsCertificate.read(s);
    c.tlsKey = Settings::tlsKey.read(s);
    c.replayWindowSeconds = Settings::replayWindowSeconds.read(s);
    c.strictReplay = Settings::strictReplayWindow.read(s);
    c.httpLimits.maxRequestLine = Settings::maxRequestLineBytes.read(s);
    c.httpLimits.maxHeaderBytes = Settings::maxHeaderBytes.read(s);
    c.httpLimits.maxHeaderLines = Settings::maxHeaderLines.read(s);
    c.httpLimits.maxBodyBytes = Settings::maxBodyBytes.read(s);
    c.httpLimits.headerDeadlineMs = Settings::headerDeadlineMs.read(s);
    c.httpLimits.bodyDeadlineMs = Settings::bodyDeadlineMs.read(s);
    c.httpLimits.keepAliveIdleMs = Settings::keepAliveIdleMs.read(s);
    c.httpLimits.maxConnections = Settings::maxConnections.read(s);
    c.httpLimits.maxConnectionsPerPeer = Settings::maxConnectionsPerPeer.read(s);
    c.rejectedPerPeerPerMinute = Settings::rejectedPerPeerPerMinute.read(s);
    c.trustedProxies = Settings::trustedProxies.read(s);
    c.diskLowMiB = std::max(Settings::diskLowMiB.read(s), 0);
    c.diskCriticalMiB = std::max(Settings::diskCriticalMiB.read(s), 0);
    c.commitDeadlineSeconds = std::clamp(Settings::commitDeadlineSeconds.read(s), 1, 600);
    c.busyTimeoutMs = std::clamp(Settings::busyTimeoutMs.read(s), 0, 600000);
    c.deliveryRetentionDays = std::max(Settings::deliveryRetentionDays.read(s), 0);
    c.maxDeliveries = std::max<qint64>(Settings::maxDeliveries.read(s), 0);
    c.reconcileAfterSeconds = Settings::reconcileAfterSeconds.read(s);
    c.claimLeaseSeconds = std::max(Settings::claimLeaseSeconds.read(s), 2);
    c.maxConcurrentChecks = Settings::maxConcurrentChecks.read(s);
    return c;
}

bool EngineConfig::isWebhookPath(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) && !path.contains(QLatin1Char(' ')) && !path.contains(QLatin1Char('?')) &&
           path != QLatin1StringView("/healthz");
}

QStringList EngineConfig::listenerSettingsProblems(const QSettings &s)
{
    QStringList problems;
    const auto raw = [&s](const char *key) { return s.value(QLatin1StringView(key)).toString().trimmed(); };
    const auto has = [&s](const char *key) { return s.contains(QLatin1StringView(key)); };
    if (has(Settings::listenAddress.key) && QHostAddress(raw(Settings::listenAddress.key)).isNull())
        problems << QCoreApplication::translate("EngineConfig",
                                                "%1: '%2' is not an IP address (such as 127.0.0.1 or 0.0.0.0)")
                        .arg(QLatin1StringView(Settings::listenAddress.key), raw(Settings::listenAddress.key));
    if (has(Settings::listenPort.key)) {
        bool ok = false;
        const int port = raw(Settings::listenPort.key).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            problems << QCoreApplication::translate("EngineConfig", "%1: '%2' is not a port number (0 to 65535)")
                            .arg(QLatin1StringView(Settings::listenPort.key), raw(Settings::listenPort.key));
    }
    if (has(Settings::webhookPath.key) && !isWebhookPath(raw(Settings::webhookPath.key)))
        problems << QCoreApplication::translate("EngineConfig",
                                                "%1: '%2' must start with '/', hold no spaces or '?', and not be "
                                                "/healthz")
                        .arg(QLatin1StringView(Settings::webhookPath.key), raw(Settings::webhookPath.key));
    for (const Setting<int> *limit : {&Settings::maxConnections, &Settings::maxConnectionsPerPeer}) {
        if (!has(limit->key))
            continue;
        bool ok = false;
        if (raw(limit->key).toInt(&ok) < 1 || !ok)
            problems << QCoreApplication::translate("EngineConfig", "%1: '%2' must be a whole number, at least 1")
                            .arg(QLatin1StringView(limit->key), raw(limit->key));
    }
    // fromSettings() reads a negative or unreadable value as 0, which turns the limit off without a word.
    // Each read as fromSettings() reads it: an int past its range would be 0 too.
    const std::pair<const char *, bool> limits[] = {{Settings::diskLowMiB.key, false},
                                                    {Settings::diskCriticalMiB.key, false},
                                                    {Settings::deliveryRetentionDays.key, false},
                                                    {Settings::maxDeliveries.key, true}};
    for (const auto &[key, wide] : limits) {
        if (!has(key))
            continue;
        bool ok = false;
        const qint64 value = wide ? raw(key).toLongLong(&ok) : raw(key).toInt(&ok);
        if (value < 0 || !ok)
            problems << QCoreApplication::translate("EngineConfig",
                                                    "%1: '%2' must be a whole number, 0 or more (0 turns it off)")
                            .arg(QLatin1StringView(key), raw(key));
    }
    // The others: a value of the wrong type would read as 0 or true without a word (a replay
    // window of "five" made every event late; a timeout of "soon" gave up at once).
    const char *const wholeNumbers[] = {Settings::apiTimeoutMs.key,          Settings::replayWindowSeconds.key,
                                        Settings::maxRequestLineBytes.key,   Settings::maxHeaderBytes.key,
                                        Settings::maxHeaderLines.key,        Settings::maxBodyBytes.key,
                                        Settings::headerDeadlineMs.key,      Settings::bodyDeadlineMs.key,
                                        Settings::keepAliveIdleMs.key,       Settings::rejectedPerPeerPerMinute.key,
                                        Settings::commitDeadlineSeconds.key, Settings::reconcileAfterSeconds.key,
                                        Settings::claimLeaseSeconds.key,     Settings::maxConcurrentChecks.key,
                                        Settings::maxSummaryLength.key,      Settings::maxDescriptionLength.key,
                                        Settings::maxAttachments.key,        Settings::busyTimeoutMs.key};
    for (const char *key : wholeNumbers) {
        bool ok = false;
        if (has(key) && (raw(key).toInt(&ok), !ok))
            problems << QCoreApplication::translate("EngineConfig", "%1: '%2' is not a whole number")
                            .arg(QLatin1StringView(key), raw(key));
    }
    for (const char *key : {Settings::maxAttachmentBytes.key, Settings::maxTotalAttachmentBytes.key}) {
        bool ok = false;
        if (has(key) && (raw(key).toLongLong(&ok), !ok))
            problems << QCoreApplication::translate("EngineConfig", "%1: '%2' is not a whole number")
                            .arg(QLatin1StringView(key), raw(key));
    }
    // QVariant reads any other text ("maybe", "no") as true.
    static const QStringList booleans{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                                      QStringLiteral("0")};
    if (const char *key = Settings::strictReplayWindow.key;
        has(key) && !booleans.contains(raw(key), Qt::CaseInsensitive))
        problems << QCoreApplication::translate("EngineConfig", "%1: '%2' must be true or false")
                        .arg(QLatin1StringView(key), raw(key));
    return problems;
}

QStringList EngineConfig::apiSettingsProblems(const QSettings &s)
{
    QStringList problems;
    const QString env = Settings::apiEnvironment.read(s); // as fromSettings() reads them
    if (env != QLatin1StringView("custom") && baseUrlFor(env).isEmpty()) {
        problems << QCoreApplication::translate("EngineConfig", "%1: '%2' must be sandbox, production or custom")
                        .arg(QLatin1StringView(Settings::apiEnvironment.key), env);
    } else if (env == QLatin1StringView("custom")) {
        const QString raw = Settings::apiBaseUrl.read(s);
        const QUrl url(raw, QUrl::StrictMode);
        // A proxy's URL may carry a password: never repeated (a mistyped one, cut at its '@').
        const QString shown = raw.contains(QLatin1Char('@'))
                                  ? QStringLiteral("…@") + raw.mid(raw.lastIndexOf(QLatin1Char('@')) + 1)
                                  : raw;
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https")))
            problems << QCoreApplication::translate("EngineConfig",
                                                    "%1: '%2' is not an http:// or https:// URL (%3 is custom)")
                            .arg(QLatin1StringView(Settings::apiBaseUrl.key), shown,
                                 QLatin1StringView(Settings::apiEnvironment.key));
    }
    return problems;
}

QStringList EngineConfig::unknownSettings(const QSettings &s)
{
    QStringList problems;
    // Lines QSettings passes over without a word: neither KEY=VALUE, nor a [group], nor a comment
    // (a JSON or YAML file given as settings reads as no setting at all). Read as QSettings reads:
    // a UTF-8 byte-order mark skipped, a line ended by a backslash going on in the next.
    if (s.format() == QSettings::IniFormat) {
        QFile file(s.fileName());
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray text = file.readAll();
            if (text.startsWith("\xEF\xBB\xBF"))
                text.remove(0, 3);
            const QList<QByteArray> lines = text.split('\n');
            bool continued = false;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const bool wasContinued = std::exchange(continued, line.endsWith('\\'));
                if (wasContinued || line.isEmpty() || line.startsWith(';') || line.startsWith('#') ||
                    (line.startsWith('[') && line.endsWith(']')) || line.contains('='))
                    continue;
                problems << QCoreApplication::translate("EngineConfig",
                                                        "line %1 is neither KEY=VALUE nor a [group] header")
                                .arg(i + 1);
            }
        }
    }
    // Such a file is no settings file at all (a key, a certificate, random bytes): its "keys" are
    // not echoed, as part of a secret may be among them.
    const bool settingsFile = problems.isEmpty();
    const QStringList known = Settings::engineKeys();
    QStringList groups;
    for (const QString &key : known) {
        const QString group = key.section(QLatin1Char('/'), 0, 0);
        if (!groups.contains(group))
            groups << group;
    }
    for (const QString &key : s.allKeys()) {
        if (!settingsFile)
            break;
        const bool grouped = key.contains(QLatin1Char('/'));
        const QString group = key.section(QLatin1Char('/'), 0, 0);
        // A group of the engine's, or one a typo or a capital letter away from one ([Listener],
        // [listner]: QSettings' groups match exactly); other groups are the desktop's.
        constexpr qsizetype maxGroupDistance = 2;
        const QString engineGroup =
            !grouped || groups.contains(group) ? group : nearestWord(group, groups, maxGroupDistance);
        if (known.contains(key) || (grouped && engineGroup.isEmpty()))
            continue;
        // Outside any group, the name alone is compared: "port" under no [listener].
        QStringList candidates = known;
        QString typed = key;
        if (!grouped) {
            for (QString &k : candidates)
                k = k.section(QLatin1Char('/'), 1);
        } else {
            typed = engineGroup + QLatin1Char('/') + key.section(QLatin1Char('/'), 1);
        }
        constexpr qsizetype maxSuggestionDistance = 3;
        const QString nearest = nearestWord(typed, candidates, maxSuggestionDistance);
        const QString meant = nearest.isEmpty() ? QString() : known.at(candidates.indexOf(nearest));
        QString shown = key.left(60);
        for (QChar &c : shown) {
            if (!c.isPrint())
                c = QChar::ReplacementCharacter;
        }
        if (key.size() > shown.size())
            shown += QChar(0x2026);
        problems << (meant.isEmpty()
                         ? QCoreApplication::translate("EngineConfig", "'%1' is no setting TicketDesk knows").arg(shown)
                         : QCoreApplication::translate("EngineConfig",
                                                       "'%1' is no setting TicketDesk knows; did you mean '%2'?")
                               .arg(shown, meant));
    }
    // Enough to see what is wrong with the file; not a page of it.
    constexpr qsizetype shownProblems = 5;
    if (problems.size() > shownProblems + 1) {
        const qsizetype more = problems.size() - shownProblems;
        problems.resize(shownProblems);
        problems << QCoreApplication::translate("EngineConfig", "and %1 more such").arg(more);
    }
    return problems;
}

void EngineConfig::toSettings(QSettings &s) const
{
    // A client ID the settings did not have, taken from TICKETDESK_CLIENT_ID (fromSettings()), is
    // not copied into them: the environment would then no longer count.
    const bool fromEnvironment = Settings::clientId.read(s).isEmpty() && !client.clientId.isEmpty() &&
                                 client.clientId == qEnvironmentVariable("TICKETDESK_CLIENT_ID").trimmed();
    if (!fromEnvironment)
        Settings::clientId.write(s, client.clientId);
    Settings::apiTimeoutMs.write(s, client.transferTimeoutMs);
    Settings::listenAddress.write(s, address.toString());
    Settings::listenPort.write(s, int(port));
    Settings::webhookPath.write(s, QString::fromUtf8(webhookPath));
    Settings::tlsCertificate.write(s, tlsCertificate);
    Settings::tlsKey.write(s, tlsKey);
    Settings::replayWindowSeconds.write(s, replayWindowSeconds);
    Settings::strictReplayWindow.write(s, strictReplay);
    Settings::maxRequestLineBytes.write(s, int(httpLimits.maxRequestLine));
    Settings::maxHeaderBytes.write(s, int(httpLimits.maxHeaderBytes));
    Settings::maxHeaderLines.write(s, httpLimits.maxHeaderLines);
    Settings::maxBodyBytes.write(s, int(httpLimits.maxBodyBytes));
    Settings::headerDeadlineMs.write(s, httpLimits.headerDeadlineMs);
    Settings::bodyDeadlineMs.write(s, httpLimits.bodyDeadlineMs);
    Settings::keepAliveIdleMs.write(s, httpLimits.keepAliveIdleMs);
    Settings::maxConnections.write(s, httpLimits.maxConnections);
    Settings::maxConnectionsPerPeer.write(s, httpLimits.maxConnectionsPerPeer);
    Settings::rejectedPerPeerPerMinute.write(s, rejectedPerPeerPerMinute);
    Settings::trustedProxies.write(s, trustedProxies);
    Settings::diskLowMiB.write(s, diskLowMiB);
    Settings::diskCriticalMiB.write(s, diskCriticalMiB);
    Settings::commitDeadlineSeconds.write(s, commitDeadlineSeconds);
    Settings::busyTimeoutMs.write(s, busyTimeoutMs);
    Settings::deliveryRetentionDays.write(s, deliveryRetentionDays);
    Settings::maxDeliveries.write(s, maxDeliveries);
    Settings::reconcileAfterSeconds.write(s, reconcileAfterSeconds);
    Settings::claimLeaseSeconds.write(s, claimLeaseSeconds);
    Settings::maxConcurrentChecks.write(s, maxConcurrentChecks);
    Settings::maxSummaryLength.write(s, client.limits.maxSummaryChars);
    Settings::maxDescriptionLength.write(s, client.limits.maxDescriptionChars);
    Settings::maxAttachments.write(s, client.limits.maxFiles);
    Settings::maxAttachmentBytes.write(s, client.limits.maxFileBytes);
    Settings::maxTotalAttachmentBytes.write(s, client.limits.maxTotalBytes);
}

QString EngineConfig::listenerUrl(quint16 actualPort) const
{
    const bool tls = !tlsCertificate.isEmpty() && !tlsKey.isEmpty();
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + QLatin1Char(':') +
           QString::number(actualPort ? actualPort : port) + QString::fromUtf8(webhookPath);
}

QString EngineConfig::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tickets.sqlite");
}

DatabaseLocation EngineConfig::databaseLocation() const
{
    DatabaseLocation location = DatabaseLocation::parse(dbPath);
    if (location.isValid() && location.isPostgres() && !location.hasPassword() && !dbPassword.isEmpty())
        location.setPassword(dbPassword);
    return location;
}

} // namespace TicketDesk
