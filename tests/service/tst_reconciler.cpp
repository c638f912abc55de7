// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/retrieveticketjob.h"
#include "ripio/ripioclient.h"
#include "ripio/ripioendpoint.h"
#include "service/reconciler.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/scriptedengine.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace TicketDesk;
using namespace TicketDesk::ScriptedRipio;

namespace {

// Every test function starts from the same instant.
QDateTime testStart()
{
    return QDateTime(QDate(2026, 8, 3), QTime(12, 0), Qt::UTC);
}

ScriptedResponse statusAnswer(const QString &id, const QByteArray &status, const QByteArray &issueKey = "null")
{
    return ScriptedResponse::json(200, QByteArrayLiteral("{\"ticketId\":\"") + id.toUtf8() +
                                           QByteArrayLiteral("\",\"status\":\"") + status +
                                           QByteArrayLiteral("\",\"issueKey\":") + issueKey + '}');
}

} // namespace

// The reconciler on a real SQLite store and the real client against a scripted
// Ripio. Sweeps are called by the test after moving a ManualClock; the
// reconciler's own timer is only started where start() itself is under test.
class TestReconciler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void checkDelay_data();
    void checkDelay();
    void firstSweepAsksAboutEveryPending();
    void startSweepsAtOnce();
    void thresholdDecidesWhenANewTicketIsAsked();
    void checksBackOff();
    void answerEndsTheChecks();
    void failedCheckIsRecordedAndRetried();
    void ticketRipioStopsKnowingBecomesUnconfirmed();
    void anotherAnswerBetween404sStartsAgain();
    void aClockSteppedForwardDoesNotShortenThe404s();
    void unconfirmedWithAnIdIsAskedHourly();
    void aTokenRequestsNotFoundIsNoAnswerAboutTheTicket();
    void concurrencyCap();
    void checkNowIgnoresAge();
    void twoProcessesAskOnce();
    void liveHoldersClaimRunsItsCourse();
    void stoppedHoldersClaimIsTakenOver();
    void ticketSentToAnotherApiIsNotAskedAbout();

private:
    // A PENDING ticket (remote id ticketId(n)) submitted `secondsAgo` before the clock's now.
    qint64 pending(int n, qint64 secondsAgo = 0);
    // The same, sent by the outbox's way (TicketStore::claimQueued) to the API `apiBase`.
    qint64 pendingSentTo(int n, const QString &apiBase);
    // Runs one sweep and returns the ticket ids it asked Ripio about, in order.
    QStringList sweep();
    // The same for another reconciler (another process on the same file).
    QStringList sweep(Reconciler &reconciler);
    // Writes `instance`'s heartbeat now: a live process whose claims count.
    bool beat(const QString &instance);

    ManualClock m_clock{testStart()};
    std::unique_ptr<ScriptedEngine> m_engine;
    std::unique_ptr<Reconciler> m_reconciler;
};

void TestReconciler::init()
{
    m_clock.set(testStart());
    m_engine = std::make_unique<ScriptedEngine>(m_clock);
    QVERIFY(m_engine->ready);
    m_reconciler = std::make_unique<Reconciler>(m_engine->store, m_engine->client, m_clock);
}

void TestReconciler::cleanup()
{
    m_reconciler.reset();
    m_engine.reset();
}

qint64 TestReconciler::pending(int n, qint64 secondsAgo)
{
    const QDateTime at = m_clock.now().addSecs(-secondsAgo);
    Ticket t;
    t.customerId = customerId;
    t.summary = QStringLiteral("Ticket %1").arg(n);
    t.createdAt = at;
    const qint64 id = m_engine->store.insertTicket(t);
    const QList<FactOutcome> out = m_engine->store.applyFacts(
        {FactInput::forLocal(id, Fact::submit(at)), FactInput::forLocal(id, Fact::accepted(ticketId(n), at))});
    if (out.size() != 2 || !out.last().committed || out.last().ticket->status != TicketStatus::Pending)
        return 0;
    m_engine->server.setFallback(ticketPath(ticketId(n)), statusAnswer(ticketId(n), "PENDING"));
    return id;
}

qint64 TestReconciler::pendingSentTo(int n, const QString &apiBase)
{
    Ticket t;
    t.customerId = customerId;
    t.summary = QStringLiteral("Ticket %1").arg(n);
    t.createdAt = m_clock.now();
    const qint64 id = m_engine->store.insertTicket(t);
    const QList<Ticket> claimed = m_engine->store.claimQueued(QStringLiteral("sender"), 60000, 1, apiBase);
    if (claimed.size() != 1 || claimed.first().id != id || claimed.first().apiBase != apiBase)
        return 0;
    const QList<FactOutcome> out =
        m_engine->store.applyFacts({FactInput::forLocal(id, Fact::accepted(ticketId(n), m_clock.now()))});
    if (out.size() != 1 || !out.first().committed || out.first().ticket->status != TicketStatus::Pending ||
        m_engine->store.ticket(id)->apiBase != apiBase)
        return 0;
    m_engine->server.setFallback(ticketPath(ticketId(n)), statusAnswer(ticketId(n), "PENDING"));
    return id;
}

bool TestReconciler::beat(const QString &instance)
{
    ServerRecord r;
    r.instance = instance;
    r.role = QStringLiteral("serve");
    r.startedAt = r.lastSeen = m_clock.now();
    return m_engine->store.heartbeat(r);
}

QStringList TestReconciler::sweep()
{
    return sweep(*m_reconciler);
}

QStringList TestReconciler::sweep(Reconciler &reconciler)
{
    // Jobs are children of the client from the moment they are made; finished
    // ones linger until the event loop deletes them, so look only at new ones.
    const QList<RetrieveTicketJob *> before =
        m_engine->client.findChildren<RetrieveTicketJob *>(Qt::FindDirectChildrenOnly);
    reconciler.sweep();
    QStringList asked;
    for (RetrieveTicketJob *job : m_engine->client.findChildren<RetrieveTicketJob *>(Qt::FindDirectChildrenOnly)) {
        if (!before.contains(job))
            asked.append(job->ticketId());
    }
    return asked;
}

void TestReconciler::checkDelay_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("seconds");
    // The threshold, doubled after each check (5 doublings at most), never above an hour.
    QTest::newRow("120 s, 1st check") << 120 << 1 << qint64(120);
    QTest::newRow("120 s, 2nd check") << 120 << 2 << qint64(240);
    QTest::newRow("120 s, 3rd check") << 120 << 3 << qint64(480);
    QTest::newRow("120 s, 4th check") << 120 << 4 << qint64(960);
    QTest::newRow("120 s, 5th check") << 120 << 5 << qint64(1920);
    QTest::newRow("120 s, 6th check: hour cap") << 120 << 6 << qint64(3600);
    QTest::newRow("120 s, 40th check") << 120 << 40 << qint64(3600);
    QTest::newRow("10 s, 1st check") << 10 << 1 << qint64(10);
    QTest::newRow("10 s, 6th check: 32x") << 10 << 6 << qint64(320);
    QTest::newRow("10 s, 7th check: no 64x") << 10 << 7 << qint64(320);
    QTest::newRow("10 s, 1000th check") << 10 << 1000 << qint64(320);
    QTest::newRow("1 s, 1st check") << 1 << 1 << qint64(1);
    QTest::newRow("2 h threshold: hour cap") << 7200 << 1 << qint64(3600);
}

void TestReconciler::checkDelay()
{
    QFETCH(int, threshold);
    QFETCH(int, attempts);
    QFETCH(qint64, seconds);
    QCOMPARE(Reconciler::checkDelaySeconds(threshold, attempts), seconds);
}

void TestReconciler::firstSweepAsksAboutEveryPending()
{
    m_reconciler->setThresholdSeconds(120);
    m_reconciler->setMaxConcurrent(10);
    const qint64 fresh = pending(1, 0);
    const qint64 old = pending(2, 7200);
    const qint64 middle = pending(3, 30);
    QVERIFY(fresh && old && middle);
    Ticket queued;
    queued.customerId = customerId;
    queued.summary = QStringLiteral("Not sent yet");
    QVERIFY(m_engine->store.insertTicket(queued) > 0);
    const qint64 created = pending(4, 600);
    const Fact outcome = Fact::retrieved(ticketId(4), TicketStatus::Created, QStringLiteral("SUP-4"), m_clock.now());
    QVERIFY(m_engine->store.applyFacts({FactInput::forRemote(outcome)}).value(0).committed);
    QCOMPARE(m_engine->store.ticket(created)->status, TicketStatus::Created);

    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    // At start-up every PENDING ticket is asked about, however young, oldest first; nothing else.
    QCOMPARE(sweep(), (QStringList{ticketId(2), ticketId(3), ticketId(1)}));
    QTRY_COMPARE(checked.size(), 3);
    for (const QList<QVariant> &args : std::as_const(checked))
        QCOMPARE(args.at(1).toString(), QStringLiteral("PENDING"));
    QCOMPARE(m_engine->server.count(ticketPath(ticketId(4))), 0);
    // The next sweep at the same instant asks nobody: each waits for its next check.
    QCOMPARE(sweep(), QStringList());
}

void TestReconciler::startSweepsAtOnce()
{
    const qint64 id = pending(1, 0);
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    m_reconciler->start();
    QTRY_COMPARE(checked.size(), 1);
    m_reconciler->stop();
    QCOMPARE(checked.first().at(0).toLongLong(), id);
    QCOMPARE(m_engine->server.count(ticketPath(ticketId(1))), 1);
}

void TestReconciler::thresholdDecidesWhenANewTicketIsAsked()
{
    m_reconciler->setThresholdSeconds(120);
    QCOMPARE(sweep(), QStringList()); // the start-up sweep, with nothing PENDING yet
    QVERIFY(pending(1, 0));
    m_clock.advance(119'999);
    QCOMPARE(sweep(), QStringList());
    m_clock.advance(1);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
}

void TestReconciler::checksBackOff()
{
    m_reconciler->setThresholdSeconds(10);
    QVERIFY(pending(1, 0));
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
    QTRY_COMPARE(checked.size(), 1);
    int answers = 1;
    // Ripio keeps saying PENDING: 10, 20, 40 ... 320 s between checks, then 320 s on.
    for (const qint64 seconds : {10, 20, 40, 80, 160, 320, 320}) {
        m_clock.advance(seconds * 1000 - 1);
        QVERIFY2(sweep().isEmpty(), qPrintable(QString::number(seconds)));
        m_clock.advance(1);
        QCOMPARE(sweep(), QStringList{ticketId(1)});
        ++answers;
        QTRY_COMPARE(checked.size(), answers);
    }
    QCOMPARE(m_engine->server.count(ticketPath(ticketId(1))), answers);
}

void TestReconciler::answerEndsTheChecks()
{
    m_reconciler->setThresholdSeconds(10);
    const qint64 id = pending(1, 0);
    m_engine->server.enqueue(ticketPath(ticketId(1)), statusAnswer(ticketId(1), "CREATED", "\"SUP-7\""));
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    QSignalSpy changed(m_reconciler.get(), &Reconciler::ticketsChanged);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(checked.first().at(1).toString(), QStringLiteral("CREATED"));
    QCOMPARE(changed.size(), 1);
    const QList<Ticket> tickets = changed.first().at(0).value<QList<Ticket>>();
    QCOMPARE(tickets.size(), 1);
    QCOMPARE(tickets.first().id, id);
    QCOMPARE(tickets.first().status, TicketStatus::Created);
    QCOMPARE(m_engine->store.ticket(id)->issueKey, QStringLiteral("SUP-7"));

    m_clock.advance(3600 * 1000);
    QCOMPARE(sweep(), QStringList());
}

void TestReconciler::failedCheckIsRecordedAndRetried()
{
    m_reconciler->setThresholdSeconds(10);
    const qint64 id = pending(1, 0);
    m_engine->server.enqueue(ticketPath(ticketId(1)),
                             ScriptedResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not found.\"}")));
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
    QTRY_COMPARE(checked.size(), 1);
    QVERIFY2(checked.first().at(1).toString().contains(QStringLiteral("Not found.")),
             qPrintable(checked.first().at(1).toString()));
    const QList<TicketEvent> events = m_engine->store.events(id);
    // A 404 is Ripio's answer about this ticket: kept in its timeline as such (they are counted).
    QVERIFY(std::any_of(events.begin(), events.end(), [](const TicketEvent &e) {
        return e.kind == QStringLiteral("reconcile-check") && e.verdict == QStringLiteral("not-found");
    }));
    QCOMPARE(m_engine->store.ticket(id)->status, TicketStatus::Pending);

    // A failed check counts like any other: the next one comes after the threshold.
    m_clock.advance(9'999);
    QCOMPARE(sweep(), QStringList());
    m_clock.advance(1);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
    QTRY_COMPARE(checked.size(), 2);
    QCOMPARE(checked.last().at(1).toString(), QStringLiteral("PENDING"));
}

void TestReconciler::ticketRipioStopsKnowingBecomesUnconfirmed()
{
    // Ripio gave the ticket an ID, then (restarted, another environment) no longer knows it: it
    // must not stay PENDING, checked hourly, for ever, with no Retry.
    m_reconciler->setThresholdSeconds(10);
    const qint64 id = pending(1, 0);
    m_engine->server.setFallback(ticketPath(ticketId(1)),
                                 ScriptedResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not found.\"}")));
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    QSignalSpy changed(m_reconciler.get(), &Reconciler::ticketsChanged);
    const QDateTime firstAt = m_clock.now();
    int attempts = 0;
    while (m_engine->store.ticket(id)->status == TicketStatus::Pending && attempts < 40) {
        const QStringList asked = sweep();
        QCOMPARE(asked, QStringList{ticketId(1)});
        ++attempts;
        QTRY_COMPARE(checked.size(), attempts);
        m_clock.advance(Reconciler::checkDelaySeconds(10, attempts) * 1000);
    }
    const Ticket t = *m_engine->store.ticket(id);
    QCOMPARE(t.status, TicketStatus::Unconfirmed);
    QCOMPARE(t.ticketId, ticketId(1)); // kept: its webhook still finds it
    QVERIFY2(t.message.contains(QStringLiteral("HTTP 404")), qPrintable(t.message));
    QCOMPARE(checked.last().at(1).toString(), QStringLiteral("UNCONFIRMED"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QList<Ticket>>().first().status, TicketStatus::Unconfirmed);
    // Not before it had answered 404 at least three times over half an hour; at the first check past that.
    QVERIFY(attempts >= Reconciler::notFoundChecks);
    qint64 lastCheckAt = 0;
    for (int a = 1; a < attempts; ++a)
        lastCheckAt += Reconciler::checkDelaySeconds(10, a);
    QVERIFY2(lastCheckAt >= Reconciler::notFoundSeconds, qPrintable(QString::number(lastCheckAt)));
    QVERIFY2(lastCheckAt - Reconciler::checkDelaySeconds(10, attempts - 1) < Reconciler::notFoundSeconds,
             qPrintable(QString::number(lastCheckAt)));
    QVERIFY(firstAt.secsTo(m_clock.now()) > Reconciler::notFoundSeconds);
    const QList<TicketEvent> events = m_engine->store.events(id);
    QVERIFY(std::any_of(events.begin(), events.end(), [](const TicketEvent &e) {
        return e.kind == QStringLiteral("not-found") && e.verdict == QStringLiteral("applied");
    }));

    // No more checks within the hour (then a quiet one an hour: unconfirmedWithAnIdIsAskedHourly);
    // it may be retried; and a late webhook still applies to it.
    // (The loop moved the clock on by one delay after the check that gave it up.)
    m_clock.advance((Reconciler::unconfirmedRecheckSeconds - Reconciler::checkDelaySeconds(10, attempts) - 1) * 1000);
    QCOMPARE(sweep(), QStringList());
    const RetryResult retry = m_engine->store.createRetry(id, {});
    QVERIFY(retry.created);
    const QList<FactOutcome> late = m_engine->store.applyFacts({FactInput::forRemote(Fact::webhook(
        ticketId(1), TicketStatus::Created, QStringLiteral("SUP-9"), QString(), QString(), m_clock.now()))});
    QCOMPARE(late.size(), 1);
    QCOMPARE(m_engine->store.ticket(id)->status, TicketStatus::Created);
    QCOMPARE(m_engine->store.ticket(id)->issueKey, QStringLiteral("SUP-9"));
}

// An UNCONFIRMED ticket with Ripio's ID (Ripio stopped knowing it: a reset, a wrong base URL
// for a while) is asked about again hourly, with nothing added to its timeline while the
// answer stays 404; once Ripio knows it again, its answer applies. A week after its last
// change it is left alone; one without an ID (its answer lost) is never asked about.
void TestReconciler::unconfirmedWithAnIdIsAskedHourly()
{
    m_reconciler->setThresholdSeconds(10);
    const qint64 id = pending(1, 0);
    const QList<FactOutcome> gone = m_engine->store.applyFacts(
        {FactInput::forLocal(id, Fact::notFound(QStringLiteral("Ripio does not know it"), m_clock.now()))});
    QCOMPARE(gone.first().ticket->status, TicketStatus::Unconfirmed);
    Ticket lost;
    lost.customerId = customerId;
    lost.summary = QStringLiteral("Answer lost");
    const qint64 lostId = m_engine->store.insertTicket(lost);
    m_engine->store.applyFacts(
        {FactInput::forLocal(lostId, Fact::submit(m_clock.now())),
         FactInput::forLocal(lostId, Fact::answerLost(QStringLiteral("timeout"), m_clock.now()))});
    QCOMPARE(m_engine->store.ticket(lostId)->status, TicketStatus::Unconfirmed);
    m_engine->server.setFallback(ticketPath(ticketId(1)),
                                 ScriptedResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not found.\"}")));
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);

    QCOMPARE(sweep(), QStringList()); // only just given up: not before an hour
    m_clock.advance((Reconciler::unconfirmedRecheckSeconds - 60) * 1000);
    QCOMPARE(sweep(), QStringList());
    const qsizetype eventsBefore = m_engine->store.events(id).size();
    m_clock.advance(60 * 1000);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
    // Its answer still on its way when the next pass looks (a slow Ripio): it is still taken as
    // a recheck when it comes, not as a PENDING ticket's check.
    m_clock.advance(61 * 1000);
    QCOMPARE(sweep(), QStringList());
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(m_engine->store.events(id).size(), eventsBefore);
    QCOMPARE(m_engine->store.ticket(id)->status, TicketStatus::Unconfirmed);
    // Not again within the hour, however often the sweep runs.
    for (int minute = 1; minute < 60; ++minute) {
        m_clock.advance(60 * 1000);
        QCOMPARE(sweep(), QStringList());
    }
    m_clock.advance(60 * 1000);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
    QTRY_COMPARE(checked.size(), 2);
    QCOMPARE(m_engine->store.events(id).size(), eventsBefore); // quiet: no hourly rows
    QCOMPARE(m_engine->store.ticket(id)->status, TicketStatus::Unconfirmed);

    // Ripio knows it again: registered.
    m_engine->server.setFallback(ticketPath(ticketId(1)), statusAnswer(ticketId(1), "CREATED", "\"SUP-41\""));
    m_clock.advance(Reconciler::unconfirmedRecheckSeconds * 1000);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
    QTRY_COMPARE(m_engine->store.ticket(id)->status, TicketStatus::Created);
    QCOMPARE(m_engine->store.ticket(id)->issueKey, QStringLiteral("SUP-41"));
    m_clock.advance(Reconciler::unconfirmedRecheckSeconds * 1000);
    QCOMPARE(sweep(), QStringList());

    // A week after its last change, another such ticket is no longer asked about.
    const qint64 old = pending(2, 0);
    m_engine->store.applyFacts({FactInput::forLocal(old, Fact::notFound(QStringLiteral("gone"), m_clock.now()))});
    m_clock.advance((Reconciler::unconfirmedRecheckForSeconds + 60) * 1000);
    QCOMPARE(sweep(), QStringList());
}

// Half an hour of 404s is counted in checks too: a wall clock stepped forward an hour after the
// first 404 (an NTP step, a VM resumed) made three checks 15 s apart look like half an hour.
void TestReconciler::aClockSteppedForwardDoesNotShortenThe404s()
{
    QCOMPARE(Reconciler::notFoundChecksNeeded(120), 5); // 120 + 240 + 480 + 960 s between them
    QCOMPARE(Reconciler::notFoundChecksNeeded(10), 11);
    QCOMPARE(Reconciler::notFoundChecksNeeded(3600), Reconciler::notFoundChecks);
    // 404s that begin when the checks are already an hour apart: the first count is enough.
    QCOMPARE(Reconciler::notFoundChecksNeeded(120, 6), Reconciler::notFoundChecks);
    QCOMPARE(Reconciler::notFoundChecksNeeded(120, 4), 3); // 960 + 1920 s
    m_reconciler->setThresholdSeconds(10);
    const qint64 id = pending(1, 0);
    m_engine->server.setFallback(ticketPath(ticketId(1)),
                                 ScriptedResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not found.\"}")));
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    for (int attempts = 1; attempts < Reconciler::notFoundChecksNeeded(10); ++attempts) {
        QCOMPARE(sweep(), QStringList{ticketId(1)});
        QTRY_COMPARE(checked.size(), attempts);
        // The clock jumps an hour after the first check, then runs on as scheduled.
        m_clock.advance((attempts == 1 ? 3600 : Reconciler::checkDelaySeconds(10, attempts)) * 1000);
        QCOMPARE(m_engine->store.ticket(id)->status, TicketStatus::Pending);
    }
    QCOMPARE(sweep(), QStringList{ticketId(1)});
    QTRY_COMPARE(m_engine->store.ticket(id)->status, TicketStatus::Unconfirmed);
}

void TestReconciler::anotherAnswerBetween404sStartsAgain()
{
    // A 404 now and then (Ripio not knowing a ticket for a moment) between PENDING answers is no reason.
    m_reconciler->setThresholdSeconds(10);
    const qint64 id = pending(1, 0);
    const ScriptedResponse gone = ScriptedResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not found.\"}"));
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    for (int attempts = 1; attempts <= 16; ++attempts) {
        // Two 404s, then PENDING, and so on.
        m_engine->server.enqueue(ticketPath(ticketId(1)),
                                 attempts % 3 == 0 ? statusAnswer(ticketId(1), "PENDING") : gone);
        QCOMPARE(sweep(), QStringList{ticketId(1)});
        QTRY_COMPARE(checked.size(), attempts);
        m_clock.advance(Reconciler::checkDelaySeconds(10, attempts) * 1000);
    }
    QCOMPARE(m_engine->store.ticket(id)->status, TicketStatus::Pending);
}

void TestReconciler::aTokenRequestsNotFoundIsNoAnswerAboutTheTicket()
{
    // A wrong base URL or a proxy's page answers the token request 404: Ripio was never asked
    // about the ticket, which must stay PENDING however long that lasts (the review).
    m_reconciler->setThresholdSeconds(10);
    const qint64 id = pending(1, 0);
    m_engine->server.setFallback(tokenPath,
                                 ScriptedResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not found.\"}")));
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    for (int attempts = 1; attempts <= 16; ++attempts) {
        QCOMPARE(sweep(), QStringList{ticketId(1)});
        QTRY_COMPARE(checked.size(), attempts);
        m_clock.advance(Reconciler::checkDelaySeconds(10, attempts) * 1000);
    }
    QVERIFY(m_clock.now().secsTo(testStart()) < -2 * Reconciler::notFoundSeconds);
    QCOMPARE(m_engine->store.ticket(id)->status, TicketStatus::Pending);
    QCOMPARE(m_engine->server.count(ticketPath(ticketId(1))), 0);
}

void TestReconciler::concurrencyCap()
{
    m_reconciler->setThresholdSeconds(60);
    m_reconciler->setMaxConcurrent(2);
    QCOMPARE(sweep(), QStringList()); // the start-up sweep, with nothing PENDING yet
    for (int n = 1; n <= 5; ++n)
        QVERIFY(pending(n, 3600 - n)); // ticket 1 is the oldest
    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);

    QCOMPARE(sweep(), (QStringList{ticketId(1), ticketId(2)}));
    QCOMPARE(sweep(), QStringList()); // both places taken
    QTRY_COMPARE(checked.size(), 2);
    QCOMPARE(sweep(), (QStringList{ticketId(3), ticketId(4)}));
    QTRY_COMPARE(checked.size(), 4);
    QCOMPARE(sweep(), QStringList{ticketId(5)});
    QTRY_COMPARE(checked.size(), 5);
    for (int n = 1; n <= 5; ++n)
        QCOMPARE(m_engine->server.count(ticketPath(ticketId(n))), 1);
}

void TestReconciler::checkNowIgnoresAge()
{
    m_reconciler->setThresholdSeconds(3600);
    QCOMPARE(sweep(), QStringList()); // the start-up sweep, with nothing PENDING yet
    const qint64 id = pending(1, 0);
    Ticket queued;
    queued.customerId = customerId;
    queued.summary = QStringLiteral("Not sent yet");
    const qint64 queuedId = m_engine->store.insertTicket(queued);
    QVERIFY(queuedId > 0);

    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    const QList<RetrieveTicketJob *> before =
        m_engine->client.findChildren<RetrieveTicketJob *>(Qt::FindDirectChildrenOnly);
    m_reconciler->checkNow(id);
    m_reconciler->checkNow(id);       // already being asked
    m_reconciler->checkNow(queuedId); // no Ripio id to ask about
    m_reconciler->checkNow(4242);     // no such ticket
    QCOMPARE(m_engine->client.findChildren<RetrieveTicketJob *>(Qt::FindDirectChildrenOnly).size(), before.size() + 1);
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(checked.first().at(0).toLongLong(), id);
    QCOMPARE(m_engine->server.count(ticketPath(ticketId(1))), 1);
}

void TestReconciler::twoProcessesAskOnce()
{
    // A second process on the same database file: its own store connection and reconciler.
    TicketStore otherStore(m_clock);
    QVERIFY(otherStore.open(m_engine->dir.filePath(QStringLiteral("t.sqlite"))).ok());
    Reconciler other(otherStore, m_engine->client, m_clock);
    QVERIFY(other.claimant() != m_reconciler->claimant());
    for (Reconciler *r : {m_reconciler.get(), &other}) {
        r->setThresholdSeconds(10);
        r->setMaxConcurrent(10);
    }
    QVERIFY(pending(1, 0));
    QVERIFY(pending(2, 0));
    QSignalSpy checkedHere(m_reconciler.get(), &Reconciler::checked);
    QSignalSpy checkedThere(&other, &Reconciler::checked);

    // Both processes are alive (their heartbeats are fresh), so each respects the other's claims.
    QVERIFY(beat(m_reconciler->claimant()) && beat(other.claimant()));
    // Both start up at once: every PENDING ticket is asked about once in all.
    QCOMPARE(sweep(), (QStringList{ticketId(1), ticketId(2)}));
    QCOMPARE(sweep(other), QStringList());
    QTRY_COMPARE(checkedHere.size(), 2);
    // Each later round, whoever sweeps first asks; the other leaves it alone.
    int asked = 2;
    for (const qint64 seconds : {10, 20, 40}) {
        m_clock.advance(seconds * 1000);
        QVERIFY(beat(m_reconciler->claimant()) && beat(other.claimant()));
        const QStringList there = sweep(other);
        const QStringList here = sweep();
        QCOMPARE(there.size() + here.size(), 2);
        for (const QString &id : there)
            QVERIFY2(!here.contains(id), qPrintable(id + QStringLiteral(" was asked about twice")));
        asked += 2;
        QTRY_COMPARE(checkedHere.size() + checkedThere.size(), asked);
    }
    QCOMPARE(m_engine->server.count(ticketPath(ticketId(1))) + m_engine->server.count(ticketPath(ticketId(2))), asked);
}

void TestReconciler::liveHoldersClaimRunsItsCourse()
{
    m_reconciler->setThresholdSeconds(60);
    const qint64 id = pending(1, 3600);
    QVERIFY(id);
    // Another live process holds the ticket until its next check: this one waits for that.
    QVERIFY(beat(QStringLiteral("other")));
    QVERIFY(m_engine->store.claimCheck(QStringLiteral("other"), id, m_clock.now().addSecs(60)));
    QCOMPARE(sweep(), QStringList());
    m_clock.advance(59'999);
    QVERIFY(beat(QStringLiteral("other")));
    QCOMPARE(sweep(), QStringList());
    m_clock.advance(1);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
}

void TestReconciler::stoppedHoldersClaimIsTakenOver()
{
    m_reconciler->setThresholdSeconds(60);
    const qint64 id = pending(1, 3600);
    QVERIFY(id);
    // A process killed in the middle of its check left its claim behind; its heartbeat stopped.
    QVERIFY(beat(QStringLiteral("killed")));
    QVERIFY(m_engine->store.claimCheck(QStringLiteral("killed"), id, m_clock.now().addSecs(3600)));
    QCOMPARE(sweep(), QStringList());
    // Looked at again after a threshold: the holder's heartbeat is stale by then, so the
    // ticket is taken over, long before the claim's own end.
    static_assert(TicketStore::claimHolderFreshMs < 60'000);
    m_clock.advance(60'000);
    QCOMPARE(sweep(), QStringList{ticketId(1)});
    // One that stopped cleanly removed its heartbeat: its claim is void at once.
    const qint64 other = pending(2, 3600);
    QVERIFY(m_engine->store.claimCheck(QStringLiteral("stopped"), other, m_clock.now().addSecs(3600)));
    m_clock.advance(60'000);
    QVERIFY(sweep().contains(ticketId(2)));
}

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"

// A ticket sent to the sandbox is not asked about once the settings point at production: Ripio
// there would answer 404, and after half an hour of them the ticket would turn UNCONFIRMED (and a
// retry would file it in production). It waits, PENDING, until the settings point back.
void TestReconciler::ticketSentToAnotherApiIsNotAskedAbout()
{
    m_reconciler->setThresholdSeconds(10);
    const QUrl here = m_engine->client.settings().baseUrl;
    QUrl otherPort = here;
    otherPort.setPort(here.port() + 1); // the same simulator started again elsewhere: the same API
    // Another host to sameRipioEnvironment(), yet the same simulator: nothing leaves the machine.
    QUrl otherHost = here;
    otherHost.setHost(QStringLiteral("localhost"));
    const QString sandboxApi = ripioApiBase(otherHost);
    const qint64 elsewhere = pendingSentTo(1, sandboxApi);
    const qint64 samePlace = pendingSentTo(2, ripioApiBase(otherPort) + QLatin1Char('/'));
    const qint64 unrecorded = pending(3, 0); // sent before schema 10 recorded where: asked, as before
    QVERIFY(elsewhere && samePlace && unrecorded);
    const qint64 gone = pendingSentTo(4, sandboxApi);
    QVERIFY(gone);
    QVERIFY(
        m_engine->store.applyFacts({FactInput::forLocal(gone, Fact::notFound(QStringLiteral("gone"), m_clock.now()))})
            .value(0)
            .committed);
    QCOMPARE(m_engine->store.ticket(gone)->status, TicketStatus::Unconfirmed);

    QSignalSpy checked(m_reconciler.get(), &Reconciler::checked);
    QCOMPARE(sweep(), (QStringList{ticketId(2), ticketId(3)}));
    m_reconciler->checkNow(elsewhere);
    QTRY_COMPARE(checked.size(), 2);
    m_clock.advance(qint64(Reconciler::unconfirmedRecheckSeconds + 60) * 1000);
    QCOMPARE(sweep(), (QStringList{ticketId(2), ticketId(3)})); // the UNCONFIRMED one's hour is up: not asked
    QTRY_COMPARE(checked.size(), 4);
    QCOMPARE(m_engine->server.count(ticketPath(ticketId(1))), 0);
    QCOMPARE(m_engine->store.ticket(elsewhere)->status, TicketStatus::Pending);
    for (const TicketEvent &e : m_engine->store.events(elsewhere)) // no check recorded
        QVERIFY2(e.kind != QLatin1StringView("reconcile-check") && e.kind != QLatin1StringView("retrieved"),
                 qPrintable(e.kind));

    // The settings point at the other API again: both of its tickets are asked about.
    ClientSettings sandbox = m_engine->client.settings();
    otherHost.setHost(QStringLiteral("LOCALHOST"));
    otherHost.setPath(QStringLiteral("/"));
    sandbox.baseUrl = otherHost;
    m_engine->client.setSettings(sandbox);
    m_clock.advance(qint64(Reconciler::unconfirmedRecheckSeconds + 60) * 1000);
    const QStringList asked = sweep();
    QVERIFY2(asked.contains(ticketId(1)) && asked.contains(ticketId(4)), qPrintable(asked.join(u' ')));
    QVERIFY(!asked.contains(ticketId(2))); // now it is the one sent elsewhere
    QVERIFY(asked.contains(ticketId(3)));  // not recorded: asked wherever the settings point
}
