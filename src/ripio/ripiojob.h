// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/clienterror.h"
#include "ripio/ripioclientsettings.h"
#include "ripio/ripioerrorparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace TicketDesk {

class Clock;
class TokenManager;

// The part every Ripio call shares: get a token, send, watch the upload and
// an idle timeout, and on a 401 (or a 403 that is not 20061) get one fresh
// token and repeat once. Subclasses build the request and read the answer,
// and emit their own finished(result) exactly once. A job deletes itself
// after it finished.
class RipioJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RipioJob)

public:
    ~RipioJob() override;

    // Whether a request of this call has been handed to the network (its body may have
    // reached Ripio). Until then, deleting the job leaves Ripio untouched.
    bool hasSent() const { return m_sent; }

Q_SIGNALS:
    // After the subclass's finished(): the error it reported (None on success).
    // RipioClient follows API health with it.
    void completed(const TicketDesk::ClientError &error);

protected:
    RipioJob(QNetworkAccessManager *network, TokenManager *tokens, const Clock &clock, const ClientSettings &settings,
             RipioCall call, QObject *parent);

    // Begins on the next event-loop turn, so the caller can connect first.
    void start();
    // Ends on the next event-loop turn with this error, without any network.
    void startFailed(const ClientError &error);

    QNetworkAccessManager *network() const { return m_network; }
    const ClientSettings &settings() const { return m_settings; }

    // The exact request body length of the attempt being sent, so that the
    // job knows when the whole body has left (see ClientError::bodySent).
    void setUploadSize(qint64 bytes) { m_uploadSize = bytes; }

    // Sends one attempt with the given Bearer token. On a local failure
    // (an attachment vanished), returns nullptr and fills error.
    virtual QNetworkReply *send(const QString &token, ClientError *error) = 0;
    // Called exactly once: error is None for a 2xx answer (body is its body).
    // Emits the subclass's finished() and returns the error reported there.
    virtual ClientError deliver(const ClientError &error, int httpStatus, const QByteArray &body) = 0;

private:
    void begin();
    void onToken(const QString &token, const ClientError &error);
    void onFinished(QNetworkReply *reply);
    void finish(const ClientError &error, int httpStatus, const QByteArray &body);

    QNetworkAccessManager *m_network;
    QPointer<TokenManager> m_tokens;
    const Clock &m_clock; // "now" for a Retry-After given as a date
    ClientSettings m_settings;
    RipioCall m_call;
    QString m_token;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    bool m_repeated = false;
    bool m_timedOut = false;
    bool m_uploadComplete = false;
    qint64 m_uploadSize = -1;
    bool m_finished = false;
    bool m_sent = false;
};

} // namespace TicketDesk
