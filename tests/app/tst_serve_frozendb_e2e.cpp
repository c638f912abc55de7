// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pgtestdatabase.h"
#include "support/servefixture.h"
#include "support/tcprelay.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace TicketDesk;

// The real `ticketdesk serve` on the suite's PostgreSQL, through a TcpRelay that can freeze: a
// database server that stops answering while its connections stay open (SIGSTOP, a hung host
// whose kernel still answers TCP), which libpq waits on with no end. Webhooks and /healthz must
// still be answered, 503 within the commit deadline, and nothing acknowledged may be lost.
class TestServeFrozenDbE2e final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frozenDatabaseServerLeavesWebhooksAnswered();
};

namespace {

const QByteArray secret = "frozen-secret";

QByteArray createdEvent(const QString &ticketId, int key)
{
    return QStringLiteral(R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"%1","supportTicket":{)"
                          R"("ticketId":"%2","customerId":"0a1b2c3d-0000-4000-8000-000000000001",)"
                          R"("issueKey":"SUP-%3","summary":"frozen","status":"CREATED"}})")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), ticketId, QString::number(key))
        .toUtf8();
}

struct Answer
{
    QByteArray bytes; // empty: none within the time given
    qint64 ms = 0;
};

// One request on a new connection; the whole answer (headers and Content-Length's body).
Answer ask(quint16 port, const QByteArray &request, int timeoutMs)
{
    Answer a;
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return a;
    socket.write(request);
    QByteArray got;
    while (timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed()))))
            break;
        got += socket.readAll();
        const qsizetype end = got.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        const qsizetype at = got.toLower().indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : got.mid(at + 15, got.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (got.size() >= end + 4 + length) {
            a.bytes = got;
            break;
        }
    }
    a.ms = timer.elapsed();
    return a;
}

// Why `a` is not a 503 that says `says` within `withinMs`; empty when it is.
QString refused(const Answer &a, const QByteArray &says, qint64 withinMs)
{
    if (a.bytes.isEmpty())
        return QStringLiteral("no answer within %1 ms").arg(a.ms);
    if (!a.bytes.startsWith("HTTP/1.1 503") || !a.bytes.contains(says))
        return QStringLiteral("not a 503 saying \"%1\": %2").arg(QString::fromUtf8(says), QString::fromUtf8(a.bytes));
    if (a.ms >= withinMs)
        return QStringLiteral("answered in %1 ms, not within %2 ms").arg(a.ms).arg(withinMs);
    return QString();
}

QByteArray health()
{
    return "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

} // namespace

void TestServeFrozenDbE2e::frozenDatabaseServerLeavesWebhooksAnswered()
{
    PgTestDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QUrl url(db.url());
    TcpRelay relay(url);
    QVERIFY(relay.port() != 0);

    QTemporaryDir dir;
    const QString settings = dir.filePath(QStringLiteral("serve.ini"));
    {
        QSettings s(settings, QSettings::IniFormat);
        s.setValue(QStringLiteral("listener/commitDeadlineSeconds"), 2);
    }
    QProcess serve;
    serve.setProcessEnvironment(ServeFixture::environment(dir.path(), secret));
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--db"), relay.through(url).toString(), QStringLiteral("--config"), settings,
                 QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9/")});
    QByteArray log;
    const quint16 port = ServeFixture::waitListening(serve, log, 20000);
    QVERIFY2(port != 0, log.constData());

    const QString before = QStringLiteral("5e1c2b3a-1111-4222-8333-000000000001");
    const QString during = QStringLiteral("5e1c2b3a-1111-4222-8333-000000000002");
    Answer a = ask(port, ServeFixture::post(createdEvent(before, 1), secret), 10000);
    QVERIFY2(a.bytes.startsWith("HTTP/1.1 200"), a.bytes.constData());

    relay.setFrozen(true);
    // Past serve's heartbeat (every 10 s): its engine thread is then waiting inside libpq too.
    QTest::qWait(11000);

    // /healthz asks the writer's connection, which does not answer: 503 within a second (a load
    // balancer's probe timeout), long before the commit deadline (2 s here, 10 s by default).
    const QByteArray event = ServeFixture::post(createdEvent(during, 2), secret);
    QString wrong = refused(ask(port, health(), 8000), "has not answered for", 1000);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    // The probe still out: the next /healthz is answered at once (a load balancer's 1 s timeout).
    wrong = refused(ask(port, health(), 8000), "has not answered for", 1000);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    // An event: its commit does not end; 503 with Retry-After at the deadline.
    wrong = refused(ask(port, event, 8000), "Retry-After: 5", 5000);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    // Then at once, while the commit still hangs.
    wrong = refused(ask(port, health(), 8000), "has not finished a commit", 1000);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    wrong = refused(ask(port, event, 8000), "store-failed", 1000);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // The server answers again: Ripio's next try is stored, once.
    relay.setFrozen(false);
    QElapsedTimer back;
    back.start();
    do {
        a = ask(port, ServeFixture::post(createdEvent(during, 2), secret), 8000);
    } while (!a.bytes.startsWith("HTTP/1.1 200") && back.elapsed() < 20000 && (QTest::qWait(200), true));
    QVERIFY2(a.bytes.startsWith("HTTP/1.1 200"), a.bytes.constData());
    a = ask(port, health(), 8000);
    QVERIFY2(a.bytes.startsWith("HTTP/1.1 200"), a.bytes.constData());
    for (const QString &ticketId : {before, during}) {
        QString error;
        const std::optional<QVariant> n = pgTestValue(
            db.url(), QStringLiteral("SELECT count(*) FROM tickets WHERE ticket_id = '%1'").arg(ticketId), &error);
        QVERIFY2(n, qPrintable(error));
        QCOMPARE(n->toInt(), 1);
    }

    serve.terminate();
    QVERIFY(serve.waitForFinished(20000));
    log += serve.readAllStandardError();
    QCOMPARE(serve.exitCode(), 0);
    QVERIFY2(log.contains("has not finished a commit"), log.constData());
}

QTEST_GUILESS_MAIN(TestServeFrozenDbE2e)
#include "tst_serve_frozendb_e2e.moc"
