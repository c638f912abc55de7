// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "store/databaselocation.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace TicketDesk {

class Clock;
class DatabaseLocation;
class TicketStore;

// Follows the ticket changes other connections commit to one database and emits them, in
// commit order, from a cursor (TicketStore::lastChange() taken when the caller loaded its
// snapshot, or 0 for everything). It owns its own TicketStore and reads with changesSince()
// until complete; what makes it read depends on the backend:
//  - PostgreSQL: a second, listen-only connection (never in a transaction) subscribed to
//    `ticketdesk_changes`. A notification is only a hint to read (bursts coalesce: at most one
//    read scheduled at a time, and reads at least minReadGapMs apart). `SELECT 1` on that connection every 2 s notices
//    a dropped or silent server (QPSQL 6.4 signals nothing on a drop); then both connections are rebuilt with backoff
//    (0.5 s doubling to 10 s), subscribed again, and the feed catches up from its cursor, so nothing is missed. A read
//    every 5 s covers a lost notification.
//  - SQLite: `PRAGMA data_version` on its own connection every 250 ms; it moves when another
//    connection commits.
//
//     auto *feed = new ChangeFeed(clock, location);
//     feed->moveToThread(worker);              // optional: no GUI-thread assumption
//     connect(feed, &ChangeFeed::changed, model, &Model::apply);
//     QMetaObject::invokeMethod(feed, [feed, cursor] { feed->start(cursor); });
//
// The thread that calls start() owns its connections: call stop() (or destroy it) there.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr int postgresHeartbeatMs = 2000;
    static constexpr int postgresSafetyPollMs = 5000;
    static constexpr int sqlitePollMs = 250;
    static constexpr int firstRetryMs = 500;
    static constexpr int maxRetryMs = 10000;
    // A read asked for this soon after the previous one waits for the rest of the gap, so a
    // burst of commits costs a few reads, not one each.
    static constexpr int minReadGapMs = 50;

    // `location`: a SQLite file path or a PostgreSQL URL (see DatabaseLocation::parse).
    ChangeFeed(const Clock &clock, const QString &location, QObject *parent = nullptr);
    // A parsed location, e.g. with a password typed in the desktop (never logged).
    ChangeFeed(const Clock &clock, const DatabaseLocation &location, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Connects and follows from `cursor`; reads once right away. Connection trouble is
    // reported through connectionChanged() and retried, never returned.
    void start(qint64 cursor);
    void stop();

    qint64 cursor() const { return m_cursor; }
    bool isConnected() const { return m_state == State::Connected; }
    // How many times the feed has read the database (each read asks until complete).
    qint64 readCount() const { return m_reads; }

Q_SIGNALS:
    // Tickets changed after the previous cursor (each once, in its latest state, in change
    // order), the ids of tickets folded into another row, and the cursor now reached.
    void changed(const QList<TicketDesk::Ticket> &tickets, const QList<qint64> &removed, qint64 cursor);
    // On each change of state (and once after start): `message` says "connected to
    // user@host/db", or what failed and since when. It never holds a password.
    void connectionChanged(bool connected, const QString &message);

private:
    enum class State
    {
        Stopped,
        Starting,
        Connected,
        Disconnected,
    };

    void connectNow();
    bool openListener(const DatabaseLocation &location, QString *error);
    bool openPoller(const DatabaseLocation &location, QString *error);
    void closeConnections();
    void lost(const QString &why);
    void requestRead();
    void read();
    void heartbeat();
    void pollDataVersion();
    bool readDataVersion(qint64 *version, QString *error);

    const Clock &m_clock;
    DatabaseLocation m_location;
    QString m_where;
    QString m_listenName;
    std::unique_ptr<TicketStore> m_store;
    QTimer *m_heartbeat;
    QTimer *m_safetyPoll;
    QTimer *m_retry;
    State m_state = State::Stopped;
    bool m_postgres = false;
    bool m_readScheduled = false;
    qint64 m_cursor = 0;
    qint64 m_reads = 0;
    qint64 m_dataVersion = -1;
    int m_retryMs = firstRetryMs;
    QDateTime m_downSince;
    QString m_lostWhy; // the reason last said while disconnected
    QElapsedTimer m_sinceRead;
};

} // namespace TicketDesk
