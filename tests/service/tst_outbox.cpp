// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localizedtext.h"
#include "ripio/ripioclient.h"
#include "ripio/ripioendpoint.h"
#include "service/outbox.h"
#include "service/outcomespool.h"
#include "service/processliveness.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/markingtranslator.h"
#include "support/rawsql.h"
#include "support/scriptedengine.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

#include <algorithm>
#include <memory>
#include <sys/wait.h>
#include <unistd.h>

using namespace TicketDesk;
using namespace TicketDesk::ScriptedRipio;

namespace {

// Every test function starts from the same instant.
QDateTime testStart()
{
    return QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC);
}

const QByteArray &createPath = ticketsPath;

// A distinct Ripio ticket id per answer, so that no two local tickets merge.
ScriptedResponse accepted(int n)
{
    return ScriptedResponse::json(202, QByteArrayLiteral("{\"ticketId\":\"") + ticketId(n).toUtf8() +
                                           QByteArrayLiteral("\",\"status\":\"PENDING\"}"));
}

QList<TicketStatus> statusesOf(const QSignalSpy &spy, qint64 id)
{
    QList<TicketStatus> seen;
    for (const QList<QVariant> &args : spy) {
        for (const Ticket &t : args.at(0).value<QList<Ticket>>()) {
            if (t.id == id)
                seen.append(t.status);
        }
    }
    return seen;
}

} // namespace

// The outbox on a real SQLite store and the real client against a scripted
// Ripio; time moves by a ManualClock, never by sleeping.
class TestOutbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backoffArithmetic_data();
    void backoffArithmetic();
    void sendsOldestFirstWithItsFields();
    void atMostFourInFlight();
    void dispositions_data();
    void dispositions();
    void backoffDoublesUntilResumed();
    void aClockSteppedBackDoesNotLengthenThePause();
    void disabledSendsNothing();
    void interruptedSendIsUnconfirmed();
    void aSenderOfThisMachineThatEndedIsSettledAtOnce();
    void aSenderThatEndsBesideARunningOneIsSettledAtItsNextRound();
    void aClaimTakenSinceTheStartIsAnothersToSend();
    void oneOutageIsOneStepOfTheBackoff();
    void answersLostSendOneAtATime();
    void stoppingQueuesAgainWhatWasNotSent();
    void stoppingLeavesWhatWasSent();
    void anAnswerTheStoreCouldNotTakeIsWrittenLater();
    void anAnswerKeptOnDiskOutlivesTheProcess();

private:
    ClientSettings settings() const { return ScriptedRipio::settings(m_engine->server.baseUrl()); }
    qint64 queue(const QString &summary, int minutesOld = 0);
    // The heartbeat of a sender of this machine with process ID `pid`, seen now.
    ServerRecord senderOfThisMachine(qint64 pid) const;
    // The process ID of a process that ran and has ended.
    static qint64 anEndedProcessId();
    // Writes `sender`'s heartbeat, queues a ticket and has `sender` claim it (a two-minute
    // lease): its id, or 0 when the store refused any of that.
    qint64 claimedBy(const ServerRecord &sender, const QString &summary);
    // The instances of the heartbeats the store holds.
    QStringList heartbeatInstances();
    TicketStatus status(qint64 id) { return m_engine->store.ticket(id).value_or(Ticket{}).status; }

    ManualClock m_clock{testStart()};
    std::unique_ptr<ScriptedEngine> m_engine;
    std::unique_ptr<Outbox> m_outbox;
};

void TestOutbox::init()
{
    m_clock.set(testStart());
    m_engine = std::make_unique<ScriptedEngine>(m_clock);
    QVERIFY(m_engine->ready);
    m_outbox = std::make_unique<Outbox>(m_engine->store, m_engine->client, m_clock);
}

void TestOutbox::cleanup()
{
    m_outbox.reset();
    m_engine.reset();
}

// The database refuses Ripio's acceptance of a ticket being sent (as a team database gone for a
// while would), until the trigger is dropped.
bool holdOutcomes(const QString &file)
{
    return rawSql(file,
                  {QStringLiteral("CREATE TRIGGER hold_outcome BEFORE UPDATE ON tickets"
                                  " WHEN OLD.status = 'SUBMITTING' AND NEW.status = 'PENDING'"
                                  " BEGIN SELECT RAISE(ABORT, 'held back by the test'); END")},
                  false)
        .has_value();
}

qint64 TestOutbox::queue(const QString &summary, int minutesOld)
{
    Ticket t;
    t.customerId = customerId;
    t.summary = summary;
    t.description = summary + QStringLiteral(": details");
    t.createdAt = m_clock.now().addSecs(-60 * minutesOld);
    return m_engine->store.insertTicket(t);
}

void TestOutbox::backoffArithmetic_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("seconds");
    // Doubling from 1 s, capped at 60 s.
    QTest::newRow("1st failure") << 1 << -1 << 1;
    QTest::newRow("2nd failure") << 2 << -1 << 2;
    QTest::newRow("3rd failure") << 3 << -1 << 4;
    QTest::newRow("4th failure") << 4 << -1 << 8;
    QTest::newRow("5th failure") << 5 << -1 << 16;
    QTest::newRow("6th failure") << 6 << -1 << 32;
    QTest::newRow("7th failure: capped") << 7 << -1 << 60;
    QTest::newRow("8th failure") << 8 << -1 << 60;
    QTest::newRow("1000th failure") << 1000 << -1 << 60;
    // The server's Retry-After wins, in both directions, but never below 1 s.
    QTest::newRow("Retry-After 30 on the 1st") << 1 << 30 << 30;
    QTest::newRow("Retry-After 5 on the 7th") << 7 << 5 << 5;
    QTest::newRow("Retry-After 600: above the cap") << 1 << 600 << 600;
    QTest::newRow("Retry-After 0") << 3 << 0 << 1;
}

void TestOutbox::backoffArithmetic()
{
    QFETCH(int, failures);
    QFETCH(int, retryAfter);
    QFETCH(int, seconds);
    QCOMPARE(Outbox::backoffSeconds(failures, retryAfter), seconds);
}

void TestOutbox::sendsOldestFirstWithItsFields()
{
    const qint64 b = queue(QStringLiteral("Card b"), 2);
    const qint64 c = queue(QStringLiteral("Card c"), 0);
    const qint64 a = queue(QStringLiteral("Card a"), 5);
    for (int n = 1; n <= 3; ++n)
        m_engine->server.enqueue(createPath, accepted(n));
    QSignalSpy changed(m_outbox.get(), &Outbox::ticketsChanged);
    QSignalSpy queueState(m_outbox.get(), &Outbox::queueStateChanged);

    m_outbox->kick();
    // Each ticket is SUBMITTING on disk before its call starts, oldest first.
    QList<qint64> order;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        for (const Ticket &t : args.at(0).value<QList<Ticket>>()) {
            QCOMPARE(t.status, TicketStatus::Submitting);
            order.append(t.id);
        }
    }
    QCOMPARE(order, (QList<qint64>{a, b, c}));
    QCOMPARE(m_engine->server.count(createPath), 0);
    // Being sent, they still wait for Ripio: the status bar's count says so.
    QVERIFY(!queueState.isEmpty());
    QCOMPARE(queueState.last().at(0).toLongLong(), 3);

    QTRY_VERIFY(status(a) == TicketStatus::Pending && status(b) == TicketStatus::Pending &&
                status(c) == TicketStatus::Pending);
    QTRY_COMPARE(queueState.last().at(0).toLongLong(), 0);
    QSet<QString> remoteIds;
    for (qint64 id : {a, b, c}) {
        const Ticket t = m_engine->store.ticket(id).value();
        QVERIFY(t.submittedAt.isValid());
        // Where it went, kept so that it is asked about only there (Reconciler).
        QVERIFY(!t.apiBase.isEmpty());
        QCOMPARE(t.apiBase, ripioApiBase(m_engine->client.settings().baseUrl));
        remoteIds.insert(t.ticketId);
        QCOMPARE(statusesOf(changed, id), (QList<TicketStatus>{TicketStatus::Submitting, TicketStatus::Pending}));
    }
    QCOMPARE(remoteIds.size(), 3);

    // What went out: one token, then each ticket's customer, summary and description.
    QCOMPARE(m_engine->server.count(tokenPath), 1);
    const QList<RecordedRequest> sent = m_engine->server.requestsTo(createPath);
    QCOMPARE(sent.size(), 3);
    for (const QString &summary : {QStringLiteral("Card a"), QStringLiteral("Card b"), QStringLiteral("Card c")}) {
        const auto it = std::find_if(sent.begin(), sent.end(),
                                     [&](const RecordedRequest &r) { return r.body.contains(summary.toUtf8()); });
        QVERIFY2(it != sent.end(), qPrintable(summary));
        QVERIFY(it->body.contains((summary + QStringLiteral(": details")).toUtf8()));
        QVERIFY(it->body.contains(customerId.toUtf8()));
        QCOMPARE(it->header("Authorization"), QByteArrayLiteral("Bearer tok"));
    }

    QVERIFY(!queueState.isEmpty());
    QCOMPARE(queueState.last().at(0).toLongLong(), 0);
    QVERIFY(!queueState.last().at(1).toDateTime().isValid());
    QVERIFY(queueState.last().at(2).toString().isEmpty());
}

void TestOutbox::atMostFourInFlight()
{
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids.append(queue(QStringLiteral("Ticket %1").arg(i), 10 - i)); // ids[0] is the oldest
    for (int n = 1; n <= 6; ++n)
        m_engine->server.enqueue(createPath, accepted(n));
    QSignalSpy changed(m_outbox.get(), &Outbox::ticketsChanged);

    m_outbox->kick();
    for (int i = 0; i < 6; ++i)
        QCOMPARE(status(ids[i]), i < 4 ? TicketStatus::Submitting : TicketStatus::Queued);
    m_outbox->kick(); // nothing more while four are in flight
    QCOMPARE(status(ids[4]), TicketStatus::Queued);

    // Each answer frees a place for the next oldest.
    QTRY_VERIFY(std::all_of(ids.begin(), ids.end(), [this](qint64 id) { return status(id) == TicketStatus::Pending; }));
    QSet<qint64> submitting;
    qsizetype most = 0;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        for (const Ticket &t : args.at(0).value<QList<Ticket>>()) {
            if (t.status == TicketStatus::Submitting)
                submitting.insert(t.id);
            else
                submitting.remove(t.id);
            most = std::max(most, submitting.size());
        }
    }
    QCOMPARE(most, 4);
    QCOMPARE(m_engine->server.count(createPath), 6);
    QCOMPARE(m_engine->server.count(tokenPath), 1);
}

void TestOutbox::dispositions_data()
{
    using A = ScriptedResponse::Action;
    QTest::addColumn<bool>("offline");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<TicketStatus>("expected");
    QTest::addColumn<int>("backoffSeconds"); // -1: no backoff
    QTest::addColumn<QString>("message");

    const QByteArray ok = accepted(1).body;
    QTest::newRow("202: accepted") << false << int(A::Answer) << 202 << ok << QByteArray() << TicketStatus::Pending
                                   << -1 << QString();
    QTest::newRow("400: rejected") << false << int(A::Answer) << 400
                                   << QByteArrayLiteral("{\"detail\":\"Summary exceeds 120 characters\"}")
                                   << QByteArray() << TicketStatus::Rejected << -1
                                   << QStringLiteral("Summary exceeds 120 characters");
    QTest::newRow("422: customer unknown")
        << false << int(A::Answer) << 422 << QByteArrayLiteral("{\"message\":\"The customer has no email\"}")
        << QByteArray() << TicketStatus::Rejected << -1 << QStringLiteral("The customer has no email");
    // An answer lost pauses the outbox too: the next ticket would most likely be lost as well.
    QTest::newRow("500: answer unusable")
        << false << int(A::Answer) << 500 << QByteArrayLiteral("{\"detail\":\"Internal error\"}") << QByteArray()
        << TicketStatus::Unconfirmed << 1 << QStringLiteral("Internal error");
    QTest::newRow("closed after the body: answer lost") << false << int(A::CloseAfterBody) << 0 << QByteArray()
                                                        << QByteArray() << TicketStatus::Unconfirmed << 1 << QString();
    QTest::newRow("202 without an id") << false << int(A::Answer) << 202 << QByteArrayLiteral("{}") << QByteArray()
                                       << TicketStatus::Unconfirmed << 1 << QString();
    QTest::newRow("429: Retry-After 30") << false << int(A::Answer) << 429
                                         << QByteArrayLiteral("{\"detail\":\"Slow down\"}") << QByteArrayLiteral("30")
                                         << TicketStatus::Queued << 30 << QStringLiteral("Slow down");
    QTest::newRow("503: Retry-After 120")
        << false << int(A::Answer) << 503 << QByteArrayLiteral("maintenance") << QByteArrayLiteral("120")
        << TicketStatus::Queued << 120 << QStringLiteral("maintenance");
    QTest::newRow("403 20061: not enabled")
        << false << int(A::Answer) << 403
        << QByteArrayLiteral("{\"code\":20061,\"type\":\"SupportTicketsNotEnabledException\"}") << QByteArray()
        << TicketStatus::Queued << 1 << QStringLiteral("20061");
    QTest::newRow("offline") << true << int(A::Answer) << 0 << QByteArray() << QByteArray() << TicketStatus::Queued << 1
                             << QString();
}

void TestOutbox::dispositions()
{
    QFETCH(bool, offline);
    QFETCH(int, action);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(TicketStatus, expected);
    QFETCH(int, backoffSeconds);
    QFETCH(QString, message);
    if (offline) {
        m_engine->client.setSettings(ScriptedRipio::settings(ScriptedServer::unreachableUrl()));
    } else {
        ScriptedResponse response = ScriptedResponse::act(ScriptedResponse::Action(action));
        if (response.action == ScriptedResponse::Action::Answer) {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!retryAfter.isEmpty())
                headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
            response = ScriptedResponse::json(httpStatus, body, headers);
        }
        m_engine->server.enqueue(createPath, response);
    }
    m_engine->server.setFallback(createPath, accepted(2));
    const qint64 id = queue(QStringLiteral("One ticket"));
    QSignalSpy queueState(m_outbox.get(), &Outbox::queueStateChanged);
    const QDateTime sentAt = m_clock.now();
    m_outbox->kick();
    QCOMPARE(status(id), TicketStatus::Submitting);
    QTRY_VERIFY(status(id) != TicketStatus::Submitting);
    const Ticket t = m_engine->store.ticket(id).value();
    QCOMPARE(t.status, expected);
    QVERIFY2(LocalizedText::wordStored(t.message).contains(message), qPrintable(t.message));
    if (!t.message.isEmpty()) {
        // Stored for whoever reads it: a reader in another language gets its own words.
        Test::MarkingTranslator reader("TicketDesk::RipioClient");
        QCoreApplication::installTranslator(&reader);
        const QString worded = LocalizedText::wordStored(t.message);
        QVERIFY2(worded.startsWith(QStringLiteral("\u00ab")), qPrintable(worded));
        QVERIFY2(worded.contains(message), qPrintable(worded));
    }
    const int attempts = offline ? 0 : 1;
    QCOMPARE(m_engine->server.count(createPath), attempts);

    const QDateTime retryAt = queueState.last().at(1).toDateTime();
    if (expected != TicketStatus::Queued) {
        if (backoffSeconds < 0)
            QVERIFY(!retryAt.isValid());
        else
            QCOMPARE(retryAt, sentAt.addSecs(backoffSeconds));
        // Whatever the clock says later, a ticket that left QUEUED is never sent again by the outbox.
        m_clock.advance(3600 * 1000);
        m_outbox->kick();
        QCOMPARE(status(id), expected);
        m_outbox->resume();
        QCOMPARE(status(id), expected);
        QCOMPARE(m_engine->server.count(createPath), attempts);
        return;
    }

    // NotSent: QUEUED, and the outbox waits for the clock to pass retryAt before it sends again.
    // Sent nowhere: where it was claimed for is forgotten (the details pane said "Sent to").
    QCOMPARE(t.apiBase, QString());
    QCOMPARE(retryAt, sentAt.addSecs(backoffSeconds));
    QCOMPARE(queueState.last().at(0).toLongLong(), 1);
    QVERIFY(!queueState.last().at(2).toString().isEmpty());
    m_outbox->kick();
    QCOMPARE(status(id), TicketStatus::Queued);
    m_clock.advance(qint64(backoffSeconds) * 1000 - 1);
    m_outbox->kick();
    QCOMPARE(status(id), TicketStatus::Queued);
    m_engine->client.setSettings(settings()); // back online
    m_clock.advance(1);
    m_outbox->kick();
    QCOMPARE(status(id), TicketStatus::Submitting);
    QTRY_COMPARE(status(id), TicketStatus::Pending);
    QCOMPARE(m_engine->server.count(createPath), attempts + 1);
    QVERIFY(!queueState.last().at(1).toDateTime().isValid());
    QCOMPARE(m_engine->store.ticket(id)->apiBase, ripioApiBase(settings().baseUrl));
}

void TestOutbox::backoffDoublesUntilResumed()
{
    m_engine->client.setSettings(ScriptedRipio::settings(ScriptedServer::unreachableUrl()));
    const qint64 id = queue(QStringLiteral("While offline"));
    QSignalSpy queueState(m_outbox.get(), &Outbox::queueStateChanged);

    m_outbox->kick();
    for (const int seconds : {1, 2, 4, 8}) {
        QTRY_COMPARE(status(id), TicketStatus::Queued);
        const QDateTime failedAt = m_clock.now();
        QTRY_COMPARE(queueState.last().at(1).toDateTime(), failedAt.addSecs(seconds));
        m_clock.advance(qint64(seconds) * 1000);
        m_outbox->kick();
        QCOMPARE(status(id), TicketStatus::Submitting);
    }
    // Back online; the operator's "send now" does not wait for the 16 s backoff.
    QTRY_COMPARE(queueState.last().at(1).toDateTime(), m_clock.now().addSecs(16));
    m_engine->client.setSettings(settings());
    m_engine->server.enqueue(createPath, accepted(1));
    m_outbox->kick();
    QCOMPARE(status(id), TicketStatus::Queued);
    m_outbox->resume();
    QCOMPARE(status(id), TicketStatus::Submitting);
    QTRY_COMPARE(status(id), TicketStatus::Pending);
    QCOMPARE(m_engine->server.count(createPath), 1);
}

// The wall clock stepped back a day during a 1 s pause (an NTP step, a VM restored): the queue
// waited up to an hour for the next wake-up, and a day for the wall clock to catch up (the time
// audit). The pause ends when it was set to, on the monotonic clock.
void TestOutbox::aClockSteppedBackDoesNotLengthenThePause()
{
    m_engine->client.setSettings(ScriptedRipio::settings(ScriptedServer::unreachableUrl()));
    const qint64 id = queue(QStringLiteral("Sent after the step"));
    QSignalSpy queueState(m_outbox.get(), &Outbox::queueStateChanged);
    m_outbox->kick();
    QTRY_COMPARE(status(id), TicketStatus::Queued);
    QTRY_VERIFY(!queueState.isEmpty() && queueState.last().at(1).toDateTime().isValid()); // paused, 1 s
    m_engine->client.setSettings(settings());
    m_engine->server.enqueue(createPath, accepted(1));
    m_clock.advance(-24 * 3600 * 1000);
    m_outbox->kick(); // too early all the same: it waits
    QCOMPARE(status(id), TicketStatus::Queued);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), TicketStatus::Pending, 5000);
    QCOMPARE(m_engine->server.count(createPath), 1);
}

void TestOutbox::disabledSendsNothing()
{
    m_engine->server.enqueue(createPath, accepted(1));
    m_outbox->setEnabled(false);
    const qint64 id = queue(QStringLiteral("Later"));
    m_outbox->kick();
    m_outbox->resume();
    QCOMPARE(status(id), TicketStatus::Queued);
    m_outbox->setEnabled(true);
    QCOMPARE(status(id), TicketStatus::Submitting);
    QTRY_COMPARE(status(id), TicketStatus::Pending);
}

void TestOutbox::aClaimTakenSinceTheStartIsAnothersToSend()
{
    // Two processes start together on one SQLite file: this one found no other alive (it is
    // alone: no other heartbeat), then the other wrote its heartbeat and claimed, with a lease
    // shorter than this one's. Only the leftovers of a claimant not alive are this one's.
    m_outbox->setLeaseMs(120000);
    const qint64 leftover = queue(QStringLiteral("Claimed by this desk's last run"));
    QCOMPARE(m_engine->store.claimQueued(QStringLiteral("the last run"), 120000, 1).size(), 1);
    m_clock.advance(60000);
    const qint64 peers = queue(QStringLiteral("Claimed by the other process just now"));
    ServerRecord other;
    other.instance = QStringLiteral("the other process");
    other.startedAt = other.lastSeen = m_clock.now();
    QVERIFY(m_engine->store.heartbeat(other));
    QCOMPARE(m_engine->store.claimQueued(QStringLiteral("the other process"), 5000, 1).size(), 1);
    // What recoverInterrupted() asks once it found itself alone.
    QCOMPARE(m_engine->store.expireClaims(QStringLiteral("stopped while sending"), true).size(), 1);
    QCOMPARE(status(leftover), TicketStatus::Unconfirmed);
    QCOMPARE(status(peers), TicketStatus::Submitting);
}

// A sender killed with -9 on this machine leaves a fresh heartbeat and a claim with most of its
// lease to run: a restart beside it kept the ticket SUBMITTING for two minutes. Its process ID no
// longer runs: its row goes, and the ticket is settled at once. One whose process runs is not.
void TestOutbox::aSenderOfThisMachineThatEndedIsSettledAtOnce()
{
    const qint64 endedPid = anEndedProcessId();
    QVERIFY(endedPid > 0);
    const ServerRecord killed = senderOfThisMachine(endedPid);
    const ServerRecord living = senderOfThisMachine(qint64(::getppid())); // the test's parent runs
    const qint64 orphan = claimedBy(killed, QStringLiteral("Sent by a process killed with -9"));
    const qint64 held = claimedBy(living, QStringLiteral("Being sent by a process that runs"));
    QVERIFY(orphan > 0 && held > 0);

    m_outbox->recoverInterrupted();
    QCOMPARE(status(orphan), TicketStatus::Unconfirmed);
    QCOMPARE(status(held), TicketStatus::Submitting);
    const QStringList instances = heartbeatInstances();
    QVERIFY(!instances.contains(killed.instance));
    QVERIFY(instances.contains(living.instance));
    // Another machine's process is not judged from here, even one of the same host name (a
    // container, a default name): its identity differs. Nor is an instance of the older form.
    QVERIFY(!thisMachineIdentity().isEmpty());
    ServerRecord sameName = killed;
    sameName.instance = QStringLiteral("%1:%2:1000:0123456789abcdef.42").arg(QSysInfo::machineHostName()).arg(endedPid);
    QVERIFY(!processHasEnded(sameName));
    ServerRecord older = killed;
    older.instance = QStringLiteral("%1:%2:1000").arg(QSysInfo::machineHostName()).arg(endedPid);
    QVERIFY(!processHasEnded(older));
    QVERIFY(processHasEnded(killed));
    QVERIFY(!processHasEnded(living));
    // This process's own ID: another engine of this very process, alive.
    ServerRecord mine = killed;
    mine.instance = QStringLiteral("%1:%2:1000:%3")
                        .arg(QSysInfo::machineHostName())
                        .arg(QCoreApplication::applicationPid())
                        .arg(thisMachineIdentity());
    QVERIFY(!processHasEnded(mine));
    // Killed and not yet reaped by its parent (a shell restarting it at once): its ID still
    // answers kill(), but it has ended.
    const pid_t zombie = ::fork();
    if (zombie == 0)
        ::_exit(0);
    QVERIFY(zombie > 0);
    QTRY_VERIFY(processHasEnded(senderOfThisMachine(zombie)));
    QCOMPARE(::kill(zombie, 0), 0); // still there, as a zombie
    QCOMPARE(::waitpid(zombie, nullptr, 0), zombie);
}

ServerRecord TestOutbox::senderOfThisMachine(qint64 pid) const
{
    ServerRecord r;
    r.instance = QStringLiteral("%1:%2:1000:%3").arg(QSysInfo::machineHostName()).arg(pid).arg(thisMachineIdentity());
    r.host = QSysInfo::machineHostName();
    r.role = QStringLiteral("serve");
    r.startedAt = r.lastSeen = m_clock.now();
    return r;
}

qint64 TestOutbox::claimedBy(const ServerRecord &sender, const QString &summary)
{
    if (!m_engine->store.heartbeat(sender))
        return 0;
    const qint64 id = queue(summary);
    return m_engine->store.claimQueued(sender.instance, 120000, 1).value(0).id == id ? id : 0;
}

QStringList TestOutbox::heartbeatInstances()
{
    QStringList instances;
    for (const ServerRecord &r : m_engine->store.servers())
        instances << r.instance;
    return instances;
}

qint64 TestOutbox::anEndedProcessId()
{
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    if (!ended.waitForStarted())
        return -1;
    const qint64 pid = ended.processId();
    return ended.waitForFinished() ? pid : -1;
}

// A serve killed with -9 while another runs on the same database: the running one settled the
// killed one's SUBMITTING tickets only when their lease ran out (two minutes), the start-up check
// being its only look at ended processes. Its lease round (a quarter of a lease) looks too.
void TestOutbox::aSenderThatEndsBesideARunningOneIsSettledAtItsNextRound()
{
    const qint64 endedPid = anEndedProcessId();
    QVERIFY(endedPid > 0);
    const ServerRecord killed = senderOfThisMachine(endedPid);
    const ServerRecord living = senderOfThisMachine(qint64(::getppid()));
    m_outbox->recoverInterrupted(); // this one's start, before the other was killed
    const qint64 orphan = claimedBy(killed, QStringLiteral("Sent by a serve killed while this one runs"));
    const qint64 held = claimedBy(living, QStringLiteral("Being sent by a serve that runs"));
    QVERIFY(orphan > 0 && held > 0);
    QSignalSpy changed(m_outbox.get(), &Outbox::ticketsChanged);

    m_clock.advance(30 * 1000); // one round later; the leases have 90 s to run
    m_outbox->tendLeases();
    QCOMPARE(status(orphan), TicketStatus::Unconfirmed);
    QCOMPARE(status(held), TicketStatus::Submitting);
    QCOMPARE(statusesOf(changed, orphan), QList<TicketStatus>{TicketStatus::Unconfirmed});
    const QStringList instances = heartbeatInstances();
    QVERIFY(!instances.contains(killed.instance));
    QVERIFY(instances.contains(living.instance));
}

void TestOutbox::interruptedSendIsUnconfirmed()
{
    const qint64 id = queue(QStringLiteral("Sent when the process died"));
    QVERIFY(m_engine->store.applyFacts({FactInput::forLocal(id, Fact::submit(m_clock.now()))}).value(0).committed);
    const qint64 waiting = queue(QStringLiteral("Still queued"));
    QSignalSpy changed(m_outbox.get(), &Outbox::ticketsChanged);
    m_outbox->recoverInterrupted();
    QCOMPARE(status(id), TicketStatus::Unconfirmed);
    const QString message = m_engine->store.ticket(id).value().message;
    QVERIFY(!message.isEmpty());
    {
        Test::MarkingTranslator reader("Outbox");
        QCoreApplication::installTranslator(&reader);
        QCOMPARE(
            LocalizedText::wordStored(message),
            QStringLiteral("\u00abTicketDesk stopped while sending this ticket; Ripio may or may not have received "
                           "it.\u00bb"));
    }
    QCOMPARE(statusesOf(changed, id), QList<TicketStatus>{TicketStatus::Unconfirmed});
    QCOMPARE(status(waiting), TicketStatus::Queued);
    QCOMPARE(m_engine->server.requests().size(), 0);
}

void TestOutbox::oneOutageIsOneStepOfTheBackoff()
{
    m_engine->client.setSettings(ScriptedRipio::settings(ScriptedServer::unreachableUrl()));
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(queue(QStringLiteral("Offline %1").arg(i), 10 - i));
    QSignalSpy queueState(m_outbox.get(), &Outbox::queueStateChanged);

    // Four calls in flight fail together: the wait is 1 s, not 8 s; the next round's 2 s.
    for (const int seconds : {1, 2}) {
        m_outbox->kick();
        QTRY_VERIFY(
            std::all_of(ids.begin(), ids.end(), [this](qint64 id) { return status(id) == TicketStatus::Queued; }));
        QCOMPARE(queueState.last().at(1).toDateTime(), m_clock.now().addSecs(seconds));
        m_clock.advance(qint64(seconds) * 1000);
    }

    // A ticket queued while the outbox waits counts at once, not at the next attempt.
    m_clock.advance(-1000);
    queue(QStringLiteral("Queued meanwhile"));
    queueState.clear();
    m_outbox->kick();
    QCOMPARE(queueState.size(), 1);
    QCOMPARE(queueState.last().at(0).toLongLong(), 5);
    QVERIFY(queueState.last().at(1).toDateTime().isValid());
}

void TestOutbox::answersLostSendOneAtATime()
{
    // Ripio takes requests and never answers (an audit SIGSTOPped it): sent four at a time,
    // round after round, the whole queue came back UNCONFIRMED, 16 retries that may file twice.
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i)
        ids.append(queue(QStringLiteral("Ticket %1").arg(i), 20 - i)); // ids[0] is the oldest
    m_engine->server.setFallback(createPath, ScriptedResponse::act(ScriptedResponse::Action::CloseAfterBody));
    const auto count = [&](TicketStatus s) {
        return std::count_if(ids.begin(), ids.end(), [&](qint64 id) { return status(id) == s; });
    };

    // The four in flight together are lost together: one step of the backoff (1 s).
    m_outbox->kick();
    QTRY_COMPARE(count(TicketStatus::Unconfirmed), 4);
    QTRY_VERIFY(count(TicketStatus::Submitting) == 0);
    QCOMPARE(m_engine->server.count(createPath), 4);
    m_outbox->kick();
    QCOMPARE(count(TicketStatus::Submitting), 0); // paused

    // Then one at a time, each loss doubling the wait: 1 s, 2 s.
    for (const int seconds : {1, 2}) {
        m_clock.advance(qint64(seconds) * 1000);
        m_outbox->kick();
        QCOMPARE(count(TicketStatus::Submitting), 1);
        QTRY_VERIFY(count(TicketStatus::Submitting) == 0);
    }
    QCOMPARE(count(TicketStatus::Unconfirmed), 6);
    QCOMPARE(m_engine->server.count(createPath), 6);

    // Ripio answers again: the probe is accepted, and four go at a time again.
    m_engine->server.enqueue(createPath, accepted(7));
    m_engine->server.setFallback(createPath, ScriptedResponse::act(ScriptedResponse::Action::HangAfterBody));
    m_clock.advance(4000);
    m_outbox->kick();
    QCOMPARE(count(TicketStatus::Submitting), 1);
    QTRY_COMPARE(count(TicketStatus::Pending), 1);
    // The other three at once (their answers held here), not one by one.
    QTRY_COMPARE(count(TicketStatus::Submitting), 3);
    QCOMPARE(count(TicketStatus::Unconfirmed), 6);
    QTRY_COMPARE(m_engine->server.count(createPath), 10);
}

void TestOutbox::stoppingQueuesAgainWhatWasNotSent()
{
    // The token never comes: nothing of the ticket has left.
    m_engine->server.setFallback(tokenPath, ScriptedResponse::act(ScriptedResponse::Action::HangAfterBody));
    Ticket t;
    t.customerId = customerId;
    t.summary = QStringLiteral("Tried before");
    t.createdAt = m_clock.now();
    t.message = QStringLiteral("the reason of the attempt before");
    const qint64 id = m_engine->store.insertTicket(t);
    m_outbox->kick();
    QCOMPARE(status(id), TicketStatus::Submitting);
    QTRY_COMPARE(m_engine->server.count(tokenPath), 1);

    QSignalSpy changed(m_outbox.get(), &Outbox::ticketsChanged);
    m_outbox->withdrawUnsent();
    QCOMPARE(status(id), TicketStatus::Queued);
    QCOMPARE(m_engine->store.ticket(id).value().message, t.message);
    QCOMPARE(statusesOf(changed, id), QList<TicketStatus>{TicketStatus::Queued});
    QTest::qWait(50);
    QCOMPARE(m_engine->server.count(createPath), 0);
    QCOMPARE(status(id), TicketStatus::Queued);
}

void TestOutbox::stoppingLeavesWhatWasSent()
{
    // The body left and no answer came: Ripio may have the ticket, so it is not queued again.
    m_engine->server.enqueue(tokenPath, tokenAnswer(QByteArrayLiteral("tok")));
    m_engine->server.enqueue(createPath, ScriptedResponse::act(ScriptedResponse::Action::HangAfterBody));
    const qint64 id = queue(QStringLiteral("Sent"));
    m_outbox->kick();
    QTRY_COMPARE(m_engine->server.count(createPath), 1);
    QSignalSpy changed(m_outbox.get(), &Outbox::ticketsChanged);
    m_outbox->withdrawUnsent();
    QCOMPARE(status(id), TicketStatus::Submitting);
    QCOMPARE(changed.size(), 0);
}

void TestOutbox::anAnswerTheStoreCouldNotTakeIsWrittenLater()
{
    // Ripio accepts the ticket while the database refuses the outcome (a team database gone for
    // a while; here a trigger). The answer was logged and dropped: the ticket stayed SUBMITTING,
    // its lease ran out (UNCONFIRMED, "stopped answering"), and Ripio's webhook made a second row.
    const QString file = m_engine->dir.filePath(QStringLiteral("t.sqlite"));
    QVERIFY(holdOutcomes(file));
    m_engine->server.enqueue(createPath, accepted(1));
    const qint64 id = queue(QStringLiteral("Accepted while the database is away"));
    m_outbox->setLeaseMs(60 * 1000);
    m_outbox->kick();
    QTRY_COMPARE(m_outbox->unrecordedCount(), qsizetype(1));
    QCOMPARE(status(id), TicketStatus::Submitting);

    // Its claim is still this process's: renewed, not expired, however long the outage.
    m_clock.advance(5 * 60 * 1000);
    m_outbox->tendLeases();
    QCOMPARE(status(id), TicketStatus::Submitting);

    QSignalSpy changed(m_outbox.get(), &Outbox::ticketsChanged);
    QVERIFY(rawSql(file, {QStringLiteral("DROP TRIGGER hold_outcome")}, false));
    QTRY_COMPARE(status(id), TicketStatus::Pending); // within recordRetryMs
    QCOMPARE(m_engine->store.ticket(id)->ticketId, ticketId(1));
    QCOMPARE(m_outbox->unrecordedCount(), qsizetype(0));
    QCOMPARE(statusesOf(changed, id), QList<TicketStatus>{TicketStatus::Pending});
    QCOMPARE(m_engine->server.count(createPath), 1); // sent once
}

void TestOutbox::anAnswerKeptOnDiskOutlivesTheProcess()
{
    // As above, but the process stops (or is killed) before the database comes back: Ripio's
    // ticket ID was only in its memory, and the ticket became UNCONFIRMED with a Retry button
    // that files it a second time, while its webhook made a row of its own.
    const QString file = m_engine->dir.filePath(QStringLiteral("t.sqlite"));
    const QString dataDir = m_engine->dir.filePath(QStringLiteral("data"));
    QVERIFY(holdOutcomes(file));
    m_engine->server.enqueue(createPath, accepted(1));
    const qint64 id = queue(QStringLiteral("Accepted, then the process stopped"));
    m_outbox->setOutcomeSpool(dataDir);
    m_outbox->kick();
    QTRY_COMPARE(m_outbox->unrecordedCount(), qsizetype(1));
    const OutcomeSpool spool(dataDir, file);
    QCOMPARE(spool.entries().size(), 1); // on disk before any stop: a SIGKILL loses nothing
    m_outbox->withdrawUnsent();
    m_outbox.reset();

    // The next process on this database, the database back.
    QVERIFY(rawSql(file, {QStringLiteral("DROP TRIGGER hold_outcome")}, false));
    m_outbox = std::make_unique<Outbox>(m_engine->store, m_engine->client, m_clock);
    m_outbox->setOutcomeSpool(dataDir);
    QSignalSpy changed(m_outbox.get(), &Outbox::ticketsChanged);
    m_outbox->restoreKept();
    m_outbox->recoverInterrupted(); // after: nothing of this ticket is left interrupted
    QCOMPARE(status(id), TicketStatus::Pending);
    QCOMPARE(m_engine->store.ticket(id)->ticketId, ticketId(1));
    QCOMPARE(statusesOf(changed, id), QList<TicketStatus>{TicketStatus::Pending});
    QCOMPARE(m_outbox->unrecordedCount(), qsizetype(0));
    QVERIFY(spool.entries().isEmpty());
    QCOMPARE(m_engine->server.count(createPath), 1); // sent once

    // An answer kept for a ticket of the same id in a database since made anew is not its
    // answer: set aside, never written.
    const qint64 other = queue(QStringLiteral("Made after the database was"));
    QString error;
    QVERIFY(spool.keep(other, m_clock.now().addDays(-3), Fact::accepted(ticketId(9), m_clock.now()), &error));
    m_outbox->restoreKept();
    QCOMPARE(status(other), TicketStatus::Queued);
    QVERIFY(m_engine->store.ticket(other)->ticketId.isEmpty());
    QVERIFY(spool.entries().isEmpty());
    QVERIFY(QFile::exists(QDir(spool.directory()).filePath(QStringLiteral("%1.json.stale").arg(other))));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
