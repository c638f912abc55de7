// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pgtestdatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace TicketDesk;

namespace {

// One QPSQL connection for the length of a scope.
class Connection final
{
public:
    explicit Connection(const QString &url)
        : m_name(QStringLiteral("tst_pgserver-%1").arg(++s_count))
    {
        m_db = openPgTestConnection(url, m_name, &m_error);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_error; }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        m_error = query.lastError().text();
        return false;
    }

    // The first column of the first row; invalid (and error() set) when the query fails.
    QVariant value(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql) && query.next())
            return query.value(0);
        m_error = query.lastError().text();
        return {};
    }

private:
    inline static int s_count = 0;
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

const QString userTables = QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                          "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");

} // namespace

// The throwaway PostgreSQL 15 server of the POSTGRES tests (scripts/pg-throwaway.sh, started by the
// ctest fixture) and PgTestDatabase on it. Runs alone (RUN_SERIAL): it restarts the server.
class TestPgServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverIsPostgres15();
    void settings_data();
    void settings();
    void badUrls_data();
    void badUrls();
    void wrongPasswordIsNotEchoed();
    void databasesAreDistinctAndEmpty();
    void destructorDropsDatabase();
    void restartDropsEveryConnection();

private:
    QString m_serverUrl;
};

void TestPgServer::initTestCase()
{
    QString error;
    m_serverUrl = pgTestServerUrl(&error);
    QVERIFY2(!m_serverUrl.isEmpty(), qPrintable(error));
    Connection admin(m_serverUrl);
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
}

void TestPgServer::serverIsPostgres15()
{
    Connection admin(m_serverUrl);
    const QVariant version = admin.value(QStringLiteral("SHOW server_version_num"));
    QVERIFY2(version.isValid(), qPrintable(admin.error()));
    QVERIFY2(version.toInt() >= 150000 && version.toInt() <= 159999, qPrintable(version.toString()));
}

void TestPgServer::settings_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    // Durability tests need real flushes.
    QTest::newRow("fsync") << QStringLiteral("fsync") << QStringLiteral("on");
    QTest::newRow("max_connections") << QStringLiteral("max_connections") << QStringLiteral("200");
    QTest::newRow("loopback only") << QStringLiteral("listen_addresses") << QStringLiteral("127.0.0.1");
    QTest::newRow("encoding") << QStringLiteral("server_encoding") << QStringLiteral("UTF8");
    QTest::newRow("collation") << QStringLiteral("lc_collate") << QStringLiteral("C.UTF-8");
    QTest::newRow("scram") << QStringLiteral("password_encryption") << QStringLiteral("scram-sha-256");
}

void TestPgServer::settings()
{
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    Connection admin(m_serverUrl);
    const QVariant value = admin.value(QStringLiteral("SHOW ") + setting);
    QVERIFY2(value.isValid(), qPrintable(admin.error()));
    QCOMPARE(value.toString(), expected);
}

void TestPgServer::badUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("not a url") << QStringLiteral("host=127.0.0.1 password=s3cret-word");
    QTest::newRow("other scheme") << QStringLiteral("http://postgres:s3cret-word@127.0.0.1:5432/postgres");
    QTest::newRow("no port") << QStringLiteral("postgresql://postgres:s3cret-word@127.0.0.1/postgres");
    QTest::newRow("no database") << QStringLiteral("postgresql://postgres:s3cret-word@127.0.0.1:5432/");
    QTest::newRow("no host") << QStringLiteral("postgresql://postgres:s3cret-word@:5432/postgres");
}

void TestPgServer::badUrls()
{
    QFETCH(QString, url);
    Connection connection(url);
    QVERIFY(!connection.isOpen());
    QVERIFY2(connection.error().contains(QStringLiteral("postgresql://user:password@host:port/database")),
             qPrintable(connection.error()));
    QVERIFY2(!connection.error().contains(QStringLiteral("s3cret")), qPrintable(connection.error()));
}

void TestPgServer::wrongPasswordIsNotEchoed()
{
    QUrl url(m_serverUrl);
    url.setPassword(QStringLiteral("s3cret-word"));
    Connection connection(url.toString());
    QVERIFY(!connection.isOpen());
    QVERIFY2(connection.error().contains(QStringLiteral("password authentication failed")),
             qPrintable(connection.error()));
    QVERIFY2(connection.error().contains(url.toDisplayString(QUrl::RemovePassword)), qPrintable(connection.error()));
    QVERIFY2(!connection.error().contains(QStringLiteral("s3cret")), qPrintable(connection.error()));
}

void TestPgServer::databasesAreDistinctAndEmpty()
{
    PgTestDatabase a;
    QVERIFY2(a.ok(), qPrintable(a.error()));
    PgTestDatabase b;
    QVERIFY2(b.ok(), qPrintable(b.error()));

    QVERIFY(a.name() != b.name());
    QVERIFY(a.url() != b.url());
    QCOMPARE(a.adminUrl(), m_serverUrl);
    QCOMPARE(b.adminUrl(), m_serverUrl);
    const QRegularExpression shape(QStringLiteral("^td_%1_\\d+_[0-9a-f]{6}$").arg(QCoreApplication::applicationPid()));
    QVERIFY2(shape.match(a.name()).hasMatch(), qPrintable(a.name()));
    QVERIFY2(shape.match(b.name()).hasMatch(), qPrintable(b.name()));
    QCOMPARE(QUrl(a.url()).path(), QLatin1Char('/') + a.name());
    QCOMPARE(QUrl(a.url()).port(), QUrl(m_serverUrl).port());

    Connection inA(a.url());
    QVERIFY2(inA.isOpen(), qPrintable(inA.error()));
    Connection inB(b.url());
    QVERIFY2(inB.isOpen(), qPrintable(inB.error()));
    QCOMPARE(inA.value(QStringLiteral("SELECT current_database()")).toString(), a.name());
    QCOMPARE(inB.value(QStringLiteral("SELECT current_database()")).toString(), b.name());
    QCOMPARE(inA.value(userTables).toInt(), 0);
    QCOMPARE(inB.value(userTables).toInt(), 0);

    QVERIFY2(inA.exec(QStringLiteral("CREATE TABLE probe (id integer)")), qPrintable(inA.error()));
    QVERIFY2(inA.exec(QStringLiteral("INSERT INTO probe VALUES (1)")), qPrintable(inA.error()));
    QCOMPARE(inA.value(QStringLiteral("SELECT count(*) FROM probe")).toInt(), 1);
    QCOMPARE(inA.value(userTables).toInt(), 1);
    QCOMPARE(inB.value(userTables).toInt(), 0);
    QVERIFY(!inB.exec(QStringLiteral("SELECT count(*) FROM probe")));
}

void TestPgServer::destructorDropsDatabase()
{
    auto database = std::make_unique<PgTestDatabase>();
    QVERIFY2(database->ok(), qPrintable(database->error()));
    const QString name = database->name();
    const QString exists = QStringLiteral("SELECT count(*) FROM pg_catalog.pg_database WHERE datname = '%1'").arg(name);
    Connection admin(m_serverUrl);
    QCOMPARE(admin.value(exists).toInt(), 1);

    // Dropped even while a connection to it is open, as after a test that failed halfway.
    Connection held(database->url());
    QVERIFY2(held.isOpen(), qPrintable(held.error()));
    QVERIFY(held.exec(QStringLiteral("CREATE TABLE probe (id integer)")));
    database.reset();
    QCOMPARE(admin.value(exists).toInt(), 0);
    QVERIFY(!held.exec(QStringLiteral("SELECT 1")));
}

void TestPgServer::restartDropsEveryConnection()
{
    // Only the suite's own throwaway server restarts: with TICKETDESK_TEST_PG_URL naming
    // another one, restartServer() refuses and this test fails (it never skips).
    PgTestDatabase database;
    QVERIFY2(database.ok(), qPrintable(database.error()));
    Connection before(database.url());
    QVERIFY2(before.isOpen(), qPrintable(before.error()));
    QVERIFY(before.exec(QStringLiteral("CREATE TABLE kept (id integer)")));
    const QString startedAt = QStringLiteral("SELECT pg_postmaster_start_time()::text");
    const QString firstStart = before.value(startedAt).toString();
    QVERIFY(!firstStart.isEmpty());

    QString error;
    QVERIFY2(PgTestDatabase::restartServer(&error), qPrintable(error));

    QVERIFY(!before.exec(QStringLiteral("SELECT 1")));
    QVERIFY(!before.isOpen());
    // Same URL, so the same port; the database and its table survived.
    Connection after(database.url());
    QVERIFY2(after.isOpen(), qPrintable(after.error()));
    QVERIFY(after.value(startedAt).toString() != firstStart);
    QCOMPARE(after.value(QStringLiteral("SELECT to_regclass('public.kept') IS NOT NULL")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
