// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/pgtestdatabase.h"

#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace TicketDesk {

// Runs `statements` in order on a short-lived connection of its own to
// `location`, beside (not through) the store under test: a PostgreSQL test
// URL when `onPostgres` (with `schema`, when not empty, as the search path),
// else an SQLite file. Gives column `column` (the first by default) of the
// last statement's rows, or nothing when a statement fails (with a warning
// that names it).
std::optional<QVariantList> rawSql(const QString &location, const QStringList &statements, bool onPostgres,
                                   const QString &schema = QString(), int column = 0);

// How the database would run `sql`, one step a line, or nothing when it
// cannot say: SQLite's EXPLAIN QUERY PLAN, or PostgreSQL's EXPLAIN with
// sequential scans priced out (so an index it may use is used).
std::optional<QString> queryPlan(const QString &location, const QString &sql, bool onPostgres,
                                 const QString &schema = QString());

// A schema of its own for each test of a suite that runs on PostgreSQL, all
// in one database of the test binary's: creating and dropping a database per
// test costs a second and a half of fsyncs; a schema, milliseconds. The store
// finds its tables through the search path, which url() sets (libpq's `options`).
class PgTestSchemas final
{
public:
    // Creates the next schema, `<prefix>_<n>` (and the database on first use).
    // False with the reason in `*error` when that fails.
    bool next(const QString &prefix, QString *error);
    QString schema() const { return m_schema; }
    // The database's URL with the current schema as search path.
    QString url() const;

private:
    std::unique_ptr<PgTestDatabase> m_db;
    QString m_schema;
    int m_count = 0;
};

} // namespace TicketDesk
