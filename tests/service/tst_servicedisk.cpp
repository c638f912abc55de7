// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/signature.h"
#include "service/ticketservice.h"
#include "store/ticketstore.h"
#include "support/localengine.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace TicketDesk;

// The engine's wiring of the disk guard, on the real volume of a SQLite file:
// thresholds from the config that no disk can meet, so the listener must say
// why in its state (the desktop's status bar), refuse events with 503 and
// answer /healthz 503.
class TestServiceDisk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fullVolumeRefusesAndSaysWhy();
    void aDesktopStartsOnceTheFileCanBeWritten();

private:
    QByteArray exchange(quint16 port, const QByteArray &request);
};

QByteArray TestServiceDisk::exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    // On time-out the caller sees what arrived (or nothing) and fails on it.
    const bool whole = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.contains("\r\n\r\n") && answer.endsWith('}');
        },
        5000);
    Q_UNUSED(whole);
    return answer;
}

void TestServiceDisk::fullVolumeRefusesAndSaysWhy()
{
    const SystemClock clock;
    QTemporaryDir dir;
    TicketService service(clock);
    EngineConfig config = localEngineConfig(dir);
    config.port = 0;
    config.webhookSecret = "disk-secret";
    // More than any volume has free: both thresholds are crossed at the first check.
    config.diskLowMiB = std::numeric_limits<int>::max();
    config.diskCriticalMiB = std::numeric_limits<int>::max();
    QSignalSpy states(&service, &TicketService::listenerStateChanged);
    service.start(config);
    QVERIFY(service.listenerPort() != 0);

    const QByteArray body =
        R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"2026-06-26T14:29:00.000Z","supportTicket":)"
        R"({"ticketId":"6f1c2b3a-1111-4222-8333-000000000999","customerId":"0a1b2c3d-0000-4000-8000-000000000001",)"
        R"("issueKey":"SUP-9","summary":"d","status":"CREATED"}})";
    const QByteArray answer =
        exchange(service.listenerPort(),
                 "POST /webhooks/ripio HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) +
                     "\r\nX-Wh-Signature-256: " + signatureHeaderValue(body, config.webhookSecret) + "\r\n\r\n" + body);
    QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
    QVERIFY(answer.contains("Retry-After: 5"));
    QVERIFY(service.store()->tickets().isEmpty());

    // The desktop's status bar learns why through the listener state.
    QTRY_VERIFY(!states.isEmpty() && !states.last().first().value<ListenerState>().diskProblem.isEmpty());
    const ListenerState state = states.last().first().value<ListenerState>();
    QVERIFY(state.listening);
    QVERIFY2(state.diskProblem.contains(QLatin1StringView("503")), qPrintable(state.diskProblem));

    const QByteArray health = exchange(service.listenerPort(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(health.startsWith("HTTP/1.1 503"), health.constData());
    QVERIFY(health.contains(state.diskProblem.toUtf8()));

    QSignalSpy stopped(&service, &TicketService::stopped);
    service.stop();
    QTRY_COMPARE(stopped.size(), 1);
}

// A desktop started on a file it cannot write yet (a full disk; here a lock another program
// holds, which fails the same way and is easier to stage) said "the engine could not start" and
// stayed empty until restarted: it now says why, keeps what is typed meanwhile, and starts by
// itself once the file can be written.
void TestServiceDisk::aDesktopStartsOnceTheFileCanBeWritten()
{
    const SystemClock clock;
    QTemporaryDir dir;
    EngineConfig config = localEngineConfig(dir);
    config.followChanges = true;
    config.busyTimeoutMs = 100;
    {
        TicketStore made(clock);
        QVERIFY(made.open(config.dbPath).ok());
    }
    QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    lock.setDatabaseName(config.dbPath);
    QVERIFY(lock.open());
    QVERIFY(QSqlQuery(lock).exec(QStringLiteral("BEGIN EXCLUSIVE")));

    TicketService service(clock);
    QSignalSpy started(&service, &TicketService::started);
    QSignalSpy states(&service, &TicketService::databaseStateChanged);
    QSignalSpy spooled(&service, &TicketService::createSpooled);
    service.start(config);
    QCOMPARE(started.size(), 0); // not a failure: it waits
    QVERIFY(!states.isEmpty());
    const DatabaseState waiting = states.last().at(0).value<DatabaseState>();
    QVERIFY(!waiting.team);
    QVERIFY(!waiting.connected);
    QVERIFY2(waiting.message.contains(QLatin1StringView("locked")), qPrintable(waiting.message));
    NewTicket typed;
    typed.customerId = QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a72");
    typed.summary = QStringLiteral("Typed while the file was locked");
    service.createTicket(typed, 7);
    QCOMPARE(spooled.size(), 1);
    // In a solo desk's words: there is no team database here.
    const QString said = spooled.first().at(1).toString();
    QVERIFY2(said.startsWith(QStringLiteral("The ticket is kept on this computer, and written to the database as soon "
                                            "as it can be written")),
             qPrintable(said));

    QVERIFY(QSqlQuery(lock).exec(QStringLiteral("ROLLBACK")));
    lock.close();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(service.store() && service.store()->tickets().size() == 1, 10000);
    QCOMPARE(service.store()->tickets().first().summary, typed.summary);
    QSignalSpy stopped(&service, &TicketService::stopped);
    service.stop();
    QTRY_COMPARE(stopped.size(), 1);
}

QTEST_GUILESS_MAIN(TestServiceDisk)
#include "tst_servicedisk.moc"
