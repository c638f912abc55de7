// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/outbox.h"

#include "core/clock.h"
#include "core/localizedtext.h"
#include "core/logging.h"
#include "ripio/createticketjob.h"
#include "ripio/createticketresult.h"
#include "ripio/ripioclient.h"
#include "ripio/ripioendpoint.h"
#include "service/attachmentchunkdevice.h"
#include "service/processliveness.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

#include <algorithm>
#include <cstdlib>

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
    , m_claimant(QStringLiteral("%1:%2:%3:%4")
                     .arg(QSysInfo::machineHostName())
                     .arg(QCoreApplication::applicationPid())
                     .arg(clock.now().toMSecsSinceEpoch())
                     .arg(thisMachineIdentity()))
{
    m_backoffTimer.setSingleShot(true);
    connect(&m_backoffTimer, &QTimer::timeout, this, &Outbox::kick);
    connect(&m_pollTimer, &QTimer::timeout, this, &Outbox::poll);
    connect(&m_leaseTimer, &QTimer::timeout, this, &Outbox::tendLeases);
    m_recordTimer.setInterval(recordRetryMs);
    connect(&m_recordTimer, &QTimer::timeout, this, &Outbox::recordUnrecorded);
}

void Outbox::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled) {
        m_pollTimer.start(pollIntervalMs);
        m_leaseTimer.start(int(m_leaseMs / 4));
        kick();
    } else {
        m_pollTimer.stop();
        m_leaseTimer.stop();
    }
}

void Outbox::setLeaseMs(qint64 ms)
{
    m_leaseMs = std::max<qint64>(ms, 1000);
    if (m_leaseTimer.isActive())
        m_leaseTimer.start(int(m_leaseMs / 4));
}

int Outbox::inFlightLimit() const
{
    return m_probing ? 1 : maxInFlight;
}

void Outbox::poll()
{
    // A read first: claiming takes the write lock, which only real work should.
    if (m_enabled && !m_retryAt.isValid() && int(m_inFlight.size()) < inFlightLimit() &&
        m_store.countWithStatus(TicketStatus::Queued) > 0)
        kick();
}

QStringList Outbox::forgetEndedProcesses(bool *alone)
{
    const QDateTime now = m_clock.now();
    QStringList ended;
    for (const ServerRecord &s : m_store.servers()) {
        if (s.instance == m_claimant)
            continue;
        // A process of this machine that has ended (killed, crashed) is no neighbour: its row
        // goes, and what it was sending is settled now rather than when its lease runs out.
        if (processHasEnded(s)) {
            qCInfo(lcService).noquote() << "the TicketDesk process" << s.instance << QStringLiteral("(%1)").arg(s.role)
                                        << "ended without saying so: its heartbeat is removed";
            m_store.removeHeartbeat(s.instance);
            ended << s.instance;
            continue;
        }
        if (alone && std::abs(s.lastSeen.msecsTo(now)) < m_leaseMs)
            *alone = false;
    }
    return ended;
}

void Outbox::tendLeases()
{
    if (!m_inFlight.isEmpty() || !m_unrecorded.isEmpty())
        m_store.renewClaims(m_claimant, m_inFlight.keys() + m_unrecorded.keys(), m_leaseMs);
    // A sender of this machine killed while this one runs: its tickets are settled at this round,
    // not two minutes after its last renewal.
    const QStringList ended = forgetEndedProcesses(nullptr);
    QList<qint64> removed;
    const QList<Ticket> expired = m_store.expireClaims(
        LocalizedText("Outbox", QT_TRANSLATE_NOOP("Outbox", "The TicketDesk that was sending this ticket stopped "
                                                            "answering; Ripio may or may not have received it."))
            .toStored(),
        false, &removed, ended);
    if (!expired.isEmpty()) {
        qCWarning(lcService) << expired.size() << "ticket(s) whose sender stopped are now UNCONFIRMED";
        Q_EMIT ticketsChanged(expired);
    }
    if (!removed.isEmpty())
        Q_EMIT ticketsRemoved(removed);
}

void Outbox::recoverInterrupted()
{
    const QString why = LocalizedText("Outbox", QT_TRANSLATE_NOOP("Outbox", "TicketDesk stopped while sending this "
                                                                            "ticket; Ripio may or may not have "
                                                                            "received it."))
                            .toStored();
    // Every SUBMITTING ticket is this process's own leftover only when no other
    // process is alive on the database (a SQLite file with `serve` running and
    // a command line starting beside it: the server's sends are not ours).
    bool alone = !m_store.isPostgres();
    const QStringList ended = forgetEndedProcesses(&alone);
    QList<qint64> removed;
    // Alone: its own claims from before this start, whatever their lease; not one taken since by
    // a process that starts beside it (alive in `servers` before it claims).
    const QList<Ticket> changed = m_store.expireClaims(why, alone, &removed, ended);
    if (changed.isEmpty())
        return;
    qCWarning(lcService) << changed.size() << "ticket(s) were being sent when TicketDesk stopped: now UNCONFIRMED";
    Q_EMIT ticketsChanged(changed);
    if (!removed.isEmpty())
        Q_EMIT ticketsRemoved(removed);
}

void Outbox::setOutcomeSpool(const QString &dataDir)
{
    m_spool.emplace(dataDir, m_store.path());
}

void Outbox::restoreKept()
{
    if (!m_spool)
        return;
    const QList<OutcomeSpool::Entry> kept = m_spool->entries();
    if (kept.isEmpty())
        return;
    QList<FactInput> facts;
    for (const OutcomeSpool::Entry &e : kept) {
        // The ticket it was kept for, not another one with its id in a database made anew.
        const std::optional<Ticket> ticket = m_store.ticket(e.localId);
        if (!ticket && !m_store.lastError().ok()) {
            qCWarning(lcService).noquote()
                << "kept answer for ticket" << e.localId << "left for the next start:" << m_store.lastError().message;
            continue;
        }
        if (!ticket || ticket->createdAt != e.ticketCreatedAt) {
            m_spool->setAside(e.localId, QStringLiteral("no such ticket in this database"));
            continue;
        }
        m_unrecorded.insert(e.localId, e.fact);
        m_createdAt.insert(e.localId, e.ticketCreatedAt);
        facts.append(FactInput::forLocal(e.localId, e.fact));
    }
    if (facts.isEmpty())
        return;
    qCInfo(lcService).noquote() << "writing" << facts.size() << "answer(s) from Ripio kept on this computer in"
                                << QDir::toNativeSeparators(m_spool->directory());
    record(facts);
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
        qint64 wait = m_clock.now().msecsTo(m_retryAt);
        if (wait > m_pauseMs) // the wall clock went back since the pause began
            wait = m_pauseEnds.remainingTime();
        if (wait > 0) {
            // Early (a coarse timer, or a clock that moved less than the timer): sleep on.
            if (!m_backoffTimer.isActive())
                m_backoffTimer.start(int(std::min(wait, maxWakeUpMs)));
            reportQueue(); // a ticket queued meanwhile counts now, not at the next attempt
            return;
        }
        m_retryAt = QDateTime();
        m_backoffTimer.stop();
    }
    const int room = inFlightLimit() - int(m_inFlight.size());
    if (room <= 0)
        return;
    // Claimed in one transaction: SUBMITTING and leased to this process, so no
    // other process sharing the database sends them too.
    const QList<Ticket> claimed =
        m_store.claimQueued(m_claimant, m_leaseMs, room, ripioApiBase(m_client.settings().baseUrl));
    if (!claimed.isEmpty()) {
        for (const Ticket &t : claimed) {
            m_inFlight.insert(t.id, {nullptr, t.message});
            m_createdAt.insert(t.id, t.createdAt);
        }
        Q_EMIT ticketsChanged(claimed);
        for (const Ticket &t : claimed)
            send(t);
    }
    reportQueue();
}

void Outbox::send(const Ticket &ticket)
{
    CreateTicketRequest request;
    request.customerId = ticket.customerId;
    request.summary = ticket.summary;
    request.description = ticket.description;
    for (const Attachment &a : ticket.attachments)
        request.attachments.append(AttachmentChunkDevice::uploadSource(m_store, a));

    CreateTicketJob *job = m_client.createTicket(request);
    const qint64 id = ticket.id;
    m_inFlight[id].job = job;
    connect(job, &CreateTicketJob::finished, this, [this, id](const CreateTicketResult &r) { finished(id, r); });
}

bool Outbox::requestLeft(qint64 id) const
{
    const auto it = m_inFlight.constFind(id);
    return it != m_inFlight.cend() && (!it->job || it->job->hasSent());
}

bool Outbox::answerUnrecorded(qint64 id, QString *ripioTicketId) const
{
    const auto it = m_unrecorded.constFind(id);
    if (it == m_unrecorded.cend())
        return false;
    if (ripioTicketId)
        *ripioTicketId = it->ticketId;
    return true;
}

QString Outbox::answerKeptFor(qint64 id) const
{
    return m_unrecorded.contains(id) && m_spool && m_spool->holds(id) ? m_spool->directory() : QString();
}

void Outbox::withdrawUnsent()
{
    recordUnrecorded();
    for (auto it = m_unrecorded.cbegin(); it != m_unrecorded.cend(); ++it)
        qCWarning(lcService).noquote()
            << "stopping: Ripio's answer for ticket" << it.key()
            << "was not stored (Ripio's ticket ID:" << (it->ticketId.isEmpty() ? QStringLiteral("none") : it->ticketId)
            << (m_spool && m_spool->holds(it.key())
                    ? QStringLiteral("); kept in %1 and written at the next start on this database")
                          .arg(QDir::toNativeSeparators(m_spool->directory()))
                    : QStringLiteral("); the ticket will show as UNCONFIRMED, and Ripio's ticket arrive by its "
                                     "webhook"));
    m_unrecorded.clear();
    m_recordTimer.stop();
    const QDateTime now = m_clock.now();
    QList<FactInput> facts;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (!it->job || it->job->hasSent()) {
            ++it;
            continue;
        }
        // Nothing of it left this process: its finished() never comes, nor any request.
        delete it->job.data();
        facts.append(FactInput::forLocal(it.key(), Fact::requeue(it->message, now)));
        m_createdAt.remove(it.key());
        it = m_inFlight.erase(it);
    }
    if (facts.isEmpty())
        return;
    QList<Ticket> changed;
    for (const FactOutcome &o : m_store.applyFacts(facts)) {
        if (o.committed && o.ticket)
            changed.append(*o.ticket);
    }
    qCInfo(lcService) << "stopping: tickets not sent yet, queued again:" << changed.size() << "of" << facts.size();
    if (!changed.isEmpty())
        Q_EMIT ticketsChanged(changed);
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
        m_probing = false;
        break;
    case CreateTicketResult::Disposition::NotSent:
        fact = Fact::requeue(result.error.storedMessage(), now);
        stop = true;
        break;
    case CreateTicketResult::Disposition::Rejected:
        fact = Fact::rejected(result.error.storedMessage(), now);
        m_probing = false; // Ripio answers
        break;
    case CreateTicketResult::Disposition::Unconfirmed:
        // Ripio took the request and said nothing usable (it hangs, or answers 500): every ticket
        // sent into that comes back UNCONFIRMED, each a retry that may file it twice. So wait,
        // then send one ticket at a time until Ripio answers again.
        fact = Fact::answerLost(result.error.storedMessage(), now);
        m_probing = true;
        stop = true;
        break;
    }
    record({FactInput::forLocal(id, fact)});
    if (stop)
        backOff(result.error.retryAfterSeconds, result.error.message);
    else
        kick();
    reportQueue();
    if (m_inFlight.isEmpty())
        Q_EMIT sendingDone();
}

bool Outbox::record(const QList<FactInput> &facts)
{
    const QList<FactOutcome> out = m_store.applyFacts(facts);
    QList<Ticket> changed;
    QList<qint64> removed;
    bool all = true;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const qint64 id = facts[i].localId;
        if (i < out.size() && out[i].committed) {
            m_createdAt.remove(id);
            if (m_unrecorded.remove(id) && m_spool && !m_spool->remove(id))
                qCWarning(lcService) << "cannot remove the kept answer for ticket" << id << "from"
                                     << QDir::toNativeSeparators(m_spool->directory())
                                     << "(writing it again is harmless)";
            if (out[i].ticket)
                changed.append(*out[i].ticket);
            if (out[i].mergedFrom)
                removed.append(out[i].mergedFrom);
            continue;
        }
        all = false;
        if (!m_unrecorded.contains(id)) {
            qCWarning(lcService).noquote()
                << "could not store the outcome of sending ticket" << id << "(kept; written again every"
                << recordRetryMs / 1000 << "s until the database takes it):"
                << (i < out.size() ? out[i].error.message : m_store.lastError().message);
            // On disk at once: a process killed before the database comes back loses nothing.
            QString error;
            if (m_spool && OutcomeSpool::isKept(facts[i].fact) &&
                !m_spool->keep(id, m_createdAt.value(id), facts[i].fact, &error))
                qCWarning(lcService).noquote() << "the outcome of ticket" << id << "is kept in memory only:" << error;
        }
        m_unrecorded.insert(id, facts[i].fact);
    }
    if (!changed.isEmpty())
        Q_EMIT ticketsChanged(changed);
    if (!removed.isEmpty())
        Q_EMIT ticketsRemoved(removed);
    if (m_unrecorded.isEmpty())
        m_recordTimer.stop();
    else if (!m_recordTimer.isActive())
        m_recordTimer.start();
    return all;
}

void Outbox::recordUnrecorded()
{
    if (m_unrecorded.isEmpty())
        return;
    QList<FactInput> facts;
    for (auto it = m_unrecorded.cbegin(); it != m_unrecorded.cend(); ++it)
        facts.append(FactInput::forLocal(it.key(), it.value()));
    if (record(facts))
        qCInfo(lcService) << "stored the outcome of" << facts.size() << "sent ticket(s) kept meanwhile";
}

void Outbox::backOff(int retryAfterSeconds, const QString &why)
{
    m_lastError = why;
    const QDateTime now = m_clock.now();
    // Calls in flight together fail together: one outage is one step of the backoff, not
    // one step for each ticket it caught (four tickets had made the wait 8 s at once).
    const bool paused = m_retryAt.isValid() && m_retryAt > now;
    if (paused && (retryAfterSeconds < 0 || now.addSecs(retryAfterSeconds) <= m_retryAt))
        return; // only a later Retry-After moves the pause
    if (!paused)
        ++m_failures;
    const int seconds = backoffSeconds(m_failures, retryAfterSeconds);
    m_retryAt = now.addSecs(seconds);
    m_pauseMs = qint64(seconds) * 1000;
    m_pauseEnds.setRemainingTime(m_pauseMs);
    qCInfo(lcService).noquote() << "outbox paused for" << seconds << "s:" << why;
    m_backoffTimer.start(int(std::min(qint64(seconds) * 1000, maxWakeUpMs)));
}

void Outbox::reportQueue()
{
    // Runs after every send: count the queue alone (index lookups), not every status. A ticket
    // being sent still waits: while a slow API holds it, "0 queued" would say nothing waits.
    Q_EMIT queueStateChanged(m_store.countWithStatus(TicketStatus::Queued) +
                                 m_store.countWithStatus(TicketStatus::Submitting),
                             m_retryAt, m_lastError);
}

} // namespace TicketDesk
