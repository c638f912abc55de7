// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/ripiojob.h"

#include "core/clock.h"
#include "core/logging.h"
#include "ripio/tokenmanager.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace TicketDesk {

RipioJob::RipioJob(QNetworkAccessManager *network, TokenManager *tokens, const Clock &clock,
                   const ClientSettings &settings, RipioCall call, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_settings(settings)
    , m_call(call)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

RipioJob::~RipioJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RipioJob::start()
{
    QMetaObject::invokeMethod(this, &RipioJob::begin, Qt::QueuedConnection);
}

void RipioJob::startFailed(const ClientError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error, 0, QByteArray()); }, Qt::QueuedConnection);
}

void RipioJob::begin()
{
    if (!m_tokens) {
        ClientError error;
        error.category = ClientError::Category::Protocol;
        error.say(LocalizedText("TicketDesk::RipioClient",
                                QT_TRANSLATE_NOOP("TicketDesk::RipioClient", "The Ripio client was shut down.")));
        finish(error, 0, QByteArray());
        return;
    }
    m_tokens->requestToken(this, [this](const QString &token, const ClientError &error) { onToken(token, error); });
}

void RipioJob::onToken(const QString &token, const ClientError &tokenError)
{
    if (tokenError.isError()) {
        // Whatever happened to the token request, this call's own body never left.
        ClientError error = tokenError;
        error.bodySent = false;
        finish(error, 0, QByteArray());
        return;
    }
    m_token = token;
    m_timedOut = false;
    m_uploadComplete = false;
    m_uploadSize = -1;

    ClientError sendError;
    QNetworkReply *reply = send(token, &sendError);
    if (!reply) {
        sendError.bodySent = false;
        finish(sendError, 0, QByteArray());
        return;
    }
    m_reply = reply;
    m_sent = true;
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt reports total == sent for a sequential body, so compare with the length we know.
        const qint64 expected = m_uploadSize > 0 ? m_uploadSize : total;
        if (expected > 0 && sent >= expected)
            m_uploadComplete = true;
        m_timeout.start();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this] { m_timeout.start(); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    m_timeout.start(qMax(1, m_settings.transferTimeoutMs));
}

void RipioJob::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_timeout.stop();
    m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed: read only what a real answer brought.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_timedOut || status == 0) {
        const ClientError error =
            errorFromNetworkFailure(reply->error(), m_timedOut, m_uploadComplete, m_settings.transferTimeoutMs);
        qCWarning(lcRipio) << "call failed without an answer:" << categoryToString(error.category)
                           << reply->errorString() << "body sent:" << error.bodySent;
        finish(error, 0, QByteArray());
        return;
    }
    if (status >= 200 && status <= 299) {
        finish(ClientError(), status, body);
        return;
    }

    const ClientError error =
        errorFromHttpAnswer(m_call, status, body, reply->rawHeader(QByteArrayLiteral("Retry-After")), m_clock.now());
    const bool tokenRefused = status == 401 || (status == 403 && error.category != ClientError::Category::NotEnabled);
    if (tokenRefused && !m_repeated && m_tokens) {
        // The token may have been revoked or expired early: one fresh token, one repeat, never a loop.
        m_repeated = true;
        m_tokens->invalidate(m_token);
        begin();
        return;
    }
    qCWarning(lcRipio) << "call answered HTTP" << status << categoryToString(error.category) << "code" << error.apiCode;
    finish(error, status, body);
}

void RipioJob::finish(const ClientError &error, int httpStatus, const QByteArray &body)
{
    if (m_finished)
        return;
    m_finished = true;
    const ClientError reported = deliver(error, httpStatus, body);
    Q_EMIT completed(reported);
    deleteLater();
}

} // namespace TicketDesk
