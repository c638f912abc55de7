// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitestatements.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringEncoder>

#include <sqlite3.h>

#include <mutex>
#include <unordered_map>

namespace TicketDesk {

struct SqliteStatements::Cache
{
    struct Prepared
    {
        sqlite3_stmt *statement = nullptr;
        // The UTF-8 of the text values bound to it, one after another: SQLite
        // stores UTF-8, and converting UTF-16 itself costs it a character-by-
        // character loop and an allocation per value. Reused from run to run.
        QByteArray utf8;
    };
    sqlite3 *db = nullptr;
    std::unordered_map<QString, Prepared> byText;
    QStringEncoder toUtf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

namespace {

QSqlError failure(sqlite3 *db, int code, const QString &what)
{
    const char *said = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return QSqlError(what, QString::fromUtf8(said), QSqlError::StatementError, QString::number(code));
}

// A non-null QString value: bound as the UTF-8 written at `utf8`, which moves past it.
int bindText(sqlite3_stmt *statement, int slot, const QString &text, QStringEncoder &encoder, char *&utf8)
{
    char *const start = utf8;
    utf8 = encoder.appendToBuffer(start, text);
    // The buffer outlives the step: SQLite reads the bytes where they are.
    return sqlite3_bind_text(statement, slot, start, int(utf8 - start), SQLITE_STATIC);
}

int bindOne(sqlite3_stmt *statement, int slot, const QVariant &value, QStringEncoder &encoder, char *&utf8)
{
    // Invalid, or made null on purpose (QVariant(QMetaType::fromType<QString>())).
    if (value.isNull())
        return sqlite3_bind_null(statement, slot);
    switch (value.metaType().id()) {
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        // Columns are NOT NULL DEFAULT '': "no text" is ''.
        if (text->isNull())
            return sqlite3_bind_text(statement, slot, "", 0, SQLITE_STATIC);
        return bindText(statement, slot, *text, encoder, utf8);
    }
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(statement, slot);
        return sqlite3_bind_blob64(statement, slot, bytes->constData(), sqlite3_uint64(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(statement, slot, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, slot, sqlite3_int64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, slot, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, slot, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

} // namespace

void SqliteStatements::configureLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

SqliteStatements::SqliteStatements()
    : m_cache(std::make_unique<Cache>())
{}

SqliteStatements::~SqliteStatements()
{
    clear();
}

void SqliteStatements::clear()
{
    for (auto &[text, prepared] : m_cache->byText)
        sqlite3_finalize(prepared.statement);
    m_cache->byText.clear();
    m_cache->db = nullptr;
}

QVariant SqliteStatements::Row::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT: {
        const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
        return QVariant(QString::fromUtf16(text, sqlite3_column_bytes16(m_statement, column) / 2));
    }
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant();
    }
}

sqlite3_stmt *SqliteStatements::bound(const QString &connectionName, const QString &sql, const QVariantList &binds,
                                      QSqlError *error)
{
    Cache &c = *m_cache;
    if (!c.db) {
        const QVariant handle = QSqlDatabase::database(connectionName, false).driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
            !(c.db = *static_cast<sqlite3 *const *>(handle.constData()))) {
            *error = failure(nullptr, SQLITE_MISUSE,
                             QCoreApplication::translate("SqliteStatements", "The database connection is not open."));
            return nullptr;
        }
    }
    auto it = c.byText.find(sql);
    if (it == c.byText.end()) {
        sqlite3_stmt *statement = nullptr;
        const int rc = sqlite3_prepare16_v3(c.db, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                            SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(statement);
            *error =
                failure(c.db, rc, QCoreApplication::translate("SqliteStatements", "Unable to prepare the statement"));
            return nullptr;
        }
        it = c.byText.emplace(sql, Cache::Prepared{statement, {}}).first;
    }
    Cache::Prepared &prepared = it->second;
    sqlite3_stmt *statement = prepared.statement;
    if (binds.size() != sqlite3_bind_parameter_count(statement)) {
        *error = failure(nullptr, SQLITE_RANGE,
                         QCoreApplication::translate("SqliteStatements", "The statement takes %1 values, not %2.")
                             .arg(sqlite3_bind_parameter_count(statement))
                             .arg(binds.size()));
        return nullptr;
    }
    // Room for the UTF-8 of every text value at once: no pointer into it moves while they are bound.
    qsizetype room = 0;
    for (const QVariant &value : binds) {
        if (value.metaType().id() == QMetaType::QString)
            room += c.toUtf8.requiredSpace(static_cast<const QString *>(value.constData())->size());
    }
    if (prepared.utf8.size() < room)
        prepared.utf8.resize(room);
    char *utf8 = prepared.utf8.data();
    for (int i = 0; i < binds.size(); ++i) {
        if (const int rc = bindOne(statement, i + 1, binds.at(i), c.toUtf8, utf8); rc != SQLITE_OK) {
            *error = failure(c.db, rc, QCoreApplication::translate("SqliteStatements", "Unable to bind a value"));
            sqlite3_clear_bindings(statement);
            return nullptr;
        }
    }
    return statement;
}

bool SqliteStatements::finish(sqlite3_stmt *statement, const std::function<bool(const Row &)> &visit, QSqlError *error)
{
    int rc = sqlite3_step(statement);
    while (rc == SQLITE_ROW) {
        if (visit && !visit(Row(statement))) {
            rc = SQLITE_DONE;
            break;
        }
        rc = sqlite3_step(statement);
    }
    // The error of a failed step is SQLite's result code (extended codes are off, as in QSQLITE).
    const int reset = sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        *error = failure(m_cache->db, reset != SQLITE_OK ? reset : rc,
                         QCoreApplication::translate("SqliteStatements", "Unable to fetch row"));
    // Nothing keeps a pointer into the caller's values once this returns.
    sqlite3_clear_bindings(statement);
    return rc == SQLITE_DONE;
}

std::optional<qint64> SqliteStatements::run(const QString &connectionName, const QString &sql,
                                            const QVariantList &binds, QSqlError *error)
{
    sqlite3_stmt *statement = bound(connectionName, sql, binds, error);
    if (!statement || !finish(statement, {}, error))
        return std::nullopt;
    return qint64(sqlite3_last_insert_rowid(m_cache->db));
}

bool SqliteStatements::query(const QString &connectionName, const QString &sql, const QVariantList &binds,
                             const std::function<bool(const Row &)> &visit, QSqlError *error)
{
    sqlite3_stmt *statement = bound(connectionName, sql, binds, error);
    return statement && finish(statement, visit, error);
}

} // namespace TicketDesk
