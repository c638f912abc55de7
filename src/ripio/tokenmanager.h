// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/clienterror.h"
#include "ripio/ripioclientsettings.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace TicketDesk {

class Clock;

// Gets and caches the OAuth2 client-credentials token for RipioClient's jobs.
// However many callers wait, one token request is in flight at a time; the
// token is reused until tokenRefreshMarginSeconds before it expires (halfway
// through its lifetime when the margin is as long as the lifetime), as the
// clock tells; a caller that got 401 with a token calls invalidate(token) and
// asks again. Internal to the ripio library: use RipioClient.
class TokenManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenManager)

public:
    // Called exactly once: the token, or an error (then the token is empty).
    using Callback = std::function<void(const QString &token, const ClientError &error)>;

    TokenManager(QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);
    ~TokenManager() override;

    // New credentials or base URL drop the cached token.
    void setSettings(const ClientSettings &settings);

    // The callback runs at once when a valid token is cached, else when the
    // pending request ends; never if context is destroyed first.
    void requestToken(QObject *context, Callback callback);

    // Drops the cached token if it is still this one, so that several calls
    // failing with the same stale token cause a single new request.
    void invalidate(const QString &token);

    // How many token requests were sent; for diagnostics and tests.
    int requestCount() const { return m_requestCount; }

Q_SIGNALS:
    void tokenObtained();
    void tokenFailed(const TicketDesk::ClientError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    bool hasValidToken() const;
    void fetch();
    void onFinished(QNetworkReply *reply, quint64 generation);
    void deliver(const QString &token, const ClientError &error);

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    ClientSettings m_settings;
    QString m_token;
    qint64 m_renewAtMs = 0; // by m_clock.elapsedMs(): the token is used until then (a clock step changes nothing)
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    bool m_timedOut = false;
    quint64 m_generation = 0;
    int m_requestCount = 0;
    QList<Waiter> m_waiters;
};

} // namespace TicketDesk
