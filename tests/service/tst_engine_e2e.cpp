// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "sandbox/ripiosandbox.h"
#include "service/ticketservice.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/unusedport.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TicketDesk;

namespace {

const QString customer = QStringLiteral("9b2c6c1e-1f1a-4d55-9e0e-2a8f6f7f1a01");

// One engine (listener on 127.0.0.1:0) and one sandbox whose webhooks go to it.
class Rig
{
public:
    explicit Rig(const SandboxOptions &options = fastOptions())
        : sandbox(options)
    {
        QVERIFY(dir.isValid());
    }

    static SandboxOptions fastOptions()
    {
        SandboxOptions o;
        o.webhookDelayMs = 50;
        o.webhookRetryBaseMs = 100;
        return o;
    }

    EngineConfig config(int reconcileAfter = 60)
    {
        EngineConfig c;
        c.dbPath = dir.filePath(QStringLiteral("tickets.sqlite"));
        c.dataDir = dir.path();
        c.client.baseUrl = baseUrl.isEmpty() ? sandbox.baseUrl() : baseUrl;
        c.client.clientId = QStringLiteral("demo-client");
        c.client.clientSecret = QStringLiteral("demo-secret");
        c.client.transferTimeoutMs = 3000;
        c.client.tokenRefreshMarginSeconds = 0;
        c.listen = true;
        c.address = QHostAddress::LocalHost;
        c.port = 0;
        c.webhookSecret = sandbox.options().webhookSecret;
        c.reconcileAfterSeconds = reconcileAfter;
        return c;
    }

    // Starts a (new) engine on the rig's database and points the sandbox's webhooks at it.
    bool start(const EngineConfig &c)
    {
        service = std::make_unique<TicketService>(*engineClock);
        QObject::connect(service.get(), &TicketService::apiStateChanged, service.get(),
                         [this](const ApiState &s) { api = s; });
        bool ok = false;
        QObject::connect(service.get(), &TicketService::started, service.get(),
                         [&ok](bool success, const QString &) { ok = success; });
        service->start(c);
        if (!ok || service->listenerPort() == 0)
            return false;
        if (!noWebhooks)
            sandbox.setWebhookUrl(QUrl(c.listenerUrl(service->listenerPort())));
        return true;
    }

    qint64 create(const QString &summary)
    {
        qint64 id = 0;
        QObject::connect(
            service.get(), &TicketService::createFinished, service.get(),
            [&id](quint64, qint64 newId, const QList<FieldError> &, const QString &) { id = newId; },
            Qt::SingleShotConnection);
        service->createTicket(NewTicket{customer, summary, QStringLiteral("details"), {}}, 1);
        return id;
    }

    Ticket ticket(qint64 id) { return service->store()->ticket(id).value_or(Ticket{}); }
    TicketStatus status(qint64 id) { return ticket(id).status; }
    qsizetype rows() { return service->store()->tickets().size(); }

    // The engine reads the wall clock unless a test moves time itself: then it
    // points engineClock at manualClock (which starts at the real "now", so the
    // sandbox's webhook timestamps stay inside the replay window).
    void useManualClock() { engineClock = &manualClock; }

    QTemporaryDir dir;
    SystemClock systemClock;
    ManualClock manualClock{QDateTime::currentDateTimeUtc()};
    const Clock *engineClock = &systemClock;
    RipioSandbox sandbox;
    std::unique_ptr<TicketService> service;
    ApiState api;
    QUrl baseUrl;
    bool noWebhooks = false;
};

} // namespace

class TestEngineE2E final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createdThroughWebhook();
    void spacesAtTheEndsAreNotKept();
    void failedThenRetried();
    void droppedWebhookIsReconciled();
    void duplicatedAndReorderedWebhooks();
    void webhookBeforeTheAnswer();
    void tokenExpiresMidRun();
    void notEnabledStaysQueued();
    void rateLimitedThenSent();
    void apiDownThenBack();
    void answerLostIsUnconfirmed();
    void restartWithQueuedAndPending();
    void bulkTicketsQueuedInOneTransaction();
    void invalidBulkListQueuesNothing();
};

// Spaces around what was typed or passed (a pasted cell, a quoted argument) are not kept: a CSV
// list trims them, and a ticket made either way must read the same, so that an export imports
// as it was and the duplicate check sees one spelling.
void TestEngineE2E::spacesAtTheEndsAreNotKept()
{
    Rig rig;
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    qint64 id = 0;
    QObject::connect(
        rig.service.get(), &TicketService::createFinished, rig.service.get(),
        [&id](quint64, qint64 newId, const QList<FieldError> &, const QString &) { id = newId; },
        Qt::SingleShotConnection);
    NewTicket padded{QStringLiteral(" ") + customer + QStringLiteral("\t"),
                     QStringLiteral("  =2+2 padded \t"),
                     QStringLiteral("\n  indented line\n\n"),
                     {}};
    padded.reference = QStringLiteral("\t0099 ");
    rig.service->createTicket(padded, 1);
    QVERIFY(id > 0);
    const Ticket t = rig.ticket(id);
    QCOMPARE(t.customerId, customer);
    QCOMPARE(t.summary, QStringLiteral("=2+2 padded"));
    QCOMPARE(t.description, QStringLiteral("indented line"));
    QCOMPARE(t.reference, QStringLiteral("0099"));
}

void TestEngineE2E::createdThroughWebhook()
{
    Rig rig;
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60))); // reconciliation far away: only the webhook can finish it
    QSignalSpy changed(rig.service.get(), &TicketService::ticketsChanged);
    const qint64 id = rig.create(QStringLiteral("Card declined"));
    QVERIFY(id > 0);
    QTRY_COMPARE(rig.status(id), TicketStatus::Created);
    const Ticket t = rig.ticket(id);
    QVERIFY(!t.ticketId.isEmpty());
    QCOMPARE(t.issueKey, rig.sandbox.issueKey(t.ticketId));
    QVERIFY(t.issueKey.startsWith(QLatin1StringView("SUP-")));
    QVERIFY(t.submittedAt.isValid());
    // The engine answers only after its commit, so the sandbox may read that
    // 200 a moment after the row is already CREATED.
    QTRY_COMPARE(rig.sandbox.counters().webhooksDelivered, 1);
    QCOMPARE(rig.sandbox.counters().retrieveRequests, 0);
    // The table saw every step: QUEUED, SUBMITTING, PENDING, CREATED.
    QList<TicketStatus> seen;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        for (const Ticket &c : args.at(0).value<QList<Ticket>>()) {
            if (c.id == id && (seen.isEmpty() || seen.last() != c.status))
                seen.append(c.status);
        }
    }
    QCOMPARE(seen, (QList<TicketStatus>{TicketStatus::Queued, TicketStatus::Submitting, TicketStatus::Pending,
                                        TicketStatus::Created}));
    QCOMPARE(rig.rows(), 1);
}

void TestEngineE2E::failedThenRetried()
{
    Rig rig;
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    const qint64 id = rig.create(QStringLiteral("Payout did fail"));
    QTRY_COMPARE(rig.status(id), TicketStatus::Failed);
    QVERIFY(rig.ticket(id).issueKey.isEmpty());

    QSignalSpy retried(rig.service.get(), &TicketService::retryFinished);
    rig.service->retryTickets({id});
    QCOMPARE(retried.size(), 1);
    QVERIFY(retried.first().at(2).toString().isEmpty());
    const qint64 retryId = retried.first().at(1).toLongLong();
    QVERIFY(retryId > 0 && retryId != id);
    QTRY_COMPARE(rig.status(retryId), TicketStatus::Created);
    QCOMPARE(rig.ticket(retryId).retryOf, id);
    QCOMPARE(rig.ticket(id).retriedAs, retryId);
    QCOMPARE(rig.ticket(id).status, TicketStatus::Failed);
    QCOMPARE(rig.ticket(retryId).summary, rig.ticket(id).summary);
    QVERIFY(rig.ticket(retryId).ticketId != rig.ticket(id).ticketId);
    QCOMPARE(rig.sandbox.ticketCount(), 2);
}

void TestEngineE2E::droppedWebhookIsReconciled()
{
    SandboxOptions o = Rig::fastOptions();
    o.dropWebhookRate = 1.0;
    Rig rig(o);
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(1)));
    const qint64 id = rig.create(QStringLiteral("Lost webhook"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), TicketStatus::Created, 10000);
    QCOMPARE(rig.sandbox.counters().webhooksDropped, 1);
    QCOMPARE(rig.sandbox.counters().webhooksDelivered, 0);
    QVERIFY(rig.sandbox.counters().retrieveRequests >= 1);
    QCOMPARE(rig.ticket(id).issueKey, rig.sandbox.issueKey(rig.ticket(id).ticketId));
}

void TestEngineE2E::duplicatedAndReorderedWebhooks()
{
    SandboxOptions o = Rig::fastOptions();
    o.duplicateWebhookRate = 1.0;
    o.reorderWebhooks = true;
    o.webhookJitterMs = 100;
    Rig rig(o);
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids << rig.create(i % 3 == 0 ? QStringLiteral("fail %1").arg(i) : QStringLiteral("ok %1").arg(i));
    for (qint64 id : std::as_const(ids))
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(rig.status(id)), 10000);
    QTRY_COMPARE(rig.sandbox.counters().webhooksDelivered, 12);
    QCOMPARE(rig.rows(), 6);
    for (qint64 id : std::as_const(ids)) {
        const Ticket t = rig.ticket(id);
        QCOMPARE(statusToString(t.status), rig.sandbox.ticketStatus(t.ticketId));
        QCOMPARE(t.issueKey, rig.sandbox.issueKey(t.ticketId));
        QVERIFY(!t.conflict);
        QCOMPARE(t.status,
                 t.summary.startsWith(QLatin1StringView("fail")) ? TicketStatus::Failed : TicketStatus::Created);
    }
}

void TestEngineE2E::webhookBeforeTheAnswer()
{
    SandboxOptions o = Rig::fastOptions();
    o.webhookDelayMs = 0;
    o.slowAnswerMs = 600;
    Rig rig(o);
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    QSignalSpy delivered(&rig.sandbox, &RipioSandbox::webhookDelivered);
    const qint64 id = rig.create(QStringLiteral("Fast outcome"));
    // The webhook is answered while the create call still waits for its 202.
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().at(2).toInt(), 200);
    QVERIFY(rig.ticket(id).status == TicketStatus::Submitting || rig.ticket(id).status == TicketStatus::Created);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), TicketStatus::Created, 10000);
    // Then the late 202 comes (only it sets submittedAt): it must neither add a row nor move the status.
    QTRY_VERIFY_WITH_TIMEOUT(rig.ticket(id).submittedAt.isValid(), 10000);
    QCOMPARE(rig.rows(), 1);
    const Ticket t = rig.ticket(id);
    QCOMPARE(t.status, TicketStatus::Created);
    QCOMPARE(t.issueKey, rig.sandbox.issueKey(t.ticketId));
    QVERIFY(t.createdHere);
}

void TestEngineE2E::tokenExpiresMidRun()
{
    SandboxOptions o = Rig::fastOptions();
    o.tokenLifetimeSeconds = 1;
    Rig rig(o);
    rig.useManualClock(); // the engine's token expires by its clock, not by sleeping
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    const qint64 first = rig.create(QStringLiteral("before expiry"));
    QTRY_COMPARE(rig.status(first), TicketStatus::Created);
    rig.manualClock.advance(1300);
    const qint64 second = rig.create(QStringLiteral("after expiry"));
    QTRY_COMPARE(rig.status(second), TicketStatus::Created);
    QVERIFY(rig.sandbox.counters().tokensIssued >= 2);
    QCOMPARE(rig.sandbox.counters().ticketsAccepted, 2);
}

void TestEngineE2E::notEnabledStaysQueued()
{
    SandboxOptions o = Rig::fastOptions();
    o.notEnabled = true;
    Rig rig(o);
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    const qint64 id = rig.create(QStringLiteral("Not enabled yet"));
    QTRY_VERIFY(rig.sandbox.counters().createRequests >= 1);
    QTRY_COMPARE(rig.api.kind, ApiState::Kind::NotEnabled);
    QTRY_COMPARE(rig.status(id), TicketStatus::Queued);
    QVERIFY(rig.api.message.contains(QLatin1StringView("20061")));
    QCOMPARE(rig.sandbox.ticketCount(), 0);
}

void TestEngineE2E::rateLimitedThenSent()
{
    SandboxOptions o = Rig::fastOptions();
    o.rate429 = 1.0;
    o.retryAfterSeconds = 1;
    Rig rig(o);
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    const qint64 id = rig.create(QStringLiteral("Throttled"));
    QTRY_COMPARE(rig.sandbox.counters().answers429, 1);
    QTRY_COMPARE(rig.status(id), TicketStatus::Queued);
    o = rig.sandbox.options(); // keeps the webhook URL the rig set
    o.rate429 = 0.0;
    rig.sandbox.setOptions(o);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), TicketStatus::Created, 10000);
    QCOMPARE(rig.sandbox.counters().answers429, 1);
    QCOMPARE(rig.sandbox.ticketCount(), 1);
}

void TestEngineE2E::apiDownThenBack()
{
    Rig rig;
    // A port nobody listens on yet.
    const quint16 port = unusedLoopbackPort();
    rig.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    QVERIFY(rig.start(rig.config(60)));
    const qint64 id = rig.create(QStringLiteral("While offline"));
    QTRY_COMPARE(rig.api.kind, ApiState::Kind::Offline);
    QCOMPARE(rig.status(id), TicketStatus::Queued);
    QVERIFY(rig.sandbox.listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), TicketStatus::Created, 15000);
    QCOMPARE(rig.sandbox.ticketCount(), 1);
}

void TestEngineE2E::answerLostIsUnconfirmed()
{
    SandboxOptions o = Rig::fastOptions();
    o.dropAnswerRate = 1.0;
    Rig rig(o);
    rig.noWebhooks = true; // the outcome must not sneak in and hide the lost answer
    rig.useManualClock();
    QVERIFY(rig.sandbox.listen());
    EngineConfig c = rig.config(60);
    c.client.transferTimeoutMs = 800; // the hung answer is cut by a real timer, as in production
    QVERIFY(rig.start(c));
    const qint64 id = rig.create(QStringLiteral("Answer lost"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(id), TicketStatus::Unconfirmed, 10000);
    QVERIFY(!rig.ticket(id).message.isEmpty());
    // Past any backoff, and even when the queue is sent on demand, the ticket is not in it: a
    // resend would turn it SUBMITTING at once. The short wait lets a wrongly sent request reach
    // the sandbox over loopback before the counters are read.
    rig.manualClock.advance(10 * 60 * 1000);
    rig.service->sendQueuedNow();
    QCOMPARE(rig.status(id), TicketStatus::Unconfirmed);
    QTest::qWait(100);
    // Never resent automatically: Ripio holds exactly one ticket.
    QCOMPARE(rig.sandbox.ticketCount(), 1);
    QCOMPARE(rig.sandbox.counters().createRequests, 1);
    QCOMPARE(rig.status(id), TicketStatus::Unconfirmed);
}

void TestEngineE2E::restartWithQueuedAndPending()
{
    Rig rig;
    rig.noWebhooks = true;
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    const qint64 pending = rig.create(QStringLiteral("Pending at restart"));
    QTRY_COMPARE(rig.status(pending), TicketStatus::Pending);
    SandboxOptions o = rig.sandbox.options();
    o.notEnabled = true;
    rig.sandbox.setOptions(o);
    const qint64 queued = rig.create(QStringLiteral("Queued at restart"));
    QTRY_VERIFY(rig.sandbox.counters().createRequests >= 2);
    QTRY_COMPARE(rig.status(queued), TicketStatus::Queued);
    QTRY_COMPARE(rig.sandbox.ticketStatus(rig.ticket(pending).ticketId), QStringLiteral("CREATED"));

    QSignalSpy stopped(rig.service.get(), &TicketService::stopped);
    rig.service->stop();
    QTRY_COMPARE(stopped.size(), 1);
    rig.service.reset();

    o.notEnabled = false;
    rig.sandbox.setOptions(o);
    rig.noWebhooks = false;
    QVERIFY(rig.start(rig.config(60)));
    // PENDING is checked at start-up (no webhook will come for it); QUEUED is sent.
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(pending), TicketStatus::Created, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(queued), TicketStatus::Created, 10000);
    QCOMPARE(rig.rows(), 2);
    QCOMPARE(rig.sandbox.ticketCount(), 2);
}

namespace {

// A list as a CSV would give it: one customer per row; rows whose index is in
// `failing` say "fail", which the sandbox turns into FAILED.
QList<NewTicket> bulkList(int rows, const QSet<int> &failing)
{
    QList<NewTicket> list;
    for (int i = 0; i < rows; ++i) {
        NewTicket t;
        t.customerId = QStringLiteral("9b2c6c1e-1f1a-4d55-9e0e-%1").arg(i, 12, 10, QLatin1Char('0'));
        t.summary =
            failing.contains(i) ? QStringLiteral("Payout %1 did fail").arg(i) : QStringLiteral("Incident %1").arg(i);
        t.description = QStringLiteral("From the incident list");
        t.reference = QStringLiteral("HD-%1").arg(1000 + i);
        list << t;
    }
    return list;
}

} // namespace

void TestEngineE2E::bulkTicketsQueuedInOneTransaction()
{
    Rig rig;
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    QSignalSpy changed(rig.service.get(), &TicketService::ticketsChanged);
    QSignalSpy created(rig.service.get(), &TicketService::ticketsCreated);
    const QList<NewTicket> list = bulkList(20, {3, 11});
    rig.service->createTickets(list, 42);

    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().at(0).toULongLong(), 42u);
    QCOMPARE(created.first().at(2).toString(), QString());
    const QList<qint64> ids = created.first().at(1).value<QList<qint64>>();
    QCOMPARE(ids.size(), 20);
    // The first change the table hears of is all of them, QUEUED, from one commit.
    QVERIFY(!changed.isEmpty());
    const QList<Ticket> first = changed.first().at(0).value<QList<Ticket>>();
    QCOMPARE(first.size(), 20);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(first[i].id, ids[i]);
        QCOMPARE(first[i].status, TicketStatus::Queued);
        QCOMPARE(first[i].reference, list[i].reference);
    }

    // The outbox sends them at its pace; the sandbox ends each one.
    for (int i = 0; i < 20; ++i) {
        const TicketStatus expected = (i == 3 || i == 11) ? TicketStatus::Failed : TicketStatus::Created;
        QTRY_COMPARE_WITH_TIMEOUT(rig.status(ids[i]), expected, 20000);
        const Ticket t = rig.ticket(ids[i]);
        QCOMPARE(t.customerId, list[i].customerId);
        QCOMPARE(t.summary, list[i].summary);
        QCOMPARE(t.reference, list[i].reference);
    }
    QCOMPARE(rig.rows(), 20);
    QCOMPARE(rig.sandbox.ticketCount(), 20);
    QCOMPARE(rig.sandbox.counters().createRequests, 20); // each sent once
}

void TestEngineE2E::invalidBulkListQueuesNothing()
{
    Rig rig;
    QVERIFY(rig.sandbox.listen());
    QVERIFY(rig.start(rig.config(60)));
    QSignalSpy created(rig.service.get(), &TicketService::ticketsCreated);
    QList<NewTicket> list = bulkList(5, {});
    list[3].customerId = QStringLiteral("not-a-uuid");
    rig.service->createTickets(list, 7);
    QCOMPARE(created.size(), 1);
    QVERIFY(created.first().at(1).value<QList<qint64>>().isEmpty());
    const QString error = created.first().at(2).toString();
    QVERIFY2(error.contains(QStringLiteral("Ticket 4 of the list")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("customerId")), qPrintable(error));

    list = bulkList(2, {});
    list[1].attachmentPaths = {rig.dir.filePath(QStringLiteral("tickets.sqlite"))};
    rig.service->createTickets(list, 8);
    QCOMPARE(created.size(), 2);
    QVERIFY(created.last().at(2).toString().contains(QStringLiteral("attachments")));
    QCOMPARE(rig.rows(), 0);
}

QTEST_GUILESS_MAIN(TestEngineE2E)
#include "tst_engine_e2e.moc"
