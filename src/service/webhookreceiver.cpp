// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/webhookreceiver.h"

#include "core/clock.h"
#include "core/lifecycle.h"
#include "core/logging.h"
#include "core/signature.h"
#include "http/httpserver.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <utility>

namespace TicketDesk {

namespace {

// One line per delivery: off unless asked for (QT_LOGGING_RULES="ticketdesk.webhook.info=true"),
// since a synchronous write to stderr per request costs the listener much of its rate.
Q_LOGGING_CATEGORY(lcWebhook, "ticketdesk.webhook", QtWarningMsg)

// At most this many deliveries per commit: bounds the latency of one batch.
constexpr qsizetype maxBatch = 512;

HttpResponse acknowledgement(const QString &verdict)
{
    // A few verdicts, one answer each: made once per thread, not per event.
    thread_local QHash<QString, QByteArray> bodies;
    auto it = bodies.constFind(verdict);
    if (it == bodies.cend()) {
        QJsonObject o{{QStringLiteral("ok"), true}, {QStringLiteral("verdict"), verdict}};
        it = bodies.insert(verdict, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return HttpResponse(200, *it);
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
    , m_clock(clock)
    , m_inspector(clock)
    , m_limiter(clock)
    , m_disk(clock)
    , m_writer(std::make_unique<WebhookWriter>(store))
    , m_startedMs(clock.elapsedMs())
{
    connect(&m_server, &HttpServer::requestReceived, this, &WebhookReceiver::onRequest);
    m_server.setHeadGate([this](const HttpRequest &head, const QHostAddress &peer) { return judgeHead(head, peer); });
    m_gatedServer = &m_server;
    // A flood that stops still gets its count stored, within a minute or so.
    m_suppressedTimer.setInterval(std::chrono::minutes(1));
    connect(&m_suppressedTimer, &QTimer::timeout, this, [this] {
        recordSuppressed();
        logSummary();
    });
    m_suppressedTimer.start();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &WebhookReceiver::onDeadline);
}

WebhookReceiver::~WebhookReceiver()
{
    // The server may already be gone (with its connections, the gate's only callers).
    if (m_gatedServer)
        m_gatedServer->setHeadGate({});
}

std::optional<HeadRefusal> WebhookReceiver::judgeHead(const HttpRequest &head, const QHostAddress &peer)
{
    const qint64 length = head.header("Content-Length").toLongLong();
    if (head.method != "POST" || head.path != m_path || length < largeBodyBytes)
        return std::nullopt;
    const QString client = m_proxies.clientAddress(peer.toString(), head.headerValues("X-Forwarded-For"));
    if (!m_limiter.refusesLargeBodies(client, length)) {
        // Read it, on the peer's large-body budget until it turns out valid (onRequest()).
        m_limiter.reserve(client, length);
        return std::nullopt;
    }
    // Counted with the peer's other suppressed deliveries.
    m_limiter.countUnread(client, length);
    ++m_counters.received;
    ++m_counters.rejected;
    ++m_counters.suppressed;
    HttpResponse response = refusal(429, DeliveryVerdicts::suppressed);
    response.setHeader("Retry-After", "60");
    return HeadRefusal{response, m_unreadRefusalDelayMs};
}

StoreError WebhookReceiver::useWriterThread(const DatabaseLocation &location, const StoreOptions &options)
{
    drain();
    return m_writer->startThread(location, options, m_clock);
}

void WebhookReceiver::onRequest(const HttpRequest &request, HttpResponder responder)
{
    if (request.method == "GET" || request.method == "HEAD") { // /healthz: HEAD is a load balancer's probe
        // The writer is held (a commit, or the last probe, has not come back for a while): said
        // at once.
        if (const QString held = m_stalled ? stallProblem() : slowDatabaseProblem(); !held.isEmpty()) {
            answerHealth(responder, held);
            return;
        }
        // Counters must include what arrived before this request (a pipelined POST may still wait
        // for its batch), and the writer's own connection says whether it can store: answered once
        // both are known, or at the deadline, without holding this thread meanwhile.
        HealthWait wait{responder, m_arrived, {}};
        wait.waiting.start();
        m_healthWaiting.append(wait);
        probeForHealth();
        armDeadline();
        return;
    }
    if (request.path != m_path) {
        // The server's routes only let the webhook path through; anything else is a configuration slip.
        responder.respond(HttpResponse::error(404));
        return;
    }
    ++m_counters.received;
    const QString peer = m_proxies.clientAddress(responder.peerAddress(), request.headerValues("X-Forwarded-For"));
    Pending p{m_inspector.inspect(request, peer, false), responder};
    const WebhookDecision &d = p.decision;
    // Well-formed but not ours: a wrong secret (a malformed header is no sign of one).
    if (d.delivery.verdict == DeliveryVerdicts::badSignature &&
        d.delivery.detail == signatureVerdictToString(SignatureVerdict::Mismatch))
        noteBadSignature(d.delivery.peerAddress);
    // A large body judgeHead() let through: a valid one gives its bytes back to the peer's budget.
    if (m_gatedServer && request.body.size() >= largeBodyBytes && d.status < 400)
        m_limiter.release(peer, request.body.size());
    const DiskGuard::Level disk = diskLevel();
    // Answers that need no commit go out now: the connection keeps its order.
    if (d.status >= 400 && (disk != DiskGuard::Level::Ok || !m_limiter.admit(d.delivery.peerAddress))) {
        // Over the peer's cap; and a filling disk stops recording rejected deliveries first.
        ++m_counters.rejected;
        ++m_counters.suppressed;
        responder.respond(refusal(d.status, d.delivery.verdict));
        return;
    }
    if (d.status >= 400) // recorded: its hash too
        p.decision.delivery.bodySha256 = WebhookInspector::bodyHash(request.body);
    if (d.status < 400 && disk == DiskGuard::Level::Critical) {
        // Not a store failure: the guard worked, and the database was never asked.
        ++m_counters.diskFull;
        responder.respond(refusal(503, QStringLiteral("disk-full")));
        return;
    }
    if (m_stalled) {
        // The writer has not finished its commit: this one would wait behind it.
        refuseUnstored(p);
        return;
    }
    if (m_pending.size() >= m_maxQueued) {
        ++m_counters.overloaded;
        responder.respond(refusal(503, QStringLiteral("overloaded")));
        return;
    }
    p.seq = ++m_arrived;
    m_pending.append(std::move(p));
    dispatch();
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

qint64 WebhookReceiver::diskFreeBytes()
{
    diskLevel();
    return m_disk.lastFreeBytes();
}

QDateTime WebhookReceiver::lastEventAt() const
{
    const QMutexLocker lock(&m_lastEventLock);
    return m_lastEventAt;
}

void WebhookReceiver::noteEventAt(const QDateTime &at)
{
    const QMutexLocker lock(&m_lastEventLock);
    m_lastEventAt = at;
}

QString WebhookReceiver::stallProblem() const
{
    if (!m_stalled)
        return QString();
    return QStringLiteral("the database has not finished a commit of webhook deliveries for %1 s (is its "
                          "server stopped, or its disk hung?); deliveries are answered 503 until it does")
        .arg(QString::number(double(m_commitRunning.elapsed()) / 1000, 'f', 1));
}

void WebhookReceiver::refuseUnstored(const Pending &p)
{
    // What would have been recorded is only counted: a refusal keeps its status, an event gets 503.
    const WebhookDecision &d = p.decision;
    if (d.status >= 400) {
        ++m_counters.rejected;
        p.responder.respond(refusal(d.status, d.delivery.verdict));
        return;
    }
    ++m_counters.storeFailures;
    p.responder.respond(refusal(503, DeliveryVerdicts::storeFailed));
}

void WebhookReceiver::armDeadline()
{
    qint64 next = -1;
    const auto consider = [&](const QElapsedTimer &since) {
        const qint64 left = std::max<qint64>(0, m_commitDeadlineMs - since.elapsed());
        next = next < 0 ? left : std::min(next, left);
    };
    if (m_committing && !m_stalled)
        consider(m_commitRunning);
    if (m_probing && !probeOverdue())
        consider(m_probeRunning);
    for (const HealthWait &w : std::as_const(m_healthWaiting)) {
        const qint64 left = healthLeftMs(w);
        next = next < 0 ? left : std::min(next, left);
    }
    if (next < 0)
        m_deadline.stop();
    else
        m_deadline.start(int(next));
}

void WebhookReceiver::onDeadline()
{
    if (m_committing && !m_stalled && m_commitRunning.elapsed() >= m_commitDeadlineMs) {
        m_stalled = true;
        m_storeFailedAt = m_clock.now();
        m_storeFailure = stallProblem();
        qsizetype waiting = m_pending.size();
        for (Pending &p : m_inFlight) {
            if (!std::exchange(p.answered, true)) {
                refuseUnstored(p);
                ++waiting;
            }
        }
        for (const Pending &p : std::as_const(m_pending))
            refuseUnstored(p);
        m_pending.clear();
        m_submitted = m_arrived; // none of them waits to be handed over any more
        qCWarning(lcService).noquote() << m_storeFailure + QStringLiteral("; answered 503 to") << waiting << "waiting";
    }
    // A /healthz request that waited this long gets its answer now: the writer held says so, and
    // so does a database that has not answered the commit or the probe it waits for (503, not "ok"
    // while a commit is held by a lock); one that only waited behind a burst of deliveries
    // (commits coming back all along) is told how things stand.
    for (qsizetype i = 0; i < m_healthWaiting.size();) {
        if (m_stalled || probeOverdue() || healthLeftMs(m_healthWaiting[i]) == 0) {
            QString why = m_stalled ? stallProblem() : slowDatabaseProblem();
            if (const qint64 silent = databaseSilentMs(m_healthWaiting[i]);
                why.isEmpty() && silent >= std::min<qint64>(healthAnswerMs, m_commitDeadlineMs))
                why = QStringLiteral("the database has not answered for %1 s")
                          .arg(QString::number(double(silent) / 1000, 'f', 1));
            if (why.isEmpty())
                why = storeProblem();
            answerHealth(m_healthWaiting.takeAt(i).responder, why);
            continue;
        }
        ++i;
    }
    armDeadline();
}

bool WebhookReceiver::probeOverdue() const
{
    return m_probing && m_probeRunning.elapsed() >= m_commitDeadlineMs;
}

qint64 WebhookReceiver::databaseSilentMs(const HealthWait &w) const
{
    if (!m_committing && !m_probing)
        return 0;
    const qint64 waited = w.waiting.elapsed();
    return m_databaseAnswered.isValid() ? std::min(waited, m_databaseAnswered.elapsed()) : waited;
}

qint64 WebhookReceiver::healthLeftMs(const HealthWait &w) const
{
    // Answered once the database has been silent this long while the request waited (a commit
    // held by a lock: 503); or, with nothing outstanding, once it waited this long; and at the
    // commit deadline at the latest (behind a burst of commits that all come back).
    const qint64 healthMs = std::min<qint64>(healthAnswerMs, m_commitDeadlineMs);
    const qint64 waited = w.waiting.elapsed();
    const bool outstanding = m_committing || m_probing;
    qint64 left = std::max<qint64>(0, m_commitDeadlineMs - waited);
    left = std::min(left, std::max<qint64>(0, healthMs - (outstanding ? databaseSilentMs(w) : waited)));
    return left;
}

QString WebhookReceiver::slowDatabaseProblem() const
{
    const qint64 healthMs = std::min<qint64>(healthAnswerMs, m_commitDeadlineMs);
    if (m_committing && m_commitRunning.elapsed() >= healthMs)
        return QStringLiteral("the database has not finished a commit of webhook deliveries for %1 s (a lock held, "
                              "its server stopped, or its disk hung?)")
            .arg(QString::number(double(m_commitRunning.elapsed()) / 1000, 'f', 1));
    if (m_probing && m_probeRunning.elapsed() >= healthMs)
        return probeProblem();
    return QString();
}

QString WebhookReceiver::probeProblem() const
{
    return QStringLiteral("the database has not answered for %1 s")
        .arg(QString::number(double(m_probeRunning.elapsed()) / 1000, 'f', 1));
}

void WebhookReceiver::probeForHealth()
{
    if (m_probing || m_stalled)
        return;
    const bool ready = std::any_of(m_healthWaiting.cbegin(), m_healthWaiting.cend(),
                                   [this](const HealthWait &w) { return w.after <= m_submitted; });
    if (!ready)
        return;
    m_probing = true;
    m_probeRunning.start();
    const quint64 upTo = m_submitted;
    m_writer->probe(this, [this, upTo](const StoreError &error) {
        m_probing = false;
        m_databaseAnswered.start();
        QString failing;
        if (!error.ok())
            failing = error.kind == StoreError::Kind::Unreachable
                          ? QStringLiteral("the database cannot be reached: ") + error.message
                          : error.message;
        else
            failing = storeProblem();
        for (qsizetype i = 0; i < m_healthWaiting.size();) {
            if (m_healthWaiting[i].after <= upTo) {
                answerHealth(m_healthWaiting.takeAt(i).responder, failing);
                continue;
            }
            ++i;
        }
        probeForHealth();
        armDeadline();
    });
}

QString WebhookReceiver::storeProblem() const
{
    if (!m_storeFailedAt.isValid() || m_storeFailedAt.secsTo(m_clock.now()) >= storeFailureWindowSeconds)
        return QString();
    return QStringLiteral("the database did not take the last webhook deliveries (") +
           m_storeFailedAt.toString(Qt::ISODate) + QStringLiteral("): ") + m_storeFailure;
}

void WebhookReceiver::noteStoreError(const StoreError &error)
{
    if (error.kind != StoreError::Kind::DiskFull)
        return;
    m_disk.noteDiskFull();
    diskLevel();
}

void WebhookReceiver::noteBadSignature(const QString &peer)
{
    ++m_badSignaturesUnwarned;
    const QDateTime now = m_clock.now();
    // A clock set back meanwhile warns again rather than never.
    if (m_badSignatureWarnedAt.isValid() && m_badSignatureWarnedAt <= now &&
        m_badSignatureWarnedAt.secsTo(now) < badSignatureWarningSeconds)
        return;
    const QString from = peer.isEmpty() ? QStringLiteral("an unknown address") : peer;
    const QString what =
        m_badSignatureWarnedAt.isValid()
            ? QStringLiteral("%1 webhook deliveries failed the signature check since %2, the last from %3")
                  .arg(m_badSignaturesUnwarned)
                  .arg(m_badSignatureWarnedAt.toString(Qt::ISODate), from)
            : QStringLiteral("a webhook delivery from %1 failed the signature check").arg(from);
    qCWarning(lcService).noquote()
        << what +
               QStringLiteral(": unless someone else posts to this address, Ripio signs with another secret than "
                              "this TicketDesk holds. Set the webhook secret (TICKETDESK_WEBHOOK_SECRET, or Settings "
                              "on the desktop) to Ripio's current one, and TICKETDESK_WEBHOOK_SECRET_PREVIOUS to the "
                              "one before while Ripio may still sign with it");
    m_badSignatureWarnedAt = now;
    m_badSignaturesUnwarned = 0;
}

void WebhookReceiver::shutdown()
{
    flush();
    queueSuppressed(true);
    drain();
    logSummary();
}

void WebhookReceiver::logSummary()
{
    const Counters &c = m_counters;
    const Counters &was = m_summarized;
    if (c.received == was.received)
        return;
    // Every verdict, as counts after their names (no "1 duplicates"): a quarantined event (signed
    // but unusable) is the one an operator most needs to see, and it was left out.
    qCInfo(lcService).noquote() << summaryLine(c, was);
    m_summarized = c;
}

QString WebhookReceiver::summaryLine(const Counters &now, const Counters &before)
{
    return QStringLiteral("webhooks since the last summary: received %1; applied %2, duplicates %3, conflicts %4, "
                          "late %5, quarantined %6, other family %7, rejected %8 (only counted %9), answered 503 %10")
               .arg(now.received - before.received)
               .arg(now.applied - before.applied)
               .arg(now.duplicates - before.duplicates)
               .arg(now.conflicts - before.conflicts)
               .arg(now.late - before.late)
               .arg(now.quarantined - before.quarantined)
               .arg(now.otherFamily - before.otherFamily)
               .arg(now.rejected - before.rejected)
               .arg(now.suppressed - before.suppressed)
               .arg(now.storeFailures - before.storeFailures + now.overloaded - before.overloaded + now.diskFull -
                    before.diskFull) +
           (now.previousSecret > before.previousSecret
                ? QStringLiteral("; signed with the previous secret %1").arg(now.previousSecret - before.previousSecret)
                : QString());
}

void WebhookReceiver::recordSuppressed(bool all)
{
    queueSuppressed(all);
    dispatch();
}

void WebhookReceiver::queueSuppressed(bool all)
{
    // Nothing is written while the disk is full; the counts wait in the limiter.
    if (diskLevel() == DiskGuard::Level::Critical)
        return;
    const QDateTime now = m_clock.now();
    for (const RejectionLimiter::Suppressed &s : m_limiter.takeSuppressed(all)) {
        DeliveryRecord r;
        // Dated when its minute began, when the requests it counts came (within that minute), not
        // when it is written, a minute or two later: a burst before midnight was booked on the
        // next day's delivery health.
        r.receivedAt = s.since.isValid() && s.since < now ? s.since : now;
        r.verdict = DeliveryVerdicts::suppressed;
        r.peerAddress = s.peers > 1 ? QStringLiteral("(%1 other addresses)").arg(s.peers) : s.peer;
        r.suppressed = s.count;
        r.detail = QStringLiteral("rejected deliveries only counted since ") + s.since.toString(Qt::ISODateWithMs);
        m_suppressedCounts.append(r);
    }
}

void WebhookReceiver::flush()
{
    queueSuppressed();
    drain();
}

void WebhookReceiver::drain()
{
    while (m_committing || !m_pending.isEmpty() || !m_suppressedCounts.isEmpty()) {
        dispatch();
        m_writer->wait();
        // The writer has posted its outcome: answer now, which hands over the next batch.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

void WebhookReceiver::dispatch()
{
    if (m_committing)
        return;
    // The suppressed counts are taken once a minute (recordSuppressed()) and at the end, not with
    // every batch: a minute's ended windows are then folded together (ten rows and one for the
    // others), where a batch that took a few at a time stored one row for every address.
    if (m_pending.isEmpty() && m_suppressedCounts.isEmpty())
        return;
    const qsizetype n = std::min(m_pending.size(), maxBatch);
    QList<Pending> batch = m_pending.first(n);
    m_pending.remove(0, n);

    QList<FactInput> inputs;
    inputs.reserve(batch.size());
    const QDateTime now = m_clock.now();
    for (const Pending &p : std::as_const(batch)) {
        const WebhookDecision &d = p.decision;
        switch (d.action) {
        case WebhookDecision::Action::ApplyFact:
            inputs.append(FactInput::forRemote(*d.fact, d.delivery));
            break;
        case WebhookDecision::Action::CloseCustomer:
            inputs.append(FactInput::forDelivery(d.delivery, d.customerId,
                                                 d.delivery.eventTime.isValid() ? d.delivery.eventTime : now));
            break;
        case WebhookDecision::Action::Record:
            inputs.append(FactInput::forDelivery(d.delivery));
            break;
        }
    }
    // The counts ride along after the batch's own deliveries, on the writer's
    // connection (a write on this thread would wait for the writer's lock).
    QList<DeliveryRecord> counts = std::exchange(m_suppressedCounts, {});
    for (const DeliveryRecord &r : std::as_const(counts))
        inputs.append(FactInput::forDelivery(r));
    m_committing = true;
    if (!batch.isEmpty())
        m_submitted = batch.last().seq;
    m_inFlight = std::move(batch);
    m_commitRunning.start();
    m_writer->submit(std::move(inputs), this, [this, counts = std::move(counts)](const WebhookWriter::Result &result) {
        finish(counts, result);
    });
    armDeadline();
    probeForHealth();
}

void WebhookReceiver::finish(QList<DeliveryRecord> counts, const WebhookWriter::Result &result)
{
    m_committing = false;
    m_databaseAnswered.start();
    const QList<Pending> batch = std::exchange(m_inFlight, {});
    if (std::exchange(m_stalled, false))
        qCInfo(lcService).noquote() << "the database finished its commit after"
                                    << QString::number(double(m_commitRunning.elapsed()) / 1000, 'f', 1)
                                    << "s: storing webhook deliveries again";
    const QList<FactOutcome> &outcomes = result.outcomes;
    // The histograms are about commits of ticket events (rejected deliveries ride along, uncounted).
    const auto facts = std::count_if(batch.cbegin(), batch.cend(), [](const Pending &p) {
        return p.decision.action == WebhookDecision::Action::ApplyFact;
    });
    if (facts > 0) {
        m_batchSizes.observe(double(facts));
        m_commitSeconds.observe(result.seconds);
    }
    const bool committed = !outcomes.isEmpty() && outcomes.first().committed;
    if (!committed && !outcomes.isEmpty()) {
        qCWarning(lcService) << "store failed for" << batch.size()
                             << "webhook deliveries:" << outcomes.first().error.message;
        noteStoreError(outcomes.first().error);
        m_storeFailedAt = m_clock.now();
        m_storeFailure = outcomes.first().error.message;
    } else if (committed) {
        m_storeFailedAt = QDateTime();
    }
    // The writer takes the events gathered meanwhile before this batch is
    // answered: it would otherwise wait for every answer below to be written.
    // Each connection still answers in order (HttpResponder).
    dispatch();
    armDeadline();

    QList<Ticket> changed;
    QList<qint64> removed;
    QList<DeliveryRecord> recorded;
    const QDateTime now = m_clock.now();
    bool eventStored = false;

    for (qsizetype i = 0; i < batch.size(); ++i) {
        const Pending &p = batch[i];
        const FactOutcome &o = outcomes[i];
        if (!o.committed) {
            if (!p.answered) {
                ++m_counters.storeFailures;
                p.responder.respond(refusal(503, DeliveryVerdicts::storeFailed));
            }
            continue;
        }
        if (p.answered) {
            // Answered 503 at the deadline, but stored after all: shown (Ripio's next try is a
            // duplicate), counted as what it was answered.
            DeliveryRecord delivery = p.decision.delivery;
            delivery.id = o.deliveryId;
            if (o.ticket)
                changed.append(*o.ticket);
            if (o.mergedFrom)
                removed.append(o.mergedFrom);
            recorded.append(std::move(delivery));
            continue;
        }
        DeliveryRecord delivery = p.decision.delivery;
        delivery.id = o.deliveryId;
        const WebhookDecision &d = p.decision;
        // Until none come, the previous secret is still in use at Ripio: the rotation is not over.
        if (d.previousSecret)
            ++m_counters.previousSecret;
        if (d.action == WebhookDecision::Action::ApplyFact) {
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
            eventStored = true;
            // As the store recorded it (TicketStore::applyFacts()), and counted as stats counts it: a
            // late duplicate or conflict is one of those.
            delivery.verdict = recordedVerdict(d.late ? QString(DeliveryVerdicts::late) : QString(), o.verdict);
            if (delivery.verdict == DeliveryVerdicts::late)
                ++m_counters.late;
            if (d.late)
                delivery.detail += verdict;
            if (o.ticket)
                delivery.localTicketId = o.ticket->id;
            qCInfo(lcWebhook).noquote() << "webhook" << delivery.eventType << delivery.ticketId
                                        << (d.late ? verdict + QStringLiteral(" late") : verdict) << "from"
                                        << delivery.peerAddress;
            p.responder.respond(acknowledgement(delivery.verdict));
            recorded.append(std::move(delivery));
            continue;
        }
        if (d.status >= 400)
            ++m_counters.rejected;
        else if (delivery.verdict == DeliveryVerdicts::quarantined)
            ++m_counters.quarantined;
        else if (delivery.verdict == DeliveryVerdicts::otherFamily)
            ++m_counters.otherFamily;
        if (d.status < 400)
            eventStored = true;
        qCInfo(lcWebhook).noquote() << "webhook"
                                    << (delivery.eventType.isEmpty() ? QStringLiteral("-") : delivery.eventType)
                                    << delivery.verdict << d.status << "from" << delivery.peerAddress;
        if (d.status >= 400)
            p.responder.respond(refusal(d.status, delivery.verdict));
        else
            p.responder.respond(acknowledgement(delivery.verdict));
        recorded.append(std::move(delivery));
    }
    for (qsizetype i = 0; i < counts.size(); ++i) {
        DeliveryRecord &r = counts[i];
        const FactOutcome &o = outcomes[batch.size() + i];
        if (!o.committed) {
            // Only a count: worth a warning, not a retry loop.
            qCWarning(lcService).noquote()
                << "could not record" << r.suppressed << "suppressed deliveries from" << r.peerAddress;
            continue;
        }
        r.id = o.deliveryId;
        qCInfo(lcService).noquote() << "webhook" << r.suppressed << "rejected deliveries suppressed from"
                                    << r.peerAddress;
        recorded.append(r);
    }

    if (eventStored)
        noteEventAt(now); // once a batch: the engine's thread reads it under the lock
    if (!removed.isEmpty())
        Q_EMIT ticketsRemoved(removed);
    if (!changed.isEmpty())
        Q_EMIT ticketsChanged(changed);
    if (!recorded.isEmpty())
        Q_EMIT deliveriesRecorded(recorded);
}

void WebhookReceiver::answerHealth(HttpResponder responder, const QString &storeFailing)
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
        {QStringLiteral("diskFull"), m_counters.diskFull},
        {QStringLiteral("suppressed"), m_counters.suppressed},
        {QStringLiteral("overloaded"), m_counters.overloaded},
        {QStringLiteral("previousSecret"), m_counters.previousSecret},
    };
    // Refused before they were read (a body over the limit 413, a Content-Type other than JSON
    // 415, a malformed request 400 ...): no delivery is recorded for them, so count them here.
    QJsonObject refused;
    for (auto it = s.rejections.cbegin(); it != s.rejections.cend(); ++it)
        refused.insert(QString::number(it.key()), qint64(it.value()));
    const DiskGuard::Level disk = diskLevel();
    const bool unavailable = disk == DiskGuard::Level::Critical || !storeFailing.isEmpty();
    QJsonObject o{
        {QStringLiteral("status"),
         unavailable ? QStringLiteral("unavailable")
                     : (disk == DiskGuard::Level::Low ? QStringLiteral("degraded") : QStringLiteral("ok"))},
        {QStringLiteral("disk"), DiskGuard::levelName(disk)},
        {QStringLiteral("uptimeSeconds"), (m_clock.elapsedMs() - m_startedMs) / 1000},
        {QStringLiteral("connections"), m_server.connectionCount()},
        {QStringLiteral("requests"), qint64(s.requests)},
        {QStringLiteral("deliveries"), counters},
        {QStringLiteral("refusedUnread"), refused},
        // At the connection limits: refused (503 before any request), and quiet ones closed for room.
        {QStringLiteral("refusedConnections"), qint64(s.refusedConnections)},
        {QStringLiteral("evictedConnections"), qint64(s.evictedConnections)},
        {QStringLiteral("tlsHandshakeFailures"), qint64(s.tlsHandshakeFailures)},
        {QStringLiteral("lastEventAt"),
         lastEventAt().isValid() ? lastEventAt().toString(Qt::ISODateWithMs) : QString()},
    };
    if (disk != DiskGuard::Level::Ok)
        o.insert(QStringLiteral("reason"), m_diskProblem);
    else if (!storeFailing.isEmpty())
        o.insert(QStringLiteral("reason"), storeFailing);
    if (m_disk.lastFreeBytes() >= 0)
        o.insert(QStringLiteral("diskFreeBytes"), m_disk.lastFreeBytes());
    HttpResponse response(unavailable ? 503 : 200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (unavailable)
        response.setHeader("Retry-After", "5");
    responder.respond(response);
}

} // namespace TicketDesk
