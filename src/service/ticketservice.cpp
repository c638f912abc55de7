// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ticketservice.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/tlskeypair.h"
#include "http/httpserver.h"
#include "ripio/ripioclient.h"
#include "service/attachmentstorage.h"
#include "service/bulkticketplan.h"
#include "service/deliverypruner.h"
#include "service/diskguard.h"
#include "service/offlinespool.h"
#include "service/outbox.h"
#include "service/processliveness.h"
#include "service/reconciler.h"
#include "service/storethread.h"
#include "service/webhookreceiver.h"
#include "store/changefeed.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <type_traits>
#include <utility>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

namespace TicketDesk {

namespace {

constexpr int heartbeatIntervalMs = 10 * 1000;
// How often a desktop that does not receive itself looks for deliveries the receivers recorded.
constexpr int deliveryFollowMs = 3 * 1000;
// At most this many a look: the deliveries view keeps no more.
constexpr int maxFollowedDeliveries = 5000;
// How far back each look goes, for deliveries committed after a later id (see followDeliveries()).
constexpr qint64 followOverlap = 64;

QList<qint64> idsOf(const QList<DeliveryRecord> &records)
{
    QList<qint64> ids;
    ids.reserve(records.size());
    for (const DeliveryRecord &r : records)
        ids.append(r.id);
    return ids;
}
// How often tickets kept on this computer are offered to the team database again.
constexpr int spoolRetryMs = 5 * 1000;

ApiState::Kind apiKind(ApiHealth health)
{
    switch (health) {
    case ApiHealth::Ready:
        return ApiState::Kind::Ready;
    case ApiHealth::BadCredentials:
        return ApiState::Kind::BadCredentials;
    case ApiHealth::NotEnabled:
        return ApiState::Kind::NotEnabled;
    case ApiHealth::Offline:
        return ApiState::Kind::Offline;
    case ApiHealth::RateLimited:
        return ApiState::Kind::RateLimited;
    case ApiHealth::Unknown:
        break;
    }
    return ApiState::Kind::Unknown;
}

constexpr int loadChunk = 5000;

// What the store saves of what the operator typed (attachments apart).
Ticket queuedTicket(const NewTicket &nt)
{
    Ticket t;
    t.customerId = nt.customerId;
    t.summary = nt.summary;
    t.description = nt.description;
    t.clientKey = nt.clientKey;
    t.reference = nt.reference;
    t.status = TicketStatus::Queued;
    return t;
}

} // namespace

TicketService::TicketService(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<EngineConfig>();
    qRegisterMetaType<NewTicket>();
    qRegisterMetaType<ListenerState>();
    qRegisterMetaType<ApiState>();
    qRegisterMetaType<RetentionState>();
    qRegisterMetaType<DatabaseState>();
    qRegisterMetaType<Ticket>();
    qRegisterMetaType<QList<Ticket>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<DeliveryFilter>();
    qRegisterMetaType<QList<DeliveryRecord>>();
    qRegisterMetaType<QList<TicketEvent>>();
    qRegisterMetaType<QList<FieldError>>();
    qRegisterMetaType<QList<NewTicket>>();
    qRegisterMetaType<QList<CustomerRecord>>();
    qRegisterMetaType<TicketTemplate>();
    qRegisterMetaType<QList<TicketTemplate>>();
    qRegisterMetaType<QSet<QString>>();
}

TicketService::~TicketService()
{
    stopListener();
}

template<typename F>
auto TicketService::onListener(F &&work) const -> decltype(work())
{
    if (!m_listenerThread || QThread::currentThread() == m_listenerThread.get())
        return work();
    using Result = decltype(work());
    if constexpr (std::is_void_v<Result>) {
        QMetaObject::invokeMethod(m_listenerContext.get(), std::forward<F>(work), Qt::BlockingQueuedConnection);
    } else {
        Result result{};
        QMetaObject::invokeMethod(
            m_listenerContext.get(), [&] { result = work(); }, Qt::BlockingQueuedConnection);
        return result;
    }
}

void TicketService::startListener()
{
    // Off this thread, whose own store calls (the outbox's reads, the heartbeat) hang for as long
    // as a database server is frozen (libpq waits on a connection whose host still answers TCP):
    // webhooks and /healthz are answered meanwhile, 503 past the receiver's commit deadline. The
    // receiver then touches no connection of this thread's: its writer needs one of its own.
    m_listenerThread = std::make_unique<QThread>();
    m_listenerThread->setObjectName(QStringLiteral("webhook-listener"));
    m_listenerContext = std::make_unique<QObject>();
    m_listenerContext->moveToThread(m_listenerThread.get());
    m_listenerThread->start();
    StoreError writer;
    QMetaObject::invokeMethod(
        m_listenerContext.get(),
        [&] {
            m_server = new HttpServer(m_clock);
            m_receiver = new WebhookReceiver(*m_server, *m_store, m_clock);
            writer = m_receiver->useWriterThread(m_config.databaseLocation());
        },
        Qt::BlockingQueuedConnection);
    if (writer.ok())
        return;
    stopListener();
    qCWarning(lcService).noquote() << "webhook writer: no connection of its own, so the listener shares the engine's"
                                   << "thread:" << writer.message;
    m_server = new HttpServer(m_clock, this);
    m_receiver = new WebhookReceiver(*m_server, *m_store, m_clock, this);
}

void TicketService::makeReceiver(bool ownThread)
{
    if (ownThread) {
        startListener();
    } else {
        // A desktop on a team database, a command: it may never listen, and a writer's connection
        // (and thread) for each would cost the team database a session per operator. Should it
        // listen later (Settings), the listener is made anew in a thread of its own.
        m_server = new HttpServer(m_clock, this);
        m_receiver = new WebhookReceiver(*m_server, *m_store, m_clock, this);
    }
    // From the listener's thread, when it has its own: queued.
    connect(m_receiver, &WebhookReceiver::ticketsChanged, this, &TicketService::emitChanged);
    connect(m_receiver, &WebhookReceiver::ticketsRemoved, this, &TicketService::ticketsRemoved);
    // The SQLite file's volume is ours to watch; a PostgreSQL server's disk is not (its DiskFull still counts).
    if (!m_store->isPostgres()) {
        const QString folder = QFileInfo(m_store->path()).absolutePath();
        onListener([this, folder] { m_receiver->diskGuard().setProbe(std::make_unique<VolumeFreeSpace>(folder)); });
    }
    // Its disk problem comes with this signal (queued from the listener's thread, in order).
    connect(m_receiver, &WebhookReceiver::diskStateChanged, this, [this](const QString &problem) {
        m_listener.diskProblem = problem;
        Q_EMIT listenerStateChanged(m_listener);
    });
    connect(m_receiver, &WebhookReceiver::deliveriesRecorded, this, [this](const QList<DeliveryRecord> &records) {
        m_listener.lastEventAt = m_receiver->lastEventAt();
        m_listener.deliveries += records.size();
        // followDeliveries() may have read one of them from the database first.
        QList<DeliveryRecord> fresh;
        for (const DeliveryRecord &r : records) {
            if (!m_toldDeliveries.contains(r.id))
                fresh.append(r);
        }
        noteToldDeliveries(idsOf(records));
        if (!fresh.isEmpty())
            Q_EMIT deliveriesRecorded(fresh);
    });
}

void TicketService::stopListener()
{
    if (!m_listenerThread)
        return;
    // Deleted in their thread (their sockets' notifiers belong to it), the receiver first (it takes
    // its gate back from the server).
    QMetaObject::invokeMethod(
        m_listenerContext.get(),
        [this] {
            delete std::exchange(m_receiver, nullptr);
            delete std::exchange(m_server, nullptr);
        },
        Qt::BlockingQueuedConnection);
    m_listenerThread->quit();
    m_listenerThread->wait();
    m_listenerThread.reset();
    m_listenerContext.reset();
}

bool TicketService::isListening() const
{
    return onListener([this] { return m_server->isListening(); });
}

quint16 TicketService::listenerPort() const
{
    return onListener([this]() -> quint16 { return m_server && m_server->isListening() ? m_server->serverPort() : 0; });
}

quint16 TicketService::metricsPort() const
{
    return m_metricsServer && m_metricsServer->isListening() ? m_metricsServer->serverPort() : 0;
}

bool TicketService::startMetrics()
{
    m_metricsServer = new HttpServer(m_clock, this);
    m_metricsServer->setRoutes(
        {HttpRoute{QByteArrayLiteral("/metrics"), {QByteArrayLiteral("GET"), QByteArrayLiteral("HEAD")}}});
    connect(m_metricsServer, &HttpServer::requestReceived, this, [this](const HttpRequest &, HttpResponder responder) {
        responder.respond(
            HttpResponse(200, MetricsFormatter::format(metricsSnapshot()), MetricsFormatter::contentType));
    });
    if (!m_metricsServer->listen(m_config.metricsAddress, m_config.metricsPort)) {
        Q_EMIT started(false, tr("Cannot serve metrics on %1:%2: %3")
                                  .arg(m_config.metricsAddress.toString())
                                  .arg(m_config.metricsPort)
                                  .arg(m_metricsServer->errorString()));
        return false;
    }
    // Debug: serve says where, as a URL (said here too, twice).
    qCDebug(lcService).noquote() << "metrics on" << m_config.metricsAddress.toString() << m_metricsServer->serverPort();
    return true;
}

bool TicketService::requestLeft(qint64 id) const
{
    return m_outbox && m_outbox->requestLeft(id);
}

bool TicketService::answerUnrecorded(qint64 id, QString *ripioTicketId) const
{
    return m_outbox && m_outbox->answerUnrecorded(id, ripioTicketId);
}

QString TicketService::answerKeptFor(qint64 id) const
{
    return m_outbox ? m_outbox->answerKeptFor(id) : QString();
}

MetricsSnapshot TicketService::metricsSnapshot()
{
    MetricsSnapshot s;
    // The listener's counters, read where it runs.
    onListener([&] {
        if (m_receiver) {
            const WebhookReceiver::Counters c = m_receiver->counters();
            s.deliveriesByVerdict = {
                {QStringLiteral("applied"), quint64(c.applied)},
                {QStringLiteral("duplicate"), quint64(c.duplicates)},
                {QStringLiteral("conflict"), quint64(c.conflicts)},
                {QStringLiteral("rejected"), quint64(c.rejected)},
                {QStringLiteral("quarantined"), quint64(c.quarantined)},
                {QStringLiteral("other-family"), quint64(c.otherFamily)},
                {QStringLiteral("store-failed"), quint64(c.storeFailures)},
                {QStringLiteral("disk-full"), quint64(c.diskFull)},
                {QStringLiteral("overloaded"), quint64(c.overloaded)},
            };
            s.lateDeliveries = quint64(c.late);
            s.suppressedRequests = quint64(c.suppressed);
            s.previousSecretDeliveries = quint64(c.previousSecret);
            s.commitBatchSize = m_receiver->commitBatchSizes();
            s.commitSeconds = m_receiver->commitSeconds();
            // Checked for the scrape when due: the first scrape after a start had no figure.
            s.diskFreeBytes = m_receiver->diskFreeBytes();
        }
        s.openConnections = m_server ? m_server->connectionCount() : 0;
        if (m_server) {
            const HttpServerStats http = m_server->stats();
            s.refusedConnections = http.refusedConnections;
            s.evictedConnections = http.evictedConnections;
            s.tlsHandshakeFailures = http.tlsHandshakeFailures;
            for (auto it = http.rejections.cbegin(); it != http.rejections.cend(); ++it)
                s.refusedRequestsByStatus.append({QString::number(it.key()), quint64(it.value())});
        }
    });
    if (m_store) {
        // Index lookups: cheap enough for every scrape.
        s.outboxQueued = m_store->countWithStatus(TicketStatus::Queued);
        s.reconciliationPending = m_store->countWithStatus(TicketStatus::Pending);
    }
    if (m_client) {
        const QMap<QString, quint64> errors = m_client->errorCounts();
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            s.apiErrorsByCategory.append({it.key(), it.value()});
    }
    return s;
}

void TicketService::start(const EngineConfig &config)
{
    m_config = config;
    // Created here, in the engine's thread: a SQL connection belongs to the
    // thread that made it.
    m_store = std::make_unique<TicketStore>(m_clock);
    // serve acknowledges what it stores: not into a file damaged somewhere (it opens, and reads as
    // new up to the damaged pages, so the receiver said "ok" while the file could not be listed).
    StoreOptions options;
    options.checkIntegrity = config.role == QLatin1StringView("serve");
    options.busyTimeoutMs = config.busyTimeoutMs;
    const StoreError err = m_store->open(config.databaseLocation(), options);
    if (!err.ok()) {
        // What time can heal (a team server away, a full disk, a lock another program holds) is
        // waited out: the desktop opens, says why, and starts once the database can be written.
        if (config.followChanges && (err.kind == StoreError::Kind::Unreachable ||
                                     err.kind == StoreError::Kind::DiskFull || err.kind == StoreError::Kind::Locked)) {
            awaitDatabase(err.message);
            return;
        }
        Q_EMIT started(false, err.message);
        return;
    }
    // A receiver or sender writes what an operator's role may not (outcomes, deliveries): it would
    // listen and report healthy while every write was refused.
    if ((config.listen || config.runOutbox) && !m_store->mayUpdateTickets()) {
        const QString why =
            tr("the database role of %1 may not update tickets (an operator's role): receiving "
               "webhooks and sending tickets need a server's role. Log in as one, or have an "
               "administrator run: GRANT %2 TO %3;")
                .arg(m_store->displayName(), QStringLiteral("ticketdesk_server"), m_store->sessionRole());
        m_store.reset();
        Q_EMIT started(false, why);
        return;
    }
    if (m_startRetry) {
        // Called from its timeout: deleted once that signal has returned.
        m_startRetry->deleteLater();
        m_startRetry = nullptr;
        qCInfo(lcService).noquote() << (m_store->isPostgres() ? "team database reachable: starting"
                                                              : "database usable: starting");
    }

    m_client = new RipioClient(m_clock, this);
    m_client->setSettings(config.client);
    connect(m_client, &RipioClient::healthChanged, this, [this](ApiHealth health, const QString &message) {
        m_api.kind = apiKind(health);
        // Without an ID or a secret nothing was asked of Ripio: not "bad credentials".
        if (m_api.kind == ApiState::Kind::BadCredentials &&
            (m_config.client.clientId.isEmpty() || m_config.client.clientSecret.isEmpty()))
            m_api.kind = ApiState::Kind::NotConfigured;
        m_api.message = message;
        updateApiState();
    });

    m_outbox = new Outbox(*m_store, *m_client, m_clock, this);
    m_outbox->setLeaseMs(qint64(config.claimLeaseSeconds) * 1000);
    if (!config.dataDir.isEmpty())
        m_outbox->setOutcomeSpool(config.dataDir);
    connect(m_outbox, &Outbox::ticketsChanged, this, &TicketService::emitChanged);
    connect(m_outbox, &Outbox::ticketsRemoved, this, &TicketService::ticketsRemoved);
    connect(m_outbox, &Outbox::queueStateChanged, this,
            [this](qint64 queued, const QDateTime &retryAt, const QString &) {
                m_api.queued = queued;
                m_api.retryAt = retryAt;
                updateApiState();
            });

    m_reconciler = new Reconciler(*m_store, *m_client, m_clock, this);
    m_reconciler->setThresholdSeconds(config.reconcileAfterSeconds);
    m_reconciler->setMaxConcurrent(config.maxConcurrentChecks);
    m_reconciler->setClaimant(m_outbox->claimant()); // a ticket this process sent is its own to check
    connect(m_reconciler, &Reconciler::ticketsChanged, this, &TicketService::emitChanged);

    makeReceiver(config.listen);
    configureReceiver();
    if (config.metrics && !startMetrics())
        return;

    m_started = true;
    m_startedAt = m_clock.now();
    if (config.client.clientId.isEmpty() || config.client.clientSecret.isEmpty()) {
        m_api.kind = ApiState::Kind::NotConfigured;
        m_api.message = tr("No Ripio client ID or client secret is set: tickets stay queued until they are.");
    }
    // From here on m_config: a desktop that yields to a peer changes it.
    if (m_config.listen) {
        bindListener();
        // serve is there to receive: one that cannot stops here, before it claims a ticket to send
        // or says in the database that it is alive (a desktop goes on sending, and says why).
        if (!m_listener.listening && !yieldToPeer() && m_config.role == QLatin1StringView("serve")) {
            Q_EMIT started(false, m_listener.error);
            return;
        }
    }
    // On a team database every process keeps to the server's clock (a desktop as well, which
    // dates the tickets it queues): measured again every heartbeat's interval, so that a clock
    // stepped meanwhile (NTP, a laptop resumed) is found.
    if (m_store->isPostgres()) {
        auto *clockTimer = new QTimer(this);
        connect(clockTimer, &QTimer::timeout, this, [this] {
            if (m_store)
                m_store->followDatabaseClock();
        });
        clockTimer->start(heartbeatIntervalMs);
    }
    // Only a process that works for others says it is alive: it sends or it receives.
    if (m_config.runOutbox || m_config.listen) {
        m_heartbeat = new QTimer(this);
        connect(m_heartbeat, &QTimer::timeout, this, &TicketService::beat);
        m_heartbeat->start(heartbeatIntervalMs);
    }
    // Alive in the database before it claims anything: another process starting beside it then
    // sees it, and leaves its claims alone (Outbox::recoverInterrupted()).
    if (m_heartbeat)
        beat();
    if (m_config.runOutbox) {
        m_outbox->restoreKept(); // while the tickets it answers are still SUBMITTING
        m_outbox->recoverInterrupted();
        m_outbox->setEnabled(true);
    } else {
        m_outbox->setEnabled(false);
    }
    if (m_config.runReconciler)
        m_reconciler->start();
    startPruner();
    if (m_pruner && m_heartbeat)
        beat(); // again, with the limits it prunes by (`db status` shows them)
    if (m_config.followChanges)
        followChanges();
    updateApiState();
    Q_EMIT started(true, QString());
}

void TicketService::awaitDatabase(const QString &why)
{
    constexpr int firstRetryMs = 2000;
    constexpr int maxRetryMs = 30000;
    if (!m_startRetry) {
        m_startRetry = new QTimer(this);
        m_startRetry->setSingleShot(true);
        connect(m_startRetry, &QTimer::timeout, this, [this] { start(m_config); });
        m_startRetryMs = firstRetryMs;
        m_database = DatabaseState{};
        m_database.team = m_config.databaseLocation().isPostgres();
        m_database.where = m_config.databaseLocation().displayName();
        m_database.since = m_clock.now();
        qCWarning(lcService).noquote() << (m_database.team ? "team database unreachable at start; trying again:"
                                                           : "database not usable at start; trying again:")
                                       << why;
    } else {
        m_startRetryMs = std::min(m_startRetryMs * 2, maxRetryMs);
    }
    m_database.connected = false;
    m_database.message = why;
    m_database.spooled = OfflineSpool(m_config.dataDir, m_config.dbPath).count();
    m_startRetry->start(m_startRetryMs);
    Q_EMIT databaseStateChanged(m_database);
}

void TicketService::followChanges()
{
    m_database.team = m_store->isPostgres();
    m_database.where = m_store->displayName();
    m_database.connected = true;
    m_database.since = m_clock.now();
    m_feed = new ChangeFeed(m_clock, m_config.databaseLocation(), this);
    connect(m_feed, &ChangeFeed::changed, this,
            [this](const QList<Ticket> &tickets, const QList<qint64> &removed, qint64) {
                emitChanged(tickets);
                if (!removed.isEmpty())
                    Q_EMIT ticketsRemoved(removed);
                // What another process did to the queue: the count this process says goes with it.
                const bool queueMoved =
                    m_api.queued > 0 || std::any_of(tickets.cbegin(), tickets.cend(), [](const Ticket &t) {
                        return t.status == TicketStatus::Queued || t.status == TicketStatus::Submitting;
                    });
                if (m_outbox && queueMoved)
                    m_outbox->recount();
            });
    connect(m_feed, &ChangeFeed::connectionChanged, this, [this](bool connected, const QString &message) {
        // A new reason while away keeps the time the connection was lost.
        if (connected != m_database.connected)
            m_database.since = m_clock.now();
        m_database.connected = connected;
        m_database.message = connected ? QString() : message;
        Q_EMIT databaseStateChanged(m_database);
        if (connected)
            flushSpool();
        if (connected && m_customersUnread)
            loadCustomers();
    });
    // Only what others commit from now on: this process has just loaded (or
    // will load) everything before.
    m_feed->start(m_store->lastChange());
    if (m_database.team || OfflineSpool(m_config.dataDir, m_config.dbPath).count() > 0) {
        // Tickets kept on this computer (typed while the database was unreachable, or while a
        // file could not be written at start, maybe in an earlier session) are written now, and
        // retried until they are.
        m_spoolRetry = new QTimer(this);
        m_spoolRetry->setInterval(spoolRetryMs);
        connect(m_spoolRetry, &QTimer::timeout, this, &TicketService::flushSpool);
        flushSpool();
    }
    if (m_database.team) {
        m_receiverCheck = new QTimer(this);
        connect(m_receiverCheck, &QTimer::timeout, this, &TicketService::checkReceivers);
        m_receiverCheck->start(heartbeatIntervalMs);
        checkReceivers();
    }
    // What the receivers record (serve on this file, or the team's servers) reaches the
    // deliveries view too: no notification says so, so look every few seconds.
    noteToldDeliveries(m_store->deliveryIdsAfter(0, int(followOverlap))); // what the view loads at start
    m_deliveryFollow = new QTimer(this);
    connect(m_deliveryFollow, &QTimer::timeout, this, &TicketService::followDeliveries);
    m_deliveryFollow->start(deliveryFollowMs);
    Q_EMIT databaseStateChanged(m_database);
}

void TicketService::noteToldDeliveries(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        m_toldDeliveries.insert(id);
        m_lastDeliveryId = std::max(m_lastDeliveryId, id);
    }
    // Only the window looked back over is worth remembering.
    for (auto it = m_toldDeliveries.begin(); it != m_toldDeliveries.end();)
        it = *it <= m_lastDeliveryId - followOverlap ? m_toldDeliveries.erase(it) : std::next(it);
}

void TicketService::followDeliveries()
{
    // This process's own receiver tells of what it records (noted as it does); the rest come from
    // another process on the database: a `serve` on the same file, listening on another port, while
    // this desktop listens too (its deliveries never showed here, while the Insights counted them).
    // Ids come from a sequence: on a team database one server's delivery can commit after a later
    // id of another's. So look back over the last few, and tell of each once.
    // The ids first: whole rows (bodies) only from the oldest one not told of yet.
    qint64 oldestNew = 0;
    for (const qint64 id :
         m_store->deliveryIdsAfter(std::max<qint64>(0, m_lastDeliveryId - followOverlap), maxFollowedDeliveries)) {
        if (!m_toldDeliveries.contains(id))
            oldestNew = id;
    }
    if (oldestNew == 0)
        return;
    DeliveryFilter after;
    after.afterId = oldestNew - 1;
    QList<DeliveryRecord> fresh;
    for (const DeliveryRecord &r : m_store->deliveries(after, maxFollowedDeliveries)) {
        if (!m_toldDeliveries.contains(r.id))
            fresh.append(r);
    }
    if (fresh.isEmpty())
        return;
    noteToldDeliveries(idsOf(fresh));
    std::reverse(fresh.begin(), fresh.end()); // oldest first, as a receiver reports them
    Q_EMIT deliveriesRecorded(fresh);
}

QList<ServerRecord> TicketService::liveSenders(const QList<ServerRecord> &servers, const QDateTime &now)
{
    QList<ServerRecord> live;
    for (const ServerRecord &s : servers) {
        const bool sends = s.role == QLatin1StringView("serve") || s.role == QLatin1StringView("desktop");
        // A desktop of this machine killed with -9 left a fresh heartbeat, but sends nothing.
        if (sends && s.lastSeen.isValid() && std::abs(s.lastSeen.msecsTo(now)) < heartbeatFreshMs &&
            !processHasEnded(s))
            live.append(s);
    }
    return live;
}

// Two desktops on one SQLite file with the same settings: the second cannot
// bind the port, because the first holds it. The first receives Ripio's
// webhooks (one URL reaches one of them) and sends; this one becomes a viewer
// that reads, queues and follows the file, so the operator does not get a
// second engine that receives nothing. Any other bind failure stays an error.
bool TicketService::yieldToPeer()
{
    if (m_config.role != QLatin1StringView("desktop") || m_config.port == 0)
        return false;
    for (const ServerRecord &s : liveSenders(m_store->servers(), m_clock.now())) {
        if (s.instance == m_outbox->claimant() || s.listenUrl.isEmpty() ||
            QUrl(s.listenUrl).port() != int(m_config.port))
            continue;
        m_viewer = true;
        m_config.listen = false;
        m_config.runOutbox = false;
        m_config.runReconciler = false;
        m_config.followChanges = true;
        m_listener.heldPort = m_config.port;
        m_listener.heldBy = s.role == QLatin1StringView("serve") ? tr("ticketdesk serve on %1").arg(s.host)
                                                                 : tr("a TicketDesk desktop on %1").arg(s.host);
        qCInfo(lcService).noquote() << "port" << m_config.port << "is held by" << s.role << s.instance
                                    << "on the same database: this desktop is a viewer";
        Q_EMIT listenerStateChanged(m_listener);
        return true;
    }
    return false;
}

void TicketService::checkReceivers()
{
    QDateTime freshest;
    const QList<ServerRecord> servers = m_store->servers();
    if (!m_store->lastError().ok())
        return; // not read (the database restarting, say): no news, not "no receiver"
    for (const ServerRecord &s : servers) {
        if (s.role == QLatin1StringView("serve") && !s.listenUrl.isEmpty() &&
            (!freshest.isValid() || s.lastSeen > freshest))
            freshest = s.lastSeen;
    }
    if (freshest != m_database.receiverSeenAt) {
        m_database.receiverSeenAt = freshest;
        Q_EMIT databaseStateChanged(m_database);
    }
}

// The delivery log is pruned by whoever owns the writing: every `serve`, and a
// desktop on its own SQLite file (not a viewer of another's). On a team
// database desktops never prune: its servers do.
void TicketService::startPruner()
{
    const bool owner = m_config.role == QLatin1StringView("serve") ||
                       (m_config.role == QLatin1StringView("desktop") && !m_store->isPostgres() && !m_viewer);
    if (!owner)
        return;
    m_pruner = new DeliveryPruner(*m_store, m_clock, this);
    m_pruner->setLimits(m_config.deliveryRetentionDays, m_config.maxDeliveries);
    // Its steps wait neither for the listener's batches nor hold them up on this thread.
    // Its commits leave the log to be copied by others (the webhook writer's
    // checkpoints, or this thread's store): a step ends as soon as it commits.
    StoreOptions options;
    options.walAutoCheckpointPages = 0;
    m_pruneThread = std::make_unique<StoreThread>();
    if (const StoreError error =
            m_pruneThread->start(QStringLiteral("delivery-pruner"), m_config.databaseLocation(), options, m_clock);
        !error.ok()) {
        qCWarning(lcService).noquote() << "delivery pruner: no connection of its own, so it prunes on this thread:"
                                       << error.message;
        m_pruneThread.reset();
    }
    m_pruner->setStoreThread(m_pruneThread.get());
    connect(m_pruner, &DeliveryPruner::roundFinished, this, [this](bool ok) {
        if (!ok)
            return;
        m_retention.lastPruneAt = m_pruner->lastPruneAt();
        m_retention.lastPruned = m_pruner->lastPruned();
        Q_EMIT retentionStateChanged(m_retention);
        if (m_heartbeat)
            beat();
    });
    m_retention.prunes = true;
    Q_EMIT retentionStateChanged(m_retention);
    m_pruner->start();
}

void TicketService::beat()
{
    if (!m_store || !m_outbox)
        return;
    ServerRecord r;
    r.instance = m_outbox->claimant();
    r.host = QSysInfo::machineHostName();
    r.role = m_config.role;
    r.listenUrl = m_listener.listening ? m_listener.url : QString();
    r.version = QCoreApplication::applicationVersion();
    r.startedAt = m_startedAt;
    r.lastSeen = m_clock.now();
    QJsonObject counters{{QStringLiteral("deliveries"), m_listener.deliveries},
                         {QStringLiteral("queued"), m_api.queued}};
    // `db status` shows the last prune from here: it needs no table of its own.
    if (m_pruner) {
        // The limits this process prunes by: `db status` shows them as the ones in force.
        counters.insert(QStringLiteral("retentionDays"), m_config.deliveryRetentionDays);
        counters.insert(QStringLiteral("maxDeliveries"), m_config.maxDeliveries);
    }
    if (m_pruner && m_pruner->lastPruneAt().isValid()) {
        counters.insert(QStringLiteral("lastPruneAt"), m_pruner->lastPruneAt().toString(Qt::ISODateWithMs));
        counters.insert(QStringLiteral("lastPruned"), m_pruner->lastPruned());
    }
    r.counters = QString::fromUtf8(QJsonDocument(counters).toJson(QJsonDocument::Compact));
    if (!m_store->heartbeat(r))
        qCWarning(lcService).noquote() << "heartbeat not written:" << m_store->lastError().message;
}

void TicketService::configureReceiver()
{
    onListener([this] { configureReceiverHere(); });
}

void TicketService::configureReceiverHere()
{
    m_receiver->setWebhookPath(m_config.webhookPath);
    m_receiver->inspector().setSecrets(m_config.webhookSecret, m_config.previousWebhookSecret,
                                       m_config.requireSignature);
    m_receiver->inspector().setReplayWindow(m_config.replayWindowSeconds, m_config.strictReplay);
    m_receiver->setRejectedPerPeerPerMinute(m_config.rejectedPerPeerPerMinute);
    m_receiver->setCommitDeadline(m_config.commitDeadlineSeconds * 1000);
    constexpr qint64 MiB = 1024 * 1024;
    m_receiver->diskGuard().setThresholds(qint64(m_config.diskLowMiB) * MiB, qint64(m_config.diskCriticalMiB) * MiB);
    QStringList invalid;
    m_receiver->setTrustedProxies(TrustedProxies::parse(m_config.trustedProxies, &invalid));
    if (!invalid.isEmpty())
        qCWarning(lcService).noquote() << "trusted proxies: ignored what is no address or subnet:"
                                       << invalid.join(QStringLiteral(", "));
}

QString TicketService::listenError(const QString &why, QAbstractSocket::SocketError error) const
{
    QString text = tr("Cannot listen on %1:%2: %3").arg(m_config.address.toString()).arg(m_config.port).arg(why);
    if (error == QAbstractSocket::AddressInUseError)
        text += QLatin1Char(' ') +
                tr("(another program, or another TicketDesk, listens there: stop it or choose another port)");
    return text;
}

#if QT_CONFIG(ssl)
QString TicketService::tlsConfiguration(QSslConfiguration *ssl) const
{
    QFile certFile(m_config.tlsCertificate);
    QFile keyFile(m_config.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly))
        return tr("Cannot read the TLS certificate %1: %2").arg(m_config.tlsCertificate, certFile.errorString());
    if (!keyFile.open(QIODevice::ReadOnly))
        return tr("Cannot read the TLS private key %1: %2").arg(m_config.tlsKey, keyFile.errorString());
    const QByteArray certPem = certFile.readAll();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty())
        return tr("The TLS certificate %1 is not a PEM certificate.").arg(m_config.tlsCertificate);
    if (key.isNull())
        return tr("The TLS private key %1 is not an RSA or EC key in PEM without a passphrase.").arg(m_config.tlsKey);
    if (!tlsKeyMatchesCertificate(certPem, keyPem))
        return tr("The TLS private key %1 does not belong to the certificate %2: every TLS handshake "
                  "would fail.")
            .arg(m_config.tlsKey, m_config.tlsCertificate);
    if (chain.first().expiryDate() < m_clock.now())
        qCWarning(lcService).noquote() << "the TLS certificate" << m_config.tlsCertificate << "expired on"
                                       << chain.first().expiryDate().toString(Qt::ISODate) + QLatin1Char(';')
                                       << "clients that check it will refuse to connect";
    *ssl = QSslConfiguration::defaultConfiguration();
    ssl->setLocalCertificateChain(chain);
    ssl->setPrivateKey(key);
    ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
    return {};
}
#endif

void TicketService::bindListener()
{
    // Commits off the listener's thread, which parses and verifies the next batch meanwhile.
    // Without a connection of its own the writer commits in this thread: slower, as correct.
    // (A listener in a thread of its own has had its writer's since startListener().)
    if (!m_listenerThread && !m_receiver->hasWriterThread()) {
        if (const StoreError error = m_receiver->useWriterThread(m_config.databaseLocation()); !error.ok())
            qCWarning(lcService).noquote() << "webhook writer: no connection of its own:" << error.message;
    }
    // The new listener's TLS files and address are checked before a working listener is let go:
    // one it cannot have (unreadable files, a port another program holds) leaves the working one
    // as it is, its port, path and TLS, saying why, rather than Ripio's webhooks unanswered.
#if QT_CONFIG(ssl)
    QSslConfiguration ssl;
#endif
    QString problem;
    const bool wantTls = !m_config.tlsCertificate.isEmpty() || !m_config.tlsKey.isEmpty();
#if QT_CONFIG(ssl)
    // Before the files are read: a pair replaced while they are read is looked at again later.
    const QString tlsStamp = wantTls ? tlsFilesStamp() : QString();
#endif
    if (wantTls) {
#if QT_CONFIG(ssl)
        problem = tlsConfiguration(&ssl);
#else
        problem = tr("This build has no TLS support.");
#endif
    }
    const bool listening = isListening();
    if (problem.isEmpty() && listening && m_config.port != 0 &&
        (m_boundAddress != m_config.address || m_boundPort != m_config.port)) {
        QTcpServer probe;
        if (!probe.listen(m_config.address, m_config.port))
            problem = listenError(probe.errorString(), probe.serverError());
    }
    if (!problem.isEmpty()) {
        if (listening) {
            // A full stop between the two sentences, unless the first has its own.
            if (!problem.endsWith(QLatin1Char('.')))
                problem += QLatin1Char('.');
            problem += QLatin1Char(' ') + tr("Still listening on %1 meanwhile.").arg(m_listener.address);
            qCWarning(lcService).noquote() << problem;
#if QT_CONFIG(ssl)
            // The settings now name files the listener does not use: not watched for a renewal
            // (one would be taken up by the old listener, against what is said above).
            if (m_tlsWatch)
                m_tlsWatch->stop();
#endif
        } else {
            m_listener = ListenerState{};
            m_listener.signatureRequired = m_config.requireSignature;
            m_listener.lastEventAt = m_receiver->lastEventAt();
        }
        m_listener.error = problem;
        Q_EMIT listenerStateChanged(m_listener);
        return;
    }
    struct Bound
    {
        quint16 port = 0; // 0: it could not listen
        QString error;
        QAbstractSocket::SocketError serverError = QAbstractSocket::UnknownSocketError;
    };
    const Bound bound = onListener([&] {
        m_server->close();
        m_server->setLimits(m_config.httpLimits);
        m_server->setRoutes(
            {HttpRoute{m_config.webhookPath, {QByteArrayLiteral("POST")}},
             HttpRoute{QByteArrayLiteral("/healthz"), {QByteArrayLiteral("GET"), QByteArrayLiteral("HEAD")}}});
#if QT_CONFIG(ssl)
        // Without TLS files, a configuration with no certificate: plain HTTP.
        m_server->setSslConfiguration(ssl);
#endif
        Bound b;
        if (m_server->listen(m_config.address, m_config.port))
            b.port = m_server->serverPort();
        else
            b = Bound{0, m_server->errorString(), m_server->serverError()};
        return b;
    });
    m_listener = ListenerState{};
    m_listener.signatureRequired = m_config.requireSignature;
    m_listener.lastEventAt = m_receiver->lastEventAt();
    // Said by the receiver when its level changes only: kept across a new listener.
    m_listener.diskProblem = onListener([this] { return m_receiver->diskProblem(); });
#if QT_CONFIG(ssl)
    m_listener.tls = wantTls;
#endif

    if (bound.port == 0) {
        m_boundPort = 0;
        m_listener.error = listenError(bound.error, bound.serverError);
        // Debug: serve says it as its error, the desktop in its status bar (said here too, twice).
        qCDebug(lcService).noquote() << m_listener.error;
    } else {
        m_boundAddress = m_config.address;
        m_boundPort = bound.port;
        m_listener.listening = true;
        m_listener.address = m_config.address.toString() + QLatin1Char(':') + QString::number(bound.port);
        m_listener.url = m_config.listenerUrl(bound.port);
        // Debug: serve says it once for the scripts that wait for it; the desktop shows it.
        qCDebug(lcService).noquote() << "listening for webhooks on" << m_listener.url
                                     << (m_config.requireSignature ? "" : "WITHOUT signature checks");
    }
#if QT_CONFIG(ssl)
    // A certificate renewed in place (certbot, an ACME client) is taken up without a restart.
    if (m_listener.listening && wantTls) {
        m_tlsStamp = tlsStamp;
        m_tlsProblemSaid.clear();
        if (!m_tlsWatch) {
            m_tlsWatch = new QTimer(this);
            connect(m_tlsWatch, &QTimer::timeout, this, &TicketService::reloadTlsIfChanged);
        }
        m_tlsWatch->start(m_tlsCheckMs);
    } else if (m_tlsWatch) {
        m_tlsWatch->stop();
    }
#endif
    Q_EMIT listenerStateChanged(m_listener);
}

#if QT_CONFIG(ssl)
QString TicketService::tlsFilesStamp() const
{
    // The metadata change time, which no copy can set back (cp -p, rsync -t, tar keep the
    // modification time), with the modification time and size.
    QString stamp;
    for (const QString &file : {m_config.tlsCertificate, m_config.tlsKey}) {
        const QFileInfo fi(file);
        stamp += QString::number(fi.size()) + QLatin1Char('@') +
                 QString::number(fi.lastModified().toMSecsSinceEpoch()) + QLatin1Char('/') +
                 QString::number(fi.metadataChangeTime().toMSecsSinceEpoch()) + QLatin1Char(';');
    }
    return stamp;
}

void TicketService::refuseTlsRenewal(const QString &problem)
{
    if (problem == m_tlsProblemSaid)
        return;
    m_tlsProblemSaid = problem;
    // In the log, and where the desktop shows the listener's state (its status bar).
    if (!problem.isEmpty())
        qCWarning(lcService).noquote() << "the TLS files changed, but the certificate in use is kept:" << problem;
    m_listener.error = problem.isEmpty()
                           ? QString()
                           : tr("The TLS files changed, but the certificate in use is kept: %1").arg(problem);
    Q_EMIT listenerStateChanged(m_listener);
}

void TicketService::reloadTlsIfChanged()
{
    const QString stamp = tlsFilesStamp();
    if (stamp == m_tlsStamp || !m_server || !isListening()) {
        if (stamp == m_tlsStamp && !m_tlsProblemSaid.isEmpty()) // put back as they were
            refuseTlsRenewal(QString());
        return;
    }
    QSslConfiguration ssl;
    QString problem = tlsConfiguration(&ssl);
    const QDateTime now = m_clock.now();
    if (problem.isEmpty() &&
        (ssl.localCertificate().effectiveDate() > now || ssl.localCertificate().expiryDate() < now))
        problem = tr("The TLS certificate %1 is valid from %2 to %3, not now.")
                      .arg(m_config.tlsCertificate, ssl.localCertificate().effectiveDate().toString(Qt::ISODate),
                           ssl.localCertificate().expiryDate().toString(Qt::ISODate));
    if (!problem.isEmpty()) {
        // Not recorded as seen: looked at again at the next check (the key may follow the
        // certificate by a moment), said once for as long as the problem stays the same.
        refuseTlsRenewal(problem);
        return;
    }
    m_tlsStamp = stamp;
    refuseTlsRenewal(QString());
    onListener([this, &ssl] { m_server->setSslConfiguration(ssl); });
    qCInfo(lcService).noquote() << "TLS certificate" << m_config.tlsCertificate
                                << "taken up for new connections; valid until"
                                << ssl.localCertificate().expiryDate().toString(Qt::ISODate);
}
#endif

void TicketService::applyConfig(const EngineConfig &config)
{
    if (!m_started) {
        m_config = config;
        return;
    }
    const EngineConfig old = std::exchange(m_config, config);
    m_config.dbPath = old.dbPath; // the database is chosen at start only
    m_config.dbPassword = old.dbPassword;
    m_config.dataDir = old.dataDir;
    if (m_viewer) {
        // Still a viewer: the peer keeps the port, the sending and the reconciling.
        m_config.listen = false;
        m_config.runOutbox = false;
        m_config.runReconciler = false;
        m_config.followChanges = true;
    }
    configureReceiver();

    const bool credentialsChanged = old.client.baseUrl != config.client.baseUrl ||
                                    old.client.clientId != config.client.clientId ||
                                    old.client.clientSecret != config.client.clientSecret;
    m_client->setSettings(config.client);
    m_reconciler->setThresholdSeconds(config.reconcileAfterSeconds);
    m_reconciler->setMaxConcurrent(config.maxConcurrentChecks);
    m_outbox->setLeaseMs(qint64(config.claimLeaseSeconds) * 1000);
    // Changed limits take effect now (tighter ones delete at once), not at the next
    // round, up to ten minutes on.
    if (m_pruner &&
        (old.deliveryRetentionDays != config.deliveryRetentionDays || old.maxDeliveries != config.maxDeliveries)) {
        m_pruner->setLimits(config.deliveryRetentionDays, config.maxDeliveries);
        m_pruner->runRound();
    }
    if (credentialsChanged) {
        m_api = ApiState{};
        if (config.client.clientId.isEmpty() || config.client.clientSecret.isEmpty()) {
            m_api.kind = ApiState::Kind::NotConfigured;
            m_api.message = tr("No Ripio client ID or client secret is set: tickets stay queued until they are.");
        }
        updateApiState();
        m_outbox->resume();
    }
    if (m_viewer)
        return;

    const bool rebind = old.listen != config.listen || old.address != config.address || old.port != config.port ||
                        old.webhookPath != config.webhookPath || old.tlsCertificate != config.tlsCertificate ||
                        old.tlsKey != config.tlsKey || old.requireSignature != config.requireSignature;
    // A listener kept on its old address after a failed move tries the new one again.
    if (rebind || !isListening() || !m_listener.error.isEmpty() ||
        old.httpLimits.maxConnections != config.httpLimits.maxConnections) {
        if (config.listen) {
            if (!m_listenerThread && !old.listen && m_receiver->counters().received == 0) {
                // Listening from now on, in a thread of its own (see startListener()), made anew:
                // the receiver made for a process that did not listen has received nothing.
                delete std::exchange(m_receiver, nullptr);
                delete std::exchange(m_server, nullptr);
                makeReceiver(true);
                configureReceiver();
            }
            bindListener();
        } else {
            onListener([this] { m_server->close(); });
            m_boundPort = 0;
            m_listener = ListenerState{};
            Q_EMIT listenerStateChanged(m_listener);
        }
    } else {
        onListener([this, &config] { m_server->setLimits(config.httpLimits); });
    }
}

QList<FieldError> TicketService::prepareNew(NewTicket &ticket) const
{
    // Spaces at either end are never meant (a pasted cell, a quoted argument), and a CSV list
    // trims them: one spelling whichever way a ticket is made, so an export imports as it was.
    ticket.customerId = ticket.customerId.trimmed();
    ticket.summary = ticket.summary.trimmed();
    ticket.description = ticket.description.trimmed();
    ticket.reference = ticket.reference.trimmed();
    CreateTicketRequest request;
    request.customerId = ticket.customerId;
    request.summary = ticket.summary;
    request.description = ticket.description;
    for (const QString &path : std::as_const(ticket.attachmentPaths))
        request.attachments.append(AttachmentFile{path, QFileInfo(path).fileName(), QString(), QFileInfo(path).size()});
    QList<FieldError> errors = checkNewTicket(request, m_config.client.limits);
    if (const QString problem = referenceProblem(ticket.reference); !problem.isEmpty())
        errors.append(FieldError{QStringLiteral("reference"), problem});
    // On a team database the network can fail between the write and its answer:
    // a key of our own makes writing it again harmless.
    if (errors.isEmpty() && ticket.clientKey.isEmpty() && (m_startRetry || m_store->isPostgres()))
        ticket.clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return errors;
}

void TicketService::createTicket(const NewTicket &nt, quint64 requestTag)
{
    if (m_startRetry) {
        // Started while the team database was away: nothing typed is lost meanwhile.
        NewTicket ticket = nt;
        if (const QList<FieldError> errors = prepareNew(ticket); !errors.isEmpty())
            Q_EMIT createFinished(requestTag, 0, errors, QString());
        else
            spoolTicket(ticket, requestTag, m_database.message);
        return;
    }
    if (!m_store) {
        Q_EMIT createFinished(requestTag, 0, {}, tr("The ticket database is not open."));
        return;
    }
    NewTicket ticket = nt;
    const QList<FieldError> errors = prepareNew(ticket);
    if (!errors.isEmpty()) {
        Q_EMIT createFinished(requestTag, 0, errors, QString());
        return;
    }
    StoreError error;
    const qint64 id = queueTicket(ticket, &error);
    if (id > 0) {
        Q_EMIT createFinished(requestTag, id, {}, QString());
        if (m_config.runOutbox)
            m_outbox->kick();
        return;
    }
    if (m_spoolRetry && error.kind == StoreError::Kind::Unreachable) {
        // A team desktop loses nothing typed: keep it here until the team database
        // answers. (The command line says it failed instead: its caller decides.)
        spoolTicket(ticket, requestTag, error.message);
        return;
    }
    Q_EMIT createFinished(requestTag, 0, {}, tr("The ticket could not be saved: %1").arg(error.message));
}

void TicketService::spoolTicket(const NewTicket &ticket, quint64 requestTag, const QString &why)
{
    const OfflineSpool spool(m_config.dataDir, m_config.dbPath);
    QString spoolError;
    // A team database away, or a file that cannot be written yet (a full disk, a lock): each in
    // its own words.
    const bool team = m_config.databaseLocation().isPostgres();
    if (!spool.keep(ticket, m_clock.now(), &spoolError)) {
        Q_EMIT createFinished(requestTag, 0, {},
                              (team ? tr("The team database cannot be reached (%1), and the ticket could not be kept "
                                         "on this computer either: %2")
                                    : tr("The database cannot be written yet (%1), and the ticket could not be kept "
                                         "elsewhere on this computer either: %2"))
                                  .arg(why, spoolError));
        return;
    }
    qCInfo(lcService).noquote() << (team ? "team database unreachable; ticket" : "database not writable; ticket")
                                << ticket.clientKey << "kept on this computer";
    updateSpoolState(QString());
    // What became of the ticket first: a status bar cuts the end of a long line.
    Q_EMIT createSpooled(requestTag, (team ? tr("The ticket is kept on this computer, and written to the team "
                                                "database as soon as it can be reached (%1).")
                                           : tr("The ticket is kept on this computer, and written to the database as "
                                                "soon as it can be written (%1)."))
                                         .arg(why));
}

qint64 TicketService::queueTicket(const NewTicket &nt, StoreError *error, const QDateTime &typedAt)
{
    QString copyError;
    const AttachmentStorage storage(*m_store, m_config.dataDir);
    Ticket t = queuedTicket(nt);
    t.createdAt = typedAt; // invalid: the store's now
    t.attachments = storage.store(nt.attachmentPaths, &copyError);
    if (!copyError.isEmpty()) {
        *error = StoreError::make(StoreError::Kind::Io, copyError);
        return 0;
    }
    const qint64 id = m_store->insertTicket(t);
    if (id <= 0) {
        *error = m_store->lastError();
        storage.discard(t.attachments); // never the operator's own files
        return 0;
    }
    emitChanged({t});
    return id;
}

void TicketService::createTickets(const QList<NewTicket> &tickets, quint64 requestTag)
{
    if (!m_store) {
        Q_EMIT ticketsCreated(requestTag, {}, tr("The ticket database is not open."));
        return;
    }
    QList<Ticket> queued;
    queued.reserve(tickets.size());
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        NewTicket ticket = tickets.at(i);
        QList<FieldError> errors = prepareNew(ticket);
        if (!ticket.attachmentPaths.isEmpty())
            errors.append(
                FieldError{QStringLiteral("attachments"), tr("Tickets created from a list carry no attachments.")});
        if (!errors.isEmpty()) {
            Q_EMIT ticketsCreated(requestTag, {},
                                  tr("Ticket %1 of the list is not valid (%2); none was saved.")
                                      .arg(i + 1)
                                      .arg(FieldError::joined(errors)));
            return;
        }
        queued.append(queuedTicket(ticket));
    }
    QList<qsizetype> alreadyOpen;
    if (!m_store->insertTickets(queued, m_clock.now().addDays(-TicketStore::duplicateWindowDays), &alreadyOpen)) {
        if (!alreadyOpen.isEmpty()) {
            QList<int> positions;
            for (const qsizetype i : std::as_const(alreadyOpen))
                positions << int(i + 1);
            qCInfo(lcService) << "a list of tickets refused: open already:" << alreadyOpen.size();
            Q_EMIT ticketsAlreadyOpen(requestTag, alreadyOpen);
            const QString which = BulkTicketPlan::listed(positions);
            Q_EMIT ticketsCreated(requestTag, {},
                                  positions.size() == 1
                                      ? tr("None was saved: ticket %1 of the list now duplicates an open ticket with "
                                           "the same customer and summary, saved since the list was read.")
                                            .arg(which)
                                      : tr("None was saved: tickets %1 of the list now duplicate open tickets with "
                                           "the same customer and summary, saved since the list was read.")
                                            .arg(which));
            return;
        }
        Q_EMIT ticketsCreated(requestTag, {},
                              tr("The tickets could not be saved (none was): %1").arg(m_store->lastError().message));
        return;
    }
    QList<qint64> ids;
    ids.reserve(queued.size());
    for (const Ticket &t : std::as_const(queued))
        ids.append(t.id);
    qCInfo(lcService) << "queued from a list in one transaction: tickets" << ids.size();
    emitChanged(queued);
    Q_EMIT ticketsCreated(requestTag, ids, QString());
    if (m_config.runOutbox)
        m_outbox->kick();
}

void TicketService::findSimilar(const QString &customerId, const QString &summary, quint64 requestTag)
{
    if (!m_store) {
        Q_EMIT similarFound(requestTag, {});
        return;
    }
    const QDateTime since = m_clock.now().addDays(-TicketStore::duplicateWindowDays);
    Q_EMIT similarFound(requestTag, m_store->similarOpenTickets(customerId, summary, since));
}

void TicketService::loadOpenTicketKeys(quint64 requestTag)
{
    if (!m_store) {
        Q_EMIT openTicketKeysLoaded(requestTag, {}, tr("The ticket database is not open."));
        return;
    }
    const QDateTime since = m_clock.now().addDays(-TicketStore::duplicateWindowDays);
    const std::optional<QSet<QString>> keys = m_store->openTicketKeys(since);
    Q_EMIT openTicketKeysLoaded(requestTag, keys.value_or(QSet<QString>()),
                                keys ? QString() : m_store->lastError().message);
}

void TicketService::flushSpool()
{
    if (!m_store)
        return;
    const OfflineSpool spool(m_config.dataDir, m_config.dbPath);
    QStringList problems;
    const QList<OfflineSpool::Entry> entries = spool.entries(&problems);
    QString problem = problems.join(QLatin1Char(' '));
    for (const OfflineSpool::Entry &e : entries) {
        StoreError error;
        // Created when it was typed, not when the database came back: its waiting time and its
        // place among the others are the operator's.
        const qint64 id = queueTicket(e.ticket, &error, e.savedAt);
        if (id <= 0) {
            // Unreachable again: the next attempt comes for all of them. Anything
            // else will not cure itself: say so, keep this one here, and go on
            // with the others rather than let one refused ticket hold them back.
            if (error.kind == StoreError::Kind::Unreachable)
                break;
            problem =
                m_store->isPostgres()
                    ? tr("A ticket kept on this computer could not be written to the team database: %1")
                          .arg(error.message)
                    : tr("A ticket kept on this computer could not be written to the database: %1").arg(error.message);
            continue;
        }
        qCInfo(lcService).noquote() << "ticket kept on this computer written to the database as" << id;
        spool.remove(e.ticket.clientKey);
        if (m_config.runOutbox)
            m_outbox->kick();
    }
    updateSpoolState(problem);
}

void TicketService::updateSpoolState(const QString &problem)
{
    const int count = OfflineSpool(m_config.dataDir, m_config.dbPath).count();
    if (count > 0 && m_spoolRetry && !m_spoolRetry->isActive())
        m_spoolRetry->start();
    else if (count == 0 && m_spoolRetry)
        m_spoolRetry->stop();
    if (count == m_database.spooled && problem == m_database.spoolProblem)
        return;
    m_database.spooled = count;
    m_database.spoolProblem = problem;
    Q_EMIT databaseStateChanged(m_database);
}

void TicketService::retryTickets(const QList<qint64> &ids)
{
    if (!m_store)
        return;
    const AttachmentStorage storage(*m_store, m_config.dataDir);
    for (qint64 id : ids) {
        const std::optional<Ticket> original = m_store->ticket(id);
        if (!original) {
            // Not found, or not read: a team database away is not a ticket that does not exist.
            const StoreError error = m_store->lastError();
            Q_EMIT retryFinished(id, 0,
                                 error.ok()
                                     ? tr("Ticket #%1 does not exist.").arg(id)
                                     : tr("the database could not be read, so nothing was sent: %1").arg(error.message),
                                 false);
            continue;
        }
        if (original->retriedAs != 0) {
            Q_EMIT retryFinished(id, original->retriedAs, QString(), true);
            continue;
        }
        if (!isRetryable(original->status)) {
            Q_EMIT retryFinished(id, 0,
                                 tr("Ticket #%1 is %2: only FAILED, REJECTED or UNCONFIRMED tickets can be retried.")
                                     .arg(id)
                                     .arg(statusToString(original->status)),
                                 false);
            continue;
        }
        QString copyError;
        const QList<Attachment> copies = storage.copy(original->attachments, &copyError);
        if (!copyError.isEmpty()) {
            Q_EMIT retryFinished(id, 0, copyError, false);
            continue;
        }
        const RetryResult r = m_store->createRetry(id, copies);
        if (!r.ok() || !r.retry) {
            storage.discard(copies);
            Q_EMIT retryFinished(id, 0, r.error.message, false);
            continue;
        }
        if (!r.created)
            storage.discard(copies);
        QList<Ticket> changed{*r.retry};
        if (r.original)
            changed.append(*r.original);
        emitChanged(changed);
        Q_EMIT retryFinished(id, r.retry->id, QString(), !r.created);
    }
    if (m_config.runOutbox)
        m_outbox->kick();
}

void TicketService::checkTicket(qint64 id)
{
    if (m_reconciler)
        m_reconciler->checkNow(id);
}

void TicketService::sendQueuedNow()
{
    if (m_outbox)
        m_outbox->resume();
}

void TicketService::loadTickets()
{
    m_loadAfter.reset();
    m_loading = true;
    qint64 total = 0;
    if (m_store) {
        for (qint64 n : m_store->countByStatus())
            total += n;
    }
    Q_EMIT ticketLoadStarted(total);
    loadMoreTickets();
}

void TicketService::loadMoreTickets()
{
    if (!m_loading)
        return;
    if (!m_store) {
        m_loading = false;
        Q_EMIT ticketsLoaded({}, true);
        return;
    }
    QList<Ticket> chunk;
    chunk.reserve(loadChunk);
    // The table shows no attachments (details load them): one query per chunk.
    TicketFilter filter;
    filter.withAttachments = false;
    filter.after = m_loadAfter;
    const bool ok = m_store->forEachTicket(
        filter,
        [&](const Ticket &t) {
            chunk.append(t);
            return true;
        },
        loadChunk);
    const bool last = !ok || chunk.size() < loadChunk;
    if (!chunk.isEmpty())
        m_loadAfter = TicketPosition{chunk.last().createdAt.toMSecsSinceEpoch(), chunk.last().id};
    m_loading = !last;
    Q_EMIT ticketsLoaded(chunk, last);
    if (!ok)
        Q_EMIT ticketLoadFailed(m_store->lastError().message);
}

void TicketService::loadDetails(qint64 id)
{
    if (!m_store)
        return;
    const std::optional<Ticket> t = m_store->ticket(id);
    if (!t) {
        if (!m_store->lastError().ok())
            Q_EMIT detailsFailed(id, m_store->lastError().message);
        return;
    }
    const QList<DeliveryRecord> deliveries =
        t->ticketId.isEmpty() ? QList<DeliveryRecord>() : m_store->deliveriesForTicket(t->ticketId);
    Q_EMIT detailsLoaded(*t, deliveries, m_store->events(id));
}

void TicketService::loadDeliveries(const DeliveryFilter &filter, int limit)
{
    if (!m_store)
        return;
    const QList<DeliveryRecord> loaded = m_store->deliveries(filter, limit);
    // Followed from the newest loaded on (the view is set from this list).
    if (filter.verdict.isEmpty() && filter.eventType.isEmpty() && filter.afterId == 0)
        noteToldDeliveries(idsOf(loaded.mid(0, followOverlap)));
    Q_EMIT deliveriesLoaded(loaded);
}

void TicketService::loadCustomers()
{
    if (!m_store)
        return;
    const QList<CustomerRecord> customers = m_store->customers();
    // A read that failed (the team database away) is no empty directory: sent, it turned every
    // customer's name in the table into its UUID, until a restart. Read again once it answers.
    if (!m_store->lastError().ok()) {
        m_customersUnread = true;
        qCWarning(lcService).noquote() << "the customer directory could not be read (again once the database"
                                       << "answers):" << m_store->lastError().message;
        Q_EMIT customersUnreadable(m_store->lastError().message);
        return;
    }
    m_customersUnread = false;
    Q_EMIT customersLoaded(customers);
}

void TicketService::importCustomers(const QList<CustomerRecord> &customers, quint64 requestTag)
{
    if (!m_store) {
        Q_EMIT customersImported(requestTag, tr("The ticket database is not open."));
        return;
    }
    if (!m_store->importCustomers(customers)) {
        Q_EMIT customersImported(
            requestTag,
            tr("The customer list could not be saved (nothing of it was): %1").arg(m_store->lastError().message));
        return;
    }
    Q_EMIT customersImported(requestTag, QString());
    loadCustomers();
}

void TicketService::loadTemplates()
{
    if (m_store)
        Q_EMIT templatesLoaded(m_store->templates());
}

void TicketService::saveTemplate(const TicketTemplate &ticketTemplate, const QDateTime &basedOn)
{
    if (!m_store)
        return;
    if (!m_store->saveTemplate(ticketTemplate, basedOn)) {
        const StoreError error = m_store->lastError();
        if (error.kind == StoreError::Kind::Stale) {
            loadTemplates(); // the teammate's version, for the operator to compare
            Q_EMIT templateFailed(tr("Your changes to the template %1 were not saved: %2 They are still in the "
                                     "form: save again to replace that version, or choose the template in the list "
                                     "to see it.")
                                      .arg(ticketTemplate.name.trimmed(), error.message));
            return;
        }
        Q_EMIT templateFailed(tr("The template %1 could not be saved: %2").arg(ticketTemplate.name, error.message));
        return;
    }
    loadTemplates();
}

void TicketService::renameTemplate(const QString &from, const QDateTime &fromVersion,
                                   const TicketTemplate &ticketTemplate)
{
    if (!m_store)
        return;
    if (!m_store->renameTemplate(from, fromVersion, ticketTemplate)) {
        const StoreError error = m_store->lastError();
        if (error.kind == StoreError::Kind::Stale) {
            loadTemplates();
            Q_EMIT templateFailed(tr("The template %1 was not renamed to %2: %3 Your changes are still in the form.")
                                      .arg(from, ticketTemplate.name.trimmed(), error.message));
            return;
        }
        Q_EMIT templateFailed(tr("The template %1 could not be renamed: %2").arg(from, error.message));
        return;
    }
    loadTemplates();
}

void TicketService::deleteTemplate(const QString &name, const QDateTime &basedOn)
{
    if (!m_store)
        return;
    if (!m_store->deleteTemplate(name, basedOn)) {
        const StoreError error = m_store->lastError();
        if (error.kind == StoreError::Kind::Stale) {
            loadTemplates();
            Q_EMIT templateFailed(tr("The template %1 was not deleted: %2 Look at it again before you delete it.")
                                      .arg(name, error.message));
            return;
        }
        Q_EMIT templateFailed(tr("The template %1 could not be deleted: %2").arg(name, error.message));
        return;
    }
    loadTemplates();
}

void TicketService::stop()
{
    if (m_startRetry)
        m_startRetry->stop();
    if (m_heartbeat) {
        m_heartbeat->stop();
        m_store->removeHeartbeat(m_outbox->claimant());
    }
    if (m_reconciler)
        m_reconciler->stop();
    if (m_pruner)
        m_pruner->stop();
    if (m_metricsServer)
        m_metricsServer->close();
    if (m_outbox) {
        m_outbox->withdrawUnsent();
        m_outbox->setEnabled(false);
    }
    // Stopped once the webhooks in flight are answered and the tickets already on their way to
    // Ripio have its answer (stopped before it, each would come back UNCONFIRMED, with a Retry
    // that may file it twice); at most the API's timeout plus 5 s later (an upload still going
    // then is left as before: UNCONFIRMED at the next start), never hung on a stuck peer.
    auto done = std::make_shared<bool>(false);
    auto waiting = std::make_shared<int>(0);
    // A process that never listened (`create`, a viewer) has nothing to answer or record, and
    // the receiver's last look at the disk said "webhooks are refused" on its way out.
    const bool listening = m_server && isListening();
    const bool received =
        m_receiver && (listening || onListener([this] { return m_receiver->counters().received; }) > 0);
    const auto finish = [this, done, received] {
        if (std::exchange(*done, true))
            return;
        if (received)
            onListener([this] { m_receiver->shutdown(); });
        Q_EMIT stopped();
    };
    const auto oneDone = [waiting, finish] {
        if (--*waiting == 0)
            finish();
    };
    int waitMs = 10000;
    if (m_outbox && m_outbox->sending() > 0) {
        ++*waiting;
        waitMs = std::max(waitMs, m_config.client.transferTimeoutMs + 5000);
        qCInfo(lcService).noquote() << "stopping: waiting for Ripio's answer to" << m_outbox->sending()
                                    << "ticket(s) being sent (at most" << waitMs / 1000 << "s)";
        connect(m_outbox, &Outbox::sendingDone, this, oneDone, Qt::SingleShotConnection);
    }
    if (listening) {
        ++*waiting;
        connect(m_server, &HttpServer::drained, this, oneDone, Qt::SingleShotConnection);
        onListener([this] { m_server->shutdown(); });
    }
    if (*waiting == 0) {
        finish();
        return;
    }
    QTimer::singleShot(waitMs, this, finish);
}

void TicketService::emitChanged(const QList<Ticket> &tickets)
{
    if (!tickets.isEmpty())
        Q_EMIT ticketsChanged(tickets);
}

void TicketService::updateApiState()
{
    Q_EMIT apiStateChanged(m_api);
}

} // namespace TicketDesk
