// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QString>
#include <QVariant>

class QSqlError;

namespace TicketDesk {

// Everything that differs between the two backends, in one place: TicketStore
// writes portable SQL and asks this object for the few pieces that are not.
class SqlDialect final
{
public:
    enum class Backend
    {
        Sqlite,
        PostgreSql,
    };

    explicit SqlDialect(Backend backend = Backend::Sqlite)
        : m_backend(backend)
    {}

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSql; }
    QString driverName() const;

    // Starts a write transaction. SQLite: BEGIN IMMEDIATE, so the write lock is
    // taken now and a busy database fails here, not half-way through. PostgreSQL:
    // READ COMMITTED whatever the server's default, as the writes' advisory locks
    // assume: a statement after the lock sees what the lock's last holder committed.
    QString beginWrite() const;
    // Starts a read transaction whose statements all see one snapshot.
    // SQLite: a deferred BEGIN (the snapshot is taken at the first read).
    QString beginRead() const;
    // Appended to a SELECT that a write transaction will change: PostgreSQL locks
    // the rows (a concurrent writer waits and then sees the new row); SQLite has
    // one writer at a time already.
    QString forUpdate() const;
    // Appended to a claim: rows another session holds are passed over, not waited for.
    QString forUpdateSkipLocked() const;
    // Case-insensitive LIKE (SQLite's LIKE already is, for ASCII).
    QString like() const;
    // The value that means "no limit" for `LIMIT ?`.
    QVariant noLimit() const;
    // The schema's portable DDL (SQLite types) in this backend's types:
    // identities, 64-bit integers, byte strings.
    QString ddl(const QString &portable) const;

    // Sorts a driver error into the cases an operator can act on. `where` names
    // the database for people (a file path, or user@host/db: never a password).
    StoreError classify(const QSqlError &error, const QString &where, int busyTimeoutMs) const;
    // What to do with a damaged SQLite file at `path`: restore a backup, or save what can be read.
    static QString damagedAdvice(const QString &path);

private:
    StoreError classifySqlite(const QSqlError &error, const QString &where, int busyTimeoutMs) const;
    StoreError classifyPostgres(const QSqlError &error, const QString &where) const;

    Backend m_backend;
};

// Effective-uid write access to a path (see access(2), AT_EACCESS).
bool writableByUs(const QString &path);

} // namespace TicketDesk
