// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/deliverypruner.h"
#include "service/storethread.h"
#include "store/databaselocation.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TicketDesk;

// DeliveryPruner on a real SQLite store with a manual clock: rounds made of
// bounded steps, deliveries aging out as the clock moves, the count budget,
// and "keep everything".
class TestDeliveryPruner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundPrunesInBoundedSteps();
    void deliveriesAgeOutAsTheClockMoves();
    void countBudget();
    void zeroLimitsKeepEverything();
    void timerStartsRounds();
    void stepsRunOnTheStoreThread();
    void stoppedRoundIgnoresItsStep();
    void aFailedStepIsTriedAgain();
    void aStepThatKeepsFailingEndsTheRound();

private:
    void addDeliveries(int count, const QDateTime &at, TicketStore *store = nullptr);
    qint64 kept() { return m_store->deliveryStats().value_or(DeliveryStats{-1, {}}).count; }

    const QDateTime m_start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<DeliveryPruner> m_pruner;
};

void TestDeliveryPruner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(m_start);
    m_store = std::make_unique<TicketStore>(*m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("p.sqlite"))).ok());
    m_pruner = std::make_unique<DeliveryPruner>(*m_store, *m_clock);
    m_pruner->setPauseMs(0);
}

void TestDeliveryPruner::cleanup()
{
    m_pruner.reset();
    m_store.reset();
    m_dir.reset();
}

void TestDeliveryPruner::addDeliveries(int count, const QDateTime &at, TicketStore *store)
{
    for (int i = 0; i < count; ++i) {
        DeliveryRecord r;
        r.receivedAt = at.addMSecs(i);
        r.verdict = QStringLiteral("applied");
        QVERIFY((store ? store : m_store.get())->recordDelivery(r) > 0);
    }
}

void TestDeliveryPruner::roundPrunesInBoundedSteps()
{
    addDeliveries(23, m_start.addDays(-100));
    addDeliveries(4, m_start.addDays(-1));
    m_pruner->setLimits(90, 0);
    m_pruner->setStepRows(5);
    QSignalSpy finished(m_pruner.get(), &DeliveryPruner::roundFinished);
    m_pruner->runRound();
    QVERIFY(m_pruner->isPruning()); // later steps wait for the event loop
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toLongLong(), 23);
    // 23 rows in steps of 5: four full steps, one of 3.
    QCOMPARE(m_pruner->steps(), 5);
    QCOMPARE(kept(), 4);
    QCOMPARE(m_pruner->lastPruneAt(), m_start);
    QCOMPARE(m_pruner->lastPruned(), 23);
}

void TestDeliveryPruner::deliveriesAgeOutAsTheClockMoves()
{
    addDeliveries(3, m_start.addDays(-10));
    m_pruner->setLimits(30, 0);
    QSignalSpy finished(m_pruner.get(), &DeliveryPruner::roundFinished);
    m_pruner->runRound();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.last().at(1).toLongLong(), 0);
    QCOMPARE(kept(), 3);

    m_clock->advance(qint64(21) * 24 * 3600 * 1000); // now 31 days old
    m_pruner->runRound();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().at(1).toLongLong(), 3);
    QCOMPARE(kept(), 0);
    QCOMPARE(m_pruner->lastPruneAt(), m_clock->now());
}

void TestDeliveryPruner::countBudget()
{
    addDeliveries(30, m_start.addDays(-2));
    m_pruner->setLimits(0, 10);
    m_pruner->setStepRows(7);
    QSignalSpy finished(m_pruner.get(), &DeliveryPruner::roundFinished);
    m_pruner->runRound();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toLongLong(), 20);
    QCOMPARE(kept(), 10);
    QCOMPARE(m_store->deliveryStats()->oldest, m_start.addDays(-2).addMSecs(20));
}

void TestDeliveryPruner::zeroLimitsKeepEverything()
{
    addDeliveries(5, m_start.addDays(-5000));
    m_pruner->setLimits(0, 0);
    QSignalSpy finished(m_pruner.get(), &DeliveryPruner::roundFinished);
    m_pruner->runRound();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toLongLong(), 0);
    QCOMPARE(kept(), 5);
}

void TestDeliveryPruner::timerStartsRounds()
{
    addDeliveries(2, m_start.addDays(-200));
    m_pruner->setLimits(90, 0);
    m_pruner->setFirstDelayMs(0);
    m_pruner->setIntervalMs(20);
    QSignalSpy finished(m_pruner.get(), &DeliveryPruner::roundFinished);
    m_pruner->start();
    QTRY_VERIFY(finished.size() >= 1);
    QCOMPARE(kept(), 0);
    // Rounds keep coming on the interval: a delivery that ages out later goes too.
    addDeliveries(1, m_start.addDays(-50));
    m_clock->advance(qint64(41) * 24 * 3600 * 1000);
    QTRY_COMPARE(kept(), 0);
    m_pruner->stop();
}

// With a store thread, the steps use that thread's connection: here to another
// file, so what each connection saw pruned tells where the steps ran. The
// pruner's own thread only waits for the results.
void TestDeliveryPruner::stepsRunOnTheStoreThread()
{
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        TicketStore store(*m_clock);
        QVERIFY(store.open(other).ok());
        addDeliveries(12, m_start.addDays(-100), &store);
    }
    addDeliveries(12, m_start.addDays(-100));
    StoreThread thread;
    const StoreError opened =
        thread.start(QStringLiteral("tst-pruner"), DatabaseLocation::parse(other), StoreOptions{}, *m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_pruner->setStoreThread(&thread);
    m_pruner->setLimits(90, 0);
    m_pruner->setStepRows(5);
    QSignalSpy finished(m_pruner.get(), &DeliveryPruner::roundFinished);
    m_pruner->runRound();
    QCOMPARE(finished.size(), 0); // the first step's result comes back through the event loop
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toLongLong(), 12);
    QCOMPARE(m_pruner->steps(), 3);
    QCOMPARE(kept(), 12); // this thread's file is untouched
    thread.stop();
    TicketStore store(*m_clock);
    QVERIFY(store.open(other).ok());
    QCOMPARE(store.deliveryStats()->count, 0);
}

// stop() while a step runs on the store thread: its result, when it comes,
// finishes no round and counts in none, even in a round started before it came.
void TestDeliveryPruner::stoppedRoundIgnoresItsStep()
{
    addDeliveries(11, m_start.addDays(-100));
    StoreThread thread;
    QVERIFY(thread
                .start(QStringLiteral("tst-pruner"),
                       DatabaseLocation::parse(m_dir->filePath(QStringLiteral("p.sqlite"))), StoreOptions{}, *m_clock)
                .ok());
    m_pruner->setStoreThread(&thread);
    m_pruner->setLimits(90, 0);
    m_pruner->setStepRows(3);
    QSignalSpy finished(m_pruner.get(), &DeliveryPruner::roundFinished);
    m_pruner->runRound();
    m_pruner->stop();
    QVERIFY(!m_pruner->isPruning());
    // The step ran (its rows are gone) and its result reached this thread, ignored.
    QMetaObject::invokeMethod(
        thread.context(), [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(m_pruner.get(), QEvent::MetaCall);
    QCOMPARE(kept(), 8);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_pruner->steps(), 0);

    // Stopped and started again before the first step's result is back.
    m_pruner->runRound();
    m_pruner->stop();
    m_pruner->runRound();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(kept(), 0);
    // This round's own steps only: 3 + 2 of the 5 its stopped predecessor left.
    QCOMPARE(finished.first().at(1).toLongLong(), 5);
    QCOMPARE(m_pruner->steps(), 2);
    thread.stop();
}

void TestDeliveryPruner::aFailedStepIsTriedAgain()
{
    // serve's pruner on a team database restarted meanwhile: the step's session was gone and the
    // round failed, the next one ten minutes on (an audit). The step is tried again instead.
    addDeliveries(23, m_start.addDays(-100));
    m_pruner->setLimits(90, 0);
    m_pruner->setRetryMs(100);
    QSignalSpy finished(m_pruner.get(), &DeliveryPruner::roundFinished);
    const QString path = m_store->path();
    m_store->close();
    m_pruner->runRound();
    QVERIFY(m_pruner->isPruning());
    QCOMPARE(m_pruner->steps(), 1); // failed, not the end of the round
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_store->open(path).ok());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toLongLong(), 23);
    QCOMPARE(kept(), 0);
}

void TestDeliveryPruner::aStepThatKeepsFailingEndsTheRound()
{
    addDeliveries(5, m_start.addDays(-100));
    m_pruner->setLimits(90, 0);
    m_pruner->setRetryMs(10);
    QSignalSpy finished(m_pruner.get(), &DeliveryPruner::roundFinished);
    m_store->close();
    m_pruner->runRound();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(m_pruner->steps(), 1 + DeliveryPruner::stepRetries);
    QVERIFY(!m_pruner->isPruning());
    QVERIFY(!m_pruner->lastPruneAt().isValid());
}

QTEST_GUILESS_MAIN(TestDeliveryPruner)
#include "tst_deliverypruner.moc"
