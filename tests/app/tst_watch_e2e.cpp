// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ticketjson.h"
#include "core/localizedtext.h"
#include "sandbox/ripiosandbox.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/pgtestdatabase.h"
#include "support/servefixture.h"
#include "support/storebackend.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <signal.h>

#include <functional>
#include <memory>
#include <optional>

using namespace TicketDesk;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 6, 26), QTime(14, 0), Qt::UTC);
const QString customer = QStringLiteral("9b2c6c1e-1f1a-4d55-9e0e-2a8f6f7f1a01");
constexpr int withinMs = 1000;

} // namespace

// `ticketdesk watch` as a script runs it: the real binary, its stdout read line by line while
// this test (a TicketStore) and another process (`ticketdesk create`) write the database. ctest
// runs it on a SQLite file and again on PostgreSQL (tst_watch_e2e_pg, see testsOnPostgres()).
class TestWatchE2e final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printsEachChangeAsJson();
    void printsRemovedRows();
    void printsTheCommandLinesTicketAndTheServesOutcome();
    void statusFilters();
    void readableLines();
    void signalsExitZero_data();
    void signalsExitZero();
    void usageErrors();

private:
    QString location() const { return m_pg ? m_pg->url() : m_dir->filePath(QStringLiteral("t.sqlite")); }
    QProcessEnvironment environment() const;
    // Starts `ticketdesk watch` and waits for its "watching" line (from then on, nothing is missed).
    bool startWatch(const QStringList &options);
    // The JSON objects of the lines printed so far.
    QList<QJsonObject> objects();
    // Waits up to `ms` for a printed object that `match` accepts.
    std::optional<QJsonObject> waitFor(const std::function<bool(const QJsonObject &)> &match, int ms = withinMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<QProcess> m_watch;
    QByteArray m_out;
    ManualClock m_clock{t0};
};

void TestWatchE2e::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (testsOnPostgres()) {
        m_pg = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
    }
    m_out.clear();
}

void TestWatchE2e::cleanup()
{
    if (m_watch && m_watch->state() != QProcess::NotRunning) {
        m_watch->kill();
        m_watch->waitForFinished();
    }
    m_watch.reset();
    m_pg.reset();
    m_dir.reset();
}

QProcessEnvironment TestWatchE2e::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("TICKETDESK_CLIENT_ID"));
    env.remove(QStringLiteral("TICKETDESK_CLIENT_SECRET"));
    return env;
}

bool TestWatchE2e::startWatch(const QStringList &options)
{
    m_watch = std::make_unique<QProcess>();
    m_watch->setProcessEnvironment(environment());
    connect(m_watch.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_out += m_watch->readAllStandardOutput(); });
    m_watch->start(QStringLiteral(TICKETDESK_EXE),
                   QStringList{QStringLiteral("watch"), QStringLiteral("--db"), location()} + options);
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains("watching") && m_watch->state() != QProcess::NotRunning && timer.elapsed() < 20000) {
        QTest::qWait(10);
        err += m_watch->readAllStandardError();
    }
    if (!err.contains("watching"))
        qWarning() << "watch did not start:" << err;
    return err.contains("watching");
}

QList<QJsonObject> TestWatchE2e::objects()
{
    QList<QJsonObject> result;
    for (const QByteArray &line : m_out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning() << "not one JSON object:" << line;
        result.append(doc.object());
    }
    return result;
}

std::optional<QJsonObject> TestWatchE2e::waitFor(const std::function<bool(const QJsonObject &)> &match, int ms)
{
    QElapsedTimer timer;
    timer.start();
    do {
        for (const QJsonObject &o : objects()) {
            if (match(o))
                return o;
        }
        QTest::qWait(5);
    } while (timer.elapsed() < ms);
    return std::nullopt;
}

void TestWatchE2e::printsEachChangeAsJson()
{
    TicketStore store(m_clock);
    QVERIFY2(store.open(location()).ok(), qPrintable(store.lastError().message));
    Ticket before = sampleTicket(customer, QStringLiteral("before the watch"));
    QVERIFY(store.insertTicket(before) > 0);
    QVERIFY(startWatch({QStringLiteral("--json")}));

    // A ticket inserted by another connection: the very line `show --json` would print, compact.
    Ticket a = sampleTicket(customer, QStringLiteral("Card declined"));
    QVERIFY(store.insertTicket(a) > 0);
    const auto isA = [&](TicketStatus s) {
        return [&, s](const QJsonObject &o) {
            return o.value(QLatin1StringView("id")).toInteger() == a.id &&
                   o.value(QLatin1StringView("status")).toString() == statusToString(s);
        };
    };
    std::optional<QJsonObject> line = waitFor(isA(TicketStatus::Queued));
    QVERIFY2(line, m_out.constData());
    QCOMPARE(*line, ticketToJson(*store.ticket(a.id)));
    QCOMPARE(line->value(QLatin1StringView("summary")).toString(), QStringLiteral("Card declined"));
    QCOMPARE(line->value(QLatin1StringView("customerId")).toString(), customer);

    // A fact applied to it: the new state on a new line.
    QVERIFY(store.applyFacts({FactInput::forLocal(a.id, Fact::submit(t0))})[0].committed);
    line = waitFor(isA(TicketStatus::Submitting));
    QVERIFY2(line, m_out.constData());
    QCOMPARE(*line, ticketToJson(*store.ticket(a.id)));

    // Only what changed after the start: the older ticket never printed. (The engine of the
    // `create` below may act on it, so look now.)
    for (const QJsonObject &o : objects())
        QVERIFY(o.value(QLatin1StringView("id")).toInteger() != before.id);

    // A ticket queued by another process: `ticketdesk create` without credentials.
    QProcess create;
    create.setProcessEnvironment(environment());
    create.start(QStringLiteral(TICKETDESK_EXE),
                 {QStringLiteral("create"), QStringLiteral("--db"), location(), QStringLiteral("--customer"), customer,
                  QStringLiteral("--summary"), QStringLiteral("From the command line"), QStringLiteral("--api-base"),
                  QStringLiteral("http://127.0.0.1:9")});
    QVERIFY(create.waitForStarted());
    // Keep this event loop turning (the watch's output arrives here) while create runs.
    QElapsedTimer timer;
    timer.start();
    while (create.state() != QProcess::NotRunning && timer.elapsed() < 60000)
        QTest::qWait(10);
    QCOMPARE(create.exitStatus(), QProcess::NormalExit);
    QVERIFY2(create.exitCode() == 0, create.readAllStandardError().constData());
    line = waitFor([](const QJsonObject &o) {
        return o.value(QLatin1StringView("summary")).toString() == QLatin1StringView("From the command line");
    });
    QVERIFY2(line, m_out.constData());
    QCOMPARE(line->value(QLatin1StringView("customerId")).toString(), customer);
    QVERIFY(line->value(QLatin1StringView("createdHere")).toBool());

    m_watch->terminate();
    QVERIFY(m_watch->waitForFinished(10000));
    QCOMPARE(m_watch->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_watch->exitCode(), 0);
}

void TestWatchE2e::printsTheCommandLinesTicketAndTheServesOutcome()
{
    // Ripio and a running `ticketdesk serve` on the same database, which receives the outcome.
    SandboxOptions options;
    options.webhookDelayMs = 100;
    RipioSandbox sandbox(options);
    QVERIFY(sandbox.listen());
    QProcess serve;
    QProcessEnvironment serveEnv =
        ServeFixture::environment(m_dir->filePath(QStringLiteral("serve")), options.webhookSecret);
    serveEnv.insert(QStringLiteral("TICKETDESK_CLIENT_ID"), options.clientId);
    serveEnv.insert(QStringLiteral("TICKETDESK_CLIENT_SECRET"), options.clientSecret);
    serve.setProcessEnvironment(serveEnv);
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--db"), location(), QStringLiteral("--api-base"), sandbox.baseUrl().toString()});
    QByteArray serveLog;
    const quint16 port = ServeFixture::waitListening(serve, serveLog, 20000);
    QVERIFY2(port != 0, serveLog.constData());
    sandbox.setWebhookUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/ripio").arg(port)));
    const auto stopServe = qScopeGuard([&serve] {
        serve.terminate();
        if (!serve.waitForFinished(10000))
            serve.kill();
    });
    QVERIFY(startWatch({QStringLiteral("--json")}));

    // A script queues a ticket from its own process; the serve sends it and records the outcome.
    QProcess create;
    create.setProcessEnvironment(environment());
    create.start(QStringLiteral(TICKETDESK_EXE),
                 {QStringLiteral("create"), QStringLiteral("--db"), location(), QStringLiteral("--customer"), customer,
                  QStringLiteral("--summary"), QStringLiteral("Sent by the serve"), QStringLiteral("--json")});
    QVERIFY(create.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return create.state() == QProcess::NotRunning; }, 60000));
    QVERIFY2(create.exitCode() == 0, create.readAllStandardError().constData());
    const qint64 id =
        QJsonDocument::fromJson(create.readAllStandardOutput()).object().value(QLatin1StringView("id")).toInteger();
    QVERIFY(id > 0);
    const auto isIt = [id](TicketStatus status) {
        return [id, status](const QJsonObject &o) {
            return o.value(QLatin1StringView("id")).toInteger() == id &&
                   o.value(QLatin1StringView("status")).toString() == statusToString(status);
        };
    };
    QVERIFY2(waitFor(isIt(TicketStatus::Queued)), m_out.constData());
    // The serve's outcome, with Ripio's issue key.
    const std::optional<QJsonObject> created = waitFor(isIt(TicketStatus::Created), 15000);
    QVERIFY2(created, QByteArray(m_out + "\n--- serve ---\n" + serveLog + serve.readAllStandardError()).constData());
    const QString ticketId = created->value(QLatin1StringView("ticketId")).toString();
    QCOMPARE(created->value(QLatin1StringView("issueKey")).toString(), sandbox.issueKey(ticketId));
    QCOMPARE(sandbox.counters().ticketsAccepted, 1);
}

void TestWatchE2e::printsRemovedRows()
{
    TicketStore store(m_clock);
    QVERIFY2(store.open(location()).ok(), qPrintable(store.lastError().message));
    Ticket mine = sampleTicket(customer, QStringLiteral("mine"));
    QVERIFY(store.insertTicket(mine) > 0);
    QVERIFY(store.applyFacts({FactInput::forLocal(mine.id, Fact::submit(t0))})[0].committed);
    QVERIFY(startWatch({QStringLiteral("--json")}));

    // The webhook before the 202 makes an orphan row; the 202 folds it into ours.
    const QList<FactOutcome> orphan = store.applyFacts({FactInput::forRemote(Fact::webhook(
        QStringLiteral("T9"), TicketStatus::Created, QStringLiteral("SUP-9"), customer, QStringLiteral("x"), t0))});
    QVERIFY(orphan[0].committed && orphan[0].ticket);
    const qint64 orphanId = orphan[0].ticket->id;
    QVERIFY(waitFor([&](const QJsonObject &o) { return o.value(QLatin1StringView("id")).toInteger() == orphanId; }));
    QVERIFY(store.applyFacts({FactInput::forLocal(mine.id, Fact::accepted(QStringLiteral("T9"), t0))})[0].committed);
    const QJsonObject removed{{QStringLiteral("id"), orphanId}, {QStringLiteral("removed"), true}};
    QVERIFY2(waitFor([&](const QJsonObject &o) { return o == removed; }), m_out.constData());
    QVERIFY2(m_out.contains(QStringLiteral("{\"id\":%1,\"removed\":true}\n").arg(orphanId).toUtf8()),
             m_out.constData());
    QVERIFY(waitFor([&](const QJsonObject &o) {
        return o.value(QLatin1StringView("id")).toInteger() == mine.id &&
               o.value(QLatin1StringView("issueKey")).toString() == QLatin1StringView("SUP-9");
    }));
}

void TestWatchE2e::statusFilters()
{
    TicketStore store(m_clock);
    QVERIFY2(store.open(location()).ok(), qPrintable(store.lastError().message));
    QVERIFY(startWatch({QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("CREATED")}));

    Ticket a = sampleTicket(customer, QStringLiteral("filtered"));
    QVERIFY(store.insertTicket(a) > 0);
    QVERIFY(store.applyFacts({FactInput::forLocal(a.id, Fact::submit(t0))})[0].committed);
    QVERIFY(store.applyFacts({FactInput::forLocal(a.id, Fact::accepted(QStringLiteral("T1"), t0))})[0].committed);
    QVERIFY(store
                .applyFacts({FactInput::forRemote(Fact::webhook(QStringLiteral("T1"), TicketStatus::Created,
                                                                QStringLiteral("SUP-1"), customer,
                                                                QStringLiteral("filtered"), t0))})[0]
                .committed);
    const std::optional<QJsonObject> line = waitFor([](const QJsonObject &o) {
        return o.value(QLatin1StringView("issueKey")).toString() == QLatin1StringView("SUP-1");
    });
    QVERIFY2(line, m_out.constData());
    QCOMPARE(*line, ticketToJson(*store.ticket(a.id)));
    // QUEUED, SUBMITTING and PENDING were committed before it, and none printed.
    const QList<QJsonObject> all = objects();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].value(QLatin1StringView("status")).toString(), QStringLiteral("CREATED"));
}

void TestWatchE2e::readableLines()
{
    TicketStore store(m_clock);
    QVERIFY2(store.open(location()).ok(), qPrintable(store.lastError().message));
    QVERIFY(startWatch({}));
    Ticket a = sampleTicket(customer, QStringLiteral("Readable summary"));
    QVERIFY(store.insertTicket(a) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_out.contains("Readable summary"), withinMs);
    const QByteArray line = m_out.split('\n').first();
    QVERIFY2(line.contains(QStringLiteral("#%1  QUEUED").arg(a.id).toUtf8()), line.constData());
    // Its time in UTC, and said to be.
    const QDateTime at = store.ticket(a.id).value().createdAt.toUTC();
    QVERIFY2(line.startsWith(QByteArray(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8() + " UTC  #")),
             line.constData());
    QVERIFY2(line.contains(customer.toUtf8()), line.constData());
    QVERIFY(m_out.endsWith('\n'));

    // A refusal's message, in the words of this reader's language.
    m_out.clear();
    const QString refused =
        LocalizedText("TicketDesk::RipioClient", "Ripio rejected the request (HTTP %1).").arg(400).toStored();
    QVERIFY(store
                .applyFacts({FactInput::forLocal(a.id, Fact::submit(m_clock.now())),
                             FactInput::forLocal(a.id, Fact::rejected(refused, m_clock.now()))})
                .value(1)
                .committed);
    QTRY_VERIFY_WITH_TIMEOUT(m_out.contains("REJECTED"), withinMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_out.endsWith('\n'), withinMs);
    QVERIFY2(m_out.contains("  (Ripio rejected the request (HTTP 400).)\n"), m_out.constData());
}

void TestWatchE2e::signalsExitZero_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void TestWatchE2e::signalsExitZero()
{
    QFETCH(int, signalNumber);
    {
        TicketStore store(m_clock);
        QVERIFY2(store.open(location()).ok(), qPrintable(store.lastError().message)); // watch reads an existing one
    }
    QVERIFY(startWatch({QStringLiteral("--json")}));
    QCOMPARE(::kill(static_cast<pid_t>(m_watch->processId()), signalNumber), 0);
    QVERIFY(m_watch->waitForFinished(10000));
    QCOMPARE(m_watch->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_watch->exitCode(), 0);
}

void TestWatchE2e::usageErrors()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--status"), QStringLiteral("DONE")}, QStringList{QStringLiteral("extra")}}) {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(TICKETDESK_EXE),
                QStringList{QStringLiteral("watch"), QStringLiteral("--db"), location()} + args);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        // A wrong status is told the ones there are, as list and export tell it.
        const QByteArray err = p.readAllStandardError();
        if (args.contains(QStringLiteral("DONE")))
            QVERIFY2(err.contains("unknown status 'DONE' (expected one of QUEUED, SUBMITTING,"), err.constData());
    }
    // A database that cannot be opened: one line on stderr, exit 1.
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(TICKETDESK_EXE),
            {QStringLiteral("watch"), QStringLiteral("--db"), QStringLiteral("/proc/no/such/t.sqlite")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("ticketdesk: ") && err.contains("/proc/no/such"), err.constData());
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestWatchE2e)
#include "tst_watch_e2e.moc"
