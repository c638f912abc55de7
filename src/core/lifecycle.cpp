// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lifecycle.h"

#include <algorithm>

namespace TicketDesk {

namespace {

// Position in the remote join. Local-only states all rank below PENDING: any
// remote news about the ticket is newer than what this desk knows locally.
int remoteRank(TicketStatus s)
{
    switch (s) {
    case TicketStatus::Pending:
        return 1;
    case TicketStatus::Failed:
        return 2;
    case TicketStatus::Created:
        return 3;
    default:
        return 0;
    }
}

QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

Transition result(const Ticket &t, Verdict v)
{
    return Transition{t, v};
}

// An outcome is never dated before the ticket was made here: a late or clock-skewed event
// (issueDatetime years back) would otherwise give it a negative time to outcome. Nor is a
// ticket submitted after its outcome: a slow 202 arrives after the webhook that Ripio dated
// earlier, and Ripio had accepted the ticket by then.
Transition notBeforeCreation(Transition tr)
{
    if (!tr.ticket)
        return tr;
    Ticket &t = *tr.ticket;
    if (t.createdHere && t.createdAt.isValid() && t.outcomeAt.isValid() && t.outcomeAt < t.createdAt)
        t.outcomeAt = t.createdAt;
    if (t.submittedAt.isValid() && t.outcomeAt.isValid() && t.submittedAt > t.outcomeAt)
        t.submittedAt = t.outcomeAt;
    return tr;
}

Transition applyLocal(Ticket t, const Fact &fact)
{
    switch (fact.kind) {
    case Fact::Kind::Submit:
        if (t.status == TicketStatus::Submitting)
            return result(t, Verdict::Duplicate);
        if (t.status != TicketStatus::Queued)
            return result(t, Verdict::Invalid);
        t.status = TicketStatus::Submitting;
        return result(t, Verdict::Applied);
    case Fact::Kind::Requeue:
        if (t.status == TicketStatus::Queued)
            return result(t, Verdict::Duplicate);
        if (t.status != TicketStatus::Submitting)
            return result(t, Verdict::Invalid);
        t.status = TicketStatus::Queued;
        t.message = fact.message;
        return result(t, Verdict::Applied);
    case Fact::Kind::Rejected:
        if (t.status == TicketStatus::Rejected)
            return result(t, Verdict::Duplicate);
        if (t.status != TicketStatus::Submitting && t.status != TicketStatus::Queued)
            return result(t, Verdict::Invalid);
        t.status = TicketStatus::Rejected;
        t.message = fact.message;
        return result(t, Verdict::Applied);
    case Fact::Kind::AnswerLost:
        if (t.status == TicketStatus::Unconfirmed)
            return result(t, Verdict::Duplicate);
        if (t.status != TicketStatus::Submitting)
            return result(t, Verdict::Invalid);
        t.status = TicketStatus::Unconfirmed;
        t.message = fact.message;
        return result(t, Verdict::Applied);
    case Fact::Kind::NotFound:
        // Ripio gave it an ID, then kept saying it has no such ticket: whether it exists is no
        // longer known, as after a lost answer. Its webhook, should it come, still applies.
        if (t.status == TicketStatus::Unconfirmed)
            return result(t, Verdict::Duplicate);
        if (t.status != TicketStatus::Pending)
            return result(t, Verdict::Invalid);
        t.status = TicketStatus::Unconfirmed;
        t.message = fact.message;
        return result(t, Verdict::Applied);
    case Fact::Kind::RetriedAs:
        if (fact.retryId <= 0 || !isRetryable(t.status))
            return result(t, Verdict::Invalid);
        if (t.retriedAs == fact.retryId)
            return result(t, Verdict::Duplicate);
        if (t.retriedAs != 0)
            return result(t, Verdict::Invalid); // a ticket is retried once
        t.retriedAs = fact.retryId;
        return result(t, Verdict::Applied);
    default:
        Q_UNREACHABLE();
        return result(t, Verdict::Invalid);
    }
}

Transition applyAccepted(Ticket t, const Fact &fact)
{
    if (fact.ticketId.isEmpty() || (!t.ticketId.isEmpty() && t.ticketId != fact.ticketId))
        return result(t, Verdict::Invalid);
    if (t.status == TicketStatus::Rejected)
        return result(t, Verdict::Invalid);

    const bool firstAnswer = t.ticketId.isEmpty() || !t.submittedAt.isValid();
    t.ticketId = fact.ticketId;
    t.submittedAt = earliest(t.submittedAt, fact.at);
    if (remoteRank(t.status) == 0) {
        t.status = TicketStatus::Pending;
        t.message.clear();
        return result(t, Verdict::Applied);
    }
    if (t.status == TicketStatus::Pending)
        return result(t, firstAnswer ? Verdict::Applied : Verdict::Duplicate);
    // Already CREATED/FAILED (the webhook won the race): the 202 only fills in
    // bookkeeping, the status is past it.
    return result(t, Verdict::Stale);
}

// The time of an outcome already held, told again by `at`: the earlier of the two (a Retrieve
// answer is dated when it was asked, Ripio's webhook when Ripio decided; and Ripio's webhook may
// come before a slow 202), but never a time before the ticket was made here. A duplicate dated
// earlier than that (a replay within the secret, a skewed clock) was clamped to the creation,
// and pulled the acceptance with it: the ticket's time to outcome became 0, and the Insights'
// percentiles with it.
QDateTime outcomeToldAgain(const Ticket &t, const QDateTime &at)
{
    if (t.createdHere && t.createdAt.isValid() && at.isValid() && at < t.createdAt)
        return t.outcomeAt;
    return earliest(t.outcomeAt, at);
}

Transition applyRemoteFact(Ticket t, const Fact &fact)
{
    if (fact.ticketId.isEmpty() || (!t.ticketId.isEmpty() && t.ticketId != fact.ticketId))
        return result(t, Verdict::Invalid);
    if (remoteRank(fact.status) == 0)
        return result(t, Verdict::Invalid); // remote facts only say PENDING, FAILED or CREATED

    t.ticketId = fact.ticketId;
    // A row first seen through remote facts dates from the earliest of them,
    // whichever arrived first.
    if (!t.createdHere)
        t.createdAt = earliest(t.createdAt, fact.at);
    if (t.customerId.isEmpty())
        t.customerId = fact.customerId;
    if (t.summary.isEmpty())
        t.summary = fact.summary;

    const int have = remoteRank(t.status);
    const int got = remoteRank(fact.status);

    if (fact.status == TicketStatus::Pending) {
        if (have == 0) {
            t.status = TicketStatus::Pending;
            t.message.clear();
            return result(t, Verdict::Applied);
        }
        return result(t, have == 1 ? Verdict::Duplicate : Verdict::Stale);
    }

    if (fact.status == TicketStatus::Failed) {
        if (t.status == TicketStatus::Created) {
            t.conflict = true;
            return result(t, Verdict::Conflict);
        }
        if (t.status == TicketStatus::Failed) {
            t.outcomeAt = outcomeToldAgain(t, fact.at);
            return result(t, Verdict::Duplicate);
        }
        t.status = TicketStatus::Failed;
        t.issueKey.clear();
        t.message.clear();
        t.outcomeAt = fact.at;
        return result(t, Verdict::Applied);
    }

    // CREATED
    Q_ASSERT(got == 3);
    if (t.status == TicketStatus::Created) {
        t.outcomeAt = outcomeToldAgain(t, fact.at);
        // An empty key (a lenient Retrieve answer with `issueKey: null`) says
        // "registered, key not told": it neither replaces nor contradicts a key.
        if (fact.issueKey.isEmpty() || t.issueKey == fact.issueKey)
            return result(t, Verdict::Duplicate);
        if (t.issueKey.isEmpty()) {
            t.issueKey = fact.issueKey;
            return result(t, Verdict::Applied);
        }
        // Two different keys for one ticket: keep one deterministically, flag it.
        if (fact.issueKey < t.issueKey)
            t.issueKey = fact.issueKey;
        t.conflict = true;
        return result(t, Verdict::Conflict);
    }
    const bool wasFailed = t.status == TicketStatus::Failed;
    t.status = TicketStatus::Created;
    t.issueKey = fact.issueKey;
    t.message.clear();
    t.outcomeAt = fact.at;
    if (wasFailed) {
        t.conflict = true;
        return result(t, Verdict::Conflict);
    }
    return result(t, Verdict::Applied);
}

Transition applyRemoteStatus(Ticket t, const Fact &fact)
{
    return notBeforeCreation(applyRemoteFact(std::move(t), fact));
}

} // namespace

QString verdictToString(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Applied:
        return QStringLiteral("applied");
    case Verdict::Duplicate:
        return QStringLiteral("duplicate");
    case Verdict::Stale:
        return QStringLiteral("stale");
    case Verdict::Conflict:
        return QStringLiteral("conflict");
    case Verdict::UnknownTicketCreated:
        return QStringLiteral("unknown-ticket-created");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    }
    Q_UNREACHABLE();
    return QString();
}

QString recordedVerdict(const QString &flag, Verdict lifecycle)
{
    const bool ownVerdict =
        lifecycle == Verdict::Duplicate || lifecycle == Verdict::Stale || lifecycle == Verdict::Conflict;
    return flag.isEmpty() || ownVerdict ? verdictToString(lifecycle) : flag;
}

Transition applyFact(const std::optional<Ticket> &stored, const Fact &fact)
{
    if (!stored) {
        const bool remoteOutcome = fact.kind == Fact::Kind::Webhook || fact.kind == Fact::Kind::Retrieved;
        if (!remoteOutcome || fact.ticketId.isEmpty() || remoteRank(fact.status) == 0)
            return Transition{std::nullopt, Verdict::Invalid};
        Ticket t;
        t.createdHere = false;
        t.createdAt = fact.at;
        Transition tr = applyRemoteStatus(t, fact);
        tr.verdict = Verdict::UnknownTicketCreated;
        return tr;
    }
    switch (fact.kind) {
    case Fact::Kind::Accepted:
        return notBeforeCreation(applyAccepted(*stored, fact));
    case Fact::Kind::Webhook:
    case Fact::Kind::Retrieved:
        return applyRemoteStatus(*stored, fact);
    default:
        return applyLocal(*stored, fact);
    }
}

OrphanMerge mergeOrphan(const Ticket &accepted, const Ticket &orphan)
{
    OrphanMerge merge;
    merge.ticket = accepted;
    merge.deleteId = orphan.id;
    // Kind Retrieved: the orphan's outcome is known, not newly delivered. Its
    // customer and summary (from its webhook) fill in what the local row lacks.
    Fact fold = Fact::webhook(orphan.ticketId, orphan.status, orphan.issueKey, orphan.customerId, orphan.summary,
                              orphan.status == TicketStatus::Pending ? orphan.createdAt : orphan.outcomeAt);
    fold.kind = Fact::Kind::Retrieved;
    const Transition folded = applyRemoteStatus(accepted, fold);
    merge.verdict = folded.verdict;
    if (folded.ticket && folded.verdict != Verdict::Invalid)
        merge.ticket = *folded.ticket;
    merge.ticket.conflict = merge.ticket.conflict || orphan.conflict;
    if (orphan.retriedAs != 0 && merge.ticket.retriedAs == 0) {
        merge.ticket.retriedAs = orphan.retriedAs;
        merge.retryLink = RetryLink::Adopt;
    } else if (orphan.retriedAs != 0) {
        merge.retryLink = RetryLink::Drop;
    }
    return merge;
}

qint64 filedTwiceWith(const RetryChainLink &ticket,
                      const std::function<std::optional<RetryChainLink>(qint64 id)> &linkOf)
{
    if (ticket.status != TicketStatus::Created)
        return 0;
    constexpr int longestChain = 64; // a loop in damaged data must end
    for (const bool forward : {true, false}) {
        qint64 next = forward ? ticket.retriedAs : ticket.retryOf;
        for (int step = 0; next != 0 && step < longestChain; ++step) {
            const std::optional<RetryChainLink> other = linkOf(next);
            if (!other)
                break;
            if (other->status == TicketStatus::Created)
                return next;
            next = forward ? other->retriedAs : other->retryOf;
        }
    }
    return 0;
}

} // namespace TicketDesk
