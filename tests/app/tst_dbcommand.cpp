// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/processliveness.h"
#include "store/schemamigrations.h"
#include "store/ticketstore.h"
#include "support/damageddatabase.h"
#include "support/manualclock.h"
#include "support/pgtestdatabase.h"
#include "support/servefixture.h"
#include "support/unusedport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace TicketDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// `ticketdesk db init` and `db status` as an administrator runs them: the real
// binary on a fresh PostgreSQL database and on a SQLite file. No password from
// the URL may reach stdout or stderr, whatever happens.
class TestDbCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void postgresInitThenStatus();
    void sqliteInitThenStatus();
    void statusShowsRetention();
    void statusFindsADamagedFile();
    void passwordNeverPrinted_data();
    void passwordNeverPrinted();
    void passwordFromTheEnvironment();
    void serveRefusesAnOperatorsRole();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &arguments, const QMap<QString, QString> &variables = {});
    QProcessEnvironment environment(const QMap<QString, QString> &variables) const;
    QString urlWithPassword(const QString &password, quint16 port = 0) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_db;
    QString m_password;
};

void TestDbCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<PgTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_password = QUrl(m_db->url()).password();
    QVERIFY(m_password.size() >= 8);
}

void TestDbCommand::cleanupTestCase()
{
    m_db.reset();
}

// No password but those given: no PGPASSWORD, and a HOME without ~/.pgpass.
QProcessEnvironment TestDbCommand::environment(const QMap<QString, QString> &variables) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("PGPASSWORD"));
    env.remove(QStringLiteral("TICKETDESK_DATABASE_PASSWORD"));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

Run TestDbCommand::run(const QStringList &arguments, const QMap<QString, QString> &variables)
{
    QProcess process;
    process.setProcessEnvironment(environment(variables));
    process.start(QStringLiteral(TICKETDESK_EXE), arguments);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        r.err = "ticketdesk did not finish within 60 s";
        r.exitCode = -2;
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString TestDbCommand::urlWithPassword(const QString &password, quint16 port) const
{
    QUrl u(m_db->url());
    u.setPassword(password);
    if (port != 0)
        u.setPort(port);
    return u.toString(QUrl::FullyEncoded);
}

void TestDbCommand::postgresInitThenStatus()
{
    const QStringList db{QStringLiteral("--db"), m_db->url()};
    Run r = run(QStringList{QStringLiteral("db"), QStringLiteral("init")} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("ticketdesk_operator"), r.out.constData());
    QVERIFY(r.out.contains("ticketdesk_server"));
    QVERIFY(r.out.contains("CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE ticketdesk_operator;"));
    QVERIFY(r.out.contains("IN ROLE ticketdesk_server;"));
    QVERIFY(!r.out.contains(m_password.toUtf8()));

    // Again: nothing to create, nothing breaks.
    r = run(QStringList{QStringLiteral("db"), QStringLiteral("init")} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("exists already"), r.out.constData());

    // A server that beat 10 s ago.
    {
        ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-10));
        TicketStore store(clock);
        QVERIFY(store.open(m_db->url()).ok());
        QVERIFY(store.heartbeat(ServerRecord{QStringLiteral("srv-host-1-42"),
                                             QStringLiteral("host-1"),
                                             QStringLiteral("serve"),
                                             QStringLiteral("http://10.0.0.5:8080/webhooks/ripio"),
                                             QStringLiteral("9.8.7"),
                                             {},
                                             {},
                                             QStringLiteral("{}")}));
    }

    // And one killed 5 min ago: its row stays, said to be silent.
    {
        ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-300));
        TicketStore store(clock);
        QVERIFY(store.open(m_db->url()).ok());
        QVERIFY(store.heartbeat(ServerRecord{QStringLiteral("srv-host-2-7"),
                                             QStringLiteral("host-2"),
                                             QStringLiteral("serve"),
                                             QString(),
                                             QStringLiteral("9.8.7"),
                                             {},
                                             {},
                                             QStringLiteral("{}")}));
    }

    // And one of this machine killed 20 s ago (its process ID no longer runs): its heartbeat is
    // fresh, but it is not running.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    QVERIFY(ended.waitForStarted());
    const qint64 endedPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    {
        ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-20));
        TicketStore store(clock);
        QVERIFY(store.open(m_db->url()).ok());
        const QString here = QSysInfo::machineHostName();
        QVERIFY(store.heartbeat(
            ServerRecord{QStringLiteral("%1:%2:1000:%3").arg(here).arg(endedPid).arg(thisMachineIdentity()),
                         here,
                         QStringLiteral("cli"),
                         QString(),
                         QStringLiteral("9.8.7"),
                         {},
                         {},
                         QStringLiteral("{}")}));
    }

    r = run(QStringList{QStringLiteral("db"), QStringLiteral("status")} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("PostgreSQL"), r.out.constData());
    QVERIFY2(r.out.contains("  running  serve  host-1  "), r.out.constData());
    QVERIFY2(r.out.contains(QStringLiteral("  silent  cli  %1  ").arg(QSysInfo::machineHostName()).toUtf8()),
             r.out.constData());
    QVERIFY2(r.out.contains("  silent  serve  host-2  "), r.out.constData());
    QVERIFY2(r.out.contains("A silent process has written no heartbeat for 30 s or more"), r.out.constData());
    QVERIFY(r.out.contains(QStringLiteral("Schema version: %1").arg(latestSchemaVersion()).toUtf8()));
    QVERIFY(r.out.contains("Group role ticketdesk_server: present"));
    QVERIFY(r.out.contains("Group role ticketdesk_operator: present"));
    QVERIFY(r.out.contains("host-1"));
    QVERIFY(r.out.contains("http://10.0.0.5:8080/webhooks/ripio"));
    QVERIFY(r.out.contains("9.8.7"));
    QVERIFY(r.out.contains(" s ago"));
    QVERIFY(!r.out.contains(m_password.toUtf8()));

    r = run(QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, r.out.constData());
    QCOMPARE(o.value(QLatin1StringView("backend")).toString(), QStringLiteral("postgresql"));
    QCOMPARE(o.value(QLatin1StringView("schemaVersion")).toInt(), latestSchemaVersion());
    QCOMPARE(o.value(QLatin1StringView("latestSchemaVersion")).toInt(), latestSchemaVersion());
    const QJsonObject roles = o.value(QLatin1StringView("roles")).toObject();
    QCOMPARE(roles.value(QLatin1StringView("ticketdesk_server")).toBool(), true);
    QCOMPARE(roles.value(QLatin1StringView("ticketdesk_operator")).toBool(), true);
    const QJsonArray servers = o.value(QLatin1StringView("servers")).toArray();
    QCOMPARE(servers.size(), 3);
    QCOMPARE(servers.at(1).toObject().value(QLatin1StringView("running")).toBool(true), false); // ended here
    const QJsonObject server = servers.first().toObject();                                      // newest first
    QCOMPARE(server.value(QLatin1StringView("running")).toBool(), true);
    QCOMPARE(servers.last().toObject().value(QLatin1StringView("running")).toBool(false), false);
    QVERIFY(servers.last().toObject().contains(QLatin1StringView("running")));
    QCOMPARE(server.value(QLatin1StringView("role")).toString(), QStringLiteral("serve"));
    QCOMPARE(server.value(QLatin1StringView("host")).toString(), QStringLiteral("host-1"));
    QCOMPARE(server.value(QLatin1StringView("version")).toString(), QStringLiteral("9.8.7"));
    const int age = server.value(QLatin1StringView("ageSeconds")).toInt(-1);
    QVERIFY2(age >= 9 && age < 120, qPrintable(QString::number(age)));
    QVERIFY(!r.out.contains(m_password.toUtf8()));
    QVERIFY(!o.value(QLatin1StringView("database")).toString().contains(m_password));
}

void TestDbCommand::sqliteInitThenStatus()
{
    const QString file = m_dir.filePath(QStringLiteral("solo.sqlite"));
    const QStringList db{QStringLiteral("--db"), file};
    // Status only looks: a missing file is an error, not a new database.
    Run r = run(QStringList{QStringLiteral("db"), QStringLiteral("status")} + db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    QVERIFY(!QFile::exists(file));

    // Init makes it, at the latest schema: the way for a script to make the file that the
    // reading commands (list, a dry run) require. It said "SQLite needs no init" and made none.
    r = run(QStringList{QStringLiteral("db"), QStringLiteral("init")} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(QStringLiteral("schema version %1").arg(latestSchemaVersion()).toUtf8()),
             r.out.constData());
    QVERIFY(QFile::exists(file));
    r = run(QStringList{QStringLiteral("list")} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Again: nothing to do, the same answer.
    r = run(QStringList{QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--json")} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject init = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(init.value(QLatin1StringView("backend")).toString(), QStringLiteral("sqlite"));
    QCOMPARE(init.value(QLatin1StringView("schemaVersion")).toInt(), latestSchemaVersion());

    {
        ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-200));
        TicketStore store(clock);
        QVERIFY(store.open(file).ok());
        QVERIFY(store.heartbeat(ServerRecord{QStringLiteral("desk-1"),
                                             QStringLiteral("laptop"),
                                             QStringLiteral("desktop"),
                                             QString(),
                                             QStringLiteral("1.2.3"),
                                             {},
                                             {},
                                             QString()}));
    }
    r = run(QStringList{QStringLiteral("db"), QStringLiteral("status")} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("SQLite database"), r.out.constData());
    QVERIFY(r.out.contains(QStringLiteral("Schema version: %1").arg(latestSchemaVersion()).toUtf8()));
    QVERIFY(!r.out.contains("Group role"));
    QVERIFY(r.out.contains("laptop"));
    QVERIFY(r.out.contains("min ago"));

    r = run(QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")} + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1StringView("backend")).toString(), QStringLiteral("sqlite"));
    QCOMPARE(o.value(QLatin1StringView("schemaVersion")).toInt(), latestSchemaVersion());
    QVERIFY(!o.contains(QLatin1StringView("roles")));
    QCOMPARE(o.value(QLatin1StringView("servers")).toArray().size(), 1);
}

// `db status` is where an administrator looks after restoring a copy: a damaged one must not
// read as fine (it opens, and counts what it can read).
void TestDbCommand::statusFindsADamagedFile()
{
    const QString file = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    const QString damaged = makeDamagedDatabase(file);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        const Run r =
            run(QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), file} + extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("is not a TicketDesk database or is damaged"), r.err.constData());
        QVERIFY2(r.err.contains(".recover"), r.err.constData());
    }
    // A large file (sparse here: its pages beyond the database's count are never read) is said
    // to take a while before the check, which prints nothing else for minutes.
    const QString large = m_dir.filePath(QStringLiteral("large.sqlite"));
    QVERIFY(run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), large}).exitCode == 0);
    {
        QFile grow(large);
        QVERIFY(grow.resize(qint64(600) * 1024 * 1024));
    }
    const Run r = run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), large});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains(QStringLiteral("checking %1 (600 MiB) for damage; this takes a while").arg(large).toUtf8()),
             r.err.constData());
}

void TestDbCommand::statusShowsRetention()
{
    const QString file = m_dir.filePath(QStringLiteral("retention.sqlite"));
    const QString ini = m_dir.filePath(QStringLiteral("retention.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("retention/deliveryDays"), 30);
        settings.setValue(QStringLiteral("retention/maxDeliveries"), 0);
    }
    const QDateTime oldest(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        TicketStore store(clock);
        QVERIFY(store.open(file).ok());
        for (const QDateTime &at : {oldest, oldest.addDays(1)}) {
            DeliveryRecord r;
            r.receivedAt = at;
            r.verdict = QStringLiteral("applied");
            QVERIFY(store.recordDelivery(r) > 0);
        }
        QVERIFY(store.heartbeat(
            ServerRecord{QStringLiteral("srv-1"), QStringLiteral("box"), QStringLiteral("serve"), QString(),
                         QStringLiteral("1.2.3"), clock.now(), clock.now(),
                         QStringLiteral(R"({"lastPruneAt":"2026-03-01T10:00:00.000Z","lastPruned":42})")}));
    }
    const QStringList args{
        QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), file, QStringLiteral("--config"), ini};
    // A process's heartbeat now, with the counters it reports.
    const auto beatNow = [&](const QString &instance, const QString &host, const QString &role,
                             const QString &counters) {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        TicketStore store(clock);
        return store.open(file).ok() &&
               store.heartbeat(ServerRecord{instance, host, role, QString(), QStringLiteral("1.2.3"), clock.now(),
                                            clock.now(), counters});
    };
    Run r = run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Retention: deliveries kept 30 days, no count limit"), r.out.constData());
    QVERIFY2(r.out.contains("Deliveries kept: 2 (oldest received 2026-02-03T04:05:06Z)"), r.out.constData());
    QVERIFY2(r.out.contains("Last prune: 2026-03-01T10:00:00Z by serve @ box, 42 deliveries deleted"),
             r.out.constData());

    r = run(args + QStringList{QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject retention =
        QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("retention")).toObject();
    QCOMPARE(retention.value(QLatin1StringView("maxAgeDays")).toInt(), 30);
    QCOMPARE(retention.value(QLatin1StringView("maxDeliveries")).toInteger(), 0);
    QCOMPARE(retention.value(QLatin1StringView("deliveries")).toInteger(), 2);
    QCOMPARE(retention.value(QLatin1StringView("oldestDelivery")).toString(),
             QStringLiteral("2026-02-03T04:05:06.000Z"));
    QCOMPARE(retention.value(QLatin1StringView("lastPruned")).toInteger(), 42);
    QCOMPARE(retention.value(QLatin1StringView("appliedBy")).toString(), QString());
    QVERIFY2(r.err.isEmpty(), r.err.constData());

    // A running serve that prunes by other limits (started with another file, since edited):
    // those are the ones in force, and the file's are said not to be.
    QVERIFY(beatNow(QStringLiteral("srv-2"), QStringLiteral("box2"), QStringLiteral("serve"),
                    QStringLiteral(R"({"retentionDays":1,"maxDeliveries":8})")));
    r = run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Retention: deliveries kept 1 day, at most 8 deliveries (as serve @ box2 applies them)"),
             r.out.constData());
    QVERIFY2(r.out.contains("says deliveries kept 30 days, no count limit, unlike the running serve"),
             r.out.constData());
    // Without --config, the user's own settings file is not serve's: not compared.
    const Run plain = run(QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), file});
    QVERIFY2(!plain.out.contains("unlike the running serve"), plain.out.constData());
    r = run(args + QStringList{QStringLiteral("--json")});
    const QJsonObject applied =
        QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("retention")).toObject();
    QCOMPARE(applied.value(QLatin1StringView("maxAgeDays")).toInt(), 1);
    QCOMPARE(applied.value(QLatin1StringView("maxDeliveries")).toInteger(), 8);
    QCOMPARE(applied.value(QLatin1StringView("appliedBy")).toString(), QStringLiteral("serve @ box2"));
    QCOMPARE(applied.value(QLatin1StringView("settingsMaxAgeDays")).toInt(), 30);

    // Two processes that prune by different limits: the strictest of each is in force, and
    // each is named with its own.
    QVERIFY(beatNow(QStringLiteral("srv-3"), QStringLiteral("box3"), QStringLiteral("desktop"),
                    QStringLiteral(R"({"retentionDays":7,"maxDeliveries":0})")));
    r = run(args);
    QVERIFY2(r.out.contains("Retention: deliveries kept 1 day, at most 8 deliveries (the strictest"),
             r.out.constData());
    QVERIFY2(r.out.contains("  serve @ box2: deliveries kept 1 day, at most 8 deliveries\n"), r.out.constData());
    QVERIFY2(r.out.contains("  desktop @ box3: deliveries kept 7 days, no count limit\n"), r.out.constData());

    // A limit serve refuses to start with: said on stderr, not shown as simply "no age limit".
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("retention/deliveryDays"), -1);
    }
    for (const QStringList &more : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        r = run(args + more);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("retention/deliveryDays") && r.err.contains("serve refuses"), r.err.constData());
    }
}

void TestDbCommand::passwordNeverPrinted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    const QString wrong = QStringLiteral("Wr0ngS3cret-7d1f");
    const QString unreachable = QStringLiteral("Unr3achable-9c2e");
    const quint16 closedPort = unusedLoopbackPort();
    for (const QString &sub : {QStringLiteral("init"), QStringLiteral("status")}) {
        QTest::addRow("%s, right password", qPrintable(sub))
            << QStringList{QStringLiteral("db"), sub, QStringLiteral("--db"), m_db->url()} << m_password << 0;
        QTest::addRow("%s --json, right password", qPrintable(sub))
            << QStringList{QStringLiteral("db"), sub, QStringLiteral("--json"), QStringLiteral("--db"), m_db->url()}
            << m_password << 0;
        QTest::addRow("%s, wrong password", qPrintable(sub))
            << QStringList{QStringLiteral("db"), sub, QStringLiteral("--db"), urlWithPassword(wrong)} << wrong << 1;
        QTest::addRow("%s, unreachable server", qPrintable(sub))
            << QStringList{QStringLiteral("db"), sub, QStringLiteral("--db"), urlWithPassword(unreachable, closedPort)}
            << unreachable << 1;
        QTest::addRow("%s, bad option", qPrintable(sub))
            << QStringList{QStringLiteral("db"), sub, QStringLiteral("--bogus"), QStringLiteral("--db"), m_db->url()}
            << m_password << 2;
    }
}

void TestDbCommand::passwordNeverPrinted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == exitCode, QByteArray(r.out + r.err).constData());
    QVERIFY2(!r.out.contains(password.toUtf8()), r.out.constData());
    QVERIFY2(!r.err.contains(password.toUtf8()), r.err.constData());
    if (exitCode == 1)
        QVERIFY2(r.err.contains("ticketdesk: "), r.err.constData());
}

// A team database's URL without its password: TICKETDESK_DATABASE_PASSWORD gives it to the
// commands and to `serve`, as `--help` says (only the desktop read it; the rest failed to log in).
void TestDbCommand::passwordFromTheEnvironment()
{
    QVERIFY(run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), m_db->url()}).exitCode == 0);
    QUrl bare(m_db->url());
    bare.setPassword(QString());
    const QString url = bare.toString(QUrl::FullyEncoded);
    QVERIFY(!url.contains(m_password));
    const QMap<QString, QString> password{{QStringLiteral("TICKETDESK_DATABASE_PASSWORD"), m_password}};
    const QStringList commands[] = {{QStringLiteral("db"), QStringLiteral("status")},
                                    {QStringLiteral("list")},
                                    {QStringLiteral("customers"), QStringLiteral("list")},
                                    {QStringLiteral("create"), QStringLiteral("--customer"),
                                     QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"),
                                     QStringLiteral("--summary"), QStringLiteral("Card blocked")}};
    for (const QStringList &command : commands) {
        const QStringList arguments = command + QStringList{QStringLiteral("--db"), url};
        Run r = run(arguments);
        QVERIFY2(r.exitCode == 1,
                 qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(r.err)));
        r = run(arguments, password);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(r.err)));
        QVERIFY(!r.out.contains(m_password.toUtf8()));
        QVERIFY(!r.err.contains(m_password.toUtf8()));
    }

    QProcess serve;
    QMap<QString, QString> variables = password;
    variables.insert(QStringLiteral("TICKETDESK_WEBHOOK_SECRET"), QStringLiteral("whsec-env-password-test"));
    serve.setProcessEnvironment(environment(variables));
    serve.start(QStringLiteral(TICKETDESK_EXE), {QStringLiteral("serve"), QStringLiteral("--db"), url,
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QByteArray errText;
    const quint16 port = ServeFixture::waitListening(serve, errText);
    if (serve.state() != QProcess::NotRunning) {
        serve.terminate();
        QVERIFY(serve.waitForFinished(15000));
    }
    errText += serve.readAllStandardError();
    QVERIFY2(port != 0, errText.constData());
    QVERIFY(!errText.contains(m_password.toUtf8()));

    // `watch` opened the database with the password, then followed its changes without it:
    // "no connection … no password supplied", and not one line for what was committed.
    QProcess watch;
    watch.setProcessEnvironment(environment(password));
    watch.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("watch"), QStringLiteral("--json"), QStringLiteral("--db"), url});
    QByteArray watchErr;
    QTRY_VERIFY2_WITH_TIMEOUT((watchErr += watch.readAllStandardError()).contains("watching"), watchErr.constData(),
                              20000);
    const Run created = run({QStringLiteral("create"), QStringLiteral("--customer"),
                             QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"), QStringLiteral("--summary"),
                             QStringLiteral("Watched while typed"), QStringLiteral("--db"), url},
                            password);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QByteArray watchOut;
    QTRY_VERIFY2_WITH_TIMEOUT((watchOut += watch.readAllStandardOutput()).contains("Watched while typed"),
                              QByteArray(watchErr + watch.readAllStandardError()).constData(), 15000);
    watch.terminate();
    QVERIFY(watch.waitForFinished(15000));
    watchErr += watch.readAllStandardError();
    QVERIFY2(!watchErr.contains("no connection"), watchErr.constData());
    QVERIFY(!watchErr.contains(m_password.toUtf8()));
}

// serve with an operator's login listened, said so, and logged "permission denied" for every
// webhook and every ticket it tried to send, while /healthz said "ok".
void TestDbCommand::serveRefusesAnOperatorsRole()
{
    QVERIFY(run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), m_db->url()}).exitCode == 0);
    const QString login = QStringLiteral("td_op_%1").arg(QCoreApplication::applicationPid());
    {
        QString why;
        QSqlDatabase admin = openPgTestConnection(m_db->url(), QStringLiteral("admin"), &why);
        QVERIFY2(admin.isOpen(), qPrintable(why));
        QSqlQuery q(admin);
        QVERIFY(q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)));
        QVERIFY2(
            q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'op-pw-77' IN ROLE ticketdesk_operator").arg(login)),
            qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    // Roles belong to the whole cluster: this one goes when the test does, however it ends.
    const auto dropLogin = qScopeGuard([this, login] {
        {
            QString why;
            QSqlDatabase admin = openPgTestConnection(m_db->url(), QStringLiteral("admin"), &why);
            QSqlQuery(admin).exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    });
    QUrl url(m_db->url());
    url.setUserName(login);
    url.setPassword(QString());
    const QMap<QString, QString> variables{{QStringLiteral("TICKETDESK_DATABASE_PASSWORD"), QStringLiteral("op-pw-77")},
                                           {QStringLiteral("TICKETDESK_WEBHOOK_SECRET"), QStringLiteral("whsec-op")}};
    // An operator's own commands work with it.
    Run r = run({QStringLiteral("list"), QStringLiteral("--db"), url.toString()}, variables);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    QProcess serve;
    serve.setProcessEnvironment(environment(variables));
    serve.start(QStringLiteral(TICKETDESK_EXE), {QStringLiteral("serve"), QStringLiteral("--db"), url.toString(),
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(serve.waitForFinished(30000));
    const QByteArray err = serve.readAllStandardError();
    QCOMPARE(serve.exitCode(), 1);
    QVERIFY2(!err.contains("listening"), err.constData());
    QVERIFY2(err.contains("may not update tickets (an operator's role)"), err.constData());
    // The fix, whole: not `db init`, which gives nobody a role (audit 31).
    QVERIFY2(err.contains(QStringLiteral("GRANT ticketdesk_server TO %1;").arg(login).toUtf8()), err.constData());
    QVERIFY2(!err.contains("db init"), err.constData());
    QVERIFY(!err.contains("op-pw-77"));
}

void TestDbCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("db")} << QByteArray("expected init or status");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("db"), QStringLiteral("frob")}
                                        << QByteArray("unknown subcommand 'frob'");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("x")}
                                    << QByteArray("unexpected argument 'x'");
}

void TestDbCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestDbCommand)
#include "tst_dbcommand.moc"
