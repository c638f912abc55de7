// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "core/ticketstatus.h"
#include "core/tickettemplate.h"
#include "ripio/fielderror.h"
#include "service/engineconfig.h"
#include "service/metrics.h"
#include "service/newticket.h"
#include "service/servicestate.h"
#include "store/customerrecord.h"
#include "store/deliveryfilter.h"
#include "store/deliveryrecord.h"
#include "store/serverrecord.h"
#include "store/storeerror.h"
#include "store/ticketevent.h"
#include "store/ticketfilter.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QSslConfiguration;
class QThread;
class QTimer;

namespace TicketDesk {
class ChangeFeed;
}

namespace TicketDesk {

class Clock;
class DeliveryPruner;
class HttpServer;
class Outbox;
class Reconciler;
class RipioClient;
class StoreThread;
class TicketStore;
class WebhookReceiver;

// The engine: owns the store, the webhook listener, the Ripio client, the
// outbox, reconciliation and retry. The same object runs the desktop (in its own
// QThread, spoken to only through queued signals and slots) and `ticketdesk
// serve` (in the main thread). No widgets here.
//
// Commands come in as slots; everything that changes goes out as signals
// carrying values, so the GUI never touches the database or a socket.
class TicketService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketService)

public:
    explicit TicketService(const Clock &clock, QObject *parent = nullptr);
    ~TicketService() override;

    // Direct access for same-thread callers (command line, tests).
    TicketStore *store() const { return m_store.get(); }
    // Heartbeats count as fresh for this long (three missed beats).
    static constexpr int heartbeatFreshMs = 30 * 1000;
    // Of these heartbeats, the fresh ones of processes that send this
    // database's QUEUED tickets: `serve` and desktops. A viewer desktop writes
    // no heartbeat, and the command line's ("cli") is not one of them.
    static QList<ServerRecord> liveSenders(const QList<ServerRecord> &servers, const QDateTime &now);
    quint16 listenerPort() const;
    // The webhook listener runs in a thread of its own (a process that listens, whose writer has a
    // connection of its own); a process that does not listen opens neither.
    bool listenerHasOwnThread() const { return m_listenerThread != nullptr; }
    // How often the TLS files are looked at for a replacement (default 30 s).
    void setTlsCheckInterval(int ms) { m_tlsCheckMs = ms; }
    // The metrics listener's port (config.metrics); 0 when it does not listen.
    quint16 metricsPort() const;
    // What GET /metrics shows, now.
    MetricsSnapshot metricsSnapshot();
    const EngineConfig &config() const { return m_config; }
    // The last apiStateChanged() state.
    const ApiState &apiState() const { return m_api; }
    // Whether this process's outbox has begun sending ticket `id`'s request (a SUBMITTING ticket
    // whose request has not left goes back to QUEUED when the engine stops).
    bool requestLeft(qint64 id) const;
    // Whether this process holds Ripio's answer for ticket `id` unwritten (Outbox::answerUnrecorded()).
    bool answerUnrecorded(qint64 id, QString *ripioTicketId = nullptr) const;
    QString answerKeptFor(qint64 id) const;

public Q_SLOTS:
    // Opens the store and starts what the config enables. Emits started().
    void start(const TicketDesk::EngineConfig &config);
    // Applies a changed config without a restart (the listener rebinds when its
    // address, port, path or TLS changed).
    void applyConfig(const TicketDesk::EngineConfig &config);
    // Validates, copies attachments, saves the ticket as QUEUED, sends it.
    void createTicket(const TicketDesk::NewTicket &ticket, quint64 requestTag);
    // The bulk path (tickets from a CSV list): validates every ticket, then
    // saves them all as QUEUED in ONE transaction, or none; the outbox sends
    // them at the API's pace. They carry no attachments. ticketsCreated() tells
    // the new ids, in order, or why none was saved. A ticket that duplicates an
    // open one (TicketStore::openTicketKey(), saved since the list was planned:
    // by another desk, another run of the file) refuses the list, and
    // ticketsAlreadyOpen() comes first with the positions of those tickets.
    void createTickets(const QList<TicketDesk::NewTicket> &tickets, quint64 requestTag);
    // The double-escalation guard: tickets of this customer with the same
    // summary, open or CREATED, from the last TicketStore::duplicateWindowDays
    // days. Answers with similarFound().
    void findSimilar(const QString &customerId, const QString &summary, quint64 requestTag);
    // The same for a whole list at once (TicketStore::openTicketKey() of each
    // such ticket). Answers with openTicketKeysLoaded().
    void loadOpenTicketKeys(quint64 requestTag);
    // Creates the one retry of each ticket (FAILED, REJECTED, UNCONFIRMED).
    void retryTickets(const QList<qint64> &ids);
    // Asks Ripio about a PENDING ticket now.
    void checkTicket(qint64 id);
    // Sends the queue now, forgetting any backoff.
    void sendQueuedNow();
    // Starts listing every ticket, newest first: ticketLoadStarted() with the
    // count, then the first chunk through ticketsLoaded(). Each later chunk comes
    // when loadMoreTickets() asks for it, so a slow reader is never flooded and
    // the engine serves webhooks between chunks.
    void loadTickets();
    void loadMoreTickets();
    void loadDetails(qint64 id);
    void loadDeliveries(const TicketDesk::DeliveryFilter &filter, int limit);
    void loadCustomers();
    // Writes an imported customer list (all or nothing), answers with
    // customersImported() and then sends the new directory (customersLoaded()).
    void importCustomers(const QList<TicketDesk::CustomerRecord> &customers, quint64 requestTag);
    // The team's templates: templatesLoaded() after each load and each
    // successful change, templateFailed() when a change was refused. `basedOn`: the
    // updatedAt of the template as the operator saw it (see TicketStore::saveTemplate()); when a
    // teammate changed it meanwhile, nothing is written, and the templates are sent again
    // (templatesLoaded()) before templateFailed() says so.
    void loadTemplates();
    void saveTemplate(const TicketDesk::TicketTemplate &ticketTemplate, const QDateTime &basedOn);
    void deleteTemplate(const QString &name, const QDateTime &basedOn);
    void renameTemplate(const QString &from, const QDateTime &fromVersion,
                        const TicketDesk::TicketTemplate &ticketTemplate);
    // Stops accepting webhooks, answers what is in flight, then emits stopped().
    void stop();

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void ticketLoadStarted(qint64 total);
    void ticketsLoaded(const QList<TicketDesk::Ticket> &chunk, bool last);
    // The listing stopped early (a database error); what was sent is all there is.
    void ticketLoadFailed(const QString &error);
    void ticketsChanged(const QList<TicketDesk::Ticket> &tickets);
    void ticketsRemoved(const QList<qint64> &ids);
    void createFinished(quint64 requestTag, qint64 id, const QList<TicketDesk::FieldError> &errors,
                        const QString &error);
    // The team database could not be reached: the ticket of `requestTag` is kept
    // on this computer and written there when the connection returns.
    void createSpooled(quint64 requestTag, const QString &message);
    // alreadyRetried: the ticket had been retried before (from here or another desk): retryId is
    // that retry, and nothing new was made.
    void retryFinished(qint64 originalId, qint64 retryId, const QString &error, bool alreadyRetried);
    // loadDetails() could not read ticket `id` (the database could not be reached, say): why.
    void detailsFailed(qint64 id, const QString &message);
    void detailsLoaded(const TicketDesk::Ticket &ticket, const QList<TicketDesk::DeliveryRecord> &deliveries,
                       const QList<TicketDesk::TicketEvent> &events);
    void deliveriesLoaded(const QList<TicketDesk::DeliveryRecord> &deliveries);
    void deliveriesRecorded(const QList<TicketDesk::DeliveryRecord> &deliveries);
    void customersLoaded(const QList<TicketDesk::CustomerRecord> &customers);
    // The directory asked for could not be read (loaded again once the database answers): why.
    void customersUnreadable(const QString &why);
    // An empty error: every customer of the list was written.
    void customersImported(quint64 requestTag, const QString &error);
    void templatesLoaded(const QList<TicketDesk::TicketTemplate> &templates);
    void templateFailed(const QString &error);
    // `ids` run in the order of the list given to createTickets(); empty with an error when none was saved.
    void ticketsCreated(quint64 requestTag, const QList<qint64> &ids, const QString &error);
    // Before ticketsCreated() refuses a list: its tickets (0-based positions) that are open already.
    void ticketsAlreadyOpen(quint64 requestTag, const QList<qsizetype> &positions);
    void similarFound(quint64 requestTag, const QList<TicketDesk::Ticket> &tickets);
    // An empty error: `keys` are complete.
    void openTicketKeysLoaded(quint64 requestTag, const QSet<QString> &keys, const QString &error);
    void listenerStateChanged(const TicketDesk::ListenerState &state);
    // Once pruning starts, and after each round that finished.
    void retentionStateChanged(const TicketDesk::RetentionState &state);
    void apiStateChanged(const TicketDesk::ApiState &state);
    void databaseStateChanged(const TicketDesk::DatabaseState &state);
    void stopped();

private:
    void bindListener();
#if QT_CONFIG(ssl)
    // Reads and checks the TLS files into `ssl`; what is wrong with them, or nothing.
    QString tlsConfiguration(QSslConfiguration *ssl) const;
    // The TLS files replaced (a renewed certificate): taken up for new connections once the
    // pair is whole and valid; until then the one in use is kept, and why is said once.
    void reloadTlsIfChanged();
    // Says why a renewal is not taken up (log and listener state), once; empty: no longer.
    void refuseTlsRenewal(const QString &problem);
    // The TLS files' sizes and modification times, to notice a replacement.
    QString tlsFilesStamp() const;
#endif
    // "Cannot listen on ADDRESS:PORT: why", and what to do when the port is taken.
    QString listenError(const QString &why, QAbstractSocket::SocketError error) const;
    bool yieldToPeer();
    void configureReceiver();
    void configureReceiverHere(); // in the listener's thread
    void emitChanged(const QList<Ticket> &tickets);
    void updateApiState();

    const Clock &m_clock;
    EngineConfig m_config;
    std::unique_ptr<TicketStore> m_store;
    // The webhook listener: in a thread of its own when its writer has a connection of its own
    // (see startListener()), else in this one.
    HttpServer *m_server = nullptr;
    WebhookReceiver *m_receiver = nullptr;
    std::unique_ptr<QThread> m_listenerThread;
    std::unique_ptr<QObject> m_listenerContext; // in m_listenerThread: where work for it is posted
    // Makes the HTTP server and the webhook receiver, and connects the receiver's signals; in
    // a thread of their own (startListener()) when `ownThread`.
    void makeReceiver(bool ownThread);
    // Makes the listener; in its own thread unless its writer can have no connection of its own.
    void startListener();
    bool isListening() const; // m_server's, asked where it lives
    void stopListener();
    // Runs `work` where the listener lives, and returns its result once it ran.
    template<typename F>
    auto onListener(F &&work) const -> decltype(work());
    RipioClient *m_client = nullptr;
    Outbox *m_outbox = nullptr;
    Reconciler *m_reconciler = nullptr;
    ListenerState m_listener;
    // Where the listener listens (port 0: nowhere): bindListener() tries a new address before
    // it lets go of this one, so that Apply with a taken port leaves Ripio's webhooks answered.
    QHostAddress m_boundAddress;
    quint16 m_boundPort = 0;
    ApiState m_api;
    std::optional<TicketPosition> m_loadAfter; // where the next chunk of the listing starts
    bool m_loading = false;
    bool m_started = false;
    // Another TicketDesk on this database holds the listener port: this one
    // neither listens, sends nor reconciles (see yieldToPeer()).
    bool m_viewer = false;
    // Says in the database that this process is alive (db status, `create`,
    // desktops with no receiver in sight read it).
    void beat();
    QTimer *m_heartbeat = nullptr;
    QTimer *m_deliveryFollow = nullptr;
    qint64 m_lastDeliveryId = 0;   // the newest delivery the view has been told of
    QSet<qint64> m_toldDeliveries; // those of the last followOverlap ids it was told of
    void followChanges();
    void checkReceivers();
    // Tells the deliveries view of those the receivers recorded since it last looked.
    void followDeliveries();
    // Remembers deliveries the view was told of (or loaded), within the window looked back over.
    void noteToldDeliveries(const QList<qint64> &ids);
    ChangeFeed *m_feed = nullptr;
    QTimer *m_receiverCheck = nullptr;
    QTimer *m_tlsWatch = nullptr; // while listening with TLS
    int m_tlsCheckMs = 30 * 1000;
    QString m_tlsStamp;       // tlsFilesStamp() of the pair in use
    QString m_tlsProblemSaid; // why the replaced files are not taken up, as last logged
    DatabaseState m_database;
    bool m_customersUnread = false; // a customer directory asked for could not be read
    QDateTime m_startedAt;
    // Trims the customer id, checks the ticket as Ripio would and, on a team
    // database, gives it a client key. The problems found, if any.
    QList<FieldError> prepareNew(NewTicket &ticket) const;
    // Saves a validated ticket as QUEUED: its id, or 0 with `error` set. `typedAt`: when the
    // operator created it, if not now (a ticket kept on this computer meanwhile).
    qint64 queueTicket(const NewTicket &nt, StoreError *error, const QDateTime &typedAt = {});
    // Team database: writes the tickets kept on this computer while it was unreachable.
    void flushSpool();
    void updateSpoolState(const QString &problem);
    QTimer *m_spoolRetry = nullptr;
    // A team desktop started while its database could not be reached: it says so (the
    // database state), keeps what is typed on this computer, and tries start() again, every
    // 2 s and then less often (at most every 30 s), until the database answers.
    void awaitDatabase(const QString &why);
    // Keeps `ticket` (validated) on this computer while the team database is unreachable.
    void spoolTicket(const NewTicket &ticket, quint64 requestTag, const QString &why);
    QTimer *m_startRetry = nullptr;
    int m_startRetryMs = 0;
    // Retention: only where this process owns the writing (see startPruner()).
    void startPruner();
    RetentionState m_retention;
    DeliveryPruner *m_pruner = nullptr;
    // The pruner's own connection. Stopped (with the pruner's step in flight
    // finished) before the pruner, a child of this object, is destroyed.
    std::unique_ptr<StoreThread> m_pruneThread;
    // `serve --metrics`: false (with started() failed) when it cannot listen.
    bool startMetrics();
    HttpServer *m_metricsServer = nullptr;
};

} // namespace TicketDesk
