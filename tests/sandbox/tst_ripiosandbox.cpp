// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "core/signature.h"
#include "http/httpresponder.h"
#include "http/httpserver.h"
#include "sandbox/ripiosandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace TicketDesk;
using Fields = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QString customer = QStringLiteral("9b2c6c1e-1f1a-4d55-9e0e-2a8f6f7f1a01");

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
};

// A webhook endpoint on the project's own server that answers with `status` and keeps the bodies.
struct Hook
{
    SystemClock clock;
    HttpServer server{clock};
    QList<HttpRequest> received;
    int status = 200;

    Hook()
    {
        server.setRoutes({HttpRoute{"/hook", {"POST"}}});
        QObject::connect(&server, &HttpServer::requestReceived, &server,
                         [this](const HttpRequest &r, const HttpResponder &responder) {
                             received.append(r);
                             responder.respond(HttpResponse(status));
                         });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(server.serverPort())); }
};

} // namespace

class TestRipioSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void token_data();
    void token();
    void create_data();
    void create();
    void notEnabled();
    void retrieveAndWebhook();
    void failOnceThenCreated();
    void redeliversUntil2xx();
    void faults();
    void closedKeepsItsPort();

private:
    Answer call(QNetworkRequest request, const QByteArray &method, const QByteArray &body = {});
    QString token(RipioSandbox &sandbox);
    Answer create(RipioSandbox &sandbox, const QString &token, const QList<QPair<QByteArray, QByteArray>> &fields);

    QNetworkAccessManager m_network;
};

Answer TestRipioSandbox::call(QNetworkRequest request, const QByteArray &method, const QByteArray &body)
{
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    reply->deleteLater();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.json = QJsonDocument::fromJson(reply->readAll()).object();
    a.retryAfter = reply->rawHeader("Retry-After");
    return a;
}

QString TestRipioSandbox::token(RipioSandbox &sandbox)
{
    QNetworkRequest r(sandbox.baseUrl().resolved(QUrl(QStringLiteral("oauth2/token/"))));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    r.setRawHeader("Authorization", "Basic " + QByteArray("demo-client:demo-secret").toBase64());
    return call(r, "POST", "grant_type=client_credentials").json.value(QLatin1StringView("accessToken")).toString();
}

Answer TestRipioSandbox::create(RipioSandbox &sandbox, const QString &token,
                                const QList<QPair<QByteArray, QByteArray>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += "--b0\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    body += "--b0--\r\n";
    QNetworkRequest r(sandbox.baseUrl().resolved(QUrl(QStringLiteral("api/v1/supportTickets/"))));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("multipart/form-data; boundary=b0"));
    r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return call(r, "POST", body);
}

void TestRipioSandbox::token_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray good = "Basic " + QByteArray("demo-client:demo-secret").toBase64();
    QTest::newRow("good") << good << QByteArray("grant_type=client_credentials") << 200;
    QTest::newRow("wrong secret") << QByteArray("Basic " + QByteArray("demo-client:nope").toBase64())
                                  << QByteArray("grant_type=client_credentials") << 401;
    QTest::newRow("no auth") << QByteArray() << QByteArray("grant_type=client_credentials") << 401;
    QTest::newRow("bearer instead") << QByteArray("Bearer x") << QByteArray("grant_type=client_credentials") << 401;
    QTest::newRow("wrong grant") << good << QByteArray("grant_type=password") << 400;
}

void TestRipioSandbox::token()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    SandboxOptions o;
    o.tokenLifetimeSeconds = 77;
    RipioSandbox sandbox(o);
    QVERIFY(sandbox.listen());
    QNetworkRequest r(sandbox.baseUrl().resolved(QUrl(QStringLiteral("oauth2/token/"))));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!authorization.isEmpty())
        r.setRawHeader("Authorization", authorization);
    const Answer a = call(r, "POST", body);
    QCOMPARE(a.status, status);
    if (status == 200) {
        QCOMPARE(a.json.value(QLatin1StringView("tokenType")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(a.json.value(QLatin1StringView("expiresIn")).toInt(), 77);
        QVERIFY(a.json.value(QLatin1StringView("accessToken")).toString().size() >= 32);
        QCOMPARE(sandbox.counters().tokensIssued, 1);
    } else {
        QCOMPARE(a.json.value(QLatin1StringView("status")).toInt(), status);
        QVERIFY(!a.json.value(QLatin1StringView("type")).toString().isEmpty());
        QCOMPARE(sandbox.counters().tokensIssued, 0);
    }
}

void TestRipioSandbox::create_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<bool>("goodToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    using F = QList<QPair<QByteArray, QByteArray>>;
    const QByteArray c = customer.toLatin1();
    QTest::newRow("accepted") << F{{"customerId", c}, {"summary", "Card declined"}, {"description", "d"}} << true << 202
                              << QString();
    QTest::newRow("bad token") << F{{"customerId", c}, {"summary", "s"}} << false << 401
                               << QStringLiteral("InvalidTokenException");
    QTest::newRow("missing customer") << F{{"summary", "s"}} << true << 400 << QStringLiteral("ValidationException");
    QTest::newRow("customer not uuid") << F{{"customerId", "42"}, {"summary", "s"}} << true << 400
                                       << QStringLiteral("ValidationException");
    QTest::newRow("blank summary") << F{{"customerId", c}, {"summary", "  "}} << true << 400
                                   << QStringLiteral("ValidationException");
    QTest::newRow("unknown field") << F{{"customerId", c}, {"summary", "s"}, {"priority", "1"}} << true << 400
                                   << QStringLiteral("ValidationException");
    QTest::newRow("repeated summary") << F{{"customerId", c}, {"summary", "s"}, {"summary", "t"}} << true << 400
                                      << QStringLiteral("ValidationException");
    QTest::newRow("unknown customer") << F{{"customerId", "00000000-0000-4000-8000-000000000001"}, {"summary", "s"}}
                                      << true << 404 << QStringLiteral("CustomerNotFoundException");
    QTest::newRow("no email") << F{{"customerId", "00000000-0000-4000-8000-000000000002"}, {"summary", "s"}} << true
                              << 400 << QStringLiteral("CustomerWithoutEmailException");
}

void TestRipioSandbox::create()
{
    QFETCH(Fields, fields);
    QFETCH(bool, goodToken);
    QFETCH(int, status);
    QFETCH(QString, type);
    SandboxOptions o;
    o.unknownCustomers = {QStringLiteral("00000000-0000-4000-8000-000000000001")};
    o.customersWithoutEmail = {QStringLiteral("00000000-0000-4000-8000-000000000002")};
    RipioSandbox sandbox(o);
    QVERIFY(sandbox.listen());
    QSignalSpy accepted(&sandbox, &RipioSandbox::ticketAccepted);
    const Answer a = create(sandbox, goodToken ? token(sandbox) : QStringLiteral("forged"), fields);
    QCOMPARE(a.status, status);
    if (status == 202) {
        const QString id = a.json.value(QLatin1StringView("ticketId")).toString();
        QCOMPARE(a.json.value(QLatin1StringView("status")).toString(), QStringLiteral("PENDING"));
        QVERIFY(a.json.value(QLatin1StringView("issueKey")).isNull());
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().at(0).toString(), id);
        QCOMPARE(sandbox.ticketStatus(id), QStringLiteral("PENDING"));
    } else {
        QCOMPARE(a.json.value(QLatin1StringView("type")).toString(), type);
        QCOMPARE(a.json.value(QLatin1StringView("status")).toInt(), status);
        QVERIFY(a.json.contains(QLatin1StringView("code")));
        QVERIFY(a.json.contains(QLatin1StringView("detail")));
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(sandbox.ticketCount(), 0);
    }
}

void TestRipioSandbox::notEnabled()
{
    SandboxOptions o;
    o.notEnabled = true;
    RipioSandbox sandbox(o);
    QVERIFY(sandbox.listen());
    const Answer a = create(sandbox, token(sandbox), {{"customerId", customer.toLatin1()}, {"summary", "s"}});
    QCOMPARE(a.status, 403);
    QCOMPARE(a.json.value(QLatin1StringView("code")).toInt(), 20061);
    QCOMPARE(a.json.value(QLatin1StringView("type")).toString(), QStringLiteral("SupportTicketsNotEnabledException"));
    QCOMPARE(sandbox.ticketCount(), 0);
}

void TestRipioSandbox::retrieveAndWebhook()
{
    Hook hook;
    QVERIFY(hook.server.listen());
    SandboxOptions o;
    o.webhookDelayMs = 100;
    o.webhookSecret = "s3cret";
    RipioSandbox sandbox(o);
    QVERIFY(sandbox.listen());
    sandbox.setWebhookUrl(hook.url());
    QSignalSpy delivered(&sandbox, &RipioSandbox::webhookDelivered);
    const QString t = token(sandbox);
    const QByteArray summary = QStringLiteral("Caf\u00e9 \"quoted\" \u20ac").toUtf8();
    const Answer a = create(sandbox, t, {{"customerId", customer.toLatin1()}, {"summary", summary}});
    QCOMPARE(a.status, 202);
    const QString id = a.json.value(QLatin1StringView("ticketId")).toString();

    QNetworkRequest get(sandbox.baseUrl().resolved(QUrl(QStringLiteral("api/v1/supportTickets/") + id + u'/')));
    get.setRawHeader("Authorization", "Bearer " + t.toLatin1());
    QCOMPARE(call(get, "GET").json.value(QLatin1StringView("status")).toString(), QStringLiteral("PENDING"));

    QVERIFY(delivered.wait(5000));
    QCOMPARE(delivered.first().at(2).toInt(), 200);
    QCOMPARE(hook.received.size(), 1);
    const HttpRequest &r = hook.received.first();
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(verifySignature(r.header("X-Wh-Signature-256"), r.body, "s3cret"), SignatureVerdict::ValidCurrent);
    // Compact, ASCII only, Ripio's field order, non-ASCII escaped.
    for (char c : r.body)
        QVERIFY(uchar(c) < 0x80);
    QVERIFY(r.body.startsWith("{\"eventType\":\"SUPPORT_TICKET.CREATED\",\"issueDatetime\":\""));
    QVERIFY(r.body.contains("\"summary\":\"Caf\\u00e9 \\\"quoted\\\" \\u20ac\""));
    QVERIFY(!r.body.contains(": "));
    const QJsonObject ticket =
        QJsonDocument::fromJson(r.body).object().value(QLatin1StringView("supportTicket")).toObject();
    QCOMPARE(ticket.value(QLatin1StringView("ticketId")).toString(), id);
    QCOMPARE(ticket.value(QLatin1StringView("summary")).toString(), QString::fromUtf8(summary));
    QVERIFY(ticket.value(QLatin1StringView("issueKey")).toString().startsWith(QLatin1StringView("SUP-")));

    const Answer after = call(get, "GET");
    QCOMPARE(after.json.value(QLatin1StringView("status")).toString(), QStringLiteral("CREATED"));
    QCOMPARE(after.json.value(QLatin1StringView("issueKey")).toString(), sandbox.issueKey(id));

    QNetworkRequest unknown(sandbox.baseUrl().resolved(
        QUrl(QStringLiteral("api/v1/supportTickets/00000000-0000-4000-8000-0000000000ff/"))));
    unknown.setRawHeader("Authorization", "Bearer " + t.toLatin1());
    QCOMPARE(call(unknown, "GET").status, 404);
}

void TestRipioSandbox::failOnceThenCreated()
{
    SandboxOptions o;
    o.webhookDelayMs = 0;
    RipioSandbox sandbox(o);
    QVERIFY(sandbox.listen());
    QSignalSpy resolved(&sandbox, &RipioSandbox::ticketResolved);
    const QString t = token(sandbox);
    const QByteArray c = customer.toLatin1();
    QCOMPARE(create(sandbox, t, {{"customerId", c}, {"summary", "Payout FAIL again"}}).status, 202);
    QCOMPARE(create(sandbox, t, {{"customerId", c}, {"summary", "Payout FAIL again"}}).status, 202);
    QCOMPARE(create(sandbox, t, {{"customerId", c}, {"summary", "failure is not the word"}}).status, 202);
    QTRY_COMPARE(resolved.size(), 3);
    QCOMPARE(resolved.at(0).at(1).toString(), QStringLiteral("FAILED"));
    QVERIFY(resolved.at(0).at(2).toString().isEmpty());
    QCOMPARE(resolved.at(1).at(1).toString(), QStringLiteral("CREATED"));
    QCOMPARE(resolved.at(2).at(1).toString(), QStringLiteral("CREATED"));
}

void TestRipioSandbox::redeliversUntil2xx()
{
    Hook hook;
    hook.status = 503;
    QVERIFY(hook.server.listen());
    SandboxOptions o;
    o.webhookDelayMs = 0;
    o.webhookRetryBaseMs = 50;
    RipioSandbox sandbox(o);
    QVERIFY(sandbox.listen());
    sandbox.setWebhookUrl(hook.url());
    QSignalSpy delivered(&sandbox, &RipioSandbox::webhookDelivered);
    QCOMPARE(create(sandbox, token(sandbox), {{"customerId", customer.toLatin1()}, {"summary", "s"}}).status, 202);
    QTRY_COMPARE(delivered.size(), 3);
    hook.status = 204;
    QTRY_COMPARE(sandbox.counters().webhooksDelivered, 1);
    QCOMPARE(delivered.last().at(2).toInt(), 204);
    QCOMPARE(sandbox.pendingWebhooks(), 0);
    // Every attempt carries the same body: a redelivery, not a new event.
    for (const HttpRequest &r : std::as_const(hook.received))
        QCOMPARE(r.body, hook.received.first().body);
}

void TestRipioSandbox::faults()
{
    SandboxOptions o;
    o.rate429 = 1.0;
    o.retryAfterSeconds = 7;
    RipioSandbox sandbox(o);
    QVERIFY(sandbox.listen());
    const QString t = token(sandbox);
    const Answer a = create(sandbox, t, {{"customerId", customer.toLatin1()}, {"summary", "s"}});
    QCOMPARE(a.status, 429);
    QCOMPARE(a.retryAfter, QByteArray("7"));
    o.rate429 = 0;
    o.rate500 = 1.0;
    sandbox.setOptions(o);
    QCOMPARE(create(sandbox, t, {{"customerId", customer.toLatin1()}, {"summary", "s"}}).status, 500);
    QCOMPARE(sandbox.ticketCount(), 0);
    o.rate500 = 0;
    o.slowAnswerMs = 300;
    sandbox.setOptions(o);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(create(sandbox, t, {{"customerId", customer.toLatin1()}, {"summary", "s"}}).status, 202);
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(sandbox.counters().answers429, 1);
    QCOMPARE(sandbox.counters().answers500, 1);
}

// "The API is down" refuses connections, and keeps its port from every other
// socket until it listens there again: the engine knows no other address.
void TestRipioSandbox::closedKeepsItsPort()
{
    RipioSandbox sandbox;
    QVERIFY(sandbox.listen());
    const quint16 port = sandbox.serverPort();
    sandbox.close(); // before any connection: nothing else holds the port
    QVERIFY(!sandbox.isListening());

    QTcpSocket other;
    QVERIFY2(!other.bind(QHostAddress::LocalHost, port, QAbstractSocket::DontShareAddress),
             "the port of a closed sandbox was free to take");
    QCOMPARE(other.error(), QAbstractSocket::AddressInUseError);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!client.waitForConnected(5000));
    QCOMPARE(client.error(), QAbstractSocket::ConnectionRefusedError);

    QVERIFY2(sandbox.listen(QHostAddress::LocalHost, port), qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.serverPort(), port);
    QVERIFY(!token(sandbox).isEmpty());
}

QTEST_GUILESS_MAIN(TestRipioSandbox)
#include "tst_ripiosandbox.moc"
