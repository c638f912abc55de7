// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpserver.h"
#include "service/rejectionlimiter.h"
#include "service/webhookreceiver.h"
#include "store/databaselocation.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/servefixture.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

// The attack from issue 12 against the receiver over real loopback HTTP into a
// real SQLite store (WAL, synchronous=FULL): large bodies with a wrong signature
// must barely grow the database, and valid events sent meanwhile all land.
// Once the peer is over its cap, its large bodies are refused (429) from their
// headers alone: never read into memory, hashed or stored.
class TestWebhookFlood final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badSignatureFloodBarelyGrowsDatabase();
};

namespace {

const QByteArray secret = "flood-secret";

QByteArray eventBody(int n)
{
    return QStringLiteral(R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"2026-06-26T14:29:00.000Z",)"
                          R"("supportTicket":{"ticketId":"6f1c2b3a-1111-4222-8333-%1",)"
                          R"("customerId":"0a1b2c3d-0000-4000-8000-000000000001","issueKey":"SUP-%2",)"
                          R"("summary":"n%2","status":"CREATED"}})")
        .arg(n, 12, 10, QLatin1Char('0'))
        .arg(n)
        .toUtf8();
}

} // namespace

void TestWebhookFlood::badSignatureFloodBarelyGrowsDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(QDateTime(QDate(2026, 6, 26), QTime(14, 30), Qt::UTC));
    TicketStore store(clock);
    const QString path = dir.filePath(QStringLiteral("flood.sqlite"));
    QVERIFY(store.open(path).ok());
    HttpServer server(clock);
    server.setRoutes({HttpRoute{"/webhooks/ripio", {"POST"}}});
    WebhookReceiver receiver(server, store, clock);
    receiver.inspector().setSecrets(secret, QByteArray(), true);
    // As serve runs it: the commits in the writer's thread, on a connection of its own.
    QVERIFY(receiver.useWriterThread(DatabaseLocation::sqliteFile(path)).ok());
    receiver.setUnreadRefusalDelay(20); // (a second by default) keeps the test short
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    const auto onDisk = [&path] { return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size(); };
    const qint64 before = onDisk();

    // 50 requests with a 1 MB body and a wrong signature over 5 keep-alive
    // connections, a valid event after every fifth, all pipelined at once.
    const QByteArray big(1000 * 1000, '{');
    const QByteArray bad = ServeFixture::post(big, "wrong-secret");
    constexpr int connections = 5;
    constexpr int badPerConnection = 10;
    constexpr int validPerConnection = 2;
    QList<QTcpSocket *> sockets;
    QList<QByteArray> received(connections);
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < connections; ++c) {
        QByteArray bytes;
        for (int i = 0; i < badPerConnection; ++i) {
            bytes += bad;
            if (i % 5 == 4)
                bytes += ServeFixture::post(eventBody(c * badPerConnection + i), secret);
        }
        auto *socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::readyRead, this, [socket, &received, c] { received[c] += socket->readAll(); });
        socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
        socket->write(bytes);
        sockets.append(socket);
    }
    const auto answered = [&received] {
        qsizetype n = 0;
        for (const QByteArray &r : received)
            n += r.count("HTTP/1.1 ");
        return n;
    };
    constexpr int valid = connections * validPerConnection;
    constexpr int badSent = connections * badPerConnection;
    QTRY_COMPARE_WITH_TIMEOUT(answered(), qsizetype(badSent + valid), 60000);
    qsizetype read401 = 0;
    qsizetype unread429 = 0;
    for (const QByteArray &r : received) {
        // Every bad request is answered: the first large body is read and
        // verified (401), which spends the peer's large-body budget for the
        // minute; every later one is refused unread (429), and the connection goes on.
        QCOMPARE(r.count("HTTP/1.1 401") + r.count("HTTP/1.1 429"), badPerConnection);
        QCOMPARE(r.count("HTTP/1.1 200"), validPerConnection);
        read401 += r.count("HTTP/1.1 401");
        unread429 += r.count("HTTP/1.1 429");
    }
    // One body of 1 MB fits the budget, a second does not: only the first head to arrive was let through.
    QVERIFY(2 * big.size() > RejectionLimiter::defaultLargeBodyBudget);
    QCOMPARE(read401, qsizetype(1));
    QCOMPARE(server.stats().rejections.value(429), quint64(unread429));
    receiver.shutdown();
    qDeleteAll(sockets);

    const qint64 growth = onDisk() - before;
    qInfo("database and WAL grew by %lld bytes; %d requests answered in %lld ms (%lld refused unread)", growth,
          badSent + valid, qint64(timer.elapsed()), qint64(unread429));
    QVERIFY2(growth < 2 * 1000 * 1000, QByteArray::number(growth).constData());
    QCOMPARE(store.tickets().size(), valid);
    QCOMPARE(receiver.counters().suppressed, badSent - 1);
    const QList<DeliveryRecord> deliveries = store.deliveries();
    // The one rejection read, the valid events and one count for the one peer.
    QCOMPARE(deliveries.size(), 1 + valid + 1);
    QCOMPARE(deliveries.first().suppressed, badSent - 1);
}

QTEST_GUILESS_MAIN(TestWebhookFlood)
#include "tst_webhookflood_e2e.moc"
