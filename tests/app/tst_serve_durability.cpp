// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "store/ticketstore.h"
#include "support/servefixture.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace TicketDesk;

// Kills `ticketdesk serve` with SIGKILL at random moments while a client sends
// distinct signed events, restarts it, and checks that every event that got a
// 2xx is in the store exactly once (ticket row and delivery record).
class TestServeDurability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedEventsSurviveSigkill();
};

namespace {

const QByteArray secret = "durability-secret";

QString ticketIdFor(int n)
{
    return QStringLiteral("7a1c2b3a-2222-4333-8444-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QByteArray body(int n)
{
    return QStringLiteral(R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"%1","supportTicket":)"
                          R"({"ticketId":"%2","customerId":"0a1b2c3d-0000-4000-8000-000000000001",)"
                          R"("issueKey":"SUP-%3","summary":"d","status":"CREATED"}})")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), ticketIdFor(n), QString::number(n))
        .toUtf8();
}

// Status codes of the complete responses at the front of `bytes`, in order.
QList<int> statuses(const QByteArray &bytes)
{
    QList<int> result;
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = bytes.indexOf("HTTP/1.1 ", pos);
        if (start < 0)
            break;
        const qsizetype headerEnd = bytes.indexOf("\r\n\r\n", start);
        if (headerEnd < 0)
            break;
        const QByteArray head = bytes.mid(start, headerEnd - start).toLower();
        const qsizetype cl = head.indexOf("content-length: ");
        const qsizetype clEnd = head.indexOf("\r\n", cl);
        const int length = cl < 0 ? 0 : head.mid(cl + 16, (clEnd < 0 ? head.size() : clEnd) - cl - 16).toInt();
        if (bytes.size() < headerEnd + 4 + length)
            break;
        result.append(bytes.mid(start + 9, 3).toInt());
        pos = headerEnd + 4 + length;
    }
    return result;
}

} // namespace

void TestServeDurability::acknowledgedEventsSurviveSigkill()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("durable.sqlite"));
    QRandomGenerator rng(20260626);
    QList<int> acknowledged;
    int next = 0;
    constexpr int rounds = 20;
    constexpr int window = 8; // pipelined requests in flight per connection

    for (int round = 0; round < rounds; ++round) {
        QProcess serve;
        serve.setProcessEnvironment(ServeFixture::environment(dir.path(), secret));
        serve.start(QStringLiteral(TICKETDESK_EXE), {QStringLiteral("serve"), QStringLiteral("--listen"),
                                                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), db});
        QByteArray errText;
        const quint16 port = ServeFixture::waitListening(serve, errText);
        QVERIFY2(port != 0, errText.constData());

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        QList<int> sent; // event numbers, in request order on this connection
        QByteArray received;
        const int killAfterMs = 50 + int(rng.bounded(400));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < killAfterMs) {
            while (sent.size() - statuses(received).size() < window) {
                sent.append(next);
                socket.write(ServeFixture::post(body(next), secret));
                ++next;
            }
            socket.waitForReadyRead(5);
            received += socket.readAll();
        }
        ::kill(pid_t(serve.processId()), SIGKILL);
        QVERIFY(serve.waitForFinished(5000));
        // Whatever reached our socket before the kill was an answer the server gave.
        while (socket.waitForReadyRead(100))
            received += socket.readAll();
        received += socket.readAll();
        const QList<int> codes = statuses(received);
        QVERIFY(codes.size() <= sent.size());
        for (qsizetype i = 0; i < codes.size(); ++i) {
            QVERIFY2(codes[i] == 200 || codes[i] == 503, QByteArray::number(codes[i]).constData());
            if (codes[i] == 200)
                acknowledged.append(sent[i]);
        }
    }
    qInfo("%d rounds, %d events sent, %d acknowledged", rounds, next, int(acknowledged.size()));
    QVERIFY(acknowledged.size() > rounds);

    SystemClock clock;
    TicketStore store(clock);
    QVERIFY(store.open(db).ok());
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    for (int n : std::as_const(acknowledged)) {
        const std::optional<Ticket> t = store.ticketByTicketId(ticketIdFor(n));
        QVERIFY2(t.has_value(), qPrintable(ticketIdFor(n)));
        QCOMPARE(t->status, TicketStatus::Created);
        QCOMPARE(store.deliveriesForTicket(ticketIdFor(n)).size(), 1);
    }
    // Exactly once overall: no row without a delivery, none twice.
    const QList<Ticket> all = store.tickets();
    QVERIFY(all.size() >= acknowledged.size());
    QVERIFY(all.size() <= next);
    QCOMPARE(store.deliveries().size(), all.size());
}

QTEST_GUILESS_MAIN(TestServeDurability)
#include "tst_serve_durability.moc"
