// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/outbox.h"

#include "core/clock.h"
#include "core/logging.h"
#include "ripio/createticketjob.h"
#include "ripio/createticketresult.h"
#include "ripio/ripioclient.h"
#include "store/ticketstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace TicketDesk {

namespace {

// Calls in flight at once: enough to overlap uploads, few enough not to look like a flood.
constexpr int maxInFlight = 4;
constexpr int maxBackoffSeconds = 60;
// The backoff timer only wakes the outbox up to ask the clock, so a long
// Retry-After is slept in steps that a QTimer's int milliseconds can hold.
constexpr qint64 maxWakeUpMs = 3600 * 1000;

} // namespace

int Outbox::backoffSeconds(int failures, int retryAfterSeconds)
{
    if (retryAfterSeconds >= 0)
        return std::max(retryAfterSeconds, 1);
    return std::min(maxBackoffSeconds, 1 << std::clamp(failures - 1, 0, 6));
}

Outbox::Outbox(TicketStore &store, RipioClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_clock(clock)
{
    m_backoffTimer.setSingleShot(true);
    connect(&m_backoffTimer, &QTimer::timeout, this, &Outbox::kick);
}

void Outbox::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        kick();
}

void Outbox::recoverInterrupted()
{
    TicketFilter filter;
    filter.status = TicketStatus::Submitting;
    const QList<Ticket> stuck = m_store.tickets(filter);
    if (stuck.isEmpty())
        return;
    QList<FactInput> inputs;
    const QString why = QCoreApplication::translate(
        "Outbox", "TicketDesk stopped while sending this ticket; Ripio may or may not have received it.");
    for (const Ticket &t : stuck)
        inputs.append(FactInput::forLocal(t.id, Fact::answerLost(why, m_clock.now())));
    QList<Ticket> changed;
    for (const FactOutcome &o : m_store.applyFacts(inputs)) {
        if (o.committed && o.ticket)
            changed.append(*o.ticket);
    }
    qCWarning(lcService) << stuck.size() << "ticket(s) were being sent when TicketDesk stopped: now UNCONFIRMED";
    if (!changed.isEmpty())
        Q_EMIT ticketsChanged(changed);
}

void Outbox::resume()
{
    m_backoffTimer.stop();
    m_retryAt = QDateTime();
    m_failures = 0;
    kick();
}

void Outbox::kick()
{
    if (!m_enabled)
        return;
    if (m_retryAt.isValid()) {
        const qint64 wait = m_clock.now().msecsTo(m_retryAt);
        if (wait > 0) {
            // Early (a coarse timer, or a clock that moved less than the timer): sleep on.
            if (!m_backoffTimer.isActive())
                m_backoffTimer.start(int(std::min(wait, maxWakeUpMs)));
            return;
        }
        m_retryAt = QDateTime();
        m_backoffTimer.stop();
    }
    const int room = maxInFlight - int(m_inFlight.size());
    if (room <= 0)
        return;
    TicketFilter filter;
    filter.status = TicketStatus::Queued;
    filter.order = TicketFilter::Order::OldestFirst;
    const QList<Ticket> queued = m_store.tickets(filter, room + int(m_inFlight.size()));
    for (const Ticket &t : queued) {
        if (int(m_inFlight.size()) >= maxInFlight)
            break;
        if (!m_inFlight.contains(t.id))
            send(t);
    }
    reportQueue();
}

void Outbox::send(const Ticket &ticket)
{
    const QList<FactOutcome> submitted =
        m_store.applyFacts({FactInput::forLocal(ticket.id, Fact::submit(m_clock.now()))});
    if (submitted.isEmpty() || !submitted.first().committed || submitted.first().verdict != Verdict::Applied)
        return;
    m_inFlight.insert(ticket.id);
    Q_EMIT ticketsChanged({*submitted.first().ticket});

    CreateTicketRequest request;
    request.customerId = ticket.customerId;
    request.summary = ticket.summary;
    request.description = ticket.description;
    for (const Attachment &a : ticket.attachments)
        request.attachments.append(AttachmentFile{a.storedPath, a.fileName, a.contentType, a.size});

    CreateTicketJob *job = m_client.createTicket(request);
    const qint64 id = ticket.id;
    connect(job, &CreateTicketJob::finished, this, [this, id](const CreateTicketResult &r) { finished(id, r); });
}

void Outbox::finished(qint64 id, const CreateTicketResult &result)
{
    m_inFlight.remove(id);
    const QDateTime now = m_clock.now();
    Fact fact;
    bool stop = false;
    switch (result.disposition()) {
    case CreateTicketResult::Disposition::Accepted:
        fact = Fact::accepted(result.ticketId, now);
        m_failures = 0;
        m_lastError.clear();
        break;
    case CreateTicketResult::Disposition::NotSent:
        fact = Fact::requeue(result.error.message, now);
        stop = true;
        break;
    case CreateTicketResult::Disposition::Rejected:
        fact = Fact::rejected(result.error.message, now);
        break;
    case CreateTicketResult::Disposition::Unconfirmed:
        fact = Fact::answerLost(result.error.message, now);
        break;
    }
    const QList<FactOutcome> out = m_store.applyFacts({FactInput::forLocal(id, fact)});
    if (!out.isEmpty() && out.first().committed && out.first().ticket) {
        Q_EMIT ticketsChanged({*out.first().ticket});
        if (out.first().mergedFrom)
            Q_EMIT ticketsRemoved({out.first().mergedFrom});
    } else {
        qCWarning(lcService) << "could not store the outcome of sending ticket" << id << ":"
                             << (out.isEmpty() ? QString() : out.first().error.message);
    }
    if (stop)
        backOff(result.error.retryAfterSeconds, result.error.message);
    else
        kick();
    reportQueue();
}

void Outbox::backOff(int retryAfterSeconds, const QString &why)
{
    ++m_failures;
    m_lastError = why;
    const int seconds = backoffSeconds(m_failures, retryAfterSeconds);
    m_retryAt = m_clock.now().addSecs(seconds);
    qCInfo(lcService).noquote() << "outbox paused for" << seconds << "s:" << why;
    m_backoffTimer.start(int(std::min(qint64(seconds) * 1000, maxWakeUpMs)));
}

void Outbox::reportQueue()
{
    // Runs after every send: count the queue alone (an index lookup), not every status.
    Q_EMIT queueStateChanged(m_store.countWithStatus(TicketStatus::Queued), m_retryAt, m_lastError);
}

} // namespace TicketDesk
