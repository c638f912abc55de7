// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databaselocation.h"
#include "support/unusedport.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTest>

#include <libpq-fe.h>

using namespace TicketDesk;

using Parameters = QMap<QString, QString>;
Q_DECLARE_METATYPE(Parameters)

namespace {

// The keywords the cases below use; a parameter not named in a case's expectations must be unset.
const QStringList keywordsInCases{
    QStringLiteral("service"),
    QStringLiteral("user"),
    QStringLiteral("password"),
    QStringLiteral("passfile"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("dbname"),
    QStringLiteral("host"),
    QStringLiteral("hostaddr"),
    QStringLiteral("port"),
    QStringLiteral("options"),
    QStringLiteral("application_name"),
    QStringLiteral("fallback_application_name"),
    QStringLiteral("keepalives"),
    QStringLiteral("sslmode"),
    QStringLiteral("sslkey"),
    QStringLiteral("sslpassword"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("target_session_attrs"),
};

const QString defaults =
    QStringLiteral("application_name=ticketdesk;connect_timeout=10;keepalives=1;keepalives_idle=30;"
                   "keepalives_interval=10;keepalives_count=3;tcp_user_timeout=30000");

Parameters parametersOf(const DatabaseLocation &location)
{
    Parameters found;
    for (const QString &keyword : keywordsInCases) {
        if (const QString value = location.parameter(keyword); !value.isEmpty())
            found.insert(keyword, value);
    }
    return found;
}

// What libpq itself reads from a conninfo string (QPSQL hands it the fields and the options).
Parameters libpqReads(const QString &conninfo)
{
    Parameters found;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (!options) {
        qWarning("libpq refused %s: %s", qPrintable(conninfo), error);
        PQfreemem(error);
        return found;
    }
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && *o->val)
            found.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    return found;
}

// Gives each test its own QPSQL connection and removes it afterwards, whatever happens.
class ScopedConnection final
{
public:
    explicit ScopedConnection(const char *name)
        : m_name(QString::fromLatin1(name))
    {
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    }
    ~ScopedConnection() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    Q_DISABLE_COPY_MOVE(ScopedConnection)
    QString m_name;
};

// A real QPSQL open of `location` (that should fail): how long it took and what QPSQL said.
struct OpenAttempt
{
    bool configured = false;
    bool opened = false;
    qint64 waited = 0;
    QString error;
};

OpenAttempt tryOpen(const DatabaseLocation &location, const char *name, const QString &extraOptions = QString())
{
    OpenAttempt attempt;
    ScopedConnection connection(name);
    QSqlDatabase db = connection.db();
    attempt.configured = location.configure(db, &attempt.error);
    if (!attempt.configured)
        return attempt;
    if (!extraOptions.isEmpty())
        db.setConnectOptions(db.connectOptions() + QLatin1Char(';') + extraOptions);
    QElapsedTimer timer;
    timer.start();
    attempt.opened = db.open();
    attempt.waited = timer.elapsed();
    attempt.error = db.lastError().text();
    db.close();
    return attempt;
}

bool isSentence(const QString &message)
{
    return message.size() > 10 && (message.at(0).isUpper() || message.at(0) == QChar(0x201C)) &&
           message.endsWith(QLatin1Char('.'));
}

} // namespace

class TestDatabaseLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postgresForms_data();
    void postgresForms();
    void sqlitePaths_data();
    void sqlitePaths();
    void malformed_data();
    void malformed();
    void withoutPassword_data();
    void withoutPassword();
    void setPassword();
    void configure_data();
    void configure();
    void configureSqlite();
    void configureRefusesInvalid();
    void environmentDefaultsWin();
    void closedPortFailsFastWithoutPassword();
    void silentServerTimesOut();
};

void TestDatabaseLocation::initTestCase()
{
    // The defaults give way to libpq's own environment variables: start from none.
    qunsetenv("PGAPPNAME");
    qunsetenv("PGCONNECT_TIMEOUT");
}

void TestDatabaseLocation::postgresForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Parameters>("expected");
    QTest::addColumn<QString>("displayName");

    const QString u = QStringLiteral("user"), pw = QStringLiteral("password"), h = QStringLiteral("host"),
                  p = QStringLiteral("port"), d = QStringLiteral("dbname");

    QTest::newRow("url, user, host, port, db") << QStringLiteral("postgresql://alice@db1:5433/support")
                                               << Parameters{{u, QStringLiteral("alice")},
                                                             {h, QStringLiteral("db1")},
                                                             {p, QStringLiteral("5433")},
                                                             {d, QStringLiteral("support")}}
                                               << QStringLiteral("alice@db1:5433/support");
    QTest::newRow("url without user or port")
        << QStringLiteral("postgresql://db1.example.com/support")
        << Parameters{{h, QStringLiteral("db1.example.com")}, {d, QStringLiteral("support")}}
        << QStringLiteral("db1.example.com/support");
    QTest::newRow("url with password") << QStringLiteral("postgresql://alice:s3cret@db1:5432/support")
                                       << Parameters{{u, QStringLiteral("alice")},
                                                     {pw, QStringLiteral("s3cret")},
                                                     {h, QStringLiteral("db1")},
                                                     {p, QStringLiteral("5432")},
                                                     {d, QStringLiteral("support")}}
                                       << QStringLiteral("alice@db1:5432/support");
    QTest::newRow("percent-encoded user, password, dbname")
        << QStringLiteral("postgresql://al%40ice:p%40ss%3Aw%2Fd%3B@db1/sup%20port")
        << Parameters{{u, QStringLiteral("al@ice")},
                      {pw, QStringLiteral("p@ss:w/d;")},
                      {h, QStringLiteral("db1")},
                      {d, QStringLiteral("sup port")}}
        << QStringLiteral("al@ice@db1/sup port");
    QTest::newRow("IPv6 host") << QStringLiteral("postgresql://alice@[::1]:5432/support")
                               << Parameters{{u, QStringLiteral("alice")},
                                             {h, QStringLiteral("::1")},
                                             {p, QStringLiteral("5432")},
                                             {d, QStringLiteral("support")}}
                               << QStringLiteral("alice@[::1]:5432/support");
    QTest::newRow("several hosts and ports")
        << QStringLiteral("postgresql://alice@host1:5432,host2:5433/support?target_session_attrs=read-write")
        << Parameters{{u, QStringLiteral("alice")},
                      {h, QStringLiteral("host1,host2")},
                      {p, QStringLiteral("5432,5433")},
                      {d, QStringLiteral("support")},
                      {QStringLiteral("target_session_attrs"), QStringLiteral("read-write")}}
        << QStringLiteral("alice@host1:5432,host2:5433/support");
    QTest::newRow("socket form") << QStringLiteral("postgresql:///support?host=/run/postgresql&port=5432&user=alice")
                                 << Parameters{{u, QStringLiteral("alice")},
                                               {h, QStringLiteral("/run/postgresql")},
                                               {p, QStringLiteral("5432")},
                                               {d, QStringLiteral("support")}}
                                 << QStringLiteral("alice@/run/postgresql:5432/support");
    QTest::newRow("query keywords")
        << QStringLiteral("postgresql://db1/support?sslmode=verify-full&connect_timeout=5&application_name=desk%20one"
                          "&sslrootcert=/etc/ssl/ca.pem")
        << Parameters{{h, QStringLiteral("db1")},
                      {d, QStringLiteral("support")},
                      {QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                      {QStringLiteral("connect_timeout"), QStringLiteral("5")},
                      {QStringLiteral("application_name"), QStringLiteral("desk one")},
                      {QStringLiteral("sslrootcert"), QStringLiteral("/etc/ssl/ca.pem")}}
        << QStringLiteral("db1/support");
    QTest::newRow("password in the query") << QStringLiteral("postgresql://alice@db1/support?password=s3cret")
                                           << Parameters{{u, QStringLiteral("alice")},
                                                         {pw, QStringLiteral("s3cret")},
                                                         {h, QStringLiteral("db1")},
                                                         {d, QStringLiteral("support")}}
                                           << QStringLiteral("alice@db1/support");
    QTest::newRow("postgres:// alias") << QStringLiteral("postgres://bob@db2/tickets")
                                       << Parameters{{u, QStringLiteral("bob")},
                                                     {h, QStringLiteral("db2")},
                                                     {d, QStringLiteral("tickets")}}
                                       << QStringLiteral("bob@db2/tickets");
    QTest::newRow("url with nothing: libpq defaults")
        << QStringLiteral("postgresql://") << Parameters{} << QStringLiteral("the default PostgreSQL server");
    QTest::newRow("surrounding spaces") << QStringLiteral("  postgresql://db1/support \n")
                                        << Parameters{{h, QStringLiteral("db1")}, {d, QStringLiteral("support")}}
                                        << QStringLiteral("db1/support");
    QTest::newRow("key=value") << QStringLiteral("host=db1 dbname=support user=alice")
                               << Parameters{{u, QStringLiteral("alice")},
                                             {h, QStringLiteral("db1")},
                                             {d, QStringLiteral("support")}}
                               << QStringLiteral("alice@db1/support");
    QTest::newRow("key=value, quoted values with spaces")
        << QStringLiteral(
               R"(host=db1 dbname='support desk' user=alice password='s3 cr\'et' application_name='my desk')")
        << Parameters{{u, QStringLiteral("alice")},
                      {pw, QStringLiteral("s3 cr'et")},
                      {h, QStringLiteral("db1")},
                      {d, QStringLiteral("support desk")},
                      {QStringLiteral("application_name"), QStringLiteral("my desk")}}
        << QStringLiteral("alice@db1/support desk");
    QTest::newRow("key = value with spaces around =")
        << QStringLiteral("host = db1 port= 5433")
        << Parameters{{h, QStringLiteral("db1")}, {p, QStringLiteral("5433")}} << QStringLiteral("db1:5433");
    QTest::newRow("key=value, hostaddr only")
        << QStringLiteral("hostaddr=192.0.2.7 dbname=support")
        << Parameters{{QStringLiteral("hostaddr"), QStringLiteral("192.0.2.7")}, {d, QStringLiteral("support")}}
        << QStringLiteral("192.0.2.7/support");
    QTest::newRow("key=value, service") << QStringLiteral("service=prod")
                                        << Parameters{{QStringLiteral("service"), QStringLiteral("prod")}}
                                        << QStringLiteral("service=prod");
}

void TestDatabaseLocation::postgresForms()
{
    QFETCH(QString, text);
    QFETCH(Parameters, expected);
    QFETCH(QString, displayName);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY2(location.isValid(), qPrintable(location.errorMessage()));
    QVERIFY(location.errorMessage().isEmpty());
    QCOMPARE(location.backend(), DatabaseLocation::Backend::PostgreSql);
    QVERIFY(location.isPostgres());
    QCOMPARE(location.filePath(), QString());
    QCOMPARE(parametersOf(location), expected);
    QCOMPARE(location.hasPassword(), expected.contains(QStringLiteral("password")));
    QCOMPARE(location.displayName(), displayName);
}

void TestDatabaseLocation::sqlitePaths_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("relative") << QStringLiteral("tickets.db");
    QTest::newRow("relative in a folder") << QStringLiteral("data/tickets.sqlite");
    QTest::newRow("absolute") << QStringLiteral("/var/lib/ticketdesk/tickets.db");
    QTest::newRow("tilde is not expanded") << QStringLiteral("~/tickets.db");
    QTest::newRow("'=' in the name, no keyword first") << QStringLiteral("tickets=2024.db");
    QTest::newRow("./host=x") << QStringLiteral("./host=x");
    QTest::newRow("folder named like a keyword") << QStringLiteral("host/dbname=x.db");
    QTest::newRow("colon in the name") << QStringLiteral("backup:monday.db");
    QTest::newRow("drive letter") << QStringLiteral("C://tickets.db");
    QTest::newRow("mentions postgresql") << QStringLiteral("postgresql-notes.db");
}

void TestDatabaseLocation::sqlitePaths()
{
    QFETCH(QString, text);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY2(location.isValid(), qPrintable(location.errorMessage()));
    QCOMPARE(location.backend(), DatabaseLocation::Backend::Sqlite);
    QVERIFY(!location.isPostgres());
    QCOMPARE(location.filePath(), text);
    QCOMPARE(location.displayName(), QDir::toNativeSeparators(text));
    QCOMPARE(location.withoutPassword(), text);
    QCOMPARE(location.parameter(QStringLiteral("host")), QString());
    QVERIFY(!location.hasPassword());

    const DatabaseLocation direct = DatabaseLocation::sqliteFile(text);
    QVERIFY(direct.isValid());
    QCOMPARE(direct.filePath(), text);
}

void TestDatabaseLocation::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets"); // the message contains none of these
    QTest::addColumn<QString>("mentions");    // ... and this, when set

    QTest::newRow("empty") << QString() << QStringList() << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringList() << QString();
    QTest::newRow("other scheme") << QStringLiteral("mysql://alice:s3cret@db1/support")
                                  << QStringList{QStringLiteral("s3cret")} << QStringLiteral("mysql");
    QTest::newRow("scheme in capitals") << QStringLiteral("PostgreSQL://alice:s3cret@db1/support")
                                        << QStringList{QStringLiteral("s3cret")} << QStringLiteral("PostgreSQL");
    QTest::newRow("misspelt scheme") << QStringLiteral("postgre://alice:s3cret@db1/support")
                                     << QStringList{QStringLiteral("s3cret")} << QStringLiteral("postgre");
    QTest::newRow("scheme with a driver") << QStringLiteral("postgresql+psycopg://alice:s3cret@db1/support")
                                          << QStringList{QStringLiteral("s3cret")} << QString();
    QTest::newRow("jdbc prefix") << QStringLiteral("jdbc:postgresql://alice:s3cret@db1/support")
                                 << QStringList{QStringLiteral("s3cret")} << QString();
    QTest::newRow("one slash") << QStringLiteral("postgresql:/support") << QStringList() << QString();
    QTest::newRow("no slashes") << QStringLiteral("postgres:alice:s3cret@db1") << QStringList{QStringLiteral("s3cret")}
                                << QString();
    QTest::newRow("unknown query keyword")
        << QStringLiteral("postgresql://alice:s3cr%3Bet@host/db?nope=1")
        << QStringList{QStringLiteral("s3cr;et"), QStringLiteral("s3cr%3Bet"), QStringLiteral("s3cr")}
        << QStringLiteral("nope");
    QTest::newRow("unknown keyword in key=value") << QStringLiteral("host=db1 password=s3cret nope=1")
                                                  << QStringList{QStringLiteral("s3cret")} << QStringLiteral("nope");
    QTest::newRow("bad percent-encoding in the password")
        << QStringLiteral("postgresql://alice:s3cr%zzet@host/db")
        << QStringList{QStringLiteral("s3cr"), QStringLiteral("zzet")} << QString();
    QTest::newRow("truncated percent-encoding")
        << QStringLiteral("postgresql://alice@host/db%2") << QStringList() << QString();
    QTest::newRow("%00 in the password") << QStringLiteral("postgresql://alice:s3cret%00@host/db")
                                         << QStringList{QStringLiteral("s3cret")} << QString();
    QTest::newRow("unterminated IPv6 address")
        << QStringLiteral("postgresql://alice:s3cret@[::1/db") << QStringList{QStringLiteral("s3cret")} << QString();
    QTest::newRow("query parameter without =") << QStringLiteral("postgresql://alice:s3cret@host/db?sslmode")
                                               << QStringList{QStringLiteral("s3cret")} << QString();
    QTest::newRow("quotation mark in the password")
        << QStringLiteral("postgresql://alice:pa\"ss@[::1/db")
        << QStringList{QStringLiteral("pa\"ss"), QStringLiteral("ss@")} << QString();
    QTest::newRow("';' in a url value") << QStringLiteral(
                                               "postgresql://alice:s3cret@db1/support?application_name=a%3Bb")
                                        << QStringList{QStringLiteral("s3cret")} << QStringLiteral("application_name");
    QTest::newRow("';' in a key=value value") << QStringLiteral("host=db1 password=s3cret options='-c a=1;b'")
                                              << QStringList{QStringLiteral("s3cret")} << QStringLiteral("options");
    QTest::newRow("';' in the key password") << QStringLiteral("host=db1 sslpassword=k3y;pass")
                                             << QStringList{QStringLiteral("k3y")} << QStringLiteral("sslpassword");
    QTest::newRow("port not a number") << QStringLiteral("postgresql://alice:s3cret@db1:postgres/support")
                                       << QStringList{QStringLiteral("s3cret")} << QString();
    QTest::newRow("port out of range") << QStringLiteral("host=db1 port=99999 password=s3cret")
                                       << QStringList{QStringLiteral("s3cret")} << QString();
    QTest::newRow("unterminated quote") << QStringLiteral("host=db1 password='s3cret")
                                        << QStringList{QStringLiteral("s3cret")} << QString();
    QTest::newRow("missing = after a keyword")
        << QStringLiteral("host=db1 password s3cret") << QStringList{QStringLiteral("s3cret")} << QString();
    QTest::newRow("unquoted space in a password")
        << QStringLiteral("host=db1 password=s3 cret") << QStringList{QStringLiteral("cret")} << QString();
}

void TestDatabaseLocation::malformed()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QString, mentions);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY(!location.isValid());
    const QString message = location.errorMessage();
    QVERIFY2(isSentence(message), qPrintable(message));
    for (const QString &secret : secrets)
        QVERIFY2(!message.contains(secret), qPrintable(message));
    if (!mentions.isEmpty())
        QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY(!location.displayName().contains(QStringLiteral("s3cr")));
    QVERIFY(!location.withoutPassword().contains(QStringLiteral("s3cr")));
}

void TestDatabaseLocation::withoutPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // exact text, when set

    QTest::newRow("url") << QStringLiteral("postgresql://alice:s3cret@db1:5433/support?sslmode=require")
                         << QStringLiteral("postgresql://alice@db1:5433/support?sslmode=require");
    QTest::newRow("postgres:// alias") << QStringLiteral("postgres://alice:s3cret@db1/support")
                                       << QStringLiteral("postgresql://alice@db1/support");
    QTest::newRow("password in the query") << QStringLiteral("postgresql://alice@db1/support?password=s3cret")
                                           << QStringLiteral("postgresql://alice@db1/support");
    QTest::newRow("percent-encoding")
        << QStringLiteral("postgresql://al%40ice:s3cret@db1/sup%20port?application_name=desk%26one")
        << QStringLiteral("postgresql://al%40ice@db1/sup%20port?application_name=desk%26one");
    QTest::newRow("IPv6") << QStringLiteral("postgresql://alice:s3cret@[2001:db8::7]:5432/support")
                          << QStringLiteral("postgresql://alice@[2001:db8::7]:5432/support");
    QTest::newRow("several hosts") << QStringLiteral("postgresql://alice:s3cret@host1:5432,host2:5433/support")
                                   << QStringLiteral("postgresql://alice@host1:5432,host2:5433/support");
    QTest::newRow("several hosts, one port")
        << QStringLiteral("postgresql://alice:s3cret@/support?host=host1,host2&port=5433") << QString();
    QTest::newRow("socket form")
        << QStringLiteral("postgresql:///support?host=/run/postgresql&port=5432&user=alice&password=s3cret")
        << QStringLiteral("postgresql://alice@/support?host=%2Frun%2Fpostgresql&port=5432");
    QTest::newRow("key=value") << QStringLiteral("host=db1 dbname=support user=alice password=s3cret")
                               << QStringLiteral("user=alice dbname=support host=db1");
    QTest::newRow("key=value, quoting")
        << QStringLiteral(R"(host=db1 dbname='support desk' password='s3 cret' options='-c x=\'y\'')")
        << QStringLiteral(R"(dbname='support desk' host=db1 options='-c x=\'y\'')");
    QTest::newRow("sslpassword too") << QStringLiteral("host=db1 sslkey=/home/alice/key.pem sslpassword=s3cret")
                                     << QString();
}

void TestDatabaseLocation::withoutPassword()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY2(location.isValid(), qPrintable(location.errorMessage()));
    const QString stripped = location.withoutPassword();
    if (!expected.isEmpty())
        QCOMPARE(stripped, expected);
    QVERIFY2(!stripped.contains(QStringLiteral("s3")), qPrintable(stripped));
    QVERIFY(!location.displayName().contains(QStringLiteral("s3")));

    const DatabaseLocation reparsed = DatabaseLocation::parse(stripped);
    QVERIFY2(reparsed.isValid(), qPrintable(reparsed.errorMessage()));
    QVERIFY(reparsed.isPostgres());
    QVERIFY(!reparsed.hasPassword());
    Parameters before = parametersOf(location);
    QVERIFY(before.remove(QStringLiteral("password")) + before.remove(QStringLiteral("sslpassword")) == 1);
    QCOMPARE(parametersOf(reparsed), before);
    QCOMPARE(reparsed.withoutPassword(), stripped);
    QCOMPARE(reparsed.displayName(), location.displayName());
}

void TestDatabaseLocation::setPassword()
{
    DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://alice@db1/support?sslmode=require"));
    QVERIFY(location.isValid());
    QVERIFY(!location.hasPassword());

    const QString typed = QStringLiteral("typed;pa ss'wörd\\");
    location.setPassword(typed);
    QVERIFY(location.hasPassword());
    QCOMPARE(location.parameter(QStringLiteral("password")), typed);
    QVERIFY(!location.withoutPassword().contains(QStringLiteral("typed")));
    QVERIFY(!location.displayName().contains(QStringLiteral("typed")));
    {
        ScopedConnection connection("setPassword");
        QSqlDatabase db = connection.db();
        QString error;
        QVERIFY2(location.configure(db, &error), qPrintable(error));
        QCOMPARE(db.password(), typed);
        QVERIFY(!db.connectOptions().contains(QStringLiteral("typed")));
    }

    location.setPassword(QStringLiteral("second"));
    QCOMPARE(location.parameter(QStringLiteral("password")), QStringLiteral("second"));
    location.setPassword(QString());
    QVERIFY(!location.hasPassword());
    QCOMPARE(location.withoutPassword(), QStringLiteral("postgresql://alice@db1/support?sslmode=require"));

    DatabaseLocation file = DatabaseLocation::parse(QStringLiteral("tickets.db"));
    file.setPassword(QStringLiteral("ignored"));
    QVERIFY(!file.hasPassword());
    QCOMPARE(file.parameter(QStringLiteral("password")), QString());
}

void TestDatabaseLocation::configure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("dbName");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");

    QTest::newRow("url, defaults added") << QStringLiteral("postgresql://alice:s3cr%3Bet@db1:5433/support")
                                         << QStringLiteral("db1") << 5433 << QStringLiteral("support")
                                         << QStringLiteral("alice") << QStringLiteral("s3cr;et") << defaults;
    QTest::newRow("nothing set") << QStringLiteral("postgresql://") << QString() << -1 << QString() << QString()
                                 << QString() << defaults;
    QTest::newRow("user-set values win")
        << QStringLiteral("postgresql://db1/support?application_name=my%20desk&connect_timeout=3&keepalives=0"
                          "&tcp_user_timeout=5000&sslmode=require")
        << QStringLiteral("db1") << -1 << QStringLiteral("support") << QString() << QString()
        << QStringLiteral("connect_timeout=3;application_name='my desk';keepalives=0;tcp_user_timeout=5000;"
                          "sslmode=require;keepalives_idle=30;keepalives_interval=10;keepalives_count=3");
    QTest::newRow("fallback application name kept")
        << QStringLiteral("host=db1 fallback_application_name=nightly") << QStringLiteral("db1") << -1 << QString()
        << QString() << QString()
        << QStringLiteral("fallback_application_name=nightly;connect_timeout=10;keepalives=1;keepalives_idle=30;"
                          "keepalives_interval=10;keepalives_count=3;tcp_user_timeout=30000");
    QTest::newRow("several hosts and ports")
        << QStringLiteral("postgresql://alice@host1:5432,host2:5433/support?target_session_attrs=read-write")
        << QStringLiteral("host1,host2") << -1 << QStringLiteral("support") << QStringLiteral("alice") << QString()
        << QStringLiteral("port=5432,5433;target_session_attrs=read-write;") + defaults;
    QTest::newRow("several hosts, one port")
        << QStringLiteral("host=host1,host2 port=6432") << QStringLiteral("host1,host2") << 6432 << QString()
        << QString() << QString() << defaults;
    QTest::newRow("socket form") << QStringLiteral("postgresql:///support?host=/run/postgresql&port=5432&user=alice")
                                 << QStringLiteral("/run/postgresql") << 5432 << QStringLiteral("support")
                                 << QStringLiteral("alice") << QString() << defaults;
    QTest::newRow("IPv6, hostaddr") << QStringLiteral("postgresql://[::1]:5432/support?hostaddr=::1")
                                    << QStringLiteral("::1") << 5432 << QStringLiteral("support") << QString()
                                    << QString() << QStringLiteral("hostaddr=::1;") + defaults;
    QTest::newRow("quoted values")
        << QStringLiteral(
               R"(host=db1 dbname='support desk' sslrootcert='/etc/my certs/ca.pem' options='-c x=\'y\\z\'')")
        << QStringLiteral("db1") << -1 << QStringLiteral("support desk") << QString() << QString()
        << QStringLiteral(R"(options='-c x=\'y\\z\'';sslrootcert='/etc/my certs/ca.pem';)") + defaults;
    QTest::newRow("ssl client key password in the options")
        << QStringLiteral("host=db1 sslkey=/k.pem sslpassword=k3y") << QStringLiteral("db1") << -1 << QString()
        << QString() << QString() << QStringLiteral("sslkey=/k.pem;sslpassword=k3y;") + defaults;
}

void TestDatabaseLocation::configure()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, dbName);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, options);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY2(location.isValid(), qPrintable(location.errorMessage()));
    ScopedConnection connection("configure");
    QSqlDatabase db = connection.db();
    db.setConnectOptions(QStringLiteral("stale=1")); // configure() replaces what was there
    QString error = QStringLiteral("untouched");
    QVERIFY(location.configure(db, &error));
    QCOMPARE(error, QStringLiteral("untouched"));
    QVERIFY(!db.isOpen());
    QCOMPARE(db.hostName(), host);
    QCOMPARE(db.port(), port);
    QCOMPARE(db.databaseName(), dbName);
    QCOMPARE(db.userName(), user);
    QCOMPARE(db.password(), password);
    QCOMPARE(db.connectOptions(), options);

    // libpq reads the options, after QPSQL's ';' -> ' ', back to the values the user gave.
    const Parameters read = libpqReads(QString(options).replace(QLatin1Char(';'), QLatin1Char(' ')));
    QVERIFY(!read.isEmpty());
    for (const QString &keyword : keywordsInCases) {
        const QString given = location.parameter(keyword);
        if (given.isEmpty() || read.contains(keyword) == false)
            continue;
        QCOMPARE(read.value(keyword), given);
    }
    QCOMPARE(read.value(QStringLiteral("connect_timeout")),
             location.parameter(QStringLiteral("connect_timeout")).isEmpty()
                 ? QStringLiteral("10")
                 : location.parameter(QStringLiteral("connect_timeout")));
}

void TestDatabaseLocation::configureSqlite()
{
    const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("/tmp/tickets.db"));
    QVERIFY(location.isValid());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("configureSqlite"));
    QString error;
    QVERIFY(location.configure(db, &error));
    QCOMPARE(db.databaseName(), QStringLiteral("/tmp/tickets.db"));
    QCOMPARE(db.connectOptions(), QString());
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("configureSqlite"));
}

void TestDatabaseLocation::configureRefusesInvalid()
{
    const DatabaseLocation location =
        DatabaseLocation::parse(QStringLiteral("postgresql://alice:s3cret@db1/support?application_name=a%3Bb"));
    QVERIFY(!location.isValid());
    ScopedConnection connection("configureRefusesInvalid");
    QSqlDatabase db = connection.db();
    QString error;
    QVERIFY(!location.configure(db, &error));
    QCOMPARE(error, location.errorMessage());
    QVERIFY(!error.contains(QStringLiteral("s3cret")));
    QCOMPARE(db.hostName(), QString());
    QCOMPARE(db.password(), QString());
    QVERIFY(!location.configure(db, nullptr));
}

void TestDatabaseLocation::environmentDefaultsWin()
{
    // PGCONNECT_TIMEOUT and PGAPPNAME are the user's settings too: no default overrides them.
    qputenv("PGCONNECT_TIMEOUT", "3");
    qputenv("PGAPPNAME", "from-env");
    const DatabaseLocation location = DatabaseLocation::parse(QStringLiteral("host=db1"));
    ScopedConnection connection("environmentDefaultsWin");
    QSqlDatabase db = connection.db();
    QString error;
    const bool configured = location.configure(db, &error);
    qunsetenv("PGCONNECT_TIMEOUT");
    qunsetenv("PGAPPNAME");
    QVERIFY2(configured, qPrintable(error));
    QCOMPARE(db.connectOptions(), QStringLiteral("keepalives=1;keepalives_idle=30;keepalives_interval=10;"
                                                 "keepalives_count=3;tcp_user_timeout=30000"));
}

void TestDatabaseLocation::closedPortFailsFastWithoutPassword()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "the QPSQL driver is not installed");
    const quint16 port = unusedLoopbackPort();
    const DatabaseLocation location = DatabaseLocation::parse(
        QStringLiteral("postgresql://alice:s3cr%3Bet-pass@127.0.0.1:%1/support?connect_timeout=2").arg(port));
    QVERIFY2(location.isValid(), qPrintable(location.errorMessage()));

    const OpenAttempt refused = tryOpen(location, "closedPort");
    QVERIFY2(refused.configured, qPrintable(refused.error));
    QVERIFY(!refused.opened);
    QVERIFY2(refused.waited < 2000 + 3000, qPrintable(QString::number(refused.waited)));
    QVERIFY2(refused.error.contains(QString::number(port)), qPrintable(refused.error));
    QVERIFY2(!refused.error.contains(QStringLiteral("s3cr")), qPrintable(refused.error));

    // Nor when libpq refuses the conninfo itself (it could quote it back).
    const OpenAttempt unknownOption = tryOpen(location, "closedPort", QStringLiteral("nope=1"));
    QVERIFY(!unknownOption.opened);
    QVERIFY2(unknownOption.error.contains(QStringLiteral("nope")), qPrintable(unknownOption.error));
    QVERIFY2(!unknownOption.error.contains(QStringLiteral("s3cr")), qPrintable(unknownOption.error));
}

void TestDatabaseLocation::silentServerTimesOut()
{
    // A server that accepts the connection and never answers (the kernel completes the handshake
    // for the listening socket; nothing reads it): only connect_timeout ends the wait.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const DatabaseLocation location = DatabaseLocation::parse(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=support user=alice password=s3cret connect_timeout=2")
            .arg(silent.serverPort()));
    QVERIFY2(location.isValid(), qPrintable(location.errorMessage()));

    const OpenAttempt attempt = tryOpen(location, "silentServer");
    QVERIFY2(attempt.configured, qPrintable(attempt.error));
    QVERIFY(!attempt.opened);
    QVERIFY2(attempt.waited >= 1500 && attempt.waited < 6000, qPrintable(QString::number(attempt.waited)));
    QVERIFY2(!attempt.error.contains(QStringLiteral("s3cret")), qPrintable(attempt.error));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
