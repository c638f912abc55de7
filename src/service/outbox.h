// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fact.h"
#include "core/ticket.h"
#include "service/outcomespool.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace TicketDesk {

class Clock;
class CreateTicketJob;
struct FactInput;
class RipioClient;
class TicketStore;
struct CreateTicketResult;

// Sends QUEUED tickets to Ripio, oldest first, at most four at a time. A ticket
// is on disk before anything is sent; when the API cannot be reached before the
// body leaves, the ticket goes back to QUEUED and the outbox waits (exponential
// backoff, or the server's Retry-After) before trying again. A body that was
// sent but whose answer was lost makes the ticket UNCONFIRMED: never resent
// automatically. The clock says when a backoff is over; a timer only wakes the
// outbox up then.
//
// Several processes may share one database (team servers on PostgreSQL, or a
// desktop and `serve` on one SQLite file): a ticket is claimed in the store
// (SUBMITTING, leased to this process) before it is sent, so exactly one sends
// it. Leases are renewed while the call runs; a ticket whose lease ran out
// (its sender died mid-send) becomes UNCONFIRMED. The outbox looks for work
// another process queued every `pollIntervalMs`.
//
// Ripio's answer is the one thing the outbox cannot ask for again: when the store
// cannot take it (a team database gone for a while), it is kept with the ticket's
// claim, renewed, and written every `recordRetryMs` until the store takes it.
// Otherwise Ripio's ticket would come back as a second row by its webhook, and
// this one, its lease run out, as UNCONFIRMED: an invitation to a duplicate.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    Outbox(TicketStore &store, RipioClient &client, const Clock &clock, QObject *parent = nullptr);

    // Seconds to wait after `failures` failures in a row: the server's
    // Retry-After when it gave one (>= 0), else 1, 2, 4 ... capped at 60.
    static int backoffSeconds(int failures, int retryAfterSeconds);

    // Enabled, it also looks for work other processes queued and tends its
    // leases (timers); kick() alone sends what is queued now.
    void setEnabled(bool enabled);
    // Who claims tickets: unique per process (host, pid, start time).
    QString claimant() const { return m_claimant; }
    // How long a claim lasts unless renewed (renewed every quarter of it).
    void setLeaseMs(qint64 ms);
    static constexpr int pollIntervalMs = 1000;
    static constexpr int recordRetryMs = 1000;
    // Answers from Ripio waiting for the store to take them.
    qsizetype unrecordedCount() const { return m_unrecorded.size(); }

    // Marks tickets left SUBMITTING by a process that died mid-send as
    // UNCONFIRMED (the body may have reached Ripio). Call once at start. On
    // SQLite this process is taken to be alone at start-up (every SUBMITTING
    // ticket); on PostgreSQL only expired leases count.
    void recoverInterrupted();
    // Where Ripio's answers the store refuses are kept on disk until it takes them (see
    // OutcomeSpool), so that they outlive this process. Without one they live in memory only.
    void setOutcomeSpool(const QString &dataDir);
    // Writes what an earlier process on this database kept (call once at start, before
    // recoverInterrupted(), while its tickets are still SUBMITTING): they get their answers, and
    // their webhooks no second row.
    void restoreKept();
    // Renews this process's leases and expires other processes' dead ones: those whose lease ran
    // out, and at once those of a process of this machine that has ended (processHasEnded()).
    void tendLeases();
    // Looks for QUEUED tickets and sends what it may now: nothing while a
    // backoff lasts (by the clock).
    void kick();
    // Counts the queue again and says so (queueStateChanged()): another process on the database
    // sent or queued a ticket, and "1 ticket queued" stayed in the status bar after it had gone.
    void recount() { reportQueue(); }
    // Forget the backoff (new credentials, the operator asked) and send now.
    void resume();
    // Before this process stops: the claimed tickets whose request has not been handed to
    // the network yet (waiting for a token, say) go back to QUEUED as they were, rather
    // than stay SUBMITTING and become UNCONFIRMED at the next start. Those already sent stay.
    // Ripio's answers still unrecorded get a last attempt; what the store still refuses is
    // logged, with Ripio's ticket ID, as lost to this process.
    void withdrawUnsent();
    // Tickets whose request is on its way to Ripio, its answer not yet recorded.
    qsizetype sending() const { return m_inFlight.size(); }
    // Whether ticket `id`'s request has begun to leave this process (withdrawUnsent() keeps it).
    bool requestLeft(qint64 id) const;
    // Whether Ripio's answer for ticket `id` came and waits to be written (the store refused it:
    // a full disk, a database away); `ripioTicketId` gets Ripio's ID from it, if it gave one.
    bool answerUnrecorded(qint64 id, QString *ripioTicketId = nullptr) const;
    // The folder that keeps such an answer on disk for the next start; empty when none does.
    QString answerKeptFor(qint64 id) const;

Q_SIGNALS:
    void ticketsChanged(const QList<TicketDesk::Ticket> &tickets);
    void ticketsRemoved(const QList<qint64> &ids);
    // The last answer awaited has come (recorded, or kept to be written again): sending() is 0.
    void sendingDone();
    // After each attempt: queued count, when the next attempt is due (invalid
    // when not backing off) and the last failure's message (empty when fine).
    void queueStateChanged(qint64 queued, const QDateTime &retryAt, const QString &lastError);

private:
    // How many tickets may be on their way at once: one while probing (m_probing).
    int inFlightLimit() const;
    void send(const Ticket &claimed);
    void poll();
    void finished(qint64 id, const CreateTicketResult &result);
    // Writes `facts` (Ripio's answers for tickets this process claimed); those the store
    // refuses are kept in m_unrecorded. True when all were written.
    bool record(const QList<FactInput> &facts);
    void recordUnrecorded();
    void backOff(int retryAfterSeconds, const QString &why);
    void reportQueue();
    // Removes the heartbeats of the processes of this machine that ended without saying so, and
    // returns their instances. `alone`, when given, becomes false if any other process's
    // heartbeat is fresher than a lease.
    QStringList forgetEndedProcesses(bool *alone);

    TicketStore &m_store;
    RipioClient &m_client;
    const Clock &m_clock;
    // The tickets this process claimed and is sending, each with its call (set once started).
    struct Sending
    {
        QPointer<CreateTicketJob> job;
        QString message; // the ticket's before it was claimed
    };
    QHash<qint64, QDateTime> m_createdAt; // of the tickets claimed and not yet recorded: for m_spool
    QHash<qint64, Sending> m_inFlight;
    QHash<qint64, Fact> m_unrecorded;    // answered by Ripio, not yet in the store; still claimed
    std::optional<OutcomeSpool> m_spool; // m_unrecorded on disk
    QTimer m_recordTimer;
    bool m_enabled = true;
    int m_failures = 0;
    bool m_probing = false; // since an answer was lost: one ticket at a time until Ripio answers
    QDateTime m_retryAt;    // by m_clock; invalid when not backing off
    // The same pause on the monotonic clock, and how long it was set for: a wall clock stepped
    // back (a day at once) must not hold the queue longer than the pause.
    QDeadlineTimer m_pauseEnds;
    qint64 m_pauseMs = 0;
    QString m_lastError;
    QTimer m_backoffTimer;
    QTimer m_pollTimer;
    QTimer m_leaseTimer;
    QString m_claimant;
    qint64 m_leaseMs = 120 * 1000;
};

} // namespace TicketDesk
