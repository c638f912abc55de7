// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The demo's past (app/demohistory.h): six weeks of finished work with a bad last week, written
// through the store, the same for the same "now", and nothing left for the demo's engine to chase.
#include "app/demohistory.h"
#include "app/demoseeder.h"
#include "core/clock.h"
#include "store/ticketstore.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

namespace {

struct Written
{
    DemoHistory counts;
    QList<Ticket> tickets;
    QList<DeliveryRecord> deliveries;
};

Written write(const QString &path, const QDateTime &now)
{
    Written w;
    QString error;
    if (!writeDemoHistory(path, now, &w.counts, &error)) {
        qWarning("%s", qPrintable(error));
        return w;
    }
    const SystemClock clock;
    TicketStore store(clock);
    if (!store.open(path).ok())
        return w;
    w.tickets = store.tickets();
    w.deliveries = store.deliveries();
    return w;
}

} // namespace

class TestDemoHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixWeeksOfFinishedWork();
    void sameNowSameHistory();
};

void TestDemoHistory::sixWeeksOfFinishedWork()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(10, 0)).toUTC();
    const Written w = write(dir.filePath(QStringLiteral("tickets.sqlite")), now);
    QVERIFY(!w.tickets.isEmpty());
    QCOMPARE(w.counts.tickets, qint64(w.tickets.size()));
    qint64 kept = 0;
    for (const DeliveryRecord &d : w.deliveries)
        kept += std::max<qint64>(1, d.suppressed);
    QCOMPARE(w.counts.deliveries, kept);

    const QDate today = now.toLocalTime().date();
    QMap<QDate, int> perDay;
    QMap<QDate, int> failedPerDay;
    QSet<TicketStatus> statuses;
    const QStringList ids = demoCustomerIds();
    const QSet<QString> customers(ids.cbegin(), ids.cend());
    int retries = 0;
    int curedRetries = 0;
    for (const Ticket &t : w.tickets) {
        const QDate day = t.createdAt.toLocalTime().date();
        QVERIFY2(day < today && day >= today.addDays(-42), qPrintable(day.toString(Qt::ISODate)));
        ++perDay[day];
        if (t.status == TicketStatus::Failed && t.retryOf == 0)
            ++failedPerDay[day];
        statuses.insert(t.status);
        QVERIFY(customers.contains(t.customerId));
        // Finished: the demo's reconciler has nothing of the past to ask Ripio about.
        QVERIFY2(t.status != TicketStatus::Queued && t.status != TicketStatus::Submitting &&
                     t.status != TicketStatus::Pending,
                 qPrintable(statusToString(t.status)));
        if (t.status == TicketStatus::Created || t.status == TicketStatus::Failed) {
            QVERIFY(t.submittedAt.isValid() && t.outcomeAt.isValid());
            QVERIFY(t.outcomeAt > t.submittedAt);
        }
        if (t.retryOf != 0) {
            ++retries;
            curedRetries += t.status == TicketStatus::Created;
        }
    }
    QCOMPARE(perDay.size(), 42); // weekends are quieter, never empty
    QCOMPARE(statuses, (QSet<TicketStatus>{TicketStatus::Created, TicketStatus::Failed, TicketStatus::Rejected,
                                           TicketStatus::Unconfirmed}));
    QVERIFY(retries > 0);
    QVERIFY(curedRetries > 0);

    // The bad last week: a higher share of first-time failures than the weeks before.
    const auto failureShare = [&](QDate from, QDate to) {
        int all = 0, failed = 0;
        for (QDate d = from; d < to; d = d.addDays(1)) {
            all += perDay.value(d);
            failed += failedPerDay.value(d);
        }
        return double(failed) / all;
    };
    const double before = failureShare(today.addDays(-42), today.addDays(-5));
    const double incident = failureShare(today.addDays(-5), today);
    QVERIFY2(incident > 2 * before, qPrintable(QStringLiteral("%1 vs %2").arg(incident).arg(before)));

    QSet<QString> verdicts;
    for (const DeliveryRecord &d : w.deliveries)
        verdicts.insert(d.verdict);
    for (const char *v : {"applied", "duplicate", "late", "bad-signature", "suppressed", "other-family"})
        QVERIFY2(verdicts.contains(QString::fromLatin1(v)), v);
}

void TestDemoHistory::sameNowSameHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime now = QDateTime(QDate(2026, 6, 15), QTime(16, 30)).toUTC();
    const Written a = write(dir.filePath(QStringLiteral("a.sqlite")), now);
    const Written b = write(dir.filePath(QStringLiteral("b.sqlite")), now);
    QVERIFY(!a.tickets.isEmpty());
    QCOMPARE(a.tickets.size(), b.tickets.size());
    for (qsizetype i = 0; i < a.tickets.size(); ++i) {
        QCOMPARE(a.tickets.at(i).ticketId, b.tickets.at(i).ticketId);
        QCOMPARE(a.tickets.at(i).status, b.tickets.at(i).status);
        QCOMPARE(a.tickets.at(i).createdAt, b.tickets.at(i).createdAt);
        QCOMPARE(a.tickets.at(i).outcomeAt, b.tickets.at(i).outcomeAt);
    }
    QCOMPARE(a.deliveries.size(), b.deliveries.size());
}

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
