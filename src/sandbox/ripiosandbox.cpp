// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ripiosandbox.h"

#include "core/logging.h"
#include "core/signature.h"
#include "core/webhookevent.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "sandbox/multipartform.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace TicketDesk {

namespace {

const QByteArray tokenPath = QByteArrayLiteral("/oauth2/token/");
const QByteArray ticketsPath = QByteArrayLiteral("/api/v1/supportTickets/");

// Ripio's error shape: {"code":...,"type":"...","detail":...,"status":...}.
HttpResponse ripioError(int status, int code, const QString &type, const QJsonValue &detail)
{
    const QJsonObject o{{QStringLiteral("code"), code},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("detail"), detail},
                        {QStringLiteral("status"), status}};
    return HttpResponse(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpResponse validationError(const QString &field, const QString &message)
{
    return ripioError(400, 10400, QStringLiteral("ValidationException"), QJsonObject{{field, QJsonArray{message}}});
}

// The outcome event for a resolved ticket, encoded as Ripio sends it.
QByteArray outcomeBody(const QString &ticketId, const QString &customerId, const QString &summary,
                       const QString &status, const QString &issueKey, const QDateTime &at)
{
    WebhookEvent event;
    event.kind = WebhookEvent::Kind::SupportTicket;
    event.issueDatetime = at;
    event.ticketId = ticketId;
    event.customerId = customerId;
    event.summary = summary;
    event.issueKey = issueKey;
    event.status = statusFromString(status).value_or(TicketStatus::Failed);
    return encodeWebhook(event);
}

QByteArray ticketJson(const QString &ticketId, const QString &status, const QString &issueKey)
{
    const QJsonObject o{{QStringLiteral("ticketId"), ticketId},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("issueKey"), issueKey.isEmpty() ? QJsonValue() : QJsonValue(issueKey)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

RipioSandbox::RipioSandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_random(options.seed)
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RipioSandbox::~RipioSandbox() = default;

bool RipioSandbox::listen(const QHostAddress &address, quint16 port)
{
    if (m_server && m_server->isListening())
        return true;
    delete std::exchange(m_portHold, nullptr); // the port held since close(), given back to be listened on
    auto *server = new HttpServer(m_clock, this);
    HttpLimits limits;
    // Attachments: up to the client's default total of 50 MiB plus the multipart framing.
    limits.maxBodyBytes = qint64(60) * 1024 * 1024;
    limits.bodyDeadlineMs = 120'000;
    server->setLimits(limits);
    HttpRoute token{tokenPath, {QByteArrayLiteral("POST")}};
    token.contentTypes = {QByteArrayLiteral("application/x-www-form-urlencoded")};
    HttpRoute create{ticketsPath, {QByteArrayLiteral("POST")}};
    create.contentTypes = {QByteArrayLiteral("multipart/form-data")};
    HttpRoute retrieve{ticketsPath, {QByteArrayLiteral("GET")}};
    retrieve.prefix = true;
    server->setRoutes({token, create, retrieve});
    connect(server, &HttpServer::requestReceived, this,
            [this](const HttpRequest &request, const HttpResponder &responder) { onRequest(request, responder); });
    if (!server->listen(address, port)) {
        m_errorString = server->errorString();
        delete server;
        return false;
    }
    m_errorString.clear();
    m_server = server;
    m_address = address;
    return true;
}

void RipioSandbox::close()
{
    if (!m_server)
        return;
    HttpServer *server = std::exchange(m_server, nullptr);
    const quint16 port = server->serverPort();
    connect(server, &HttpServer::drained, server, &QObject::deleteLater);
    server->shutdown();
    // Shared like the listening socket's address (and its connections still
    // draining), so the bind succeeds beside them; a port bound on purpose is one
    // the system does not hand out to others (a listen on port 0, a connect).
    auto *hold = new QTcpSocket(this);
    if (hold->bind(m_address, port, QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint))
        m_portHold = hold;
    else
        delete hold;
}

bool RipioSandbox::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 RipioSandbox::serverPort() const
{
    return isListening() ? m_server->serverPort() : 0;
}

QUrl RipioSandbox::baseUrl() const
{
    if (!isListening())
        return QUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const bool any =
        m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4 || m_address == QHostAddress::AnyIPv6;
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void RipioSandbox::setWebhookUrl(const QUrl &url)
{
    m_options.webhookUrl = url;
}

void RipioSandbox::setOptions(const SandboxOptions &options)
{
    m_options = options;
    m_random.seed(options.seed);
}

QString RipioSandbox::ticketStatus(const QString &ticketId) const
{
    const auto it = m_tickets.constFind(ticketId);
    return it == m_tickets.constEnd() ? QString() : it->status;
}

QString RipioSandbox::issueKey(const QString &ticketId) const
{
    const auto it = m_tickets.constFind(ticketId);
    return it == m_tickets.constEnd() ? QString() : it->issueKey;
}

QList<SandboxAttachment> RipioSandbox::attachments(const QString &ticketId) const
{
    return m_tickets.value(ticketId).attachments;
}

bool RipioSandbox::chance(double rate)
{
    return rate > 0.0 && m_random.generateDouble() < rate;
}

void RipioSandbox::answer(const HttpResponder &responder, const HttpResponse &response)
{
    if (m_options.slowAnswerMs <= 0) {
        responder.respond(response);
        return;
    }
    QTimer::singleShot(m_options.slowAnswerMs, this, [responder, response] { responder.respond(response); });
}

void RipioSandbox::onRequest(const HttpRequest &request, const HttpResponder &responder)
{
    if (request.path == tokenPath)
        handleToken(request, responder);
    else if (request.path == ticketsPath && request.method == "POST")
        handleCreate(request, responder);
    else
        handleRetrieve(request, responder);
}

void RipioSandbox::handleToken(const HttpRequest &request, const HttpResponder &responder)
{
    ++m_counters.tokenRequests;
    const QByteArray expected =
        "Basic " + QByteArray(m_options.clientId.toUtf8() + ':' + m_options.clientSecret.toUtf8()).toBase64();
    if (!constantTimeEquals(request.header("authorization"), expected)) {
        answer(responder, ripioError(401, 10401, QStringLiteral("InvalidCredentialsException"),
                                     tr("Invalid client credentials.")));
        return;
    }
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1StringView("client_credentials")) {
        answer(responder, ripioError(400, 10400, QStringLiteral("UnsupportedGrantTypeException"),
                                     tr("grant_type must be client_credentials.")));
        return;
    }
    quint64 bits[2];
    m_random.fillRange(bits);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bits), sizeof bits).toHex());
    m_tokens.insert(token, QDeadlineTimer(qint64(m_options.tokenLifetimeSeconds) * 1000));
    ++m_counters.tokensIssued;
    Q_EMIT tokenIssued();
    const QJsonObject o{{QStringLiteral("accessToken"), token},
                        {QStringLiteral("expiresIn"), m_options.tokenLifetimeSeconds},
                        {QStringLiteral("tokenType"), QStringLiteral("Bearer")}};
    answer(responder, HttpResponse(200, QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

bool RipioSandbox::checkBearer(const HttpRequest &request, const HttpResponder &responder)
{
    const QByteArray header = request.header("authorization");
    QString token;
    if (header.startsWith("Bearer "))
        token = QString::fromLatin1(header.mid(7));
    const auto it = m_tokens.constFind(token);
    if (token.isEmpty() || it == m_tokens.constEnd() || it->hasExpired()) {
        if (it != m_tokens.constEnd())
            m_tokens.erase(it);
        answer(responder, ripioError(401, 10402, QStringLiteral("InvalidTokenException"),
                                     tr("The access token is missing, invalid or expired.")));
        return false;
    }
    return true;
}

bool RipioSandbox::injectFault(const HttpResponder &responder)
{
    if (chance(m_options.rate429)) {
        ++m_counters.answers429;
        HttpResponse r =
            ripioError(429, 10429, QStringLiteral("TooManyRequestsException"), tr("Request was throttled."));
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(m_options.retryAfterSeconds));
        answer(responder, r);
        return true;
    }
    if (chance(m_options.rate500)) {
        ++m_counters.answers500;
        answer(responder, ripioError(500, 10500, QStringLiteral("InternalServerError"), tr("Internal server error.")));
        return true;
    }
    return false;
}

void RipioSandbox::handleCreate(const HttpRequest &request, const HttpResponder &responder)
{
    ++m_counters.createRequests;
    if (!checkBearer(request, responder)) {
        ++m_counters.ticketsRejected;
        return;
    }
    if (m_options.notEnabled) {
        ++m_counters.ticketsRejected;
        answer(responder, ripioError(403, 20061, QStringLiteral("SupportTicketsNotEnabledException"),
                                     tr("Support tickets are not enabled for this account.")));
        return;
    }
    if (injectFault(responder))
        return;

    const auto reject = [&](const HttpResponse &response) {
        ++m_counters.ticketsRejected;
        answer(responder, response);
    };
    const MultipartForm form = MultipartForm::parse(request.header("content-type"), request.body);
    if (!form.ok())
        return reject(ripioError(400, 10400, QStringLiteral("ValidationException"), form.error));
    static const QByteArrayList textFields{"customerId", "summary", "description"};
    for (const MultipartForm::Part &part : form.parts) {
        if (part.name == "files") {
            if (!part.hasFileName || part.fileName.isEmpty())
                return reject(validationError(QStringLiteral("files"), tr("Each file needs a file name.")));
        } else if (!textFields.contains(part.name)) {
            return reject(validationError(QString::fromUtf8(part.name), tr("Unknown field.")));
        } else if (form.all(part.name).size() > 1 || part.hasFileName) {
            return reject(validationError(QString::fromUtf8(part.name), tr("Expected one text value.")));
        }
    }
    const auto text = [&form](QByteArrayView name) {
        const MultipartForm::Part *p = form.part(name);
        return p ? QString::fromUtf8(p->data) : QString();
    };
    const QString customerId = text("customerId");
    const QString summary = text("summary");
    if (!form.part("customerId"))
        return reject(validationError(QStringLiteral("customerId"), tr("This field is required.")));
    if (!isUuid(customerId))
        return reject(validationError(QStringLiteral("customerId"), tr("Must be a valid UUID.")));
    if (summary.trimmed().isEmpty())
        return reject(validationError(QStringLiteral("summary"), tr("This field may not be blank.")));
    if (m_options.unknownCustomers.contains(customerId.toLower()) || m_options.unknownCustomers.contains(customerId))
        return reject(ripioError(404, 20040, QStringLiteral("CustomerNotFoundException"), tr("Customer not found.")));
    if (m_options.customersWithoutEmail.contains(customerId.toLower()) ||
        m_options.customersWithoutEmail.contains(customerId))
        return reject(ripioError(400, 20041, QStringLiteral("CustomerWithoutEmailException"),
                                 tr("The customer has no email on file.")));

    const QString ticketId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SandboxTicket ticket;
    ticket.customerId = customerId;
    ticket.summary = summary;
    for (const MultipartForm::Part &part : form.all("files"))
        ticket.attachments.append(
            SandboxAttachment{part.fileName, part.contentType, part.data.size(),
                              QCryptographicHash::hash(part.data, QCryptographicHash::Sha256).toHex()});
    static const QRegularExpression failWord(QStringLiteral("\\bfail\\b"), QRegularExpression::CaseInsensitiveOption);
    const QString key = customerId.toLower() + QLatin1Char('\n') + summary;
    if (summary.contains(failWord) && !m_failedOnce.contains(key)) {
        m_failedOnce.insert(key);
        ticket.willFail = true;
    }
    if (chance(m_options.failureRate))
        ticket.willFail = true;
    m_tickets.insert(ticketId, ticket);
    ++m_counters.ticketsAccepted;
    Q_EMIT ticketAccepted(ticketId, customerId, summary);

    // The outcome clock starts now, before the (possibly slow) 202 leaves, so a
    // short webhook delay with slow answers delivers the event before the 202.
    ++m_pendingWebhooks;
    int delay = std::max(0, m_options.webhookDelayMs);
    if (m_options.webhookJitterMs > 0)
        delay += int(m_random.bounded(m_options.webhookJitterMs + 1));
    QTimer::singleShot(delay, this, [this, ticketId] { resolve(ticketId); });

    if (chance(m_options.dropAnswerRate)) {
        // Never answered: the client's idle timeout ends the call with the body sent.
        ++m_counters.answersDropped;
        return;
    }
    answer(responder, HttpResponse(202, ticketJson(ticketId, QStringLiteral("PENDING"), QString())));
}

void RipioSandbox::handleRetrieve(const HttpRequest &request, const HttpResponder &responder)
{
    ++m_counters.retrieveRequests;
    if (!checkBearer(request, responder))
        return;
    if (injectFault(responder))
        return;
    QByteArray id = request.path.mid(ticketsPath.size());
    if (id.endsWith('/'))
        id.chop(1);
    const auto it = m_tickets.constFind(QString::fromLatin1(id).toLower());
    if (id.contains('/') || it == m_tickets.constEnd()) {
        answer(responder, ripioError(404, 20404, QStringLiteral("SupportTicketNotFoundException"),
                                     tr("Support ticket not found.")));
        return;
    }
    answer(responder, HttpResponse(200, ticketJson(it.key(), it->status, it->issueKey)));
}

void RipioSandbox::resolve(const QString &ticketId)
{
    const auto it = m_tickets.find(ticketId);
    if (it == m_tickets.end()) {
        --m_pendingWebhooks;
        return;
    }
    if (it->willFail) {
        it->status = QStringLiteral("FAILED");
    } else {
        it->status = QStringLiteral("CREATED");
        it->issueKey = QStringLiteral("SUP-") + QString::number(m_nextIssue++);
    }
    Q_EMIT ticketResolved(ticketId, it->status, it->issueKey);

    if (m_options.webhookUrl.isEmpty() || chance(m_options.dropWebhookRate)) {
        if (!m_options.webhookUrl.isEmpty())
            ++m_counters.webhooksDropped;
        --m_pendingWebhooks;
        return;
    }
    const Delivery delivery{
        ticketId, it->status,
        outcomeBody(ticketId, it->customerId, it->summary, it->status, it->issueKey, QDateTime::currentDateTimeUtc()),
        0};
    QList<Delivery> out{delivery};
    if (chance(m_options.duplicateWebhookRate)) {
        ++m_pendingWebhooks;
        out.append(delivery);
    }
    if (m_options.reorderWebhooks) {
        // Held back briefly and sent as a shuffled burst.
        if (m_burst.isEmpty())
            QTimer::singleShot(std::max(50, m_options.webhookJitterMs), this, &RipioSandbox::flushBurst);
        m_burst.append(out);
        return;
    }
    for (const Delivery &d : std::as_const(out))
        deliver(d);
}

void RipioSandbox::flushBurst()
{
    QList<Delivery> burst = std::exchange(m_burst, {});
    // Fisher-Yates with the seeded generator; a burst of two is always swapped so reordering shows.
    for (qsizetype i = burst.size() - 1; i > 0; --i)
        std::swap(burst[i], burst[qsizetype(m_random.bounded(quint32(i)))]);
    for (const Delivery &d : std::as_const(burst))
        deliver(d);
}

void RipioSandbox::deliver(const Delivery &delivery)
{
    Delivery next = delivery;
    ++next.attempt;
    ++m_counters.webhookAttempts;
    QNetworkRequest request(m_options.webhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10'000);
    QByteArray secret = m_options.webhookSecret;
    if (chance(m_options.badSignatureRate)) {
        ++m_counters.badSignaturesSent;
        secret += "-wrong";
    }
    request.setRawHeader(QByteArrayLiteral("X-Wh-Signature-256"), signatureHeaderValue(delivery.body, secret));
    QNetworkReply *reply = m_network->post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, next] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT webhookDelivered(next.ticketId, next.status, status);
        if (status >= 200 && status <= 299) {
            ++m_counters.webhooksDelivered;
            --m_pendingWebhooks;
            return;
        }
        if (next.attempt >= m_options.maxWebhookAttempts) {
            ++m_counters.webhooksAbandoned;
            --m_pendingWebhooks;
            qCWarning(lcRipio).noquote() << "sandbox: gave up delivering the outcome of" << next.ticketId;
            return;
        }
        const int wait = std::min(30'000, std::max(1, m_options.webhookRetryBaseMs) << std::min(next.attempt - 1, 10));
        QTimer::singleShot(wait, this, [this, next] { deliver(next); });
    });
}

} // namespace TicketDesk
