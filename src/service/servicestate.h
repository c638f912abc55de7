// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace TicketDesk {

// What the status bar shows about the webhook listener.
struct ListenerState
{
    bool listening = false;
    QString address; // "127.0.0.1:8787" when listening
    QString url;     // the URL to give Ripio, e.g. "http://127.0.0.1:8787/webhooks/ripio"
    QString error;   // the exact bind error when not listening
    bool tls = false;
    bool signatureRequired = true;
    QDateTime lastEventAt; // last accepted delivery (UTC), invalid if none yet
    // A filling disk: why rejected deliveries are only counted, or why webhooks
    // get 503 (service/diskguard.h). Empty when there is room.
    QString diskProblem;
    qint64 deliveries = 0;
    // Set when this desktop is a viewer: the port is held by another TicketDesk
    // on the same database, which receives and sends ("`ticketdesk serve` on host").
    QString heldBy;
    quint16 heldPort = 0;
};

// The delivery log's retention in this process: whether it prunes (a `serve`, or
// a desktop on its own SQLite file), and its last finished round.
struct RetentionState
{
    bool prunes = false;
    QDateTime lastPruneAt; // UTC; invalid until a round has finished
    qint64 lastPruned = 0;
};

// What the status bar shows about the Ripio API.
struct ApiState
{
    enum class Kind
    {
        Unknown,        // nothing tried yet
        Ready,          // the last call succeeded
        BadCredentials, // token refused
        NotEnabled,     // 403 / 20061: Ripio must enable support tickets for the account
        Offline,        // network, DNS, TLS or 5xx on the token
        RateLimited,
        NotConfigured, // no client id / secret
    };
    Kind kind = Kind::Unknown;
    QString message;   // operator-facing
    qint64 queued = 0; // QUEUED and SUBMITTING: not answered by Ripio yet
    QDateTime retryAt; // next automatic attempt when offline/rate limited
};

// What the status bar shows about the database when other processes share it
// (a team database): the connection, and whether any receiver is alive.
struct DatabaseState
{
    bool team = false;        // a shared PostgreSQL database
    bool connected = false;   // the change feed's connection is up
    QString where;            // user@host:port/db, never a password
    QString message;          // why not connected
    QDateTime since;          // when the connection state last changed (UTC)
    QDateTime receiverSeenAt; // the freshest heartbeat of a `serve` (UTC); invalid: none ever
    int spooled = 0;          // tickets typed while it was unreachable, kept on this computer
    QString spoolProblem;     // a kept ticket that cannot be read back or written, operator-facing
};

} // namespace TicketDesk

Q_DECLARE_METATYPE(TicketDesk::DatabaseState)
Q_DECLARE_METATYPE(TicketDesk::ListenerState)
Q_DECLARE_METATYPE(TicketDesk::ApiState)
Q_DECLARE_METATYPE(TicketDesk::RetentionState)
