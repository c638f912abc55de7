// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TicketDesk {

// Why a store operation failed, sorted into the cases the operator can act on
// (wait for the other program, fix permissions, free disk space, ...). `message`
// is a complete sentence fit for a status bar or a one-line CLI error.
struct StoreError
{
    enum class Kind
    {
        None,
        Locked,         // another connection held the lock past the busy timeout
        ReadOnly,       // the file or its folder cannot be written
        Corrupt,        // not a database, or a damaged one
        NewerSchema,    // written by a newer TicketDesk; this build must not touch it
        DiskFull,       // SQLITE_FULL: no space (or page quota) left
        Io,             // SQLITE_IOERR: the disk or file system failed a read or write
        NotOpen,        // the store was never opened or open failed
        NotFound,       // the ticket asked for does not exist
        NotRetryable,   // the ticket's status does not allow a retry
        Constraint,     // a uniqueness or foreign-key rule was violated
        Denied,         // PostgreSQL: this role may not do that (SQLSTATE 42501)
        Unreachable,    // PostgreSQL: no connection to the server (refused, timed out, lost)
        Conflict,       // PostgreSQL: a serialization failure or deadlock (40001, 40P01): run it again
        NotInitialised, // PostgreSQL: no TicketDesk schema, or an older one, and this role may not migrate it
        Stale,          // what the change was based on was changed or deleted by someone else meanwhile
        Other,
    };

    Kind kind = Kind::None;
    QString message;

    bool ok() const { return kind == Kind::None; }
    static StoreError make(Kind kind, const QString &message) { return StoreError{kind, message}; }
};

} // namespace TicketDesk
