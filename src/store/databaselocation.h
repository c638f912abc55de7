// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

class QSqlDatabase;

namespace TicketDesk {

// Where a store lives: a SQLite file, or a PostgreSQL server described the way psql accepts it.
//
// Build one with parse() from what the user typed after --db (or in Settings), check isValid(),
// then let configure() fill a QSqlDatabase before opening it. PostgreSQL text is read by libpq
// itself (PQconninfoParse), so every libpq keyword works as in psql. Only configure() and
// parameter("password") hand the password out: displayName(), withoutPassword() and
// errorMessage() are safe for logs, settings files and the status bar.
class DatabaseLocation final
{
public:
    enum class Backend
    {
        Sqlite,
        PostgreSql
    };

    // `text` is what the user typed after --db (or in Settings):
    //  - `postgresql://...` or `postgres://...` URLs (user, password, host incl. [IPv6] and
    //    several hosts, port, dbname, ?sslmode=&connect_timeout=&application_name=... and every
    //    other libpq keyword, percent-encoding), and the socket form
    //    `postgresql:///dbname?host=/run/postgresql&port=5432&user=alice`;
    //  - a libpq key=value string (`host=db1 dbname=support user=alice`), recognised when the
    //    text starts with `<keyword>=` for a libpq keyword (libpq's PQconndefaults() lists them);
    //  - anything else is a SQLite file path (as today; `~` is NOT expanded here).
    // Parsed with libpq's PQconninfoParse (never by hand). On failure returns a location with
    // isValid() false and errorMessage() set: a sentence that never contains the password
    // (libpq's own messages can quote the input: they are filtered before they are used).
    static DatabaseLocation parse(const QString &text);
    static DatabaseLocation sqliteFile(const QString &path);

    bool isValid() const;
    QString errorMessage() const;
    Backend backend() const;
    bool isPostgres() const { return backend() == Backend::PostgreSql; }
    QString filePath() const;                        // SQLite only
    QString parameter(const QString &keyword) const; // PostgreSQL: a libpq keyword's value, "" if unset
    bool hasPassword() const;
    void setPassword(const QString &password); // a password typed in the desktop (from the keychain)
    // For people and logs: SQLite: the native file path; PostgreSQL: "user@host:port/dbname"
    // (host may be a socket directory; omitted parts left out); NEVER the password.
    QString displayName() const;
    // The location as a URL/key=value string with any password removed: safe for settings files
    // and logs (the desktop stores this and keeps the password in the keychain).
    QString withoutPassword() const;
    // Opens nothing: sets the QPSQL connection's host, port, database, user and password fields
    // and puts every other keyword into setConnectOptions("k=v;k=v"), quoted the way libpq's
    // conninfo grammar needs (a value containing ';' is refused: QPSQL turns ';' into ' ').
    // Adds defaults unless the user set them (here or in libpq's environment variables):
    // application_name=ticketdesk, connect_timeout=10, keepalives=1, keepalives_idle=30,
    // keepalives_interval=10, keepalives_count=3, tcp_user_timeout=30000, so that a hung
    // server is noticed. SQLite: sets the database name to the file path. Returns false + error.
    bool configure(QSqlDatabase &db, QString *error) const;

private:
    DatabaseLocation() = default;
    static DatabaseLocation invalid(const QString &message);
    static DatabaseLocation parsePostgres(const QString &text, bool url);
    QString validate() const;
    QString urlWithoutPassword() const;
    QString keyValueWithoutPassword() const;
    QString connectOptions(QString *error) const;

    Backend m_backend = Backend::Sqlite;
    bool m_valid = false;
    bool m_url = false; // PostgreSQL: written as a URL (else as key=value)
    QString m_error;
    QString m_filePath;
    QList<std::pair<QString, QString>> m_parameters; // libpq keyword -> value, in libpq's order
};

} // namespace TicketDesk
