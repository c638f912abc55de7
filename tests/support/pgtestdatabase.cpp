// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pgtestdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace TicketDesk {

namespace {

constexpr char urlVariable[] = "TICKETDESK_TEST_PG_URL";

QString stateDir()
{
    return QStringLiteral(TICKETDESK_BINARY_DIR "/postgres");
}

QString script()
{
    return QStringLiteral(TICKETDESK_SOURCE_DIR "/scripts/pg-throwaway.sh");
}

// Numbers the databases and the connections this process makes.
int nextNumber()
{
    static std::atomic<int> counter{0};
    return ++counter;
}

QString firstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

// Runs one statement on its own short-lived connection (the server's connections may have been
// dropped by a restart since the last one).
bool execOnce(const QString &url, const QString &statement, QString *error)
{
    return pgTestValue(url, statement, error).has_value();
}

} // namespace

std::optional<QVariant> pgTestValue(const QString &url, const QString &statement, QString *error)
{
    const QString connection = QStringLiteral("pgtestdatabase-%1").arg(nextNumber());
    std::optional<QVariant> value;
    {
        QSqlDatabase db = openPgTestConnection(url, connection, error);
        if (db.isOpen()) {
            QSqlQuery query(db);
            if (query.exec(statement))
                value = query.next() ? query.value(0) : QVariant();
            else
                *error = QStringLiteral("%1 failed: %2").arg(statement, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

QString pgTestServerUrl(QString *error)
{
    if (!qEnvironmentVariableIsEmpty(urlVariable))
        return qEnvironmentVariable(urlVariable);
    const QString url = firstLine(stateDir() + QStringLiteral("/url"));
    if (!url.isEmpty())
        return url;
    // pg-throwaway.sh leaves the reason for a failed start in `error`.
    const QString reason = firstLine(stateDir() + QStringLiteral("/error"));
    if (!reason.isEmpty()) {
        *error = QStringLiteral("The PostgreSQL test server did not start (%1 start %2): %3")
                     .arg(script(), stateDir(), reason);
    } else {
        *error = QStringLiteral("No PostgreSQL test server: %1/url does not exist. Run the test through ctest, whose "
                                "postgres_start fixture starts one, or run %2 start %1, or set %3.")
                     .arg(stateDir(), script(), QLatin1StringView(urlVariable));
    }
    return {};
}

QSqlDatabase openPgTestConnection(const QString &url, const QString &connectionName, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!parsed.isValid() || parsed.scheme() != QLatin1StringView("postgresql") || parsed.host().isEmpty() ||
        parsed.port() <= 0 || parsed.path().size() < 2) {
        // Not echoed: it may hold a password.
        *error = QStringLiteral("The PostgreSQL test URL is not of the form "
                                "postgresql://user:password@host:port/database.");
        return db;
    }
    if (!db.isValid()) {
        *error = QStringLiteral("The Qt PostgreSQL driver (QPSQL) is not available: install libqt6sql6-psql.");
        return db;
    }
    db.setHostName(parsed.host());
    db.setPort(parsed.port());
    db.setUserName(parsed.userName());
    db.setPassword(parsed.password());
    db.setDatabaseName(parsed.path().mid(1));
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        *error = QStringLiteral("Cannot connect to %1: %2")
                     .arg(parsed.toDisplayString(QUrl::RemovePassword), db.lastError().text());
    }
    return db;
}

PgTestDatabase::PgTestDatabase()
{
    m_adminUrl = pgTestServerUrl(&m_error);
    if (m_adminUrl.isEmpty())
        return;
    // Lower case letters and digits only: the name needs no quoting.
    m_name = QStringLiteral("td_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(nextNumber())
                 .arg(QRandomGenerator::system()->bounded(0x1000000), 6, 16, QLatin1Char('0'));
    QUrl url(m_adminUrl);
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
    m_ok = execOnce(m_adminUrl, QStringLiteral("CREATE DATABASE ") + m_name, &m_error);
}

PgTestDatabase::~PgTestDatabase()
{
    if (!m_ok)
        return;
    QString error;
    // FORCE: a test that failed halfway may still hold connections to it.
    if (!execOnce(m_adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error))
        qWarning("PgTestDatabase: %s", qPrintable(error));
}

bool PgTestDatabase::restartServer(QString *error)
{
    if (!qEnvironmentVariableIsEmpty(urlVariable)) {
        *error = QStringLiteral("%1 names a server the test suite did not start: it cannot restart it.")
                     .arg(QLatin1StringView(urlVariable));
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(script(), {QStringLiteral("restart"), stateDir()});
    const bool finished = process.waitForFinished(90 * 1000);
    if (!finished)
        process.kill();
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 restart %2 failed: %3")
                     .arg(script(), stateDir(), output.isEmpty() ? process.errorString() : output);
        return false;
    }
    return true;
}

} // namespace TicketDesk
