// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/signature.h"
#include "http/httpserver.h"
#include "service/rejectionlimiter.h"
#include "service/webhookreceiver.h"
#include "store/databaselocation.h"
#include "store/ticketstore.h"
#include "support/fakefreespace.h"
#include "support/manualclock.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace TicketDesk;

// The receiver end to end on a real HttpServer and a real SQLite store, driven
// by raw sockets: answers come only after the commit, batches, duplicates,
// refusals, store failure and /healthz.
class TestWebhookReceiver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acknowledgesOnlyAfterCommit();
    void pipelinedBatchAllCommitted();
    void duplicatesHaveNoSecondEffect();
    void aLateConflictIsRecordedAsAConflict();
    void badSignatureRecordsDelivery_data();
    void badSignatureRecordsDelivery();
    void aWrongSecretIsWarnedOf();
    void storeFailureAnswers503();
    void healthzReportsCounters();
    void summaryNamesEveryVerdict();
    void previousSecretDeliveriesAreCounted();
    void rejectedBodyKeepsPrefixSizeAndHash();
    void largeBodiesInOrder();
    void largeBodyBudgetSparesValidEvents();
    void rejectedOverCapOnlyCounted();
    void suppressedCountCommittedByTheWriter();
    void forwardedForOnlyFromTrustedProxies();
    void manyAddressesMakeAFewCounts();
    void lowDiskStopsRecordingRejected();
    void fullDiskAnswers503AndHealthzSaysWhy();
    void storeDiskFullAnswers503();

private:
    // The receiver's disk guard on a fake probe; `bytes` is what it reports.
    std::shared_ptr<FakeFreeSpace::State> fakeDisk(qint64 bytes);
    // GET /healthz on a new connection: the status line's code and the JSON body.
    QPair<int, QJsonObject> healthz();
    QByteArray post(const QByteArray &body, const QByteArray &signature) const;
    // Sends `bytes` on a new connection; returns the socket collecting answers in m_received.
    QTcpSocket *send(const QByteArray &bytes);
    static int countResponses(const QByteArray &bytes) { return int(bytes.count("HTTP/1.1 ")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<WebhookReceiver> m_receiver;
    QByteArray m_received;
    std::function<void()> m_onFirstBytes;
};

namespace {

const QByteArray secret = "receiver-secret";

QString uuid(int n)
{
    return QStringLiteral("6f1c2b3a-1111-4222-8333-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QByteArray eventBody(int n, bool created = true)
{
    return QStringLiteral(R"({"eventType":"SUPPORT_TICKET.%1","issueDatetime":"2026-06-26T14:29:00.000Z",)"
                          R"("supportTicket":{"ticketId":"%2","customerId":"0a1b2c3d-0000-4000-8000-000000000001",)"
                          R"("issueKey":%3,"summary":"n%4","status":"%1"}})")
        .arg(created ? QStringLiteral("CREATED") : QStringLiteral("FAILED"), uuid(n),
             created ? QStringLiteral("\"SUP-%1\"").arg(n) : QStringLiteral("null"), QString::number(n))
        .toUtf8();
}

} // namespace

void TestWebhookReceiver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 6, 26), QTime(14, 30), Qt::UTC));
    m_store = std::make_unique<TicketStore>(*m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("t.sqlite"))).ok());
    m_server = std::make_unique<HttpServer>(*m_clock);
    m_server->setRoutes({HttpRoute{"/webhooks/ripio", {"POST"}}, HttpRoute{"/healthz", {"GET"}}});
    m_receiver = std::make_unique<WebhookReceiver>(*m_server, *m_store, *m_clock);
    m_receiver->inspector().setSecrets(secret, QByteArray(), true);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_received.clear();
    m_onFirstBytes = nullptr;
}

void TestWebhookReceiver::cleanup()
{
    m_receiver.reset();
    m_server.reset();
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

QByteArray TestWebhookReceiver::post(const QByteArray &body, const QByteArray &signature) const
{
    QByteArray r = "POST /webhooks/ripio HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                   "Content-Length: " +
                   QByteArray::number(body.size()) + "\r\n";
    if (!signature.isNull())
        r += "X-Wh-Signature-256: " + signature + "\r\n";
    return r + "\r\n" + body;
}

QTcpSocket *TestWebhookReceiver::send(const QByteArray &bytes)
{
    auto *socket = new QTcpSocket(this);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (m_received.isEmpty() && m_onFirstBytes)
            m_onFirstBytes();
        m_received += socket->readAll();
    });
    socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    socket->write(bytes);
    return socket;
}

void TestWebhookReceiver::acknowledgesOnlyAfterCommit()
{
    // A second connection to the same file sees only committed data.
    TicketStore observer(*m_clock);
    QVERIFY(observer.open(m_store->path()).ok());
    bool rowPresentAtAnswer = false;
    m_onFirstBytes = [&] {
        const auto t = observer.ticketByTicketId(uuid(1));
        rowPresentAtAnswer = t && t->status == TicketStatus::Created && t->issueKey == QStringLiteral("SUP-1");
    };
    const QByteArray body = eventBody(1);
    send(post(body, signatureHeaderValue(body, secret)));
    QTRY_COMPARE(countResponses(m_received), 1);
    QVERIFY2(m_received.startsWith("HTTP/1.1 200"), m_received.constData());
    QVERIFY(rowPresentAtAnswer);
    QCOMPARE(observer.deliveries().size(), 1);
    QCOMPARE(m_receiver->counters().applied, 1);
}

void TestWebhookReceiver::pipelinedBatchAllCommitted()
{
    constexpr int n = 60;
    QByteArray bytes;
    for (int i = 0; i < n; ++i) {
        const QByteArray body = eventBody(100 + i, i % 2 == 0);
        bytes += post(body, signatureHeaderValue(body, secret));
    }
    QSignalSpy recorded(m_receiver.get(), &WebhookReceiver::deliveriesRecorded);
    send(bytes);
    QTRY_COMPARE(countResponses(m_received), n);
    QCOMPARE(m_received.count("HTTP/1.1 200"), n);
    // Pipelined requests share transactions: fewer batches than requests.
    QVERIFY2(recorded.size() < n, QByteArray::number(recorded.size()).constData());
    QCOMPARE(m_store->tickets().size(), n);
    QCOMPARE(m_store->deliveries().size(), n);
    QCOMPARE(m_store->ticketByTicketId(uuid(101))->status, TicketStatus::Failed);
    QCOMPARE(m_store->ticketByTicketId(uuid(100))->status, TicketStatus::Created);
}

void TestWebhookReceiver::duplicatesHaveNoSecondEffect()
{
    const QByteArray body = eventBody(7);
    const QByteArray one = post(body, signatureHeaderValue(body, secret));
    send(one + one);
    QTRY_COMPARE(countResponses(m_received), 2);
    send(one);
    QTRY_COMPARE(countResponses(m_received), 3);
    QCOMPARE(m_received.count("HTTP/1.1 200"), 3);
    QCOMPARE(m_received.count("\"verdict\":\"duplicate\""), 2);
    QCOMPARE(m_store->tickets().size(), 1);
    QCOMPARE(m_store->deliveries().size(), 3);
    QCOMPARE(m_receiver->counters().applied, 1);
    QCOMPARE(m_receiver->counters().duplicates, 2);
    const Ticket t = *m_store->ticketByTicketId(uuid(7));
    QCOMPARE(t.status, TicketStatus::Created);
    QVERIFY(!t.conflict);
}

// Issued outside the replay window: an event the lifecycle applies is flagged "late"; one that
// contradicts a terminal outcome is a conflict however late it came (the deliveries view lists
// conflicts among the problems; "late" is not one).
void TestWebhookReceiver::aLateConflictIsRecordedAsAConflict()
{
    const QByteArray created = eventBody(8);
    send(post(created, signatureHeaderValue(created, secret)));
    QTRY_COMPARE(countResponses(m_received), 1);
    m_clock->advance(3600 * 1000); // the events were issued at 14:29
    QSignalSpy recorded(m_receiver.get(), &WebhookReceiver::deliveriesRecorded);
    const QByteArray failed = eventBody(8, false);
    const QByteArray lateNew = eventBody(9);
    send(post(failed, signatureHeaderValue(failed, secret)) + post(lateNew, signatureHeaderValue(lateNew, secret)));
    QTRY_COMPARE(countResponses(m_received), 3);
    QCOMPARE(m_received.count("HTTP/1.1 200"), 3);
    QCOMPARE(m_received.count("\"verdict\":\"conflict\""), 1);
    QCOMPARE(m_received.count("\"verdict\":\"late\""), 1);
    QCOMPARE(m_receiver->counters().conflicts, 1);
    QCOMPARE(m_receiver->counters().late, 1); // the conflict counts as one, as stats counts it
    QVERIFY(m_store->ticketByTicketId(uuid(8))->conflict);

    // As stored, and as the deliveries view is told.
    QList<DeliveryRecord> told;
    for (const QList<QVariant> &signal : std::as_const(recorded))
        told += signal.at(0).value<QList<DeliveryRecord>>();
    QCOMPARE(told.size(), 2);
    for (const QList<DeliveryRecord> &records : {told, m_store->deliveries()}) {
        const auto find = [&records](int n) {
            for (const DeliveryRecord &r : records)
                if (r.ticketId == uuid(n) && r.receivedAt == QDateTime(QDate(2026, 6, 26), QTime(15, 30), Qt::UTC))
                    return r;
            return DeliveryRecord();
        };
        const DeliveryRecord conflict = find(8);
        QCOMPARE(conflict.verdict, QStringLiteral("conflict"));
        QVERIFY2(conflict.detail.startsWith(QStringLiteral("issueDatetime 3660 s from arrival")),
                 qPrintable(conflict.detail));
        const DeliveryRecord late = find(9);
        QCOMPARE(late.verdict, QStringLiteral("late"));
        QVERIFY2(late.detail.endsWith(QStringLiteral("unknown-ticket-created")), qPrintable(late.detail));
    }
}

void TestWebhookReceiver::badSignatureRecordsDelivery_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("verdict");
    const QByteArray body = eventBody(9);
    QTest::newRow("missing") << QByteArray() << QString(DeliveryVerdicts::missingSignature);
    QTest::newRow("wrong secret") << signatureHeaderValue(body, "nope") << QString(DeliveryVerdicts::badSignature);
}

void TestWebhookReceiver::badSignatureRecordsDelivery()
{
    QFETCH(QByteArray, signature);
    QFETCH(QString, verdict);
    send(post(eventBody(9), signature));
    QTRY_COMPARE(countResponses(m_received), 1);
    QVERIFY2(m_received.startsWith("HTTP/1.1 401"), m_received.constData());
    QVERIFY(m_store->tickets().isEmpty());
    const QList<DeliveryRecord> deliveries = m_store->deliveries();
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().verdict, verdict);
    QCOMPARE(deliveries.first().body, eventBody(9));
    QCOMPARE(m_receiver->counters().rejected, 1);
}

namespace {

QStringList warnings;

void keepWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        warnings << message;
}

} // namespace

// Ripio signing with a secret this desk does not hold (rotated at Ripio, not here) refused every
// webhook, and the log said only "rejected 7" a minute (audit 36). The first such delivery is
// warned of with what to set; then at most every ten minutes, with the count since.
void TestWebhookReceiver::aWrongSecretIsWarnedOf()
{
    const QByteArray body = eventBody(9);
    const QByteArray forged = post(body, signatureHeaderValue(body, "rotated-at-ripio"));
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarnings);
    const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); }); // a failure returns early
    // Neither the unsigned one nor one whose header is no signature is a sign of a wrong secret.
    send(forged + forged + post(body, QByteArray()) + post(body, QByteArrayLiteral("sha256=zz")));
    QTRY_COMPARE(countResponses(m_received), 4);
    m_clock->advance((WebhookReceiver::badSignatureWarningSeconds - 1) * 1000);
    send(forged);
    QTRY_COMPARE(countResponses(m_received), 5);
    const QStringList first = warnings;
    m_clock->advance(1000);
    send(forged);
    QTRY_COMPARE(countResponses(m_received), 6);

    QCOMPARE(first.size(), 1);
    QVERIFY2(first.first().startsWith(QStringLiteral("a webhook delivery from 127.0.0.1 failed the signature check: "
                                                     "unless someone else posts to this address")),
             qPrintable(first.first()));
    QVERIFY2(first.first().contains(QStringLiteral("TICKETDESK_WEBHOOK_SECRET_PREVIOUS")), qPrintable(first.first()));
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.last().startsWith(QStringLiteral("3 webhook deliveries failed the signature check since "
                                                       "2026-06-26T14:30:00Z, the last from 127.0.0.1: ")),
             qPrintable(warnings.last()));
    QVERIFY(!warnings.join(u' ').contains(QString::fromLatin1(secret)));
}

void TestWebhookReceiver::storeFailureAnswers503()
{
    m_store->close();
    const QByteArray body = eventBody(11);
    const QByteArray one = post(body, signatureHeaderValue(body, secret));
    const QByteArray other = "{\"eventType\":\"ON_RAMP.DONE\"}";
    send(one + post(other, signatureHeaderValue(other, secret)));
    QTRY_COMPARE(countResponses(m_received), 2);
    QCOMPARE(m_received.count("HTTP/1.1 503"), 2);
    QCOMPARE(m_received.count("Retry-After: "), 2);
    QCOMPARE(m_receiver->counters().storeFailures, 2);
    QCOMPARE(m_receiver->counters().applied, 0);
    // /healthz says so (it said "ok" while every webhook got 503): a load balancer sends the
    // webhooks elsewhere for a while, then tries again.
    auto [status, health] = healthz();
    QCOMPARE(status, 503);
    QCOMPARE(health.value(QLatin1StringView("status")).toString(), QStringLiteral("unavailable"));
    QVERIFY2(health.value(QLatin1StringView("reason")).toString().contains(QLatin1StringView("database")),
             qPrintable(health.value(QLatin1StringView("reason")).toString()));
    m_clock->advance(qint64(WebhookReceiver::storeFailureWindowSeconds - 1) * 1000);
    QCOMPARE(healthz().first, 503);
    m_clock->advance(1000);
    QCOMPARE(healthz().first, 200);
    const int answered = countResponses(m_received);
    send(one); // still failing: unavailable again
    // Its answer first: it would otherwise land among the next request's bytes.
    QTRY_COMPARE(countResponses(m_received), answered + 1);
    QCOMPARE(m_receiver->counters().storeFailures, 3);
    QCOMPARE(healthz().first, 503);

    // Once the store is back, the redelivery is applied exactly once, and /healthz is fine at once.
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("t.sqlite"))).ok());
    m_received.clear();
    send(one);
    QTRY_COMPARE(countResponses(m_received), 1);
    QVERIFY(m_received.startsWith("HTTP/1.1 200"));
    QCOMPARE(m_store->tickets().size(), 1);
    QCOMPARE(m_store->deliveries().size(), 1);
    std::tie(status, health) = healthz();
    QCOMPARE(status, 200);
    QCOMPARE(health.value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!health.contains(QLatin1StringView("reason")));
}

void TestWebhookReceiver::healthzReportsCounters()
{
    const QByteArray body = eventBody(21);
    const QByteArray other = "{\"eventType\":\"OFF_RAMP.DONE\",\"issueDatetime\":\"2026-06-26T14:29:00Z\"}";
    send(post(body, signatureHeaderValue(body, secret)) + post(body, signatureHeaderValue(body, secret)) +
         post(body, "sha256=00") + post(other, signatureHeaderValue(other, secret)));
    QTRY_COMPARE(countResponses(m_received), 4);
    // Refused by the HTTP layer before the receiver sees them: no delivery, but counted.
    QByteArray textPlain = post(body, signatureHeaderValue(body, secret));
    textPlain.replace("Content-Type: application/json", "Content-Type: text/plain");
    send(textPlain);
    QTRY_COMPARE(countResponses(m_received), 5);
    QVERIFY2(m_received.contains("HTTP/1.1 415"), m_received.constData());
    m_clock->advance(42'000);
    m_received.clear();
    send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(countResponses(m_received), 1);
    QVERIFY(m_received.startsWith("HTTP/1.1 200"));
    const QByteArray json = m_received.mid(m_received.indexOf("\r\n\r\n") + 4);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(o.value(QStringLiteral("uptimeSeconds")).toInteger(), 42);
    // The computer's clock set back a day: the uptime does not go with it.
    m_clock->step(-86'400'000);
    m_clock->advance(1'000);
    m_received.clear();
    send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(countResponses(m_received), 1);
    const QByteArray after = m_received.mid(m_received.indexOf("\r\n\r\n") + 4);
    QCOMPARE(QJsonDocument::fromJson(after).object().value(QStringLiteral("uptimeSeconds")).toInteger(), 43);
    const QJsonObject d = o.value(QStringLiteral("deliveries")).toObject();
    QCOMPARE(d.value(QStringLiteral("received")).toInteger(), 4);
    QCOMPARE(d.value(QStringLiteral("applied")).toInteger(), 1);
    QCOMPARE(d.value(QStringLiteral("duplicates")).toInteger(), 1);
    QCOMPARE(d.value(QStringLiteral("rejected")).toInteger(), 1);
    QCOMPARE(d.value(QStringLiteral("otherFamily")).toInteger(), 1);
    QVERIFY(d.contains(QStringLiteral("previousSecret")));
    QCOMPARE(d.value(QStringLiteral("previousSecret")).toInteger(), 0);
    const QJsonObject unread = o.value(QStringLiteral("refusedUnread")).toObject();
    QCOMPARE(unread.value(QStringLiteral("415")).toInteger(), 1);
    QCOMPARE(unread.size(), 1);
    for (const QString &key : {QStringLiteral("refusedConnections"), QStringLiteral("evictedConnections")}) {
        QVERIFY2(o.value(key).isDouble(), qPrintable(key));
        QCOMPARE(o.value(key).toInteger(), 0);
    }
}

void TestWebhookReceiver::previousSecretDeliveriesAreCounted()
{
    // A rotation under way: the sender still signs some with the old secret. The operator drops
    // it once none come; /healthz (and the summary, the metrics) count them.
    m_receiver->inspector().setSecrets(secret, "the-old-secret", true);
    const QByteArray oldSigned = eventBody(41);
    const QByteArray newSigned = eventBody(42);
    send(post(oldSigned, signatureHeaderValue(oldSigned, "the-old-secret")) +
         post(newSigned, signatureHeaderValue(newSigned, secret)));
    QTRY_COMPARE(countResponses(m_received), 2);
    QCOMPARE(m_receiver->counters().applied, 2);
    QCOMPARE(m_receiver->counters().previousSecret, 1);
    const QList<DeliveryRecord> deliveries = m_store->deliveries();
    QCOMPARE(deliveries.size(), 2);
    QStringList details;
    for (const DeliveryRecord &r : deliveries)
        details << r.detail;
    details.sort();
    QCOMPARE(details, QStringList({QString(), QStringLiteral("signed with the previous secret")}));
    m_received.clear();
    send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(countResponses(m_received), 1);
    const QJsonObject o = QJsonDocument::fromJson(m_received.mid(m_received.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(o.value(QStringLiteral("deliveries")).toObject().value(QStringLiteral("previousSecret")).toInteger(), 1);
}

void TestWebhookReceiver::summaryNamesEveryVerdict()
{
    // 14 received made "5 applied, 1 duplicates, 4 rejected": the quarantined, the conflict and
    // the other family's event were in no count.
    WebhookReceiver::Counters before;
    before.received = 100;
    before.applied = 90;
    WebhookReceiver::Counters now = before;
    now.received += 14;
    now.applied += 5;
    now.duplicates += 1;
    now.conflicts += 1;
    now.quarantined += 2;
    now.otherFamily += 1;
    now.rejected += 4;
    now.suppressed += 1;
    now.storeFailures += 1;
    now.overloaded += 1;
    QCOMPARE(WebhookReceiver::summaryLine(now, before),
             QStringLiteral("webhooks since the last summary: received 14; applied 5, duplicates 1, conflicts 1, "
                            "late 0, quarantined 2, other family 1, rejected 4 (only counted 1), answered 503 2"));
    // During a secret's rotation: how many still came signed with the previous one.
    now.previousSecret += 3;
    QVERIFY(WebhookReceiver::summaryLine(now, before).endsWith(QStringLiteral("; signed with the previous secret 3")));
}

void TestWebhookReceiver::rejectedBodyKeepsPrefixSizeAndHash()
{
    // A 1 MiB body (the default limit) with a wrong signature, then a valid event.
    QByteArray big(1024 * 1024, 'x');
    for (int i = 0; i < big.size(); i += 997)
        big[i] = char('a' + (i / 997) % 26);
    const QByteArray valid = eventBody(31);
    send(post(big, signatureHeaderValue(big, "nope")) + post(valid, signatureHeaderValue(valid, secret)));
    QTRY_COMPARE(countResponses(m_received), 2);
    QVERIFY2(m_received.startsWith("HTTP/1.1 401"), m_received.left(200).constData());
    QCOMPARE(m_received.count("HTTP/1.1 200"), 1);

    const QList<DeliveryRecord> deliveries = m_store->deliveries();
    QCOMPARE(deliveries.size(), 2);
    // Stored in the order they arrived (newest first): the rejected one, then the valid one.
    const DeliveryRecord &rejected = deliveries.at(1);
    QCOMPARE(rejected.verdict, QString(DeliveryVerdicts::badSignature));
    QCOMPARE(rejected.body, big.left(2048));
    QCOMPARE(rejected.bodySize, qint64(big.size()));
    QCOMPARE(rejected.bodySha256, QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());
    const DeliveryRecord &applied = deliveries.at(0);
    QCOMPARE(applied.verdict, QStringLiteral("unknown-ticket-created")); // valid, created elsewhere
    QCOMPARE(applied.body, valid);
    QCOMPARE(applied.bodySize, qint64(valid.size()));
    QCOMPARE(applied.bodySha256, QCryptographicHash::hash(valid, QCryptographicHash::Sha256).toHex());
}

// Large bodies, valid and not, pipelined with a small event on one connection
// while another connection sends too: each is judged, stored and answered in
// its connection's order, the rejection with its prefix, size and hash.
void TestWebhookReceiver::largeBodiesInOrder()
{
    QByteArray large = eventBody(41);
    large.insert(1, R"("padding":")" + QByteArray(300 * 1000, 'p') + R"(",)");
    QVERIFY(large.size() >= WebhookReceiver::largeBodyBytes);
    const QByteArray badLarge(200 * 1000, 'b');
    const QByteArray after = eventBody(42);
    const QByteArray other = eventBody(43);
    QByteArray received;
    QTcpSocket *a =
        send(post(large, signatureHeaderValue(large, secret)) + post(badLarge, signatureHeaderValue(badLarge, "nope")) +
             post(after, signatureHeaderValue(after, secret)));
    disconnect(a, &QTcpSocket::readyRead, this, nullptr);
    connect(a, &QTcpSocket::readyRead, this, [a, &received] { received += a->readAll(); });
    send(post(other, signatureHeaderValue(other, secret)));
    QTRY_COMPARE(countResponses(received), 3);
    QTRY_COMPARE(countResponses(m_received), 1);
    // In request order on connection a: the large event, the large rejection, the small event.
    const qsizetype first = received.indexOf("HTTP/1.1 200");
    const qsizetype second = received.indexOf("HTTP/1.1 401");
    const qsizetype third = received.indexOf("HTTP/1.1 200", first + 1);
    QVERIFY2(first >= 0 && second > first && third > second, received.constData());
    QVERIFY(m_received.startsWith("HTTP/1.1 200"));

    for (int n : {41, 42, 43})
        QCOMPARE(m_store->ticketByTicketId(uuid(n))->status, TicketStatus::Created);
    // Stored in a's order too (the deliveries' ids grow with it).
    qint64 largeId = 0, rejectedId = 0, afterId = 0;
    for (const DeliveryRecord &d : m_store->deliveries()) {
        if (d.ticketId == uuid(41))
            largeId = d.id;
        else if (d.ticketId == uuid(42))
            afterId = d.id;
        else if (d.verdict == QString(DeliveryVerdicts::badSignature)) {
            rejectedId = d.id;
            QCOMPARE(d.bodySize, qint64(badLarge.size()));
            QCOMPARE(d.bodySha256, QCryptographicHash::hash(badLarge, QCryptographicHash::Sha256).toHex());
            QCOMPARE(d.body, badLarge.left(WebhookInspector::rejectedBodyPrefix));
        }
    }
    QVERIFY(largeId > 0 && rejectedId > largeId && afterId > rejectedId);
    QCOMPARE(m_receiver->counters().applied, 3);
    QCOMPARE(m_receiver->counters().rejected, 1);
}

// A peer's large bodies are read while they fit its budget (about 1 MiB a
// minute); valid ones give their bytes back, so big valid events always pass,
// while a third big bad body in the minute is refused unread (429).
void TestWebhookReceiver::largeBodyBudgetSparesValidEvents()
{
    m_receiver->setUnreadRefusalDelay(10);
    const auto padded = [](QByteArray body) {
        body.insert(1, R"("padding":")" + QByteArray(400 * 1000, 'p') + R"(",)");
        return body;
    };
    QByteArray bytes;
    QList<QByteArray> validBodies;
    for (int n = 51; n <= 55; ++n) { // 2 MB of valid events: more than the budget
        validBodies << padded(eventBody(n));
        bytes += post(validBodies.last(), signatureHeaderValue(validBodies.last(), secret));
    }
    QVERIFY(5 * validBodies.first().size() > RejectionLimiter::defaultLargeBodyBudget);
    const QByteArray badLarge(400 * 1000, 'b');
    for (int i = 0; i < 3; ++i)
        bytes += post(badLarge, signatureHeaderValue(badLarge, "nope"));
    QVERIFY(3 * badLarge.size() > RejectionLimiter::defaultLargeBodyBudget);
    QVERIFY(2 * badLarge.size() <= RejectionLimiter::defaultLargeBodyBudget);
    send(bytes);
    QTRY_COMPARE(countResponses(m_received), 8);
    QCOMPARE(m_received.count("HTTP/1.1 200"), 5);
    const qsizetype lastValid = m_received.lastIndexOf("HTTP/1.1 200");
    const qsizetype firstRefused = m_received.indexOf("HTTP/1.1 401");
    QVERIFY2(lastValid >= 0 && firstRefused > lastValid, m_received.constData());
    // The first two bad bodies fit what is left of the budget; the third does not.
    QCOMPARE(m_received.count("HTTP/1.1 401"), 2);
    QCOMPARE(m_received.count("HTTP/1.1 429"), 1);
    QVERIFY(m_received.indexOf("HTTP/1.1 429") > m_received.lastIndexOf("HTTP/1.1 401"));
    for (int n = 51; n <= 55; ++n)
        QCOMPARE(m_store->ticketByTicketId(uuid(n))->status, TicketStatus::Created);
    QCOMPARE(m_receiver->counters().suppressed, 1);
}

void TestWebhookReceiver::rejectedOverCapOnlyCounted()
{
    m_receiver->setRejectedPerPeerPerMinute(3);
    const QDateTime floodAt = m_clock->now();
    QSignalSpy recorded(m_receiver.get(), &WebhookReceiver::deliveriesRecorded);
    const QByteArray bad = post(eventBody(41), "sha256=00");
    QByteArray tenBad;
    for (int i = 0; i < 10; ++i)
        tenBad += bad;
    send(tenBad);
    QTRY_COMPARE(countResponses(m_received), 10);
    QCOMPARE(m_received.count("HTTP/1.1 401"), 10); // answered alike, recorded or not
    QCOMPARE(m_store->deliveries().size(), 3);
    QCOMPARE(m_receiver->counters().rejected, 10);
    QCOMPARE(m_receiver->counters().suppressed, 7);

    // The peer's minute ends; the minute's hand-over (the timer's recordSuppressed()) brings the
    // count to the store, once; a delivery meanwhile does not.
    m_clock->advance(60'000);
    const QByteArray valid = eventBody(42);
    send(post(valid, signatureHeaderValue(valid, secret)));
    QTRY_COMPARE(countResponses(m_received), 11);
    QCOMPARE(m_store->deliveries().size(), 4);
    m_receiver->recordSuppressed();
    QTRY_COMPARE(m_store->deliveries().size(), 5);
    QList<DeliveryRecord> deliveries = m_store->deliveries();
    const auto isCount = [](const DeliveryRecord &r) { return r.verdict == DeliveryVerdicts::suppressed; };
    QCOMPARE(std::count_if(deliveries.cbegin(), deliveries.cend(), isCount), 1);
    const DeliveryRecord count = *std::find_if(deliveries.cbegin(), deliveries.cend(), isCount);
    QCOMPARE(count.suppressed, 7);
    QCOMPARE(count.peerAddress, QStringLiteral("127.0.0.1"));
    // Dated when they came (their minute's start), not a minute later when the count was written.
    QCOMPARE(count.receivedAt, floodAt);
    QVERIFY(count.body.isEmpty());
    // Signalled once the writer's commit is answered on this thread: maybe a moment after the row.
    const auto signalled = [&recorded, &count] {
        return std::any_of(recorded.cbegin(), recorded.cend(), [&count](const QList<QVariant> &args) {
            return args.at(0).value<QList<DeliveryRecord>>().contains(count);
        });
    };
    QTRY_VERIFY(signalled());

    // Within the next minute, the rest of a flood is counted and stored on shutdown.
    send(tenBad);
    QTRY_COMPARE(countResponses(m_received), 21);
    QCOMPARE(m_store->deliveries().size(), 8);
    m_receiver->shutdown();
    deliveries = m_store->deliveries();
    QCOMPARE(deliveries.size(), 9);
    QCOMPARE(deliveries.first().verdict, QString(DeliveryVerdicts::suppressed));
    QCOMPARE(deliveries.first().suppressed, 7);
    QCOMPARE(m_receiver->counters().suppressed, 14);
    m_receiver->recordSuppressed(true); // nothing twice
    QCOMPARE(m_store->deliveries().size(), 9);
}

// The minute's timer (recordSuppressed()) with nothing else waiting: the count
// goes to the store through the writer's own connection and thread, as one
// record, and is signalled with its id.
void TestWebhookReceiver::suppressedCountCommittedByTheWriter()
{
    QVERIFY(m_receiver->useWriterThread(DatabaseLocation::sqliteFile(m_store->path())).ok());
    m_receiver->setRejectedPerPeerPerMinute(1);
    QSignalSpy recorded(m_receiver.get(), &WebhookReceiver::deliveriesRecorded);
    const QByteArray bad = post(eventBody(51), "sha256=00");
    send(bad + bad + bad);
    QTRY_COMPARE(countResponses(m_received), 3);
    QCOMPARE(m_store->deliveries().size(), 1);
    m_clock->advance(60'000);
    recorded.clear();
    m_receiver->recordSuppressed();
    QTRY_COMPARE(recorded.size(), 1);
    const QList<DeliveryRecord> signalled = recorded.at(0).at(0).value<QList<DeliveryRecord>>();
    QCOMPARE(signalled.size(), 1);
    QCOMPARE(signalled.first().suppressed, 2);
    QVERIFY(signalled.first().id > 0);
    const QList<DeliveryRecord> stored = m_store->deliveries();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.first().id, signalled.first().id);
    QCOMPARE(stored.first().verdict, QString(DeliveryVerdicts::suppressed));
    QCOMPARE(stored.first().suppressed, 2);
    m_receiver->shutdown(); // nothing left to count
    QCOMPARE(m_store->deliveries().size(), 2);
}

void TestWebhookReceiver::forwardedForOnlyFromTrustedProxies()
{
    const auto forwarded = [](const QByteArray &request, const QByteArray &xff) {
        QByteArray r = request;
        const QByteArray header = "Host: 127.0.0.1\r\nX-Forwarded-For: " + xff + "\r\n";
        return r.replace("Host: 127.0.0.1\r\n", header);
    };
    const auto signedEvent = [this](int n) {
        const QByteArray body = eventBody(n);
        return post(body, signatureHeaderValue(body, secret));
    };
    // No trusted proxy: the header is kept among the headers, but the socket's address counts.
    send(forwarded(signedEvent(61), "203.0.113.9"));
    QTRY_COMPARE(countResponses(m_received), 1);
    DeliveryRecord last = m_store->deliveries(DeliveryFilter(), 1).value(0);
    QCOMPARE(last.peerAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(last.headers.contains(QLatin1StringView("X-Forwarded-For: 203.0.113.9")));

    // The loopback proxy is trusted: the rightmost address it did not write itself is the client.
    m_receiver->setTrustedProxies(TrustedProxies::parse(QStringLiteral("127.0.0.0/8")));
    send(forwarded(signedEvent(62), "198.51.100.1, 203.0.113.9"));
    QTRY_COMPARE(countResponses(m_received), 2);
    QCOMPARE(m_store->deliveries(DeliveryFilter(), 1).value(0).peerAddress, QStringLiteral("203.0.113.9"));
    // A header that is not a list of addresses is not believed at all.
    send(forwarded(signedEvent(63), "203.0.113.9, <script>"));
    QTRY_COMPARE(countResponses(m_received), 3);
    QCOMPARE(m_store->deliveries(DeliveryFilter(), 1).value(0).peerAddress, QStringLiteral("127.0.0.1"));

    // The per-peer cap and the suppression count per client behind the proxy, not per proxy.
    m_receiver->setRejectedPerPeerPerMinute(1);
    const QByteArray bad = post(eventBody(64), "sha256=00");
    QByteArray flood;
    for (int i = 0; i < 3; ++i)
        flood += forwarded(bad, "192.0.2.1") + forwarded(bad, "192.0.2.2");
    send(flood);
    QTRY_COMPARE(countResponses(m_received), 9);
    DeliveryFilter rejected;
    rejected.verdict = DeliveryVerdicts::badSignature;
    const QList<DeliveryRecord> kept = m_store->deliveries(rejected);
    QCOMPARE(kept.size(), 2);
    QStringList peers{kept.at(0).peerAddress, kept.at(1).peerAddress};
    peers.sort();
    QCOMPARE(peers, (QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")}));
    QCOMPARE(m_receiver->counters().suppressed, 4);
    m_receiver->shutdown();
    DeliveryFilter counts;
    counts.verdict = DeliveryVerdicts::suppressed;
    const QList<DeliveryRecord> suppressed = m_store->deliveries(counts);
    QCOMPARE(suppressed.size(), 2);
    for (const DeliveryRecord &r : suppressed) {
        QCOMPARE(r.suppressed, 2);
        QVERIFY(r.peerAddress.startsWith(QLatin1StringView("192.0.2.")));
    }
}

// A sender with many addresses over the cap of all of them: each address's count is not a row of
// its own; the largest few are, and one row counts the others.
void TestWebhookReceiver::manyAddressesMakeAFewCounts()
{
    m_receiver->setTrustedProxies(TrustedProxies::parse(QStringLiteral("127.0.0.0/8")));
    m_receiver->setRejectedPerPeerPerMinute(1);
    const QByteArray bad = post(eventBody(71), "sha256=00");
    const int addresses = RejectionLimiter::maxSuppressedPeers + 5;
    // A second apart, so that their minutes end a second apart too, while valid events keep the
    // writer busy: the counts are still taken together, once.
    int answers = 0;
    for (int i = 0; i < addresses; ++i) {
        const QByteArray from = "Host: 127.0.0.1\r\nX-Forwarded-For: 192.0.2." + QByteArray::number(i) + "\r\n";
        send(QByteArray(bad).replace("Host: 127.0.0.1\r\n", from).repeated(2));
        answers += 2;
        QTRY_COMPARE(countResponses(m_received), answers);
        m_clock->advance(1000);
    }
    m_clock->advance(60'000 - 1000 * addresses);
    for (int i = 0; i < addresses; ++i) {
        const QByteArray body = eventBody(200 + i);
        send(post(body, signatureHeaderValue(body, secret)));
        ++answers;
        QTRY_COMPARE(countResponses(m_received), answers);
        m_clock->advance(1000);
    }
    m_receiver->recordSuppressed();
    DeliveryFilter counts;
    counts.verdict = DeliveryVerdicts::suppressed;
    QTRY_COMPARE(m_store->deliveries(counts).size(), RejectionLimiter::maxSuppressedPeers + 1);
    qint64 total = 0;
    int folded = 0;
    for (const DeliveryRecord &r : m_store->deliveries(counts)) {
        total += r.suppressed;
        if (r.peerAddress == QStringLiteral("(5 other addresses)")) {
            ++folded;
            QCOMPARE(r.suppressed, 5); // five of the first ten: one recorded and one counted each
        }
    }
    QCOMPARE(folded, 1);
    // The first ten addresses had one recorded each (the cap of all of them), the rest none.
    QCOMPARE(total, qint64(2 * addresses - RejectionLimiter::allPeersShare));
    QCOMPARE(m_receiver->counters().suppressed, total);
}

std::shared_ptr<FakeFreeSpace::State> TestWebhookReceiver::fakeDisk(qint64 bytes)
{
    auto state = std::make_shared<FakeFreeSpace::State>();
    state->bytes = bytes;
    m_receiver->diskGuard().setThresholds(256 * 1024 * 1024, 64 * 1024 * 1024);
    m_receiver->diskGuard().setProbe(std::make_unique<FakeFreeSpace>(state));
    return state;
}

QPair<int, QJsonObject> TestWebhookReceiver::healthz()
{
    const int before = countResponses(m_received);
    send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    if (!QTest::qWaitFor([&] { return countResponses(m_received) > before; }, 5000))
        return {0, {}};
    const qsizetype at = m_received.lastIndexOf("HTTP/1.1 ");
    const int status = m_received.mid(at + 9, 3).toInt();
    const QByteArray json = m_received.mid(m_received.indexOf("\r\n\r\n", at) + 4);
    return {status, QJsonDocument::fromJson(json).object()};
}

void TestWebhookReceiver::lowDiskStopsRecordingRejected()
{
    const auto disk = fakeDisk(100 * 1024 * 1024); // under the 256 MiB threshold
    QSignalSpy changed(m_receiver.get(), &WebhookReceiver::diskStateChanged);
    const QByteArray valid = eventBody(71);
    send(post(eventBody(72), "sha256=00") + post(valid, signatureHeaderValue(valid, secret)));
    QTRY_COMPARE(countResponses(m_received), 2);
    QVERIFY2(m_received.startsWith("HTTP/1.1 401"), m_received.constData());
    QCOMPARE(m_received.count("HTTP/1.1 200"), 1);
    // Only the valid event is on disk; the rejected one was only counted.
    const QList<DeliveryRecord> deliveries = m_store->deliveries();
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().ticketId, uuid(71));
    QCOMPARE(m_receiver->counters().suppressed, 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().first().toString().contains(QLatin1StringView("only counted")));
    const auto [status, body] = healthz();
    QCOMPARE(status, 200);
    QCOMPARE(body.value(QLatin1StringView("status")).toString(), QStringLiteral("degraded"));
    QCOMPARE(body.value(QLatin1StringView("disk")).toString(), QStringLiteral("low"));
    QCOMPARE(body.value(QLatin1StringView("diskFreeBytes")).toInteger(), 100 * 1024 * 1024);
    // The probe ran once: free space is checked every few seconds, not per request.
    QCOMPARE(disk->calls, 1);
}

void TestWebhookReceiver::fullDiskAnswers503AndHealthzSaysWhy()
{
    const auto disk = fakeDisk(10 * 1024 * 1024); // under the 64 MiB threshold
    QSignalSpy changed(m_receiver.get(), &WebhookReceiver::diskStateChanged);
    const QByteArray valid = eventBody(81);
    const QByteArray other = "{\"eventType\":\"ON_RAMP.DONE\"}";
    send(post(valid, signatureHeaderValue(valid, secret)) + post(other, signatureHeaderValue(other, secret)) +
         post(eventBody(82), "sha256=00"));
    QTRY_COMPARE(countResponses(m_received), 3);
    QCOMPARE(m_received.count("HTTP/1.1 503"), 2);
    QCOMPARE(m_received.count("Retry-After: 5"), 2);
    QCOMPARE(m_received.count("\"verdict\":\"disk-full\""), 2);
    QCOMPARE(m_received.count("HTTP/1.1 401"), 1);
    // Counted as refused for the disk, not as store failures: the database was never asked.
    QCOMPARE(m_receiver->counters().diskFull, 2);
    QCOMPARE(m_receiver->counters().storeFailures, 0);
    QVERIFY(m_store->deliveries().isEmpty());
    QVERIFY(m_store->tickets().isEmpty());
    QCOMPARE(changed.size(), 1);
    const QString why = m_receiver->diskProblem();
    QVERIFY2(why.contains(QLatin1StringView("503")), qPrintable(why));

    const auto [status, body] = healthz();
    QCOMPARE(status, 503);
    QCOMPARE(body.value(QLatin1StringView("status")).toString(), QStringLiteral("unavailable"));
    QCOMPARE(body.value(QLatin1StringView("reason")).toString(), why);

    // Room again: seen at the next check, a few seconds later; the redelivery is applied.
    disk->bytes = qint64(1) << 30;
    m_clock->advance(DiskGuard::defaultCheckIntervalMs);
    m_received.clear();
    send(post(valid, signatureHeaderValue(valid, secret)));
    QTRY_COMPARE(countResponses(m_received), 1);
    QVERIFY2(m_received.startsWith("HTTP/1.1 200"), m_received.constData());
    QCOMPARE(m_store->tickets().size(), 1);
    QCOMPARE(changed.size(), 2);
    QVERIFY(changed.last().first().toString().isEmpty());
    QCOMPARE(healthz().first, 200);
}

void TestWebhookReceiver::storeDiskFullAnswers503()
{
    // The store's own quota (PRAGMA max_page_count): SQLITE_FULL for real, with room on the volume.
    const QString path = m_store->path();
    m_store->close();
    const int pages = [&] {
        TicketStore probe(*m_clock);
        if (!probe.open(path).ok())
            return 0;
        return int(QFileInfo(path).size() / 4096) + 1;
    }();
    QVERIFY(pages > 1);
    StoreOptions options;
    options.maxPageCount = pages;
    QVERIFY(m_store->open(path, options).ok());
    fakeDisk(qint64(1) << 40);

    // A valid event whose body needs more pages than the quota leaves.
    QByteArray big = eventBody(91);
    big.insert(big.lastIndexOf('}'), ",\"padding\":\"" + QByteArray(64 * 1024, 'p') + "\"");
    send(post(big, signatureHeaderValue(big, secret)));
    QTRY_COMPARE(countResponses(m_received), 1);
    QVERIFY2(m_received.startsWith("HTTP/1.1 503"), m_received.left(300).constData());
    QVERIFY(m_received.contains("Retry-After: 5"));
    QVERIFY(m_store->tickets().isEmpty());
    QCOMPARE(m_store->integrityCheck(), QStringLiteral("ok"));
    const auto [status, body] = healthz();
    QCOMPARE(status, 503);
    QVERIFY(body.value(QLatin1StringView("reason")).toString().contains(QLatin1StringView("full")));
    // Until the next check nothing is tried: a small event is refused without touching the store.
    const QByteArray small = eventBody(92);
    m_received.clear();
    send(post(small, signatureHeaderValue(small, secret)));
    QTRY_COMPARE(countResponses(m_received), 1);
    QVERIFY(m_received.contains("\"verdict\":\"disk-full\""));
    QVERIFY(m_store->tickets().isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
