// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/reconciler.h"

#include "core/clock.h"
#include "core/localizedtext.h"
#include "core/logging.h"
#include "ripio/retrieveticketjob.h"
#include "ripio/retrieveticketresult.h"
#include "ripio/ripioclient.h"
#include "ripio/ripioendpoint.h"
#include "store/ticketstore.h"

#include <QUuid>

#include <algorithm>

namespace TicketDesk {

namespace {

constexpr int maxDoublings = 5;
constexpr qint64 maxCheckDelaySeconds = 3600;
constexpr qsizetype maxDuePerSweep = 256;

} // namespace

qint64 Reconciler::checkDelaySeconds(int thresholdSeconds, int attempts)
{
    return std::min(qint64(thresholdSeconds) << std::clamp(attempts - 1, 0, maxDoublings), maxCheckDelaySeconds);
}

int Reconciler::notFoundChecksNeeded(int thresholdSeconds, int firstAttempt)
{
    int checks = 1;
    for (qint64 span = 0; span < notFoundSeconds; ++checks)
        span += checkDelaySeconds(thresholdSeconds, std::max(1, firstAttempt) + checks - 1);
    return std::max(notFoundChecks, checks);
}

Reconciler::Reconciler(TicketStore &store, RipioClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_clock(clock)
    , m_claimant(QStringLiteral("reconciler:") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_timer, &QTimer::timeout, this, &Reconciler::sweep);
}

void Reconciler::setThresholdSeconds(int seconds)
{
    m_thresholdSeconds = std::max(1, seconds);
    // Sweep often enough that a ticket is checked soon after it crosses the threshold.
    m_timer.setInterval(std::clamp(m_thresholdSeconds * 1000 / 4, 250, 5000));
}

void Reconciler::start()
{
    m_startup = true;
    setThresholdSeconds(m_thresholdSeconds);
    m_timer.start();
    QTimer::singleShot(0, this, &Reconciler::sweep);
}

void Reconciler::stop()
{
    m_timer.stop();
}

void Reconciler::checkNow(qint64 localId)
{
    const std::optional<Ticket> t = m_store.ticket(localId);
    if (t && askable(*t) && !m_inFlight.contains(localId))
        check(*t);
}

void Reconciler::sweep()
{
    const QDateTime now = m_clock.now();
    const bool startup = std::exchange(m_startup, false);
    TicketFilter filter;
    filter.status = TicketStatus::Pending;
    filter.order = TicketFilter::Order::OldestFirst;
    filter.withAttachments = false; // only ids and times are looked at
    QSet<qint64> stillPending;
    QList<Ticket> due;
    m_store.forEachTicket(filter, [&](const Ticket &t) {
        stillPending.insert(t.id);
        if (m_inFlight.contains(t.id) || !askable(t))
            return true;
        const QDateTime since = t.submittedAt.isValid() ? t.submittedAt : t.createdAt;
        const auto it = m_schedule.constFind(t.id);
        // A few rounds' worth at most: memory stays bounded with thousands PENDING.
        // A next check further away than the longest delay: the wall clock went back meanwhile.
        const bool dueBySchedule =
            it != m_schedule.constEnd() && (it->next <= now || it->next > now.addSecs(maxCheckDelaySeconds));
        if (due.size() < maxDuePerSweep &&
            (it != m_schedule.constEnd() ? dueBySchedule : (startup || since.secsTo(now) >= m_thresholdSeconds)))
            due.append(t);
        return true;
    });
    due += dueUnconfirmed(now);
    // Claimed after the listing (a write inside it would end its cursor), oldest first.
    for (const Ticket &t : std::as_const(due)) {
        if (int(m_inFlight.size()) >= m_maxConcurrent)
            break;
        if (m_store.claimCheck(m_claimant, t.id, now.addSecs(checkLeaseSeconds())))
            check(t);
        else if (t.status == TicketStatus::Unconfirmed) // another process asked: not again this hour
            m_recheckAt.insert(t.id, now.addSecs(unconfirmedRecheckSeconds));
        else // another process asks about it: look again after a threshold
            m_schedule[t.id].next = now.addSecs(m_thresholdSeconds);
    }
    // Forget schedules of tickets that left PENDING.
    for (auto it = m_schedule.begin(); it != m_schedule.end();) {
        if (!stillPending.contains(it.key()) && !m_inFlight.contains(it.key()))
            it = m_schedule.erase(it);
        else
            ++it;
    }
}

QList<Ticket> Reconciler::dueUnconfirmed(const QDateTime &now)
{
    if (m_nextRecheckPass.isValid() && now < m_nextRecheckPass)
        return {};
    m_nextRecheckPass = now.addSecs(60);
    TicketFilter filter;
    filter.status = TicketStatus::Unconfirmed;
    filter.order = TicketFilter::Order::OldestFirst;
    filter.withAttachments = false;
    QList<Ticket> due;
    QHash<qint64, QDateTime> seen;
    m_store.forEachTicket(filter, [&](const Ticket &t) {
        // Without Ripio's ID there is nothing to ask (its answer was lost); a week quiet: given up.
        if (!askable(t) || t.updatedAt.secsTo(now) > unconfirmedRecheckForSeconds)
            return true;
        QDateTime next = m_recheckAt.value(t.id, t.updatedAt.addSecs(unconfirmedRecheckSeconds));
        // Further away than a recheck's interval: the wall clock went back meanwhile.
        if (next > now.addSecs(unconfirmedRecheckSeconds))
            next = now;
        seen.insert(t.id, next);
        if (next <= now && !m_inFlight.contains(t.id) && due.size() < maxDuePerSweep)
            due.append(t);
        return true;
    });
    m_recheckAt = seen; // forget the tickets that left UNCONFIRMED
    return due;
}

bool Reconciler::askable(const Ticket &ticket) const
{
    return !ticket.ticketId.isEmpty() && sameRipioEnvironment(ticket.apiBase, m_client.settings().baseUrl);
}

qint64 Reconciler::checkLeaseSeconds() const
{
    return std::clamp<qint64>(m_thresholdSeconds, 30, 300);
}

void Reconciler::check(const Ticket &ticket)
{
    m_inFlight.insert(ticket.id);
    if (ticket.status == TicketStatus::Unconfirmed) {
        m_rechecking.insert(ticket.id);
        m_recheckAt.insert(ticket.id, m_clock.now().addSecs(unconfirmedRecheckSeconds));
    }
    RetrieveTicketJob *job = m_client.retrieveTicket(ticket.ticketId);
    const qint64 id = ticket.id;
    connect(job, &RetrieveTicketJob::finished, this, [this, id](const RetrieveTicketResult &r) { finished(id, r); });
}

bool Reconciler::giveUpIfGone(qint64 localId, const QDateTime &now)
{
    // The latest checks, newest first: 404s in a row, up to any other answer or failure.
    int notFound = 0;
    QDateTime first;
    const QList<TicketEvent> events = m_store.events(localId);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const bool check = it->kind == QLatin1StringView("reconcile-check");
        if (check && it->verdict == QLatin1StringView("not-found")) {
            ++notFound;
            first = it->at;
        } else if (check || it->kind == factKindToString(Fact::Kind::Retrieved)) {
            break;
        }
    }
    // Both by the clock and by the count, so that a clock stepped forward (an hour at once)
    // does not give it up after a few seconds of 404s.
    // The 404s began at this process's attempt (attempts - notFound + 1), when it made them all;
    // an earlier one (the backoff already long) needs fewer checks for the same half hour.
    const int attempts = m_schedule.value(localId).attempts;
    if (notFound < notFoundChecksNeeded(m_thresholdSeconds, attempts - notFound + 1) || !first.isValid() ||
        first.secsTo(now) < notFoundSeconds)
        return false;
    const QString reason =
        LocalizedText("TicketDesk::Reconciler",
                      QT_TRANSLATE_NOOP("TicketDesk::Reconciler",
                                        "Ripio has answered at every check for more than half an hour that it has no "
                                        "such ticket (HTTP 404): whether it registered it is unknown. Retry it if the "
                                        "customer still needs it; should Ripio's webhook come after all, it still "
                                        "applies."))
            .toStored();
    const QList<FactOutcome> out = m_store.applyFacts({FactInput::forLocal(localId, Fact::notFound(reason, now))});
    if (out.isEmpty() || !out.first().committed || !out.first().ticket || out.first().verdict != Verdict::Applied)
        return false;
    qCWarning(lcService).noquote() << "ticket" << localId << "is UNCONFIRMED: Ripio answered 404 for it" << notFound
                                   << "times in a row since" << first.toUTC().toString(Qt::ISODate);
    m_schedule.remove(localId);
    Q_EMIT ticketsChanged({*out.first().ticket});
    Q_EMIT checked(localId, statusToString(TicketStatus::Unconfirmed));
    return true;
}

void Reconciler::finished(qint64 localId, const RetrieveTicketResult &result)
{
    m_inFlight.remove(localId);
    const QDateTime now = m_clock.now();
    if (m_rechecking.remove(localId)) {
        // An UNCONFIRMED ticket asked about again: hold it until its next check; an answer
        // applies, and no answer (still 404, Ripio away) leaves it as it was, with nothing
        // added to its timeline every hour.
        const QDateTime next = now.addSecs(unconfirmedRecheckSeconds);
        m_recheckAt.insert(localId, next);
        m_store.claimCheck(m_claimant, localId, next);
        if (!result.ok()) {
            qCInfo(lcService).noquote() << "recheck of UNCONFIRMED ticket" << localId
                                        << "failed:" << result.error.message;
            Q_EMIT checked(localId, result.error.message);
            return;
        }
    } else {
        finishedPending(localId, result, now);
        return;
    }
    applyAnswer(localId, result, now);
}

void Reconciler::finishedPending(qint64 localId, const RetrieveTicketResult &result, const QDateTime &now)
{
    Schedule &s = m_schedule[localId];
    ++s.attempts;
    s.next = now.addSecs(checkDelaySeconds(m_thresholdSeconds, s.attempts));
    // Hold the ticket until its next check, so other processes leave it alone
    // (no-op once it left PENDING or another took it over).
    m_store.claimCheck(m_claimant, localId, s.next);

    if (!result.ok()) {
        // Ripio's own answer to the retrieve, not a token request's 404 (a wrong URL, a proxy's
        // page): that never asked about the ticket.
        const bool gone = result.error.category == ClientError::Category::NotFound && result.error.bodySent &&
                          result.error.httpStatus == 404;
        m_store.recordEvent(localId, QStringLiteral("reconcile-check"),
                            gone ? QStringLiteral("not-found") : QStringLiteral("error"), result.error.storedMessage());
        qCInfo(lcService).noquote() << "reconcile check of ticket" << localId << "failed:" << result.error.message;
        if (gone && giveUpIfGone(localId, now))
            return;
        Q_EMIT checked(localId, result.error.message);
        return;
    }
    applyAnswer(localId, result, now);
}

void Reconciler::applyAnswer(qint64 localId, const RetrieveTicketResult &result, const QDateTime &now)
{
    const QList<FactOutcome> out = m_store.applyFacts(
        {FactInput::forRemote(Fact::retrieved(result.ticketId, result.status, result.issueKey, now))});
    if (!out.isEmpty() && out.first().committed && out.first().ticket) {
        Q_EMIT ticketsChanged({*out.first().ticket});
        Q_EMIT checked(localId, statusToString(result.status));
    }
}

} // namespace TicketDesk
