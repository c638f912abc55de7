// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "http/headgate.h"
#include "http/httpresponder.h"
#include "http/trustedproxies.h"
#include "service/diskguard.h"
#include "service/metrics.h"
#include "service/rejectionlimiter.h"
#include "service/servicestate.h"
#include "service/webhookinspector.h"
#include "service/webhookwriter.h"
#include "store/deliveryrecord.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace TicketDesk {

class Clock;
class HttpServer;
class TicketStore;

// The webhook pipeline's second half, in the listener's thread: takes each
// request the HttpServer hands over, lets the WebhookInspector judge it, and
// hands what must be kept to the WebhookWriter. The writer commits whatever has
// gathered as ONE transaction while the next batch gathers (group commit); only
// after the commit that holds its delivery does each request get its answer
// (2xx), so an acknowledged event is on disk. A failing commit answers 503 with
// Retry-After for exactly the deliveries it held. Rejected, duplicate and
// other-family deliveries join the same batches. When more than
// maxQueued() deliveries wait for the writer, new ones get 503 at once rather
// than memory. Also answers GET /healthz.
// Rejected deliveries (any 4xx) are recorded at most `rejectedPerPeerPerMinute`
// times per peer per minute, then only counted; each peer's count is stored as
// one "suppressed" delivery record after its minute ends (taken once a minute,
// the ten largest of a minute each on its own and the others as one) or on
// shutdown(). While a peer is over that cap, or would go over its large-body
// budget (RejectionLimiter: about one body at the size limit a minute, given back
// when the body is valid), its requests that announce a large body
// (largeBodyBytes or more; real events are small) are refused with 429 after a
// second, before any of the body is read or hashed: a flood of big bad bodies
// costs the listener almost nothing, from its first second. Once a minute, a
// summary line is logged (each delivery only at debug level).
class WebhookReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    WebhookReceiver(HttpServer &server, TicketStore &store, const Clock &clock, QObject *parent = nullptr);
    static constexpr qint64 largeBodyBytes = 64 * 1024;

    ~WebhookReceiver() override;

    WebhookInspector &inspector() { return m_inspector; }
    // Commits from now on in a thread of its own on a connection of its own to
    // `location`. Without this call, commits run in this thread on the store
    // given to the constructor.
    StoreError useWriterThread(const DatabaseLocation &location, const StoreOptions &options = {});
    bool hasWriterThread() const { return m_writer->isThreaded(); }
    // At most this many deliveries wait for the writer; more are answered 503.
    void setMaxQueued(int count) { m_maxQueued = count; }
    int maxQueued() const { return m_maxQueued; }
    void setWebhookPath(const QByteArray &path) { m_path = path; }
    // How long a suppressed peer waits for the 429 to a large body (default 1 s).
    void setUnreadRefusalDelay(int ms) { m_unreadRefusalDelayMs = ms; }
    void setRejectedPerPeerPerMinute(int count) { m_limiter.setPerMinute(count); }
    // The reverse proxies whose X-Forwarded-For names the client: its address
    // then counts for the per-peer cap, the suppression and the delivery log.
    void setTrustedProxies(const TrustedProxies &proxies) { m_proxies = proxies; }
    // The free space the receiver heeds: low, rejected deliveries are only
    // counted; critical (or DiskFull from the store), valid events get 503.
    DiskGuard &diskGuard() { return m_disk; }
    // Free space on the database's volume, checked now when the last check is older than the
    // guard's interval (as /healthz does); -1 with nothing to check (a team database).
    qint64 diskFreeBytes();
    // Why the disk holds the receiver back, as last seen; empty when it does not.
    QString diskProblem() const { return m_diskProblem; }
    // /healthz answers 503 for this long after a commit of deliveries failed (a lost or
    // damaged database), unless one succeeded since: a load balancer then sends Ripio's
    // webhooks to a receiver that can store them, and tries this one again afterwards.
    static constexpr int storeFailureWindowSeconds = 30;
    // The last commit's failure while it is that recent, else empty.
    QString storeProblem() const;
    // A commit (or /healthz's probe of the database) that takes longer than this is not waited
    // for: its deliveries, and those waiting behind it, are answered 503 with Retry-After (Ripio
    // sends them again; what the late commit stores reads as a duplicate then), and so is each new
    // one until the database answers again; /healthz answers 503 at once, saying so. A frozen
    // database server (stopped, or hung while its host still answers TCP) otherwise holds every
    // connection open, /healthz's too, for as long as it stays so.
    static constexpr int defaultCommitDeadlineMs = 10 * 1000;
    void setCommitDeadline(int ms) { m_commitDeadlineMs = ms; }
    // A /healthz request waits at most this long (or the commit deadline, when shorter) for its
    // probe of the database: a load balancer's probe gives up after a second or so, and read a
    // database held by a lock (5 s of lock_timeout) as a hung receiver, never seeing the reason.
    // The database still busy by then is said as such, with 503, and so is it at once to each
    // /healthz request while a commit or probe has run this long.
    static constexpr int healthAnswerMs = 800;
    // A commit has been running past the deadline: why, for people; else empty.
    QString stallProblem() const;

    static constexpr qint64 badSignatureWarningSeconds = 600;

    struct Counters
    {
        qint64 received = 0;
        qint64 applied = 0;
        qint64 duplicates = 0;
        qint64 conflicts = 0;
        qint64 rejected = 0; // 401
        qint64 quarantined = 0;
        qint64 otherFamily = 0;
        qint64 late = 0;
        qint64 storeFailures = 0;  // 503: a commit failed, or the writer could not be reached
        qint64 diskFull = 0;       // 503: refused, uncommitted, while the disk guard says critical
        qint64 suppressed = 0;     // rejected and only counted, not recorded
        qint64 overloaded = 0;     // 503: the writer was too far behind
        qint64 previousSecret = 0; // accepted, signed with the previous secret (a rotation under way)
    };
    Counters counters() const { return m_counters; }
    // The once-a-minute log line: what arrived between `before` and `now`, by verdict.
    static QString summaryLine(const Counters &now, const Counters &before);
    // The last event stored: from any thread (the engine's reads it; the listener may have its own).
    QDateTime lastEventAt() const;
    // Events per commit of ticket facts, and how long each such commit took (seconds).
    const Histogram &commitBatchSizes() const { return m_batchSizes; }
    const Histogram &commitSeconds() const { return m_commitSeconds; }

    // Commit and answer whatever waits now, waiting for the writer (used by /healthz and on shutdown).
    void flush();
    // Store the suppressed counts of peers whose minute has ended (of all peers
    // when `all`): at most one record per peer per minute, committed by the
    // writer with the next batch (now, when none waits).
    void recordSuppressed(bool all = false);
    // flush(), then record every suppressed count.
    void shutdown();

Q_SIGNALS:
    void ticketsChanged(const QList<TicketDesk::Ticket> &tickets);
    void ticketsRemoved(const QList<qint64> &ids);
    void deliveriesRecorded(const QList<TicketDesk::DeliveryRecord> &deliveries);
    // The disk's level changed: `problem` says why (empty: room again).
    void diskStateChanged(const QString &problem);

private:
    void onRequest(const HttpRequest &request, HttpResponder responder);
    // The server's HeadGate: a suppressed peer's large bodies are refused unread.
    std::optional<HeadRefusal> judgeHead(const HttpRequest &head, const QHostAddress &peer);
    // Answers /healthz, with why the database cannot take deliveries (none: it can).
    void answerHealth(HttpResponder responder, const QString &storeFailing);
    // Asks the writer's connection whether it can store, once every delivery that arrived
    // before a waiting /healthz request has gone to the writer; answers those requests then.
    void probeForHealth();
    // The deadline passed: answers what waits 503 (see setCommitDeadline()).
    void onDeadline();
    // Starts m_deadline for the soonest of the commit's and the waiting /healthz requests'.
    void armDeadline();
    // Waits until every delivery handed over is committed and answered.
    void drain();
    // Hands the next batch to the writer unless one is committing.
    void dispatch();
    struct Pending
    {
        WebhookDecision decision;
        HttpResponder responder;
        quint64 seq = 0;       // the order of arrival
        bool answered = false; // 503 at the deadline; its commit may still succeed
    };
    // A delivery the writer will not take now: its own refusal, or 503 (counted as such).
    void refuseUnstored(const Pending &p);
    void finish(QList<DeliveryRecord> counts, const WebhookWriter::Result &result);
    // Takes the ended (or, with `all`, every) suppressed count into m_suppressedCounts.
    void queueSuppressed(bool all = false);
    void logSummary();
    // The disk guard's level, telling diskStateChanged() when it moved.
    DiskGuard::Level diskLevel();
    void noteStoreError(const StoreError &error);
    // A delivery signed, but not with a secret of ours: warned of in the log at once, then at
    // most every badSignatureWarningSeconds with the count since (a rotated secret not set here
    // refuses every webhook, and the minute's summary only said "rejected").
    void noteBadSignature(const QString &peer);

    HttpServer &m_server;
    QPointer<HttpServer> m_gatedServer; // to take the gate back, unless it went first
    const Clock &m_clock;
    WebhookInspector m_inspector;
    RejectionLimiter m_limiter;
    TrustedProxies m_proxies;
    DiskGuard m_disk;
    DiskGuard::Level m_diskLevel = DiskGuard::Level::Ok;
    QString m_diskProblem;
    QDateTime m_storeFailedAt;        // the last failed commit, by m_clock; invalid after a commit
    QDateTime m_badSignatureWarnedAt; // by m_clock; invalid before the first warning
    qint64 m_badSignaturesUnwarned = 0;
    QString m_storeFailure;
    QTimer m_suppressedTimer;
    QByteArray m_path = "/webhooks/ripio";
    QList<Pending> m_pending;                 // judged, waiting for the writer
    QList<DeliveryRecord> m_suppressedCounts; // for the writer's next batch
    bool m_committing = false;
    QList<Pending> m_inFlight; // the batch the writer commits
    QElapsedTimer m_commitRunning;
    int m_commitDeadlineMs = defaultCommitDeadlineMs;
    QTimer m_deadline;       // while a commit or a probe runs
    bool m_stalled = false;  // the commit in flight passed its deadline
    quint64 m_arrived = 0;   // deliveries queued for the writer so far
    quint64 m_submitted = 0; // of those, handed to the writer
    struct HealthWait
    {
        HttpResponder responder;
        quint64 after = 0; // answered once the deliveries up to this one are committed
        QElapsedTimer waiting;
    };
    QList<HealthWait> m_healthWaiting;
    // How long the database has answered nothing (no commit, no probe back) while `w` waited;
    // 0 when nothing is outstanding.
    qint64 databaseSilentMs(const HealthWait &w) const;
    // How long `w` may wait still before it is answered.
    qint64 healthLeftMs(const HealthWait &w) const;
    bool m_probing = false;
    QElapsedTimer m_probeRunning;
    QElapsedTimer m_databaseAnswered; // since the last commit or probe came back
    // The probe has run past the deadline: the writer is held (a frozen server).
    bool probeOverdue() const;
    QString probeProblem() const;
    // A commit, or /healthz's probe, running for healthAnswerMs or more: why, for /healthz; else
    // empty.
    QString slowDatabaseProblem() const;
    int m_maxQueued = 8192;
    int m_unreadRefusalDelayMs = 1000;
    std::unique_ptr<WebhookWriter> m_writer;
    Counters m_counters;
    Counters m_summarized; // as of the last summary line
    Histogram m_batchSizes{MetricsFormatter::batchSizeBuckets()};
    Histogram m_commitSeconds{MetricsFormatter::commitSecondsBuckets()};
    void noteEventAt(const QDateTime &at);
    mutable QMutex m_lastEventLock;
    QDateTime m_lastEventAt; // under m_lastEventLock
    qint64 m_startedMs;      // by m_clock.elapsedMs(): /healthz's uptime does not follow the clock's steps
};

} // namespace TicketDesk
