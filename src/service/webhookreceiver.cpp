// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/webhookreceiver.h"

#include "core/clock.h"
#include "core/logging.h"
#include "http/httpserver.h"
#include "store/ticketstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <chrono>
#include <utility>

namespace TicketDesk {

namespace {

// Flush at once when this many requests wait: bounds the latency and memory of one batch.
constexpr qsizetype maxBatch = 256;

HttpResponse acknowledgement(const QString &verdict)
{
    QJsonObject o{{QStringLiteral("ok"), true}, {QStringLiteral("verdict"), verdict}};
    return HttpResponse(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpResponse refusal(int status, const QString &verdict)
{
    QJsonObject o{{QStringLiteral("ok"), false}, {QStringLiteral("verdict"), verdict}};
    HttpResponse r(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (status == 503)
        r.setHeader("Retry-After", "5");
    return r;
}

} // namespace

WebhookReceiver::WebhookReceiver(HttpServer &server, TicketStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_store(store)
    , m_clock(clock)
    , m_inspector(clock)
    , m_limiter(clock)
    , m_disk(clock)
    , m_startedAt(clock.now())
{
    connect(&m_server, &HttpServer::requestReceived, this, &WebhookReceiver::onRequest);
    // A flood that stops still gets its count stored, within a minute or so.
    m_suppressedTimer.setInterval(std::chrono::minutes(1));
    connect(&m_suppressedTimer, &QTimer::timeout, this, [this] { recordSuppressed(); });
    m_suppressedTimer.start();
}

void WebhookReceiver::onRequest(const HttpRequest &request, HttpResponder responder)
{
    if (request.method == "GET") {
        // Counters must include what arrived before this request (a pipelined
        // POST may still wait for its batch): commit that first.
        flush();
        answerHealth(responder);
        return;
    }
    if (request.path != m_path) {
        // The server's routes only let the webhook path through; anything else is a configuration slip.
        responder.respond(HttpResponse::error(404));
        return;
    }
    ++m_counters.received;
    const QString peer = m_proxies.clientAddress(responder.peerAddress(), request.headerValues("X-Forwarded-For"));
    Pending p{m_inspector.inspect(request, peer), responder};
    const DiskGuard::Level disk = diskLevel();
    if (p.decision.status >= 400 &&
        (disk != DiskGuard::Level::Ok || !m_limiter.admit(p.decision.delivery.peerAddress))) {
        // A filling disk stops recording rejected deliveries first.
        p.keep = false;
        p.decision.delivery.body.clear();
    } else if (p.decision.status < 400 && disk == DiskGuard::Level::Critical) {
        p.diskFull = true;
    }
    m_pending.append(std::move(p));
    if (m_pending.size() >= maxBatch)
        flush();
    else
        scheduleFlush();
}

DiskGuard::Level WebhookReceiver::diskLevel()
{
    const DiskGuard::Level level = m_disk.level();
    if (level != m_diskLevel) {
        m_diskLevel = level;
        m_diskProblem = m_disk.reason();
        if (level == DiskGuard::Level::Ok)
            qCInfo(lcService).noquote() << "disk space: room again";
        else
            qCWarning(lcService).noquote() << m_diskProblem;
        Q_EMIT diskStateChanged(m_diskProblem);
    }
    return level;
}

void WebhookReceiver::noteStoreError(const StoreError &error)
{
    if (error.kind != StoreError::Kind::DiskFull)
        return;
    m_disk.noteDiskFull();
    diskLevel();
}

void WebhookReceiver::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Zero-delay: everything already read from the sockets in this event-loop
    // pass joins the same transaction, one fsync for all of them.
    QTimer::singleShot(0, this, [this] {
        m_flushScheduled = false;
        flush();
    });
}

void WebhookReceiver::shutdown()
{
    flush();
    recordSuppressed(true);
}

void WebhookReceiver::recordSuppressed(bool all)
{
    // Nothing is written while the disk is full; the counts wait in the limiter.
    if (diskLevel() == DiskGuard::Level::Critical)
        return;
    const QList<RejectionLimiter::Suppressed> counts = m_limiter.takeSuppressed(all);
    if (counts.isEmpty())
        return;
    QList<DeliveryRecord> recorded;
    const QDateTime now = m_clock.now();
    for (const RejectionLimiter::Suppressed &s : counts) {
        DeliveryRecord r;
        r.receivedAt = now;
        r.verdict = DeliveryVerdicts::suppressed;
        r.peerAddress = s.peer;
        r.suppressed = s.count;
        r.detail = QStringLiteral("rejected deliveries only counted since ") + s.since.toString(Qt::ISODateWithMs);
        r.id = m_store.recordDelivery(r);
        if (r.id <= 0) {
            // Only a count: worth a warning, not a retry loop.
            qCWarning(lcService).noquote() << "could not record" << s.count << "suppressed deliveries from" << s.peer;
            continue;
        }
        qCInfo(lcService).noquote() << "webhook" << s.count << "rejected deliveries suppressed from" << s.peer;
        recorded.append(r);
    }
    if (!recorded.isEmpty())
        Q_EMIT deliveriesRecorded(recorded);
}

void WebhookReceiver::flush()
{
    recordSuppressed();
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batch = std::exchange(m_pending, {});

    QList<FactInput> inputs;
    inputs.reserve(batch.size());
    QList<int> factIndex(batch.size(), -1);
    for (int i = 0; i < batch.size(); ++i) {
        const WebhookDecision &d = batch[i].decision;
        if (d.action == WebhookDecision::Action::ApplyFact && !batch[i].diskFull) {
            factIndex[i] = int(inputs.size());
            inputs.append(FactInput::forRemote(*d.fact, d.delivery));
        }
    }

    QList<FactOutcome> outcomes;
    if (!inputs.isEmpty()) {
        QElapsedTimer commit;
        commit.start();
        outcomes = m_store.applyFacts(inputs);
        m_batchSizes.observe(double(inputs.size()));
        m_commitSeconds.observe(double(commit.nsecsElapsed()) / 1e9);
    }
    const bool factsCommitted = !outcomes.isEmpty() && outcomes.first().committed;
    if (!inputs.isEmpty() && !factsCommitted) {
        qCWarning(lcService) << "store failed for" << inputs.size()
                             << "webhook events:" << outcomes.first().error.message;
        noteStoreError(outcomes.first().error);
    }

    QList<Ticket> changed;
    QList<qint64> removed;
    QList<DeliveryRecord> recorded;
    const QDateTime now = m_clock.now();

    for (int i = 0; i < batch.size(); ++i) {
        const Pending &p = batch[i];
        WebhookDecision d = p.decision;
        if (p.diskFull) {
            ++m_counters.storeFailures;
            p.responder.respond(refusal(503, QStringLiteral("disk-full")));
            continue;
        }
        if (d.action == WebhookDecision::Action::ApplyFact) {
            const FactOutcome &o = outcomes[factIndex[i]];
            if (!o.committed) {
                ++m_counters.storeFailures;
                p.responder.respond(refusal(503, DeliveryVerdicts::storeFailed));
                continue;
            }
            const QString verdict = verdictToString(o.verdict);
            if (o.ticket)
                changed.append(*o.ticket);
            if (o.mergedFrom)
                removed.append(o.mergedFrom);
            switch (o.verdict) {
            case Verdict::Duplicate:
            case Verdict::Stale:
                ++m_counters.duplicates;
                break;
            case Verdict::Conflict:
                ++m_counters.conflicts;
                break;
            default:
                ++m_counters.applied;
            }
            if (d.late)
                ++m_counters.late;
            m_lastEventAt = now;
            d.delivery.id = o.deliveryId;
            d.delivery.verdict = d.late ? QString(DeliveryVerdicts::late) : verdict;
            if (d.late)
                d.delivery.detail += verdict;
            if (o.ticket)
                d.delivery.localTicketId = o.ticket->id;
            qCInfo(lcService).noquote() << "webhook" << d.delivery.eventType << d.delivery.ticketId << verdict
                                        << (d.late ? "late" : "") << "from" << d.delivery.peerAddress;
            recorded.append(d.delivery);
            p.responder.respond(acknowledgement(d.delivery.verdict));
            continue;
        }

        if (!p.keep) {
            ++m_counters.rejected;
            ++m_counters.suppressed;
            p.responder.respond(refusal(d.status, d.delivery.verdict));
            continue;
        }
        // Record-only deliveries (and closed accounts): each is small and rare
        // next to ticket events (rejected ones are capped per peer), so each commits on its own.
        bool ok = true;
        if (d.action == WebhookDecision::Action::CloseCustomer)
            ok = m_store.markCustomerClosed(d.customerId, d.delivery.eventTime.isValid() ? d.delivery.eventTime : now);
        const qint64 id = ok ? m_store.recordDelivery(d.delivery) : 0;
        if (id <= 0) {
            noteStoreError(m_store.lastError());
            ++m_counters.storeFailures;
            p.responder.respond(refusal(503, DeliveryVerdicts::storeFailed));
            continue;
        }
        d.delivery.id = id;
        recorded.append(d.delivery);
        if (d.status >= 400)
            ++m_counters.rejected;
        else if (d.delivery.verdict == DeliveryVerdicts::quarantined)
            ++m_counters.quarantined;
        else if (d.delivery.verdict == DeliveryVerdicts::otherFamily)
            ++m_counters.otherFamily;
        if (d.status < 400)
            m_lastEventAt = now;
        qCInfo(lcService).noquote() << "webhook"
                                    << (d.delivery.eventType.isEmpty() ? QStringLiteral("-") : d.delivery.eventType)
                                    << d.delivery.verdict << d.status << "from" << d.delivery.peerAddress;
        if (d.status >= 400)
            p.responder.respond(refusal(d.status, d.delivery.verdict));
        else
            p.responder.respond(acknowledgement(d.delivery.verdict));
    }

    if (!removed.isEmpty())
        Q_EMIT ticketsRemoved(removed);
    if (!changed.isEmpty())
        Q_EMIT ticketsChanged(changed);
    if (!recorded.isEmpty())
        Q_EMIT deliveriesRecorded(recorded);
}

void WebhookReceiver::answerHealth(HttpResponder responder)
{
    const HttpServerStats s = m_server.stats();
    QJsonObject counters{
        {QStringLiteral("received"), m_counters.received},
        {QStringLiteral("applied"), m_counters.applied},
        {QStringLiteral("duplicates"), m_counters.duplicates},
        {QStringLiteral("conflicts"), m_counters.conflicts},
        {QStringLiteral("rejected"), m_counters.rejected},
        {QStringLiteral("quarantined"), m_counters.quarantined},
        {QStringLiteral("otherFamily"), m_counters.otherFamily},
        {QStringLiteral("late"), m_counters.late},
        {QStringLiteral("storeFailures"), m_counters.storeFailures},
        {QStringLiteral("suppressed"), m_counters.suppressed},
    };
    const DiskGuard::Level disk = diskLevel();
    const bool full = disk == DiskGuard::Level::Critical;
    QJsonObject o{
        {QStringLiteral("status"),
         full ? QStringLiteral("unavailable")
              : (disk == DiskGuard::Level::Low ? QStringLiteral("degraded") : QStringLiteral("ok"))},
        {QStringLiteral("disk"), DiskGuard::levelName(disk)},
        {QStringLiteral("uptimeSeconds"), m_startedAt.secsTo(m_clock.now())},
        {QStringLiteral("connections"), m_server.connectionCount()},
        {QStringLiteral("requests"), qint64(s.requests)},
        {QStringLiteral("deliveries"), counters},
        {QStringLiteral("lastEventAt"),
         m_lastEventAt.isValid() ? m_lastEventAt.toString(Qt::ISODateWithMs) : QString()},
    };
    if (disk != DiskGuard::Level::Ok)
        o.insert(QStringLiteral("reason"), m_diskProblem);
    if (m_disk.lastFreeBytes() >= 0)
        o.insert(QStringLiteral("diskFreeBytes"), m_disk.lastFreeBytes());
    HttpResponse response(full ? 503 : 200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (full)
        response.setHeader("Retry-After", "5");
    responder.respond(response);
}

} // namespace TicketDesk
