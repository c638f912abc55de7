// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "service/deliverypruner.h"
#include "service/ticketservice.h"
#include "store/ticketstore.h"
#include "support/ageddeliveries.h"
#include "support/localengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

// The engine's wiring of the delivery pruner on a SQLite file of its own: the
// retention state says that this process prunes and what its last round did
// (the Settings dialog shows it), and limits changed in Settings take effect
// at once, not at the next round ten minutes on.
class TestServiceRetention final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tighterLimitsPruneAtOnceAndAreReported();
};

void TestServiceRetention::tighterLimitsPruneAtOnceAndAreReported()
{
    const SystemClock clock;
    QTemporaryDir dir;
    TicketService service(clock);
    EngineConfig config = localEngineConfig(dir);
    config.listen = false;
    config.deliveryRetentionDays = 0;
    config.maxDeliveries = 0; // keep everything
    QSignalSpy states(&service, &TicketService::retentionStateChanged);
    service.start(config);
    QVERIFY(service.store() != nullptr);
    QTRY_VERIFY(!states.isEmpty() && states.last().first().value<RetentionState>().prunes);
    QVERIFY(!states.last().first().value<RetentionState>().lastPruneAt.isValid());

    QVERIFY(addAgedDeliveries(*service.store(), clock.now()));
    states.clear();
    QElapsedTimer sinceApplied;
    sinceApplied.start();
    service.applyConfig(tighterRetention(config));
    // Well before the pruner's own first round (DeliveryPruner::defaultFirstDelayMs).
    expectAgedDeliveriesPruned(states, *service.store(), DeliveryPruner::defaultFirstDelayMs - 1000);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(sinceApplied.elapsed() < DeliveryPruner::defaultFirstDelayMs);
    QVERIFY(states.last().first().value<RetentionState>().lastPruneAt.secsTo(clock.now()) < 60);

    QSignalSpy stopped(&service, &TicketService::stopped);
    service.stop();
    QTRY_COMPARE(stopped.size(), 1);
}

QTEST_GUILESS_MAIN(TestServiceRetention)
#include "tst_serviceretention.moc"
