// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "sandbox/ripiosandbox.h"
#include "store/ticketstore.h"
#include "support/servefixture.h"
#include "support/unusedport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

using namespace TicketDesk;

// One SQLite file, several processes, as a new user runs them: the real
// `ticketdesk serve`, the real desktop binary (offscreen) and `ticketdesk
// create` from a script, all on one file, with the Ripio sandbox in this
// process. Ripio's own count of creates says whether anything was sent twice.
class TestSharedFileE2e final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void serveSendsWhatTheCommandLineQueuedWhileTheApiWasDown();
    void desktopAndServeOnOneFileSendEachTicketOnce();
    void aRetryAlreadyMadeIsNotSaidQueued();

private:
    struct Child
    {
        std::unique_ptr<QProcess> process;
        QByteArray log;
    };
    QString dbPath() const { return m_dir->filePath(QStringLiteral("t.sqlite")); }
    QProcessEnvironment environment(const QString &home) const;
    // `ticketdesk serve` on the file; returns its webhook URL (empty on failure).
    QUrl startServe(const QUrl &apiBase);
    // The desktop binary, offscreen, on the file, configured as an operator would in Settings.
    bool startDesktop(const QUrl &apiBase);
    // Runs `ticketdesk create` on the file (no credentials: it only queues or tries).
    struct CreateRun
    {
        int exitCode = -1;
        QJsonObject ticket;
        QByteArray err;
    };
    CreateRun runCreate(const QString &summary, const QStringList &extra = {});
    // Any command on the file, from a process of its own; `ticket` holds a --json answer.
    CreateRun runCli(const QStringList &arguments);
    // Turns this thread's event loop (the sandbox lives here) until `done` or the timeout.
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    QList<Ticket> tickets();
    QStringList liveRoles();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RipioSandbox> m_sandbox;
    Child m_serve;
    Child m_desktop;
    QHash<QString, int> m_acceptedBySummary;
    SystemClock m_clock;
};

void TestSharedFileE2e::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SandboxOptions o;
    o.webhookDelayMs = 150;
    o.webhookRetryBaseMs = 200;
    m_sandbox = std::make_unique<RipioSandbox>(o);
    m_acceptedBySummary.clear();
    connect(m_sandbox.get(), &RipioSandbox::ticketAccepted, this,
            [this](const QString &, const QString &, const QString &summary) { ++m_acceptedBySummary[summary]; });
}

void TestSharedFileE2e::cleanup()
{
    for (Child *c : {&m_serve, &m_desktop}) {
        if (!c->process)
            continue;
        c->process->terminate();
        if (!c->process->waitForFinished(10000))
            c->process->kill();
        c->process->waitForFinished();
        c->process.reset();
        c->log.clear();
    }
    m_sandbox.reset();
    m_dir.reset();
}

QProcessEnvironment TestSharedFileE2e::environment(const QString &home) const
{
    QProcessEnvironment env = ServeFixture::environment(home, SandboxOptions{}.webhookSecret);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ticketdesk.*.info=true"));
    return env;
}

QUrl TestSharedFileE2e::startServe(const QUrl &apiBase)
{
    m_serve.process = std::make_unique<QProcess>();
    QProcessEnvironment env = environment(m_dir->filePath(QStringLiteral("serve")));
    env.insert(QStringLiteral("TICKETDESK_CLIENT_ID"), QStringLiteral("demo-client"));
    env.insert(QStringLiteral("TICKETDESK_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    m_serve.process->setProcessEnvironment(env);
    m_serve.process->start(QStringLiteral(TICKETDESK_EXE),
                           {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--db"), dbPath(), QStringLiteral("--api-base"), apiBase.toString()});
    const quint16 port = ServeFixture::waitListening(*m_serve.process, m_serve.log, 20000);
    if (port == 0)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/ripio").arg(port));
}

bool TestSharedFileE2e::startDesktop(const QUrl &apiBase)
{
    const QString home = m_dir->filePath(QStringLiteral("desktop"));
    {
        // Where QSettings() of organization "TicketDesk", application "ticketdesk" reads on Linux.
        QDir().mkpath(home + QStringLiteral("/config/TicketDesk"));
        QSettings s(home + QStringLiteral("/config/TicketDesk/ticketdesk.conf"), QSettings::IniFormat);
        s.setValue(QStringLiteral("api/environment"), QStringLiteral("custom"));
        s.setValue(QStringLiteral("api/baseUrl"), apiBase.toString());
        s.setValue(QStringLiteral("api/clientId"), QStringLiteral("demo-client"));
        s.setValue(QStringLiteral("listener/port"), int(unusedLoopbackPort()));
    }
    m_desktop.process = std::make_unique<QProcess>();
    QProcessEnvironment env = environment(home);
    env.insert(QStringLiteral("TICKETDESK_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    m_desktop.process->setProcessEnvironment(env);
    m_desktop.process->start(QStringLiteral(TICKETDESK_EXE), {QStringLiteral("--db"), dbPath()});
    // Running once its heartbeat is in the file (it writes one as soon as its engine started).
    return waitFor([this] { return liveRoles().contains(QStringLiteral("desktop")); }, 20000);
}

TestSharedFileE2e::CreateRun TestSharedFileE2e::runCreate(const QString &summary, const QStringList &extra)
{
    return runCli(QStringList{QStringLiteral("create"), QStringLiteral("--db"), dbPath(), QStringLiteral("--customer"),
                              ServeFixture::newCustomer(), QStringLiteral("--summary"), summary,
                              QStringLiteral("--json")} +
                  extra);
}

TestSharedFileE2e::CreateRun TestSharedFileE2e::runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.setProcessEnvironment(environment(m_dir->filePath(QStringLiteral("cli"))));
    cli.start(QStringLiteral(TICKETDESK_EXE), arguments);
    CreateRun r;
    if (!waitFor([&] { return cli.state() == QProcess::NotRunning; }, 30000)) {
        cli.kill();
        cli.waitForFinished();
        return r;
    }
    r.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    r.ticket = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    r.err = cli.readAllStandardError();
    return r;
}

bool TestSharedFileE2e::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QTest::qWait(20);
        for (Child *c : {&m_serve, &m_desktop}) {
            if (c->process)
                c->log += c->process->readAllStandardError();
        }
    }
    return done();
}

QList<Ticket> TestSharedFileE2e::tickets()
{
    TicketStore store(m_clock);
    if (!store.open(dbPath()).ok())
        return {};
    return store.tickets();
}

QStringList TestSharedFileE2e::liveRoles()
{
    TicketStore store(m_clock);
    if (!store.open(dbPath()).ok())
        return {};
    QStringList roles;
    const QDateTime now = m_clock.now();
    for (const ServerRecord &s : store.servers()) {
        if (s.lastSeen.secsTo(now) < 30)
            roles << s.role;
    }
    return roles;
}

void TestSharedFileE2e::serveSendsWhatTheCommandLineQueuedWhileTheApiWasDown()
{
    // Nothing listens on the API's port yet: Ripio is down.
    const quint16 apiPort = unusedLoopbackPort();
    const QUrl apiBase(QStringLiteral("http://127.0.0.1:%1/").arg(apiPort));
    const QUrl webhookUrl = startServe(apiBase);
    QVERIFY2(webhookUrl.isValid(), m_serve.log.constData());
    QVERIFY(waitFor([this] { return liveRoles().contains(QStringLiteral("serve")); }, 10000));

    // A script queues a ticket from another process.
    // Its --api-base would point elsewhere, but serve sends: the command says it is not used.
    const CreateRun created = runCreate(QStringLiteral("Queued while Ripio was down"),
                                        {QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9/"),
                                         QStringLiteral("--reconcile-after"), QStringLiteral("5")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QCOMPARE(created.ticket.value(QLatin1StringView("status")).toString(), QStringLiteral("QUEUED"));
    QVERIFY2(created.err.contains("queued; a running TicketDesk on this database will send it"),
             created.err.constData());
    QVERIFY2(created.err.contains("--api-base is not used: the TicketDesk running on this database sends the ticket"),
             created.err.constData());
    QVERIFY2(created.err.contains("--reconcile-after is not used: the TicketDesk running on this database asks Ripio"),
             created.err.constData());
    const qint64 id = created.ticket.value(QLatin1StringView("id")).toInteger();
    QVERIFY(id > 0);
    // Waiting, with no credentials here, on a ticket the serve sends: not "not sent" for want of
    // this command's credentials (the serve has its own), but the wait that ran out.
    const CreateRun waited =
        runCreate(QStringLiteral("Waited on while Ripio was down"), {QStringLiteral("--wait"), QStringLiteral("1")});
    QCOMPARE(waited.exitCode, 3);
    QVERIFY2(!waited.err.contains("was not sent") && waited.err.contains(" after 1 s"), waited.err.constData());
    // A ticket refused for its own fields: that is all it says (the notes came first, as if it went).
    const CreateRun refused =
        runCreate(QStringLiteral(" "), {QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9/")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--summary: ") && !refused.err.contains("is not used"), refused.err.constData());

    // The running serve picks it up and tries while the API is down: the ticket goes back to QUEUED.
    QVERIFY2(waitFor([this] { return m_serve.log.contains("outbox paused"); }, 10000), m_serve.log.constData());

    // Ripio comes back on the same port.
    QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, apiPort), qPrintable(m_sandbox->errorString()));
    m_sandbox->setWebhookUrl(webhookUrl);
    QElapsedTimer sinceUp;
    sinceUp.start();
    const auto status = [&] {
        for (const Ticket &t : tickets()) {
            if (t.id == id)
                return t.status;
        }
        return TicketStatus::Queued;
    };
    QVERIFY2(waitFor([&] { return status() == TicketStatus::Created; }, 10000), m_serve.log.constData());
    qInfo("CREATED %lld ms after the API came back", qint64(sinceUp.elapsed()));
    // Each of the two queued tickets (the one waited on too) went to Ripio once.
    QVERIFY(waitFor([&] { return m_sandbox->counters().ticketsAccepted >= 2; }, 10000));
    QTest::qWait(300);
    QCOMPARE(m_sandbox->counters().ticketsAccepted, 2);
    QCOMPARE(m_acceptedBySummary.value(QStringLiteral("Queued while Ripio was down")), 1);
    QCOMPARE(m_acceptedBySummary.value(QStringLiteral("Waited on while Ripio was down")), 1);
}

void TestSharedFileE2e::desktopAndServeOnOneFileSendEachTicketOnce()
{
    QVERIFY(m_sandbox->listen());
    const QUrl webhookUrl = startServe(m_sandbox->baseUrl());
    QVERIFY2(webhookUrl.isValid(), m_serve.log.constData());
    m_sandbox->setWebhookUrl(webhookUrl); // Ripio's one URL: the serve receives every outcome
    QVERIFY2(startDesktop(m_sandbox->baseUrl()), m_desktop.log.constData());
    QVERIFY(waitFor([this] { return liveRoles().contains(QStringLiteral("serve")); }, 10000));

    // Two tickets from the command line, then a burst from another connection:
    // both senders poll the file and race to claim each one.
    QStringList summaries;
    for (int i = 0; i < 2; ++i) {
        const QString summary = QStringLiteral("From the script %1").arg(i);
        const CreateRun created = runCreate(summary);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY2(created.err.contains("a running TicketDesk on this database will send it"), created.err.constData());
        summaries << summary;
    }
    {
        TicketStore other(m_clock);
        QVERIFY(other.open(dbPath()).ok());
        for (int i = 0; i < 8; ++i) {
            Ticket t;
            t.customerId = ServeFixture::newCustomer();
            t.summary = QStringLiteral("Burst %1").arg(i);
            QVERIFY(other.insertTicket(t) > 0);
            summaries << t.summary;
        }
    }
    const auto allCreated = [&] {
        const QList<Ticket> all = tickets();
        return all.size() == summaries.size() &&
               std::all_of(all.cbegin(), all.cend(), [](const Ticket &t) { return t.status == TicketStatus::Created; });
    };
    QVERIFY2(waitFor(allCreated, 30000), QByteArray(m_serve.log + "\n--- desktop ---\n" + m_desktop.log).constData());
    for (const QString &summary : std::as_const(summaries))
        QVERIFY2(m_acceptedBySummary.value(summary) == 1, qPrintable(summary));
    QCOMPARE(m_sandbox->counters().ticketsAccepted, int(summaries.size()));
    // Both are still running and still sending for the file.
    QCOMPARE(m_desktop.process->state(), QProcess::Running);
    QCOMPARE(m_serve.process->state(), QProcess::Running);
}

void TestSharedFileE2e::aRetryAlreadyMadeIsNotSaidQueued()
{
    QVERIFY(m_sandbox->listen());
    const QUrl webhookUrl = startServe(m_sandbox->baseUrl());
    QVERIFY2(webhookUrl.isValid(), m_serve.log.constData());
    m_sandbox->setWebhookUrl(webhookUrl);
    QVERIFY(waitFor([this] { return liveRoles().contains(QStringLiteral("serve")); }, 10000));
    const auto statusOf = [&](qint64 id) {
        for (const Ticket &t : tickets()) {
            if (t.id == id)
                return t.status;
        }
        return TicketStatus::Queued;
    };

    // The sandbox fails a first "fail" ticket; serve sends it and hears the outcome.
    const CreateRun created = runCreate(QStringLiteral("Refund fail"));
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const qint64 id = created.ticket.value(QLatin1StringView("id")).toInteger();
    QVERIFY2(waitFor([&] { return statusOf(id) == TicketStatus::Failed; }, 10000), m_serve.log.constData());
    const QString idText = QString::number(id);
    const CreateRun retried =
        runCli({QStringLiteral("retry"), idText, QStringLiteral("--db"), dbPath(), QStringLiteral("--json")});
    QVERIFY2(retried.exitCode == 0, retried.err.constData());
    QVERIFY2(retried.err.contains("queued; a running TicketDesk on this database will send it"),
             retried.err.constData());
    const qint64 retryId = retried.ticket.value(QLatin1StringView("id")).toInteger();
    QVERIFY2(waitFor([&] { return statusOf(retryId) == TicketStatus::Created; }, 10000), m_serve.log.constData());

    // Again: the retry that exists, already CREATED, is shown and said to be that; not "queued".
    const CreateRun again =
        runCli({QStringLiteral("retry"), idText, QStringLiteral("--db"), dbPath(), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.ticket.value(QLatin1StringView("id")).toInteger(), retryId);
    QCOMPARE(again.ticket.value(QLatin1StringView("status")).toString(), QStringLiteral("CREATED"));
    QVERIFY2(again.err.contains(QStringLiteral("was already retried as %1").arg(retryId).toUtf8()),
             again.err.constData());
    QVERIFY2(!again.err.contains("queued"), again.err.constData());
    QCOMPARE(m_acceptedBySummary.value(QStringLiteral("Refund fail")), 2); // the ticket and its one retry
}

QTEST_GUILESS_MAIN(TestSharedFileE2e)
#include "tst_sharedfile_e2e.moc"
