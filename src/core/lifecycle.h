// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fact.h"
#include "core/ticket.h"

#include <functional>
#include <optional>

namespace TicketDesk {

// What applying a fact did.
enum class Verdict
{
    Applied,              // the ticket changed
    Duplicate,            // the fact was already reflected; nothing changed
    Stale,                // the ticket is already past what the fact says; nothing changed
    Conflict,             // the fact contradicts a terminal outcome; recorded and flagged
    UnknownTicketCreated, // a remote fact for a ticket this desk has no row for: a new row
    Invalid,              // the fact cannot apply (no ticket for a local fact, retry not allowed)
};

QString verdictToString(Verdict verdict);

// The verdict a delivery is recorded with, once the lifecycle has judged its fact. `flag` is what
// inspecting the webhook said first: nothing, or "late" (issued outside the replay window). A late
// event the lifecycle applied stays "late"; a late duplicate, stale event or conflict is recorded
// as that, so that a conflict counts among the problems however late it came.
QString recordedVerdict(const QString &flag, Verdict lifecycle);

struct Transition
{
    std::optional<Ticket> ticket; // the new state; empty only for Invalid without a stored ticket
    Verdict verdict = Verdict::Applied;
};

// The ticket lifecycle as a pure function.
//
// Remote facts form a join: PENDING < FAILED < CREATED. Whatever order the same
// remote facts arrive in, the final ticket is the same. A terminal outcome never
// changes silently: a FAILED after CREATED keeps CREATED and sets `conflict`; a
// CREATED after FAILED moves to CREATED (Ripio has a registered ticket, that is the
// stronger evidence) and also sets `conflict`. Two CREATED with different issue
// keys keep the smaller key, flagged; a CREATED without a key neither replaces
// nor contradicts one. `outcomeAt` is the earliest time reported for the
// winning status.
Transition applyFact(const std::optional<Ticket> &stored, const Fact &fact);

// What becomes of the retry link of an orphan row folded into the local row.
enum class RetryLink
{
    None,  // the orphan was not retried: nothing to move
    Adopt, // the orphan's retry now retries the local row (retry_of moves to the local id)
    Drop,  // both were retried: the local row keeps its own retry, the orphan's loses its link
};

// The decision taken when our own 202 (Accepted) meets a row that a webhook or a
// Retrieve created first for the same ticketId (an "orphan": createdHere false).
// The store executes it: save `ticket`, move the orphan's deliveries and events
// to it, apply `retryLink`, delete the orphan row, and record a "merge" event
// with `verdict`.
struct OrphanMerge
{
    Ticket ticket;                      // the local row with the orphan's outcome folded in
    Verdict verdict = Verdict::Applied; // of folding the orphan's status into the local row
    qint64 deleteId = 0;                // the orphan's local id: repointed, then deleted
    RetryLink retryLink = RetryLink::None;
};

// `accepted` is the local row after the 202 (applyFact's answer), `orphan` the
// other row with the same ticketId. The orphan's status is folded in as a
// Retrieved fact dated by its outcome (its creation when PENDING), so the usual
// join decides which fields win; a conflict flag on either side is kept.
OrphanMerge mergeOrphan(const Ticket &accepted, const Ticket &orphan);

// What a walk along a chain of retries needs to know of one ticket.
struct RetryChainLink
{
    TicketStatus status = TicketStatus::Queued;
    qint64 retryOf = 0;
    qint64 retriedAs = 0;
};

// The ticket a CREATED ticket's request was also registered as: the first other CREATED ticket
// along its chain of retries, either way (A retried as B, B FAILED and retried as C: A and C).
// None goes on past one registered, which is not retried. `linkOf(id)`: that ticket, or nullopt
// when it is not known (the walk stops there). 0 for none, or when `ticket` is not CREATED.
qint64 filedTwiceWith(const RetryChainLink &ticket,
                      const std::function<std::optional<RetryChainLink>(qint64 id)> &linkOf);

} // namespace TicketDesk
