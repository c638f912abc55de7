// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "service/newticket.h"
#include "service/servicestate.h"
#include "service/ticketservice.h"
#include "store/factinput.h"
#include "store/ticketstore.h"
#include "support/localengine.h"
#include "support/scriptedripio.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;
using namespace TicketDesk::ScriptedRipio;

// What the engine says of Ripio's API (the desktop's status bar).
class TestServiceApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void missingCredentialsAreNotBadOnes();
    void aTicketSentElsewhereLeavesTheQueueCount();
};

namespace {

// An engine that sends (no listener), to `api`.
EngineConfig sendingConfig(const QTemporaryDir &dir, const QUrl &api)
{
    EngineConfig config = localEngineConfig(dir);
    config.runOutbox = true;
    config.client = settings(api);
    config.listen = false;
    return config;
}

// Starts `service` on `config` and queues one ticket with `summary`.
void startAndQueue(TicketService &service, const EngineConfig &config, const QString &summary)
{
    QSignalSpy started(&service, &TicketService::started);
    service.start(config);
    QTRY_VERIFY(!started.isEmpty());
    QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
    NewTicket ticket;
    ticket.customerId = customerId;
    ticket.summary = summary;
    service.createTicket(ticket, 1);
}

} // namespace

// Without a client ID nothing is asked of Ripio: the API is "not configured", not "bad
// credentials" (which sent an operator to retype a secret that was right).
void TestServiceApi::missingCredentialsAreNotBadOnes()
{
    ScriptedServer ripio;
    QVERIFY(ripio.listen());
    const SystemClock clock;
    QTemporaryDir dir;
    EngineConfig config = sendingConfig(dir, ripio.baseUrl());
    config.client.clientId.clear();
    TicketService service(clock);
    QSignalSpy api(&service, &TicketService::apiStateChanged);
    startAndQueue(service, config, QStringLiteral("Card declined"));
    if (QTest::currentTestFailed())
        return;
    // The outbox tries, and the client refuses to ask without an ID.
    const auto refused = [&api] {
        for (const QList<QVariant> &args : std::as_const(api)) {
            if (args.at(0).value<ApiState>().message.contains(QStringLiteral("enter them in Settings")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(refused());
    const ApiState last = api.last().at(0).value<ApiState>();
    QCOMPARE(int(last.kind), int(ApiState::Kind::NotConfigured));
    QCOMPARE(ripio.count(tokenPath), 0);

    QSignalSpy stopped(&service, &TicketService::stopped);
    service.stop();
    QTRY_COMPARE(stopped.size(), 1);
}

// Ripio unreachable from here, one ticket queued; another process on the file (a `serve`) sends it:
// the count this engine reports falls to 0 (the status bar kept "API offline, 1 ticket queued"
// while the table's Queued button said 0).
void TestServiceApi::aTicketSentElsewhereLeavesTheQueueCount()
{
    const SystemClock clock;
    QTemporaryDir dir;
    EngineConfig config = sendingConfig(dir, QUrl(QStringLiteral("http://127.0.0.1:9"))); // nothing listens there
    config.followChanges = true;                                                          // as the desktop does
    TicketService service(clock);
    QSignalSpy api(&service, &TicketService::apiStateChanged);
    startAndQueue(service, config, QStringLiteral("Sent by the server"));
    if (QTest::currentTestFailed())
        return;
    const auto last = [&api] { return api.isEmpty() ? ApiState() : api.last().at(0).value<ApiState>(); };
    QTRY_VERIFY_WITH_TIMEOUT(last().kind == ApiState::Kind::Offline && last().queued == 1, 15000);
    // The outbox tries again at retryAt, and would count the queue then: the count must fall
    // before, from the other process's change alone.
    const QDateTime nextAttempt = last().retryAt;
    QVERIFY(nextAttempt.isValid());

    TicketStore other(clock);
    QVERIFY(other.open(config.dbPath).ok());
    const QList<Ticket> queued = other.tickets();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().status, TicketStatus::Queued);
    const QString ticketId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    const QList<FactOutcome> sent =
        other.applyFacts({FactInput::forLocal(queued.first().id, Fact::submit(clock.now())),
                          FactInput::forLocal(queued.first().id, Fact::accepted(ticketId, clock.now()))});
    QCOMPARE(sent.size(), 2);
    QCOMPARE(other.ticket(queued.first().id)->status, TicketStatus::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(last().queued, qint64(0), 5000);
    QVERIFY2(QDateTime::currentDateTimeUtc() < nextAttempt,
             qPrintable(QStringLiteral("counted at the next attempt (%1), not at the change")
                            .arg(nextAttempt.toString(Qt::ISODateWithMs))));

    QSignalSpy stopped(&service, &TicketService::stopped);
    service.stop();
    QTRY_COMPARE(stopped.size(), 1);
}

QTEST_GUILESS_MAIN(TestServiceApi)
#include "tst_serviceapi.moc"
