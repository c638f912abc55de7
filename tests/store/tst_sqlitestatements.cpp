// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "store/sqldialect.h"
#include "store/sqlitestatements.h"
#include "store/ticketstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace TicketDesk;

// SqliteStatements binds and reads exactly as TicketStore::exec() and QSQLITE
// do (the webhook path switched to it and the rest of the store still reads
// what it wrote), and its errors classify as QSQLITE's.
class TestSqliteStatements final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bindsAsExecDoes();
    void readsAsQsqliteDoes();
    void queryStopsWhenTold();
    void reusesItsStatements();
    void textValuesKeepTheirCharacters();
    void errorsClassifyAsQsqlite();
    void clearLetsTheConnectionClose();
    void memoryStatisticsAreOff();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariantList row(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStatements> m_statements;
    const QString m_name = QStringLiteral("tst_sqlitestatements");
    QString m_path;
};

void TestSqliteStatements::initTestCase()
{
    // The first SQLite use in this process, as in the application: opening a
    // store turns SQLite's memory statistics off before SQLite initialises.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SystemClock clock;
    TicketStore store(clock);
    const StoreError error = store.open(dir.filePath(QStringLiteral("first.sqlite")));
    QVERIFY2(error.ok(), qPrintable(error.message));
}

void TestSqliteStatements::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("t.sqlite"));
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    d.setDatabaseName(m_path);
    QVERIFY(d.open());
    QSqlQuery q(d);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a, b, c, d, e, f, g,"
                                  " label TEXT UNIQUE)")));
    m_statements = std::make_unique<SqliteStatements>();
}

void TestSqliteStatements::cleanup()
{
    m_statements.reset();
    {
        QSqlDatabase d = db();
        d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_dir.reset();
}

QVariantList TestSqliteStatements::row(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return {};
    QVariantList values;
    for (int i = 0; i < q.record().count(); ++i)
        values.append(q.value(i));
    return values;
}

void TestSqliteStatements::bindsAsExecDoes()
{
    QSqlError error;
    const std::optional<qint64> id =
        m_statements->run(m_name, QStringLiteral("INSERT INTO t (a, b, c, d, e, f, g) VALUES (?,?,?,?,?,?,?)"),
                          {QVariant(), QVariant(QMetaType::fromType<QString>()), QVariant(QString()),
                           QByteArray("\x00\x01\xff", 3), QVariant(QByteArray()), qint64(1) << 40, true},
                          &error);
    QVERIFY2(id, qPrintable(error.text()));
    QCOMPARE(*id, 1);
    const QVariantList types = row(QStringLiteral("SELECT typeof(a), typeof(b), typeof(c), typeof(d), typeof(e),"
                                                  " typeof(f), typeof(g), c, hex(d), f, g FROM t"));
    // A null QVariant, even typed QString, is NULL; a null QString inside a value is '' (NOT NULL DEFAULT '').
    QCOMPARE(types, (QVariantList{QStringLiteral("null"), QStringLiteral("null"), QStringLiteral("text"),
                                  QStringLiteral("blob"), QStringLiteral("null"), QStringLiteral("integer"),
                                  QStringLiteral("integer"), QStringLiteral(""), QStringLiteral("0001FF"),
                                  qint64(1) << 40, 1}));

    // Text is stored as text, whatever its characters; a double as a real.
    const QString text = QStringLiteral("Café — 東京 🎫");
    QVERIFY(m_statements->run(m_name, QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"), {text, 2.5}, &error));
    const QVariantList stored = row(QStringLiteral("SELECT a, typeof(a), b, typeof(b) FROM t WHERE id = 2"));
    QCOMPARE(stored, (QVariantList{text, QStringLiteral("text"), 2.5, QStringLiteral("real")}));
}

void TestSqliteStatements::readsAsQsqliteDoes()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (a, b, c, d, e) VALUES (42, 'Café 🎫', x'00ff', 1.25, NULL)")));
    QVariantList ours;
    QSqlError error;
    QVERIFY(m_statements->query(
        m_name, QStringLiteral("SELECT a, b, c, d, e FROM t WHERE id = ?"), {1},
        [&](const SqliteStatements::Row &r) {
            for (int i = 0; i < 5; ++i)
                ours.append(r.value(i));
            return true;
        },
        &error));
    const QVariantList theirs = row(QStringLiteral("SELECT a, b, c, d, e FROM t WHERE id = 1"));
    QCOMPARE(ours.size(), theirs.size());
    for (int i = 0; i < ours.size(); ++i) {
        QCOMPARE(ours.at(i).isNull(), theirs.at(i).isNull());
        if (!theirs.at(i).isNull()) {
            QCOMPARE(ours.at(i), theirs.at(i));
            QCOMPARE(ours.at(i).metaType(), theirs.at(i).metaType());
        }
    }
    QCOMPARE(ours.at(1).toString(), QStringLiteral("Café 🎫"));
}

void TestSqliteStatements::queryStopsWhenTold()
{
    QSqlError error;
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_statements->run(m_name, QStringLiteral("INSERT INTO t (a) VALUES (?)"), {i}, &error));
    QList<qint64> seen;
    const auto firstTwo = [&](const SqliteStatements::Row &r) {
        seen.append(r.value(0).toLongLong());
        return seen.size() < 2;
    };
    QVERIFY(m_statements->query(m_name, QStringLiteral("SELECT a FROM t ORDER BY a"), {}, firstTwo, &error));
    QCOMPARE(seen, (QList<qint64>{0, 1}));
    // Stopped early, the statement holds no read snapshot: another connection can still write.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_other"));
    other.setDatabaseName(m_path);
    QVERIFY(other.open());
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("INSERT INTO t (a) VALUES (5)")));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_other"));
    // No row at all: no visit, and no error.
    int visits = 0;
    QVERIFY(m_statements->query(
        m_name, QStringLiteral("SELECT a FROM t WHERE a > ?"), {100},
        [&](const SqliteStatements::Row &) { return ++visits > 0; }, &error));
    QCOMPARE(visits, 0);
}

void TestSqliteStatements::reusesItsStatements()
{
    // The same statement runs again with new values (it was reset and its values cleared).
    QSqlError error;
    const QString sql = QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)");
    QCOMPARE(m_statements->run(m_name, sql, {QStringLiteral("x"), 1}, &error), std::optional<qint64>(1));
    QCOMPARE(m_statements->run(m_name, sql, {QVariant(), 2}, &error), std::optional<qint64>(2));
    QCOMPARE(row(QStringLiteral("SELECT count(*), count(a) FROM t")), (QVariantList{2, 1}));
}

// Several text values of one run, each its own bytes; the next run's values,
// longer or shorter, replace them whole.
void TestSqliteStatements::textValuesKeepTheirCharacters()
{
    QSqlError error;
    const QString sql = QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, ?, ?)");
    const QList<QStringList> runs{
        {QStringLiteral("Café — 東京 🎫"), QStringLiteral("x"), QString(3000, QChar(0x00F1))},
        {QString(5000, QLatin1Char('a')) + QStringLiteral("🎫"), QString(QLatin1String("")), QStringLiteral("é")},
        {QStringLiteral("b"), QStringLiteral("東"), QStringLiteral("c")},
    };
    for (const QStringList &values : runs)
        QVERIFY2(m_statements->run(m_name, sql, {values.at(0), values.at(1), values.at(2)}, &error),
                 qPrintable(error.text()));
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QVariantList got = row(QStringLiteral("SELECT a, b, c, length(CAST(a AS BLOB)), length(CAST(b AS BLOB)),"
                                                    " length(CAST(c AS BLOB)) FROM t WHERE id = %1")
                                         .arg(i + 1));
        QCOMPARE(got.size(), 6);
        for (int column = 0; column < 3; ++column) {
            QCOMPARE(got.at(column).toString(), runs.at(i).at(column));
            QCOMPARE(got.at(column + 3).toLongLong(), runs.at(i).at(column).toUtf8().size());
        }
    }
}

void TestSqliteStatements::errorsClassifyAsQsqlite()
{
    const SqlDialect sqlite(SqlDialect::Backend::Sqlite);
    QSqlError error;
    QVERIFY(
        m_statements->run(m_name, QStringLiteral("INSERT INTO t (label) VALUES (?)"), {QStringLiteral("x")}, &error));
    // A constraint: the row is refused, and the statement still works afterwards.
    QVERIFY(
        !m_statements->run(m_name, QStringLiteral("INSERT INTO t (label) VALUES (?)"), {QStringLiteral("x")}, &error));
    QCOMPARE(sqlite.classify(error, m_path, 200).kind, StoreError::Kind::Constraint);
    QVERIFY2(error.databaseText().contains(QLatin1StringView("UNIQUE")), qPrintable(error.databaseText()));
    QVERIFY(
        m_statements->run(m_name, QStringLiteral("INSERT INTO t (label) VALUES (?)"), {QStringLiteral("y")}, &error));

    // Too few or too many values, and SQL that does not prepare: errors, never a run.
    QVERIFY(!m_statements->run(m_name, QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"), {1}, &error));
    QVERIFY(error.isValid());
    QVERIFY(!m_statements->run(m_name, QStringLiteral("INSERT INTO nowhere VALUES (?)"), {1}, &error));
    QVERIFY2(error.databaseText().contains(QLatin1StringView("nowhere")), qPrintable(error.databaseText()));
    QCOMPARE(row(QStringLiteral("SELECT count(*) FROM t")), (QVariantList{2}));

    // A full database (its page quota), as the store tests make one: DiskFull.
    QVERIFY(QSqlQuery(db()).exec(QStringLiteral("PRAGMA max_page_count = 8")));
    const QByteArray big(64 * 1024, 'x');
    QVERIFY(!m_statements->run(m_name, QStringLiteral("INSERT INTO t (a) VALUES (?)"), {big}, &error));
    QCOMPARE(sqlite.classify(error, m_path, 200).kind, StoreError::Kind::DiskFull);
}

void TestSqliteStatements::clearLetsTheConnectionClose()
{
    QSqlError error;
    QVERIFY(m_statements->run(m_name, QStringLiteral("INSERT INTO t (a) VALUES (?)"), {1}, &error));
    // A prepared statement left behind would make SQLite refuse to close the connection.
    m_statements->clear();
    QSqlDatabase d = db();
    d.close();
    QVERIFY2(!d.lastError().isValid(), qPrintable(d.lastError().text()));
    // After clear(), a new connection under the same name is found again.
    QVERIFY(d.open());
    QVERIFY(m_statements->run(m_name, QStringLiteral("INSERT INTO t (a) VALUES (?)"), {2}, &error));
    QCOMPARE(row(QStringLiteral("SELECT count(*) FROM t")), (QVariantList{2}));
}

// SQLite counts no allocation (each count takes a process-wide mutex), though
// this process has opened a store, created its schema and run statements.
void TestSqliteStatements::memoryStatisticsAreOff()
{
    QSqlError error;
    for (int i = 0; i < 50; ++i)
        QVERIFY(m_statements->run(m_name, QStringLiteral("INSERT INTO t(a, b) VALUES (?, ?)"),
                                  {i, QString(200, QLatin1Char('x'))}, &error));
    QCOMPARE(row(QStringLiteral("SELECT count(*) FROM t")), QVariantList{qint64(50)});
    QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
    QCOMPARE(sqlite3_memory_highwater(0), sqlite3_int64(0));
}

QTEST_GUILESS_MAIN(TestSqliteStatements)
#include "tst_sqlitestatements.moc"
