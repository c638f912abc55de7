// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/tokenmanager.h"

#include "core/clock.h"
#include "core/logging.h"
#include "ripio/ripioendpoint.h"
#include "ripio/ripioerrorparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace TicketDesk {

namespace {

// When the answer has no usable expiresIn: short, so a wrong guess costs little.
constexpr qint64 defaultLifetimeSeconds = 300;

QString readString(const QJsonObject &object, QLatin1StringView camel, QLatin1StringView snake)
{
    const QJsonValue value = object.contains(camel) ? object.value(camel) : object.value(snake);
    return value.toString();
}

qint64 readSeconds(const QJsonObject &object, QLatin1StringView camel, QLatin1StringView snake)
{
    const QJsonValue value = object.contains(camel) ? object.value(camel) : object.value(snake);
    if (value.isDouble()) // clamped first: a cast of a double beyond qint64 is undefined
        return static_cast<qint64>(std::clamp(value.toDouble(), -1.0, 1e12));
    if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().toLongLong(&ok);
        return ok ? seconds : -1;
    }
    return -1;
}

} // namespace

TokenManager::TokenManager(QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

TokenManager::~TokenManager()
{
    if (m_reply) {
        // Destroying the manager must not call back into half-destroyed waiters.
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply.data();
    }
}

void TokenManager::setSettings(const ClientSettings &settings)
{
    const bool identityChanged = settings.baseUrl != m_settings.baseUrl || settings.clientId != m_settings.clientId ||
                                 settings.clientSecret != m_settings.clientSecret;
    const bool marginChanged = settings.tokenRefreshMarginSeconds != m_settings.tokenRefreshMarginSeconds;
    m_settings = settings;
    if (identityChanged || marginChanged) {
        m_token.clear();
        // An answer still in flight belongs to the old credentials: ignore it when it comes.
        ++m_generation;
    }
}

bool TokenManager::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock.elapsedMs() < m_renewAtMs;
}

void TokenManager::requestToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        callback(m_token, ClientError());
        return;
    }
    m_waiters.append(Waiter{QPointer<QObject>(context), std::move(callback)});
    if (!m_reply)
        fetch();
}

void TokenManager::invalidate(const QString &token)
{
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcRipio) << "token refused by the API; asking for a new one";
        m_token.clear();
    }
}

void TokenManager::fetch()
{
    m_token.clear();
    if (m_settings.clientId.isEmpty() || m_settings.clientSecret.isEmpty()) {
        // Asking with empty credentials only earns a 401 that reads as wrong credentials.
        ClientError error;
        error.category = ClientError::Category::BadCredentials;
        error.say(LocalizedText("TicketDesk::RipioClient",
                                QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                  "No Ripio client ID or client secret is set: enter them in "
                                                  "Settings, or set TICKETDESK_CLIENT_ID and "
                                                  "TICKETDESK_CLIENT_SECRET for the command line and serve.")));
        qCInfo(lcRipio) << "no token requested: no client id or client secret is set";
        deliver(QString(), error);
        return;
    }
    m_timedOut = false;
    ++m_requestCount;

    QNetworkRequest request = ripioRequest(ripioEndpoint(m_settings.baseUrl, QStringLiteral("oauth2/token/")));
    const QByteArray credentials = (m_settings.clientId + QLatin1Char(':') + m_settings.clientSecret).toUtf8();
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + credentials.toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));

    qCDebug(lcRipio) << "requesting a token from" << request.url().toString(QUrl::RemoveUserInfo);
    QNetworkReply *reply = m_network->post(request, QByteArrayLiteral("grant_type=client_credentials"));
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this] { m_timeout.start(); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] { onFinished(reply, generation); });
    m_timeout.start(qMax(1, m_settings.transferTimeoutMs));
}

void TokenManager::onFinished(QNetworkReply *reply, quint64 generation)
{
    reply->deleteLater();
    m_timeout.stop();
    m_reply = nullptr;

    if (generation != m_generation) {
        // Settings changed while this request ran: its answer is for old credentials.
        if (!m_waiters.isEmpty())
            fetch();
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed: read only what a real answer brought.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_timedOut || status == 0) {
        // Said as a request that did not reach Ripio: whether the token request's body left changes
        // nothing (a token asked for twice does no harm), and its waiters' own requests never left.
        ClientError error = errorFromNetworkFailure(reply->error(), m_timedOut, false, m_settings.transferTimeoutMs);
        qCWarning(lcRipio) << "token request failed:" << categoryToString(error.category) << reply->errorString();
        deliver(QString(), error);
        return;
    }
    if (status < 200 || status > 299) {
        const ClientError error = errorFromHttpAnswer(
            RipioCall::Token, status, body, reply->rawHeader(QByteArrayLiteral("Retry-After")), m_clock.now());
        qCWarning(lcRipio) << "token request answered HTTP" << status << categoryToString(error.category);
        deliver(QString(), error);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const QString token = readString(object, QLatin1StringView("accessToken"), QLatin1StringView("access_token"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || token.isEmpty()) {
        ClientError error;
        error.category = ClientError::Category::Protocol;
        error.httpStatus = status;
        const bool json = parseError.error == QJsonParseError::NoError && document.isObject();
        error.say(LocalizedText("TicketDesk::RipioClient",
                                json ? QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                         "Ripio's token answer has no access token (HTTP %1).")
                                     : QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                         "Ripio's token answer is not a JSON object (HTTP %1)."))
                      .arg(status));
        qCWarning(lcRipio) << "token answer without an access token, HTTP" << status
                           << (json ? QString() : QStringLiteral("not a JSON object: ") + parseError.errorString());
        deliver(QString(), error);
        return;
    }
    const QString type = readString(object, QLatin1StringView("tokenType"), QLatin1StringView("token_type"));
    if (!type.isEmpty() && type.compare(QLatin1StringView("bearer"), Qt::CaseInsensitive) != 0)
        qCWarning(lcRipio) << "unexpected token type" << type << "- using it as a Bearer token";

    qint64 lifetime = readSeconds(object, QLatin1StringView("expiresIn"), QLatin1StringView("expires_in"));
    if (lifetime <= 0)
        lifetime = defaultLifetimeSeconds;
    // A year at most: no arithmetic below overflows, whatever the answer says.
    lifetime = std::min<qint64>(lifetime, 366 * 24 * 3600);
    qint64 validMs = (lifetime - m_settings.tokenRefreshMarginSeconds) * 1000;
    if (validMs <= 0)
        validMs = lifetime * 1000 / 2; // the margin is longer than the lifetime: renew halfway
    m_renewAtMs = m_clock.elapsedMs() + validMs;
    m_token = token;
    qCInfo(lcRipio) << "token obtained, valid for" << lifetime << "s";
    deliver(m_token, ClientError());
}

void TokenManager::deliver(const QString &token, const ClientError &error)
{
    // Callbacks may ask for a token again (a repeat after 401): work on a copy.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (error.isError())
        Q_EMIT tokenFailed(error);
    else
        Q_EMIT tokenObtained();
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}

} // namespace TicketDesk
