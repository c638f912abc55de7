// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/pgtestdatabase.h"
#include "support/storebackend.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TicketDesk;

// TicketStore::pruneDeliveries(): one bounded step of the delivery log's
// retention, by age and by count, on SQLite (and PostgreSQL with
// TICKETDESK_TEST_BACKEND=postgresql). Tickets are never pruned.
class TestDeliveryRetention final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oldDeliveriesGoRecentStay();
    void stepIsBounded();
    void countBudgetKeepsNewest();
    void bothLimitsAcrossSteps();
    void ticketsAndTimelinesUntouched();
    void statsCountAndOldest();

private:
    // `count` deliveries received `ageDays` days before the clock's now.
    void addDeliveries(int count, int ageDays, const QString &verdict = QStringLiteral("unauthorized"));

    const QDateTime m_now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketStore> m_store;
};

void TestDeliveryRetention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(m_now);
    m_store = std::make_unique<TicketStore>(*m_clock);
    QString location = m_dir->filePath(QStringLiteral("t.sqlite"));
    if (testsOnPostgres()) {
        m_pg = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        location = m_pg->url();
    }
    const StoreError error = m_store->open(location);
    QVERIFY2(error.ok(), qPrintable(error.message));
}

void TestDeliveryRetention::cleanup()
{
    m_store.reset();
    m_pg.reset();
    m_dir.reset();
}

void TestDeliveryRetention::addDeliveries(int count, int ageDays, const QString &verdict)
{
    for (int i = 0; i < count; ++i) {
        DeliveryRecord r;
        r.receivedAt = m_now.addDays(-ageDays).addSecs(i);
        r.verdict = verdict;
        r.peerAddress = QStringLiteral("203.0.113.9");
        r.body = "x";
        r.bodySize = 1;
        QVERIFY(m_store->recordDelivery(r) > 0);
    }
}

void TestDeliveryRetention::oldDeliveriesGoRecentStay()
{
    addDeliveries(5, 120);
    addDeliveries(3, 10, QStringLiteral("applied"));
    const auto step = m_store->pruneDeliveries(m_now.addDays(-90), 0, 500);
    QVERIFY2(step, qPrintable(m_store->lastError().message));
    QCOMPARE(step->deleted, 5);
    QVERIFY(!step->more);
    const QList<DeliveryRecord> left = m_store->deliveries();
    QCOMPARE(left.size(), 3);
    for (const DeliveryRecord &r : left) {
        QCOMPARE(r.verdict, QStringLiteral("applied"));
        QVERIFY(r.receivedAt >= m_now.addDays(-90));
    }
    // Nothing more to do: a second step deletes nothing.
    const auto again = m_store->pruneDeliveries(m_now.addDays(-90), 0, 500);
    QVERIFY(again);
    QCOMPARE(again->deleted, 0);
}

void TestDeliveryRetention::stepIsBounded()
{
    addDeliveries(25, 200);
    const auto first = m_store->pruneDeliveries(m_now.addDays(-90), 0, 10);
    QVERIFY(first);
    QCOMPARE(first->deleted, 10);
    QVERIFY(first->more);
    QCOMPARE(m_store->deliveryStats()->count, 15);
    // Oldest first: the ten earliest are gone.
    QCOMPARE(m_store->deliveryStats()->oldest, m_now.addDays(-200).addSecs(10));
    QCOMPARE(m_store->pruneDeliveries(m_now.addDays(-90), 0, 10)->deleted, 10);
    const auto last = m_store->pruneDeliveries(m_now.addDays(-90), 0, 10);
    QCOMPARE(last->deleted, 5);
    QVERIFY(!last->more);
    QCOMPARE(m_store->deliveryStats()->count, 0);
}

void TestDeliveryRetention::countBudgetKeepsNewest()
{
    addDeliveries(12, 3);
    // No age limit: only the count budget of 5 applies, in steps of at most 4.
    const auto first = m_store->pruneDeliveries(QDateTime(), 5, 4);
    QVERIFY2(first, qPrintable(m_store->lastError().message));
    QCOMPARE(first->deleted, 4);
    QVERIFY(first->more);
    QCOMPARE(m_store->pruneDeliveries(QDateTime(), 5, 4)->deleted, 3);
    QCOMPARE(m_store->pruneDeliveries(QDateTime(), 5, 4)->deleted, 0);
    const QList<DeliveryRecord> left = m_store->deliveries();
    QCOMPARE(left.size(), 5);
    // The newest five: received at seconds 7..11 of that day.
    QCOMPARE(m_store->deliveryStats()->oldest, m_now.addDays(-3).addSecs(7));
    // Both limits at once: age takes the old ones first, then the count.
    addDeliveries(2, 400);
    const auto both = m_store->pruneDeliveries(m_now.addDays(-90), 4, 500);
    QCOMPARE(both->deleted, 3);
    QCOMPARE(m_store->deliveryStats()->count, 4);
}

void TestDeliveryRetention::bothLimitsAcrossSteps()
{
    addDeliveries(3, 200);
    addDeliveries(6, 5, QStringLiteral("applied"));
    // The three aged out, then two of the four beyond the newest two: the step is full.
    const auto first = m_store->pruneDeliveries(m_now.addDays(-90), 2, 5);
    QVERIFY2(first, qPrintable(m_store->lastError().message));
    QCOMPARE(first->deleted, 5);
    QVERIFY(first->more);
    QCOMPARE(m_store->deliveryStats()->oldest, m_now.addDays(-5).addSecs(2));
    const auto second = m_store->pruneDeliveries(m_now.addDays(-90), 2, 5);
    QCOMPARE(second->deleted, 2);
    QVERIFY(!second->more);
    const QList<DeliveryRecord> left = m_store->deliveries();
    QCOMPARE(left.size(), 2);
    QCOMPARE(m_store->deliveryStats()->oldest, m_now.addDays(-5).addSecs(4));
    QCOMPARE(m_store->pruneDeliveries(m_now.addDays(-90), 2, 5)->deleted, 0);
}

void TestDeliveryRetention::ticketsAndTimelinesUntouched()
{
    Ticket t;
    t.customerId = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
    t.summary = QStringLiteral("old ticket");
    t.createdAt = m_now.addDays(-400);
    QVERIFY(m_store->insertTicket(t) > 0);
    QVERIFY(m_store->recordEvent(t.id, QStringLiteral("note"), QString(), QStringLiteral("kept")));
    const qint64 eventsBefore = m_store->events(t.id).size();
    DeliveryRecord r;
    r.receivedAt = m_now.addDays(-400);
    r.verdict = QStringLiteral("applied");
    r.localTicketId = t.id;
    QVERIFY(m_store->recordDelivery(r) > 0);

    const auto step = m_store->pruneDeliveries(m_now.addDays(-1), 0, 500);
    QVERIFY(step);
    QCOMPARE(step->deleted, 1);
    const std::optional<Ticket> kept = m_store->ticket(t.id);
    QVERIFY(kept);
    QCOMPARE(kept->summary, QStringLiteral("old ticket"));
    QCOMPARE(m_store->events(t.id).size(), eventsBefore);
    QCOMPARE(m_store->countByStatus().value(TicketStatus::Queued), 1);
}

void TestDeliveryRetention::statsCountAndOldest()
{
    const auto empty = m_store->deliveryStats();
    QVERIFY(empty);
    QCOMPARE(empty->count, 0);
    QVERIFY(!empty->oldest.isValid());
    addDeliveries(2, 30);
    addDeliveries(1, 2);
    const auto stats = m_store->deliveryStats();
    QCOMPARE(stats->count, 3);
    QCOMPARE(stats->oldest, m_now.addDays(-30));
}

QTEST_GUILESS_MAIN(TestDeliveryRetention)
#include "tst_deliveryretention.moc"
