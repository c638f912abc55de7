// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace TicketDesk {

class Clock;
class RipioClient;
class TicketStore;
struct CreateTicketResult;

// Sends QUEUED tickets to Ripio, oldest first. A ticket is on disk before
// anything is sent; when the API cannot be reached before the body leaves, the
// ticket goes back to QUEUED and the outbox waits (exponential backoff, or the
// server's Retry-After) before trying again. A body that was sent but whose
// answer was lost makes the ticket UNCONFIRMED: never resent automatically.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    Outbox(TicketStore &store, RipioClient &client, const Clock &clock, QObject *parent = nullptr);

    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    void setEnabled(bool enabled);

    // Marks tickets left SUBMITTING by a process that died mid-send as
    // UNCONFIRMED (the body may have reached Ripio). Call once at start.
    void recoverInterrupted();
    // Looks for QUEUED tickets and sends what it may now.
    void kick();
    // Forget the backoff (new credentials, the operator asked) and send now.
    void resume();

    int inFlight() const { return int(m_inFlight.size()); }
    QDateTime retryAt() const { return m_retryAt; }

Q_SIGNALS:
    void ticketsChanged(const QList<TicketDesk::Ticket> &tickets);
    void ticketsRemoved(const QList<qint64> &ids);
    // After each attempt: queued count, when the next attempt is due (invalid
    // when not backing off) and the last failure's message (empty when fine).
    void queueStateChanged(qint64 queued, const QDateTime &retryAt, const QString &lastError);

private:
    void send(const Ticket &ticket);
    void finished(qint64 id, const CreateTicketResult &result);
    void backOff(int retryAfterSeconds, const QString &why);
    void reportQueue();

    TicketStore &m_store;
    RipioClient &m_client;
    const Clock &m_clock;
    QSet<qint64> m_inFlight;
    int m_maxInFlight = 4;
    bool m_enabled = true;
    int m_failures = 0;
    QDateTime m_retryAt;
    QString m_lastError;
    QTimer m_backoffTimer;
};

} // namespace TicketDesk
