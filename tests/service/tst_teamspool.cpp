// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "service/offlinespool.h"
#include "service/ticketservice.h"
#include "store/databaselocation.h"
#include "store/deliveryrecord.h"
#include "store/ticketstore.h"
#include "support/pgtestdatabase.h"
#include "support/tcprelay.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace TicketDesk;

// A team desktop whose network to the team database drops: a ticket typed then
// is kept on this computer, written when the connection returns, exactly once
// (also when the desktop dies between the write and forgetting its copy).
namespace {

// What a test watches of a desktop's engine.
struct Spies
{
    explicit Spies(TicketService &service)
        : started(&service, &TicketService::started)
        , state(&service, &TicketService::databaseStateChanged)
        , spooled(&service, &TicketService::createSpooled)
        , finished(&service, &TicketService::createFinished)
    {}
    QSignalSpy started;
    QSignalSpy state;
    QSignalSpy spooled;
    QSignalSpy finished;
};

} // namespace

// The network is a TcpRelay between the engine and the suite's PostgreSQL.
class TestTeamSpool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ticketTypedOfflineIsWrittenOnce();
    void commandLineIsToldNotSpooled();
    void aRetryWithTheDatabaseAwaySaysSo();
    void aReceiverWithTheDatabaseAwayIsUnavailable();
    void aDesktopSeesTheDeliveriesTheServersRecord();
    void desktopStartedOfflineStartsWhenTheDatabaseAnswers();
    void aLostConnectionIsLoggedOnceAMinute();

private:
    // The desktop's engine: no listener, no outbox, following the database through the relay.
    EngineConfig desktopConfig(const QString &dataDir) const;
    QList<Ticket> ticketsWithSummary(const QString &summary);

    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<TcpRelay> m_relay;
};

void TestTeamSpool::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<PgTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    TicketStore admin(m_clock);
    QVERIFY2(admin.open(m_db->url()).ok(), "the schema is created by the first open");
    m_relay = std::make_unique<TcpRelay>(QUrl(m_db->url()));
    QVERIFY(m_relay->port() != 0);
}

EngineConfig TestTeamSpool::desktopConfig(const QString &dataDir) const
{
    QUrl url = m_relay->through(QUrl(m_db->url()));
    // A lost network must be noticed in seconds here, not libpq's default minutes.
    url.setQuery(QStringLiteral("connect_timeout=3"));
    EngineConfig c;
    c.dbPath = url.toString();
    c.dataDir = dataDir;
    c.listen = false;
    c.runOutbox = false;
    c.runReconciler = false;
    c.followChanges = true;
    return c;
}

QList<Ticket> TestTeamSpool::ticketsWithSummary(const QString &summary)
{
    TicketStore direct(m_clock);
    if (!direct.open(m_db->url()).ok())
        return {};
    QList<Ticket> found;
    for (const Ticket &t : direct.tickets()) {
        if (t.summary == summary)
            found.append(t);
    }
    return found;
}

void TestTeamSpool::ticketTypedOfflineIsWrittenOnce()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("desk"));
    const QString summary = QStringLiteral("Typed while the network was down");
    const QString original = m_dir.filePath(QStringLiteral("receipt.pdf"));
    {
        QFile f(original);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'r'));
    }
    {
        TicketService service(m_clock);
        Spies spies(service);
        QSignalSpy &started = spies.started;
        QSignalSpy &state = spies.state;
        QSignalSpy &spooled = spies.spooled;
        QSignalSpy &finished = spies.finished;
        service.start(desktopConfig(dataDir));
        QCOMPARE(started.size(), 1);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));

        m_relay->setOpen(false);
        NewTicket typed;
        typed.customerId = QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71");
        typed.summary = summary;
        typed.description = QStringLiteral("The operator pressed Create with the cable out.");
        typed.attachmentPaths = {original};
        service.createTicket(typed, 41);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(spooled.size(), 1);
        QCOMPARE(spooled.first().at(0).toULongLong(), quint64(41));
        // What became of it first (a status bar cuts a long line), then why, said once.
        const QString said = spooled.first().at(1).toString();
        QVERIFY2(said.startsWith(QStringLiteral("The ticket is kept on this computer, and written to the team "
                                                "database as soon as it can be reached (The team database ")),
                 qPrintable(said));
        QCOMPARE(said.count(QStringLiteral("cannot be reached")), 1);
        QVERIFY(!spooled.first().at(1).toString().contains(QUrl(m_db->url()).password()));
        QCOMPARE(OfflineSpool(dataDir, desktopConfig(dataDir).dbPath).count(), 1);
        QTRY_VERIFY(!state.isEmpty() && state.last().at(0).value<DatabaseState>().spooled == 1);
        QVERIFY(ticketsWithSummary(summary).isEmpty());
        QVERIFY(QFile::remove(original)); // the spool keeps its own copy
        const QDateTime typedAt = OfflineSpool(dataDir, desktopConfig(dataDir).dbPath).entries().value(0).savedAt;
        QVERIFY(typedAt.isValid());
        QTest::qWait(20); // the write below comes later than the typing in any case

        // The network returns: the ticket is written within seconds, once.
        m_relay->setOpen(true);
        QTRY_COMPARE_WITH_TIMEOUT(ticketsWithSummary(summary).size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(state.last().at(0).value<DatabaseState>().spooled, 0, 10000);
        QCOMPARE(OfflineSpool(dataDir, desktopConfig(dataDir).dbPath).count(), 0);
        const Ticket written = ticketsWithSummary(summary).first();
        QCOMPARE(written.status, TicketStatus::Queued);
        QCOMPARE(written.createdAt, typedAt); // when the operator pressed Create
        QVERIFY(!written.clientKey.isEmpty());
        QCOMPARE(written.attachments.size(), 1);
        QCOMPARE(written.attachments.first().fileName, QStringLiteral("receipt.pdf"));
        QCOMPARE(written.attachments.first().size, 4096);

        // The desktop dies after the write but before forgetting its copy: the copy is still
        // there at the next start, and writing it again changes nothing.
        typed.clientKey = written.clientKey;
        typed.attachmentPaths.clear();
        QString error;
        QVERIFY2(OfflineSpool(dataDir, desktopConfig(dataDir).dbPath).keep(typed, m_clock.now(), &error),
                 qPrintable(error));
        service.stop();
    }
    {
        TicketService restarted(m_clock);
        QSignalSpy started(&restarted, &TicketService::started);
        restarted.start(desktopConfig(dataDir));
        QVERIFY(started.first().at(0).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(OfflineSpool(dataDir, desktopConfig(dataDir).dbPath).count(), 0, 10000);
        const QList<Ticket> after = ticketsWithSummary(summary);
        QCOMPARE(after.size(), 1);
        restarted.stop();
    }
}

// Retry reads the ticket first: with the team database away that read fails, and the ticket
// was said not to exist ("Ticket #104 does not exist.").
void TestTeamSpool::aRetryWithTheDatabaseAwaySaysSo()
{
    qint64 id = 0;
    {
        TicketStore direct(m_clock);
        QVERIFY(direct.open(m_db->url()).ok());
        Ticket t;
        t.customerId = QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71");
        t.summary = QStringLiteral("Failed, retried while the network was down");
        t.createdAt = m_clock.now();
        id = direct.insertTicket(t);
        QVERIFY(id > 0);
    }
    TicketService service(m_clock);
    QSignalSpy started(&service, &TicketService::started);
    QSignalSpy retried(&service, &TicketService::retryFinished);
    service.start(desktopConfig(m_dir.filePath(QStringLiteral("retrying"))));
    QVERIFY(started.first().at(0).toBool());
    service.retryTickets({id + 1000}); // one that does not exist, for contrast
    QCOMPARE(retried.size(), 1);
    QCOMPARE(retried.takeFirst().at(2).toString(), QStringLiteral("Ticket #%1 does not exist.").arg(id + 1000));

    // The details of a ticket asked for meanwhile: said to be unreadable, with why.
    QSignalSpy detailsFailed(&service, &TicketService::detailsFailed);
    QSignalSpy detailsLoaded(&service, &TicketService::detailsLoaded);
    QSignalSpy databaseState(&service, &TicketService::databaseStateChanged);
    m_relay->setOpen(false);
    service.loadDetails(id);
    QCOMPARE(detailsLoaded.size(), 0);
    QCOMPARE(detailsFailed.size(), 1);
    QCOMPARE(detailsFailed.first().at(0).toLongLong(), id);
    QVERIFY2(detailsFailed.first().at(1).toString().contains(QStringLiteral("cannot be reached")),
             qPrintable(detailsFailed.first().at(1).toString()));
    // The customer directory asked for meanwhile: no empty one (every name in the table turned
    // into a UUID until a restart), and the real one once the database answers.
    QSignalSpy customers(&service, &TicketService::customersLoaded);
    service.loadCustomers();
    QCOMPARE(customers.size(), 0);
    service.retryTickets({id});
    m_relay->setOpen(true);
    QTRY_COMPARE_WITH_TIMEOUT(customers.size(), 1, 30000);
    const auto directory = customers.first().at(0).value<QList<CustomerRecord>>();
    QVERIFY(std::any_of(directory.cbegin(), directory.cend(), [](const CustomerRecord &c) {
        return c.customerId == QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71");
    }));
    // Connected again (the desktop then asks for the details anew): they are read.
    QTRY_VERIFY_WITH_TIMEOUT(!databaseState.isEmpty() && databaseState.last().at(0).value<DatabaseState>().connected,
                             30000);
    service.loadDetails(id);
    QCOMPARE(detailsLoaded.size(), 1);
    QCOMPARE(detailsLoaded.first().at(0).value<Ticket>().id, id);
    QCOMPARE(retried.size(), 1);
    const QString error = retried.first().at(2).toString();
    QVERIFY2(error.startsWith(QStringLiteral("the database could not be read, so nothing was sent: ")),
             qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!error.contains(QUrl(m_db->url()).password()));
    QCOMPARE(retried.first().at(1).toLongLong(), 0);
    service.stop();
}

namespace {

// GET /healthz: the status code and the JSON body. The receiver answers on this thread: the
// event loop runs while waiting.
QPair<int, QJsonObject> health(quint16 port)
{
    QTcpSocket socket;
    QByteArray answer;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    loop.exec();
    answer += socket.readAll();
    const qsizetype body = answer.indexOf("\r\n\r\n");
    return {answer.mid(9, 3).toInt(), QJsonDocument::fromJson(answer.mid(body + 4)).object()};
}

} // namespace

// A receiver (serve) whose team database is gone can neither store a webhook nor send a ticket:
// /healthz must not answer "ok" to a load balancer because no webhook has failed yet.
void TestTeamSpool::aReceiverWithTheDatabaseAwayIsUnavailable()
{
    EngineConfig c = desktopConfig(m_dir.filePath(QStringLiteral("receiver")));
    c.role = QStringLiteral("serve");
    c.listen = true;
    c.address = QHostAddress::LocalHost;
    c.port = 0;
    c.webhookSecret = "receiver-secret";
    c.runOutbox = true;
    c.client.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    TicketService service(m_clock);
    QSignalSpy started(&service, &TicketService::started);
    service.start(c);
    QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
    const quint16 port = service.listenerPort();
    QVERIFY(port != 0);
    QCOMPARE(health(port).first, 200);
    QCOMPARE(health(port).second.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    m_relay->setOpen(false);
    // The outbox looks for queued tickets every second: its read finds the database gone.
    QTRY_COMPARE_WITH_TIMEOUT(health(port).first, 503, 10000);
    const QJsonObject away = health(port).second;
    QCOMPARE(away.value(QStringLiteral("status")).toString(), QStringLiteral("unavailable"));
    const QString reason = away.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.startsWith(QStringLiteral("the database cannot be reached: ")), qPrintable(reason));
    QVERIFY(!reason.contains(QUrl(m_db->url()).password()));

    m_relay->setOpen(true);
    QTRY_COMPARE_WITH_TIMEOUT(health(port).first, 200, 15000);
    service.stop();
}

// A team desktop receives no webhook itself: its deliveries view showed those of its start and no
// later one, however many the servers recorded.
void TestTeamSpool::aDesktopSeesTheDeliveriesTheServersRecord()
{
    TicketStore server(m_clock);
    QVERIFY(server.open(m_db->url()).ok());
    const auto record = [&](const QString &verdict) {
        DeliveryRecord r;
        r.receivedAt = m_clock.now();
        r.verdict = verdict;
        r.eventType = QStringLiteral("SUPPORT_TICKET.CREATED");
        r.peerAddress = QStringLiteral("198.51.100.7");
        return server.recordDelivery(r);
    };
    const qint64 before = record(QStringLiteral("applied"));
    QVERIFY(before > 0);
    TicketService desktop(m_clock);
    QSignalSpy started(&desktop, &TicketService::started);
    QSignalSpy recorded(&desktop, &TicketService::deliveriesRecorded);
    desktop.start(desktopConfig(m_dir.filePath(QStringLiteral("viewer"))));
    QVERIFY(started.first().at(0).toBool());
    const qint64 first = record(QStringLiteral("bad-signature"));
    const qint64 second = record(QStringLiteral("applied"));
    QTRY_VERIFY_WITH_TIMEOUT(!recorded.isEmpty(), 10000);
    QList<qint64> told;
    const auto collect = [&] {
        for (const QList<QVariant> &signal : std::as_const(recorded))
            for (const DeliveryRecord &r : signal.at(0).value<QList<DeliveryRecord>>())
                told << r.id;
        recorded.clear();
    };
    QTRY_VERIFY_WITH_TIMEOUT((collect(), told.size() >= 2), 10000);
    QCOMPARE(told, (QList<qint64>{first, second})); // oldest first, each once, none from before
    QTest::qWait(3500);                             // a later look finds nothing new
    collect();
    QCOMPARE(told.size(), 2);

    // Two servers commit out of order: the earlier id is seen after the later one.
    {
        QString why;
        QSqlDatabase slow = openPgTestConnection(m_db->url(), QStringLiteral("slow"), &why);
        QVERIFY2(slow.isOpen(), qPrintable(why));
        QVERIFY(slow.transaction());
        QSqlQuery q(slow);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO deliveries (received_at, verdict) VALUES (%1, 'applied')"
                                       " RETURNING id")
                            .arg(m_clock.now().toMSecsSinceEpoch())) &&
                     q.next(),
                 qPrintable(q.lastError().text()));
        const qint64 earlier = q.value(0).toLongLong();
        const qint64 later = record(QStringLiteral("applied"));
        QVERIFY(later > earlier);
        QTRY_VERIFY_WITH_TIMEOUT((collect(), told.size() >= 3), 10000);
        QCOMPARE(told.last(), later);
        QVERIFY(slow.commit());
        QTRY_VERIFY_WITH_TIMEOUT((collect(), told.size() >= 4), 10000);
        QCOMPARE(told.last(), earlier);
        QTest::qWait(3500);
        collect();
        QCOMPARE(told.size(), 4); // each once
    }
    QSqlDatabase::removeDatabase(QStringLiteral("slow"));
    desktop.stop();
}

void TestTeamSpool::commandLineIsToldNotSpooled()
{
    // `ticketdesk create` on a team database follows no changes: it reports the failure (its
    // caller decides what to do) and keeps nothing behind that nobody would write.
    const QString dataDir = m_dir.filePath(QStringLiteral("cli"));
    EngineConfig c = desktopConfig(dataDir);
    c.followChanges = false;
    TicketService service(m_clock);
    QSignalSpy started(&service, &TicketService::started);
    service.start(c);
    QVERIFY(started.first().at(0).toBool());
    m_relay->setOpen(false);
    QSignalSpy spooled(&service, &TicketService::createSpooled);
    QSignalSpy finished(&service, &TicketService::createFinished);
    NewTicket typed;
    typed.customerId = QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71");
    typed.summary = QStringLiteral("From a script");
    service.createTicket(typed, 7);
    m_relay->setOpen(true);
    QCOMPARE(spooled.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toLongLong(), 0);
    QVERIFY2(finished.first().at(3).toString().contains(QStringLiteral("could not be saved")),
             qPrintable(finished.first().at(3).toString()));
    QCOMPARE(OfflineSpool(dataDir, desktopConfig(dataDir).dbPath).count(), 0);
    service.stop();
}

void TestTeamSpool::desktopStartedOfflineStartsWhenTheDatabaseAnswers()
{
    // It said "The ticket engine could not start" and stayed so: a ticket typed then was
    // refused ("The database is not open"), and nothing changed when the database came back.
    const QString dataDir = m_dir.filePath(QStringLiteral("offline-start"));
    const QString summary = QStringLiteral("Typed before the database was ever reached");
    m_relay->setOpen(false);
    TicketService service(m_clock);
    Spies spy(service);
    service.start(desktopConfig(dataDir));
    QCOMPARE(spy.started.size(), 0); // not a failure: it waits
    QVERIFY(!spy.state.isEmpty());
    const DatabaseState waiting = spy.state.last().at(0).value<DatabaseState>();
    QVERIFY(waiting.team);
    QVERIFY(!waiting.connected);
    QVERIFY(!waiting.message.isEmpty());
    QVERIFY(!waiting.where.isEmpty());
    QVERIFY(!waiting.where.contains(QUrl(m_db->url()).password()));

    NewTicket typed;
    typed.customerId = QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71");
    typed.summary = summary;
    typed.description = QStringLiteral("Written while the desktop had never reached the database.");
    service.createTicket(typed, 5);
    QCOMPARE(spy.finished.size(), 0);
    QCOMPARE(spy.spooled.size(), 1);
    QCOMPARE(OfflineSpool(dataDir, desktopConfig(dataDir).dbPath).count(), 1);
    QCOMPARE(spy.state.last().at(0).value<DatabaseState>().spooled, 1);
    // A ticket that is not valid is still refused at once, as the form expects.
    NewTicket invalid = typed;
    invalid.customerId = QStringLiteral("not-a-uuid");
    service.createTicket(invalid, 6);
    QCOMPARE(spy.finished.size(), 1);
    QVERIFY(!spy.finished.first().at(2).value<QList<FieldError>>().isEmpty());

    m_relay->setOpen(true);
    QTRY_COMPARE_WITH_TIMEOUT(spy.started.size(), 1, 20000);
    QVERIFY2(spy.started.first().at(0).toBool(), qPrintable(spy.started.first().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(spy.state.last().at(0).value<DatabaseState>().connected, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(ticketsWithSummary(summary).size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(OfflineSpool(dataDir, desktopConfig(dataDir).dbPath).count(), 0, 10000);
    service.stop();
}

namespace {

QStringList reconnectLines;

void keepReconnectLines(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (message.contains(QLatin1StringView("reconnecting failed")))
        reconnectLines << message;
}

} // namespace

void TestTeamSpool::aLostConnectionIsLoggedOnceAMinute()
{
    // Each use of the store tried to reconnect and logged it: serve and every desktop printed
    // "reconnecting failed" more than once a second for the whole outage.
    TicketStore store(m_clock);
    QVERIFY(store.open(desktopConfig(m_dir.filePath(QStringLiteral("log"))).dbPath).ok());
    m_relay->setOpen(false);
    reconnectLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepReconnectLines);
    for (int i = 0; i < 6; ++i)
        store.tickets();
    qInstallMessageHandler(previous);
    m_relay->setOpen(true);
    QCOMPARE(reconnectLines.size(), 1);
    QVERIFY2(reconnectLines.first().contains(QLatin1StringView("attempt 1")), qPrintable(reconnectLines.first()));
    QVERIFY(!reconnectLines.first().contains(QUrl(m_db->url()).password()));
    QTRY_VERIFY_WITH_TIMEOUT((store.tickets(), store.lastError().ok()), 10000);
}

QTEST_GUILESS_MAIN(TestTeamSpool)
#include "tst_teamspool.moc"
