// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changefeed.h"

#include "core/clock.h"
#include "core/logging.h"
#include "store/databaselocation.h"
#include "store/sqldialect.h"
#include "store/ticketstore.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace TicketDesk {

namespace {

QAtomicInteger<quint64> feedCounter;
const QString channel = QStringLiteral("ticketdesk_changes"); // lowercase: QPSQL quotes the name

QString timeOfDay(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

ChangeFeed::ChangeFeed(const Clock &clock, const QString &location, QObject *parent)
    : ChangeFeed(clock, DatabaseLocation::parse(location), parent)
{}

ChangeFeed::ChangeFeed(const Clock &clock, const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_location(location)
    , m_listenName(QStringLiteral("ticketdesk-feed-%1").arg(feedCounter.fetchAndAddRelaxed(1) + 1))
    , m_heartbeat(new QTimer(this))
    , m_safetyPoll(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ChangeFeed::connectNow);
    connect(m_heartbeat, &QTimer::timeout, this, &ChangeFeed::heartbeat);
    connect(m_safetyPoll, &QTimer::timeout, this, &ChangeFeed::requestRead);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::start(qint64 cursor)
{
    stop();
    m_cursor = std::max<qint64>(cursor, 0);
    m_state = State::Starting;
    m_retryMs = firstRetryMs;
    connectNow();
}

void ChangeFeed::stop()
{
    m_state = State::Stopped;
    m_retry->stop();
    closeConnections();
}

void ChangeFeed::closeConnections()
{
    m_heartbeat->stop();
    m_safetyPoll->stop();
    m_store.reset();
    if (!QSqlDatabase::contains(m_listenName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_listenName, false);
        if (QSqlDriver *driver = db.driver()) {
            disconnect(driver, nullptr, this, nullptr);
            if (m_postgres && db.isOpen())
                driver->unsubscribeFromNotification(channel);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_listenName);
}

void ChangeFeed::connectNow()
{
    if (m_state == State::Stopped)
        return;
    closeConnections();
    const DatabaseLocation &location = m_location;
    if (!location.isValid()) {
        // Nothing to retry: the text itself is wrong.
        m_state = State::Disconnected;
        Q_EMIT connectionChanged(false, location.errorMessage());
        return;
    }
    m_postgres = location.isPostgres();
    m_where = location.displayName();

    QString error;
    // The listener first, then the catch-up read: a change committed in between is both
    // notified and read, never neither.
    if (m_postgres && !openListener(location, &error))
        return lost(error);
    m_store = std::make_unique<TicketStore>(m_clock);
    StoreOptions reading;
    reading.onlyReads = true; // a file it may only read is watched (a receiver's, as another user)
    if (const StoreError e = m_store->open(location, reading); !e.ok())
        return lost(e.message);
    if (m_store->isFrozenCopy())
        return lost(tr("%1 is read-only here, and no process that writes it has it open: it can be watched "
                       "once one does (serve, the desktop)")
                        .arg(m_where));
    // The store may have migrated the file: take SQLite's data version after that.
    if (!m_postgres && !openPoller(location, &error))
        return lost(error);

    // Only ever reached from Starting or Disconnected: this is a change of state.
    m_state = State::Connected;
    m_retryMs = firstRetryMs;
    m_downSince = {};
    m_lostWhy.clear();
    Q_EMIT connectionChanged(true, tr("connected to %1").arg(m_where));
    if (m_state != State::Connected)
        return; // a slot stopped the feed
    if (m_postgres) {
        m_heartbeat->start(postgresHeartbeatMs);
        m_safetyPoll->start(postgresSafetyPollMs);
    } else {
        m_heartbeat->start(sqlitePollMs);
    }
    m_readScheduled = false;
    requestRead();
}

bool ChangeFeed::openListener(const DatabaseLocation &location, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_listenName);
    if (!location.configure(db, error))
        return false;
    if (!db.open()) {
        *error = SqlDialect(SqlDialect::Backend::PostgreSql).classify(db.lastError(), m_where, 0).message;
        return false;
    }
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(channel)) {
        *error = SqlDialect(SqlDialect::Backend::PostgreSql).classify(driver->lastError(), m_where, 0).message;
        return false;
    }
    // The payload is a hint only (any role may NOTIFY): whatever it says, read from the cursor.
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == channel)
            requestRead();
    });
    return true;
}

bool ChangeFeed::openPoller(const DatabaseLocation &location, QString *error)
{
    // A connection of our own: data_version moves only for other connections' commits.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_listenName);
    db.setDatabaseName(location.filePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return readDataVersion(&m_dataVersion, error);
}

void ChangeFeed::lost(const QString &why)
{
    if (m_state == State::Stopped)
        return;
    closeConnections();
    // Said again when the reason changes: the loss is found by a heartbeat ("did not answer"),
    // what keeps it lost by the reconnections (a refused login, a database gone).
    const bool announce = m_state != State::Disconnected || why != m_lostWhy;
    m_lostWhy = why;
    if (!m_downSince.isValid())
        m_downSince = m_clock.now();
    m_state = State::Disconnected;
    qCInfo(lcStore) << "change feed:" << m_where << "unreachable:" << why;
    if (announce)
        Q_EMIT connectionChanged(
            false, tr("no connection to %1 since %2 (%3); reconnecting").arg(m_where, timeOfDay(m_downSince), why));
    m_retry->start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, maxRetryMs);
}

void ChangeFeed::requestRead()
{
    // Coalesces a burst of hints into one read: the read itself takes whatever committed.
    if (m_readScheduled || m_state != State::Connected)
        return;
    m_readScheduled = true;
    const qint64 wait = m_sinceRead.isValid() ? std::max<qint64>(0, minReadGapMs - m_sinceRead.elapsed()) : 0;
    QTimer::singleShot(wait, this, &ChangeFeed::read);
}

void ChangeFeed::read()
{
    m_readScheduled = false;
    if (m_state != State::Connected || !m_store)
        return;
    ++m_reads;
    m_sinceRead.start();
    for (;;) {
        const std::optional<TicketStore::Changes> changes = m_store->changesSince(m_cursor);
        if (!changes) {
            const QString why = m_store->lastError().message;
            return lost(why.isEmpty() ? tr("the connection was lost") : why);
        }
        m_cursor = changes->cursor;
        if (!changes->tickets.isEmpty() || !changes->removed.isEmpty())
            Q_EMIT changed(changes->tickets, changes->removed, m_cursor);
        // A slot connected directly may have stopped the feed.
        if (changes->complete || m_state != State::Connected || !m_store)
            return;
    }
}

void ChangeFeed::heartbeat()
{
    if (!m_postgres)
        return pollDataVersion();
    bool alive = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_listenName, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            // QPSQL 6.4 says nothing when a connection drops, and a later failure may carry an
            // empty error: isOpen() afterwards is what tells.
            alive = q.exec(QStringLiteral("SELECT 1")) && q.next() && db.isOpen();
        }
    }
    if (!alive)
        lost(tr("the server did not answer"));
}

void ChangeFeed::pollDataVersion()
{
    qint64 version = 0;
    QString error;
    if (!readDataVersion(&version, &error))
        return lost(error);
    if (version != m_dataVersion) {
        m_dataVersion = version;
        requestRead();
    }
}

bool ChangeFeed::readDataVersion(qint64 *version, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_listenName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *version = q.value(0).toLongLong();
    // No statement left open: it would hold a read snapshot and keep the WAL from checkpointing.
    q.finish();
    return true;
}

} // namespace TicketDesk
