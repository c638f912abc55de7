// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "sandbox/ripiosandbox.h"
#include "store/ticketstore.h"
#include "support/pgtestdatabase.h"
#include "support/scrambledbytes.h"
#include "support/servefixture.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <thread>

using namespace TicketDesk;

namespace {

const QByteArray webhookSecret = "demo-webhook-secret";

} // namespace

// Team mode end to end: two real `ticketdesk serve` processes on one real
// PostgreSQL 15, the Ripio sandbox in this process sending each outcome
// webhook to the servers in turn, and operators' sessions (TicketStore
// connections) queueing tickets and retries. Ripio's own count of creates
// says whether anything was sent twice.
class TestTeamE2e final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void queuedTicketsAreSentOnceByEitherServer();
    void retryFromAnotherOperatorIsOneRetrySentOnce();
    void killedServerLosesNothingAndSendsNothingTwice();
    void attachmentQueuedByCliIsSentFromTheDatabase();

private:
    struct Server
    {
        QProcess *process = nullptr;
        quint16 port = 0;
        QByteArray log;
        QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/ripio").arg(port)); }
    };
    void startServer(int index);
    // Turns the event loop (the sandbox lives in this thread) until `done` or the timeout.
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    QList<Ticket> allTickets();
    // Runs `ticketdesk ARGS --db URL --json` as a script would (no Ripio credentials):
    // its exit code, its stdout and its stderr.
    int runCli(const QStringList &arguments, QByteArray *out, QByteArray *err);

    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<RipioSandbox> m_sandbox;
    Server m_servers[2];
    QList<int> m_live; // indexes of the servers webhooks go to, in turn
    int m_turn = 0;
    QHash<QString, int> m_acceptedBySummary;
    QSet<QString> m_acknowledged; // ticketIds whose webhook a server answered 2xx
    SystemClock m_clock;
    QString m_settings;
};

void TestTeamE2e::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A short lease, so a killed sender's ticket turns UNCONFIRMED within the test.
    m_settings = m_dir.filePath(QStringLiteral("serve.ini"));
    {
        QSettings s(m_settings, QSettings::IniFormat);
        s.setValue(QStringLiteral("engine/claimLeaseSeconds"), 3);
        s.setValue(QStringLiteral("engine/reconcileAfterSeconds"), 30);
    }
}

void TestTeamE2e::init()
{
    m_db = std::make_unique<PgTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    SandboxOptions o;
    o.webhookDelayMs = 150;
    o.webhookRetryBaseMs = 200;
    m_sandbox = std::make_unique<RipioSandbox>(o);
    QVERIFY(m_sandbox->listen());
    m_acceptedBySummary.clear();
    m_acknowledged.clear();
    connect(m_sandbox.get(), &RipioSandbox::ticketAccepted, this,
            [this](const QString &, const QString &, const QString &summary) { ++m_acceptedBySummary[summary]; });
    // Each outcome goes to the next live server (Ripio's one URL behind a
    // round-robin load balancer): the sandbox posts it right after resolving.
    connect(m_sandbox.get(), &RipioSandbox::ticketResolved, this, [this] {
        if (!m_live.isEmpty())
            m_sandbox->setWebhookUrl(m_servers[m_live[m_turn++ % m_live.size()]].url());
    });
    connect(m_sandbox.get(), &RipioSandbox::webhookDelivered, this,
            [this](const QString &ticketId, const QString &, int httpStatus) {
                if (httpStatus >= 200 && httpStatus < 300)
                    m_acknowledged.insert(ticketId);
                else if (!m_live.isEmpty()) // its redelivery goes to a live server
                    m_sandbox->setWebhookUrl(m_servers[m_live[m_turn++ % m_live.size()]].url());
            });
    // The schema exists before the servers race to create it (they would take turns anyway).
    TicketStore setup(m_clock);
    QVERIFY(setup.open(m_db->url()).ok());
    m_live.clear();
    for (int i = 0; i < 2; ++i) {
        startServer(i);
        QVERIFY2(m_servers[i].port != 0, m_servers[i].log.constData());
        m_live << i;
    }
    m_sandbox->setWebhookUrl(m_servers[0].url());
}

void TestTeamE2e::cleanup()
{
    for (Server &s : m_servers) {
        if (s.process) {
            s.process->terminate();
            if (!s.process->waitForFinished(10000))
                s.process->kill();
            s.process->waitForFinished();
            delete s.process;
            s.process = nullptr;
        }
    }
    m_sandbox.reset();
    m_db.reset();
}

void TestTeamE2e::startServer(int index)
{
    Server &s = m_servers[index];
    s.process = new QProcess;
    s.log.clear();
    const QString home = m_dir.filePath(QStringLiteral("server%1").arg(index));
    QProcessEnvironment env = ServeFixture::environment(home, webhookSecret);
    env.insert(QStringLiteral("TICKETDESK_CLIENT_ID"), QStringLiteral("demo-client"));
    env.insert(QStringLiteral("TICKETDESK_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    // One line per delivery on stderr: which server received what.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ticketdesk.*.info=true"));
    s.process->setProcessEnvironment(env);
    s.process->start(QStringLiteral(TICKETDESK_EXE),
                     {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--db"), m_db->url(), QStringLiteral("--config"), m_settings,
                      QStringLiteral("--api-base"), m_sandbox->baseUrl().toString()});
    s.port = ServeFixture::waitListening(*s.process, s.log, 20000);
}

bool TestTeamE2e::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QTest::qWait(50);
        for (Server &s : m_servers) {
            if (s.process)
                s.log += s.process->readAllStandardError();
        }
    }
    return done();
}

QList<Ticket> TestTeamE2e::allTickets()
{
    TicketStore store(m_clock);
    if (!store.open(m_db->url()).ok())
        return {};
    return store.tickets();
}

int TestTeamE2e::runCli(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess cli;
    cli.setProcessEnvironment(ServeFixture::environment(m_dir.filePath(QStringLiteral("cli")), QByteArray()));
    cli.start(QStringLiteral(TICKETDESK_EXE),
              arguments + QStringList{QStringLiteral("--db"), m_db->url(), QStringLiteral("--json")});
    if (!waitFor([&] { return cli.state() == QProcess::NotRunning; }, 30000)) {
        cli.kill();
        cli.waitForFinished();
    }
    *out = cli.readAllStandardOutput();
    *err = cli.readAllStandardError();
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

void TestTeamE2e::queuedTicketsAreSentOnceByEitherServer()
{
    constexpr int count = 12;
    {
        // A script queues one with the command line: no Ripio credentials needed.
        QByteArray out, err;
        const int code =
            runCli({QStringLiteral("create"), QStringLiteral("--customer"), ServeFixture::newCustomer(),
                    QStringLiteral("--summary"), QStringLiteral("Card declined cli"), QStringLiteral("--api-base"),
                    QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--reconcile-after"), QStringLiteral("5")},
                   &out, &err);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(err.contains("a TicketDesk server on this database will send it"), err.constData());
        // The servers send with their own API base: this one is said to be unused, not silently dropped.
        QVERIFY2(err.contains("--api-base is not used: the team's servers send the ticket"), err.constData());
        QVERIFY2(err.contains("--reconcile-after is not used: the team's servers ask Ripio"), err.constData());
        QVERIFY2(!err.contains(QUrl(m_db->url()).password().toUtf8()), err.constData());
        QVERIFY(out.contains("\"status\":\"QUEUED\""));
    }
    {
        TicketStore operatorSession(m_clock);
        QVERIFY(operatorSession.open(m_db->url()).ok());
        for (int i = 0; i < count; ++i) {
            Ticket t;
            t.customerId = ServeFixture::newCustomer();
            t.summary = QStringLiteral("Card declined %1").arg(i);
            QVERIFY(operatorSession.insertTicket(t) > 0);
        }
    }
    const auto allCreated = [&] {
        const QList<Ticket> tickets = allTickets();
        return tickets.size() == count + 1 && std::all_of(tickets.cbegin(), tickets.cend(), [](const Ticket &t) {
                   return t.status == TicketStatus::Created;
               });
    };
    if (!waitFor(allCreated, 30000)) {
        QByteArray states;
        for (const Ticket &t : allTickets())
            states +=
                QByteArray::number(t.id) + ' ' + statusToString(t.status).toUtf8() + ' ' + t.message.toUtf8() + '\n';
        QFAIL(QByteArray(states + m_servers[0].log + m_servers[1].log).constData());
    }

    // Sent exactly once: Ripio made one ticket per local ticket.
    QCOMPARE(m_sandbox->counters().ticketsAccepted, count + 1);
    QCOMPARE(m_acceptedBySummary.size(), count + 1);
    QSet<QString> ids;
    for (const Ticket &t : allTickets()) {
        QCOMPARE(m_acceptedBySummary.value(t.summary), 1);
        QCOMPARE(t.issueKey, m_sandbox->issueKey(t.ticketId));
        ids.insert(t.ticketId);
    }
    QCOMPARE(ids.size(), count + 1);
    // Both servers received outcome webhooks (each logs one line per delivery).
    for (const Server &s : m_servers)
        QVERIFY2(s.log.contains("SUPPORT_TICKET.CREATED"), s.log.constData());
    // Both said they are alive.
    TicketStore store(m_clock);
    QVERIFY(store.open(m_db->url()).ok());
    QCOMPARE(store.servers().size(), 2);
}

void TestTeamE2e::retryFromAnotherOperatorIsOneRetrySentOnce()
{
    qint64 failedId = 0;
    {
        TicketStore alice(m_clock);
        QVERIFY(alice.open(m_db->url()).ok());
        Ticket t;
        t.customerId = ServeFixture::newCustomer();
        t.summary = QStringLiteral("Refund fail");
        failedId = alice.insertTicket(t);
        QVERIFY(failedId > 0);
    }
    const auto statusOf = [&](qint64 id) {
        TicketStore store(m_clock);
        if (!store.open(m_db->url()).ok())
            return TicketStatus::Queued;
        const std::optional<Ticket> t = store.ticket(id);
        return t ? t->status : TicketStatus::Queued;
    };
    QVERIFY2(waitFor([&] { return statusOf(failedId) == TicketStatus::Failed; }, 30000),
             QByteArray(m_servers[0].log + m_servers[1].log).constData());

    // Two other operators press Retry at the same moment: one retry.
    qint64 retryIds[2] = {0, 0};
    const QString url = m_db->url();
    const auto retry = [&](int who) {
        SystemClock clock;
        TicketStore session(clock);
        if (session.open(url).ok()) {
            const RetryResult r = session.createRetry(failedId, {});
            if (r.retry)
                retryIds[who] = r.retry->id;
        }
    };
    std::thread bob(retry, 0);
    std::thread carol(retry, 1);
    bob.join();
    carol.join();
    QVERIFY(retryIds[0] > 0);
    QCOMPARE(retryIds[1], retryIds[0]);
    QVERIFY2(waitFor([&] { return statusOf(retryIds[0]) == TicketStatus::Created; }, 30000),
             QByteArray(m_servers[0].log + m_servers[1].log).constData());
    QCOMPARE(m_acceptedBySummary.value(QStringLiteral("Refund fail")), 2); // the original and the one retry
    TicketStore store(m_clock);
    QVERIFY(store.open(m_db->url()).ok());
    QCOMPARE(store.ticket(failedId)->retriedAs, retryIds[0]);
    QCOMPARE(store.ticket(retryIds[0])->retryOf, failedId);
}

void TestTeamE2e::killedServerLosesNothingAndSendsNothingTwice()
{
    // Slow answers keep sends in flight when the first server dies.
    SandboxOptions o = m_sandbox->options();
    o.slowAnswerMs = 150;
    m_sandbox->setOptions(o);
    constexpr int count = 20;
    {
        TicketStore operatorSession(m_clock);
        QVERIFY(operatorSession.open(m_db->url()).ok());
        for (int i = 0; i < count; ++i) {
            Ticket t;
            t.customerId = ServeFixture::newCustomer();
            t.summary = QStringLiteral("Under load %1").arg(i);
            QVERIFY(operatorSession.insertTicket(t) > 0);
        }
    }
    QVERIFY(waitFor([&] { return m_acceptedBySummary.size() >= 4 && !m_acknowledged.isEmpty(); }, 30000));
    ::kill(pid_t(m_servers[0].process->processId()), SIGKILL);
    m_servers[0].process->waitForFinished();
    m_live = {1}; // the load balancer notices; redeliveries go to the survivor

    const auto settled = [&] {
        const QList<Ticket> tickets = allTickets();
        if (tickets.isEmpty())
            return false;
        for (const Ticket &t : tickets) {
            if (t.status != TicketStatus::Created && t.status != TicketStatus::Unconfirmed)
                return false;
        }
        return m_sandbox->pendingWebhooks() == 0;
    };
    QVERIFY2(waitFor(settled, 45000), m_servers[1].log.constData());

    // Nothing sent twice: Ripio saw each summary at most once.
    for (auto it = m_acceptedBySummary.cbegin(); it != m_acceptedBySummary.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    const QList<Ticket> tickets = allTickets();
    int local = 0;
    for (const Ticket &t : tickets) {
        if (t.createdHere)
            ++local;
        // A ticket whose sender died before its 202 was stored is UNCONFIRMED, never resent.
        if (t.status == TicketStatus::Unconfirmed)
            QVERIFY(t.createdHere);
    }
    QCOMPARE(local, count);
    // No acknowledged event lost: every webhook a server answered 2xx is in the database.
    TicketStore store(m_clock);
    QVERIFY(store.open(m_db->url()).ok());
    for (const QString &ticketId : std::as_const(m_acknowledged)) {
        const std::optional<Ticket> t = store.ticketByTicketId(ticketId);
        QVERIFY2(t, qPrintable(ticketId));
        QCOMPARE(t->status, TicketStatus::Created);
    }
    QCOMPARE(m_acknowledged.size(), m_sandbox->counters().ticketsAccepted);
}

void TestTeamE2e::attachmentQueuedByCliIsSentFromTheDatabase()
{
    // A file of a few chunks, on the operator's computer only.
    const QByteArray bytes = scrambledBytes(2 * 1024 * 1024 + 77, 42);
    const QByteArray sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const QString path = m_dir.filePath(QStringLiteral("evidence.bin"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const auto idIn = [](const QByteArray &json) {
        return QJsonDocument::fromJson(json).object().value(QLatin1StringView("id")).toInteger();
    };
    QByteArray out, err;
    // "fail" in the summary: Ripio fails the first one, and the retry succeeds.
    int code = runCli({QStringLiteral("create"), QStringLiteral("--customer"), ServeFixture::newCustomer(),
                       QStringLiteral("--summary"), QStringLiteral("Evidence fail"), QStringLiteral("--attach"), path},
                      &out, &err);
    QVERIFY2(code == 0, err.constData());
    const qint64 id = idIn(out);
    QVERIFY2(id > 0, out.constData());
    // The servers never see this computer's files: the database holds the bytes.
    QVERIFY(QFile::remove(path));

    TicketStore store(m_clock);
    QVERIFY(store.open(m_db->url()).ok());
    const auto settledAs = [&](qint64 ticket, TicketStatus status) {
        return waitFor(
            [&] {
                const std::optional<Ticket> t = store.ticket(ticket);
                return t && t->status == status;
            },
            30000);
    };
    QVERIFY2(settledAs(id, TicketStatus::Failed), QByteArray(m_servers[0].log + m_servers[1].log).constData());
    const auto sentToRipio = [&](qint64 ticket) {
        const QList<SandboxAttachment> files = m_sandbox->attachments(store.ticket(ticket)->ticketId);
        return files.size() == 1 && files.first().fileName == QLatin1StringView("evidence.bin") &&
               files.first().size == bytes.size() && files.first().sha256 == sha256;
    };
    QVERIFY(sentToRipio(id));

    // Retried from the command line: the retry sends the same bytes again.
    code = runCli({QStringLiteral("retry"), QString::number(id)}, &out, &err);
    QVERIFY2(code == 0, err.constData());
    const qint64 retryId = idIn(out);
    QVERIFY2(retryId > 0 && retryId != id, out.constData());
    QVERIFY2(settledAs(retryId, TicketStatus::Created), QByteArray(m_servers[0].log + m_servers[1].log).constData());
    QVERIFY(sentToRipio(retryId));
    QCOMPARE(m_acceptedBySummary.value(QStringLiteral("Evidence fail")), 2);
}

QTEST_GUILESS_MAIN(TestTeamE2e)
#include "tst_team_e2e.moc"
