// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QTcpSocket;

namespace TicketDesk {

// Knobs of the Ripio sandbox (see RipioSandbox). Defaults give a well-behaved API.
struct SandboxOptions
{
    QString clientId = QStringLiteral("demo-client");
    QString clientSecret = QStringLiteral("demo-secret");
    QByteArray webhookSecret = "demo-webhook-secret";
    QUrl webhookUrl;           // where outcome events are POSTed; empty: none sent
    int webhookDelayMs = 1500; // from the 202 to the outcome event
    int tokenLifetimeSeconds = 36000;
    bool notEnabled = false;  // every create answers 403 / 20061
    double failureRate = 0.0; // extra random FAILED outcomes (0..1)
    quint32 seed = 1;
    QSet<QString> unknownCustomers;      // create answers "customer not found"
    QSet<QString> customersWithoutEmail; // create answers "customer has no email"
    // Faults
    double dropWebhookRate = 0.0;      // outcome events never sent (reconciliation must find them)
    double duplicateWebhookRate = 0.0; // sent twice
    bool reorderWebhooks = false;      // events of a burst sent in shuffled order
    int webhookJitterMs = 0;           // extra random delay per event
    double badSignatureRate = 0.0;     // signed with a wrong secret
    double rate429 = 0.0;              // API answers 429 with Retry-After
    double rate500 = 0.0;              // API answers 500
    int slowAnswerMs = 0;              // every API answer delayed
    // Create requests whose body is read (the ticket is made) but never answered, so the
    // client's idle timeout ends the call: "the answer was lost after the body was sent".
    double dropAnswerRate = 0.0;
    int webhookRetryBaseMs = 500; // redelivery after a non-2xx: base, 2x, 4x ... capped at 30 s
    int maxWebhookAttempts = 12;  // then the event is given up (counted in webhooksAbandoned)
    int retryAfterSeconds = 1;    // the Retry-After sent with a simulated 429
};

// What the sandbox did so far, for tests, benchmarks and the executable's log.
struct SandboxCounters
{
    int tokenRequests = 0;
    int tokensIssued = 0;
    int createRequests = 0;
    int ticketsAccepted = 0;
    int ticketsRejected = 0; // validation, unknown customer, not enabled, bad token
    int retrieveRequests = 0;
    int answers429 = 0;
    int answers500 = 0;
    int answersDropped = 0;
    int webhookAttempts = 0;   // POSTs sent, redeliveries included
    int webhooksDelivered = 0; // answered 2xx
    int webhooksDropped = 0;   // never sent, by the drop fault
    int webhooksAbandoned = 0; // maxWebhookAttempts reached without a 2xx
    int badSignaturesSent = 0;
};

// One file of a create request as the sandbox received it (its bytes are not kept).
struct SandboxAttachment
{
    QString fileName;
    QByteArray contentType;
    qint64 size = 0;
    QByteArray sha256; // hex
};

struct HttpRequest;
class HttpResponder;
class HttpResponse;
class HttpServer;

// A faithful simulator of Ripio's support-ticket API, served by the project's
// own HTTP server: token, create (multipart), retrieve, and signed outcome
// webhooks redelivered with backoff until they get a 2xx. Used by
// `ripio-sandbox`, `ticketdesk --demo`, the end-to-end tests and benchmarks.
//
//   RipioSandbox sandbox(options);
//   sandbox.listen();                 // 127.0.0.1, any port
//   client.baseUrl = sandbox.baseUrl();
//   sandbox.setWebhookUrl(engineListenerUrl);
//
// Outcomes: the first ticket of a customer whose summary contains the word
// "fail" (any case) ends FAILED, later ones with the same customer and summary
// end CREATED (a transient failure a retry cures); failureRate adds random
// failures; everything else ends CREATED with issueKey SUP-<n>. Randomness
// comes from `seed`, so a run can be repeated. Lives in one thread.
class RipioSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RipioSandbox)

public:
    explicit RipioSandbox(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~RipioSandbox() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // "The API is down": stops listening and closes every open connection once
    // what is in flight is answered. Tickets and scheduled webhooks are kept;
    // listen() again to come back. Until then the port stays reserved (a socket
    // bound to it, not listening: connections are refused), so that no other
    // socket on the machine is given it meanwhile and listen() on it succeeds.
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const { return m_errorString; }
    // http://address:port/ while listening, empty otherwise.
    QUrl baseUrl() const;

    void setWebhookUrl(const QUrl &url);
    SandboxOptions options() const { return m_options; }
    // Takes effect for requests and events from now on (the random sequence restarts from the seed).
    void setOptions(const SandboxOptions &options);

    SandboxCounters counters() const { return m_counters; }
    // Ripio's view of a ticket: "PENDING", "CREATED", "FAILED", or empty when unknown.
    QString ticketStatus(const QString &ticketId) const;
    QString issueKey(const QString &ticketId) const;
    // The files the create request of `ticketId` carried, in body order.
    QList<SandboxAttachment> attachments(const QString &ticketId) const;
    int ticketCount() const { return int(m_tickets.size()); }
    // Outcome events scheduled or being redelivered.
    int pendingWebhooks() const { return m_pendingWebhooks; }

Q_SIGNALS:
    void tokenIssued();
    void ticketAccepted(const QString &ticketId, const QString &customerId, const QString &summary);
    // The outcome was decided (the ticket left PENDING at "Ripio").
    void ticketResolved(const QString &ticketId, const QString &status, const QString &issueKey);
    // One delivery attempt of an outcome event ended; httpStatus 0 when no HTTP answer came.
    void webhookDelivered(const QString &ticketId, const QString &status, int httpStatus);

private:
    struct SandboxTicket
    {
        QString customerId;
        QString summary;
        QString status = QStringLiteral("PENDING");
        QString issueKey;
        bool willFail = false;
        QList<SandboxAttachment> attachments;
    };
    struct Delivery
    {
        QString ticketId;
        QString status;
        QByteArray body;
        int attempt = 0;
    };

    void onRequest(const HttpRequest &request, const HttpResponder &responder);
    void handleToken(const HttpRequest &request, const HttpResponder &responder);
    void handleCreate(const HttpRequest &request, const HttpResponder &responder);
    void handleRetrieve(const HttpRequest &request, const HttpResponder &responder);
    bool checkBearer(const HttpRequest &request, const HttpResponder &responder);
    bool injectFault(const HttpResponder &responder);
    void answer(const HttpResponder &responder, const HttpResponse &response);
    void resolve(const QString &ticketId);
    void flushBurst();
    void deliver(const Delivery &delivery);
    bool chance(double rate);

    SandboxOptions m_options;
    SystemClock m_clock; // the Date header of the sandbox's answers
    HttpServer *m_server = nullptr;
    QHostAddress m_address;
    QTcpSocket *m_portHold = nullptr; // while closed: keeps the port from other sockets
    QNetworkAccessManager *m_network;
    QRandomGenerator m_random;
    QString m_errorString;
    QHash<QString, QDeadlineTimer> m_tokens;
    QHash<QString, SandboxTicket> m_tickets;
    QSet<QString> m_failedOnce; // customerId + '\n' + summary of tickets that failed by the "fail" rule
    QList<Delivery> m_burst;    // first deliveries held back to be shuffled (reorderWebhooks)
    int m_nextIssue = 1;
    int m_pendingWebhooks = 0;
    SandboxCounters m_counters;
};

} // namespace TicketDesk
