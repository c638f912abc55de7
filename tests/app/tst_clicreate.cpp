// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "sandbox/ripiosandbox.h"
#include "store/ticketstore.h"
#include "support/unusedport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>

using namespace TicketDesk;

namespace {

const QString customer = QStringLiteral("9b2c6c1e-1f1a-4d55-9e0e-2a8f6f7f1a01");
const QString unknownCustomer = QStringLiteral("9b2c6c1e-1f1a-4d55-9e0e-2a8f6f7f1a99"); // the sandbox knows none

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Holds the write lock of a SQLite file from the moment `ripio` takes a ticket, before its answer
// leaves (a sandbox with slow answers): the ticket is SUBMITTING then, whatever the pace of the
// machine (a loaded one had the command end before a lock taken by the ticket's status alone).
// Should a write of the command's hold it off, poll() takes it at the next turn of the wait.
class LockOnceAccepted
{
public:
    LockOnceAccepted(RipioSandbox &ripio, const QString &path)
        : m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock")))
    {
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
        QObject::connect(&ripio, &RipioSandbox::ticketAccepted, &m_context, [this] {
            m_accepted = true;
            poll();
        });
    }
    ~LockOnceAccepted()
    {
        release();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    }
    void poll()
    {
        if (m_locked || !m_accepted || (!m_db.isOpen() && !m_db.open()))
            return;
        m_locked = QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (m_locked)
            m_lockedFor.start();
    }
    void release()
    {
        if (m_locked && m_db.isOpen())
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    bool locked() const { return m_locked; }
    // How long since the lock was taken (0 before).
    qint64 heldMs() const { return m_locked ? m_lockedFor.elapsed() : 0; }

private:
    QSqlDatabase m_db;
    QObject m_context;
    bool m_accepted = false;
    bool m_locked = false;
    QElapsedTimer m_lockedFor;
};

// A sandbox whose every answer comes 400 ms late, and whose outcome comes after any test.
SandboxOptions slowAnswersNoOutcome()
{
    SandboxOptions o;
    o.slowAnswerMs = 400;
    o.webhookDelayMs = 60000;
    return o;
}

} // namespace

// `ticketdesk create` and `retry` as a script runs them: the real binary against an
// in-process sandbox whose webhooks go nowhere, so the outcome comes from reconciliation.
class TestCliCreate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createWaitCreated();
    void createWithReference();
    void createWaitAsksRipioWithinTheWait();
    void createWaitTimeoutPrintsTheTicket();
    void createFailedThenRetry();
    void createWithoutWait();
    void createSaysNothingOfWebhooksOnAFullDisk();
    void createWithoutWaitWhileRipioIsDown();
    void createWaitRejected();
    void createUnconfirmedSaysNotToCreateAgain();
    void createNotEnabledLeadsWithWhy();
    void createWaitWithRefusedCredentialsSaysNotSent();
    void errors_data();
    void errors();
    void createBehindAQueueWhileRipioIsDown();
    void createWaitWhileRipioIsDownSaysNothingSendsIt();
    void aCommandThatStopsLeavesTheQueueAsItWas();
    void retryOfAnUnconfirmedTicketIsAskedFor();
    void retryOfAQueuedTicketSendsNothing();
    void createWaitSaysAnAnswerTheDatabaseRefusedCame();
    void createWaitNamesTheTimeItGaveTheAnswer();
    void createRefusesSettingsThatNameNoApi();

private:
    // Runs the real binary on the test's file against `apiBase` (default: the sandbox).
    // On the shared t.sqlite unless `db` names another file in the test's folder.
    // `whileRunning` is called every 20 ms until the child ends.
    Run run(const QStringList &arguments, const QUrl &apiBase = QUrl(), const QString &db = QString(),
            const std::function<void()> &whileRunning = {});
    // What run() gives the child: the client's credentials, and a home in the test's folder.
    QProcessEnvironment childEnvironment() const;
    // A --config file in the test's folder with which the engine gives up a locked write after
    // 100 ms (5 s by default), so that a lock held from the test refuses it at once.
    QString shortBusyConfig() const;

    QTemporaryDir m_dir;
    std::unique_ptr<RipioSandbox> m_sandbox;
};

void TestCliCreate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    SandboxOptions o;
    o.webhookDelayMs = 100;
    o.unknownCustomers.insert(unknownCustomer);
    m_sandbox = std::make_unique<RipioSandbox>(o);
    QVERIFY(m_sandbox->listen());
}

QProcessEnvironment TestCliCreate::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TICKETDESK_CLIENT_ID"), QStringLiteral("demo-client"));
    env.insert(QStringLiteral("TICKETDESK_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

Run TestCliCreate::run(const QStringList &arguments, const QUrl &apiBase, const QString &db,
                       const std::function<void()> &whileRunning)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(QStringLiteral(TICKETDESK_EXE),
                  arguments + QStringList{QStringLiteral("--db"),
                                          m_dir.filePath(db.isEmpty() ? QStringLiteral("t.sqlite") : db),
                                          QStringLiteral("--api-base"),
                                          (apiBase.isEmpty() ? m_sandbox->baseUrl() : apiBase).toString()});
    // The sandbox lives in this thread: keep its event loop turning while the child runs.
    QDeadlineTimer deadline(30000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(20);
        // Only while it runs: what it does is for the child to meet, not for its leftovers.
        if (whileRunning && process.state() != QProcess::NotRunning)
            whileRunning();
    }
    Run r;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        r.err = "ticketdesk did not finish within 30 s";
        r.exitCode = -2;
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString TestCliCreate::shortBusyConfig() const
{
    const QString ini = m_dir.filePath(QStringLiteral("short-busy.ini"));
    QSettings(ini, QSettings::IniFormat).setValue(QStringLiteral("database/busyTimeoutMs"), 100);
    return ini;
}

void TestCliCreate::createWaitCreated()
{
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Card declined"), QStringLiteral("--wait"), QStringLiteral("20"),
                       QStringLiteral("--json"), QStringLiteral("--reconcile-after"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1StringView("status")).toString(), QStringLiteral("CREATED"));
    const QString ticketId = o.value(QLatin1StringView("ticketId")).toString();
    QCOMPARE(o.value(QLatin1StringView("issueKey")).toString(), m_sandbox->issueKey(ticketId));
    QVERIFY(!ticketId.isEmpty());
}

void TestCliCreate::createWaitAsksRipioWithinTheWait()
{
    // Alone on the file no webhook reaches the command: it asks Ripio itself, within the wait
    // (it waited for serve's two minutes before its first question, and a --wait 30 gave up).
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Asked in time"), QStringLiteral("--wait"), QStringLiteral("20"),
                       QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1StringView("status")).toString(), QStringLiteral("CREATED"));
}

void TestCliCreate::createWaitTimeoutPrintsTheTicket()
{
    // Out of time: exit 3 (made, outcome unknown: not 1, which `create … || create …` would take
    // for "make it again"), why on stderr, and the ticket as it stands on stdout.
    const Run r =
        run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
             QStringLiteral("Out of time"), QStringLiteral("--wait"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    const QRegularExpression still(QStringLiteral("ticket (\\d+) is still ([A-Z]+) after 1 s"));
    const QRegularExpressionMatch m = still.match(QString::fromUtf8(r.err));
    QVERIFY2(m.hasMatch(), r.err.constData());
    // Not sent yet (a slow machine): this command was its sender. Sent: it goes on. SUBMITTING is
    // either, as its request has left or not.
    const bool nothingSends = r.err.contains("nothing else is running on this database to send it");
    const bool goesOn = r.err.contains("; it goes on without this command: do not create it again");
    QVERIFY2(nothingSends != goesOn, r.err.constData());
    if (m.captured(2) == QLatin1StringView("QUEUED"))
        QVERIFY2(nothingSends, r.err.constData());
    else if (m.captured(2) != QLatin1StringView("SUBMITTING"))
        QVERIFY2(goesOn, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(QString::number(o.value(QLatin1StringView("id")).toInteger()), m.captured(1));
    QCOMPARE(o.value(QLatin1StringView("status")).toString(), m.captured(2));
}

void TestCliCreate::createWithReference()
{
    const QString reference = QStringLiteral("HD-2026-0042 (Zendesk)");
    const Run r =
        run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
             QStringLiteral("Card declined again"), QStringLiteral("--reference"), reference, QStringLiteral("--wait"),
             QStringLiteral("20"), QStringLiteral("--json"), QStringLiteral("--reconcile-after"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1StringView("status")).toString(), QStringLiteral("CREATED"));
    QCOMPARE(o.value(QLatin1StringView("reference")).toString(), reference);
    const QString id = QString::number(o.value(QLatin1StringView("id")).toInteger());

    // Kept in the database: `show` reads it back, as JSON and as text.
    const Run json = run({QStringLiteral("show"), id, QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1StringView("reference")).toString(), reference);
    const Run text = run({QStringLiteral("show"), id});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains(QString(QStringLiteral("Reference:    ") + reference).toUtf8()), text.out.constData());

    // Without one, it is empty text.
    const Run plain = run({QStringLiteral("create"), QStringLiteral("--customer"), customer,
                           QStringLiteral("--summary"), QStringLiteral("No reference"), QStringLiteral("--json")});
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    const QJsonValue none = QJsonDocument::fromJson(plain.out).object().value(QLatin1StringView("reference"));
    QVERIFY(none.isString());
    QVERIFY(none.toString().isEmpty());
}

void TestCliCreate::createFailedThenRetry()
{
    const QStringList wait{QStringLiteral("--wait"), QStringLiteral("20"), QStringLiteral("--json"),
                           QStringLiteral("--reconcile-after"), QStringLiteral("1")};
    const Run r = run(QStringList{QStringLiteral("create"), QStringLiteral("--customer"), customer,
                                  QStringLiteral("--summary"), QStringLiteral("Refund fail")} +
                      wait);
    // The ticket is printed, and the exit code says it did not register: `create --wait && …` stops.
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(" is FAILED: Ripio did not register it; `ticketdesk retry "), r.err.constData());
    QVERIFY2(!r.err.contains("tr:"), r.err.constData());
    const QJsonObject failed = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(failed.value(QLatin1StringView("status")).toString(), QStringLiteral("FAILED"));
    const QString id = QString::number(failed.value(QLatin1StringView("id")).toInteger());

    const Run retry = run(QStringList{QStringLiteral("retry"), id} + wait);
    QVERIFY2(retry.exitCode == 0, retry.err.constData());
    const QJsonObject created = QJsonDocument::fromJson(retry.out).object();
    QCOMPARE(created.value(QLatin1StringView("status")).toString(), QStringLiteral("CREATED"));
    QCOMPARE(QString::number(created.value(QLatin1StringView("retryOf")).toInteger()), id);

    // A ticket is retried once: a second retry points at the same retry ticket.
    const Run again = run(QStringList{QStringLiteral("retry"), id, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QStringLiteral("ticket %1 was already retried as %2; it was not sent again")
                                    .arg(id)
                                    .arg(created.value(QLatin1StringView("id")).toInteger())
                                    .toUtf8()),
             again.err.constData());
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1StringView("id")).toInteger(),
             created.value(QLatin1StringView("id")).toInteger());

    // `show` tells its history, oldest first, as the desktop's details pane does (it had none, and
    // a ticket's sending, outcome and retry were the desktop's alone: audit 32).
    const qint64 retryId = created.value(QLatin1StringView("id")).toInteger();
    const Run text = run({QStringLiteral("show"), id});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString shown = QString::fromUtf8(text.out);
    const QStringList steps{QStringLiteral("History:"),
                            QStringLiteral("Z Saved"),
                            QStringLiteral("Z Sent to Ripio"),
                            QStringLiteral("Z Accepted by Ripio"),
                            QStringLiteral("Z Outcome from a check with Ripio"),
                            QStringLiteral("Z Retried as #%1").arg(retryId),
                            QStringLiteral("Deliveries:")};
    qsizetype at = 0;
    for (const QString &step : steps) {
        const qsizetype found = shown.indexOf(step, at);
        QVERIFY2(found >= at, qPrintable(step + QStringLiteral(" in order in:\n") + shown));
        at = found + step.size();
    }
    const Run json = run({QStringLiteral("show"), id, QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray history = QJsonDocument::fromJson(json.out).object().value(QLatin1StringView("history")).toArray();
    QStringList kinds;
    for (const QJsonValue &e : history)
        kinds << e.toObject().value(QLatin1StringView("kind")).toString();
    QCOMPARE(kinds.first(), QStringLiteral("created"));
    QCOMPARE(kinds.last(), QStringLiteral("retried-as"));
    QVERIFY2(kinds.contains(QStringLiteral("submit")) && kinds.contains(QStringLiteral("accepted")),
             qPrintable(kinds.join(u' ')));
    QVERIFY(history.last().toObject().value(QLatin1StringView("at")).toString().endsWith(u'Z'));
}

void TestCliCreate::createWithoutWait()
{
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("No wait")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(" PENDING "), r.out.constData());
    // Alone on the file, the command stops before the webhook comes: it says who gets the outcome.
    QVERIFY2(r.err.contains("is PENDING; nothing is running on this database to receive its outcome: start "
                            "`ticketdesk serve` or the desktop"),
             r.err.constData());
}

// create receives no webhooks: a disk under serve's thresholds is no business of its own (it
// said "webhooks are refused with 503" on its way out).
void TestCliCreate::createSaysNothingOfWebhooksOnAFullDisk()
{
    const QString ini = m_dir.filePath(QStringLiteral("tight-disk.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        // More than any disk holds: "almost full" wherever the test runs.
        settings.setValue(QStringLiteral("listener/diskLowMiB"), 2000000000);
        settings.setValue(QStringLiteral("listener/diskCriticalMiB"), 1000000000);
    }
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Disk tight"), QStringLiteral("--config"), ini});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(" PENDING "), r.out.constData());
    QVERIFY2(!r.err.contains("webhooks"), r.err.constData());
}

void TestCliCreate::createWithoutWaitWhileRipioIsDown()
{
    // Nothing else runs on the file: the command tries once, and says nobody will send the ticket.
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Nobody sends it")},
                      QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(unusedLoopbackPort())));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(" QUEUED"), r.out.constData());
    // Why it waits, worded (the database keeps it in a form every reader words in its language).
    QVERIFY2(r.out.contains("(Ripio refused the connection; check the network and the API base URL.)"),
             r.out.constData());
    QVERIFY2(r.err.contains("queued; nothing is running on this database to send it: start `ticketdesk serve` or the "
                            "desktop, or run with --wait"),
             r.err.constData());
    // Worded as well: never the stored form.
    QVERIFY2(r.err.contains("(last attempt: Ripio refused the connection; check the network and the API base URL.)"),
             r.err.constData());
    QVERIFY2(!r.err.contains("tr:"), r.err.constData());
}

void TestCliCreate::createWaitRejected()
{
    // Refused at once: waiting longer cannot help, and the reason is worded, not stored.
    const Run r =
        run({QStringLiteral("create"), QStringLiteral("--customer"), unknownCustomer, QStringLiteral("--summary"),
             QStringLiteral("Nobody by that id"), QStringLiteral("--wait"), QStringLiteral("20")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(" REJECTED"), r.out.constData());
    QVERIFY2(r.err.contains(" is REJECTED: "), r.err.constData());
    QVERIFY2(r.err.contains("Customer not found."), r.err.constData());
    QVERIFY2(!r.err.contains("tr:"), r.err.constData());

    // Without --wait the command still saw the refusal: `create … && next` must not go on (it
    // exited 0).
    const Run quick = run({QStringLiteral("create"), QStringLiteral("--customer"), unknownCustomer,
                           QStringLiteral("--summary"), QStringLiteral("Nobody by that id, quickly")});
    QCOMPARE(quick.exitCode, 1);
    QVERIFY2(quick.out.contains(" REJECTED"), quick.out.constData());
    QVERIFY2(quick.err.contains(" is REJECTED: ") && quick.err.contains("Customer not found."), quick.err.constData());
}

// Ripio made the ticket but its answer was lost: without --wait the command says so (exit 3) and
// that running create again would file a second ticket.
void TestCliCreate::createUnconfirmedSaysNotToCreateAgain()
{
    SandboxOptions o;
    o.dropAnswerRate = 1.0;
    o.webhookDelayMs = 60000;
    RipioSandbox lossy(o);
    QVERIFY(lossy.listen());
    const QString ini = m_dir.filePath(QStringLiteral("short-timeout.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("api/timeoutMs"), 1000);
    }
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Answer lost"), QStringLiteral("--config"), ini},
                      lossy.baseUrl(), QStringLiteral("lossy.sqlite"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(" UNCONFIRMED"), r.out.constData());
    QVERIFY2(
        r.err.contains(" is UNCONFIRMED: ") &&
            r.err.contains("Do not create it again: wait for its webhook, or run `ticketdesk retry 1 --unconfirmed`."),
        r.err.constData());
    QCOMPARE(lossy.counters().ticketsAccepted, 1);
    // Its history says why in words: not the form the database keeps them in ("tr:[[…]]").
    const Run shown = run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, lossy.baseUrl(),
                          QStringLiteral("lossy.sqlite"));
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QJsonArray history =
        QJsonDocument::fromJson(shown.out).object().value(QLatin1StringView("history")).toArray();
    bool lost = false;
    for (const QJsonValue &e : history) {
        const QJsonObject event = e.toObject();
        QVERIFY2(!event.value(QLatin1StringView("detail")).toString().startsWith(QLatin1StringView("tr:")),
                 shown.out.constData());
        lost = lost || (event.value(QLatin1StringView("kind")).toString() == QLatin1StringView("answer-lost") &&
                        !event.value(QLatin1StringView("detail")).toString().isEmpty());
    }
    QVERIFY2(lost, shown.out.constData());
}

// Support tickets not enabled for the account (403, 20061): the ticket stays queued, and the
// command says that first. It advised starting serve or --wait, which meet the same refusal. Exit
// 3, as with --wait: the ticket exists and is not sent (exit 0 let `create … && next` go on).
void TestCliCreate::createNotEnabledLeadsWithWhy()
{
    SandboxOptions o;
    o.notEnabled = true;
    RipioSandbox refusing(o);
    QVERIFY(refusing.listen());
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Not enabled")},
                      refusing.baseUrl(), QStringLiteral("notenabled.sqlite"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(" QUEUED"), r.out.constData());
    QVERIFY2(r.err.contains("ticket 1 queued, and not sent: ") && r.err.contains("not enabled") &&
                 r.err.contains("Once that is put right, `ticketdesk serve` or the desktop sends it, whichever runs on "
                                "this database: do not create it again."),
             r.err.constData());
    QVERIFY2(!r.err.contains("start `ticketdesk serve`"), r.err.constData());
}

// --wait while Ripio refuses the credentials: nothing reached Ripio, and waiting cannot help. It
// said "still SUBMITTING … do not create it again" (it was between two token requests), which
// read as a ticket sent with its outcome unknown. The ticket is queued (exit 3: it exists).
void TestCliCreate::createWaitWithRefusedCredentialsSaysNotSent()
{
    SandboxOptions o;
    o.clientSecret = QStringLiteral("not-the-one-we-send");
    RipioSandbox refusing(o);
    QVERIFY(refusing.listen());
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Wrong secret"), QStringLiteral("--wait"), QStringLiteral("4")},
                      refusing.baseUrl(), QStringLiteral("refused.sqlite"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(" QUEUED") && !r.out.contains("SUBMITTING"), r.out.constData());
    QVERIFY2(r.err.contains("ticket 1 was not sent: ") && r.err.contains("(HTTP 401)") &&
                 r.err.contains("It stays queued") && r.err.contains("do not create it again"),
             r.err.constData());
    QVERIFY2(!r.err.contains("still"), r.err.constData());
    QCOMPARE(refusing.counters().ticketsAccepted, 0);
}

// A bad value is a usage error (exit 2), whether the option parser or the ticket's checks find it.
void TestCliCreate::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("missing summary") << QStringList{QStringLiteral("create"), QStringLiteral("--customer"), customer}
                                     << 2 << QByteArray("--summary");
    QTest::newRow("bad wait")
        << QStringList{QStringLiteral("create"),    QStringLiteral("--customer"), customer,
                       QStringLiteral("--summary"), QStringLiteral("s"),          QStringLiteral("--wait"),
                       QStringLiteral("soon")}
        << 2 << QByteArray("--wait");
    QTest::newRow("bad customer") << QStringList{QStringLiteral("create"), QStringLiteral("--customer"),
                                                 QStringLiteral("42"), QStringLiteral("--summary"), QStringLiteral("s")}
                                  << 2 << QByteArray("--customer: ");
    QTest::newRow("summary on two lines")
        << QStringList{QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Card declined\nagain")}
        << 2 << QByteArray("--summary: The summary must be on one line.");
    // As a CSV row's, and as much as the form takes: a 100,000-character one was kept.
    QTest::newRow("reference too long")
        << QStringList{QStringLiteral("create"),    QStringLiteral("--customer"), customer,
                       QStringLiteral("--summary"), QStringLiteral("s"),          QStringLiteral("--reference"),
                       QString(201, u'r')}
        << 2 << QByteArray("--reference: The reference has 201 characters; at most 200 are allowed.");
    QTest::newRow("reference on two lines")
        << QStringList{QStringLiteral("create"),    QStringLiteral("--customer"), customer,
                       QStringLiteral("--summary"), QStringLiteral("s"),          QStringLiteral("--reference"),
                       QStringLiteral("HD-1\nHD-2")}
        << 2 << QByteArray("--reference: The reference must be on one line.");
    QTest::newRow("reference with a line separator")
        << QStringList{QStringLiteral("create"),
                       QStringLiteral("--customer"),
                       customer,
                       QStringLiteral("--summary"),
                       QStringLiteral("s"),
                       QStringLiteral("--reference"),
                       QStringLiteral("HD-1") + QChar(0x2028) + QStringLiteral("HD-2")}
        << 2 << QByteArray("--reference: The reference must be on one line.");
    QTest::newRow("a missing file") << QStringList{QStringLiteral("create"),
                                                   QStringLiteral("--customer"),
                                                   customer,
                                                   QStringLiteral("--summary"),
                                                   QStringLiteral("s"),
                                                   QStringLiteral("--attach"),
                                                   QStringLiteral("/nonexistent/x.pdf")}
                                    << 2 << QByteArray("--attach: ");
    QTest::newRow("customer twice")
        << QStringList{QStringLiteral("create"),     QStringLiteral("--customer"), customer,
                       QStringLiteral("--customer"), QStringLiteral("42"),         QStringLiteral("--summary"),
                       QStringLiteral("s")}
        << 2 << QByteArray("--customer is given more than once");
    QTest::newRow("retry without id") << QStringList{QStringLiteral("retry")} << 2 << QByteArray("ID");
    QTest::newRow("retry unknown") << QStringList{QStringLiteral("retry"), QStringLiteral("9999")} << 1
                                   << QByteArray("9999");
}

void TestCliCreate::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCliCreate::createBehindAQueueWhileRipioIsDown()
{
    // Five tickets wait from earlier attempts; Ripio is still down.
    const QUrl down(QStringLiteral("http://127.0.0.1:%1/").arg(unusedLoopbackPort()));
    const QString db = QStringLiteral("queue.sqlite");
    for (int i = 0; i < 5; ++i) {
        const Run queued = run({QStringLiteral("create"), QStringLiteral("--customer"), customer,
                                QStringLiteral("--summary"), QStringLiteral("Waiting %1").arg(i)},
                               down, db);
        QVERIFY2(queued.exitCode == 0, queued.err.constData());
    }
    // The older tickets go first and fail: this one would fail the same way, so the command
    // says so at once rather than wait out the backoff (it took 65 s).
    QElapsedTimer clock;
    clock.start();
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Behind the queue")},
                      down, db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(clock.elapsed() < 10000, QByteArray::number(clock.elapsed()).constData());
    QVERIFY2(r.out.startsWith("6 QUEUED"), r.out.constData());
    QVERIFY2(r.err.contains("ticket 6 queued; nothing is running on this database to send it"), r.err.constData());
    QVERIFY2(r.err.contains("(last attempt: Ripio refused the connection; check the network and the API base URL.)"),
             r.err.constData());
    // Said once, in the command's words: not again as the engine's progress notes.
    QVERIFY2(!r.err.contains("outbox paused"), r.err.constData());
}

// With --wait and Ripio out of reach, the command is the ticket's only sender: when it gives up,
// nothing takes the ticket further until serve or the desktop runs. It said "it goes on".
void TestCliCreate::createWaitWhileRipioIsDownSaysNothingSendsIt()
{
    const QUrl down(QStringLiteral("http://127.0.0.1:%1/").arg(unusedLoopbackPort()));
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Nobody sends it"), QStringLiteral("--wait"), QStringLiteral("2")},
                      down, QStringLiteral("down-wait.sqlite"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.startsWith("1 QUEUED"), r.out.constData());
    QVERIFY2(r.err.contains("ticket 1 is still QUEUED after 2 s, and nothing else is running on this database to "
                            "send it: it is sent when `ticketdesk serve` or the desktop runs; do not create it again"),
             r.err.constData());
    QVERIFY2(!r.err.contains("it goes on without this command"), r.err.constData());
}

void TestCliCreate::aCommandThatStopsLeavesTheQueueAsItWas()
{
    const QString db = QStringLiteral("stops.sqlite");
    const Run queued = run({QStringLiteral("create"), QStringLiteral("--customer"), customer,
                            QStringLiteral("--summary"), QStringLiteral("Left in the queue")},
                           QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(unusedLoopbackPort())), db);
    QVERIFY2(queued.out.startsWith("1 QUEUED"), queued.out.constData());

    // A Ripio that takes connections and never answers: the outbox of the next command claims
    // ticket 1 and waits for a token (or has not asked yet) while the command itself fails and stops.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    const QUrl silentUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));
    const Run failed = run({QStringLiteral("retry"), QStringLiteral("999")}, silentUrl, db);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("Ticket #999 does not exist."), failed.err.constData());

    // Nothing of it left: it is queued again, not SUBMITTING (which the next start would
    // have made UNCONFIRMED: "Ripio may or may not have received it").
    const Run shown = run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}, silentUrl, db);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QLatin1StringView("status")).toString(),
             QStringLiteral("QUEUED"));
    qDeleteAll(held);
}

// Ripio may have an UNCONFIRMED ticket (its answer was lost): `retry` sends it again only when
// asked to with --unconfirmed, as the desktop asks first. It was sent at once, without a word.
void TestCliCreate::retryOfAnUnconfirmedTicketIsAskedFor()
{
    const QString db = QStringLiteral("unconfirmed.sqlite");
    qint64 id = 0;
    {
        const SystemClock clock;
        TicketStore store(clock);
        QVERIFY(store.open(m_dir.filePath(db)).ok());
        Ticket t;
        t.customerId = customer;
        t.summary = QStringLiteral("Answer lost");
        id = store.insertTicket(t);
        QVERIFY(id > 0);
        const QList<FactOutcome> out =
            store.applyFacts({FactInput::forLocal(id, Fact::submit(clock.now())),
                              FactInput::forLocal(id, Fact::answerLost(QStringLiteral("timeout"), clock.now()))});
        QVERIFY(out.size() == 2 && out[1].committed);
        QCOMPARE(store.ticket(id)->status, TicketStatus::Unconfirmed);
    }
    const Run refused = run({QStringLiteral("retry"), QString::number(id)}, QUrl(), db);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.err.contains(QStringLiteral("ticket %1 is UNCONFIRMED: Ripio may have it already").arg(id).toUtf8()) &&
            refused.err.contains("--unconfirmed"),
        refused.err.constData());
    const Run listed = run({QStringLiteral("list"), QStringLiteral("--json")}, QUrl(), db);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1); // no retry made

    const Run retried =
        run({QStringLiteral("retry"), QString::number(id), QStringLiteral("--unconfirmed"), QStringLiteral("--json")},
            QUrl(), db);
    QVERIFY2(retried.exitCode == 0, retried.err.constData());
    QCOMPARE(QJsonDocument::fromJson(retried.out).object().value(QLatin1StringView("retryOf")).toInteger(), id);
}

// A ticket that cannot be retried is refused before anything is sent: the retry command's own
// engine sent the queued ticket, and the refusal then called it SUBMITTING.
void TestCliCreate::retryOfAQueuedTicketSendsNothing()
{
    const QString db = QStringLiteral("retry-queued.sqlite");
    const Run queued = run({QStringLiteral("create"), QStringLiteral("--customer"), customer,
                            QStringLiteral("--summary"), QStringLiteral("Still queued")},
                           QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(unusedLoopbackPort())), db);
    QVERIFY2(queued.out.startsWith("1 QUEUED"), queued.out.constData());
    const Run r = run({QStringLiteral("retry"), QStringLiteral("1")}, QUrl(), db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("ticket 1 is QUEUED: only FAILED, REJECTED or UNCONFIRMED tickets can be retried"),
             r.err.constData());
    const SystemClock clock;
    TicketStore store(clock);
    QVERIFY(store.open(m_dir.filePath(db)).ok());
    const std::optional<Ticket> t = store.ticket(1);
    QVERIFY(t);
    QCOMPARE(t->status, TicketStatus::Queued);
    QCOMPARE(t->ticketId, QString());
    QCOMPARE(store.tickets().size(), 1);
}

// Ripio answers, and the database refuses the answer (here another connection holds its write
// lock; a full disk does the same): the command waits a little more for it to be taken, then says
// it was sent and answered, with Ripio's ID on stdout: not "still SUBMITTING" (an audit filled the
// disk mid-send and was told the ticket was never sent).
void TestCliCreate::createWaitSaysAnAnswerTheDatabaseRefusedCame()
{
    RipioSandbox slow(slowAnswersNoOutcome());
    QVERIFY(slow.listen());
    const QString db = QStringLiteral("refused.sqlite");
    LockOnceAccepted lock(slow, m_dir.filePath(db));
    const QString ini = shortBusyConfig();
    QElapsedTimer took;
    took.start();
    // A wait the answer surely comes within (it comes after 0.8 s; an ASan build under load was
    // still waiting for it after 2 s), then as long again (5 s), not the whole of the lock.
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Answer refused"), QStringLiteral("--wait"), QStringLiteral("5"),
                       QStringLiteral("--json"), QStringLiteral("--config"), ini},
                      slow.baseUrl(), db, [&] { lock.poll(); });
    const QString what =
        QStringLiteral("%1 ms, exit %2: %3").arg(took.elapsed()).arg(r.exitCode).arg(QString::fromUtf8(r.err));
    QVERIFY2(lock.locked(), qPrintable(what));
    QVERIFY2(took.elapsed() > 10000 && took.elapsed() < 28000, qPrintable(what));
    lock.release();
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("but its answer is not stored yet: the database refuses it (see above); trying for 5 s "
                            "more"),
             r.err.constData());
    const QJsonObject o2 = QJsonDocument::fromJson(r.out).object();
    const QString ripioId = o2.value(QLatin1StringView("ticketId")).toString();
    QVERIFY2(QUuid::fromString(ripioId).isNull() == false, r.out.constData());
    QVERIFY2(r.err.contains(QStringLiteral("(Ripio's ticket ID: %1), but the database did not take the answer: it is "
                                           "kept in ")
                                .arg(ripioId)
                                .toUtf8()),
             r.err.constData());
    QVERIFY2(!r.err.contains("nothing else is running"), r.err.constData());
    QVERIFY2(!r.err.contains("still SUBMITTING"), r.err.constData());
}

// The database takes Ripio's answer during the time given to it past the wait: the command
// ends then, and says how long it waited in all, not only the wait asked for.
void TestCliCreate::createWaitNamesTheTimeItGaveTheAnswer()
{
    RipioSandbox slow(slowAnswersNoOutcome());
    QVERIFY(slow.listen());
    const QString db = QStringLiteral("taken-in-grace.sqlite");
    LockOnceAccepted lock(slow, m_dir.filePath(db));
    const QString ini = shortBusyConfig();
    // Released 4 s after it was taken: past the wait (3 s; the answer comes within it, 0.8 s in
    // unless the machine is loaded), within the 5 s more given to the answer.
    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("Answer taken late"), QStringLiteral("--wait"), QStringLiteral("3"),
                       QStringLiteral("--json"), QStringLiteral("--config"), ini},
                      slow.baseUrl(), db, [&] {
                          lock.poll();
                          if (lock.heldMs() > 4000)
                              lock.release();
                      });
    QVERIFY2(lock.locked(), r.err.constData());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("trying for 5 s more"), r.err.constData());
    static const QRegularExpression after(QStringLiteral("ticket 1 is still PENDING after (\\d+) s; it goes on"));
    const QRegularExpressionMatch m = after.match(QString::fromUtf8(r.err));
    QVERIFY2(m.hasMatch(), r.err.constData());
    QVERIFY2(m.captured(1).toInt() >= 4, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("status")).toString(),
             QStringLiteral("PENDING"));
}

// A settings file whose API is no URL: the ticket waited, queued, on "network error 301" at every
// try (audit 36). Said at once, and nothing saved; --api-base, which sets the API, is not refused.
void TestCliCreate::createRefusesSettingsThatNameNoApi()
{
    const QString ini = m_dir.filePath(QStringLiteral("no-api.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("api/environment"), QStringLiteral("custom"));
        settings.setValue(QStringLiteral("api/baseUrl"), QStringLiteral("htp//127.0.0.1:4000"));
    }
    const QString db = m_dir.filePath(QStringLiteral("no-api.sqlite"));
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(QStringLiteral(TICKETDESK_EXE),
                  {QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                   QStringLiteral("No API"), QStringLiteral("--config"), ini, QStringLiteral("--db"), db});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains("api/baseUrl: 'htp//127.0.0.1:4000' is not an http:// or https:// URL (api/environment is "
                          "custom)"),
             err.constData());
    SystemClock clock;
    TicketStore store(clock);
    QVERIFY(store.open(db).ok());
    QCOMPARE(store.tickets().size(), qsizetype(0));

    const Run r = run({QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
                       QStringLiteral("API given"), QStringLiteral("--config"), ini},
                      QUrl(), QStringLiteral("no-api.sqlite"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("1 PENDING "), r.out.constData()); // sent, to the sandbox --api-base names
}

QTEST_GUILESS_MAIN(TestCliCreate)

#include "tst_clicreate.moc"
