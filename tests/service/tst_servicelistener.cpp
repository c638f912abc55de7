// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "service/servicestate.h"
#include "service/ticketservice.h"
#include "store/deliveryrecord.h"
#include "support/localengine.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

// The engine's webhook listener across Settings → Apply: a new port that another program
// holds must not leave Ripio's webhooks with no listener at all.
class TestServiceListener final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aTakenPortKeepsTheOldListener();
    void tlsFilesItCannotUseKeepTheOldListener();
    void onlyAListeningProcessHasAListenerThread();
    void aListenerSeesAnotherListenersDeliveries();
};

namespace {

ListenerState lastState(const QSignalSpy &spy)
{
    return spy.last().first().value<ListenerState>();
}

bool answers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

// POSTs `body` to the webhook path; the answer's status line, empty when none came.
QByteArray postWebhook(quint16 port, const QByteArray &body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("POST /webhooks/ripio HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QByteArray answer;
    while (!answer.contains("\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer.left(answer.indexOf("\r\n"));
}

// A listener on 127.0.0.1, on a port of its own, plain HTTP, no signatures.
EngineConfig listeningConfig(const QTemporaryDir &dir)
{
    EngineConfig config = localEngineConfig(dir);
    config.listen = true;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.requireSignature = false;
    return config;
}

// Starts `service` on `config`; the address it listens on ("127.0.0.1:PORT"), empty when it did not.
QString startListening(TicketService &service, const EngineConfig &config, QSignalSpy &states)
{
    service.start(config);
    if (!QTest::qWaitFor([&] { return !states.isEmpty() && lastState(states).listening; }, 5000))
        return {};
    return lastState(states).address;
}

} // namespace

void TestServiceListener::onlyAListeningProcessHasAListenerThread()
{
    // A team desktop or a command never listens: a listener thread and a writer connection for
    // each were one more session on the team database per operator (the review).
    const SystemClock clock;
    QTemporaryDir dir;
    EngineConfig quiet = listeningConfig(dir);
    quiet.listen = false;
    {
        TicketService service(clock);
        QSignalSpy started(&service, &TicketService::started);
        service.start(quiet);
        QVERIFY(!started.isEmpty() && started.first().at(0).toBool());
        QVERIFY(!service.listenerHasOwnThread());
        QCOMPARE(service.listenerPort(), quint16(0));

        // Listening turned on later (Settings → Apply): in a thread of its own too, and it records.
        QSignalSpy states(&service, &TicketService::listenerStateChanged);
        QSignalSpy recorded(&service, &TicketService::deliveriesRecorded);
        service.applyConfig(listeningConfig(dir));
        QTRY_VERIFY(!states.isEmpty() && lastState(states).listening);
        QVERIFY(service.listenerHasOwnThread());
        QCOMPARE(postWebhook(service.listenerPort(), R"({"eventType":"ON_RAMP.COMPLETED","data":{}})"),
                 QByteArray("HTTP/1.1 200 OK"));
        QTRY_VERIFY(!recorded.isEmpty());
        QCOMPARE(recorded.first().at(0).value<QList<DeliveryRecord>>().first().eventType,
                 QStringLiteral("ON_RAMP.COMPLETED"));
    }
    TicketService service(clock);
    QSignalSpy states(&service, &TicketService::listenerStateChanged);
    QVERIFY(!startListening(service, listeningConfig(dir), states).isEmpty());
    QVERIFY(service.listenerHasOwnThread());
    QVERIFY(answers(service.listenerPort()));
}

void TestServiceListener::aTakenPortKeepsTheOldListener()
{
    const SystemClock clock;
    QTemporaryDir dir;
    TicketService service(clock);
    const EngineConfig config = listeningConfig(dir);
    QSignalSpy states(&service, &TicketService::listenerStateChanged);
    const QString first = startListening(service, config, states);
    QVERIFY(!first.isEmpty());
    const quint16 firstPort = first.section(QLatin1Char(':'), -1).toUShort();
    QVERIFY(firstPort != 0);

    QTcpServer other; // another program on the port asked for
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    EngineConfig taken = config;
    taken.port = other.serverPort();
    taken.webhookPath = QByteArrayLiteral("/hooks"); // kept off too: Ripio posts to the old path
    states.clear();
    service.applyConfig(taken);
    QTRY_VERIFY(!states.isEmpty());
    ListenerState state = lastState(states);
    QVERIFY2(state.listening, qPrintable(state.error));
    QCOMPARE(state.address, first);
    QVERIFY2(state.url.endsWith(QStringLiteral(":%1/webhooks/ripio").arg(firstPort)), qPrintable(state.url));
    QVERIFY2(state.error.contains(QString::number(other.serverPort())) && state.error.contains(first),
             qPrintable(state.error));
    // Two sentences.
    QVERIFY2(state.error.contains(QStringLiteral(". Still listening on ") + first), qPrintable(state.error));
    QVERIFY(answers(firstPort));

    // Applied again once the port is free, the move is made.
    const quint16 freed = other.serverPort();
    other.close();
    states.clear();
    service.applyConfig(taken);
    QTRY_VERIFY(!states.isEmpty());
    state = lastState(states);
    QVERIFY2(state.listening && state.error.isEmpty(), qPrintable(state.error));
    QCOMPARE(state.address, QStringLiteral("127.0.0.1:%1").arg(freed));
    QVERIFY2(state.url.endsWith(QStringLiteral(":%1/hooks").arg(freed)), qPrintable(state.url));
    QVERIFY(answers(freed));

    // Listening off, then on a taken port: nothing was listening, nothing is kept.
    EngineConfig off = taken;
    off.listen = false;
    service.applyConfig(off);
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    EngineConfig again = taken;
    again.port = other.serverPort();
    states.clear();
    service.applyConfig(again);
    QTRY_VERIFY(!states.isEmpty());
    QVERIFY(!lastState(states).listening);
    QVERIFY(!lastState(states).error.isEmpty());

    QSignalSpy stopped(&service, &TicketService::stopped);
    service.stop();
    QTRY_COMPARE(stopped.size(), 1);
}

// The same for TLS files that cannot be read or used: the working listener, plain or with its own
// TLS, stays where it was rather than close and leave nothing listening.
void TestServiceListener::tlsFilesItCannotUseKeepTheOldListener()
{
    const SystemClock clock;
    QTemporaryDir dir;
    TicketService service(clock);
    const EngineConfig config = listeningConfig(dir);
    QSignalSpy states(&service, &TicketService::listenerStateChanged);
    const QString first = startListening(service, config, states);
    QVERIFY(!first.isEmpty());
    const quint16 firstPort = first.section(QLatin1Char(':'), -1).toUShort();

    const QString cert = QStringLiteral(TICKETDESK_TEST_DATA "/service/selftest-cert.pem");
    const QString key = QStringLiteral(TICKETDESK_TEST_DATA "/service/selftest-key.pem");
    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    struct Case
    {
        QString cert;
        QString key;
        QString says;
    };
    for (const Case &c : {Case{missing, key, QStringLiteral("Cannot read the TLS certificate")},
                          Case{cert, missing, QStringLiteral("Cannot read the TLS private key")},
                          Case{key, key, QStringLiteral("is not a PEM certificate")}}) {
        EngineConfig tls = config;
        tls.tlsCertificate = c.cert;
        tls.tlsKey = c.key;
        states.clear();
        service.applyConfig(tls);
        QTRY_VERIFY(!states.isEmpty());
        const ListenerState state = lastState(states);
        QVERIFY2(state.listening, qPrintable(state.error));
        QVERIFY(!state.tls);
        QCOMPARE(state.address, first);
        QVERIFY2(state.error.contains(c.says) &&
                     state.error.endsWith(QStringLiteral(". Still listening on %1 meanwhile.").arg(first)),
                 qPrintable(state.error));
        QVERIFY(answers(firstPort));
    }

    // Good files: the listener speaks TLS; then files it cannot read keep that listener too.
    EngineConfig good = config;
    good.tlsCertificate = cert;
    good.tlsKey = key;
    states.clear();
    service.applyConfig(good);
    QTRY_VERIFY(!states.isEmpty());
    QVERIFY2(lastState(states).listening && lastState(states).tls && lastState(states).error.isEmpty(),
             qPrintable(lastState(states).error));
    const quint16 tlsPort = lastState(states).address.section(QLatin1Char(':'), -1).toUShort();
    EngineConfig gone = good;
    gone.tlsKey = missing;
    states.clear();
    service.applyConfig(gone);
    QTRY_VERIFY(!states.isEmpty());
    QVERIFY(lastState(states).listening && lastState(states).tls);
    QVERIFY(answers(tlsPort));

    // Nothing listening before: nothing to keep, and the reason says no more than the files.
    EngineConfig off = config;
    off.listen = false;
    service.applyConfig(off);
    states.clear();
    service.applyConfig(gone);
    QTRY_VERIFY(!states.isEmpty());
    QVERIFY(!lastState(states).listening);
    QVERIFY2(lastState(states).error.startsWith(QStringLiteral("Cannot read the TLS private key")) &&
                 !lastState(states).error.contains(QStringLiteral("Still listening")),
             qPrintable(lastState(states).error));

    QSignalSpy stopped(&service, &TicketService::stopped);
    service.stop();
    QTRY_COMPARE(stopped.size(), 1);
}

// A desktop that listens, with a `serve` on the same SQLite file listening on another port: the
// deliveries the other receives are told here too (they never were, while the Insights counted
// them), and its own are told once, whichever way it learns of them first.
void TestServiceListener::aListenerSeesAnotherListenersDeliveries()
{
    const SystemClock clock;
    QTemporaryDir dir;
    TicketService desk(clock);
    TicketService server(clock);
    QSignalSpy deskStates(&desk, &TicketService::listenerStateChanged);
    QSignalSpy serverStates(&server, &TicketService::listenerStateChanged);
    EngineConfig deskConfig = listeningConfig(dir);
    deskConfig.followChanges = true; // as the desktop does
    QVERIFY(!startListening(desk, deskConfig, deskStates).isEmpty());
    QVERIFY(!startListening(server, listeningConfig(dir), serverStates).isEmpty());
    QSignalSpy told(&desk, &TicketService::deliveriesRecorded);
    const auto toldTypes = [&told] {
        QStringList types;
        for (const QList<QVariant> &signal : std::as_const(told)) {
            for (const DeliveryRecord &r : signal.first().value<QList<DeliveryRecord>>())
                types.append(r.eventType);
        }
        return types;
    };

    QCOMPARE(postWebhook(server.listenerPort(), R"({"eventType":"ON_RAMP.COMPLETED","data":{}})"),
             QByteArray("HTTP/1.1 200 OK"));
    QTRY_VERIFY_WITH_TIMEOUT(toldTypes().contains(QStringLiteral("ON_RAMP.COMPLETED")), 10000);
    QCOMPARE(postWebhook(desk.listenerPort(), R"({"eventType":"OFF_RAMP.COMPLETED","data":{}})"),
             QByteArray("HTTP/1.1 200 OK"));
    QTRY_VERIFY(toldTypes().contains(QStringLiteral("OFF_RAMP.COMPLETED")));
    QTest::qWait(3500); // a look at the database after it: the desk's own is not told again
    QCOMPARE(toldTypes(), (QStringList{QStringLiteral("ON_RAMP.COMPLETED"), QStringLiteral("OFF_RAMP.COMPLETED")}));
}

QTEST_GUILESS_MAIN(TestServiceListener)
#include "tst_servicelistener.moc"
