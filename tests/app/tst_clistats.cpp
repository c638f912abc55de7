// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cliexit.h"
#include "store/ticketstore.h"
#include "support/clirun.h"
#include "support/manualclock.h"
#include "support/storebackend.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <time.h>

using namespace TicketDesk;

namespace {

QDateTime utc(int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), Qt::UTC);
}

// Now: 27 October 2026, 11:00 in Madrid.
const QDateTime testNow = utc(10, 27, 10, 0);

QJsonObject jsonOf(const Test::CliRun &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << r.out;
    return doc.object();
}

// The zone the command takes as local (the system zone: TZ).
void setZone(const char *zone)
{
    qputenv("TZ", zone);
    tzset();
}

} // namespace

// `ticketdesk stats`, in-process on a SQLite file with three tickets and two
// deliveries (times UTC; Madrid is UTC+1 from 25 October 2026, UTC+2 before):
//   A by "ana": created 24 Oct 21:50 (Madrid 23:50), sent at 21:51, CREATED by
//     webhook at 22:10 (Madrid 00:10 on the 25th; the delivery counts there);
//   B by "bob": created 25 Oct 09:00, sent 09:01, FAILED by Retrieve 2 s later;
//   C by "bob": created 26 Oct 12:00, still QUEUED;
//   a bad-signature delivery on 26 Oct 08:00.
class TestCliStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void json();
    void daysFollowTheZone();
    void defaultIsTheLastSevenDays();
    void unknownZoneCountsInUtc();
    void operatorFilter();
    void customerAndStatusFilters();
    void stuckFollowsTheCheckThreshold();
    void text();
    void badUsage_data();
    void badUsage();

private:
    Test::CliRun stats(const QStringList &args) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString db() const { return m_dir->filePath(QStringLiteral("t.sqlite")); }
    ManualClock m_clock{testNow};
};

void TestCliStats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TicketDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ticketdesk-test"));
}

void TestCliStats::init()
{
    setZone("Europe/Madrid");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ManualClock clock(utc(10, 24, 0, 0));
    TicketStore store(clock);
    const StoreError opened = store.open(db());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const auto sent = [&](const QDateTime &created, const QString &ticketId, const QString &by) {
        Ticket t = sampleTicket(QStringLiteral("CUST-1"), ticketId);
        t.createdAt = created;
        t.createdBy = by;
        QVERIFY(store.insertTicket(t) > 0);
        if (ticketId.isEmpty())
            return;
        const QList<FactOutcome> out =
            store.applyFacts({FactInput::forLocal(t.id, Fact::submit(created.addSecs(30))),
                              FactInput::forLocal(t.id, Fact::accepted(ticketId, created.addSecs(60)))});
        QVERIFY(out.size() == 2 && out[1].committed);
    };
    sent(utc(10, 24, 21, 50), QStringLiteral("A"), QStringLiteral("ana"));
    FactInput webhook =
        FactInput::forRemote(Fact::webhook(QStringLiteral("A"), TicketStatus::Created, QStringLiteral("SUP-1"),
                                           QStringLiteral("CUST-1"), QStringLiteral("A"), utc(10, 24, 22, 10)));
    webhook.delivery = DeliveryRecord{};
    webhook.delivery->receivedAt = utc(10, 24, 22, 10);
    QVERIFY(store.applyFacts({webhook}).value(0).committed);
    sent(utc(10, 25, 9, 0), QStringLiteral("B"), QStringLiteral("bob"));
    QVERIFY(store
                .applyFacts({FactInput::forRemote(
                    Fact::retrieved(QStringLiteral("B"), TicketStatus::Failed, QString(), utc(10, 25, 9, 1, 2)))})
                .value(0)
                .committed);
    sent(utc(10, 26, 12, 0), QString(), QStringLiteral("bob"));
    DeliveryRecord bad;
    bad.receivedAt = utc(10, 26, 8, 0);
    bad.verdict = QStringLiteral("bad-signature");
    QVERIFY(store.recordDelivery(bad) > 0);
}

void TestCliStats::cleanup()
{
    setZone("Europe/Madrid");
}

Test::CliRun TestCliStats::stats(const QStringList &args) const
{
    return Test::runCli(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db()} + args, m_clock);
}

void TestCliStats::json()
{
    const Test::CliRun r = stats({QStringLiteral("--since"), QStringLiteral("2026-10-23"), QStringLiteral("--until"),
                                  QStringLiteral("2026-10-27"), QStringLiteral("--json")});
    QCOMPARE(r.code, Cli::exitOk);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(QLatin1StringView("zone")).toString(), QStringLiteral("Europe/Madrid"));
    QCOMPARE(o.value(QLatin1StringView("since")).toString(), QStringLiteral("2026-10-23"));
    QCOMPARE(o.value(QLatin1StringView("until")).toString(), QStringLiteral("2026-10-27"));
    QVERIFY(o.value(QLatin1StringView("operator")).isNull());

    const QJsonArray days = o.value(QLatin1StringView("days")).toArray();
    QCOMPARE(days.size(), 5);
    const auto day = [&](int i, const char *part) { return days.at(i).toObject().value(QLatin1StringView(part)); };
    QCOMPARE(day(0, "day").toString(), QStringLiteral("2026-10-23"));
    QCOMPARE(day(0, "outcomes").toObject().value(QLatin1StringView("total")).toInt(), 0);
    QVERIFY(day(0, "durations").toObject().value(QLatin1StringView("p50Ms")).isNull());
    // A: created at 23:50 on the 24th, its outcome 20 minutes later (19 after the 202).
    QCOMPARE(day(1, "outcomes").toObject().value(QLatin1StringView("created")).toInt(), 1);
    QCOMPARE(day(1, "durations").toObject(), (QJsonObject{{QStringLiteral("count"), 1},
                                                          {QStringLiteral("p50Ms"), 19 * 60 * 1000},
                                                          {QStringLiteral("p95Ms"), 19 * 60 * 1000}}));
    QCOMPARE(day(1, "deliveries").toObject().value(QLatin1StringView("total")).toInt(), 0);
    // The webhook came at 00:10 on the 25th.
    QCOMPARE(day(2, "outcomes").toObject().value(QLatin1StringView("failed")).toInt(), 1);
    QCOMPARE(day(2, "outcomes").toObject().value(QLatin1StringView("created")).toInt(), 0);
    QCOMPARE(day(2, "durations").toObject().value(QLatin1StringView("p95Ms")).toInt(), 2000);
    QCOMPARE(day(2, "deliveries").toObject().value(QLatin1StringView("valid")).toInt(), 1);
    QCOMPARE(day(3, "outcomes").toObject().value(QLatin1StringView("open")).toInt(), 1);
    QCOMPARE(day(3, "deliveries").toObject().value(QLatin1StringView("badSignature")).toInt(), 1);
    QCOMPARE(day(4, "outcomes").toObject().value(QLatin1StringView("total")).toInt(), 0);

    const QJsonObject totals = o.value(QLatin1StringView("totals")).toObject();
    QCOMPARE(totals.value(QLatin1StringView("outcomes")).toObject(), (QJsonObject{{QStringLiteral("created"), 1},
                                                                                  {QStringLiteral("failed"), 1},
                                                                                  {QStringLiteral("rejected"), 0},
                                                                                  {QStringLiteral("unconfirmed"), 0},
                                                                                  {QStringLiteral("open"), 1},
                                                                                  {QStringLiteral("total"), 3}}));
    // 2 s and 19 min: the 1st and the 2nd of 2.
    QCOMPARE(totals.value(QLatin1StringView("durations")).toObject(),
             (QJsonObject{{QStringLiteral("count"), 2},
                          {QStringLiteral("p50Ms"), 2000},
                          {QStringLiteral("p95Ms"), 19 * 60 * 1000}}));
    QCOMPARE(totals.value(QLatin1StringView("deliveries")).toObject().value(QLatin1StringView("total")).toInt(), 2);

    const QJsonArray histogram = o.value(QLatin1StringView("histogram")).toArray();
    QCOMPARE(histogram.size(), insightsHistogramBounds().size() + 1);
    QCOMPARE(histogram.at(2).toObject(),
             (QJsonObject{{QStringLiteral("upperMs"), 5000}, {QStringLiteral("count"), 1}}));
    QCOMPARE(histogram.at(9).toObject().value(QLatin1StringView("count")).toInt(), 1); // [15 min, 1 h)
    QVERIFY(histogram.last().toObject().value(QLatin1StringView("upperMs")).isNull());

    const QJsonObject arrivals = o.value(QLatin1StringView("arrivals")).toObject();
    QCOMPARE(arrivals.value(QLatin1StringView("byWebhook")).toInt(), 1);
    QCOMPARE(arrivals.value(QLatin1StringView("byReconciliation")).toInt(), 1);
    QCOMPARE(arrivals.value(QLatin1StringView("firstFailures")).toInt(), 1);
    QCOMPARE(arrivals.value(QLatin1StringView("failureRate")).toDouble(), 0.5);
    QCOMPARE(arrivals.value(QLatin1StringView("curedShare")).toDouble(), 0.0);

    const QJsonObject now = o.value(QLatin1StringView("now")).toObject();
    QCOMPARE(now.value(QLatin1StringView("open")).toInt(), 1);
    QCOMPARE(now.value(QLatin1StringView("stuck")).toInt(), 0);
    QVERIFY(now.value(QLatin1StringView("oldestPendingSince")).isNull());
    QCOMPARE(now.value(QLatin1StringView("lastWebhookAt")).toString(), QStringLiteral("2026-10-24T22:10:00.000Z"));
    QCOMPARE(now.value(QLatin1StringView("at")).toString(), QStringLiteral("2026-10-27T10:00:00.000Z"));
}

void TestCliStats::daysFollowTheZone()
{
    // In Buenos Aires (UTC-3) the webhook of 22:10 UTC came on the 24th.
    setZone("America/Argentina/Buenos_Aires");
    const QJsonObject o =
        jsonOf(stats({QStringLiteral("--since"), QStringLiteral("2026-10-24"), QStringLiteral("--until"),
                      QStringLiteral("2026-10-25"), QStringLiteral("--json")}));
    QCOMPARE(o.value(QLatin1StringView("zone")).toString(), QStringLiteral("America/Argentina/Buenos_Aires"));
    const QJsonArray days = o.value(QLatin1StringView("days")).toArray();
    QCOMPARE(days.size(), 2);
    const auto figure = [&](int i, const char *part, const char *name) {
        return days.at(i).toObject().value(QLatin1StringView(part)).toObject().value(QLatin1StringView(name)).toInt();
    };
    QCOMPARE(figure(0, "outcomes", "created"), 1);
    QCOMPARE(figure(0, "deliveries", "valid"), 1);
    QCOMPARE(figure(1, "outcomes", "failed"), 1);
    QCOMPARE(figure(1, "deliveries", "valid"), 0);
}

void TestCliStats::defaultIsTheLastSevenDays()
{
    const QJsonObject o = jsonOf(stats({QStringLiteral("--json")}));
    QCOMPARE(o.value(QLatin1StringView("since")).toString(), QStringLiteral("2026-10-21"));
    QCOMPARE(o.value(QLatin1StringView("until")).toString(), QStringLiteral("2026-10-27"));
    QCOMPARE(o.value(QLatin1StringView("days")).toArray().size(), 7);
    QCOMPARE(o.value(QLatin1StringView("totals"))
                 .toObject()
                 .value(QLatin1StringView("outcomes"))
                 .toObject()
                 .value(QLatin1StringView("total"))
                 .toInt(),
             3);
    // --until alone: the seven days ending then.
    const QJsonObject until =
        jsonOf(stats({QStringLiteral("--until"), QStringLiteral("2026-10-24"), QStringLiteral("--json")}));
    QCOMPARE(until.value(QLatin1StringView("since")).toString(), QStringLiteral("2026-10-18"));
}

// TZ naming a zone nobody knows: the days in UTC, as the C library counts them, and said so (it
// was "The insights range from  to  holds no day.", exit 1).
void TestCliStats::unknownZoneCountsInUtc()
{
    setZone("Bogus/Zone");
    const Test::CliRun r = stats({QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("(TZ=Bogus/Zone) is not known: days are counted in UTC")),
             qPrintable(r.err));
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(QLatin1StringView("zone")).toString(), QStringLiteral("UTC"));
    QCOMPARE(o.value(QLatin1StringView("until")).toString(), QStringLiteral("2026-10-27"));
    QCOMPARE(o.value(QLatin1StringView("days")).toArray().size(), 7);
}

void TestCliStats::operatorFilter()
{
    const QJsonObject o =
        jsonOf(stats({QStringLiteral("--since"), QStringLiteral("2026-10-23"), QStringLiteral("--operator"),
                      QStringLiteral("bob"), QStringLiteral("--json")}));
    QCOMPARE(o.value(QLatin1StringView("operator")).toString(), QStringLiteral("bob"));
    const QJsonObject totals = o.value(QLatin1StringView("totals")).toObject();
    QCOMPARE(totals.value(QLatin1StringView("outcomes")).toObject().value(QLatin1StringView("created")).toInt(), 0);
    QCOMPARE(totals.value(QLatin1StringView("outcomes")).toObject().value(QLatin1StringView("failed")).toInt(), 1);
    QCOMPARE(totals.value(QLatin1StringView("outcomes")).toObject().value(QLatin1StringView("open")).toInt(), 1);
    // Deliveries carry no operator.
    QCOMPARE(totals.value(QLatin1StringView("deliveries")).toObject().value(QLatin1StringView("total")).toInt(), 2);
}

// The Insights tab's other narrowings: a customer (in any case) and a status now.
void TestCliStats::customerAndStatusFilters()
{
    const auto outcomes = [this](const QStringList &args) {
        const QJsonObject o = jsonOf(stats(
            QStringList{QStringLiteral("--since"), QStringLiteral("2026-10-23"), QStringLiteral("--json")} + args));
        const QJsonObject out =
            o.value(QLatin1StringView("totals")).toObject().value(QLatin1StringView("outcomes")).toObject();
        return QStringLiteral("%1 created, %2 failed, %3 open; customer %4, status %5")
            .arg(out.value(QLatin1StringView("created")).toInt())
            .arg(out.value(QLatin1StringView("failed")).toInt())
            .arg(out.value(QLatin1StringView("open")).toInt())
            .arg(o.value(QLatin1StringView("customer")).toString(QStringLiteral("null")),
                 o.value(QLatin1StringView("status")).toString(QStringLiteral("null")));
    };
    QCOMPARE(outcomes({}), QStringLiteral("1 created, 1 failed, 1 open; customer null, status null"));
    QCOMPARE(outcomes({QStringLiteral("--customer"), QStringLiteral("cust-1")}),
             QStringLiteral("1 created, 1 failed, 1 open; customer cust-1, status null"));
    QCOMPARE(outcomes({QStringLiteral("--customer"), QStringLiteral("CUST-9")}),
             QStringLiteral("0 created, 0 failed, 0 open; customer CUST-9, status null"));
    QCOMPARE(outcomes({QStringLiteral("--status"), QStringLiteral("failed")}),
             QStringLiteral("0 created, 1 failed, 0 open; customer null, status FAILED"));
    const Test::CliRun text = stats({QStringLiteral("--customer"), QStringLiteral("CUST-9"), QStringLiteral("--status"),
                                     QStringLiteral("created")});
    QCOMPARE(text.code, Cli::exitOk);
    QVERIFY2(text.out.contains(QStringLiteral("for customer CUST-9 (status now: CREATED)")), qPrintable(text.out));
}

// "Stuck" is PENDING past the engine's check threshold (engine/reconcileAfterSeconds), as the
// desktop's Insights count it: stats used a fixed 5 minutes and disagreed with the window.
void TestCliStats::stuckFollowsTheCheckThreshold()
{
    {
        TicketStore store(m_clock);
        QVERIFY(store.open(db()).ok());
        Ticket t = sampleTicket(QStringLiteral("CUST-2"), QStringLiteral("C"));
        t.createdAt = m_clock.now().addSecs(-210);
        QVERIFY(store.insertTicket(t) > 0);
        const QList<FactOutcome> out = store.applyFacts(
            {FactInput::forLocal(t.id, Fact::submit(m_clock.now().addSecs(-200))),
             FactInput::forLocal(t.id, Fact::accepted(QStringLiteral("C"), m_clock.now().addSecs(-200)))});
        QVERIFY(out.size() == 2 && out[1].committed);
    }
    const auto stuck = [this](const QStringList &args) {
        const Test::CliRun r = stats(args + QStringList{QStringLiteral("--json")});
        if (r.code != Cli::exitOk)
            return -1;
        return jsonOf(r).value(QLatin1StringView("now")).toObject().value(QLatin1StringView("stuck")).toInt();
    };
    QCOMPARE(stuck({}), 1); // 200 s PENDING, past the default 120 s
    const QString config = m_dir->filePath(QStringLiteral("slow.ini"));
    {
        QSettings settings(config, QSettings::IniFormat);
        settings.setValue(QStringLiteral("engine/reconcileAfterSeconds"), 300);
    }
    QCOMPARE(stuck({QStringLiteral("--config"), config}), 0);
}

void TestCliStats::text()
{
    const Test::CliRun r = stats({QStringLiteral("--since"), QStringLiteral("2026-10-24"), QStringLiteral("--until"),
                                  QStringLiteral("2026-10-26")});
    QCOMPARE(r.code, Cli::exitOk);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("Insights from 2026-10-24 to 2026-10-26 (Europe/Madrid)"));
    const auto row = [&](const QString &first) {
        for (const QString &line : lines) {
            if (line.startsWith(first))
                return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        return QStringList();
    };
    QCOMPARE(row(QStringLiteral("DAY")).first(), QStringLiteral("DAY"));
    // DAY CREATED FAILED REJECTED UNCONFIRMED OPEN P50 P95 VALID OTHER
    QCOMPARE(row(QStringLiteral("2026-10-24")),
             QString(QStringLiteral("2026-10-24 1 0 0 0 0 1140000 1140000 0 0")).split(QLatin1Char(' ')));
    QCOMPARE(row(QStringLiteral("2026-10-25")),
             QString(QStringLiteral("2026-10-25 0 1 0 0 0 2000 2000 1 0")).split(QLatin1Char(' ')));
    QCOMPARE(row(QStringLiteral("2026-10-26")),
             QString(QStringLiteral("2026-10-26 0 0 0 0 1 - - 0 1")).split(QLatin1Char(' ')));
    QCOMPARE(row(QStringLiteral("TOTAL")),
             QString(QStringLiteral("TOTAL 1 1 0 0 1 2000 1140000 1 1")).split(QLatin1Char(' ')));
    QVERIFY2(r.out.contains(QStringLiteral("Outcomes arrived: 1 by webhook, 1 by reconciliation, 0 unknown.")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Failure rate: 50.0%. Retries: 0; first failures cured by a retry: 0 of 1 "
                                           "(0.0%).")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Deliveries: 1 valid, 0 late, 0 duplicate, 1 bad signature, 0 quarantined, "
                                           "0 other family, 0 other.")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(
                 "Now: 1 open, 0 stuck; oldest PENDING since: none; last webhook: 2026-10-24 22:10 UTC.")),
             qPrintable(r.out));
}

void TestCliStats::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--since"), QStringLiteral("2026-13-01")}
                                << QStringLiteral("--since '2026-13-01' is not a date");
    QTest::newRow("not the shape") << QStringList{QStringLiteral("--until"), QStringLiteral("27/10/2026")}
                                   << QStringLiteral("--until '27/10/2026' is not a date");
    QTest::newRow("reversed") << QStringList{QStringLiteral("--since"), QStringLiteral("2026-10-27"),
                                             QStringLiteral("--until"), QStringLiteral("2026-10-26")}
                              << QStringLiteral("--since 2026-10-27 is after --until 2026-10-26");
    // Today is 2026-10-27 on the test's clock; no --until was given, so none is named.
    QTest::newRow("after today") << QStringList{QStringLiteral("--since"), QStringLiteral("2026-11-02")}
                                 << QStringLiteral("stats: --since 2026-11-02 is after today, 2026-10-27\n");
    // The parser would take "--json" as the operator's name and print text.
    QTest::newRow("value missing") << QStringList{QStringLiteral("--operator"), QStringLiteral("--json")}
                                   << QStringLiteral(
                                          "stats: --operator needs a value, and '--json' after it is an option");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("--status"), QStringLiteral("done")}
                                    << QStringLiteral("stats: unknown status 'done' (expected one of");
    QTest::newRow("too long") << QStringList{QStringLiteral("--since"), QStringLiteral("2025-01-01")}
                              << QStringLiteral("longer than 400 days");
    QTest::newRow("argument") << QStringList{QStringLiteral("today")} << QStringLiteral("unexpected argument 'today'");
    QTest::newRow("option") << QStringList{QStringLiteral("--days")} << QStringLiteral("stats: ");
}

void TestCliStats::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Test::CliRun r = stats(args);
    QCOMPARE(r.code, Cli::exitUsage);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

int main(int argc, char *argv[])
{
    // Before anything reads the system time zone.
    setZone("Europe/Madrid");
    QCoreApplication app(argc, argv);
    TestCliStats test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_clistats.moc"
