// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/selftest.h"

#include "core/signature.h"
#include "core/webhookevent.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace TicketDesk {

SelfTest::SelfTest(QObject *parent)
    : QObject(parent)
{}

SelfTest::~SelfTest() = default;

void SelfTest::begin(Step step, const QString &message)
{
    m_step = step;
    Q_EMIT stepStarted(step, message);
}

void SelfTest::pass(const QString &message)
{
    Q_EMIT stepPassed(m_step, message);
}

void SelfTest::fail(const QString &message)
{
    Q_EMIT stepFailed(m_step, message);
    Q_EMIT finished(false);
}

void SelfTest::start(const QUrl &url, const QByteArray &secret, const QString &tlsCertificate)
{
    if (isRunning())
        return;

    // An event family of its own: the listener checks its signature and stores the delivery as
    // it does every other family's, but makes no ticket of it. (It was a SUPPORT_TICKET.CREATED
    // for a made-up ticket: every click left a fake CREATED ticket in the table, the counts and
    // the exports.)
    WebhookEvent event;
    event.kind = WebhookEvent::Kind::OtherFamily;
    event.eventType = QString(selfTestEventType);
    event.issueDatetime = QDateTime::currentDateTimeUtc();
    begin(Step::Sign,
          tr("Signing a test event (%1): the listener stores its delivery, no ticket.").arg(event.eventType));
    if (secret.isEmpty()) {
        fail(tr("Signing: failed — no webhook secret is set, so there is nothing to sign with."));
        return;
    }
    const QByteArray body = encodeWebhook(event);
    const QByteArray signature = signatureHeaderValue(body, secret);
    pass(tr("Signing: OK."));

    begin(Step::Connect, tr("Sending it to %1.").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    m_tls = scheme == QLatin1StringView("https");
    if (!url.isValid() || url.host().isEmpty() || (!m_tls && scheme != QLatin1StringView("http"))) {
        fail(tr("Connect: failed — “%1” is not an http:// or https:// URL.").arg(url.toDisplayString()));
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("X-Wh-Signature-256"), signature);
    request.setTransferTimeout(m_timeoutMs);
#if QT_CONFIG(ssl)
    if (m_tls) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!tlsCertificate.isEmpty())
            ssl.addCaCertificates(QSslCertificate::fromPath(tlsCertificate));
        request.setSslConfiguration(ssl);
    }
#else
    Q_UNUSED(tlsCertificate)
#endif
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // A listener is reached directly, whatever proxy the system names.
        m_network->setProxy(QNetworkProxy::NoProxy);
    }
    m_tlsProblems.clear();
    m_reply = m_network->post(request, body);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        if (m_step != Step::Connect && m_step != Step::Tls)
            return;
        if (m_step == Step::Connect)
            pass(tr("Connect: OK."));
        begin(Step::Signature, tr("Sent; waiting for the listener's answer."));
    });
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::encrypted, this, [this] {
        pass(tr("Connect: OK."));
        begin(Step::Tls, tr("Checking the listener's certificate."));
        pass(tr("TLS: OK."));
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsProblems.append(e.errorString());
    });
#endif
    connect(m_reply, &QNetworkReply::finished, this, &SelfTest::replyFinished);
}

void SelfTest::replyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            if (m_step == Step::Connect) {
                pass(tr("Connect: OK."));
                begin(Step::Tls, tr("Checking the listener's certificate."));
            }
            const QString why =
                m_tlsProblems.isEmpty() ? reply->errorString() : m_tlsProblems.join(QStringLiteral("; "));
            fail(tr("TLS: failed — %1").arg(why));
        } else if (m_step == Step::Connect) {
            fail(tr("Connect: failed — %1").arg(reply->errorString()));
        } else {
            fail(tr("Signature: unknown — the listener sent no answer: %1").arg(reply->errorString()));
        }
        return;
    }
    if (m_step == Step::Connect || m_step == Step::Tls) {
        if (m_step == Step::Connect)
            pass(tr("Connect: OK."));
        begin(Step::Signature, tr("Sent; waiting for the listener's answer."));
    }
    const int status = statusAttribute.toInt();
    const QByteArray answer = reply->readAll().left(2000);
    if (status == 401) {
        fail(tr("Signature: refused (401) — the listener's webhook secret differs from the one used to sign. "
                "Check that both sides have the same secret."));
        return;
    }
    pass(tr("Signature: OK."));
    begin(Step::Store, tr("Reading the listener's verdict."));
    QJsonParseError parseError{};
    const QJsonDocument verdict = QJsonDocument::fromJson(answer, &parseError);
    const QString shown = parseError.error == QJsonParseError::NoError
                              ? QString::fromUtf8(verdict.toJson(QJsonDocument::Compact))
                              : QString::fromUtf8(answer).trimmed();
    if (status < 200 || status > 299) {
        fail(tr("Stored: failed — the listener answered %1 %2").arg(status).arg(shown));
        return;
    }
    pass(tr("Stored: OK (%1) %2").arg(status).arg(shown));
    Q_EMIT finished(true);
}

} // namespace TicketDesk
