// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ticketstore.h"

#include "core/lifecycle.h"
#include "core/logging.h"
#include "store/databaselocation.h"
#include "store/insightssql.h"
#include "store/schemamigrations.h"
#include "store/sqlitestatements.h"
#include "store/sqlitewalgather.h"
#include "store/ticketlistsql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <algorithm>
#include <cerrno>

#include <sqlite3.h>
#include <sys/stat.h>

#include <unordered_map>

namespace TicketDesk {

namespace {

// Two sessions writing the same row at once (PostgreSQL): a rollback that the write run again ends.
bool isRace(const StoreError &error)
{
    return error.kind == StoreError::Kind::Constraint || error.kind == StoreError::Kind::Conflict;
}

// Thrown inside a transaction body, caught at the transaction boundary, never
// outside this file: it keeps every write path all-or-nothing without checking
// each statement by hand.
struct SqlFailure
{
    StoreError error;
};

// One line for a schema change, once it is committed: a new database is created at the
// latest version rather than "migrated" through every one.
void logMigration(const QString &where, int from)
{
    if (from == latestSchemaVersion())
        return;
    if (from == 0)
        qCInfo(lcStore).noquote() << "created" << where << "at schema version" << latestSchemaVersion();
    else
        qCInfo(lcStore).noquote() << "migrated" << where << "from schema version" << from << "to"
                                  << latestSchemaVersion();
}

const QString deliveryColumns = QStringLiteral("id, received_at, event_time, event_type, ticket_id, local_ticket, body,"
                                               " headers, verdict, detail, skew_ms, peer_address, body_size,"
                                               " body_sha256, suppressed");

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// One desk's operator: the person logged in to this computer.
QString localOperator()
{
    static const QString name = [] {
        QString user = qEnvironmentVariable("USER");
        if (user.isEmpty())
            user = qEnvironmentVariable("LOGNAME");
        return user;
    }();
    return name;
}

QAtomicInteger<quint64> connectionCounter;

// How a write of `count` rows splits into multi-row statements: calls
// `statement(first, size)` for runs of maxRowsPerStatement, then powers of
// two. A round trip per row would make a large list slow on a team database
// (and hold the change counter's lock meanwhile); these sizes keep the
// prepared statements of each kind to nine.
constexpr qsizetype maxRowsPerStatement = 256;
template<typename F>
void inStatements(qsizetype count, F &&statement)
{
    for (qsizetype first = 0; first < count;) {
        qsizetype size = maxRowsPerStatement;
        while (size > count - first)
            size /= 2;
        statement(first, size);
        first += size;
    }
}

// "(?,?,?)" with `marks` question marks.
QString placeholders(int marks)
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < marks; ++i)
        row += QStringLiteral(",?");
    return row + QLatin1Char(')');
}

// The VALUES of a multi-row INSERT: `rows` times placeholders(marks).
QString valueRows(qsizetype rows, int marks)
{
    return QStringList(rows, placeholders(marks)).join(QLatin1Char(','));
}

// `bytes` as an SQL literal of this backend.
QString bytesLiteral(const SqlDialect &dialect, const QByteArray &bytes)
{
    const QByteArray hex = bytes.toHex();
    if (dialect.isPostgres())
        return QLatin1StringView("decode('") + QLatin1StringView(hex) + QLatin1StringView("', 'hex')");
    return QLatin1StringView("X'") + QLatin1StringView(hex) + QLatin1Char('\'');
}

} // namespace

// Prepared once per connection and reused: preparing costs more than running
// most of these statements, and the webhook path runs several per event.
class TicketStore::StatementCache final
{
public:
    // The statement for `sql`, prepared on `connectionName` the first time; nullptr
    // with `error` set when preparing fails. The pointer stays valid as the cache grows.
    // `streaming`: SQLite steps a forward-only statement row by row. QPSQL would
    // switch to libpq's single-row mode, where running any other statement
    // before the last row loses the rest of the result: there, results arrive whole.
    QSqlQuery *statement(const QString &sql, const QString &connectionName, bool streaming, QSqlError *error)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(connectionName, false));
            q->setForwardOnly(streaming);
            if (!q->prepare(sql)) {
                *error = q->lastError();
                return nullptr;
            }
            it = m_statements.emplace(sql, std::move(q)).first;
        }
        return it->second.get();
    }
    // Ends every statement's current result (and with it its read snapshot).
    void finishAll()
    {
        for (auto &entry : m_statements)
            entry.second->finish();
    }
    void clear()
    {
        m_statements.clear();
        sqlite.clear();
    }
    // SQLite: the webhook path's statements (TicketStore::write(), loadTicketWhere()).
    SqliteStatements sqlite;

private:
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// What applyFacts() writes at the end of its batch rather than row by row:
// deliveries, timeline entries and customer notes only add rows nothing in the
// batch reads back, so each kind goes in a few multi-row statements (one
// statement's overhead, one AUTOINCREMENT update, per kind and batch).
struct TicketStore::Appends
{
    struct Event
    {
        qint64 ticket;
        QDateTime at;
        QString kind;
        QString verdict;
        QString detail;
    };
    QList<FactOutcome> *outcomes = nullptr;
    qsizetype slot = 0; // the outcome of the input being applied
    QList<std::pair<DeliveryRecord, qsizetype>> deliveries;
    QList<Event> events;
    QList<std::pair<QString, QString>> customers;
    QDateTime customersAt;
    // Whether any ticket waits UNCONFIRMED for its ID (unansweredTicketFor()): asked once a batch.
    std::optional<bool> anyUnanswered;
};

TicketStore::TicketStore(const Clock &clock)
    : m_clock(clock)
    , m_connectionName(QStringLiteral("ticketdesk-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1) + 1))
    , m_statements(std::make_unique<StatementCache>())
{}

TicketStore::~TicketStore()
{
    close();
}

void TicketStore::close()
{
    m_statements->clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TicketStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

StoreError TicketStore::failOpen(const StoreError &error)
{
    close();
    m_frozen = false;
    m_fileId.reset();
    m_lastError = error;
    // Every caller reports the error itself (a dialog, a command's message, serve's start-up
    // line): a warning or a note here would say it twice on stderr (serve and watch show notes).
    qCDebug(lcStore) << "open failed:" << error.message;
    return error;
}

StoreError TicketStore::open(const QString &location, const StoreOptions &options)
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (!parsed.isValid()) {
        close();
        return failOpen(StoreError::make(StoreError::Kind::Other, parsed.errorMessage()));
    }
    return open(parsed, options);
}

StoreError TicketStore::open(const DatabaseLocation &location, const StoreOptions &options)
{
    using K = StoreError::Kind;
    close();
    if (!location.isValid()) // never a SQLite file with an empty path
        return failOpen(StoreError::make(K::Other, location.errorMessage()));
    m_location.reset();
    m_reconnect = false;
    m_dialect = SqlDialect(location.isPostgres() ? SqlDialect::Backend::PostgreSql : SqlDialect::Backend::Sqlite);
    m_path = location.isPostgres() ? location.withoutPassword() : location.filePath();
    m_where = location.isPostgres() ? location.displayName() : location.filePath();
    m_options = options;
    m_lastError = {};
    m_restricted = false;
    m_sessionRole.clear();
    m_noteCustomers = true;
    m_frozen = false;
    m_fileId.reset();

    if (location.isPostgres()) {
        m_location = location;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
            QString why;
            if (!location.configure(db, &why)) {
                db = QSqlDatabase();
                return failOpen(StoreError::make(K::Other, why));
            }
            if (!db.open()) {
                const StoreError error = classify(db.lastError());
                db = QSqlDatabase();
                return failOpen(error);
            }
        }
        if (const StoreError error = configureSession(); !error.ok())
            return failOpen(error);
        if (const StoreError error = migratePostgres(); !error.ok())
            return failOpen(error);
        if (const StoreError error = readPrivileges(); !error.ok())
            return failOpen(error);
        return {};
    }

    SqliteStatements::configureLibrary();
    const QString &path = m_path;
    const QFileInfo fi(path);
    // SQLite calls a folder "a disk I/O error".
    if (fi.isDir())
        return failOpen(StoreError::make(
            K::Other,
            QCoreApplication::translate("TicketStore", "%1 is a folder, not a database file: name a file in it.")
                .arg(QDir::toNativeSeparators(path))));
    if (!QFileInfo(fi.absolutePath()).isDir() && !QDir().mkpath(fi.absolutePath()))
        return failOpen(StoreError::make(
            K::ReadOnly, QCoreApplication::translate(
                             "TicketStore", "The folder %1 cannot be created or entered: check its permissions.")
                             .arg(QDir::toNativeSeparators(fi.absolutePath()))));
    // A file it may not write is refused at once to a writer, not at its first write (a writer
    // in a folder it may not write still works through a running writer's log, as before). A
    // reader (a backup copy, a receiver's file read as another user) opens it read-only, and so
    // it does in a folder it may not write, where SQLite could not make its log.
    if (fi.exists() ? !writableByUs(path) && !options.onlyReads : !writableByUs(fi.absolutePath()))
        return failOpen(readOnlyError());
    if (fi.exists() && options.onlyReads && (!writableByUs(path) || !writableByUs(fi.absolutePath())))
        return openReadOnly();

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        const char *vfs = options.gatherWalWrites ? SqliteWalGather::vfsName() : nullptr;
        if (vfs) {
            db.setDatabaseName(QUrl::fromLocalFile(fi.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?vfs=") + QLatin1StringView(vfs));
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            const StoreError error = classify(db.lastError());
            db = QSqlDatabase();
            return failOpen(error);
        }
    }
    // Configured in a function of its own so that no query object is alive when
    // a failure closes the connection.
    if (const StoreError error = configureAndMigrate(); !error.ok())
        return failOpen(error);
    m_fileId = fileIdentity(m_path);
    return {};
}

std::optional<TicketStore::FileId> TicketStore::fileIdentity(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{static_cast<quint64>(st.st_dev), static_cast<quint64>(st.st_ino)};
}

StoreError TicketStore::fileProblem() const
{
    // The file this connection writes must still be the one at its path: deleted or replaced
    // (rm, a restore copied over it by rename), its commits would go where no one reads them, and
    // a receiver would acknowledge webhooks that are then lost. One stat(), before each commit.
    if (m_dialect.isPostgres() || !m_fileId)
        return {};
    // fileIdentity() leaves stat()'s errno as it is when it fails.
    if (const std::optional<FileId> now = fileIdentity(m_path); now ? *now == *m_fileId : errno != ENOENT)
        return {}; // there and the same, or not known (a passing EACCES or ESTALE is no proof of loss)
    return StoreError::make(
        StoreError::Kind::Io,
        QCoreApplication::translate("TicketStore",
                                    "The database file %1 was deleted or replaced while in use: nothing more is "
                                    "stored in it. Restart TicketDesk to use the file now at that path (a new, "
                                    "empty one if none is there).")
            .arg(QDir::toNativeSeparators(m_path)));
}

StoreError TicketStore::probe()
{
    if (!m_dialect.isPostgres())
        return fileProblem();
    if (!reading([&] {
            QSqlQuery &q = exec(QStringLiteral("SELECT 1"));
            q.next();
        }))
        return m_lastError;
    return {};
}

StoreError TicketStore::readOnlyError() const
{
    return StoreError::make(StoreError::Kind::ReadOnly,
                            QCoreApplication::translate("TicketStore", "The database %1 is read-only: check the "
                                                                       "permissions of the file and its folder.")
                                .arg(QDir::toNativeSeparators(m_path)));
}

StoreError TicketStore::openReadOnly()
{
    const QString uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    // Beside the file SQLite opens (a symbolic link's target).
    const QString canonical = QFileInfo(m_path).canonicalFilePath();
    const bool logged = QFileInfo::exists((canonical.isEmpty() ? m_path : canonical) + QStringLiteral("-wal"));
    // While a writer has the file open, its log and shared-memory index are there to be read
    // with it. Without them, the file alone holds every commit: read as a file nothing changes
    // (immutable). Not through a plain read-only connection, which would make the log and index
    // itself in a folder it may write, as this user's files: a writer (serve, as another user)
    // could then not write them, nor start.
    const bool immutable = !logged;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        db.setDatabaseName(uri + (immutable ? QStringLiteral("?immutable=1") : QString()));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(m_options.busyTimeoutMs));
        if (!db.open()) {
            const StoreError error = classify(db.lastError());
            db = QSqlDatabase();
            return failOpen(error);
        }
    }
    int version = -1;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
            version = q.value(0).toInt();
        } else {
            // Not a database, a newer one, locked: said as such, not as permissions.
            const StoreError error = classify(q.lastError());
            const bool said = error.kind != StoreError::Kind::ReadOnly && error.kind != StoreError::Kind::Other;
            return failOpen(said ? error : readOnlyError());
        }
    }
    m_frozen = immutable;
    m_fileId = fileIdentity(m_path);
    if (version > latestSchemaVersion())
        return failOpen(newerSchema(version));
    if (version != latestSchemaVersion())
        return failOpen(StoreError::make(
            StoreError::Kind::ReadOnly,
            QCoreApplication::translate("TicketStore",
                                        "The database %1 is read-only, and TicketDesk must upgrade it (schema "
                                        "version %2 to %3) before reading it: open it once with write access.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(latestSchemaVersion())));
    if (m_options.checkIntegrity) {
        if (const StoreError damaged = checkIntegrity(); !damaged.ok())
            return failOpen(damaged);
    }
    return {};
}

StoreError TicketStore::classify(const QSqlError &error) const
{
    return m_dialect.classify(error, m_where, m_options.busyTimeoutMs);
}

bool TicketStore::readPostgresVersion(QSqlQuery &q, int *version)
{
    if (!q.exec(QStringLiteral("SELECT to_regclass('ticketdesk_schema') IS NOT NULL")) || !q.next())
        return false;
    if (!q.value(0).toBool()) {
        *version = 0;
        return true;
    }
    if (!q.exec(QStringLiteral("SELECT version FROM ticketdesk_schema")))
        return false;
    *version = q.next() ? q.value(0).toInt() : 0;
    return true;
}

StoreError TicketStore::schemaNotNewer()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    int version = 0;
    if (!readPostgresVersion(q, &version))
        return classify(q.lastError());
    return version > latestSchemaVersion() ? newerSchema(version) : StoreError();
}

StoreError TicketStore::newerSchema(int version) const
{
    return StoreError::make(StoreError::Kind::NewerSchema,
                            QCoreApplication::translate("TicketStore",
                                                        "The database %1 was written by a newer TicketDesk (schema "
                                                        "version %2; this build knows up to %3). Update TicketDesk.")
                                .arg(m_where)
                                .arg(version)
                                .arg(latestSchemaVersion()));
}

StoreError TicketStore::checkIntegrity()
{
    if (m_dialect.isPostgres() || !isOpen())
        return {};
    // About a second a gigabyte, warm: said first when it will take a while.
    constexpr qint64 largeFileBytes = qint64(512) * 1024 * 1024;
    if (const qint64 size = QFileInfo(m_path).size(); size >= largeFileBytes)
        qCInfo(lcStore).noquote() << "checking" << m_path << "(" << size / (1024 * 1024)
                                  << "MiB) for damage: this takes a while";
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // The first finding is enough to refuse the file.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")))
        return classify(q.lastError());
    const QString finding = q.next() ? q.value(0).toString() : QString();
    if (finding == QLatin1StringView("ok"))
        return {};
    return StoreError::make(StoreError::Kind::Corrupt,
                            QCoreApplication::translate("SqlDialect", "The file %1 is not a TicketDesk database or "
                                                                      "is damaged (%2).")
                                    .arg(m_where, finding.isEmpty() ? QStringLiteral("quick_check") : finding) +
                                QLatin1Char(' ') + SqlDialect::damagedAdvice(m_where));
}

StoreError TicketStore::outsideTheTeam(const StoreError &denied)
{
    // "permission denied for table ticketdesk_schema" names no cause: a login role that is in
    // neither group (CREATE ROLE without IN ROLE) may read nothing. Say so, and how to mend it.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // MEMBER, not USAGE: a NOINHERIT member is in the group too (its message is PostgreSQL's).
    // quote_ident: the GRANT below must name a role created as "Alice" as such.
    if (!q.exec(QStringLiteral("SELECT quote_ident(current_user), EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname IN "
                               "('%1', '%2') AND pg_has_role(current_user, g.oid, 'MEMBER'))")
                    .arg(QLatin1StringView(teamOperatorRole), QLatin1StringView(teamServerRole))) ||
        !q.next() || q.value(1).toBool())
        return denied;
    return StoreError::make(
        StoreError::Kind::Denied,
        QCoreApplication::translate("TicketStore",
                                    "The database role %1 is in neither TicketDesk group on %2, so it may read "
                                    "nothing there. An administrator gives it access with: GRANT %3 TO %1; (a "
                                    "receiver or sender: GRANT %4 TO %1;)")
            .arg(q.value(0).toString(), m_where, QLatin1StringView(teamOperatorRole),
                 QLatin1StringView(teamServerRole)));
}

StoreError TicketStore::configureAndMigrate()
{
    using K = StoreError::Kind;
    const QString &path = m_path;
    const StoreOptions &options = m_options;
    const auto fail = [&](const QSqlError &e) { return classify(e); };
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    const auto run = [&](const QString &sql) { return q.exec(sql); };

    if (!run(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs)))
        return fail(q.lastError());
    if (!run(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(q.lastError());
    // Reading the version first is what tells a random file from a database.
    if (!run(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError());
    int version = q.value(0).toInt();
    if (version > latestSchemaVersion())
        return newerSchema(version);
    if (options.checkIntegrity && version > 0) {
        if (const StoreError damaged = checkIntegrity(); !damaged.ok())
            return damaged;
    }
    // A reader of an up-to-date file in write-ahead-log mode has nothing to set up or prove.
    if (options.onlyReads && version == latestSchemaVersion()) {
        if (!run(QStringLiteral("PRAGMA journal_mode")) || !q.next())
            return fail(q.lastError());
        if (q.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) == 0)
            return {};
    }
    const auto useWal = [&]() -> StoreError {
        if (!run(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return fail(q.lastError());
        if (q.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
            return StoreError::make(
                K::Other, QCoreApplication::translate("TicketStore", "The database %1 cannot use write-ahead logging "
                                                                     "(journal mode stays %2).")
                              .arg(path, q.value(0).toString()));
        return {};
    };
    // An older file changes mode only once it is upgraded: an upgrade refused (a full disk, a
    // step that fails) leaves it as it was, byte for byte, not switched to a write-ahead log.
    const bool walAfterUpgrade = version < latestSchemaVersion();
    if (!walAfterUpgrade) {
        if (const StoreError error = useWal(); !error.ok())
            return error;
    }
    if (!run(QStringLiteral("PRAGMA synchronous = FULL")))
        return fail(q.lastError());
    // A log that grew while a reader held it (a pruning round beside the webhooks and a desk's
    // reads) is cut back to this when it starts again, not kept at its largest for ever.
    if (!run(QStringLiteral("PRAGMA journal_size_limit = %1").arg(walSizeLimitBytes)))
        return fail(q.lastError());
    if (options.maxPageCount > 0 && !run(QStringLiteral("PRAGMA max_page_count = %1").arg(options.maxPageCount)))
        return fail(q.lastError());
    if (options.tempStoreInMemory && !run(QStringLiteral("PRAGMA temp_store = MEMORY")))
        return fail(q.lastError());
    if (options.walAutoCheckpointPages >= 0 &&
        !run(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(options.walAutoCheckpointPages)))
        return fail(q.lastError());

    // BEGIN IMMEDIATE even when nothing is to migrate: it proves now, not at the
    // first webhook, that this connection can write.
    if (!run(m_dialect.beginWrite()))
        return fail(q.lastError());
    const auto rollbackAndFail = [&](const QSqlError &e) {
        const StoreError error = classify(e);
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (!run(QStringLiteral("PRAGMA user_version")) || !q.next())
        return rollbackAndFail(q.lastError());
    version = q.value(0).toInt();
    if (version > latestSchemaVersion()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return newerSchema(version);
    }
    for (int v = version + 1; v <= latestSchemaVersion(); ++v) {
        for (const QString &statement : migrationStatements(v, m_dialect)) {
            if (!run(statement))
                return rollbackAndFail(q.lastError());
        }
    }
    if (version != latestSchemaVersion() && !run(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion())))
        return rollbackAndFail(q.lastError());
    if (!run(QStringLiteral("COMMIT")))
        return rollbackAndFail(q.lastError());
    logMigration(path, version);
    if (walAfterUpgrade)
        return useWal();
    return {};
}

namespace {

// What a delivery that changed nothing keeps of its body (as a rejected one, WebhookInspector).
constexpr qsizetype unchangedBodyPrefix = 2048;

// Any number, the same in every TicketDesk: the advisory lock that makes two
// processes migrating one PostgreSQL database take turns.
constexpr qint64 migrationLockKey = 0x7469636b65746465; // "ticketde"
// The advisory lock under which answers are given up and webhooks look for such tickets.
constexpr qint64 lostAnswersLockKey = 0x74646c6f7374; // "tdlost"
// The advisory lock under which lists of new tickets look for open duplicates and are saved.
constexpr qint64 ticketListLockKey = 0x74646c697374; // "tdlist"
// How long a PostgreSQL session waits for a lock another one holds (a migration: for ever).
constexpr int lockTimeoutMs = 5000;

} // namespace

StoreError TicketStore::configureSession()
{
    // A lock another session holds (a `LOCK TABLE` from psql, a long transaction) is an error
    // after 5 s, not a thread blocked until it is released: a receiver answers 503, a command
    // says why. Set on the session, whatever its connection string or service file says.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SET lock_timeout = %1").arg(lockTimeoutMs)))
        return classify(q.lastError());
    return followDatabaseClock();
}

StoreError TicketStore::followDatabaseClock()
{
    if (!m_dialect.isPostgres() || !QSqlDatabase::database(m_connectionName, false).isOpen())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const qint64 seen = m_clock.followedOffsetMs();
    const qint64 before = m_clock.now().toMSecsSinceEpoch();
    if (!q.exec(QStringLiteral("SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")) || !q.next())
        return classify(q.lastError());
    const qint64 after = m_clock.now().toMSecsSinceEpoch();
    // A slow round trip says too little about when the server read its clock: the next one.
    if (after - before >= AlignedClock::toleranceMs)
        return {};
    const qint64 ahead = q.value(0).toLongLong() - (before + (after - before) / 2);
    if (m_clock.follow(seen, ahead)) {
        // The whole difference, not this step of it. (Info: a one-shot command's first line on
        // stderr is its error, for scripts.)
        const qint64 offset = m_clock.followedOffsetMs();
        qCInfo(lcStore).noquote() << QStringLiteral("this computer's clock is %1 s %2 the team database's: "
                                                    "TicketDesk takes the database's time")
                                         .arg(QString::number(std::abs(offset) / 1000.0, 'f', 1),
                                              offset > 0 ? QStringLiteral("behind") : QStringLiteral("ahead of"));
    }
    return {};
}

StoreError TicketStore::migratePostgres()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    const auto readVersion = [&q](int *version) { return readPostgresVersion(q, version); };
    int version = 0;
    // Up to date (the common case, and the only one an operator's role can
    // pass): no lock, no DDL.
    if (!readVersion(&version)) {
        const StoreError error = classify(q.lastError());
        return error.kind == StoreError::Kind::Denied ? outsideTheTeam(error) : error;
    }
    if (version > latestSchemaVersion())
        return newerSchema(version);
    if (version == latestSchemaVersion())
        return {};
    // Tables other than TicketDesk's in a database without its schema: a name typed wrong (`list`
    // made TicketDesk's eleven tables in someone else's). Only `db init` sets TicketDesk up beside
    // them.
    const auto otherTables = [&q](bool *found) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND "
                                   "tablename <> 'ticketdesk_schema'")) ||
            !q.next())
            return false;
        *found = q.value(0).toLongLong() > 0;
        return true;
    };
    const StoreError notOurs = StoreError::make(
        StoreError::Kind::NotInitialised,
        QCoreApplication::translate("TicketStore", "The database %1 holds other tables and no TicketDesk schema: it is "
                                                   "not a TicketDesk database. Check its name, or set TicketDesk up "
                                                   "in it with `ticketdesk db init`.")
            .arg(m_where));
    // A reading command never makes the schema (`db init`'s job, or a server's first start).
    if (version == 0 && m_options.onlyReads && !m_options.settingUp) {
        bool others = false;
        if (!otherTables(&others))
            return classify(q.lastError());
        return others ? notOurs
                      : StoreError::make(StoreError::Kind::NotInitialised,
                                         QCoreApplication::translate("TicketStore",
                                                                     "The team database %1 has no TicketDesk schema "
                                                                     "yet: set it up with `ticketdesk db init`.")
                                             .arg(m_where));
    }

    const auto rollbackAndFail = [&](const QSqlError &e) {
        StoreError error = classify(e);
        q.exec(QStringLiteral("ROLLBACK"));
        if (error.kind == StoreError::Kind::Denied)
            error = StoreError::make(StoreError::Kind::NotInitialised,
                                     QCoreApplication::translate(
                                         "TicketStore", "The team database %1 has schema version %2, and this build "
                                                        "needs %3; your role may not upgrade it: ask the administrator "
                                                        "to run `ticketdesk db init`.")
                                         .arg(m_where)
                                         .arg(version)
                                         .arg(latestSchemaVersion()));
        return error;
    };
    // READ COMMITTED whatever the server's default: the version read after the lock must see
    // what the lock's last holder committed.
    if (!q.exec(m_dialect.beginWrite()))
        return classify(q.lastError());
    // A migration waits for another process's migration, and for the sessions that use the tables
    // it changes, however long they take (lock_timeout bounds every other wait).
    if (!q.exec(QStringLiteral("SET LOCAL lock_timeout = 0")))
        return rollbackAndFail(q.lastError());
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockKey)))
        return rollbackAndFail(q.lastError());
    // Another process may have migrated while this one waited for the lock.
    if (!readVersion(&version))
        return rollbackAndFail(q.lastError());
    if (version > latestSchemaVersion()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return newerSchema(version);
    }
    // Asked under the lock (another process's first start may have just made the schema), and
    // before anything is made: a role that may not create tables there would otherwise be told
    // to have `db init` run, which would set TicketDesk up in someone else's database.
    if (version == 0 && !m_options.settingUp) {
        bool others = false;
        if (!otherTables(&others))
            return rollbackAndFail(q.lastError());
        if (others) {
            q.exec(QStringLiteral("ROLLBACK"));
            return notOurs;
        }
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS ticketdesk_schema (version BIGINT NOT NULL)")))
        return rollbackAndFail(q.lastError());
    for (int v = version + 1; v <= latestSchemaVersion(); ++v) {
        for (const QString &statement : migrationStatements(v, m_dialect)) {
            if (!q.exec(statement))
                return rollbackAndFail(q.lastError());
        }
    }
    if (!q.exec(QStringLiteral("DELETE FROM ticketdesk_schema")) ||
        !q.exec(QStringLiteral("INSERT INTO ticketdesk_schema (version) VALUES (%1)").arg(latestSchemaVersion())) ||
        !q.exec(QStringLiteral("COMMIT")))
        return rollbackAndFail(q.lastError());
    logMigration(m_where, version);
    return {};
}

// What this session's role may write decides how it inserts tickets and
// links retries: asked once, since grants change only with `db init`.
StoreError TicketStore::readPrivileges()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('tickets', 'UPDATE'),"
                               " has_column_privilege('customers', 'last_seen_at', 'INSERT'),"
                               " quote_ident(current_user)")) ||
        !q.next())
        return classify(q.lastError());
    m_restricted = !q.value(0).toBool();
    m_noteCustomers = q.value(1).toBool();
    m_sessionRole = q.value(2).toString();
    return {};
}

TeamSetupResult TicketStore::initTeamDatabase()
{
    TeamSetupResult result;
    if (!isOpen() || !m_dialect.isPostgres()) {
        result.error =
            StoreError::make(StoreError::Kind::NotOpen,
                             isOpen() ? QCoreApplication::translate("TicketStore", "Only a team database "
                                                                                   "(PostgreSQL) has roles.")
                                      : QCoreApplication::translate("TicketStore", "The database is not open."));
        m_lastError = result.error;
        return result;
    }
    m_statements->clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    result = setUpTeamDatabase(db, m_dialect, m_where);
    m_lastError = result.error;
    if (result.error.ok())
        m_lastError = readPrivileges();
    return result;
}

QStringList TicketStore::teamRoles()
{
    if (!isOpen() || !m_dialect.isPostgres()) {
        m_lastError = {};
        return {};
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return existingTeamRoles(db, m_dialect, m_where, &m_lastError);
}

// A statement left mid-result keeps its read snapshot open (WAL): this
// connection would keep seeing the database as it was, and COMMIT/ROLLBACK
// would find statements in progress. Reset them all when the outermost
// reading or writing block ends.
void TicketStore::releaseStatements()
{
    m_statements->finishAll();
}

TicketStore::StatementScope::StatementScope(TicketStore &store)
    : m_store(store)
{
    ++m_store.m_depth;
}

TicketStore::StatementScope::~StatementScope()
{
    if (--m_store.m_depth == 0)
        m_store.releaseStatements();
}

// Runs `work` inside BEGIN IMMEDIATE ... COMMIT; any SqlFailure rolls back.
template<typename F>
bool TicketStore::inWriteTransaction(F &&work)
{
    if (!ensureConnected())
        return false;
    std::optional<QSqlQuery> begun;
    if (!begin(begun, m_dialect.beginWrite()))
        return false;
    QSqlQuery &q = *begun;
    m_inWrite = true;
    m_txSeq = 0;
    try {
        const StatementScope scope(*this);
        work();
        // One hint per committed write, delivered by PostgreSQL at commit.
        if (m_txSeq > 0 && m_dialect.isPostgres())
            exec(QStringLiteral("SELECT pg_notify('ticketdesk_changes', ?)"), {QString::number(m_txSeq)});
        releaseStatements();
        if (const StoreError gone = fileProblem(); !gone.ok())
            throw SqlFailure{gone};
        if (!q.exec(QStringLiteral("COMMIT")))
            throw SqlFailure{classify(q.lastError())};
    } catch (const SqlFailure &failure) {
        releaseStatements();
        q.exec(QStringLiteral("ROLLBACK"));
        m_inWrite = false;
        m_lastError = failure.error;
        noteFailure(failure.error);
        if (m_racesRunAgain && isRace(failure.error))
            qCDebug(lcStore) << "transaction rolled back, to be run again:" << failure.error.message;
        else
            qCWarning(lcStore) << "transaction rolled back:" << failure.error.message;
        return false;
    }
    m_inWrite = false;
    m_lastError = {};
    return true;
}

bool TicketStore::begin(std::optional<QSqlQuery> &query, const QString &sql)
{
    for (int attempt = 0;; ++attempt) {
        query.emplace(QSqlDatabase::database(m_connectionName, false));
        if (query->exec(sql))
            return true;
        m_lastError = classify(query->lastError());
        noteFailure(m_lastError);
        // A team database's session that the server ended while it was idle (a restart, a
        // terminated backend) fails at its first statement. Nothing was done yet: one new session
        // begins again at once, so the call (a batch of webhooks, a ticket) does not fail for it.
        if (attempt > 0 || !m_reconnect)
            return false;
        query.reset();
        if (!ensureConnected())
            return false;
    }
}

void TicketStore::noteFailure(const StoreError &error)
{
    if (m_location && (error.kind == StoreError::Kind::Unreachable || !isOpen())) {
        m_reconnect = true;
        m_unreachableReason = error.message;
    }
}

bool TicketStore::ensureConnected()
{
    const bool known = QSqlDatabase::contains(m_connectionName);
    if (known && isOpen() && !m_reconnect)
        return true;
    if (!known || !m_location) {
        m_lastError = StoreError::make(StoreError::Kind::NotOpen,
                                       QCoreApplication::translate("TicketStore", "The database is not open."));
        return false;
    }
    // During an outage every call tried a new session, serve's once per webhook batch (an audit
    // counted 118 attempts a second at the server): after a few failures in a row, one attempt
    // every reconnectPauseMs at most, and the calls between fail at once for the same reason.
    if (m_failedReconnects >= reconnectsBeforePause && !m_lastReconnect.hasExpired(reconnectPauseMs)) {
        m_lastError = m_reconnectError;
        return false;
    }
    m_lastReconnect.start();
    // Statements prepared on the old session are gone with it.
    m_statements->clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    const bool opened = db.open();
    if (opened)
        m_lastError = configureSession();
    // A newer build may have migrated the schema while this session was away: a new session on
    // it is refused as a new start is (a server whose session was cut reconnected and went on
    // storing webhooks in tables it does not know).
    if (opened && m_lastError.ok() && m_dialect.isPostgres())
        m_lastError = schemaNotNewer();
    if (opened && !m_lastError.ok())
        db.close();
    if (!opened || !m_lastError.ok()) {
        if (!opened)
            m_lastError = classify(db.lastError());
        m_unreachableReason = m_lastError.message;
        m_reconnectError = m_lastError;
        ++m_failedReconnects;
        const QDateTime now = m_clock.now();
        if (!m_reconnectLoggedAt.isValid() || m_reconnectLoggedAt.secsTo(now) >= 60) {
            m_reconnectLoggedAt = now;
            qCWarning(lcStore).noquote() << QStringLiteral("reconnecting failed (attempt %1; the next line in a minute "
                                                           "at most):")
                                                .arg(m_failedReconnects)
                                         << m_lastError.message;
        }
        return false;
    }
    m_reconnect = false;
    qCInfo(lcStore).noquote() << "reconnected to" << m_where << "after" << m_failedReconnects << "failed attempt(s)";
    m_failedReconnects = 0;
    m_reconnectLoggedAt = QDateTime();
    return true;
}

template<typename F>
bool TicketStore::reading(F &&work)
{
    if (!ensureConnected())
        return false; // why is in m_lastError (not open, or the reconnection's own reason)
    try {
        const StatementScope scope(*this);
        work();
    } catch (const SqlFailure &failure) {
        m_lastError = failure.error;
        noteFailure(failure.error);
        qCWarning(lcStore) << "query failed:" << failure.error.message;
        return false;
    }
    m_lastError = {};
    return true;
}

template<typename F>
bool TicketStore::inReadTransaction(F &&work)
{
    if (!ensureConnected())
        return false; // why is in m_lastError (not open, or the reconnection's own reason)
    std::optional<QSqlQuery> begun;
    if (!begin(begun, m_dialect.beginRead()))
        return false;
    QSqlQuery &q = *begun;
    // reading() releases its statements when it ends, before the COMMIT.
    if (!reading(std::forward<F>(work))) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_lastError = classify(q.lastError());
        noteFailure(m_lastError);
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

QSqlQuery &TicketStore::exec(const QString &sql, const QVariantList &binds)
{
    QSqlError prepareError;
    QSqlQuery *statement = m_statements->statement(sql, m_connectionName, !m_dialect.isPostgres(), &prepareError);
    if (!statement)
        throw SqlFailure{classify(prepareError)};
    QSqlQuery &q = *statement;
    q.finish();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // A null QString binds as SQL NULL; columns are NOT NULL DEFAULT '', so
        // "no text" must go in as ''. Deliberate NULLs come as null QVariants.
        if (!v.isNull() && v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
    if (!q.exec())
        throw SqlFailure{classify(q.lastError())};
    return q;
}

namespace {

// A tickets row (ticketColumns) from a QSqlQuery or a SqliteStatements::Row.
template<typename Row>
Ticket ticketFromRow(const Row &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.ticketId = q.value(1).toString();
    t.customerId = q.value(2).toString();
    t.summary = q.value(3).toString();
    t.description = q.value(4).toString();
    t.status = statusFromString(q.value(5).toString()).value_or(TicketStatus::Queued);
    t.issueKey = q.value(6).toString();
    t.message = q.value(7).toString();
    t.createdAt = timeFrom(q.value(8));
    t.submittedAt = timeFrom(q.value(9));
    t.outcomeAt = timeFrom(q.value(10));
    t.updatedAt = timeFrom(q.value(11));
    t.retryOf = q.value(12).toLongLong();
    t.retriedAs = q.value(13).toLongLong();
    t.conflict = q.value(14).toInt() != 0;
    t.createdHere = q.value(15).toInt() != 0;
    t.createdBy = q.value(16).toString();
    t.clientKey = q.value(17).toString();
    t.reference = q.value(18).toString();
    t.apiBase = q.value(19).toString();
    return t;
}

} // namespace

Ticket TicketStore::readTicketRow(const QSqlQuery &q, bool withAttachments)
{
    Ticket t = ticketFromRow(q);
    if (withAttachments)
        t.attachments = loadAttachments(t.id);
    return t;
}

QList<Attachment> TicketStore::loadAttachments(qint64 ticketLocalId)
{
    QList<Attachment> result;
    QSqlQuery &q = exec(QStringLiteral("SELECT id, file_name, content_type, size, stored_path, chunked, content_from"
                                       " FROM attachments WHERE ticket = ? ORDER BY id"),
                        {ticketLocalId});
    while (q.next()) {
        Attachment a{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     attachmentPathFromColumn(q.value(4).toString())};
        if (q.value(5).toInt() != 0)
            a.contentFrom = q.value(6).isNull() ? a.id : q.value(6).toLongLong();
        result.append(a);
    }
    return result;
}

QString TicketStore::attachmentPathToColumn(const QString &path) const
{
    if (m_dialect.isPostgres() || path.isEmpty())
        return path;
    const QString relative = QFileInfo(m_path).absoluteDir().relativeFilePath(QFileInfo(path).absoluteFilePath());
    return relative.startsWith(QLatin1StringView("../")) || QDir::isAbsolutePath(relative) ? path : relative;
}

QString TicketStore::attachmentPathFromColumn(const QString &value) const
{
    if (m_dialect.isPostgres() || value.isEmpty())
        return value;
    const QDir folder = QFileInfo(m_path).absoluteDir();
    if (QDir::isRelativePath(value))
        return folder.filePath(value);
    // Absolute: written by an earlier build, where the folder was then. Moved whole since, the copy
    // is in this folder's attachments/ under the same name.
    static const QLatin1StringView vault("/attachments/");
    if (const qsizetype at = value.lastIndexOf(vault); at >= 0 && !QFileInfo::exists(value)) {
        const QString here = folder.filePath(value.mid(at + 1));
        if (QFileInfo::exists(here))
            return here;
    }
    return value;
}

std::optional<Ticket> TicketStore::loadTicketWhere(const QString &column, const QVariant &value)
{
    // The ticket_id index is partial (empty ids are not unique): SQLite uses it
    // only when the query itself excludes the empty id.
    const QString extra = column == QLatin1StringView("ticket_id") ? QStringLiteral(" AND ticket_id <> ''") : QString();
    // Inside a write, PostgreSQL locks the row: a concurrent writer waits, then
    // reads the row as the first one left it (two senders cannot both submit).
    // An operator may not lock rows (that takes UPDATE) and never updates them.
    const QString sql = QStringLiteral("SELECT ") + ticketColumns + QStringLiteral(" FROM tickets WHERE ") + column +
                        QStringLiteral(" = ?") + extra +
                        (m_inWrite && !m_restricted ? m_dialect.forUpdate() : QString());
    if (m_dialect.isPostgres()) {
        QSqlQuery &q = exec(sql, {value});
        if (!q.next())
            return std::nullopt;
        return readTicketRow(q);
    }
    // Every webhook looks its ticket up: SQLite's own interface (SqliteStatements).
    std::optional<Ticket> found;
    QSqlError error;
    if (!m_statements->sqlite.query(
            m_connectionName, sql, {value},
            [&](const SqliteStatements::Row &row) {
                found = ticketFromRow(row);
                return false;
            },
            &error))
        throw SqlFailure{classify(error)};
    if (found)
        found->attachments = loadAttachments(found->id);
    return found;
}

QList<QVariantList> TicketStore::selectRows(const QString &sql, const QVariantList &binds, int columns, int limit)
{
    QList<QVariantList> rows;
    const auto take = [&](const auto &row) {
        QVariantList values;
        for (int c = 0; c < columns; ++c)
            values.append(row.value(c));
        rows.append(values);
        return rows.size() < limit;
    };
    if (m_dialect.isPostgres()) {
        QSqlQuery &q = exec(sql, binds);
        while (q.next() && take(q)) {
        }
        return rows;
    }
    QSqlError error;
    if (!m_statements->sqlite.query(
            m_connectionName, sql, binds, [&](const SqliteStatements::Row &row) { return take(row); }, &error))
        throw SqlFailure{classify(error)};
    return rows;
}

void TicketStore::saveTicket(const Ticket &t)
{
    write(
        QStringLiteral("UPDATE tickets SET ticket_id = ?, customer_id = ?, summary = ?, description = ?, status = ?,"
                       " issue_key = ?, message = ?, created_at = ?, submitted_at = ?, outcome_at = ?, updated_at = ?,"
                       " retry_of = ?, retried_as = ?, conflict = ?, created_here = ?, reference = ?, change_seq = ?,"
                       // Back in the queue, its request never left: it was sent nowhere (claimQueued() sets it).
                       " api_base = CASE WHEN CAST(? AS TEXT) = 'QUEUED' THEN '' ELSE api_base END"
                       " WHERE id = ?"),
        {t.ticketId, t.customerId, t.summary, t.description, statusToString(t.status), t.issueKey, t.message,
         msOrNull(t.createdAt), msOrNull(t.submittedAt), msOrNull(t.outcomeAt), msOrNull(t.updatedAt), t.retryOf,
         t.retriedAs, int(t.conflict), int(t.createdHere), t.reference, changeSeq(), statusToString(t.status), t.id});
}

qint64 TicketStore::write(const QString &sql, const QVariantList &binds)
{
    if (m_dialect.isPostgres()) {
        exec(sql, binds);
        return 0;
    }
    QSqlError error;
    const std::optional<qint64> last = m_statements->sqlite.run(m_connectionName, sql, binds, &error);
    if (!last)
        throw SqlFailure{classify(error)};
    return *last;
}

QList<std::pair<qint64, QString>> TicketStore::insertRows(const QString &sql, const QString &returning,
                                                          const QVariantList &binds, qsizetype count)
{
    QList<std::pair<qint64, QString>> made;
    made.reserve(count);
    if (m_dialect.isPostgres()) {
        QSqlQuery &q = exec(sql + QStringLiteral(" RETURNING ") + returning, binds);
        const bool second = q.record().count() > 1; // what came back, not what the text seems to ask
        while (q.next())
            made.append({q.value(0).toLongLong(), second ? q.value(1).toString() : QString()});
        if (made.size() != count)
            throw SqlFailure{classify(q.lastError())};
        // One statement takes its rows' identities in the order of its VALUES.
        std::sort(made.begin(), made.end());
        return made;
    }
    // RETURNING would cost each SQLite statement a temporary table. Under the
    // write lock, one statement's AUTOINCREMENT ids are consecutive and end at
    // the last insert id.
    const qint64 last = write(sql, binds);
    if (last < count)
        throw SqlFailure{
            StoreError::make(StoreError::Kind::Other,
                             QCoreApplication::translate("TicketStore", "The database gave no id to a new row."))};
    for (qsizetype i = 0; i < count; ++i)
        made.append({last - count + 1 + i, QString()});
    return made;
}

qint64 TicketStore::insertTicketRow(Ticket &t, const QString &outcomeVia)
{
    insertTicketRows({&t}, outcomeVia);
    return t.id;
}

void TicketStore::insertTicketRows(const QList<Ticket *> &rows, const QString &outcomeVia)
{
    const QDateTime now = m_clock.now();
    const bool pg = m_dialect.isPostgres();
    // Only the server's rows name it (an operator may not write that column).
    const bool withVia = !outcomeVia.isEmpty();
    QVariantList binds;
    binds.reserve(rows.size() * 20);
    QString row;
    QList<std::pair<QString, QString>> customers;
    for (Ticket *t : rows) {
        if (!t->createdAt.isValid())
            t->createdAt = now;
        t->updatedAt = now;
        binds << t->ticketId << t->customerId << t->summary << t->description << statusToString(t->status)
              << t->issueKey << t->message << msOrNull(t->createdAt) << msOrNull(t->submittedAt)
              << msOrNull(t->outcomeAt) << msOrNull(t->updatedAt) << t->retryOf << t->retriedAs << int(t->conflict)
              << int(t->createdHere) << textOrNull(t->clientKey) << t->reference << changeSeq();
        if (withVia)
            binds << outcomeVia;
        row = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,") + (withVia ? QStringLiteral("?,") : QString()) +
              operatorSql(binds, t->createdBy) + QLatin1Char(')');
        if (!pg && t->createdBy.isEmpty())
            t->createdBy = binds.constLast().toString();
        if (!t->customerId.isEmpty())
            customers.append({t->customerId, t->summary});
    }
    // Every row has the same shape. PostgreSQL names the author itself
    // (session_user): the rows come back with it (insertRows()); SQLite is
    // told the author.
    const QList<std::pair<qint64, QString>> made =
        insertRows(QStringLiteral("INSERT INTO tickets (ticket_id, customer_id, summary, description, status,"
                                  " issue_key, message, created_at, submitted_at, outcome_at, updated_at, retry_of,"
                                  " retried_as, conflict, created_here, client_key, reference, change_seq,") +
                       (withVia ? QStringLiteral(" outcome_via,") : QString()) +
                       QStringLiteral(" created_by) VALUES ") + QStringList(rows.size(), row).join(QLatin1Char(',')),
                   QStringLiteral("id, created_by"), binds, rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i]->id = made[i].first;
        if (pg)
            rows[i]->createdBy = made[i].second;
    }
    for (Ticket *t : rows) {
        for (Attachment &a : t->attachments)
            insertAttachment(t->id, a);
    }
    noteCustomers(customers, now);
}

void TicketStore::insertAttachment(qint64 ticketLocalId, Attachment &a)
{
    // A team database keeps the bytes itself: the server that sends the ticket
    // cannot read this computer's files.
    const bool readFile = m_dialect.isPostgres() && a.contentFrom == 0;
    if (readFile) {
        // The size goes in with the row (an operator may not update it later);
        // writeChunks() checks that the file still has it.
        const QFileInfo info(a.storedPath);
        if (!info.isFile())
            throw SqlFailure{StoreError::make(
                StoreError::Kind::Other,
                QCoreApplication::translate("TicketStore", "The attachment %1 cannot be read: it is not a file.")
                    .arg(a.storedPath))};
        a.size = info.size();
    }
    const bool chunked = readFile || a.contentFrom != 0;
    QSqlQuery &q = exec(QStringLiteral("INSERT INTO attachments (ticket, file_name, content_type, size, stored_path,"
                                       " chunked, content_from) VALUES (?,?,?,?,?,?,?) RETURNING id"),
                        {ticketLocalId, a.fileName, a.contentType, a.size,
                         chunked ? QString() : attachmentPathToColumn(a.storedPath), int(chunked),
                         a.contentFrom != 0 ? QVariant(a.contentFrom) : QVariant(QMetaType::fromType<qint64>())});
    if (!q.next())
        throw SqlFailure{classify(q.lastError())};
    a.id = q.value(0).toLongLong();
    if (readFile) {
        writeChunks(a.id, a.storedPath, a.size);
        a.storedPath.clear();
        a.contentFrom = a.id;
    }
}

void TicketStore::writeChunks(qint64 attachmentId, const QString &path, qint64 expectedSize)
{
    using K = StoreError::Kind;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SqlFailure{StoreError::make(
            K::Other, QCoreApplication::translate("TicketStore", "The attachment %1 cannot be read: %2")
                          .arg(path, file.errorString()))};
    qint64 total = 0;
    for (qint64 seq = 0;; ++seq) {
        // One chunk in memory, never the file.
        QByteArray chunk(attachmentChunkBytes, Qt::Uninitialized);
        qint64 filled = 0;
        while (filled < chunk.size()) {
            const qint64 got = file.read(chunk.data() + filled, chunk.size() - filled);
            if (got < 0)
                throw SqlFailure{StoreError::make(
                    K::Io, QCoreApplication::translate("TicketStore", "Reading the attachment %1 failed: %2")
                               .arg(path, file.errorString()))};
            if (got == 0)
                break;
            filled += got;
        }
        if (filled == 0)
            break;
        chunk.truncate(filled);
        total += filled;
        if (total > expectedSize)
            break;
        // Not a bound value: QPSQL writes bound values into the statement's
        // text itself, through several copies (escaped bytes, a QString of
        // them, the parameter list, the EXECUTE text), about 16 MiB at once
        // for a 1 MiB chunk. Hex digits need no escaping: one QString here.
        const QString sql = QStringLiteral("INSERT INTO attachment_chunks (attachment, seq, data) VALUES (%1, %2, ")
                                .arg(attachmentId)
                                .arg(seq) +
                            bytesLiteral(m_dialect, chunk) + QLatin1Char(')');
        chunk = QByteArray();
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (!q.exec(sql))
            throw SqlFailure{classify(q.lastError())};
    }
    if (total != expectedSize)
        throw SqlFailure{StoreError::make(
            K::Io, QCoreApplication::translate("TicketStore", "The attachment %1 changed while it was read: try again.")
                       .arg(path))};
}

std::optional<TicketStore::AttachmentContent> TicketStore::attachmentContent(qint64 contentId)
{
    std::optional<AttachmentContent> result;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(length(data)), 0) FROM attachment_chunks"
                                           " WHERE attachment = ?"),
                            {contentId});
        if (!q.next())
            throw SqlFailure{classify(q.lastError())};
        result = AttachmentContent{q.value(0).toLongLong(), q.value(1).toLongLong()};
    });
    return result;
}

std::optional<QByteArray> TicketStore::attachmentChunk(qint64 contentId, qint64 seq)
{
    std::optional<QByteArray> result;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT data FROM attachment_chunks WHERE attachment = ? AND seq = ?"),
                            {contentId, seq});
        if (!q.next())
            throw SqlFailure{q.lastError().isValid()
                                 ? classify(q.lastError())
                                 : StoreError::make(StoreError::Kind::NotFound,
                                                    QCoreApplication::translate("TicketStore",
                                                                                "Chunk %1 of attachment #%2 is not in "
                                                                                "the database.")
                                                        .arg(seq)
                                                        .arg(contentId))};
        result = q.value(0).toByteArray();
    });
    return result;
}

void TicketStore::noteCustomers(const QList<std::pair<QString, QString>> &customers, const QDateTime &at)
{
    // A role that may not write the directory (a team database set up by an
    // older `db init`): the server notes the customer from the ticket's webhooks.
    if (!m_noteCustomers || customers.isEmpty())
        return;
    if (m_appends) {
        m_appends->customers += customers;
        m_appends->customersAt = at;
        return;
    }
    // One row per customer (a statement may not change a row twice): the last summary wins.
    QStringList ids;
    QHash<QString, QString> summaries;
    for (const auto &[id, summary] : customers) {
        if (!summaries.contains(id))
            ids.append(id);
        summaries.insert(id, summary);
    }
    inStatements(ids.size(), [&](qsizetype first, qsizetype size) {
        QVariantList binds;
        for (qsizetype i = first; i < first + size; ++i)
            binds << ids.at(i) << summaries.value(ids.at(i)) << msOrNull(at);
        write(QStringLiteral("INSERT INTO customers (customer_id, last_summary, last_seen_at) VALUES ") +
                  valueRows(size, 3) +
                  QStringLiteral(" ON CONFLICT (customer_id) DO UPDATE SET"
                                 " last_summary = CASE WHEN excluded.last_summary <> '' THEN excluded.last_summary"
                                 " ELSE customers.last_summary END,"
                                 " last_seen_at = excluded.last_seen_at"),
              binds);
    });
}

void TicketStore::flushAppends()
{
    Appends *appends = std::exchange(m_appends, nullptr);
    if (!appends)
        return;
    // Restored even when a statement throws: the batch's transaction is rolled back anyway.
    const auto restore = qScopeGuard([&] { m_appends = appends; });
    if (!appends->deliveries.isEmpty()) {
        QList<const DeliveryRecord *> records;
        records.reserve(appends->deliveries.size());
        for (const auto &[record, slot] : std::as_const(appends->deliveries))
            records.append(&record);
        const QList<qint64> ids = insertDeliveries(records);
        for (qsizetype i = 0; i < ids.size(); ++i)
            (*appends->outcomes)[appends->deliveries.at(i).second].deliveryId = ids.at(i);
        appends->deliveries.clear();
    }
    inStatements(appends->events.size(), [&](qsizetype first, qsizetype size) {
        QVariantList binds;
        binds.reserve(size * 5);
        for (qsizetype i = first; i < first + size; ++i) {
            const Appends::Event &e = appends->events.at(i);
            binds << e.ticket << msOrNull(e.at.isValid() ? e.at : m_clock.now()) << e.kind << e.verdict << e.detail;
        }
        write(QStringLiteral("INSERT INTO ticket_events (ticket, at, kind, verdict, detail) VALUES ") +
                  valueRows(size, 5),
              binds);
    });
    appends->events.clear();
    noteCustomers(std::exchange(appends->customers, {}), appends->customersAt);
}

qint64 TicketStore::insertDelivery(const DeliveryRecord &r)
{
    return insertDeliveries({&r}).constFirst();
}

QList<qint64> TicketStore::insertDeliveries(const QList<const DeliveryRecord *> &records)
{
    QList<qint64> ids;
    ids.reserve(records.size());
    inStatements(records.size(), [&](qsizetype first, qsizetype size) {
        QVariantList binds;
        binds.reserve(size * 14);
        for (qsizetype i = first; i < first + size; ++i) {
            const DeliveryRecord &r = *records.at(i);
            binds << msOrNull(r.receivedAt.isValid() ? r.receivedAt : m_clock.now()) << msOrNull(r.eventTime)
                  << r.eventType << textOrNull(r.ticketId)
                  << (r.localTicketId > 0 ? QVariant(r.localTicketId) : QVariant(QMetaType::fromType<qint64>()))
                  << r.body << r.headers << r.verdict << r.detail
                  << (r.skewMs ? QVariant(*r.skewMs) : QVariant(QMetaType::fromType<qint64>())) << r.peerAddress
                  << r.bodySize << QString::fromLatin1(r.bodySha256) << r.suppressed;
        }
        const QList<std::pair<qint64, QString>> made =
            insertRows(QStringLiteral("INSERT INTO deliveries (received_at, event_time, event_type, ticket_id,"
                                      " local_ticket, body, headers, verdict, detail, skew_ms, peer_address,"
                                      " body_size, body_sha256, suppressed) VALUES ") +
                           valueRows(size, 14),
                       QStringLiteral("id"), binds, size);
        for (const auto &[id, unused] : made)
            ids.append(id);
    });
    return ids;
}

void TicketStore::insertEvent(qint64 ticketLocalId, const QDateTime &at, const QString &kind, const QString &verdict,
                              const QString &detail)
{
    if (m_appends) {
        m_appends->events.append({ticketLocalId, at, kind, verdict, detail});
        return;
    }
    write(QStringLiteral("INSERT INTO ticket_events (ticket, at, kind, verdict, detail) VALUES (?,?,?,?,?)"),
          {ticketLocalId, msOrNull(at.isValid() ? at : m_clock.now()), kind, verdict, detail});
}

namespace {

// A new ticket as the outbox will find it: anything about its sending or
// outcome is the server's (for an operator, the database refuses it anyway).
void makeQueued(Ticket &t)
{
    t.id = 0;
    t.status = TicketStatus::Queued;
    t.ticketId.clear();
    t.issueKey.clear();
    t.message.clear();
    t.submittedAt = {};
    t.outcomeAt = {};
    t.retriedAs = 0;
    t.conflict = false;
}

} // namespace

QString TicketStore::operatorSql(QVariantList &binds, const QString &named) const
{
    if (m_dialect.isPostgres())
        return QStringLiteral("session_user");
    binds << (named.isEmpty() ? localOperator() : named);
    return QStringLiteral("?");
}

void TicketStore::insertNewTicket(Ticket &t)
{
    if (!t.clientKey.isEmpty()) {
        // Written before (a retried write whose answer was lost): that row is the ticket.
        if (std::optional<Ticket> existing = loadTicketWhere(QStringLiteral("client_key"), t.clientKey)) {
            t = *existing;
            return;
        }
    }
    insertTicketRow(t);
    insertEvent(t.id, t.createdAt, QStringLiteral("created"), QString(), QString());
}

qint64 TicketStore::insertTicket(Ticket &ticket)
{
    Ticket copy = ticket;
    copy.id = 0;
    if (m_restricted)
        makeQueued(copy);
    if (!inWriteTransaction([&] { insertNewTicket(copy); }))
        return 0;
    ticket = copy;
    return ticket.id;
}

bool TicketStore::insertTickets(QList<Ticket> &tickets, const QDateTime &openSince, QList<qsizetype> *alreadyOpen)
{
    QList<Ticket> copies = tickets;
    for (Ticket &t : copies)
        makeQueued(t);
    QList<qsizetype> open;
    const bool ok = inWriteTransaction([&] {
        // Keys written before (a retried write whose answer was lost), and a
        // key twice in the list: one row each.
        const QHash<QString, Ticket> written = ticketsWithClientKeys(copies);
        QHash<QString, qsizetype> firstWithKey;
        QList<std::pair<qsizetype, qsizetype>> repeats; // (index, index of its first)
        QList<Ticket *> fresh;
        for (qsizetype i = 0; i < copies.size(); ++i) {
            const QString &key = copies[i].clientKey;
            if (!key.isEmpty()) {
                if (const auto it = written.constFind(key); it != written.constEnd()) {
                    copies[i] = *it;
                    continue;
                }
                if (const auto it = firstWithKey.constFind(key); it != firstWithKey.constEnd()) {
                    repeats.append({i, *it});
                    continue;
                }
                firstWithKey.insert(key, i);
            }
            fresh.append(&copies[i]);
        }
        if (openSince.isValid() && !fresh.isEmpty()) {
            if (m_dialect.isPostgres())
                exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ticketListLockKey));
            const QSet<QString> keys = openKeysSince(openSince);
            for (const Ticket *t : std::as_const(fresh)) {
                if (keys.contains(openTicketKey(t->customerId, t->summary)))
                    open.append(t - copies.constData());
            }
            if (!open.isEmpty())
                return;
        }
        inStatements(fresh.size(), [&](qsizetype first, qsizetype size) {
            const QList<Ticket *> rows = fresh.mid(first, size);
            insertTicketRows(rows);
            QVariantList binds;
            for (const Ticket *t : rows)
                binds << t->id << msOrNull(t->createdAt) << QStringLiteral("created") << QString() << QString();
            write(QStringLiteral("INSERT INTO ticket_events (ticket, at, kind, verdict, detail) VALUES ") +
                      valueRows(size, 5),
                  binds);
        });
        for (const auto &[index, first] : std::as_const(repeats))
            copies[index] = copies[first];
    });
    if (alreadyOpen)
        *alreadyOpen = open;
    if (!ok)
        return false;
    if (!open.isEmpty()) {
        m_lastError = StoreError::make(StoreError::Kind::Constraint,
                                       QCoreApplication::translate("TicketStore",
                                                                   "%n of the new tickets already have an open ticket "
                                                                   "with the same customer and summary.",
                                                                   nullptr, int(open.size())));
        return false;
    }
    tickets = copies;
    return true;
}

QHash<QString, Ticket> TicketStore::ticketsWithClientKeys(const QList<Ticket> &tickets)
{
    QStringList keys;
    for (const Ticket &t : tickets) {
        if (!t.clientKey.isEmpty())
            keys.append(t.clientKey);
    }
    keys.removeDuplicates();
    QHash<QString, Ticket> found;
    inStatements(keys.size(), [&](qsizetype first, qsizetype size) {
        QVariantList binds;
        for (qsizetype i = first; i < first + size; ++i)
            binds << keys.at(i);
        QSqlQuery &q = exec(QStringLiteral("SELECT ") + ticketColumns +
                                QStringLiteral(" FROM tickets WHERE client_key IN ") + placeholders(int(size)),
                            binds);
        QList<Ticket> rows;
        while (q.next())
            rows.append(readTicketRow(q, false));
        for (Ticket &t : rows) {
            t.attachments = loadAttachments(t.id);
            found.insert(t.clientKey, t);
        }
    });
    return found;
}

std::optional<Ticket> TicketStore::ticket(qint64 id)
{
    std::optional<Ticket> result;
    reading([&] { result = loadTicketWhere(QStringLiteral("id"), id); });
    return result;
}

std::optional<Ticket> TicketStore::ticketByTicketId(const QString &ticketId)
{
    std::optional<Ticket> result;
    if (ticketId.isEmpty())
        return result;
    reading([&] { result = loadTicketWhere(QStringLiteral("ticket_id"), ticketId); });
    return result;
}

QList<Ticket> TicketStore::tickets(const TicketFilter &filter, int limit, int offset)
{
    QList<Ticket> result;
    const bool ok = reading([&] {
        QVariantList binds;
        const QString sql = ticketListQuery(m_dialect, filter, binds, limit, offset);
        QSqlQuery &q = exec(sql, binds);
        while (q.next())
            result.append(readTicketRow(q, filter.withAttachments));
    });
    if (!ok)
        result.clear();
    return result;
}

bool TicketStore::forEachTicket(const TicketFilter &filter, const std::function<bool(const Ticket &)> &visit, int limit)
{
    return reading([&] {
        QVariantList binds;
        const QString sql = ticketListQuery(m_dialect, filter, binds, limit, 0);
        // Forward-only: SQLite steps the statement row by row, nothing is buffered.
        QSqlQuery &q = exec(sql, binds);
        // Which tickets have files, in one query: asked of each ticket, it cost `export` of 50,000
        // team tickets 50,000 round trips to PostgreSQL (6 s), for the few that have any. Asked
        // after the tickets: a ticket committed in between with its files is still read whole.
        QSet<qint64> withFiles;
        if (filter.withAttachments) {
            QSqlQuery &a = exec(QStringLiteral("SELECT DISTINCT ticket FROM attachments"));
            while (a.next())
                withFiles.insert(a.value(0).toLongLong());
        }
        while (q.next()) {
            Ticket t = readTicketRow(q, false);
            if (withFiles.contains(t.id))
                t.attachments = loadAttachments(t.id);
            if (!visit(t))
                break;
        }
        if (q.lastError().isValid())
            throw SqlFailure{classify(q.lastError())};
    });
}

QMap<TicketStatus, qint64> TicketStore::countByStatus()
{
    QMap<TicketStatus, qint64> result;
    for (TicketStatus s : allTicketStatuses)
        result.insert(s, 0);
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT status, COUNT(*) FROM tickets GROUP BY status"));
        while (q.next()) {
            if (const auto s = statusFromString(q.value(0).toString()))
                result[*s] = q.value(1).toLongLong();
        }
    });
    return result;
}

qint64 TicketStore::countWithStatus(TicketStatus status)
{
    qint64 n = 0;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = ?"), {statusToString(status)});
        if (q.next())
            n = q.value(0).toLongLong();
    });
    return n;
}

FactOutcome TicketStore::applyOne(const FactInput &input)
{
    const Fact &fact = input.fact;
    const QDateTime now = m_clock.now();
    FactOutcome out;

    if (input.recordOnly) {
        if (!input.closeCustomerId.isEmpty()) {
            // After the notes of this customer that came before it in the batch.
            flushAppends();
            closeCustomer(input.closeCustomerId, input.closedAt.isValid() ? input.closedAt : now);
        }
        if (input.delivery)
            appendDelivery(*input.delivery, out);
        return out;
    }

    std::optional<Ticket> stored;
    if (input.localId > 0) {
        stored = loadTicketWhere(QStringLiteral("id"), input.localId);
    } else if (!fact.ticketId.isEmpty()) {
        stored = loadTicketWhere(QStringLiteral("ticket_id"), fact.ticketId);
        // Not a ticket of its own when it is the one sent from here whose answer was lost: a
        // Retry of that one would have filed it twice.
        if (!stored && fact.kind == Fact::Kind::Webhook) {
            stored = unansweredTicketFor(fact);
            if (stored)
                qCInfo(lcStore).noquote() << "Ripio's ticket" << fact.ticketId << "is ticket" << stored->id
                                          << "(sent without an answer; the same customer and summary)";
        }
    }

    const Transition tr = applyFact(stored, fact);
    out.verdict = tr.verdict;
    // The first remote fact that gives the ticket its outcome says how it
    // arrived (Insights); a later one never changes it.
    const auto isOutcome = [](TicketStatus s) { return s == TicketStatus::Created || s == TicketStatus::Failed; };
    const bool remoteOutcome = fact.kind == Fact::Kind::Webhook || fact.kind == Fact::Kind::Retrieved;
    const QString via = fact.kind == Fact::Kind::Webhook ? QStringLiteral("webhook") : QStringLiteral("reconciliation");
    bool viaWritten = false;
    bool customerNoted = false;
    if (tr.verdict == Verdict::Invalid || !tr.ticket) {
        out.ticket = stored;
    } else if (!stored) {
        Ticket created = *tr.ticket;
        // One row write: the outcome's origin and the customer go in with the row.
        viaWritten = remoteOutcome && isOutcome(created.status);
        insertTicketRow(created, viaWritten ? via : QString());
        customerNoted = created.customerId == fact.customerId && created.summary == fact.summary;
        out.ticket = created;
    } else {
        Ticket t = *tr.ticket;
        // A webhook (or Retrieve) may have beaten the 202 and left a row of its
        // own for this ticketId: fold it into the local row so one row remains.
        // The same when the answer was lost after such a webhook came: the row
        // it made is this ticket's when nothing else could be.
        std::optional<Ticket> orphan;
        if (fact.kind == Fact::Kind::Accepted) {
            orphan = loadTicketWhere(QStringLiteral("ticket_id"), fact.ticketId);
        } else if (fact.kind == Fact::Kind::AnswerLost && tr.verdict == Verdict::Applied && t.ticketId.isEmpty()) {
            orphan = webhookTwinOf(t);
            if (orphan) {
                qCInfo(lcStore).noquote() << "ticket" << t.id << "(sent without an answer) is Ripio's ticket"
                                          << orphan->ticketId << "(the same customer and summary)";
                t.ticketId = orphan->ticketId;
            }
        }
        if (orphan && orphan->id != t.id) {
            // The rows moved to the remaining ticket below include those of this batch.
            flushAppends();
            const OrphanMerge merge = mergeOrphan(t, *orphan);
            t = merge.ticket;
            if (merge.verdict == Verdict::Conflict)
                out.verdict = Verdict::Conflict;
            exec(QStringLiteral("UPDATE deliveries SET local_ticket = ? WHERE local_ticket = ?"),
                 {t.id, merge.deleteId});
            exec(QStringLiteral("UPDATE ticket_events SET ticket = ? WHERE ticket = ?"), {t.id, merge.deleteId});
            switch (merge.retryLink) {
            case RetryLink::None:
                break;
            case RetryLink::Adopt:
                exec(QStringLiteral("UPDATE tickets SET retry_of = ?, change_seq = ? WHERE retry_of = ?"),
                     {t.id, changeSeq(), merge.deleteId});
                break;
            case RetryLink::Drop:
                exec(QStringLiteral("UPDATE tickets SET retry_of = 0, change_seq = ? WHERE retry_of = ?"),
                     {changeSeq(), merge.deleteId});
                break;
            }
            // How the orphan's outcome came stays known on the row that remains.
            exec(QStringLiteral("UPDATE tickets SET outcome_via = (SELECT o.outcome_via FROM tickets o"
                                " WHERE o.id = ?) WHERE id = ? AND outcome_via = ''"),
                 {merge.deleteId, t.id});
            exec(QStringLiteral("DELETE FROM tickets WHERE id = ?"), {merge.deleteId});
            insertTombstone(merge.deleteId);
            insertEvent(t.id, now, QStringLiteral("merge"), verdictToString(merge.verdict),
                        TicketEventLink{TicketEventLink::Kind::FoldedIn, merge.deleteId}.detail());
            out.mergedFrom = merge.deleteId;
        }
        if (t != *stored) {
            t.updatedAt = now;
            saveTicket(t);
        }
        out.ticket = t;
    }

    if (fact.kind == Fact::Kind::Webhook && !fact.customerId.isEmpty() && !customerNoted)
        noteCustomers({{fact.customerId, fact.summary}}, now);

    if (remoteOutcome && !viaWritten && out.ticket && out.verdict != Verdict::Invalid &&
        isOutcome(out.ticket->status) && !(stored && isOutcome(stored->status)))
        write(QStringLiteral("UPDATE tickets SET outcome_via = ? WHERE id = ? AND outcome_via = ''"),
              {via, out.ticket->id});

    if (input.delivery) {
        DeliveryRecord record = *input.delivery;
        if (out.ticket)
            record.localTicketId = out.ticket->id;
        if (record.ticketId.isEmpty())
            record.ticketId = fact.ticketId;
        // The caller may only know its own verdict ("late"); the lifecycle's is known here.
        const QString flag = record.verdict;
        record.verdict = recordedVerdict(flag, out.verdict);
        if (!flag.isEmpty())
            record.detail += verdictToString(out.verdict);
        // A delivery that changed nothing (Ripio's retry, or a replay of a captured one: anyone
        // who has one can send it again and again) keeps what a rejected one keeps: its size, its
        // digest and its first bytes. The one that did change something is kept whole.
        if ((out.verdict == Verdict::Duplicate || out.verdict == Verdict::Stale) &&
            record.body.size() > unchangedBodyPrefix)
            record.body.truncate(unchangedBodyPrefix);
        appendDelivery(record, out);
    }
    if (out.ticket) {
        QString detail = fact.message;
        if (fact.isRemote() && fact.kind != Fact::Kind::Accepted)
            detail =
                statusToString(fact.status) + (fact.issueKey.isEmpty() ? QString() : QLatin1Char(' ') + fact.issueKey);
        insertEvent(out.ticket->id, fact.at.isValid() ? fact.at : now, factKindToString(fact.kind),
                    verdictToString(out.verdict), detail);
    }
    return out;
}

namespace {

// Statuses written into statements rather than bound: SQLite prepares a statement again at every
// run where a value bound to an indexed column's comparison changes (a third of the writer's time
// for one an event).
const QString unconfirmedSql = QLatin1Char('\'') + statusToString(TicketStatus::Unconfirmed) + QLatin1Char('\'');
const QString submittingSql = QLatin1Char('\'') + statusToString(TicketStatus::Submitting) + QLatin1Char('\'');

} // namespace

QList<QVariantList> TicketStore::waitingForTheirId(const QString &customerId, const QString &summary,
                                                   const QString &andWhere, const QVariantList &binds)
{
    return selectRows(QStringLiteral("SELECT id, status, created_at FROM tickets WHERE (status = %1 OR status = %2)"
                                     " AND ticket_id = '' AND created_here = 1 AND customer_id = ? AND summary = ?")
                              .arg(unconfirmedSql, submittingSql) +
                          andWhere + QStringLiteral(" ORDER BY id LIMIT 2"),
                      QVariantList{customerId, summary} + binds, 3, 2);
}

QList<qint64> TicketStore::rowsOfRipiosEvents(const QString &customerId, const QString &summary, const QDateTime &since)
{
    QList<qint64> ids;
    for (const QVariantList &row :
         selectRows(QStringLiteral("SELECT id FROM tickets WHERE created_here = 0 AND ticket_id <> ''"
                                   " AND customer_id = ? AND summary = ? AND created_at >= ? ORDER BY id LIMIT 2"),
                    {customerId, summary, msOrNull(since)}, 1, 2))
        ids << row.at(0).toLongLong();
    return ids;
}

void TicketStore::lockLostAnswers(bool givingUp)
{
    if (!m_dialect.isPostgres())
        return;
    exec(QStringLiteral("SELECT %1(%2)")
             .arg(givingUp ? QStringLiteral("pg_advisory_xact_lock") : QStringLiteral("pg_advisory_xact_lock_shared"))
             .arg(lostAnswersLockKey));
}

std::optional<Ticket> TicketStore::unansweredTicketFor(const Fact &webhook)
{
    if (webhook.customerId.isEmpty() || webhook.summary.isEmpty() || !webhook.at.isValid())
        return std::nullopt;
    // Every webhook for a ticket unknown here asks (a flood of Ripio's news of tickets made
    // elsewhere, a benchmark's): whether there is any such ticket at all is asked once a batch,
    // through SQLite's own interface there, as the ticket's lookup.
    std::optional<bool> local;
    std::optional<bool> &any = m_appends ? m_appends->anyUnanswered : local;
    if (!any) {
        // Under lockLostAnswers(), which applyFacts() takes at the start of a batch that holds a
        // webhook: a ticket given up meanwhile elsewhere is seen once committed, and one given up
        // after it waits for this transaction's rows.
        any =
            !selectRows(QStringLiteral("SELECT 1 FROM tickets WHERE status = %1 LIMIT 1").arg(unconfirmedSql), {}, 1, 1)
                 .isEmpty();
    }
    if (!*any)
        return std::nullopt;
    // Made no later than the event (give or take a clock), its answer given up within the day
    // before it; a SUBMITTING one (whose 202 may still come) makes two.
    const QList<QVariantList> waiting = waitingForTheirId(
        webhook.customerId, webhook.summary, QStringLiteral(" AND created_at <= ? AND updated_at >= ?"),
        {msOrNull(webhook.at.addSecs(300)), msOrNull(webhook.at.addDays(-1))});
    if (waiting.size() != 1 || waiting.first().at(1).toString() != statusToString(TicketStatus::Unconfirmed))
        return std::nullopt;
    // Nor when Ripio's events made a row for another ticket of them since it was made: which of
    // the two is this one could not be told.
    const QDateTime made = timeFrom(waiting.first().at(2));
    if (!rowsOfRipiosEvents(webhook.customerId, webhook.summary, made.addSecs(-300)).isEmpty())
        return std::nullopt;
    // Read again, and on PostgreSQL locked: another writer may have given it an ID meanwhile.
    std::optional<Ticket> t = loadTicketWhere(QStringLiteral("id"), waiting.first().at(0).toLongLong());
    if (!t || t->status != TicketStatus::Unconfirmed || !t->ticketId.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<Ticket> TicketStore::webhookTwinOf(const Ticket &unanswered)
{
    if (unanswered.customerId.isEmpty() || unanswered.summary.isEmpty() || !unanswered.createdHere)
        return std::nullopt;
    // No other ticket of this customer and summary waits for its ID, and Ripio's events made one
    // row for them since it was sent (its last change before the answer was given up: going
    // SUBMITTING), give or take a clock.
    if (!waitingForTheirId(unanswered.customerId, unanswered.summary, QStringLiteral(" AND id <> ?"), {unanswered.id})
             .isEmpty())
        return std::nullopt;
    const QDateTime sent = unanswered.updatedAt.isValid() ? unanswered.updatedAt : unanswered.createdAt;
    const QList<qint64> rows = rowsOfRipiosEvents(unanswered.customerId, unanswered.summary, sent.addSecs(-300));
    if (rows.size() != 1)
        return std::nullopt;
    return loadTicketWhere(QStringLiteral("id"), rows.first());
}

void TicketStore::appendDelivery(const DeliveryRecord &record, FactOutcome &out)
{
    if (m_appends)
        m_appends->deliveries.append({record, m_appends->slot});
    else
        out.deliveryId = insertDelivery(record);
}

QList<FactOutcome> TicketStore::applyFacts(const QList<FactInput> &inputs)
{
    QList<FactOutcome> outcomes;
    const auto work = [&] {
        outcomes.clear();
        outcomes.reserve(inputs.size());
        // Before any row is locked, on either side, so that the two never wait for each other's rows:
        // giving an answer up takes the lock alone; a batch of webhooks shares it.
        const auto has = [&inputs](Fact::Kind kind) {
            return std::any_of(inputs.cbegin(), inputs.cend(),
                               [kind](const FactInput &i) { return i.fact.kind == kind; });
        };
        if (has(Fact::Kind::AnswerLost))
            lockLostAnswers(true);
        else if (has(Fact::Kind::Webhook))
            lockLostAnswers(false);
        Appends appends;
        appends.outcomes = &outcomes;
        m_appends = &appends;
        const auto done = qScopeGuard([&] { m_appends = nullptr; });
        for (const FactInput &input : inputs) {
            appends.slot = outcomes.size();
            outcomes.append(applyOne(input));
        }
        flushAppends();
    };
    // PostgreSQL: two servers may write the same ticket at once (a webhook on
    // one, the 202 on the other). The later commit meets the earlier one's
    // unique ticket_id and rolls back; run again, it sees that row and folds
    // it in as the lifecycle says. A few attempts, never forever. Not a lock
    // held past lock_timeout: that waited 5 s already, and a receiver answers.
    // Such a rollback is no fault to log, unless the last attempt meets it too.
    constexpr int attempts = 4;
    bool ok = false;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        m_racesRunAgain = m_dialect.isPostgres() && attempt < attempts;
        ok = inWriteTransaction(work);
        m_racesRunAgain = false;
        if (ok || !m_dialect.isPostgres() || !isRace(m_lastError))
            break;
    }
    if (!ok) {
        outcomes = QList<FactOutcome>(inputs.size());
        for (FactOutcome &o : outcomes)
            o.error = m_lastError;
        return outcomes;
    }
    for (FactOutcome &o : outcomes)
        o.committed = true;
    return outcomes;
}

bool TicketStore::checkpoint(CheckpointSync sync)
{
    if (!isOpen() || m_dialect.isPostgres())
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // PASSIVE: copies what no reader still needs, never waits for a lock.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))) {
        m_lastError = classify(q.lastError());
        return false;
    }
    if (sync == CheckpointSync::AtLogEnd)
        return true;
    // Through SQLite's own descriptor of the file. Never a descriptor of our own: closing any
    // descriptor of a file drops every POSIX lock this process holds on it, and SQLite's locks
    // are what keep other processes from deleting or replaying a log still in use.
    const QVariant handle = QSqlDatabase::database(m_connectionName, false).driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3 *const *>(handle.constData())
                      : nullptr;
    int rc = SQLITE_MISUSE;
    if (db) {
        sqlite3_mutex_enter(sqlite3_db_mutex(db));
        sqlite3_file *file = nullptr;
        rc = sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
        if (rc == SQLITE_OK)
            rc = file && file->pMethods ? file->pMethods->xSync(file, SQLITE_SYNC_NORMAL) : SQLITE_MISUSE;
        sqlite3_mutex_leave(sqlite3_db_mutex(db));
    }
    if (rc != SQLITE_OK)
        m_lastError = StoreError::make(StoreError::Kind::Other,
                                       QCoreApplication::translate("TicketStore", "Cannot sync the database %1: %2")
                                           .arg(m_where, QString::fromUtf8(sqlite3_errstr(rc))));
    return rc == SQLITE_OK;
}

qint64 TicketStore::recordDelivery(const DeliveryRecord &record)
{
    qint64 id = 0;
    if (!inWriteTransaction([&] { id = insertDelivery(record); }))
        return 0;
    return id;
}

namespace {

DeliveryRecord readDelivery(const QSqlQuery &q)
{
    DeliveryRecord r;
    r.id = q.value(0).toLongLong();
    r.receivedAt = timeFrom(q.value(1));
    r.eventTime = timeFrom(q.value(2));
    r.eventType = q.value(3).toString();
    r.ticketId = q.value(4).toString();
    r.localTicketId = q.value(5).toLongLong();
    r.body = q.value(6).toByteArray();
    r.headers = q.value(7).toString();
    r.verdict = q.value(8).toString();
    r.detail = q.value(9).toString();
    if (!q.value(10).isNull())
        r.skewMs = q.value(10).toLongLong();
    r.peerAddress = q.value(11).toString();
    r.bodySize = q.value(12).toLongLong();
    r.bodySha256 = q.value(13).toString().toLatin1();
    r.suppressed = q.value(14).toLongLong();
    return r;
}

} // namespace

QList<DeliveryRecord> TicketStore::deliveries(const DeliveryFilter &filter, int limit, int offset)
{
    QList<DeliveryRecord> result;
    const bool ok = reading([&] {
        QString sql = QStringLiteral("SELECT ") + deliveryColumns + QStringLiteral(" FROM deliveries WHERE 1 = 1");
        QVariantList binds;
        if (!filter.verdict.isEmpty()) {
            sql += QStringLiteral(" AND verdict = ?");
            binds << filter.verdict;
        }
        if (!filter.eventType.isEmpty()) {
            sql += QStringLiteral(" AND event_type = ?");
            binds << filter.eventType;
        }
        if (filter.afterId > 0) {
            sql += QStringLiteral(" AND id > ?");
            binds << filter.afterId;
        }
        sql += QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
        binds << (limit >= 0 ? QVariant(limit) : m_dialect.noLimit()) << std::max(offset, 0);
        QSqlQuery &q = exec(sql, binds);
        while (q.next())
            result.append(readDelivery(q));
    });
    if (!ok)
        result.clear();
    return result;
}

QList<qint64> TicketStore::deliveryIdsAfter(qint64 afterId, int limit)
{
    QList<qint64> ids;
    const bool ok = reading([&] {
        QSqlQuery &q =
            exec(QStringLiteral("SELECT id FROM deliveries WHERE id > ? ORDER BY id DESC LIMIT ?"), {afterId, limit});
        while (q.next())
            ids.append(q.value(0).toLongLong());
    });
    if (!ok)
        ids.clear();
    return ids;
}

QList<DeliveryRecord> TicketStore::deliveriesForTicket(const QString &ticketId)
{
    if (ticketId.isEmpty())
        return {};
    QList<DeliveryRecord> result;
    const bool ok = reading([&] {
        // Those applied to the ticket here and those of its ticketId linked to
        // none, newest first (schema version 8 indexes each kind).
        QSqlQuery &q = exec(QStringLiteral("SELECT ") + deliveryColumns +
                                QStringLiteral(" FROM deliveries WHERE local_ticket = (SELECT id FROM tickets"
                                               " WHERE ticket_id = ? AND ticket_id <> '')"
                                               " UNION ALL SELECT ") +
                                deliveryColumns +
                                QStringLiteral(" FROM deliveries WHERE local_ticket IS NULL AND ticket_id = ?"
                                               " ORDER BY id DESC"),
                            {ticketId, ticketId});
        while (q.next())
            result.append(readDelivery(q));
    });
    if (!ok)
        result.clear();
    return result;
}

bool TicketStore::recordEvent(qint64 ticketLocalId, const QString &kind, const QString &verdict, const QString &detail)
{
    return inWriteTransaction([&] { insertEvent(ticketLocalId, m_clock.now(), kind, verdict, detail); });
}

QList<TicketEvent> TicketStore::events(qint64 ticketLocalId)
{
    QList<TicketEvent> result;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT id, ticket, at, kind, verdict, detail FROM ticket_events"
                                           " WHERE ticket = ? ORDER BY id"),
                            {ticketLocalId});
        while (q.next())
            result.append(TicketEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), timeFrom(q.value(2)),
                                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    });
    return result;
}

bool TicketStore::markCustomerClosed(const QString &customerId, const QDateTime &at)
{
    return inWriteTransaction([&] { closeCustomer(customerId, at); });
}

void TicketStore::closeCustomer(const QString &customerId, const QDateTime &at)
{
    write(QStringLiteral("INSERT INTO customers (customer_id, last_seen_at, closed, closed_at) VALUES (?,?,1,?)"
                         " ON CONFLICT (customer_id) DO UPDATE SET closed = 1,"
                         " closed_at = COALESCE(customers.closed_at, excluded.closed_at)"),
          {customerId, msOrNull(at), msOrNull(at)});
}

QList<CustomerRecord> TicketStore::customers()
{
    QList<CustomerRecord> result;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT customer_id, name, email, external_ref, last_summary, last_seen_at,"
                                           " closed, closed_at FROM customers ORDER BY customer_id"));
        while (q.next()) {
            CustomerRecord c;
            c.customerId = q.value(0).toString();
            c.name = q.value(1).toString();
            c.email = q.value(2).toString();
            c.externalRef = q.value(3).toString();
            c.lastSummary = q.value(4).toString();
            c.lastSeenAt = timeFrom(q.value(5));
            c.closed = q.value(6).toInt() != 0;
            c.closedAt = timeFrom(q.value(7));
            result.append(c);
        }
    });
    return result;
}

bool TicketStore::importCustomers(const QList<CustomerRecord> &rows)
{
    return inWriteTransaction([&] {
        // A customer a ticket noted as "ABC…" is the one a list names "abc…".
        QHash<QString, QString> known;
        QSqlQuery &q = exec(QStringLiteral("SELECT customer_id FROM customers"));
        while (q.next()) {
            const QString id = q.value(0).toString();
            known.insert(id.toLower(), id);
        }
        // A customer named twice (in any case) is written once, as the list names it last.
        QStringList order;
        QHash<QString, const CustomerRecord *> last;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString key = rows.at(i).customerId.trimmed().toLower();
            if (key.isEmpty())
                throw SqlFailure{StoreError::make(
                    StoreError::Kind::Other,
                    QCoreApplication::translate("TicketStore",
                                                "Customer %1 of the list has no customer id: nothing was imported.")
                        .arg(i + 1))};
            if (!last.contains(key))
                order.append(key);
            last.insert(key, &rows.at(i));
        }
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        inStatements(order.size(), [&](qsizetype first, qsizetype size) {
            QVariantList binds;
            for (qsizetype i = first; i < first + size; ++i) {
                const CustomerRecord &c = *last.value(order.at(i));
                binds << known.value(order.at(i), c.customerId.trimmed()) << c.name << c.email << c.externalRef << now;
            }
            write(QStringLiteral("INSERT INTO customers (customer_id, name, email, external_ref, updated_at) VALUES ") +
                      valueRows(size, 5) +
                      QStringLiteral(" ON CONFLICT (customer_id) DO UPDATE SET name = excluded.name,"
                                     " email = excluded.email, external_ref = excluded.external_ref,"
                                     " updated_at = excluded.updated_at"),
                  binds);
        });
    });
}

QList<TicketTemplate> TicketStore::templates()
{
    QList<TicketTemplate> result;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT name, summary, description, updated_at, updated_by FROM templates"
                                           " ORDER BY name"));
        while (q.next())
            result.append(TicketTemplate{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         timeFrom(q.value(3)), q.value(4).toString()});
    });
    return result;
}

void TicketStore::refuseStaleTemplate(const QString &name, const QDateTime &basedOn)
{
    QSqlQuery &q = exec(QStringLiteral("SELECT updated_by FROM templates WHERE name = ?"), {name});
    const bool exists = q.next();
    const QString by = exists ? q.value(0).toString() : QString();
    QString message;
    if (!basedOn.isValid())
        message =
            by.isEmpty()
                ? QCoreApplication::translate("TicketStore", "A template named %1 was added meanwhile.").arg(name)
                : QCoreApplication::translate("TicketStore", "%2 added a template named %1 meanwhile.").arg(name, by);
    else if (!exists)
        message = QCoreApplication::translate("TicketStore", "The template %1 was deleted meanwhile.").arg(name);
    else
        message =
            by.isEmpty()
                ? QCoreApplication::translate("TicketStore", "The template %1 was changed meanwhile.").arg(name)
                : QCoreApplication::translate("TicketStore", "%2 changed the template %1 meanwhile.").arg(name, by);
    throw SqlFailure{StoreError::make(StoreError::Kind::Stale, message)};
}

bool TicketStore::refuseNamelessTemplate(const QString &name)
{
    if (!name.isEmpty())
        return false;
    m_lastError = StoreError::make(StoreError::Kind::Other,
                                   QCoreApplication::translate("TicketStore", "A template needs a name."));
    return true;
}

bool TicketStore::insertTemplate(const QString &name, const TicketTemplate &t)
{
    QVariantList binds{name, t.summary, t.description, m_clock.now().toMSecsSinceEpoch()};
    const QString author = operatorSql(binds);
    return exec(QStringLiteral("INSERT INTO templates (name, summary, description, updated_at, updated_by)"
                               " VALUES (?,?,?,?,") +
                    author + QStringLiteral(") ON CONFLICT (name) DO NOTHING"),
                binds)
               .numRowsAffected() > 0;
}

bool TicketStore::saveTemplate(const TicketTemplate &t, const QDateTime &basedOn)
{
    const QString name = t.name.trimmed();
    if (refuseNamelessTemplate(name))
        return false;
    return inWriteTransaction([&] {
        // One statement that writes only over the version the editor read (or none): two saves at
        // once on a team database cannot both pass a check made before them.
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        bool written = false;
        if (!basedOn.isValid()) {
            written = insertTemplate(name, t);
        } else {
            // updated_at is the version: it always moves on, even for two saves in one millisecond
            // or from a computer whose clock is behind.
            QVariantList binds{t.summary, t.description, now, now};
            const QString author = operatorSql(binds);
            binds << name << basedOn.toMSecsSinceEpoch();
            written = exec(QStringLiteral("UPDATE templates SET summary = ?, description = ?,"
                                          " updated_at = CASE WHEN ? > updated_at THEN ? ELSE updated_at + 1 END,"
                                          " updated_by = ") +
                               author + QStringLiteral(" WHERE name = ? AND updated_at = ?"),
                           binds)
                          .numRowsAffected() > 0;
        }
        if (!written)
            refuseStaleTemplate(name, basedOn);
    });
}

bool TicketStore::renameTemplate(const QString &from, const QDateTime &fromVersion, const TicketTemplate &to)
{
    const QString name = to.name.trimmed();
    if (refuseNamelessTemplate(name))
        return false;
    return inWriteTransaction([&] {
        // The old one first, only as the editor read it: a teammate's newer version is not
        // renamed away unseen. Then the new name, only where none is.
        if (exec(QStringLiteral("DELETE FROM templates WHERE name = ? AND updated_at = ?"),
                 {from.trimmed(), fromVersion.toMSecsSinceEpoch()})
                .numRowsAffected() < 1)
            refuseStaleTemplate(from.trimmed(), fromVersion);
        if (!insertTemplate(name, to))
            refuseStaleTemplate(name, QDateTime());
    });
}

bool TicketStore::deleteTemplate(const QString &name, const QDateTime &basedOn)
{
    return inWriteTransaction([&] {
        if (basedOn.isValid()) {
            // Only the version the operator saw: a teammate's newer one is not deleted unseen.
            QSqlQuery &q = exec(QStringLiteral("DELETE FROM templates WHERE name = ? AND updated_at = ?"),
                                {name.trimmed(), basedOn.toMSecsSinceEpoch()});
            if (q.numRowsAffected() < 1)
                refuseStaleTemplate(name.trimmed(), basedOn);
            return;
        }
        QSqlQuery &q = exec(QStringLiteral("DELETE FROM templates WHERE name = ?"), {name.trimmed()});
        if (q.numRowsAffected() < 1)
            throw SqlFailure{StoreError::make(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("TicketStore", "There is no template named %1.").arg(name.trimmed()))};
    });
}

QString TicketStore::openTicketKey(const QString &customerId, const QString &summary)
{
    // Summaries that read the same are the same: composed or decomposed accents, runs of spaces.
    return customerId.toLower() + QLatin1Char('\n') +
           summary.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

bool TicketStore::countsAsOpen(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Queued:
    case TicketStatus::Submitting:
    case TicketStatus::Pending:
    case TicketStatus::Unconfirmed:
    case TicketStatus::Created:
        return true;
    case TicketStatus::Failed:
    case TicketStatus::Rejected:
        break;
    }
    return false;
}

namespace {

// "status IN (?,?,...)" over the statuses TicketStore::countsAsOpen() counts, with their binds.
QString openStatusCondition(QVariantList &binds)
{
    QStringList marks;
    for (TicketStatus s : allTicketStatuses) {
        if (TicketStore::countsAsOpen(s)) {
            marks << QStringLiteral("?");
            binds << statusToString(s);
        }
    }
    return QStringLiteral("status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

QList<Ticket> TicketStore::similarOpenTickets(const QString &customerId, const QString &summary, const QDateTime &since)
{
    QList<Ticket> result;
    const QString key = openTicketKey(customerId.trimmed(), summary);
    const bool ok = reading([&] {
        // Customer, status and time in SQL; the summary compared here, with the
        // same folding as openTicketKey() (SQL's lower() and trim() differ by backend).
        QVariantList binds{customerId.trimmed(), msOrNull(since)};
        const QString statuses = openStatusCondition(binds);
        QSqlQuery &q = exec(QStringLiteral("SELECT ") + ticketColumns +
                                QStringLiteral(" FROM tickets WHERE lower(customer_id) = lower(?) AND created_at >= ?"
                                               " AND ") +
                                statuses + QStringLiteral(" ORDER BY created_at, id"),
                            binds);
        QList<Ticket> rows;
        while (q.next()) {
            Ticket t = readTicketRow(q, false);
            if (openTicketKey(t.customerId, t.summary) == key)
                rows.append(t);
        }
        for (Ticket &t : rows)
            t.attachments = loadAttachments(t.id);
        result = rows;
    });
    if (!ok)
        result.clear();
    return result;
}

std::optional<QSet<QString>> TicketStore::openTicketKeys(const QDateTime &since)
{
    QSet<QString> keys;
    const bool ok = reading([&] { keys = openKeysSince(since); });
    if (!ok)
        return std::nullopt;
    return keys;
}

QSet<QString> TicketStore::openKeysSince(const QDateTime &since)
{
    QSet<QString> keys;
    QVariantList binds{msOrNull(since)};
    const QString statuses = openStatusCondition(binds);
    QSqlQuery &q =
        exec(QStringLiteral("SELECT customer_id, summary FROM tickets WHERE created_at >= ? AND ") + statuses, binds);
    while (q.next())
        keys.insert(openTicketKey(q.value(0).toString(), q.value(1).toString()));
    return keys;
}

QString TicketStore::openRequestKey(const QString &customerId, const QString &summary,
                                    const std::optional<QString> &description, const QString &reference)
{
    const QString key = openTicketKey(customerId, summary) + QLatin1Char('\n') + reference.trimmed();
    if (description)
        return QStringLiteral("D\n") + key + QLatin1Char('\n') + description->trimmed();
    return QStringLiteral("R\n") + key;
}

std::optional<QSet<QString>> TicketStore::openTicketRequests(const QDateTime &since)
{
    QSet<QString> keys;
    const bool ok = reading([&] {
        QVariantList binds{msOrNull(since)};
        const QString statuses = openStatusCondition(binds);
        QSqlQuery &q = exec(QStringLiteral("SELECT customer_id, summary, description, reference FROM tickets"
                                           " WHERE created_at >= ? AND ") +
                                statuses,
                            binds);
        while (q.next()) {
            keys.insert(openRequestKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString()));
            keys.insert(
                openRequestKey(q.value(0).toString(), q.value(1).toString(), std::nullopt, q.value(3).toString()));
        }
    });
    if (!ok)
        return std::nullopt;
    return keys;
}

RetryResult TicketStore::createRetry(qint64 failedId, const QList<Attachment> &attachments)
{
    using K = StoreError::Kind;
    RetryResult result;
    const bool ok = inWriteTransaction([&] {
        const std::optional<Ticket> original = loadTicketWhere(QStringLiteral("id"), failedId);
        if (!original)
            throw SqlFailure{StoreError::make(
                K::NotFound, QCoreApplication::translate("TicketStore", "There is no ticket #%1.").arg(failedId))};
        if (original->retriedAs != 0) {
            result.original = original;
            result.retry = loadTicketWhere(QStringLiteral("id"), original->retriedAs);
            return;
        }
        if (!isRetryable(original->status))
            throw SqlFailure{StoreError::make(
                K::NotRetryable, QCoreApplication::translate("TicketStore", "Ticket #%1 is %2: only FAILED, REJECTED "
                                                                            "or UNCONFIRMED tickets can be retried.")
                                     .arg(failedId)
                                     .arg(statusToString(original->status)))};
        const QDateTime now = m_clock.now();
        Ticket retry;
        retry.customerId = original->customerId;
        retry.summary = original->summary;
        retry.description = original->description;
        retry.reference = original->reference;
        retry.status = TicketStatus::Queued;
        retry.retryOf = original->id;
        retry.createdHere = true;
        retry.attachments = attachments;
        insertTicketRow(retry);
        insertEvent(retry.id, now, QStringLiteral("created"), QString(),
                    TicketEventLink{TicketEventLink::Kind::RetryOf, original->id}.detail());

        // A team database links the retry itself (`db init` installs the
        // trigger), for operators who may not update tickets.
        std::optional<Ticket> linked = loadTicketWhere(QStringLiteral("id"), failedId);
        if (linked && linked->retriedAs == retry.id) {
            result.original = linked;
            result.retry = retry;
            result.created = true;
            return;
        }
        const Transition tr = applyFact(original, Fact::retriedAs(retry.id, now));
        if (m_restricted || tr.verdict != Verdict::Applied || !tr.ticket)
            throw SqlFailure{StoreError::make(
                K::NotRetryable, QCoreApplication::translate("TicketStore", "Ticket #%1 cannot be retried (%2).")
                                     .arg(failedId)
                                     .arg(verdictToString(tr.verdict)))};
        Ticket updated = *tr.ticket;
        updated.updatedAt = now;
        saveTicket(updated);
        insertEvent(updated.id, now, factKindToString(Fact::Kind::RetriedAs), verdictToString(tr.verdict),
                    TicketEventLink{TicketEventLink::Kind::RetriedAs, retry.id}.detail());
        result.original = updated;
        result.retry = retry;
        result.created = true;
    });
    if (ok)
        return result;
    const StoreError error = m_lastError;
    // Another desk retried the same ticket at the same moment and committed
    // first (the unique index on retry_of let only one through): its retry is the retry.
    if (error.kind == K::Constraint) {
        const std::optional<Ticket> original = ticket(failedId);
        if (original && original->retriedAs != 0) {
            result.original = original;
            result.retry = ticket(original->retriedAs);
            if (result.retry)
                return result;
        }
        m_lastError = error;
    }
    return RetryResult{error, std::nullopt, std::nullopt, false};
}

qint64 TicketStore::changeSeq()
{
    if (m_txSeq == 0) {
        // The counter's row stays locked until this transaction ends: the next
        // writer takes the next number only after this one committed (or
        // rolled back, and the number with it).
        QSqlQuery &q = exec(QStringLiteral("UPDATE change_counter SET seq = seq + 1 WHERE id = 1 RETURNING seq"));
        if (!q.next())
            throw SqlFailure{classify(q.lastError())};
        m_txSeq = q.value(0).toLongLong();
    }
    return m_txSeq;
}

void TicketStore::insertTombstone(qint64 ticketLocalId)
{
    exec(QStringLiteral("INSERT INTO ticket_tombstones (id, change_seq) VALUES (?, ?)"
                        " ON CONFLICT (id) DO UPDATE SET change_seq = excluded.change_seq"),
         {ticketLocalId, changeSeq()});
}

qint64 TicketStore::lastChange()
{
    qint64 seq = -1;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT seq FROM change_counter WHERE id = 1"));
        if (q.next())
            seq = q.value(0).toLongLong();
    });
    return seq;
}

std::optional<TicketStore::Changes> TicketStore::changesSince(qint64 cursor, int limit)
{
    Changes changes;
    const bool ok = reading([&] {
        QSqlQuery &c = exec(QStringLiteral("SELECT seq FROM change_counter WHERE id = 1"));
        const qint64 last = c.next() ? c.value(0).toLongLong() : cursor;
        // Numbers are consecutive, one per committed write, and every number up
        // to `last` has committed: read a range of them, never past `last`.
        const qint64 upTo = std::min(last, cursor + std::max(limit, 1));
        changes.cursor = std::max(upTo, cursor);
        changes.complete = upTo >= last;
        if (upTo <= cursor)
            return;
        QSqlQuery &q = exec(QStringLiteral("SELECT ") + ticketColumns +
                                QStringLiteral(" FROM tickets WHERE change_seq > ? AND change_seq <= ?"
                                               " ORDER BY change_seq, id"),
                            {cursor, upTo});
        QList<Ticket> rows;
        while (q.next())
            rows.append(readTicketRow(q, false));
        for (Ticket &t : rows)
            t.attachments = loadAttachments(t.id);
        changes.tickets = rows;
        QSqlQuery &r = exec(QStringLiteral("SELECT id FROM ticket_tombstones WHERE change_seq > ? AND change_seq <= ?"
                                           " ORDER BY change_seq, id"),
                            {cursor, upTo});
        while (r.next())
            changes.removed.append(r.value(0).toLongLong());
    });
    if (!ok)
        return std::nullopt;
    return changes;
}

QList<Ticket> TicketStore::claimQueued(const QString &claimant, qint64 leaseMs, int limit, const QString &apiBase)
{
    QList<Ticket> claimed;
    const bool ok = inWriteTransaction([&] {
        claimed.clear();
        QList<qint64> ids;
        QSqlQuery &q = exec(QStringLiteral("SELECT id FROM tickets WHERE status = ? ORDER BY created_at, id LIMIT ?") +
                                m_dialect.forUpdateSkipLocked(),
                            {statusToString(TicketStatus::Queued), std::max(limit, 0)});
        while (q.next())
            ids.append(q.value(0).toLongLong());
        const QDateTime now = m_clock.now();
        for (const qint64 id : ids) {
            const FactOutcome out = applyOne(FactInput::forLocal(id, Fact::submit(now)));
            if (out.verdict != Verdict::Applied || !out.ticket)
                continue;
            exec(QStringLiteral("UPDATE tickets SET claimed_by = ?, claimed_until = ?, api_base = ? WHERE id = ?"),
                 {claimant, now.toMSecsSinceEpoch() + leaseMs, apiBase, id});
            claimed.append(*out.ticket);
            claimed.last().apiBase = apiBase;
        }
    });
    if (!ok)
        claimed.clear();
    return claimed;
}

bool TicketStore::renewClaims(const QString &claimant, const QList<qint64> &ids, qint64 leaseMs)
{
    if (ids.isEmpty())
        return true;
    const qint64 until = m_clock.now().toMSecsSinceEpoch() + leaseMs;
    return inWriteTransaction([&] {
        for (const qint64 id : ids)
            exec(QStringLiteral("UPDATE tickets SET claimed_until = ? WHERE id = ? AND claimed_by = ? AND status = ?"),
                 {until, id, claimant, statusToString(TicketStatus::Submitting)});
    });
}

QList<Ticket> TicketStore::expireClaims(const QString &reason, bool startingAlone, QList<qint64> *removed,
                                        const QStringList &endedClaimants)
{
    // Another process's lease is judged by this one's clock: kept to the team database's
    // first, should it have stepped since the last measurement (a server resumed from sleep).
    followDatabaseClock();
    QList<Ticket> changed;
    QList<qint64> merged;
    const bool ok = inWriteTransaction([&] {
        changed.clear();
        merged.clear();
        const QDateTime now = m_clock.now();
        QString ended;
        QVariantList binds{statusToString(TicketStatus::Submitting), now.toMSecsSinceEpoch(), int(startingAlone),
                           now.toMSecsSinceEpoch() - claimHolderFreshMs};
        for (const QString &claimant : endedClaimants) {
            ended += ended.isEmpty() ? QStringLiteral(" OR claimed_by IN (?") : QStringLiteral(",?");
            binds << claimant;
        }
        if (!ended.isEmpty())
            ended += QLatin1Char(')');
        const QString expired =
            QStringLiteral(
                "FROM tickets WHERE status = ? AND (claimed_until IS NULL OR claimed_until < ? OR (? = 1 AND NOT EXISTS"
                " (SELECT 1 FROM servers WHERE servers.instance = tickets.claimed_by AND servers.last_seen >= ?))") +
            ended + QLatin1Char(')');
        // Every tick of every sender asks: the lock (which holds up every receiver's webhooks)
        // only when a claim has expired. One that expires meanwhile waits for the next tick.
        if (m_dialect.isPostgres() &&
            !exec(QStringLiteral("SELECT 1 ") + expired + QStringLiteral(" LIMIT 1"), binds).next())
            return;
        lockLostAnswers(true);
        QList<qint64> ids;
        QSqlQuery &q = exec(QStringLiteral("SELECT id ") + expired + QStringLiteral(" ORDER BY id") +
                                m_dialect.forUpdateSkipLocked(),
                            binds);
        while (q.next())
            ids.append(q.value(0).toLongLong());
        for (const qint64 id : ids) {
            const FactOutcome out = applyOne(FactInput::forLocal(id, Fact::answerLost(reason, now)));
            if (out.ticket)
                changed.append(*out.ticket);
            if (out.mergedFrom)
                merged.append(out.mergedFrom);
        }
    });
    if (!ok) {
        changed.clear();
        merged.clear();
    }
    if (removed)
        *removed = merged;
    return changed;
}

bool TicketStore::claimCheck(const QString &claimant, qint64 id, const QDateTime &until)
{
    bool claimed = false;
    const bool ok = inWriteTransaction([&] {
        // One statement: on PostgreSQL a second claimant waits for the first's
        // row lock and then sees its claim; on SQLite writers take turns.
        // A holder without a fresh heartbeat has stopped (or was killed): its claim is void.
        const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
        QSqlQuery &q = exec(QStringLiteral("UPDATE tickets SET claimed_by = ?, claimed_until = ? WHERE id = ? AND"
                                           " (status = ? OR status = ?) AND (claimed_by = ? OR claimed_by = '' OR"
                                           " claimed_until IS NULL OR claimed_until <= ? OR NOT EXISTS (SELECT 1 FROM"
                                           " servers WHERE servers.instance = tickets.claimed_by AND"
                                           " servers.last_seen >= ?))"),
                            {claimant, until.toMSecsSinceEpoch(), id, statusToString(TicketStatus::Pending),
                             statusToString(TicketStatus::Unconfirmed), claimant, nowMs, nowMs - claimHolderFreshMs});
        claimed = q.numRowsAffected() == 1;
    });
    return ok && claimed;
}

bool TicketStore::heartbeat(const ServerRecord &r)
{
    return inWriteTransaction([&] {
        exec(QStringLiteral("INSERT INTO servers (instance, host, role, listen_url, version, started_at, last_seen,"
                            " counters) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (instance) DO UPDATE SET"
                            " host = excluded.host, role = excluded.role, listen_url = excluded.listen_url,"
                            " version = excluded.version, last_seen = excluded.last_seen,"
                            " counters = excluded.counters"),
             {r.instance, r.host, r.role, r.listenUrl, r.version,
              msOrNull(r.startedAt.isValid() ? r.startedAt : m_clock.now()),
              msOrNull(r.lastSeen.isValid() ? r.lastSeen : m_clock.now()), r.counters});
    });
}

bool TicketStore::removeHeartbeat(const QString &instance)
{
    return inWriteTransaction([&] { exec(QStringLiteral("DELETE FROM servers WHERE instance = ?"), {instance}); });
}

QList<ServerRecord> TicketStore::servers()
{
    QList<ServerRecord> result;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT instance, host, role, listen_url, version, started_at, last_seen,"
                                           " counters FROM servers ORDER BY last_seen DESC, instance"));
        while (q.next())
            result.append(ServerRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString(), timeFrom(q.value(5)),
                                       timeFrom(q.value(6)), q.value(7).toString()});
    });
    return result;
}

namespace {

std::optional<qint64> msOrNullopt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

DurationFigures durationFigures(const QSqlQuery &q, int first)
{
    DurationFigures f;
    f.count = q.value(first).toLongLong();
    if (f.count > 0) {
        f.p50Ms = msOrNullopt(q.value(first + 1));
        f.p95Ms = msOrNullopt(q.value(first + 2));
    }
    return f;
}

// `part` of `whole`; nullopt when `whole` is 0.
std::optional<double> share(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

} // namespace

std::optional<QList<qint64>> TicketStore::deliveredTickets(qint64 fromMs, qint64 untilMs,
                                                           DeliveryFigures::Category category)
{
    QList<qint64> ids;
    const InsightsStatement s = InsightsSql::deliveredTickets(fromMs, untilMs, category);
    const bool ok = inReadTransaction([&] {
        ids.clear();
        QSqlQuery &q = exec(s.sql, s.binds);
        while (q.next())
            ids << q.value(0).toLongLong();
    });
    if (!ok)
        return std::nullopt;
    return ids;
}

std::optional<Insights> TicketStore::insights(const InsightsQuery &query)
{
    using K = StoreError::Kind;
    const QList<QDate> days = query.days();
    if (days.isEmpty() || !query.zone.isValid()) {
        m_lastError = StoreError::make(
            K::Other, QCoreApplication::translate("TicketStore", "The insights range from %1 to %2 holds no day.")
                          .arg(query.from.toString(Qt::ISODate), query.until.toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (days.size() > InsightsQuery::maxDays) {
        m_lastError = StoreError::make(
            K::Other, QCoreApplication::translate("TicketStore", "The insights range from %1 to %2 is %3 days long;"
                                                                 " at most %4 days can be asked at once.")
                          .arg(query.from.toString(Qt::ISODate), query.until.toString(Qt::ISODate))
                          .arg(days.size())
                          .arg(InsightsQuery::maxDays));
        return std::nullopt;
    }
    Insights result;
    result.query = query;
    if (!result.query.now.isValid())
        result.query.now = m_clock.now();
    const InsightsSql sql(result.query, result.query.now.toMSecsSinceEpoch());
    const auto run = [this](const InsightsStatement &s) -> QSqlQuery & { return exec(s.sql, s.binds); };
    // Only aggregates come back: at most one row per day (or per histogram bar).
    const auto dayOf = [&](qint64 d) -> InsightsDay & {
        if (d < 0 || d >= result.days.size())
            throw SqlFailure{StoreError::make(
                K::Other, QCoreApplication::translate("TicketStore", "The insights query returned day %1.").arg(d))};
        return result.days[d];
    };

    const bool ok = inReadTransaction([&] {
        result.days.clear();
        for (const QDate &day : days)
            result.days.append(InsightsDay{day, {}, {}, {}});
        ArrivalFigures &arrivals = result.arrivals;
        arrivals = {};

        QSqlQuery &outcomes = run(sql.outcomesByDay());
        while (outcomes.next()) {
            OutcomeFigures &o = dayOf(outcomes.value(0).toLongLong()).outcomes;
            o.created = outcomes.value(1).toLongLong();
            o.failed = outcomes.value(2).toLongLong();
            o.rejected = outcomes.value(3).toLongLong();
            o.unconfirmed = outcomes.value(4).toLongLong();
            o.open = outcomes.value(5).toLongLong();
            arrivals.byWebhook += outcomes.value(6).toLongLong();
            arrivals.byReconciliation += outcomes.value(7).toLongLong();
            arrivals.unknown += outcomes.value(8).toLongLong();
            arrivals.retries += outcomes.value(9).toLongLong();
            arrivals.firstFailures += outcomes.value(10).toLongLong();
        }

        result.histogram.clear();
        for (const qint64 bound : insightsHistogramBounds())
            result.histogram.append(DurationBucket{bound, 0});
        result.histogram.append(DurationBucket{-1, 0});
        QSqlQuery &durations = run(sql.durations());
        while (durations.next()) {
            const qint64 key = durations.value(1).toLongLong();
            switch (durations.value(0).toInt()) {
            case 0:
                dayOf(key).durations = durationFigures(durations, 2);
                break;
            case 1:
                result.durations = durationFigures(durations, 2);
                break;
            default:
                if (key >= 0 && key < result.histogram.size())
                    result.histogram[key].count = durations.value(2).toLongLong();
                break;
            }
        }

        QSqlQuery &cured = run(sql.curedByRetry());
        if (!cured.next())
            throw SqlFailure{classify(cured.lastError())};
        arrivals.curedByRetry = cured.value(0).toLongLong();

        QSqlQuery &received = run(sql.deliveriesByDay());
        while (received.next()) {
            DeliveryFigures &f = dayOf(received.value(0).toLongLong()).deliveries;
            f.valid = received.value(1).toLongLong();
            f.late = received.value(2).toLongLong();
            f.duplicate = received.value(3).toLongLong();
            f.badSignature = received.value(4).toLongLong();
            f.quarantined = received.value(5).toLongLong();
            f.otherFamily = received.value(6).toLongLong();
            f.other = received.value(7).toLongLong();
        }

        NowFigures &now = result.now;
        now = {};
        QSqlQuery &open = run(sql.nowFigures());
        if (!open.next())
            throw SqlFailure{classify(open.lastError())};
        now.open = open.value(0).toLongLong();
        now.stuck = open.value(1).toLongLong();
        now.oldestPendingSince = timeFrom(open.value(2));
        QSqlQuery &last = run(sql.lastEventDelivery());
        if (last.next())
            now.lastWebhookAt = timeFrom(last.value(0));
    });
    if (!ok)
        return std::nullopt;

    // The range's totals are the sums of its days (at most maxDays of them).
    for (const InsightsDay &day : std::as_const(result.days)) {
        result.outcomes.created += day.outcomes.created;
        result.outcomes.failed += day.outcomes.failed;
        result.outcomes.rejected += day.outcomes.rejected;
        result.outcomes.unconfirmed += day.outcomes.unconfirmed;
        result.outcomes.open += day.outcomes.open;
        result.deliveries.valid += day.deliveries.valid;
        result.deliveries.late += day.deliveries.late;
        result.deliveries.duplicate += day.deliveries.duplicate;
        result.deliveries.badSignature += day.deliveries.badSignature;
        result.deliveries.quarantined += day.deliveries.quarantined;
        result.deliveries.otherFamily += day.deliveries.otherFamily;
        result.deliveries.other += day.deliveries.other;
    }
    result.arrivals.failureRate = share(result.outcomes.failed, result.outcomes.created + result.outcomes.failed);
    result.arrivals.curedShare = share(result.arrivals.curedByRetry, result.arrivals.firstFailures);
    return result;
}

int TicketStore::schemaVersion()
{
    int version = -1;
    reading([&] {
        QSqlQuery &q = exec(m_dialect.isPostgres() ? QStringLiteral("SELECT version FROM ticketdesk_schema")
                                                   : QStringLiteral("PRAGMA user_version"));
        if (q.next())
            version = q.value(0).toInt();
    });
    return version;
}

QString TicketStore::integrityCheck()
{
    QStringList lines;
    const bool ok = reading([&] {
        // PostgreSQL checks its pages itself (and amcheck is an extension a DBA
        // runs): here, that every table answers.
        QSqlQuery &q = exec(m_dialect.isPostgres()
                                ? QStringLiteral("SELECT CASE WHEN (SELECT count(*) FROM tickets) >= 0 AND (SELECT "
                                                 "count(*) FROM deliveries) >= 0 AND (SELECT seq FROM change_counter)"
                                                 " >= 0 THEN 'ok' ELSE 'damaged' END")
                                : QStringLiteral("PRAGMA integrity_check"));
        while (q.next())
            lines << q.value(0).toString();
    });
    if (!ok)
        return m_lastError.message;
    return lines.join(QLatin1Char('\n'));
}

std::optional<DeliveryPruneStep> TicketStore::pruneDeliveries(const QDateTime &before, qint64 keepRows, int maxRows)
{
    maxRows = std::max(maxRows, 1);
    // How many rows the count limit is over, among those the age limit keeps:
    // a count over a narrow index, outside the write lock. Rows written
    // meanwhile are newer and kept. (Finding the boundary by skipping the
    // newest keepRows rows instead walks the table itself: a million rows,
    // most of a gigabyte, read again for every step.)
    qint64 excess = 0;
    if (keepRows > 0 && !reading([&] {
            QSqlQuery &q = before.isValid()
                               ? exec(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE received_at >= ?"),
                                      {before.toMSecsSinceEpoch()})
                               : exec(QStringLiteral("SELECT COUNT(*) FROM deliveries"));
            if (q.next())
                excess = q.value(0).toLongLong() - keepRows;
        }))
        return std::nullopt;

    DeliveryPruneStep step;
    const bool ok = inWriteTransaction([&] {
        step = {};
        if (before.isValid()) {
            QSqlQuery &q = exec(QStringLiteral("DELETE FROM deliveries WHERE id IN (SELECT id FROM deliveries"
                                               " WHERE received_at < ? ORDER BY received_at LIMIT ?)"),
                                {before.toMSecsSinceEpoch(), maxRows});
            step.deleted += std::max(q.numRowsAffected(), 0);
        }
        // Room left: the age limit left nothing older to delete, so the oldest
        // rows now are those the count limit is over.
        if (excess > 0 && step.deleted < maxRows) {
            QSqlQuery &q = exec(QStringLiteral("DELETE FROM deliveries WHERE id IN (SELECT id FROM deliveries"
                                               " ORDER BY id LIMIT ?)"),
                                {std::min<qint64>(excess, maxRows - step.deleted)});
            step.deleted += std::max(q.numRowsAffected(), 0);
        }
        step.more = step.deleted >= maxRows;
    });
    if (!ok)
        return std::nullopt;
    return step;
}

std::optional<DeliveryStats> TicketStore::deliveryStats()
{
    DeliveryStats stats;
    const bool ok = reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT COUNT(*), MIN(received_at) FROM deliveries"));
        if (q.next()) {
            stats.count = q.value(0).toLongLong();
            stats.oldest = timeFrom(q.value(1));
        }
    });
    if (!ok)
        return std::nullopt;
    return stats;
}

} // namespace TicketDesk
