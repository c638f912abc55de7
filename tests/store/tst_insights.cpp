// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/insightssql.h"
#include "store/schemamigrations.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/pgtestdatabase.h"
#include "support/rawsql.h"
#include "support/storebackend.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

namespace {

// Times of the data set, in UTC.
QDateTime utc(int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), Qt::UTC);
}

const QTimeZone madrid("Europe/Madrid");
const QTimeZone buenosAires("America/Argentina/Buenos_Aires");
const QDateTime testNow = utc(10, 28, 12, 0);

// On PostgreSQL every test gets a schema of its own (PgTestSchemas).
QString currentSchema;

// Runs `sql` on a connection of its own to `location`, outside the store; the
// first column of the last statement's rows.
std::optional<QVariantList> rawExec(const QString &location, const QStringList &sql, int column = 0)
{
    return rawSql(location, sql, testsOnPostgres(), currentSchema, column);
}

QString opt(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

QString optShare(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 4) : QStringLiteral("-");
}

// Readable forms, so that a failed comparison shows which figure differs.
QString text(const OutcomeFigures &o)
{
    return QStringLiteral("created %1 failed %2 rejected %3 unconfirmed %4 open %5")
        .arg(o.created)
        .arg(o.failed)
        .arg(o.rejected)
        .arg(o.unconfirmed)
        .arg(o.open);
}

QString text(const DurationFigures &d)
{
    return QStringLiteral("n %1 p50 %2 p95 %3").arg(d.count).arg(opt(d.p50Ms), opt(d.p95Ms));
}

QString text(const DeliveryFigures &f)
{
    return QStringLiteral("valid %1 late %2 duplicate %3 badSignature %4 quarantined %5 otherFamily %6 other %7")
        .arg(f.valid)
        .arg(f.late)
        .arg(f.duplicate)
        .arg(f.badSignature)
        .arg(f.quarantined)
        .arg(f.otherFamily)
        .arg(f.other);
}

QString text(const InsightsDay &d)
{
    return d.day.toString(Qt::ISODate) + QStringLiteral(": ") + text(d.outcomes) + QStringLiteral(" | ") +
           text(d.durations) + QStringLiteral(" | ") + text(d.deliveries);
}

QStringList text(const QList<InsightsDay> &days)
{
    QStringList out;
    for (const InsightsDay &d : days)
        out << text(d);
    return out;
}

QString text(const QList<DurationBucket> &bars)
{
    QStringList out;
    for (const DurationBucket &b : bars)
        out << QStringLiteral("<%1:%2").arg(b.upperMs).arg(b.count);
    return out.join(QLatin1Char(' '));
}

QString text(const ArrivalFigures &a)
{
    return QStringLiteral("webhook %1 reconciliation %2 unknown %3 retries %4 firstFailures %5 cured %6 rate %7 "
                          "curedShare %8")
        .arg(a.byWebhook)
        .arg(a.byReconciliation)
        .arg(a.unknown)
        .arg(a.retries)
        .arg(a.firstFailures)
        .arg(a.curedByRetry)
        .arg(optShare(a.failureRate), optShare(a.curedShare));
}

QString text(const NowFigures &n)
{
    return QStringLiteral("open %1 stuck %2 oldest %3 lastWebhook %4")
        .arg(n.open)
        .arg(n.stuck)
        .arg(n.oldestPendingSince.toString(Qt::ISODate), n.lastWebhookAt.toString(Qt::ISODate));
}

OutcomeFigures outcomes(qint64 created, qint64 failed, qint64 rejected, qint64 unconfirmed, qint64 open)
{
    return OutcomeFigures{created, failed, rejected, unconfirmed, open};
}

DurationFigures durations(qint64 count, std::optional<qint64> p50, std::optional<qint64> p95)
{
    return DurationFigures{count, p50, p95};
}

DeliveryFigures deliveries(qint64 valid, qint64 late, qint64 duplicate, qint64 badSignature, qint64 quarantined,
                           qint64 otherFamily, qint64 other)
{
    return DeliveryFigures{valid, late, duplicate, badSignature, quarantined, otherFamily, other};
}

InsightsDay day(int month, int dayOfMonth, OutcomeFigures o, DurationFigures d, DeliveryFigures f)
{
    return InsightsDay{QDate(2026, month, dayOfMonth), o, d, f};
}

const DurationFigures noDurations{};
const DeliveryFigures noDeliveries{};
const OutcomeFigures noOutcomes{};

// The histogram's bars with these counts (the bounds of insightsHistogramBounds(), then -1).
QList<DurationBucket> bars(const QList<qint64> &counts)
{
    QList<DurationBucket> out;
    const QList<qint64> bounds = insightsHistogramBounds();
    for (qsizetype i = 0; i < counts.size(); ++i)
        out << DurationBucket{i < bounds.size() ? bounds.at(i) : -1, counts.at(i)};
    return out;
}

InsightsQuery rangeQuery(const QTimeZone &zone, QDate from, QDate until)
{
    InsightsQuery q;
    q.from = from;
    q.until = until;
    q.zone = zone;
    q.now = testNow;
    return q;
}

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;

} // namespace

// TicketStore::insights() against a fixed data set whose every figure is
// worked out by hand below; on SQLite, and with TICKETDESK_TEST_BACKEND=
// postgresql on the throwaway PostgreSQL server.
//
// The data set (times UTC; Madrid is UTC+2 until 2026-10-25 03:00 local, then
// UTC+1, so its 25 October lasts 25 hours; Buenos Aires is UTC-3):
//   23 Oct 08:01..08:10  ten tickets by "ana", CREATED by webhook after 1..10 s
//   25 Oct 00:30         REJECTED (Madrid: 25 Oct 02:30; Buenos Aires: 24 Oct)
//   25 Oct 09:00         F1 by "bob", customer CUST-A: FAILED by webhook after 30 s
//   25 Oct 10:00         R1, F1's retry: FAILED by webhook after 2 min
//   25 Oct 12:00         UNCONFIRMED (the 202 was lost)
//   25 Oct 13:00         PENDING since 13:01 (stuck)
//   25 Oct 14:00         QUEUED
//   25 Oct 22:50         Madrid 23:50: FAILED by reconciliation at 23:10 (Madrid 00:10
//                        next day) after 19 min; a later FAILED webhook changes nothing
//   26 Oct 10:00         R2, R1's retry: CREATED by reconciliation after 7 h
//   26 Oct 15:00         a ticket first seen in a webhook (CREATED, no submit time)
//   28 Oct 11:56         PENDING since 11:57 (now is 12:00: not stuck yet)
// Deliveries in every category, one of them a suppressed record of 7.
class TestInsights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void figuresOfARange();
    void daysFollowTheZone();
    void filters_data();
    void filters();
    void nowComesFromTheClock();
    void refusesBadRanges_data();
    void refusesBadRanges();
    void mergedOrphanKeepsHowItArrived();
    void backfillsSchemaFive();
    void deliveredTicketsOfABar();
    void openTicketsReadTheirIndex();
    void lastWebhookIsAnyEventAcknowledged();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    PgTestSchemas m_pg;
    QString dbPath() const
    {
        return testsOnPostgres() ? m_pg.url() : m_dir->filePath(QStringLiteral("tickets.sqlite"));
    }
    // Opens `store` and writes the data set above into it.
    void seed(TicketStore &store, ManualClock &clock);
    // A ticket sent and accepted (PENDING) with these times; its id.
    qint64 sent(TicketStore &store, const QDateTime &created, const QString &ticketId,
                const QString &customer = QStringLiteral("CUST-Z"));
};

void TestInsights::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (testsOnPostgres()) {
        QString error;
        QVERIFY2(m_pg.next(QStringLiteral("insights"), &error), qPrintable(error));
        currentSchema = m_pg.schema();
    }
}

qint64 TestInsights::sent(TicketStore &store, const QDateTime &created, const QString &ticketId,
                          const QString &customer)
{
    Ticket t = sampleTicket(customer, QStringLiteral("Summary of ") + ticketId);
    t.createdAt = created;
    if (store.insertTicket(t) <= 0)
        qFatal("insert failed: %s", qPrintable(store.lastError().message));
    const QList<FactOutcome> out =
        store.applyFacts({FactInput::forLocal(t.id, Fact::submit(created.addSecs(30))),
                          FactInput::forLocal(t.id, Fact::accepted(ticketId, created.addSecs(60)))});
    if (out.size() != 2 || !out[1].committed || out[1].verdict != Verdict::Applied)
        qFatal("sending %s failed", qPrintable(ticketId));
    return t.id;
}

void TestInsights::seed(TicketStore &store, ManualClock &clock)
{
    const StoreError opened = store.open(dbPath());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const auto apply = [&](const FactInput &input, Verdict expected) {
        const QList<FactOutcome> out = store.applyFacts({input});
        QVERIFY2(out.size() == 1 && out[0].committed, qPrintable(store.lastError().message));
        QCOMPARE(out[0].verdict, expected);
    };
    const auto webhook = [](const QString &ticketId, TicketStatus status, const QDateTime &at) {
        return FactInput::forRemote(Fact::webhook(
            ticketId, status, status == TicketStatus::Created ? QStringLiteral("SUP-") + ticketId : QString(),
            QStringLiteral("CUST-Z"), QStringLiteral("From a webhook"), at));
    };
    const auto retrieved = [](const QString &ticketId, TicketStatus status, const QDateTime &at) {
        return FactInput::forRemote(Fact::retrieved(
            ticketId, status, status == TicketStatus::Created ? QStringLiteral("SUP-") + ticketId : QString(), at));
    };
    const auto received = [](const QDateTime &at, const QString &verdict, qint64 suppressed = 0) {
        DeliveryRecord r;
        r.receivedAt = at;
        r.verdict = verdict;
        r.suppressed = suppressed;
        r.peerAddress = QStringLiteral("192.0.2.7");
        return r;
    };
    QList<qint64> ana;

    // 23 October: ten tickets, 1..10 s from the 202 (one minute after creation) to the webhook.
    for (int i = 1; i <= 10; ++i) {
        const QDateTime created = utc(10, 23, 8, i);
        const QString id = QStringLiteral("T23-%1").arg(i);
        ana << sent(store, created, id);
        apply(webhook(id, TicketStatus::Created, created.addSecs(60 + i)), Verdict::Applied);
    }

    // 25 October.
    {
        Ticket t = sampleTicket(QStringLiteral("CUST-Z"), QStringLiteral("Refused"));
        t.createdAt = utc(10, 25, 0, 30);
        QVERIFY(store.insertTicket(t) > 0);
        apply(FactInput::forLocal(t.id, Fact::submit(utc(10, 25, 0, 31))), Verdict::Applied);
        apply(FactInput::forLocal(t.id, Fact::rejected(QStringLiteral("400"), utc(10, 25, 0, 31))), Verdict::Applied);
    }
    const qint64 f1 = sent(store, utc(10, 25, 9, 0), QStringLiteral("F1"), QStringLiteral("CUST-A"));
    {
        FactInput failed = webhook(QStringLiteral("F1"), TicketStatus::Failed, utc(10, 25, 9, 1, 30));
        failed.delivery = received(utc(10, 25, 9, 2), QString()); // the store notes "applied"
        apply(failed, Verdict::Applied);
        // A later Retrieve says the same: how it arrived stays "webhook".
        apply(retrieved(QStringLiteral("F1"), TicketStatus::Failed, utc(10, 25, 9, 5)), Verdict::Duplicate);
    }
    clock.set(utc(10, 25, 10, 0));
    const RetryResult r1 = store.createRetry(f1, {});
    QVERIFY2(r1.created && r1.retry, qPrintable(r1.error.message));
    apply(FactInput::forLocal(r1.retry->id, Fact::submit(utc(10, 25, 10, 0, 30))), Verdict::Applied);
    apply(FactInput::forLocal(r1.retry->id, Fact::accepted(QStringLiteral("R1"), utc(10, 25, 10, 1))),
          Verdict::Applied);
    apply(webhook(QStringLiteral("R1"), TicketStatus::Failed, utc(10, 25, 10, 3)), Verdict::Applied);
    {
        Ticket t = sampleTicket(QStringLiteral("CUST-Z"), QStringLiteral("Answer lost"));
        t.createdAt = utc(10, 25, 12, 0);
        QVERIFY(store.insertTicket(t) > 0);
        apply(FactInput::forLocal(t.id, Fact::submit(utc(10, 25, 12, 1))), Verdict::Applied);
        apply(FactInput::forLocal(t.id, Fact::answerLost(QStringLiteral("timeout"), utc(10, 25, 12, 2))),
              Verdict::Applied);
    }
    sent(store, utc(10, 25, 13, 0), QStringLiteral("P1"));
    {
        Ticket t = sampleTicket(QStringLiteral("CUST-Z"), QStringLiteral("Still queued"));
        t.createdAt = utc(10, 25, 14, 0);
        QVERIFY(store.insertTicket(t) > 0);
    }
    // Created at 23:50 in Madrid; its outcome comes at 00:10 the next day.
    sent(store, utc(10, 25, 22, 50), QStringLiteral("L1"));
    apply(webhook(QStringLiteral("L1"), TicketStatus::Pending, utc(10, 25, 22, 55)), Verdict::Duplicate);
    apply(retrieved(QStringLiteral("L1"), TicketStatus::Failed, utc(10, 25, 23, 10)), Verdict::Applied);
    apply(webhook(QStringLiteral("L1"), TicketStatus::Failed, utc(10, 25, 23, 11)), Verdict::Duplicate);

    // 26 October: R1's retry, CREATED by reconciliation 7 hours after its 202.
    clock.set(utc(10, 26, 10, 0));
    const RetryResult r2 = store.createRetry(r1.retry->id, {});
    QVERIFY2(r2.created && r2.retry, qPrintable(r2.error.message));
    apply(FactInput::forLocal(r2.retry->id, Fact::submit(utc(10, 26, 10, 0, 30))), Verdict::Applied);
    apply(FactInput::forLocal(r2.retry->id, Fact::accepted(QStringLiteral("R2"), utc(10, 26, 10, 1))),
          Verdict::Applied);
    apply(retrieved(QStringLiteral("R2"), TicketStatus::Created, utc(10, 26, 17, 1)), Verdict::Applied);
    {
        // A ticket TicketDesk first hears of in a webhook, then the same webhook again.
        FactInput first = webhook(QStringLiteral("W1"), TicketStatus::Created, utc(10, 26, 15, 0));
        first.delivery = received(utc(10, 26, 15, 0), QString());
        apply(first, Verdict::UnknownTicketCreated);
        FactInput again = first;
        again.delivery = received(utc(10, 26, 15, 5), QString());
        apply(again, Verdict::Duplicate);
    }

    // After the range: a PENDING ticket submitted three minutes before now.
    sent(store, utc(10, 28, 11, 56), QStringLiteral("P2"));

    // Deliveries that carry no fact, in every category.
    for (const DeliveryRecord &r : {
             received(utc(10, 23, 23, 0), QStringLiteral("conflict")),
             received(utc(10, 24, 10, 0), QStringLiteral("bad-signature")),
             received(utc(10, 24, 11, 0), QStringLiteral("missing-signature")),
             received(utc(10, 24, 12, 0), QStringLiteral("suppressed"), 7),
             received(utc(10, 25, 22, 30), QStringLiteral("store-failed")),
             received(utc(10, 25, 23, 30), QStringLiteral("other-family")),
             received(utc(10, 27, 9, 0), QStringLiteral("late")),
             received(utc(10, 27, 9, 30), QStringLiteral("rejected-late")),
             received(utc(10, 27, 10, 0), QStringLiteral("stale")),
             received(utc(10, 27, 11, 0), QStringLiteral("quarantined")),
             received(utc(10, 27, 12, 0), QStringLiteral("account-closed")), // valid: acted on
             received(utc(10, 28, 8, 0), QStringLiteral("applied")),         // the last valid one
             received(utc(10, 28, 9, 0), QStringLiteral("bad-signature")),   // later, not valid
         })
        QVERIFY2(store.recordDelivery(r) > 0, qPrintable(store.lastError().message));

    // Authors: a team database records the login of whoever inserted a row,
    // so the data set names its operators afterwards, alike on both backends.
    QStringList ids;
    for (const qint64 id : std::as_const(ana))
        ids << QString::number(id);
    QVERIFY(rawExec(
        dbPath(),
        {QStringLiteral("UPDATE tickets SET created_by = 'carla'"),
         QStringLiteral("UPDATE tickets SET created_by = 'ana' WHERE id IN (%1)").arg(ids.join(QLatin1Char(','))),
         QStringLiteral("UPDATE tickets SET created_by = 'bob' WHERE id = %1").arg(f1)}));
}

void TestInsights::figuresOfARange()
{
    ManualClock clock(utc(10, 20, 0, 0));
    TicketStore store(clock);
    seed(store, clock);
    if (QTest::currentTestFailed())
        return;

    const std::optional<Insights> got = store.insights(rangeQuery(madrid, QDate(2026, 10, 23), QDate(2026, 10, 27)));
    QVERIFY2(got, qPrintable(store.lastError().message));
    QVERIFY(store.lastError().ok());
    QCOMPARE(got->query.zone, madrid);
    QCOMPARE(got->query.now, testNow);

    // Madrid's days: 23 [22 Oct 22:00Z, 23 Oct 22:00Z), 24, 25 [24 Oct 22:00Z, 25 Oct 23:00Z)
    // (25 hours), 26 [25 Oct 23:00Z, ...), 27.
    QCOMPARE(
        text(got->days),
        text(QList<InsightsDay>{
            day(10, 23, outcomes(10, 0, 0, 0, 0), durations(10, 5 * second, 10 * second), noDeliveries),
            day(10, 24, noOutcomes, noDurations, deliveries(0, 0, 0, 1 + 1 + 7, 0, 0, 1)),
            // F1 30 s, R1 2 min, L1 19 min (its outcome on the 26th counts here).
            day(10, 25, outcomes(0, 3, 1, 1, 2), durations(3, 2 * minute, 19 * minute),
                deliveries(1, 0, 0, 0, 0, 0, 1)),
            day(10, 26, outcomes(2, 0, 0, 0, 0), durations(1, 7 * hour, 7 * hour), deliveries(1, 0, 1, 0, 0, 1, 0)),
            day(10, 27, noOutcomes, noDurations, deliveries(1, 2, 1, 0, 1, 0, 0)),
        }));
    QCOMPARE(text(got->outcomes), text(outcomes(12, 3, 1, 1, 2)));
    QCOMPARE(got->outcomes.total(), qint64(19));
    // 1..10 s, 30 s, 2 min, 19 min, 7 h: the 7th and the 14th of 14.
    QCOMPARE(text(got->durations), text(durations(14, 7 * second, 7 * hour)));
    QCOMPARE(text(got->deliveries), text(deliveries(3, 2, 2, 9, 1, 1, 2)));
    QCOMPARE(got->deliveries.total(), qint64(20));
    // A duration on a bound counts in the next bar: 1 s in [1 s, 2 s), 30 s in [30 s, 1 min).
    QCOMPARE(text(got->histogram), text(bars({0, 1, 3, 5, 1, 1, 0, 1, 0, 1, 0, 1})));
    ArrivalFigures arrivals;
    arrivals.byWebhook = 10 + 1 + 1 + 1; // the ten, F1, R1, W1
    arrivals.byReconciliation = 2;       // L1, R2
    arrivals.retries = 2;                // R1, R2
    arrivals.firstFailures = 2;          // F1, L1
    arrivals.curedByRetry = 1;           // F1 -> R1 (FAILED) -> R2 (CREATED): once
    arrivals.failureRate = 3.0 / 15.0;
    arrivals.curedShare = 0.5;
    QCOMPARE(text(got->arrivals), text(arrivals));
    QCOMPARE(text(got->now), text(NowFigures{3, 1, utc(10, 25, 13, 1), utc(10, 28, 8, 0)}));

    // One day alone: the 24th has no ticket, yet is there with zeros.
    const std::optional<Insights> quiet = store.insights(rangeQuery(madrid, QDate(2026, 10, 24), QDate(2026, 10, 24)));
    QVERIFY2(quiet, qPrintable(store.lastError().message));
    QCOMPARE(quiet->days.size(), qsizetype(1));
    QCOMPARE(text(quiet->outcomes), text(noOutcomes));
    QCOMPARE(text(quiet->durations), text(noDurations));
    QCOMPARE(text(quiet->histogram), text(bars({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})));
    QCOMPARE(text(quiet->arrivals), text(ArrivalFigures{}));
    QCOMPARE(text(quiet->deliveries), text(deliveries(0, 0, 0, 9, 0, 0, 1)));
    // The desk now does not depend on the range.
    QCOMPARE(text(quiet->now), text(got->now));
}

void TestInsights::daysFollowTheZone()
{
    ManualClock clock(utc(10, 20, 0, 0));
    TicketStore store(clock);
    seed(store, clock);
    if (QTest::currentTestFailed())
        return;

    // The same data in Buenos Aires (UTC-3): day D is [D 03:00Z, D+1 03:00Z).
    const std::optional<Insights> got =
        store.insights(rangeQuery(buenosAires, QDate(2026, 10, 23), QDate(2026, 10, 27)));
    QVERIFY2(got, qPrintable(store.lastError().message));
    QCOMPARE(text(got->days), text(QList<InsightsDay>{
                                  day(10, 23, outcomes(10, 0, 0, 0, 0), durations(10, 5 * second, 10 * second),
                                      deliveries(0, 0, 0, 0, 0, 0, 1)),
                                  // 25 Oct 00:30Z is 24 Oct 21:30 here.
                                  day(10, 24, outcomes(0, 0, 1, 0, 0), noDurations, deliveries(0, 0, 0, 9, 0, 0, 0)),
                                  day(10, 25, outcomes(0, 3, 0, 1, 2), durations(3, 2 * minute, 19 * minute),
                                      deliveries(1, 0, 0, 0, 0, 1, 1)),
                                  day(10, 26, outcomes(2, 0, 0, 0, 0), durations(1, 7 * hour, 7 * hour),
                                      deliveries(1, 0, 1, 0, 0, 0, 0)),
                                  day(10, 27, noOutcomes, noDurations, deliveries(1, 2, 1, 0, 1, 0, 0)),
                              }));
    QCOMPARE(text(got->outcomes), text(outcomes(12, 3, 1, 1, 2)));
    QCOMPARE(text(got->durations), text(durations(14, 7 * second, 7 * hour)));

    // Madrid's 25 October is 25 hours long: 22:30Z (store-failed) is in it, 23:30Z is not.
    QCOMPARE(rangeQuery(madrid, {}, {}).dayEndMs(QDate(2026, 10, 25)) -
                 rangeQuery(madrid, {}, {}).dayStartMs(QDate(2026, 10, 25)),
             qint64(25 * hour));
}

void TestInsights::filters_data()
{
    QTest::addColumn<QString>("createdBy");
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<int>("status"); // -1: none
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<QString>("durations");
    QTest::addColumn<QString>("arrivals");
    QTest::addColumn<QString>("now");

    const QString lastWebhook = utc(10, 28, 8, 0).toString(Qt::ISODate);
    const QString pendingSince = utc(10, 25, 13, 1).toString(Qt::ISODate);
    QTest::newRow("operator") << QStringLiteral("ana") << QString() << -1 << text(outcomes(10, 0, 0, 0, 0))
                              << text(durations(10, 5 * second, 10 * second))
                              << QStringLiteral("webhook 10 reconciliation 0 unknown 0 retries 0 firstFailures 0 "
                                                "cured 0 rate 0.0000 curedShare -")
                              << QStringLiteral("open 0 stuck 0 oldest  lastWebhook ") + lastWebhook;
    // The name as an operator types it in the filter: "Ana" is ana (it found nothing, unexplained).
    QTest::newRow("operator, in capitals") << QStringLiteral("Ana") << QString() << -1 << text(outcomes(10, 0, 0, 0, 0))
                                           << text(durations(10, 5 * second, 10 * second))
                                           << QStringLiteral("webhook 10 reconciliation 0 unknown 0 retries 0 "
                                                             "firstFailures 0 cured 0 rate 0.0000 curedShare -")
                                           << QStringLiteral("open 0 stuck 0 oldest  lastWebhook ") + lastWebhook;
    QTest::newRow("operator, no one") << QStringLiteral("anna") << QString() << -1 << text(noOutcomes)
                                      << text(noDurations)
                                      << QStringLiteral("webhook 0 reconciliation 0 unknown 0 retries 0 "
                                                        "firstFailures 0 cured 0 rate - curedShare -")
                                      << QStringLiteral("open 0 stuck 0 oldest  lastWebhook ") + lastWebhook;
    // F1, R1 and R2 (a retry keeps its customer), named in another case.
    QTest::newRow("customer") << QString() << QStringLiteral("cust-a") << -1 << text(outcomes(1, 2, 0, 0, 0))
                              << text(durations(3, 2 * minute, 7 * hour))
                              << QStringLiteral("webhook 2 reconciliation 1 unknown 0 retries 2 firstFailures 1 "
                                                "cured 1 rate 0.6667 curedShare 1.0000")
                              << QStringLiteral("open 0 stuck 0 oldest  lastWebhook ") + lastWebhook;
    // The chain is followed beyond the filter: R2 is CREATED.
    QTest::newRow("status") << QString() << QString() << int(TicketStatus::Failed) << text(outcomes(0, 3, 0, 0, 0))
                            << text(durations(3, 2 * minute, 19 * minute))
                            << QStringLiteral("webhook 2 reconciliation 1 unknown 0 retries 1 firstFailures 2 "
                                              "cured 1 rate 1.0000 curedShare 0.5000")
                            << QStringLiteral("open 3 stuck 1 oldest %1 lastWebhook %2").arg(pendingSince, lastWebhook);
    QTest::newRow("operator and customer")
        << QStringLiteral("bob") << QStringLiteral("CUST-A") << -1 << text(outcomes(0, 1, 0, 0, 0))
        << text(durations(1, 30 * second, 30 * second))
        << QStringLiteral("webhook 1 reconciliation 0 unknown 0 retries 0 "
                          "firstFailures 1 cured 1 rate 1.0000 curedShare 1.0000")
        << QStringLiteral("open 0 stuck 0 oldest  lastWebhook ") + lastWebhook;
    // An operator's name as typed in the filter, in any case and with spaces around it.
    QTest::newRow("operator and customer, typed otherwise")
        << QStringLiteral(" Bob ") << QStringLiteral("cust-a") << -1 << text(outcomes(0, 1, 0, 0, 0))
        << text(durations(1, 30 * second, 30 * second))
        << QStringLiteral("webhook 1 reconciliation 0 unknown 0 retries 0 "
                          "firstFailures 1 cured 1 rate 1.0000 curedShare 1.0000")
        << QStringLiteral("open 0 stuck 0 oldest  lastWebhook ") + lastWebhook;
    // R1 2 min, L1 19 min, R2 7 h.
    QTest::newRow("open now")
        << QStringLiteral("carla") << QString() << -1 << text(outcomes(2, 2, 1, 1, 2))
        << text(durations(3, 19 * minute, 7 * hour))
        << QStringLiteral("webhook 2 reconciliation 2 unknown 0 retries 2 firstFailures 1 "
                          "cured 0 rate 0.5000 curedShare 0.0000")
        << QStringLiteral("open 3 stuck 1 oldest %1 lastWebhook %2").arg(pendingSince, lastWebhook);
}

void TestInsights::filters()
{
    QFETCH(QString, createdBy);
    QFETCH(QString, customerId);
    QFETCH(int, status);
    ManualClock clock(utc(10, 20, 0, 0));
    TicketStore store(clock);
    seed(store, clock);
    if (QTest::currentTestFailed())
        return;

    InsightsQuery query = rangeQuery(madrid, QDate(2026, 10, 23), QDate(2026, 10, 27));
    query.createdBy = createdBy;
    query.customerId = customerId;
    if (status >= 0)
        query.status = TicketStatus(status);
    const std::optional<Insights> got = store.insights(query);
    QVERIFY2(got, qPrintable(store.lastError().message));
    QTEST(text(got->outcomes), "outcomes");
    QTEST(text(got->durations), "durations");
    QTEST(text(got->arrivals), "arrivals");
    QTEST(text(got->now), "now");
    // Deliveries carry no operator or customer: filters leave them alone.
    QCOMPARE(text(got->deliveries), text(deliveries(3, 2, 2, 9, 1, 1, 2)));
}

void TestInsights::nowComesFromTheClock()
{
    ManualClock clock(utc(10, 20, 0, 0));
    TicketStore store(clock);
    seed(store, clock);
    if (QTest::currentTestFailed())
        return;
    InsightsQuery query = rangeQuery(madrid, QDate(2026, 10, 28), QDate(2026, 10, 28));
    query.now = QDateTime();
    // P2 was submitted at 11:57: stuck once more than five minutes have passed.
    clock.set(utc(10, 28, 12, 2));
    std::optional<Insights> got = store.insights(query);
    QVERIFY2(got, qPrintable(store.lastError().message));
    QCOMPARE(got->query.now, utc(10, 28, 12, 2));
    QCOMPARE(got->now.stuck, qint64(1));
    clock.set(utc(10, 28, 12, 3));
    got = store.insights(query);
    QVERIFY(got);
    QCOMPARE(got->now.stuck, qint64(2));
    QCOMPARE(got->now.open, qint64(3));
    query.stuckAfterMs = 10 * minute;
    got = store.insights(query);
    QVERIFY(got);
    QCOMPARE(got->now.stuck, qint64(1));
    // P2 opened the 28th (Madrid): still waiting.
    QCOMPARE(text(got->outcomes), text(outcomes(0, 0, 0, 0, 1)));
}

void TestInsights::refusesBadRanges_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<bool>("ok");
    const QDate d(2026, 10, 25);
    QTest::newRow("one day") << d << d << true;
    QTest::newRow("the longest") << d << d.addDays(InsightsQuery::maxDays - 1) << true;
    QTest::newRow("one day too long") << d << d.addDays(InsightsQuery::maxDays) << false;
    QTest::newRow("reversed") << d << d.addDays(-1) << false;
    QTest::newRow("no start") << QDate() << d << false;
    QTest::newRow("no end") << d << QDate() << false;
}

void TestInsights::refusesBadRanges()
{
    QFETCH(QDate, from);
    QFETCH(QDate, until);
    QFETCH(bool, ok);
    ManualClock clock(utc(10, 20, 0, 0));
    TicketStore store(clock);
    const StoreError opened = store.open(dbPath());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const std::optional<Insights> got = store.insights(rangeQuery(madrid, from, until));
    QCOMPARE(got.has_value(), ok);
    if (ok) {
        QVERIFY(store.lastError().ok());
        QCOMPARE(qint64(got->days.size()), from.daysTo(until) + 1);
        QCOMPARE(got->histogram.size(), insightsHistogramBounds().size() + 1);
    } else {
        QCOMPARE(store.lastError().kind, StoreError::Kind::Other);
        QVERIFY2(store.lastError().message.contains(QLatin1StringView("range")), qPrintable(store.lastError().message));
    }
}

void TestInsights::mergedOrphanKeepsHowItArrived()
{
    // The webhook beats the 202: its row is folded into the local one, which
    // keeps "by webhook" (a Retrieve afterwards changes nothing).
    ManualClock clock(utc(10, 20, 0, 0));
    TicketStore store(clock);
    const StoreError opened = store.open(dbPath());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    Ticket t = sampleTicket(QStringLiteral("CUST-Z"), QStringLiteral("Raced"));
    t.createdAt = utc(10, 20, 9, 0);
    QVERIFY(store.insertTicket(t) > 0);
    QList<FactOutcome> out = store.applyFacts(
        {FactInput::forLocal(t.id, Fact::submit(utc(10, 20, 9, 0, 10))),
         FactInput::forRemote(Fact::webhook(QStringLiteral("X1"), TicketStatus::Created, QStringLiteral("SUP-1"),
                                            QStringLiteral("CUST-Z"), QStringLiteral("Raced"), utc(10, 20, 9, 0, 20))),
         FactInput::forLocal(t.id, Fact::accepted(QStringLiteral("X1"), utc(10, 20, 9, 0, 30))),
         FactInput::forRemote(Fact::retrieved(QStringLiteral("X1"), TicketStatus::Created, QStringLiteral("SUP-1"),
                                              utc(10, 20, 9, 1)))});
    QCOMPARE(out.size(), 4);
    QVERIFY(out[2].mergedFrom > 0);
    QCOMPARE(store.tickets().size(), 1);
    const std::optional<Insights> got = store.insights(rangeQuery(madrid, QDate(2026, 10, 20), QDate(2026, 10, 20)));
    QVERIFY2(got, qPrintable(store.lastError().message));
    QCOMPARE(text(got->outcomes), text(outcomes(1, 0, 0, 0, 0)));
    QCOMPARE(got->arrivals.byWebhook, qint64(1));
    QCOMPARE(got->arrivals.byReconciliation, qint64(0));
}

void TestInsights::backfillsSchemaFive()
{
    // A database as schema 5 left it, with timelines as the store wrote them.
    const SqlDialect dialect(testsOnPostgres() ? SqlDialect::Backend::PostgreSql : SqlDialect::Backend::Sqlite);
    QStringList v5;
    for (int v = 1; v <= 5; ++v)
        v5 << migrationStatements(v, dialect);
    const qint64 created = utc(10, 20, 9, 0).toMSecsSinceEpoch();
    // (id, status, events as (at offset, kind, verdict, detail)); expected outcome_via.
    struct Row
    {
        int id;
        const char *status;
        QList<std::tuple<int, const char *, const char *, const char *>> events;
        const char *expected;
    };
    const QList<Row> rows{
        // PENDING by webhook first, CREATED by Retrieve, then the webhook's CREATED.
        {1,
         "CREATED",
         {{3, "webhook", "applied", "PENDING"},
          {4, "retrieved", "applied", "CREATED SUP-1"},
          {5, "webhook", "duplicate", "CREATED SUP-1"}},
         "reconciliation"},
        // The earliest (by time, not by id) applied one wins.
        {2, "FAILED", {{6, "retrieved", "applied", "FAILED"}, {5, "webhook", "applied", "FAILED"}}, "webhook"},
        // First seen in a webhook.
        {3, "CREATED", {{2, "webhook", "unknown-ticket-created", "CREATED SUP-3"}}, "webhook"},
        // No such event: unknown.
        {4, "CREATED", {{1, "submit", "applied", ""}}, ""},
        // Not an outcome: left alone.
        {5, "PENDING", {{2, "webhook", "applied", "PENDING"}}, ""},
        // A conflicting FAILED after CREATED did not give the outcome.
        {6,
         "CREATED",
         {{2, "webhook", "conflict", "FAILED"}, {3, "retrieved", "applied", "CREATED SUP-6"}},
         "reconciliation"},
    };
    for (const Row &r : rows) {
        v5 << QStringLiteral("INSERT INTO tickets (id, status, created_at, submitted_at, outcome_at, updated_at)"
                             " VALUES (%1, '%2', %3, %3, %3, %3)")
                  .arg(r.id)
                  .arg(QLatin1StringView(r.status))
                  .arg(created + r.id);
        for (const auto &[offset, kind, verdict, detail] : r.events)
            v5 << QStringLiteral("INSERT INTO ticket_events (ticket, at, kind, verdict, detail) VALUES"
                                 " (%1, %2, '%3', '%4', '%5')")
                      .arg(r.id)
                      .arg(created + offset * 1000)
                      .arg(QLatin1StringView(kind), QLatin1StringView(verdict), QLatin1StringView(detail));
    }
    if (testsOnPostgres())
        v5 << QStringLiteral("CREATE TABLE ticketdesk_schema (version BIGINT NOT NULL)")
           << QStringLiteral("INSERT INTO ticketdesk_schema (version) VALUES (5)");
    else
        v5 << QStringLiteral("PRAGMA user_version = 5");
    QVERIFY(rawExec(dbPath(), v5));

    ManualClock clock(utc(10, 21, 0, 0));
    TicketStore store(clock);
    const StoreError opened = store.open(dbPath());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(store.schemaVersion(), 10);
    QCOMPARE(latestSchemaVersion(), 10);
    const std::optional<QVariantList> via =
        rawExec(dbPath(), {QStringLiteral("SELECT outcome_via FROM tickets ORDER BY id")});
    QVERIFY(via);
    QStringList got;
    QStringList expected;
    for (const QVariant &v : *via)
        got << v.toString();
    for (const Row &r : rows)
        expected << QLatin1StringView(r.expected);
    QCOMPARE(got, expected);
    const std::optional<Insights> insights =
        store.insights(rangeQuery(madrid, QDate(2026, 10, 20), QDate(2026, 10, 20)));
    QVERIFY2(insights, qPrintable(store.lastError().message));
    QCOMPARE(text(insights->arrivals), QStringLiteral("webhook 2 reconciliation 2 unknown 1 retries 0 firstFailures 1 "
                                                      "cured 0 rate 0.2000 curedShare 0.0000"));
}

// What a delivery health bar stands for: the tickets its deliveries were
// applied to, by category, in [from, until); none for deliveries tied to no ticket.
void TestInsights::deliveredTicketsOfABar()
{
    ManualClock clock(utc(10, 20, 0, 0));
    TicketStore store(clock);
    seed(store, clock);
    if (QTest::currentTestFailed())
        return;
    const std::optional<Ticket> f1 = store.ticketByTicketId(QStringLiteral("F1"));
    const std::optional<Ticket> w1 = store.ticketByTicketId(QStringLiteral("W1"));
    const std::optional<Ticket> p1 = store.ticketByTicketId(QStringLiteral("P1"));
    QVERIFY(f1 && w1 && p1);
    // Deliveries tied to a ticket in the categories the data set has none of.
    const auto tied = [&](const QDateTime &at, const QString &verdict, qint64 local) {
        DeliveryRecord r;
        r.receivedAt = at;
        r.verdict = verdict;
        r.localTicketId = local;
        QVERIFY2(store.recordDelivery(r) > 0, qPrintable(store.lastError().message));
    };
    tied(utc(10, 29, 9, 0), QStringLiteral("conflict"), p1->id);
    tied(utc(10, 29, 9, 10), QStringLiteral("conflict"), p1->id); // twice: listed once
    tied(utc(10, 29, 9, 20), QStringLiteral("late"), f1->id);
    tied(utc(10, 29, 9, 30), QStringLiteral("quarantined"), w1->id);

    InsightsQuery q = rangeQuery(madrid, QDate(2026, 10, 23), QDate(2026, 10, 29));
    const auto of = [&](const QDate &from, const QDate &until, DeliveryFigures::Category category) {
        const std::optional<QList<qint64>> ids =
            store.deliveredTickets(q.dayStartMs(from), q.dayEndMs(until), category);
        if (!ids)
            qWarning("deliveredTickets: %s", qPrintable(store.lastError().message));
        return ids.value_or(QList<qint64>{-1});
    };
    using C = DeliveryFigures::Category;
    const QDate d24(2026, 10, 24), d25(2026, 10, 25), d26(2026, 10, 26), d27(2026, 10, 27), d29(2026, 10, 29);
    // F1's FAILED webhook (25th), W1's first webhook (Madrid's 26th starts at 25 Oct 23:00Z).
    QCOMPARE(of(d25, d25, C::Valid), QList<qint64>{f1->id});
    QCOMPARE(of(d26, d26, C::Valid), QList<qint64>{w1->id});
    QList<qint64> both{f1->id, w1->id};
    std::sort(both.begin(), both.end());
    QCOMPARE(of(d24, d27, C::Valid), both);
    // W1's second webhook, a duplicate.
    QCOMPARE(of(d26, d26, C::Duplicate), QList<qint64>{w1->id});
    QCOMPARE(of(d25, d25, C::Duplicate), QList<qint64>{});
    // Bad signatures (the 24th: three records, one of them suppressed), another
    // family, a failed store: there are deliveries, but no ticket.
    QCOMPARE(of(d24, d24, C::BadSignature), QList<qint64>{});
    QCOMPARE(of(d26, d26, C::OtherFamily), QList<qint64>{});
    QCOMPARE(of(d25, d25, C::Other), QList<qint64>{});
    // The 29th: each category finds only its own.
    QCOMPARE(of(d29, d29, C::Other), QList<qint64>{p1->id});
    QCOMPARE(of(d29, d29, C::Late), QList<qint64>{f1->id});
    QCOMPARE(of(d29, d29, C::Quarantined), QList<qint64>{w1->id});
    QCOMPARE(of(d29, d29, C::Valid), QList<qint64>{});
    QCOMPARE(of(d29, d29, C::Duplicate), QList<qint64>{});
}

// The "now" figures read the partial index tickets_open, and keeping that
// index up to date costs an insert no temporary table (schema version 7).
void TestInsights::openTicketsReadTheirIndex()
{
    ManualClock clock(utc(10, 20, 0, 0));
    TicketStore store(clock);
    seed(store, clock);
    if (QTest::currentTestFailed())
        return;
    const InsightsStatement now = InsightsSql(rangeQuery(madrid, QDate(2026, 10, 28), QDate(2026, 10, 28)),
                                              utc(10, 28, 12, 0).toMSecsSinceEpoch())
                                      .nowFigures();
    QCOMPARE(now.binds.size(), 1);
    QString sql = now.sql;
    sql.replace(QLatin1Char('?'), QString::number(now.binds.constFirst().toLongLong()));
    const std::optional<QString> plan = queryPlan(dbPath(), sql, testsOnPostgres(), currentSchema);
    QVERIFY(plan);
    const QString &said = *plan;
    QVERIFY2(said.contains(QLatin1StringView("tickets_open")), qPrintable(said));
    if (testsOnPostgres())
        return;
    const std::optional<QVariantList> opcodes = rawExec(
        dbPath(),
        {QStringLiteral(
            "EXPLAIN INSERT INTO tickets (ticket_id, status, created_at, updated_at) VALUES ('t', 'QUEUED', 0, 0)")},
        1);
    QVERIFY(opcodes);
    QVERIFY(opcodes->contains(QStringLiteral("IdxInsert")));
    QVERIFY(!opcodes->contains(QStringLiteral("OpenEphemeral")));
}

// "Last webhook" says whether Ripio's events arrive, as the status bar's "Last event": a late or
// duplicate event counts (a feed of late events made it minutes older than the status bar said);
// a forged, unsigned, suppressed or refused-as-too-old request does not, nor one not stored.
void TestInsights::lastWebhookIsAnyEventAcknowledged()
{
    ManualClock clock(utc(10, 28, 7, 0));
    TicketStore store(clock);
    QVERIFY(store.open(dbPath()).ok());
    const auto record = [&store](const QDateTime &at, const QString &verdict) {
        DeliveryRecord r;
        r.receivedAt = at;
        r.verdict = verdict;
        r.peerAddress = QStringLiteral("192.0.2.7");
        return store.recordDelivery(r) > 0;
    };
    QVERIFY(record(utc(10, 28, 8, 0), QStringLiteral("applied")));
    QVERIFY(record(utc(10, 28, 8, 30), QStringLiteral("late")));
    for (const char *refused : {"rejected-late", "suppressed", "bad-signature", "missing-signature", "store-failed"})
        QVERIFY(record(utc(10, 28, 9, 0), QString::fromLatin1(refused)));
    const auto lastWebhook = [&store] {
        const std::optional<Insights> got =
            store.insights(rangeQuery(QTimeZone::utc(), QDate(2026, 10, 27), QDate(2026, 10, 28)));
        return got ? got->now.lastWebhookAt : QDateTime();
    };
    QCOMPARE(lastWebhook(), utc(10, 28, 8, 30));
    QVERIFY(record(utc(10, 28, 8, 45), QStringLiteral("duplicate")));
    QCOMPARE(lastWebhook(), utc(10, 28, 8, 45));
}

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
