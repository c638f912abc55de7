// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The demo wiring of `ticketdesk --demo --demo-seed`: the embedded sandbox, the engine on its own
// thread and the seeder, as the desktop puts them together. The seeder must leave a ticket of
// every status, each reached through the real engine and the sandbox's own behaviour.
#include "app/demosandbox.h"
#include "app/demoseeder.h"
#include "core/clock.h"
#include "gui/enginehost.h"
#include "service/engineconfig.h"
#include "service/ticketservice.h"
#include "store/ticketstore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <set>

using namespace TicketDesk;

class TestDemo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void seederLeavesEveryStatus();
    void seederGoesOnWithoutItsAnswers();
    void comesBackOnceItsPortIsFree();
    void offlineBeforeSetOnlineReturns();
};

namespace {

// A desk on the demo's sandbox, as `ticketdesk --demo --demo-seed` has it: the
// engine on a throwaway database, the sandbox sending its outcomes to the
// engine's listener whenever that comes up.
struct DemoDesk
{
    QTemporaryDir dir;
    DemoSandbox sandbox{SandboxOptions{}};
    EngineConfig config;
    SystemClock clock;
    EngineHost host{clock};
    QUrl listenerUrl;

    // Check QTest::currentTestFailed() after it.
    void start()
    {
        QVERIFY(dir.isValid());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        config.dbPath = dir.filePath(QStringLiteral("tickets.sqlite"));
        config.dataDir = dir.path();
        config.reconcileAfterSeconds = 60;
        sandbox.configure(config);
        config.client.transferTimeoutMs = 3000; // as the desktop does for --demo-seed
        QObject::connect(host.service(), &TicketService::listenerStateChanged, &sandbox,
                         [this](const ListenerState &state) {
                             if (state.listening) {
                                 listenerUrl = QUrl(state.url);
                                 sandbox.setWebhookUrl(listenerUrl);
                             }
                         });
        QSignalSpy started(host.service(), &TicketService::started);
        host.start(config);
        QTRY_COMPARE(started.size(), 1);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
    }
};

} // namespace

void TestDemo::seederLeavesEveryStatus()
{
    DemoDesk desk;
    desk.start();
    if (QTest::currentTestFailed())
        return;
    DemoSandbox &sandbox = desk.sandbox;
    const EngineConfig &config = desk.config;
    const Clock &clock = desk.clock;
    EngineHost &host = desk.host;
    const QUrl &listenerUrl = desk.listenerUrl;

    DemoSeeder seeder(host.service(), &sandbox);
    QSignalSpy finished(&seeder, &DemoSeeder::finished);
    seeder.start();
    // 14 s on an idle machine; a loaded one stretches the steps rather than skip a status.
    QVERIFY(finished.wait(90000));

    TicketStore store(clock);
    QVERIFY(store.open(config.dbPath).ok());
    const std::set<TicketStatus> expected{TicketStatus::Queued, TicketStatus::Pending,  TicketStatus::Created,
                                          TicketStatus::Failed, TicketStatus::Rejected, TicketStatus::Unconfirmed};
    std::set<TicketStatus> seen;
    qsizetype count = 0;
    const auto look = [&] {
        seen.clear();
        count = 0;
        store.forEachTicket(TicketFilter{}, [&](const Ticket &t) {
            seen.insert(t.status);
            ++count;
            return true;
        });
        return std::includes(seen.begin(), seen.end(), expected.begin(), expected.end());
    };
    const auto seenText = [&]() -> QString {
        QStringList names;
        for (TicketStatus s : seen)
            names << statusToString(s);
        return names.join(u',') + QStringLiteral(" in %1 tickets").arg(count);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(look(), qPrintable(seenText()), 10000);
    QCOMPARE(count, 11); // every ticket the seeder creates, each once

    // The sample directory came first: the seeded tickets' customers have names and emails,
    // and some tickets carry the operator's own reference.
    QHash<QString, CustomerRecord> named;
    for (const CustomerRecord &c : store.customers()) {
        if (!c.name.isEmpty())
            named.insert(c.customerId, c);
    }
    QCOMPARE(named.size(), 4);
    for (const CustomerRecord &c : std::as_const(named))
        QVERIFY2(c.email.contains(QLatin1Char('@')), qPrintable(c.email));
    qsizetype withName = 0;
    qsizetype withReference = 0;
    store.forEachTicket(TicketFilter{}, [&](const Ticket &t) {
        withName += named.contains(t.customerId) ? 1 : 0;
        withReference += t.reference.isEmpty() ? 0 : 1;
        return true;
    });
    QCOMPARE(withName, 10); // all but the unknown customer's
    QCOMPARE(withReference, 3);

    // Ripio comes back: the ticket queued during the outage goes out at once, not when the
    // outbox's backoff from the outage ends, and a new "fail" ticket ends FAILED as the demo
    // note promises (not queued behind the outage). First the backoff, long enough to tell.
    // Taken on this thread (queued): the service emits on the engine's.
    QObject here;
    QDateTime backoffEnds;
    QObject::connect(host.service(), &TicketService::apiStateChanged, &here,
                     [&backoffEnds](const ApiState &state) { backoffEnds = state.retryAt; });
    QTRY_VERIFY_WITH_TIMEOUT(backoffEnds.isValid() && clock.now().secsTo(backoffEnds) >= 6, 60000);
    const QDateTime backoffEnded = backoffEnds;
    const QString queued = QStringLiteral("Chargeback notice received");
    const auto statusOf = [&](const QString &summary) {
        std::optional<TicketStatus> status;
        store.forEachTicket(TicketFilter{}, [&](const Ticket &t) {
            if (t.summary == summary)
                status = t.status;
            return !status;
        });
        return status;
    };
    QCOMPARE(statusOf(queued), TicketStatus::Queued);
    seeder.recover();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(queued) != TicketStatus::Queued, 5000);
    QVERIFY2(clock.now() < backoffEnded, "sent when the backoff ended, not when Ripio came back");
    // Whenever the listener's address came (before the seeding or during it), Ripio
    // still sends its outcomes there: they do not wait for reconciliation.
    QVERIFY(!listenerUrl.isEmpty());
    QCOMPARE(sandbox.options().webhookUrl, listenerUrl);
    // Under the sanitizers the whole round trip is slow: generous waits.
    const auto said = [&](const QString &summary) {
        const std::optional<TicketStatus> s = statusOf(summary);
        return QByteArray(s ? qPrintable(statusToString(*s)) : "none");
    };
    QTRY_VERIFY2_WITH_TIMEOUT(statusOf(queued) == TicketStatus::Created, said(queued).constData(), 60000);
    QMetaObject::invokeMethod(host.service(), [&host] {
        host.service()->createTicket({demoCustomerIds().first(), QStringLiteral("Try: fail"), QStringLiteral("x"), {}},
                                     7);
    });
    const QString tried = QStringLiteral("Try: fail");
    QTRY_VERIFY2_WITH_TIMEOUT(statusOf(tried) == TicketStatus::Failed, said(tried).constData(), 40000);
    QVERIFY(host.shutdown());
}

// A step waits for the answers of the step before it only so long: with Ripio
// down from the start none of the seeded tickets is ever answered, and the
// seeder still goes through its steps, saying each time that it did not wait.
void TestDemo::seederGoesOnWithoutItsAnswers()
{
    DemoDesk desk;
    desk.start();
    if (QTest::currentTestFailed())
        return;
    desk.sandbox.setOnline(false);
    DemoSeeder seeder(desk.host.service(), &desk.sandbox);
    seeder.setStepPatience(1000);
    QSignalSpy finished(&seeder, &DemoSeeder::finished);
    // The last step waits only for its ticket to be saved.
    for (int step = 1; step <= 3; ++step)
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^demo: step %1 goes on without every answer").arg(step)));
    seeder.start();
    QVERIFY(finished.wait(60000));

    TicketStore store(desk.clock);
    QVERIFY(store.open(desk.config.dbPath).ok());
    qsizetype count = 0;
    qsizetype unanswered = 0;
    store.forEachTicket(TicketFilter{}, [&](const Ticket &t) {
        ++count;
        unanswered += t.status == TicketStatus::Queued || t.status == TicketStatus::Submitting ? 1 : 0;
        return true;
    });
    QCOMPARE(count, 11); // every ticket of every step
    QCOMPARE(unanswered, 11);
    QVERIFY(desk.host.shutdown());
}

// Ripio "comes back" on the port the engine knows. While another socket holds
// it the sandbox tries again every second; a later "down" stops the trying.
void TestDemo::comesBackOnceItsPortIsFree()
{
    DemoSandbox sandbox(SandboxOptions{});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const quint16 port = quint16(sandbox.baseUrl().port());
    RipioSandbox *inner = sandbox.sandbox();
    const auto listening = [inner] {
        bool on = false;
        QMetaObject::invokeMethod(
            inner, [inner, &on] { on = inner->isListening(); }, Qt::BlockingQueuedConnection);
        return on;
    };
    sandbox.setOnline(false);
    QTRY_VERIFY(!listening());

    QTcpServer squatter; // on purpose: the system hands the held port to no one by chance
    QVERIFY2(squatter.listen(QHostAddress::LocalHost, port), qPrintable(squatter.errorString()));
    sandbox.setOnline(true);
    QTest::qWait(1500);
    QVERIFY(!listening());
    squatter.close();
    QTRY_VERIFY_WITH_TIMEOUT(listening(), 5000);

    sandbox.setOnline(false);
    QTRY_VERIFY(!listening());
    QVERIFY2(squatter.listen(QHostAddress::LocalHost, port), qPrintable(squatter.errorString()));
    sandbox.setOnline(true);
    sandbox.setOnline(false); // before the first retry: no retry brings it back
    squatter.close();
    QTest::qWait(2500);
    QVERIFY(!listening());
}

// The seeder takes the API down and creates a ticket at once, expecting it refused and QUEUED:
// the port must be closed when setOnline(false) returns, even with the sandbox's thread busy (a
// loaded machine). Otherwise the kernel accepts the engine's connection into the backlog, the
// request is sent and never answered, and the ticket ends UNCONFIRMED.
void TestDemo::offlineBeforeSetOnlineReturns()
{
    DemoSandbox sandbox(SandboxOptions{});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const quint16 port = quint16(sandbox.baseUrl().port());
    QMetaObject::invokeMethod(
        sandbox.sandbox(), [] { QThread::msleep(300); }, Qt::QueuedConnection);
    sandbox.setOnline(false);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY2(!socket.waitForConnected(2000), "connected to the sandbox after it went offline");
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
