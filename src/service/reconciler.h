// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace TicketDesk {

class Clock;
class RipioClient;
class TicketStore;
struct RetrieveTicketResult;

// Asks Ripio about tickets that stay PENDING longer than a threshold (webhooks
// get lost), with per-ticket backoff and a cap on concurrent checks. At start
// every PENDING ticket is checked once. Answers go through the same lifecycle
// function as webhooks, so a check can never contradict one silently. The clock
// says which tickets are due; a timer sweeps every threshold/4 (0.25 to 5 s).
// Several processes may reconcile one database: before asking about a ticket,
// a reconciler claims it in the store (TicketStore::claimCheck) for the check
// and then until its next check is due, so only one of them asks each time;
// when the holder dies, its claim runs out and another takes over.
// A ticket Ripio answers 404 for (no such ticket) at notFoundChecks checks in a
// row, over at least notFoundSeconds, becomes UNCONFIRMED (Fact::NotFound): it
// can be retried then, and its webhook, should it come after all, still applies.
// The row is counted in the ticket's timeline (a check's event with verdict
// "not-found"), so checks by other processes and before a restart count too.
// An UNCONFIRMED ticket that has Ripio's ID (Ripio stopped knowing it, for a while
// perhaps) is asked about again hourly, quietly, for a week after its last change:
// should Ripio know it again, its answer applies as any other.
// Only tickets sent to the API the client now talks to are asked about: after
// a switch from the sandbox to production, the sandbox's PENDING tickets wait
// (a 404 from production would make them UNCONFIRMED, and a retry would file
// them in production).
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    Reconciler(TicketStore &store, RipioClient &client, const Clock &clock, QObject *parent = nullptr);

    // Seconds from the answer to a ticket's attempts-th check (1, 2, ...) to
    // its next one: the threshold, doubled after each check up to 32 times
    // it, and never more than an hour.
    static qint64 checkDelaySeconds(int thresholdSeconds, int attempts);
    // Ripio may not know a ticket for a moment after its 202: only this many 404s in a row,
    // spread over this long, say it does not have it.
    static constexpr int notFoundChecks = 3;
    static constexpr qint64 notFoundSeconds = 1800;
    // And as many as the backoff makes in notFoundSeconds (the first check past it included),
    // from the ticket's `firstAttempt`-th check on: counted as well as timed, a clock stepped
    // forward does not shorten it.
    static int notFoundChecksNeeded(int thresholdSeconds, int firstAttempt = 1);
    // An UNCONFIRMED ticket with Ripio's ID: asked about this often, for this long after it last changed.
    static constexpr qint64 unconfirmedRecheckSeconds = 3600;
    static constexpr qint64 unconfirmedRecheckForSeconds = 7 * 24 * 3600;

    void setThresholdSeconds(int seconds);
    void setMaxConcurrent(int n) { m_maxConcurrent = std::max(1, n); }
    // Who holds this reconciler's claims (the process's outbox claimant).
    void setClaimant(const QString &claimant) { m_claimant = claimant; }
    QString claimant() const { return m_claimant; }

    // Starts the periodic sweep; the first sweep checks every PENDING ticket.
    void start();
    void stop();
    // Checks one ticket now, whatever its age.
    void checkNow(qint64 localId);
    // Asks about the PENDING tickets that are due by the clock (all of them on
    // the first sweep after start()), oldest first, within the concurrency cap.
    // The timer calls this.
    void sweep();

Q_SIGNALS:
    void ticketsChanged(const QList<TicketDesk::Ticket> &tickets);
    void checked(qint64 localId, const QString &result);

private:
    void check(const Ticket &ticket);
    // Whether Ripio can be asked about the ticket here: it has Ripio's ID, and
    // was sent to the API the client talks to (sameRipioEnvironment()). One
    // sent to another stays as it is until the settings point there again.
    bool askable(const Ticket &ticket) const;
    // The UNCONFIRMED tickets with Ripio's ID that are due a check (at most once a minute).
    QList<Ticket> dueUnconfirmed(const QDateTime &now);
    // How long a claim covers a check that is under way: past it, a holder that
    // died mid-check gives the ticket up.
    qint64 checkLeaseSeconds() const;
    void finished(qint64 localId, const RetrieveTicketResult &result);
    void finishedPending(qint64 localId, const RetrieveTicketResult &result, const QDateTime &now);
    // Ripio's answer about the ticket, through the lifecycle.
    void applyAnswer(qint64 localId, const RetrieveTicketResult &result, const QDateTime &now);
    // After a 404 for the ticket: true when its checks' recent 404s (in its timeline, whichever
    // process asked) made it UNCONFIRMED, and told so.
    bool giveUpIfGone(qint64 localId, const QDateTime &now);

    struct Schedule
    {
        int attempts = 0;
        QDateTime next;
    };

    TicketStore &m_store;
    RipioClient &m_client;
    const Clock &m_clock;
    QTimer m_timer;
    int m_thresholdSeconds = 120;
    int m_maxConcurrent = 4;
    QString m_claimant;
    bool m_startup = true;
    QSet<qint64> m_inFlight;
    QHash<qint64, Schedule> m_schedule;
    // UNCONFIRMED tickets asked about again: when next; and when to look for due ones next.
    QHash<qint64, QDateTime> m_recheckAt;
    QSet<qint64> m_rechecking; // of m_inFlight: asked about as UNCONFIRMED
    QDateTime m_nextRecheckPass;
};

} // namespace TicketDesk
