// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ticketstore.h"

#include "core/lifecycle.h"
#include "core/logging.h"
#include "store/schemamigrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <unistd.h>

#include <unordered_map>

namespace TicketDesk {

namespace {

// Thrown inside a transaction body, caught at the transaction boundary, never
// outside this file: it keeps every write path all-or-nothing without checking
// each statement by hand.
struct SqlFailure
{
    StoreError error;
};

constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADb = 26;

const QString ticketColumns = QStringLiteral(
    "id, ticket_id, customer_id, summary, description, status, issue_key, message, created_at, submitted_at,"
    " outcome_at, updated_at, retry_of, retried_as, conflict, created_here");

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

// Effective-uid access check: QFileInfo::isWritable() would say yes to root on
// a read-only mount's parent and does not honour a dropped effective uid.
bool writable(const QString &path)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
}

StoreError classify(const QSqlError &e, const QString &path, int busyTimeoutMs)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    const QString native =
        e.driverText().isEmpty() ? e.text() : e.driverText() + QStringLiteral(": ") + e.databaseText();
    using K = StoreError::Kind;
    switch (ok ? code : -1) {
    case sqliteBusy:
    case sqliteLocked:
        return StoreError::make(K::Locked, QStringLiteral("The database %1 is locked by another program "
                                                          "(still busy after %2 ms).")
                                               .arg(path)
                                               .arg(busyTimeoutMs));
    case sqliteReadOnly:
        return StoreError::make(K::ReadOnly, QStringLiteral("The database %1 is read-only: check the permissions "
                                                            "of the file and its folder.")
                                                 .arg(path));
    case sqliteIoErr:
        return StoreError::make(K::Io, QStringLiteral("Reading or writing the database %1 failed (disk I/O error: %2).")
                                           .arg(path, e.databaseText()));
    case sqliteCorrupt:
    case sqliteNotADb:
        return StoreError::make(
            K::Corrupt,
            QStringLiteral("The file %1 is not a TicketDesk database or is damaged (%2).").arg(path, e.databaseText()));
    case sqliteFull:
        return StoreError::make(K::DiskFull, QStringLiteral("The disk holding the database %1 is full: free some space "
                                                            "and try again.")
                                                 .arg(path));
    case sqliteCantOpen: {
        const QFileInfo fi(path);
        if ((fi.exists() && !writable(path)) || !writable(fi.absolutePath()))
            return StoreError::make(K::ReadOnly, QStringLiteral("The database %1 cannot be opened for writing: check "
                                                                "the permissions of the file and its folder.")
                                                     .arg(path));
        return StoreError::make(K::Other, QStringLiteral("The database %1 cannot be opened (%2).").arg(path, native));
    }
    case sqliteConstraint:
        return StoreError::make(K::Constraint,
                                QStringLiteral("The database refused the change (%1).").arg(e.databaseText()));
    default:
        return StoreError::make(K::Other, QStringLiteral("Database error on %1: %2").arg(path, native));
    }
}

QAtomicInteger<quint64> connectionCounter;

} // namespace

// Prepared once per connection and reused: preparing costs more than running
// most of these statements, and the webhook path runs several per event.
class TicketStore::StatementCache final
{
public:
    // The statement for `sql`, prepared on `connectionName` the first time; nullptr
    // with `error` set when preparing fails. The pointer stays valid as the cache grows.
    QSqlQuery *statement(const QString &sql, const QString &connectionName, QSqlError *error)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(connectionName, false));
            q->setForwardOnly(true);
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
    void clear() { m_statements.clear(); }

private:
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
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
    m_lastError = error;
    qCWarning(lcStore) << "open failed:" << error.message;
    return error;
}

StoreError TicketStore::open(const QString &path, const StoreOptions &options)
{
    using K = StoreError::Kind;
    close();
    m_path = path;
    m_options = options;
    m_lastError = {};

    const QFileInfo fi(path);
    if (!QFileInfo(fi.absolutePath()).isDir() && !QDir().mkpath(fi.absolutePath()))
        return failOpen(StoreError::make(
            K::ReadOnly, QStringLiteral("The folder %1 cannot be created or entered: check its permissions.")
                             .arg(QDir::toNativeSeparators(fi.absolutePath()))));
    if (fi.exists() ? !writable(path) : !writable(fi.absolutePath()))
        return failOpen(StoreError::make(K::ReadOnly, QStringLiteral("The database %1 is read-only: check the "
                                                                     "permissions of the file and its folder.")
                                                          .arg(QDir::toNativeSeparators(path))));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            const StoreError error = classify(db.lastError(), path, options.busyTimeoutMs);
            db = QSqlDatabase();
            return failOpen(error);
        }
    }
    // Configured in a function of its own so that no query object is alive when
    // a failure closes the connection.
    if (const StoreError error = configureAndMigrate(); !error.ok())
        return failOpen(error);
    return {};
}

StoreError TicketStore::configureAndMigrate()
{
    using K = StoreError::Kind;
    const QString &path = m_path;
    const StoreOptions &options = m_options;
    const auto fail = [&](const QSqlError &e) { return classify(e, path, options.busyTimeoutMs); };
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
        return StoreError::make(K::NewerSchema,
                                QStringLiteral("The database %1 was written by a newer TicketDesk (schema "
                                               "version %2; this build knows up to %3). Update TicketDesk.")
                                    .arg(path)
                                    .arg(version)
                                    .arg(latestSchemaVersion()));
    if (!run(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return fail(q.lastError());
    if (q.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
        return StoreError::make(K::Other, QStringLiteral("The database %1 cannot use write-ahead logging "
                                                         "(journal mode stays %2).")
                                              .arg(path, q.value(0).toString()));
    if (!run(QStringLiteral("PRAGMA synchronous = FULL")))
        return fail(q.lastError());
    if (options.maxPageCount > 0 && !run(QStringLiteral("PRAGMA max_page_count = %1").arg(options.maxPageCount)))
        return fail(q.lastError());

    // BEGIN IMMEDIATE even when nothing is to migrate: it proves now, not at the
    // first webhook, that this connection can write.
    if (!run(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q.lastError());
    const auto rollbackAndFail = [&](const QSqlError &e) {
        const StoreError error = classify(e, path, options.busyTimeoutMs);
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (!run(QStringLiteral("PRAGMA user_version")) || !q.next())
        return rollbackAndFail(q.lastError());
    version = q.value(0).toInt();
    if (version > latestSchemaVersion()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return StoreError::make(K::NewerSchema, QStringLiteral("The database %1 was written by a newer "
                                                               "TicketDesk (schema version %2).")
                                                    .arg(path)
                                                    .arg(version));
    }
    for (int v = version + 1; v <= latestSchemaVersion(); ++v) {
        for (const QString &statement : migrationStatements(v)) {
            if (!run(statement))
                return rollbackAndFail(q.lastError());
        }
        qCInfo(lcStore) << "migrated" << path << "to schema version" << v;
    }
    if (version != latestSchemaVersion() && !run(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion())))
        return rollbackAndFail(q.lastError());
    if (!run(QStringLiteral("COMMIT")))
        return rollbackAndFail(q.lastError());
    return {};
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
    if (!isOpen()) {
        m_lastError = StoreError::make(StoreError::Kind::NotOpen, QStringLiteral("The database is not open."));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = classify(q.lastError(), m_path, m_options.busyTimeoutMs);
        return false;
    }
    try {
        const StatementScope scope(*this);
        work();
        releaseStatements();
        if (!q.exec(QStringLiteral("COMMIT")))
            throw SqlFailure{classify(q.lastError(), m_path, m_options.busyTimeoutMs)};
    } catch (const SqlFailure &failure) {
        releaseStatements();
        q.exec(QStringLiteral("ROLLBACK"));
        m_lastError = failure.error;
        qCWarning(lcStore) << "transaction rolled back:" << failure.error.message;
        return false;
    }
    m_lastError = {};
    return true;
}

template<typename F>
bool TicketStore::reading(F &&work)
{
    if (!isOpen()) {
        m_lastError = StoreError::make(StoreError::Kind::NotOpen, QStringLiteral("The database is not open."));
        return false;
    }
    try {
        const StatementScope scope(*this);
        work();
    } catch (const SqlFailure &failure) {
        m_lastError = failure.error;
        qCWarning(lcStore) << "query failed:" << failure.error.message;
        return false;
    }
    m_lastError = {};
    return true;
}

QSqlQuery &TicketStore::exec(const QString &sql, const QVariantList &binds)
{
    QSqlError prepareError;
    QSqlQuery *statement = m_statements->statement(sql, m_connectionName, &prepareError);
    if (!statement)
        throw SqlFailure{classify(prepareError, m_path, m_options.busyTimeoutMs)};
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
        throw SqlFailure{classify(q.lastError(), m_path, m_options.busyTimeoutMs)};
    return q;
}

Ticket TicketStore::readTicketRow(const QSqlQuery &q, bool withAttachments)
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
    if (withAttachments)
        t.attachments = loadAttachments(t.id);
    return t;
}

QList<Attachment> TicketStore::loadAttachments(qint64 ticketLocalId)
{
    QList<Attachment> result;
    QSqlQuery &q = exec(QStringLiteral("SELECT id, file_name, content_type, size, stored_path FROM attachments "
                                       "WHERE ticket = ? ORDER BY id"),
                        {ticketLocalId});
    while (q.next())
        result.append(Attachment{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toLongLong(), q.value(4).toString()});
    return result;
}

std::optional<Ticket> TicketStore::loadTicketWhere(const QString &column, const QVariant &value)
{
    // The ticket_id index is partial (empty ids are not unique): SQLite uses it
    // only when the query itself excludes the empty id.
    const QString extra = column == QLatin1StringView("ticket_id") ? QStringLiteral(" AND ticket_id <> ''") : QString();
    QSqlQuery &q = exec(QStringLiteral("SELECT ") + ticketColumns + QStringLiteral(" FROM tickets WHERE ") + column +
                            QStringLiteral(" = ?") + extra,
                        {value});
    if (!q.next())
        return std::nullopt;
    return readTicketRow(q);
}

void TicketStore::saveTicket(const Ticket &t)
{
    exec(QStringLiteral("UPDATE tickets SET ticket_id = ?, customer_id = ?, summary = ?, description = ?, status = ?,"
                        " issue_key = ?, message = ?, created_at = ?, submitted_at = ?, outcome_at = ?, updated_at = ?,"
                        " retry_of = ?, retried_as = ?, conflict = ?, created_here = ? WHERE id = ?"),
         {t.ticketId, t.customerId, t.summary, t.description, statusToString(t.status), t.issueKey, t.message,
          msOrNull(t.createdAt), msOrNull(t.submittedAt), msOrNull(t.outcomeAt), msOrNull(t.updatedAt), t.retryOf,
          t.retriedAs, int(t.conflict), int(t.createdHere), t.id});
}

qint64 TicketStore::insertTicketRow(Ticket &t)
{
    const QDateTime now = m_clock.now();
    if (!t.createdAt.isValid())
        t.createdAt = now;
    t.updatedAt = now;
    QSqlQuery &q =
        exec(QStringLiteral("INSERT INTO tickets (ticket_id, customer_id, summary, description, status,"
                            " issue_key, message, created_at, submitted_at, outcome_at, updated_at, retry_of,"
                            " retried_as, conflict, created_here) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
             {t.ticketId, t.customerId, t.summary, t.description, statusToString(t.status), t.issueKey, t.message,
              msOrNull(t.createdAt), msOrNull(t.submittedAt), msOrNull(t.outcomeAt), msOrNull(t.updatedAt), t.retryOf,
              t.retriedAs, int(t.conflict), int(t.createdHere)});
    t.id = q.lastInsertId().toLongLong();
    for (Attachment &a : t.attachments) {
        QSqlQuery &qa =
            exec(QStringLiteral("INSERT INTO attachments (ticket, file_name, content_type, size, stored_path)"
                                " VALUES (?,?,?,?,?)"),
                 {t.id, a.fileName, a.contentType, a.size, a.storedPath});
        a.id = qa.lastInsertId().toLongLong();
    }
    if (!t.customerId.isEmpty())
        noteCustomer(t.customerId, t.summary, now);
    return t.id;
}

void TicketStore::noteCustomer(const QString &customerId, const QString &summary, const QDateTime &at)
{
    exec(QStringLiteral("INSERT INTO customers (customer_id, last_summary, last_seen_at) VALUES (?,?,?)"
                        " ON CONFLICT (customer_id) DO UPDATE SET"
                        " last_summary = CASE WHEN excluded.last_summary <> '' THEN excluded.last_summary"
                        " ELSE customers.last_summary END,"
                        " last_seen_at = excluded.last_seen_at"),
         {customerId, summary, msOrNull(at)});
}

qint64 TicketStore::insertDelivery(const DeliveryRecord &r)
{
    QSqlQuery &q =
        exec(QStringLiteral("INSERT INTO deliveries (received_at, event_time, event_type, ticket_id,"
                            " local_ticket, body, headers, verdict, detail, skew_ms, peer_address,"
                            " body_size, body_sha256, suppressed)"
                            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
             {msOrNull(r.receivedAt.isValid() ? r.receivedAt : m_clock.now()), msOrNull(r.eventTime), r.eventType,
              textOrNull(r.ticketId),
              r.localTicketId > 0 ? QVariant(r.localTicketId) : QVariant(QMetaType::fromType<qint64>()), r.body,
              r.headers, r.verdict, r.detail, r.skewMs ? QVariant(*r.skewMs) : QVariant(QMetaType::fromType<qint64>()),
              r.peerAddress, r.bodySize, QString::fromLatin1(r.bodySha256), r.suppressed});
    return q.lastInsertId().toLongLong();
}

void TicketStore::insertEvent(qint64 ticketLocalId, const QDateTime &at, const QString &kind, const QString &verdict,
                              const QString &detail)
{
    exec(QStringLiteral("INSERT INTO ticket_events (ticket, at, kind, verdict, detail) VALUES (?,?,?,?,?)"),
         {ticketLocalId, msOrNull(at.isValid() ? at : m_clock.now()), kind, verdict, detail});
}

qint64 TicketStore::insertTicket(Ticket &ticket)
{
    Ticket copy = ticket;
    copy.id = 0;
    const bool ok = inWriteTransaction([&] {
        insertTicketRow(copy);
        insertEvent(copy.id, copy.createdAt, QStringLiteral("created"), QString(), QString());
    });
    if (!ok)
        return 0;
    ticket = copy;
    return ticket.id;
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

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1StringView("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1StringView("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1StringView("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString ticketQuery(const TicketFilter &filter, QVariantList &binds, int limit, int offset)
{
    QString sql = QStringLiteral("SELECT ") + ticketColumns + QStringLiteral(" FROM tickets WHERE 1 = 1");
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?");
        binds << statusToString(*filter.status);
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (customer_id LIKE ? ESCAPE '\\' OR summary LIKE ? ESCAPE '\\'"
                              " OR issue_key LIKE ? ESCAPE '\\' OR ticket_id LIKE ? ESCAPE '\\')");
        const QString p = likePattern(filter.text);
        binds << p << p << p << p;
    }
    const bool newestFirst = filter.order == TicketFilter::Order::NewestFirst;
    if (filter.after) {
        // A row value: SQLite walks tickets_created_at (created_at, then rowid) from there.
        sql += newestFirst ? QStringLiteral(" AND (created_at, id) < (?, ?)")
                           : QStringLiteral(" AND (created_at, id) > (?, ?)");
        binds << filter.after->createdMs << filter.after->id;
    }
    sql += newestFirst ? QStringLiteral(" ORDER BY created_at DESC, id DESC")
                       : QStringLiteral(" ORDER BY created_at ASC, id ASC");
    if (limit >= 0 || offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << (limit >= 0 ? limit : -1) << std::max(offset, 0);
    }
    return sql;
}

} // namespace

QList<Ticket> TicketStore::tickets(const TicketFilter &filter, int limit, int offset)
{
    QList<Ticket> result;
    const bool ok = reading([&] {
        QVariantList binds;
        const QString sql = ticketQuery(filter, binds, limit, offset);
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
        const QString sql = ticketQuery(filter, binds, limit, 0);
        // Forward-only: SQLite steps the statement row by row, nothing is buffered.
        QSqlQuery &q = exec(sql, binds);
        while (q.next()) {
            if (!visit(readTicketRow(q, filter.withAttachments)))
                break;
        }
        if (q.lastError().isValid())
            throw SqlFailure{classify(q.lastError(), m_path, m_options.busyTimeoutMs)};
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

    std::optional<Ticket> stored;
    if (input.localId > 0)
        stored = loadTicketWhere(QStringLiteral("id"), input.localId);
    else if (!fact.ticketId.isEmpty())
        stored = loadTicketWhere(QStringLiteral("ticket_id"), fact.ticketId);

    const Transition tr = applyFact(stored, fact);
    out.verdict = tr.verdict;
    if (tr.verdict == Verdict::Invalid || !tr.ticket) {
        out.ticket = stored;
    } else if (!stored) {
        Ticket created = *tr.ticket;
        insertTicketRow(created);
        out.ticket = created;
    } else {
        Ticket t = *tr.ticket;
        // A webhook (or Retrieve) may have beaten the 202 and left a row of its
        // own for this ticketId: fold it into the local row so one row remains.
        if (fact.kind == Fact::Kind::Accepted) {
            const std::optional<Ticket> orphan = loadTicketWhere(QStringLiteral("ticket_id"), fact.ticketId);
            if (orphan && orphan->id != t.id) {
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
                    exec(QStringLiteral("UPDATE tickets SET retry_of = ? WHERE retry_of = ?"), {t.id, merge.deleteId});
                    break;
                case RetryLink::Drop:
                    exec(QStringLiteral("UPDATE tickets SET retry_of = 0 WHERE retry_of = ?"), {merge.deleteId});
                    break;
                }
                exec(QStringLiteral("DELETE FROM tickets WHERE id = ?"), {merge.deleteId});
                insertEvent(
                    t.id, now, QStringLiteral("merge"), verdictToString(merge.verdict),
                    QStringLiteral("folded row #%1 (first seen through a webhook) into this one").arg(merge.deleteId));
                out.mergedFrom = merge.deleteId;
            }
        }
        if (t != *stored) {
            t.updatedAt = now;
            saveTicket(t);
        }
        out.ticket = t;
    }

    if (fact.kind == Fact::Kind::Webhook && !fact.customerId.isEmpty())
        noteCustomer(fact.customerId, fact.summary, now);

    if (input.delivery) {
        DeliveryRecord record = *input.delivery;
        if (out.ticket)
            record.localTicketId = out.ticket->id;
        if (record.ticketId.isEmpty())
            record.ticketId = fact.ticketId;
        // The caller may only know its own verdict ("late"); the lifecycle's is known here.
        if (record.verdict.isEmpty())
            record.verdict = verdictToString(out.verdict);
        else
            record.detail += verdictToString(out.verdict);
        out.deliveryId = insertDelivery(record);
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

QList<FactOutcome> TicketStore::applyFacts(const QList<FactInput> &inputs)
{
    QList<FactOutcome> outcomes;
    const bool ok = inWriteTransaction([&] {
        outcomes.clear();
        for (const FactInput &input : inputs)
            outcomes.append(applyOne(input));
    });
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
        if (!filter.ticketId.isEmpty()) {
            sql += QStringLiteral(" AND ticket_id = ?");
            binds << filter.ticketId;
        }
        sql += QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
        binds << limit << std::max(offset, 0);
        QSqlQuery &q = exec(sql, binds);
        while (q.next())
            result.append(readDelivery(q));
    });
    if (!ok)
        result.clear();
    return result;
}

QList<DeliveryRecord> TicketStore::deliveriesForTicket(const QString &ticketId)
{
    if (ticketId.isEmpty())
        return {};
    DeliveryFilter filter;
    filter.ticketId = ticketId;
    return deliveries(filter);
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
    return inWriteTransaction([&] {
        exec(QStringLiteral("INSERT INTO customers (customer_id, last_seen_at, closed, closed_at) VALUES (?,?,1,?)"
                            " ON CONFLICT (customer_id) DO UPDATE SET closed = 1,"
                            " closed_at = COALESCE(customers.closed_at, excluded.closed_at)"),
             {customerId, msOrNull(at), msOrNull(at)});
    });
}

QList<CustomerRecord> TicketStore::customers()
{
    QList<CustomerRecord> result;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("SELECT customer_id, last_summary, last_seen_at, closed, closed_at"
                                           " FROM customers ORDER BY customer_id"));
        while (q.next())
            result.append(CustomerRecord{q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2)),
                                         q.value(3).toInt() != 0, timeFrom(q.value(4))});
    });
    return result;
}

RetryResult TicketStore::createRetry(qint64 failedId, const QList<Attachment> &attachments)
{
    using K = StoreError::Kind;
    RetryResult result;
    const bool ok = inWriteTransaction([&] {
        const std::optional<Ticket> original = loadTicketWhere(QStringLiteral("id"), failedId);
        if (!original)
            throw SqlFailure{StoreError::make(K::NotFound, QStringLiteral("There is no ticket #%1.").arg(failedId))};
        if (original->retriedAs != 0) {
            result.original = original;
            result.retry = loadTicketWhere(QStringLiteral("id"), original->retriedAs);
            return;
        }
        if (!isRetryable(original->status))
            throw SqlFailure{StoreError::make(K::NotRetryable, QStringLiteral("Ticket #%1 is %2: only FAILED, REJECTED "
                                                                              "or UNCONFIRMED tickets can be retried.")
                                                                   .arg(failedId)
                                                                   .arg(statusToString(original->status)))};
        const QDateTime now = m_clock.now();
        Ticket retry;
        retry.customerId = original->customerId;
        retry.summary = original->summary;
        retry.description = original->description;
        retry.status = TicketStatus::Queued;
        retry.retryOf = original->id;
        retry.createdHere = true;
        retry.attachments = attachments;
        insertTicketRow(retry);
        insertEvent(retry.id, now, QStringLiteral("created"), QString(),
                    QStringLiteral("retry of #%1").arg(original->id));

        const Transition tr = applyFact(original, Fact::retriedAs(retry.id, now));
        if (tr.verdict != Verdict::Applied || !tr.ticket)
            throw SqlFailure{StoreError::make(
                K::NotRetryable,
                QStringLiteral("Ticket #%1 cannot be retried (%2).").arg(failedId).arg(verdictToString(tr.verdict)))};
        Ticket updated = *tr.ticket;
        updated.updatedAt = now;
        saveTicket(updated);
        insertEvent(updated.id, now, factKindToString(Fact::Kind::RetriedAs), verdictToString(tr.verdict),
                    QStringLiteral("retried as #%1").arg(retry.id));
        result.original = updated;
        result.retry = retry;
        result.created = true;
    });
    if (!ok)
        return RetryResult{m_lastError, std::nullopt, std::nullopt, false};
    return result;
}

int TicketStore::schemaVersion()
{
    int version = -1;
    reading([&] {
        QSqlQuery &q = exec(QStringLiteral("PRAGMA user_version"));
        if (q.next())
            version = q.value(0).toInt();
    });
    return version;
}

QString TicketStore::integrityCheck()
{
    QStringList lines;
    const bool ok = reading([&] {
        QSqlQuery &q = exec(QStringLiteral("PRAGMA integrity_check"));
        while (q.next())
            lines << q.value(0).toString();
    });
    if (!ok)
        return m_lastError.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace TicketDesk
