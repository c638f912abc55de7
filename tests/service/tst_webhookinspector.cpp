// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/signature.h"
#include "service/webhookinspector.h"
#include "support/manualclock.h"

#include <QTest>

using namespace TicketDesk;

// Table tests of the socket-free half of the webhook pipeline: what each
// delivery means and what it must be answered.
class TestWebhookInspector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspect_data();
    void inspect();
    void whatCouldBeReadIsRecorded_data();
    void whatCouldBeReadIsRecorded();
    void headersOfInterestRedactsSignature();
    void headersOfInterestAreBounded();
};

namespace {

const QDateTime now = QDateTime(QDate(2026, 6, 26), QTime(14, 30), Qt::UTC);
const QByteArray current = "current-secret";
const QByteArray previous = "previous-secret";

QByteArray ticketBody(const char *issueDatetime, const char *status = "CREATED")
{
    const bool created = qstrcmp(status, "CREATED") == 0;
    return QByteArray(R"({"eventType":"SUPPORT_TICKET.)") + status + R"(","issueDatetime":")" + issueDatetime +
           R"(","supportTicket":{"ticketId":"6f1c2b3a-1111-4222-8333-944445555666",)"
           R"("customerId":"0a1b2c3d-0000-4000-8000-000000000001","issueKey":)" +
           (created ? QByteArray(R"("SUP-7")") : QByteArray("null")) + R"(,"summary":"Card","status":")" + status +
           R"("}})";
}

HttpRequest request(const QByteArray &body, const QByteArray &signature, const QByteArray &headerName)
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/webhooks/ripio";
    r.headers.append(HttpRequest::Header{"Content-Type", "application/json"});
    if (!signature.isNull())
        r.headers.append(HttpRequest::Header{headerName, signature});
    r.body = body;
    return r;
}

} // namespace

void TestWebhookInspector::inspect_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signWith"); // null: no header; "garbage": malformed value
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<bool>("requireSignature");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("late");
    QTest::addColumn<qint64>("skewMs"); // -1: none expected

    const auto apply = int(WebhookDecision::Action::ApplyFact);
    const auto record = int(WebhookDecision::Action::Record);
    const auto close = int(WebhookDecision::Action::CloseCustomer);
    const QByteArray onTime = ticketBody("2026-06-26T14:29:00.000Z");
    const QByteArray sig = "X-Wh-Signature-256";

    QTest::newRow("current secret") << onTime << current << sig << true << false << apply << 200 << QString() << false
                                    << qint64(60000);
    QTest::newRow("previous secret, documented header name")
        << onTime << previous << QByteArray("Http-X-Wh-Signature-256") << true << false << apply << 200 << QString()
        << false << qint64(60000);
    QTest::newRow("lowercase header name") << onTime << current << QByteArray("x-wh-signature-256") << true << false
                                           << apply << 200 << QString() << false << qint64(60000);
    QTest::newRow("missing signature") << onTime << QByteArray() << sig << true << false << record << 401
                                       << QString(DeliveryVerdicts::missingSignature) << false << qint64(-1);
    QTest::newRow("wrong secret") << onTime << QByteArray("other") << sig << true << false << record << 401
                                  << QString(DeliveryVerdicts::badSignature) << false << qint64(-1);
    QTest::newRow("malformed signature") << onTime << QByteArray("garbage") << sig << true << false << record << 401
                                         << QString(DeliveryVerdicts::badSignature) << false << qint64(-1);
    QTest::newRow("signed but not JSON") << QByteArray("{not json") << current << sig << true << false << record << 200
                                         << QString(DeliveryVerdicts::quarantined) << false << qint64(-1);
    QTest::newRow("signed, bad ticketId")
        << QByteArray(R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"2026-06-26T14:29:00Z",)"
                      R"("supportTicket":{"ticketId":"nope","customerId":"x","issueKey":"SUP-1","summary":"s",)"
                      R"("status":"CREATED"}})")
        << current << sig << true << false << record << 200 << QString(DeliveryVerdicts::quarantined) << false
        << qint64(-1);
    QTest::newRow("other family")
        << QByteArray(R"({"eventType":"ON_RAMP.COMPLETED","issueDatetime":"2026-06-26T14:29:30Z","onRamp":{}})")
        << current << sig << true << false << record << 200 << QString(DeliveryVerdicts::otherFamily) << false
        << qint64(30000);
    QTest::newRow("account closed")
        << QByteArray(R"({"eventType":"ACCOUNT.CLOSED","issueDatetime":"2026-06-26T14:29:00.000Z",)"
                      R"("account":{"customerId":"0a1b2c3d-0000-4000-8000-000000000001","isActive":false}})")
        << current << sig << true << false << close << 200 << QString(DeliveryVerdicts::accountClosed) << false
        << qint64(60000);
    QTest::newRow("late accepted by default")
        << ticketBody("2026-06-26T13:30:00.000Z") << current << sig << true << false << apply << 200
        << QString(DeliveryVerdicts::late) << true << qint64(3600000);
    QTest::newRow("future beyond window, accepted late")
        << ticketBody("2026-06-26T14:40:00Z") << current << sig << true << false << apply << 200
        << QString(DeliveryVerdicts::late) << true << qint64(-600000);
    QTest::newRow("late rejected when strict")
        << ticketBody("2026-06-26T13:30:00.000Z") << current << sig << true << true << record << 401
        << QString(DeliveryVerdicts::rejectedLate) << true << qint64(3600000);
    QTest::newRow("inside window when strict")
        << onTime << current << sig << true << true << apply << 200 << QString() << false << qint64(60000);
    QTest::newRow("a minute ahead, inside window") << ticketBody("2026-06-26T14:31:00Z") << current << sig << true
                                                   << true << apply << 200 << QString() << false << qint64(-60000);
    QTest::newRow("no signature needed") << ticketBody("2026-06-26T14:29:00.000000Z", "FAILED") << QByteArray() << sig
                                         << false << false << apply << 200 << QString() << false << qint64(60000);
}

void TestWebhookInspector::inspect()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signWith);
    QFETCH(QByteArray, headerName);
    QFETCH(bool, requireSignature);
    QFETCH(bool, strict);
    QFETCH(int, action);
    QFETCH(int, status);
    QFETCH(QString, verdict);
    QFETCH(bool, late);
    QFETCH(qint64, skewMs);

    ManualClock clock(now);
    WebhookInspector inspector(clock);
    inspector.setSecrets(current, previous, requireSignature);
    inspector.setReplayWindow(300, strict);

    QByteArray header;
    if (signWith == "garbage")
        header = "sha256=zz";
    else if (!signWith.isNull())
        header = signatureHeaderValue(body, signWith);
    const WebhookDecision d = inspector.inspect(request(body, header, headerName), QStringLiteral("127.0.0.1"));

    QCOMPARE(int(d.action), action);
    QCOMPARE(d.status, status);
    QCOMPARE(d.delivery.verdict, verdict);
    QCOMPARE(d.late, late);
    QCOMPARE(d.delivery.body, body);
    QCOMPARE(d.delivery.receivedAt, now);
    QCOMPARE(d.delivery.peerAddress, QStringLiteral("127.0.0.1"));
    if (skewMs == -1)
        QVERIFY(!d.delivery.skewMs.has_value() || status == 200);
    else
        QCOMPARE(d.delivery.skewMs.value_or(-42), skewMs);
    if (late)
        QVERIFY2(d.delivery.detail.contains(QString::number(skewMs / 1000) + QStringLiteral(" s")),
                 qPrintable(d.delivery.detail));
    if (action == int(WebhookDecision::Action::ApplyFact)) {
        QVERIFY(d.fact.has_value());
        QCOMPARE(d.fact->kind, Fact::Kind::Webhook);
        QCOMPARE(d.fact->ticketId, QStringLiteral("6f1c2b3a-1111-4222-8333-944445555666"));
        QCOMPARE(d.delivery.ticketId, d.fact->ticketId);
        // When it happened: never after it arrived (a sender's clock ahead would date a ticket,
        // or its outcome, in the future).
        QCOMPARE(d.fact->at, skewMs < 0 ? now : now.addMSecs(-skewMs));
    } else {
        QVERIFY(!d.fact.has_value());
    }
    if (action == int(WebhookDecision::Action::CloseCustomer))
        QCOMPARE(d.customerId, QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001"));
    // Counted apart (the rotation is over when none come), and said in the delivery's detail,
    // with no separator left dangling after it.
    const bool previousSecret = QTest::currentDataTag() == QByteArrayLiteral("previous secret, documented header name");
    QCOMPARE(d.previousSecret, previousSecret);
    if (previousSecret)
        QCOMPARE(d.delivery.detail, QStringLiteral("signed with the previous secret"));
    QVERIFY2(!d.delivery.detail.endsWith(QStringLiteral("; ")) || d.late, qPrintable(d.delivery.detail));
}

void TestWebhookInspector::whatCouldBeReadIsRecorded_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<QString>("ticketId");
    QTest::addColumn<QDateTime>("eventTime");

    const QString created = u"SUPPORT_TICKET.CREATED"_qs;
    const QString id = u"6f1c2b3a-1111-4222-8333-944445555666"_qs;
    const QDateTime early(QDate(2026, 6, 26), QTime(13, 30), Qt::UTC);
    QByteArray noSummary = ticketBody("2026-06-26T14:29:00.000Z");
    noSummary.replace(R"("summary":"Card",)", "");
    QByteArray badCustomer = ticketBody("2026-06-26T14:29:00.000Z");
    badCustomer.replace("0a1b2c3d-0000-4000-8000-000000000001", "someone");

    // A signed body that names its ticket but cannot be used: the type, ticket and time stay.
    QTest::newRow("summary missing") << noSummary << false << QString(DeliveryVerdicts::quarantined) << created << id
                                     << QDateTime(QDate(2026, 6, 26), QTime(14, 29), Qt::UTC);
    QTest::newRow("customerId not a UUID") << badCustomer << false << QString(DeliveryVerdicts::quarantined) << created
                                           << id << QDateTime(QDate(2026, 6, 26), QTime(14, 29), Qt::UTC);
    QTest::newRow("ticketId not a UUID")
        << QByteArray(R"({"eventType":"SUPPORT_TICKET.FAILED","supportTicket":{"ticketId":"nope"}})") << false
        << QString(DeliveryVerdicts::quarantined) << u"SUPPORT_TICKET.FAILED"_qs << QString() << QDateTime();
    // Read after a valid time: a ticketId that is no UUID is not kept (any string, as long as
    // the body allows, would have been).
    QTest::newRow("ticketId not a UUID, after the time")
        << QByteArray(R"({"eventType":"SUPPORT_TICKET.FAILED","issueDatetime":"2026-06-26T14:29:00Z",)"
                      R"("supportTicket":{"ticketId":"nope"}})")
        << false << QString(DeliveryVerdicts::quarantined) << u"SUPPORT_TICKET.FAILED"_qs << QString()
        << QDateTime(QDate(2026, 6, 26), QTime(14, 29), Qt::UTC);
    QTest::newRow("not JSON") << QByteArray("{\"eventType\":") << false << QString(DeliveryVerdicts::quarantined)
                              << QString() << QString() << QDateTime();
    QTest::newRow("rejected as late") << ticketBody("2026-06-26T13:30:00.000Z") << true
                                      << QString(DeliveryVerdicts::rejectedLate) << created << id << early;
}

void TestWebhookInspector::whatCouldBeReadIsRecorded()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, strict);
    QFETCH(QString, verdict);
    QFETCH(QString, eventType);
    QFETCH(QString, ticketId);
    QFETCH(QDateTime, eventTime);

    ManualClock clock(now);
    WebhookInspector inspector(clock);
    inspector.setSecrets(current, previous, true);
    inspector.setReplayWindow(300, strict);
    const WebhookDecision d = inspector.inspect(
        request(body, signatureHeaderValue(body, current), "X-Wh-Signature-256"), QStringLiteral("127.0.0.1"));

    QCOMPARE(int(d.action), int(WebhookDecision::Action::Record));
    QVERIFY(!d.fact.has_value());
    QCOMPARE(d.delivery.verdict, verdict);
    QCOMPARE(d.delivery.eventType, eventType);
    QCOMPARE(d.delivery.ticketId, ticketId);
    QCOMPARE(d.delivery.eventTime, eventTime);
    QCOMPARE(d.delivery.skewMs.has_value(), eventTime.isValid());
}

void TestWebhookInspector::headersOfInterestRedactsSignature()
{
    const QByteArray body = ticketBody("2026-06-26T14:29:00Z");
    const QByteArray sig = signatureHeaderValue(body, current);
    HttpRequest r = request(body, sig, "X-Wh-Signature-256");
    r.headers.append(HttpRequest::Header{"Authorization", "Bearer secret-token"});
    r.headers.append(HttpRequest::Header{"USER-AGENT", "Ripio-Webhooks/1"});
    r.headers.append(HttpRequest::Header{"x-forwarded-for", "203.0.113.7"});
    r.headers.append(HttpRequest::Header{"X-Forwarded-Forx", "198.51.100.1"});
    const QString headers = WebhookInspector::headersOfInterest(r);
    QVERIFY(headers.contains(QStringLiteral("Content-Type: application/json")));
    // Kept by name in any case, and only those names.
    QVERIFY(headers.contains(QStringLiteral("USER-AGENT: Ripio-Webhooks/1")));
    QVERIFY(headers.contains(QStringLiteral("x-forwarded-for: 203.0.113.7")));
    QVERIFY(!headers.contains(QStringLiteral("198.51.100.1")));
    QVERIFY(headers.contains(QStringLiteral("(redacted)")));
    QVERIFY(!headers.contains(QString::fromLatin1(sig)));
    QVERIFY(!headers.contains(QStringLiteral("secret-token")));
}

// Headers are not signed: a replay of a captured delivery, or a rejected one, padded with long or
// repeated headers keeps a bounded few, each cut; UTF-8 stays UTF-8.
void TestWebhookInspector::headersOfInterestAreBounded()
{
    const QByteArray body = ticketBody("2026-06-26T14:29:00Z");
    HttpRequest r = request(body, signatureHeaderValue(body, current), "X-Wh-Signature-256");
    r.headers.append(HttpRequest::Header{"User-Agent", "Agente/1 ñandú " + QByteArray(16000, 'u')});
    for (int i = 0; i < 60; ++i)
        r.headers.append(HttpRequest::Header{"X-Forwarded-For", "203.0.113." + QByteArray::number(i)});
    const QString headers = WebhookInspector::headersOfInterest(r);
    const QStringList lines = headers.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), WebhookInspector::keptHeaderLines + 1);
    QVERIFY2(headers.toUtf8().size() < 3000, qPrintable(QString::number(headers.toUtf8().size())));
    const QString agent = lines.at(2); // after Content-Type and the signature
    QVERIFY2(agent.startsWith(QStringLiteral("User-Agent: Agente/1 ñandú uuu")), qPrintable(agent));
    QVERIFY2(agent.endsWith(QStringLiteral("… (16017 bytes)")), qPrintable(agent));
    QVERIFY(agent.size() < 300);
    QCOMPARE(lines.last(), QStringLiteral("(55 more of these headers not kept)"));
    // A cut through a character leaves no half of it.
    HttpRequest cut = request(body, QByteArray(), "X-Wh-Signature-256");
    cut.headers = {HttpRequest::Header{"User-Agent", QByteArray(255, 'a') + "\xc3\xb1" + QByteArray(10, 'b')}};
    QCOMPARE(WebhookInspector::headersOfInterest(cut),
             QStringLiteral("User-Agent: ") + QString(255, QLatin1Char('a')) + QStringLiteral("… (267 bytes)"));
}

QTEST_GUILESS_MAIN(TestWebhookInspector)
#include "tst_webhookinspector.moc"
