// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "store/sqlitewalgather.h"
#include "store/storeoptions.h"
#include "store/ticketstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sqlite3.h>

#include <functional>
#include <memory>
#include <vector>

using namespace TicketDesk;

namespace {

struct CloseDb
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;

// A connection as the webhook writer has one: WAL, synchronous = FULL; through
// the gathering VFS when `gathered`, else through SQLite's own.
Db openDb(const QString &path, bool gathered)
{
    sqlite3 *raw = nullptr;
    const QByteArray name =
        gathered ? (QUrl::fromLocalFile(path).toEncoded() + "?vfs=" + QByteArray(SqliteWalGather::vfsName()))
                 : path.toUtf8();
    const int rc =
        sqlite3_open_v2(name.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
    Db db(raw);
    if (rc != SQLITE_OK)
        return nullptr;
    sqlite3_busy_timeout(raw, 5000);
    if (sqlite3_exec(raw, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return nullptr;
    return db;
}

int run(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

QString error(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Each row: its id and a text of `size` characters that says which version it is.
QByteArray rowText(int id, int version, int size)
{
    QByteArray text = QByteArray::number(id) + '.' + QByteArray::number(version) + '.';
    text.append(size - text.size(), char('a' + (id + version) % 26));
    return text;
}

bool writeRows(sqlite3 *db, int first, int count, int version, int size)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO t(id, body) VALUES (?, ?)", -1, &raw, nullptr) != SQLITE_OK)
        return false;
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    for (int id = first; id < first + count; ++id) {
        const QByteArray text = rowText(id, version, size);
        sqlite3_bind_int(raw, 1, id);
        sqlite3_bind_text(raw, 2, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(raw) != SQLITE_DONE)
            return false;
        sqlite3_reset(raw);
    }
    return true;
}

// The rows [0, count) as they read on `db`, with their versions checked against `versionOf`.
QString checkRows(sqlite3 *db, int count, int size, const std::function<int(int)> &versionOf)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT id, body FROM t ORDER BY id", -1, &raw, nullptr) != SQLITE_OK)
        return error(db);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    int seen = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const int id = sqlite3_column_int(raw, 0);
        const QByteArray body(static_cast<const char *>(sqlite3_column_blob(raw, 1)), sqlite3_column_bytes(raw, 1));
        if (id != seen)
            return QStringLiteral("row %1 where %2 was expected").arg(id).arg(seen);
        if (body != rowText(id, versionOf(id), size))
            return QStringLiteral("row %1 reads %2").arg(id).arg(QString::fromLatin1(body.left(20)));
        ++seen;
    }
    if (rc != SQLITE_DONE)
        return error(db);
    if (seen != count)
        return QStringLiteral("%1 rows where %2 were expected").arg(seen).arg(count);
    return QStringLiteral("ok");
}

QString integrity(sqlite3 *db)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &raw, nullptr) != SQLITE_OK)
        return error(db);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    if (sqlite3_step(raw) != SQLITE_ROW)
        return error(db);
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
}

} // namespace

// SqliteWalGather hands a commit's log to the kernel in few writes, and what it
// gathers is never missing from anything that reads: the same connection
// mid-transaction, another connection after the commit, a rollback, a commit
// larger than one write, a file reopened after the process lets go.
class TestSqliteWalGather final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aCommitGoesOutInFewWrites();
    void aLargeCommitGoesOutWhole();
    void spilledPagesReadBackWithinTheTransaction();
    void otherConnectionsSeeCommitsOnly();
    void aRollbackLeavesTheLogUsable();
    void theStoreOpensOddPathsThroughIt();
    void writesLandWhereAsked();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSqliteWalGather::init()
{
    QVERIFY(SqliteWalGather::vfsName() != nullptr);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("gather.sqlite"));
    Db db = openDb(m_path, false);
    QVERIFY(db);
    QCOMPARE(run(db.get(), "CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT NOT NULL)"), SQLITE_OK);
}

void TestSqliteWalGather::cleanup()
{
    m_dir.reset();
}

void TestSqliteWalGather::aCommitGoesOutInFewWrites()
{
    Db db = openDb(m_path, true);
    QVERIFY(db);
    // 20 rows of 3,000 bytes: about 20 pages, so SQLite asks for about 40 writes (header + page each).
    const SqliteWalGather::Counts before = SqliteWalGather::counts();
    QCOMPARE(run(db.get(), "BEGIN IMMEDIATE"), SQLITE_OK);
    QVERIFY2(writeRows(db.get(), 0, 20, 1, 3000), qPrintable(error(db.get())));
    QCOMPARE(run(db.get(), "COMMIT"), SQLITE_OK);
    const SqliteWalGather::Counts after = SqliteWalGather::counts();
    const auto asked = after.asked - before.asked;
    const auto written = after.written - before.written;
    qInfo("one commit: SQLite asked for %llu log writes, %llu reached the kernel", qulonglong(asked),
          qulonglong(written));
    QVERIFY2(asked >= 40, qPrintable(QString::number(asked)));
    // The log header of a fresh log is synced on its own, then the frames go out together.
    QVERIFY2(written <= 2, qPrintable(QString::number(written)));

    Db other = openDb(m_path, false);
    QVERIFY(other);
    QCOMPARE(checkRows(other.get(), 20, 3000, [](int) { return 1; }), QStringLiteral("ok"));
}

void TestSqliteWalGather::aLargeCommitGoesOutWhole()
{
    Db db = openDb(m_path, true);
    QVERIFY(db);
    // About 2 MiB in one commit: far past what one write takes.
    constexpr int rows = 500;
    const SqliteWalGather::Counts before = SqliteWalGather::counts();
    QCOMPARE(run(db.get(), "BEGIN IMMEDIATE"), SQLITE_OK);
    QVERIFY2(writeRows(db.get(), 0, rows, 1, 3900), qPrintable(error(db.get())));
    QCOMPARE(run(db.get(), "COMMIT"), SQLITE_OK);
    const SqliteWalGather::Counts after = SqliteWalGather::counts();
    QVERIFY(after.written - before.written >= 16);
    QVERIFY(after.written - before.written < (after.asked - before.asked) / 8);

    Db other = openDb(m_path, false);
    QVERIFY(other);
    QCOMPARE(checkRows(other.get(), rows, 3900, [](int) { return 1; }), QStringLiteral("ok"));
    QCOMPARE(integrity(other.get()), QStringLiteral("ok"));
    // Checkpointed into the database file, the rows still read the same.
    QCOMPARE(run(other.get(), "PRAGMA wal_checkpoint(TRUNCATE)"), SQLITE_OK);
    QCOMPARE(checkRows(other.get(), rows, 3900, [](int) { return 1; }), QStringLiteral("ok"));
}

void TestSqliteWalGather::spilledPagesReadBackWithinTheTransaction()
{
    Db db = openDb(m_path, true);
    QVERIFY(db);
    // A page cache of a few pages: a large transaction spills its pages to the
    // log before the commit, reads them back from it and writes some again in place.
    QCOMPARE(run(db.get(), "PRAGMA cache_size = 4"), SQLITE_OK);
    constexpr int rows = 200;
    QCOMPARE(run(db.get(), "BEGIN IMMEDIATE"), SQLITE_OK);
    for (int version = 1; version <= 3; ++version) {
        QVERIFY2(writeRows(db.get(), 0, rows, version, 1500), qPrintable(error(db.get())));
        QCOMPARE(checkRows(db.get(), rows, 1500, [version](int) { return version; }), QStringLiteral("ok"));
    }
    // Every other row a fourth time, then the commit.
    for (int id = 0; id < rows; id += 2)
        QVERIFY2(writeRows(db.get(), id, 1, 4, 1500), qPrintable(error(db.get())));
    QCOMPARE(run(db.get(), "COMMIT"), SQLITE_OK);

    const auto versionOf = [](int id) { return id % 2 == 0 ? 4 : 3; };
    QCOMPARE(checkRows(db.get(), rows, 1500, versionOf), QStringLiteral("ok"));
    Db other = openDb(m_path, false);
    QVERIFY(other);
    QCOMPARE(checkRows(other.get(), rows, 1500, versionOf), QStringLiteral("ok"));
    QCOMPARE(integrity(other.get()), QStringLiteral("ok"));
}

void TestSqliteWalGather::otherConnectionsSeeCommitsOnly()
{
    Db db = openDb(m_path, true);
    Db other = openDb(m_path, false);
    QVERIFY(db);
    QVERIFY(other);
    for (int round = 1; round <= 30; ++round) {
        QCOMPARE(run(db.get(), "BEGIN IMMEDIATE"), SQLITE_OK);
        QVERIFY2(writeRows(db.get(), 0, 10, round, 2000), qPrintable(error(db.get())));
        // Not committed: the other connection reads the previous round.
        const int seen = round - 1;
        QCOMPARE(checkRows(other.get(), seen == 0 ? 0 : 10, 2000, [seen](int) { return seen; }), QStringLiteral("ok"));
        QCOMPARE(run(db.get(), "COMMIT"), SQLITE_OK);
        QCOMPARE(checkRows(other.get(), 10, 2000, [round](int) { return round; }), QStringLiteral("ok"));
        // Now and then the other connection checkpoints, so the log restarts from its head.
        if (round % 7 == 0)
            QCOMPARE(run(other.get(), "PRAGMA wal_checkpoint(RESTART)"), SQLITE_OK);
    }
    QCOMPARE(integrity(other.get()), QStringLiteral("ok"));
}

void TestSqliteWalGather::aRollbackLeavesTheLogUsable()
{
    Db db = openDb(m_path, true);
    QVERIFY(db);
    QCOMPARE(run(db.get(), "PRAGMA cache_size = 4"), SQLITE_OK);
    QCOMPARE(run(db.get(), "BEGIN IMMEDIATE"), SQLITE_OK);
    QVERIFY2(writeRows(db.get(), 0, 50, 1, 2000), qPrintable(error(db.get())));
    QCOMPARE(run(db.get(), "COMMIT"), SQLITE_OK);
    // A spilling transaction that rolls back: its frames are in the log, never committed.
    QCOMPARE(run(db.get(), "BEGIN IMMEDIATE"), SQLITE_OK);
    QVERIFY2(writeRows(db.get(), 0, 50, 2, 2000), qPrintable(error(db.get())));
    QCOMPARE(run(db.get(), "ROLLBACK"), SQLITE_OK);
    QCOMPARE(checkRows(db.get(), 50, 2000, [](int) { return 1; }), QStringLiteral("ok"));
    // The next commit overwrites those frames.
    QCOMPARE(run(db.get(), "BEGIN IMMEDIATE"), SQLITE_OK);
    QVERIFY2(writeRows(db.get(), 0, 25, 3, 2000), qPrintable(error(db.get())));
    QCOMPARE(run(db.get(), "COMMIT"), SQLITE_OK);
    db.reset();

    Db other = openDb(m_path, false);
    QVERIFY(other);
    QCOMPARE(checkRows(other.get(), 50, 2000, [](int id) { return id < 25 ? 3 : 1; }), QStringLiteral("ok"));
    QCOMPARE(integrity(other.get()), QStringLiteral("ok"));
}

void TestSqliteWalGather::theStoreOpensOddPathsThroughIt()
{
    // Characters that mean something in a URI must name the file, not a query or a fragment.
    const QString path = m_dir->filePath(QStringLiteral("odd dir #1/what?%20 ñ.sqlite"));
    SystemClock clock;
    StoreOptions options;
    options.gatherWalWrites = true;
    Ticket ticket;
    {
        TicketStore store(clock);
        const SqliteWalGather::Counts before = SqliteWalGather::counts();
        const StoreError opened = store.open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        ticket.customerId = QStringLiteral("c-1");
        ticket.summary = QStringLiteral("through the gathering VFS");
        QVERIFY(store.insertTicket(ticket) > 0);
        QVERIFY(SqliteWalGather::counts().asked > before.asked);
    }
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("odd dir #1")});
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("odd dir #1"))).entryList(QDir::Files),
             QStringList{QStringLiteral("what?%20 ñ.sqlite")});
    TicketStore reopened(clock);
    const StoreError error = reopened.open(path);
    QVERIFY2(error.ok(), qPrintable(error.message));
    const std::optional<Ticket> read = reopened.ticket(ticket.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->summary, ticket.summary);
    QCOMPARE(reopened.integrityCheck(), QStringLiteral("ok"));
}

// The VFS itself, below SQLite: writes out of order (as SQLite's rewrite of a
// frame in place is) land at their own offsets, and each operation that looks
// at the file sees what was written before it.
void TestSqliteWalGather::writesLandWhereAsked()
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(SqliteWalGather::vfsName());
    QVERIFY(vfs);
    // The platform's VFS takes a log's permissions from its database: "x-wal" needs an "x".
    const QByteArray name = (m_path + QStringLiteral("-raw-wal")).toUtf8();
    {
        QFile database(m_path + QStringLiteral("-raw"));
        QVERIFY(database.open(QIODevice::WriteOnly));
    }
    std::vector<char> storage(size_t(vfs->szOsFile));
    auto *file = reinterpret_cast<sqlite3_file *>(storage.data());
    int outFlags = 0;
    QCOMPARE(vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_WAL | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        &outFlags),
             SQLITE_OK);
    const sqlite3_io_methods *io = file->pMethods;
    QVERIFY(io);

    QByteArray expected(1000, '.');
    const auto write = [&](char c, int amount, int offset) {
        const QByteArray bytes(amount, c);
        expected.replace(offset, amount, bytes);
        return io->xWrite(file, bytes.constData(), amount, offset);
    };
    QCOMPARE(write('.', 1000, 0), SQLITE_OK);
    QCOMPARE(io->xSync(file, SQLITE_SYNC_NORMAL), SQLITE_OK);
    // Gathered: a run, then a write back inside it, then one past its end, then its continuation.
    const SqliteWalGather::Counts before = SqliteWalGather::counts();
    QCOMPARE(write('a', 100, 100), SQLITE_OK);
    QCOMPARE(write('b', 100, 200), SQLITE_OK);
    QCOMPARE(write('c', 20, 150), SQLITE_OK);
    QCOMPARE(write('d', 50, 600), SQLITE_OK);
    QCOMPARE(write('e', 50, 650), SQLITE_OK);
    QCOMPARE(SqliteWalGather::counts().asked - before.asked, 5u);
    // Nothing has reached the file for "d" and "e" yet; a read must see them all the same.
    QByteArray read(1000, '?');
    QCOMPARE(io->xRead(file, read.data(), 1000, 0), SQLITE_OK);
    QCOMPARE(read, expected);
    QCOMPARE(SqliteWalGather::counts().written - before.written, 3u);
    // The size counts gathered bytes too.
    QCOMPARE(write('f', 100, 1000), SQLITE_OK);
    sqlite3_int64 size = 0;
    QCOMPARE(io->xFileSize(file, &size), SQLITE_OK);
    QCOMPARE(size, sqlite3_int64(1100));
    // A truncate after gathered bytes keeps what is below it.
    QCOMPARE(write('g', 100, 1100), SQLITE_OK);
    QCOMPARE(io->xTruncate(file, 1150), SQLITE_OK);
    // Closing writes what is still gathered.
    QCOMPARE(write('h', 10, 1150), SQLITE_OK);
    QCOMPARE(io->xClose(file), SQLITE_OK);

    QFile onDisk(QString::fromUtf8(name));
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(onDisk.readAll(), expected.left(1160));
}

QTEST_GUILESS_MAIN(TestSqliteWalGather)
#include "tst_sqlitewalgather.moc"
