// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace TicketDesk {

// The webhook path's statements run on SQLite's own interface, under Qt's
// connection. QSqlQuery pays, for each bound value, a formatted placeholder
// name and a hash lookup (QSqlResult::bindValue), and for each run of a
// SELECT, a fresh description of its columns (names, lower-cased types,
// QSqlField objects): together most of the writer's time outside SQLite.
// Values are bound straight from the QVariant, as TicketStore::exec() binds
// them: a null QVariant (even one typed QString) or a null QByteArray is SQL
// NULL, a non-null QVariant holding a null QString is '' (the columns are NOT
// NULL DEFAULT ''); integers and booleans are integers; text is text; bytes
// are a blob. Columns read back as QSQLITE gives them: integer as qint64,
// real as double, text as QString, blob as QByteArray, NULL as a null QVariant.
class SqliteStatements final
{
public:
    SqliteStatements();
    ~SqliteStatements();
    Q_DISABLE_COPY_MOVE(SqliteStatements)

    // Once per process, before SQLite's first use: turns off SQLite's memory
    // statistics, which take a process-wide mutex around every allocation of
    // every connection (Debian builds SQLite with them on). Nothing here reads
    // them. A no-op once SQLite is initialised.
    static void configureLibrary();

    // One result row, valid inside the visit that receives it.
    class Row final
    {
    public:
        QVariant value(int column) const;

    private:
        friend class SqliteStatements;
        explicit Row(sqlite3_stmt *statement)
            : m_statement(statement)
        {}
        sqlite3_stmt *m_statement;
    };

    // Runs `sql` (a statement that returns no rows) with `binds` on the
    // connection `connectionName`, prepared once and reused. The last insert
    // id on success; std::nullopt with `error` set (as QSQLITE would: the
    // native code is SQLite's result code).
    std::optional<qint64> run(const QString &connectionName, const QString &sql, const QVariantList &binds,
                              QSqlError *error);
    // Runs a query: `visit` sees each row until it returns false. false with `error` set on failure.
    bool query(const QString &connectionName, const QString &sql, const QVariantList &binds,
               const std::function<bool(const Row &)> &visit, QSqlError *error);
    // Before the connection closes or reopens: statements belong to it.
    void clear();

private:
    struct Cache;
    // Prepared and bound, or nullptr with `error` set.
    sqlite3_stmt *bound(const QString &connectionName, const QString &sql, const QVariantList &binds, QSqlError *error);
    // Steps `statement` to its end (or until `visit` says stop) and resets it; false with `error` set.
    bool finish(sqlite3_stmt *statement, const std::function<bool(const Row &)> &visit, QSqlError *error);
    std::unique_ptr<Cache> m_cache;
};

} // namespace TicketDesk
