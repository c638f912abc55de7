// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace TicketDesk {

// The PostgreSQL server the tests use, as postgresql://user:password@host:port/database: the
// environment variable TICKETDESK_TEST_PG_URL when set, otherwise the URL the ctest fixture
// postgres_start (scripts/pg-throwaway.sh) wrote into <build>/postgres/url. Empty on failure, with
// a sentence in `*error` that says why (the script's own message when its start failed).
QString pgTestServerUrl(QString *error);

// Adds the QPSQL connection `connectionName` for `url` (only the shape above: this is not the
// product's URL parser) and opens it. On failure the connection is closed and `*error` says why
// (never with the password). The caller removes the connection once its last copy is gone.
QSqlDatabase openPgTestConnection(const QString &url, const QString &connectionName, QString *error);

// Runs `statement` on a short-lived connection of its own to `url` (beside the code under test)
// and gives the first column of its first row, a null QVariant when it returns no rows, or
// nothing when it fails, with the reason in `*error`.
std::optional<QVariant> pgTestValue(const QString &url, const QString &statement, QString *error);

// A fresh, empty database on the test server, for one test: created by the constructor (named
// td_<pid>_<counter>_<random>, so parallel test processes never meet), dropped by the destructor
// even while connections to it are still open. Check ok() first; error() says what failed.
//
//     PgTestDatabase db;
//     QVERIFY2(db.ok(), qPrintable(db.error()));
//     TicketStore store(db.url(), ...);
class PgTestDatabase final
{
public:
    PgTestDatabase();
    ~PgTestDatabase();
    Q_DISABLE_COPY_MOVE(PgTestDatabase)

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    // The server's URL with this database's name in place of the server's.
    QString url() const { return m_url; }
    // The server's URL (its `postgres` database), as pgTestServerUrl() gave it.
    QString adminUrl() const { return m_adminUrl; }

    // Restarts the throwaway server on the same port (scripts/pg-throwaway.sh restart): every
    // connection to every database drops, the databases stay. Not possible on a server named by
    // TICKETDESK_TEST_PG_URL. On failure `*error` holds the script's output. A test that calls it
    // must run alone (RUN_SERIAL): it cuts the connections of every other test on the server.
    static bool restartServer(QString *error);

private:
    QString m_adminUrl;
    QString m_url;
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

} // namespace TicketDesk
