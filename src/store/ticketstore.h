// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/ticket.h"
#include "core/tickettemplate.h"
#include "store/customerrecord.h"
#include "store/databaselocation.h"
#include "store/deliveryfilter.h"
#include "store/deliveryrecord.h"
#include "store/deliveryretention.h"
#include "store/factinput.h"
#include "store/factoutcome.h"
#include "store/insights.h"
#include "store/retryresult.h"
#include "store/serverrecord.h"
#include "store/sqldialect.h"
#include "store/storeerror.h"
#include "store/storeoptions.h"
#include "store/teamsetup.h"
#include "store/ticketevent.h"
#include "store/ticketfilter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace TicketDesk {

// The durable record of tickets, webhook deliveries, customers and timelines, in
// SQLite (one desk) or PostgreSQL (a team) through Qt SQL; the few differences
// live in SqlDialect. Synchronous and value-based: the thread that opens it owns
// it (each instance has its own named connection, so several threads can each
// have a store on the same database). Every write is one transaction, durable
// when the call returns success (SQLite: synchronous=FULL).
//
// Every write that changes tickets takes the next number of the change feed
// under the counter's row lock, so change numbers commit in order; a reader
// follows with changesSince() and never skips one. On PostgreSQL the commit
// also sends one NOTIFY on channel `ticketdesk_changes` (a hint: the payload is
// the number, never data).
//
// Ticket state changes only through applyFact() (core/lifecycle.h): the store
// loads the row, asks the lifecycle, and saves the answer.
//
// Failed calls return an empty/false/0 result and leave the reason in lastError().
class TicketStore final
{
public:
    explicit TicketStore(const Clock &clock);
    ~TicketStore();
    Q_DISABLE_COPY_MOVE(TicketStore)

    // Opens (creating it and its folder if needed) and migrates the database.
    // `location` is a file path or a PostgreSQL URL (see DatabaseLocation).
    StoreError open(const QString &location, const StoreOptions &options = {});
    StoreError open(const DatabaseLocation &location, const StoreOptions &options = {});
    void close();
    bool isOpen() const;
    // A SQLite file's pages and indexes checked (PRAGMA quick_check: about 60 ms for 50 MB;
    // StoreOptions::checkIntegrity has open() do it before it migrates anything):
    // Kind::Corrupt, with SQLite's first finding and what to do, when it is damaged. A file
    // damaged in the middle opens and reads as new up to the damaged pages; a process that
    // receives and acknowledges must not start on it. Nothing to check on PostgreSQL.
    StoreError checkIntegrity();
    // Why the database cannot be reached, from the last statement or reconnection that failed for
    // it (a team database gone); empty once a reconnection succeeds, and on a SQLite file.
    QString unreachableReason() const { return m_reconnect ? m_unreachableReason : QString(); }
    // The file path, or the URL without its password.
    QString path() const { return m_path; }
    // For people: the file path, or user@host:port/db.
    QString displayName() const { return m_where; }
    bool isPostgres() const { return m_dialect.isPostgres(); }

    // Saves a new ticket: assigns id, createdAt (unless set) and updatedAt, stores
    // the attachment rows and notes the customer. Returns the id, 0 on failure.
    qint64 insertTicket(Ticket &ticket);
    // Saves several new tickets, each QUEUED, in ONE transaction (all or
    // nothing): ids, times and change numbers as insertTicket() gives them, the
    // customers noted, a client key already written answered by its row. Meant
    // for the bulk path, whose tickets carry no attachments. On failure the
    // list is left as it was.
    //
    // With `openSince` valid, a new ticket whose openTicketKey() is an open
    // ticket's made since then refuses the whole list: its index goes to
    // `alreadyOpen`, nothing is written, and the call returns false with a
    // Constraint error. Asked inside the write transaction (on PostgreSQL,
    // under a lock that lists take in turn), so a list planned before another
    // desk saved the same rows is not filed twice. (A single ticket saved at the
    // same moment is not compared: the form asks the operator about duplicates.)
    bool insertTickets(QList<Ticket> &tickets, const QDateTime &openSince = {},
                       QList<qsizetype> *alreadyOpen = nullptr);
    std::optional<Ticket> ticket(qint64 id);
    std::optional<Ticket> ticketByTicketId(const QString &ticketId);
    QList<Ticket> tickets(const TicketFilter &filter = {}, int limit = -1, int offset = 0);
    // Streams matching tickets row by row, at most `limit` of them (-1: all);
    // `visit` returns false to stop early. Returns false on a database error.
    bool forEachTicket(const TicketFilter &filter, const std::function<bool(const Ticket &)> &visit, int limit = -1);
    // Every status is present, with 0 when no ticket has it.
    QMap<TicketStatus, qint64> countByStatus();
    // One status only: an index lookup, cheap enough to run after every send.
    qint64 countWithStatus(TicketStatus status);

    // Applies the facts in order, in ONE transaction: all or nothing. Record-only
    // inputs (FactInput::forDelivery) store their delivery and answer an Invalid
    // verdict with no ticket.
    QList<FactOutcome> applyFacts(const QList<FactInput> &inputs);

    // A delivery that carries no fact (bad signature, undecodable body, ...). Returns its id.
    qint64 recordDelivery(const DeliveryRecord &record);
    QList<DeliveryRecord> deliveries(const DeliveryFilter &filter = {}, int limit = -1, int offset = 0);
    // The ids of the newest deliveries recorded after `afterId`, newest first: what a follower
    // checks before it reads whole rows (a valid body can be a megabyte).
    QList<qint64> deliveryIdsAfter(qint64 afterId, int limit);
    // Newest first: those applied to the ticket with this ticketId here, and
    // those naming it that no ticket here took (refused, or before it was known).
    QList<DeliveryRecord> deliveriesForTicket(const QString &ticketId);

    // Retention: one short step of pruning the delivery log. Deletes at most
    // `maxRows` deliveries, oldest first: those received before `before`
    // (invalid: no age limit), then those beyond the newest `keepRows` (0: no
    // count limit). Tickets and their timelines are never touched. The count
    // limit's excess is counted before the write transaction, so the write
    // lock lasts only the deletes. nullopt on failure (lastError()).
    std::optional<DeliveryPruneStep> pruneDeliveries(const QDateTime &before, qint64 keepRows, int maxRows);
    // How many deliveries are kept and the oldest one's time; nullopt on failure.
    std::optional<DeliveryStats> deliveryStats();

    // Timeline entries not tied to a fact (e.g. "reconcile-check").
    bool recordEvent(qint64 ticketLocalId, const QString &kind, const QString &verdict, const QString &detail);
    QList<TicketEvent> events(qint64 ticketLocalId);

    // Marks the customer closed (noting it first if new). Like the notes every
    // ticket makes, it never touches the name, email or external reference.
    bool markCustomerClosed(const QString &customerId, const QDateTime &at);
    QList<CustomerRecord> customers();
    // Writes name, email and externalRef of each row (an imported customer
    // list) in ONE transaction, all or nothing: a known customer (its id in any
    // case) keeps its closed state, last summary and last seen time; an unknown
    // one is added. An empty customerId fails the whole import.
    bool importCustomers(const QList<CustomerRecord> &rows);

    // The team's templates, by name. saveTemplate() adds or replaces the one
    // of that name (trimmed; empty fails) and stamps it with the clock and the
    // operator (as Ticket::createdBy). deleteTemplate() fails with NotFound
    // when no template has that name.
    //
    // `basedOn` is the updatedAt of the template as the editor read it (invalid: the editor knew
    // no template of that name). When the stored one is no longer that version, a teammate saved,
    // added or deleted it meanwhile: nothing is written, and the call fails with Kind::Stale, so that
    // one operator's edit never silently replaces another's.
    QList<TicketTemplate> templates();
    bool saveTemplate(const TicketTemplate &ticketTemplate, const QDateTime &basedOn);
    bool deleteTemplate(const QString &name, const QDateTime &basedOn);
    // Renames the template `from` (as the editor read it: version `fromVersion`) to `to`'s name,
    // with `to`'s text, in one transaction: Kind::Stale, and nothing written, when `from` changed
    // or went meanwhile, or a template named as `to` exists.
    bool renameTemplate(const QString &from, const QDateTime &fromVersion, const TicketTemplate &to);

    // The double-escalation guard: tickets that are still open (or ended
    // CREATED) for the same customer and summary, created at or after `since`
    // (callers look back duplicateWindowDays). Customer id and summary compare
    // as openTicketKey() does. Oldest first.
    static constexpr int duplicateWindowDays = 7;
    QList<Ticket> similarOpenTickets(const QString &customerId, const QString &summary, const QDateTime &since);
    // The same condition for every customer at once, in one query: the
    // openTicketKey() of each such ticket (a bulk preview checks thousands of
    // rows against it). nullopt on a database error.
    std::optional<QSet<QString>> openTicketKeys(const QDateTime &since);
    // The same tickets, each as openRequestKey(): what a re-run of a CSV list finds already filed.
    std::optional<QSet<QString>> openTicketRequests(const QDateTime &since);
    // openTicketKey() with the description and the reference (each trimmed): the same request
    // made again, not merely the same subject. Without a description (nullopt): any description
    // (a row's made by a template, whose {date} differs on another day). openTicketRequests() holds
    // both keys of each ticket.
    static QString openRequestKey(const QString &customerId, const QString &summary,
                                  const std::optional<QString> &description, const QString &reference);
    // The one key that makes two tickets "the same escalation": the customer
    // id in lower case and the summary in one Unicode form (NFC), its runs of
    // spaces made one and its ends trimmed, case-folded; joined by a newline.
    static QString openTicketKey(const QString &customerId, const QString &summary);
    // The statuses the guard counts: QUEUED, SUBMITTING, PENDING, UNCONFIRMED and CREATED.
    static bool countsAsOpen(TicketStatus status);

    // Creates the retry of `failedId` (status QUEUED, same customer, summary and
    // description, `attachments` as its attachment rows) and links both ways.
    // A second call returns the retry created by the first.
    RetryResult createRetry(qint64 failedId, const QList<Attachment> &attachments);

    // The bytes of attachments kept in the database (a team database: see
    // Attachment::contentFrom), in chunks of at most attachmentChunkBytes
    // numbered from 0. On PostgreSQL, insertTicket() and createRetry() read each
    // new attachment (contentFrom 0) from its file (storedPath) one chunk at a
    // time, one row per chunk, in the ticket's transaction: a failure leaves
    // nothing. Readers fetch one chunk at a time: a file never sits whole in memory.
    static constexpr qint64 attachmentChunkBytes = 1024 * 1024;
    struct AttachmentContent
    {
        qint64 chunks = 0;
        qint64 size = 0; // bytes in all its chunks
    };
    // The chunks of attachment `contentId` (an Attachment's contentFrom).
    std::optional<AttachmentContent> attachmentContent(qint64 contentId);
    // Chunk `seq` of attachment `contentId`; nullopt when it does not exist (lastError() NotFound) or on failure.
    std::optional<QByteArray> attachmentChunk(qint64 contentId, qint64 seq);

    // The change feed. The number of the last committed change.
    qint64 lastChange();
    // Tickets changed after `cursor` (oldest change first, at most `limit`), the
    // ids of tickets removed after it (folded into another row), and the cursor
    // to ask from next time. Nothing committed is ever skipped.
    struct Changes
    {
        QList<Ticket> tickets;
        QList<qint64> removed;
        qint64 cursor = 0;
        bool complete = true; // false: more changes wait beyond `limit`
    };
    std::optional<Changes> changesSince(qint64 cursor, int limit = 1000);

    // Claims up to `limit` QUEUED tickets for sending (oldest first), in one
    // transaction: each becomes SUBMITTING, leased to `claimant` until now +
    // leaseMs. Rows another process is claiming are passed over (PostgreSQL:
    // FOR UPDATE SKIP LOCKED). Each records `apiBase`, the API it is sent to
    // (Ticket::apiBase). Returns the claimed tickets.
    QList<Ticket> claimQueued(const QString &claimant, qint64 leaseMs, int limit, const QString &apiBase = QString());
    // Extends the leases `claimant` holds on the given tickets.
    bool renewClaims(const QString &claimant, const QList<qint64> &ids, qint64 leaseMs);
    // SUBMITTING tickets whose lease ended (their sender died): each becomes
    // UNCONFIRMED with `reason`, never resent. Returns the changed tickets.
    // `startingAlone`: also, lease or not, those whose claimant has no fresh heartbeat
    // (claimHolderFreshMs). One process alone on the database, starting up, passes it: what it
    // was sending before it started it no longer is. A process starting beside it writes its
    // heartbeat before it claims anything (it had not when this one looked), so its claims stay,
    // whatever either one's lease.
    // `removed`: the rows of Ripio's events folded into them meanwhile (webhookTwinOf()).
    // `endedClaimants`: also the claims of these, processes known to have ended (see
    // processHasEnded() in the service layer), whatever their lease.
    QList<Ticket> expireClaims(const QString &reason, bool startingAlone = false, QList<qint64> *removed = nullptr,
                               const QStringList &endedClaimants = {});
    // Claims PENDING (or UNCONFIRMED) ticket `id` for `claimant`'s reconciliation
    // checks until `until`, so that of several processes only one asks Ripio about
    // it: true when nobody else holds an unexpired claim on it (the claimant's own
    // claim is moved to `until`); false when another does, or it is neither.
    // A claim counts only while its holder's heartbeat (servers.instance ==
    // claimant) is younger than claimHolderFreshMs: a stopped or killed holder's
    // tickets are taken over at once.
    bool claimCheck(const QString &claimant, qint64 id, const QDateTime &until);
    // On a team database: measures the server's clock against this store's and tells the clock
    // (Clock::follow(); an AlignedClock then keeps to the server's time). Done as each session
    // opens; a long-running process calls it now and then (a clock stepped meanwhile).
    StoreError followDatabaseClock();
    // The clock this store dates by (on a team database, kept to the server's time).
    const Clock &clock() const { return m_clock; }
    static constexpr qint64 claimHolderFreshMs = 30 * 1000;
    // SQLite: how large a write-ahead log is left once it starts again (PRAGMA journal_size_limit).
    static constexpr qint64 walSizeLimitBytes = 4 * 1024 * 1024;

    // The support lead's figures for a range of local days (store/insights.h),
    // computed with SQL aggregates in one read transaction. nullopt on a
    // database error, or with lastError() Other for an empty range or
    // one longer than InsightsQuery::maxDays.
    std::optional<Insights> insights(const InsightsQuery &query);
    // The tickets (row ids, ascending) that deliveries of `category` received in
    // [fromMs, untilMs) were applied to: what a delivery health bar stands for.
    // Deliveries tied to no ticket (a bad signature, another family) have none.
    std::optional<QList<qint64>> deliveredTickets(qint64 fromMs, qint64 untilMs, DeliveryFigures::Category category);

    // Heartbeats of running processes (servers, desktops), and who was seen.
    bool heartbeat(const ServerRecord &record);
    bool removeHeartbeat(const QString &instance);
    QList<ServerRecord> servers();

    // Team database (PostgreSQL) only: sets up the group roles, grants and
    // row-level security (see setUpTeamDatabase() in store/teamsetup.h) on the
    // migrated schema. Needs a role that may create roles and owns the tables.
    TeamSetupResult initTeamDatabase();
    // Which of the two group roles exist (PostgreSQL; empty on SQLite). Failure: lastError().
    QStringList teamRoles();
    // False for a session that may not update tickets (a team operator): it
    // inserts only new QUEUED tickets and leaves the retry link to the database.
    bool mayUpdateTickets() const { return !m_restricted; }
    // PostgreSQL: the role this session logged in as, quoted as SQL needs it; empty on SQLite.
    QString sessionRole() const { return m_sessionRole; }
    // SQLite: opened read-only with no writer's log beside it, as a file nothing changes
    // (StoreOptions::onlyReads on a file this process may not write): a copy of the moment,
    // whose later changes it would not see.
    bool isFrozenCopy() const { return m_frozen; }
    // SQLite: why the file at the path is no longer the one opened (deleted or replaced while
    // open); every write then fails with it. None on PostgreSQL.
    StoreError fileProblem() const;
    // Whether this connection can still store: on PostgreSQL one round trip (SELECT 1, on a
    // new session if the last one dropped), Unreachable when it fails; on SQLite fileProblem().
    // A receiver's /healthz asks it of the connection that commits its webhooks.
    StoreError probe();

    // SQLite: copies the write-ahead log into the database file (a passive
    // checkpoint, see StoreOptions::walAutoCheckpointPages). PostgreSQL: nothing.
    // SQLite syncs the database file only when the copy reaches the log's end;
    // `Flush` syncs what was copied in any case, so that whoever copies the
    // rest later (and must sync before the log can begin again) has little
    // left to wait for.
    enum class CheckpointSync
    {
        AtLogEnd,
        Flush
    };
    bool checkpoint(CheckpointSync sync = CheckpointSync::AtLogEnd);

    int schemaVersion();
    QString integrityCheck(); // "ok" when healthy
    StoreError lastError() const { return m_lastError; }

private:
    Ticket readTicketRow(const QSqlQuery &query, bool withAttachments = true);
    QList<Attachment> loadAttachments(qint64 ticketLocalId);
    // An attachment's stored_path as written and as read: a SQLite file's copies inside its own
    // folder are kept relative to it, so that the folder moved whole still finds them.
    QString attachmentPathToColumn(const QString &path) const;
    QString attachmentPathFromColumn(const QString &value) const;
    std::optional<Ticket> loadTicketWhere(const QString &column, const QVariant &value);
    // A ticket sent from here whose answer (and so its ticket ID) never came, and a row that
    // Ripio's events made for a ticket unknown here, are one ticket when nothing else could be:
    // the same customer and summary, and no other ticket of them waiting for its ID. Each gives
    // the other of the pair, if there is exactly one.
    std::optional<Ticket> unansweredTicketFor(const Fact &webhook);
    std::optional<Ticket> webhookTwinOf(const Ticket &unanswered);
    // Tickets sent from here, of this customer and summary, still waiting for their ID (UNCONFIRMED, or
    // SUBMITTING: its 202 may yet come), narrowed by `andWhere` and its `binds`; at most two, each
    // its id, status and created_at.
    QList<QVariantList> waitingForTheirId(const QString &customerId, const QString &summary, const QString &andWhere,
                                          const QVariantList &binds);
    // Rows that Ripio's events made (tickets unknown here) of this customer and summary since
    // `since`; at most two ids.
    QList<qint64> rowsOfRipiosEvents(const QString &customerId, const QString &summary, const QDateTime &since);
    void saveTicket(const Ticket &ticket);
    // `outcomeVia`: how the ticket's outcome arrived, when the row is made with it.
    qint64 insertTicketRow(Ticket &ticket, const QString &outcomeVia = QString());
    // Several rows in one statement (see inStatements() in the .cpp): ids in
    // the order given, attachments stored, customers noted.
    void insertTicketRows(const QList<Ticket *> &rows, const QString &outcomeVia = QString());
    // The tickets already written under the client keys of `tickets`, by key.
    QHash<QString, Ticket> ticketsWithClientKeys(const QList<Ticket> &tickets);
    void insertAttachment(qint64 ticketLocalId, Attachment &attachment);
    void writeChunks(qint64 attachmentId, const QString &path, qint64 expectedSize);
    // (customer id, summary) pairs seen at `at`; a summary of '' keeps the last one.
    void noteCustomers(const QList<std::pair<QString, QString>> &customers, const QDateTime &at);
    // insertTicket()'s work inside a transaction: the row, its timeline entry,
    // or the row already written under the same client key.
    void insertNewTicket(Ticket &ticket);
    // "The operator" in an INSERT: on PostgreSQL the session's role (a client
    // cannot forge it); on SQLite a value bound at the end of `binds`: `named`,
    // or else the OS user of this desk.
    QString operatorSql(QVariantList &binds, const QString &named = QString()) const;
    // Throws Kind::Stale, saying who changed, added or deleted the template `name` since `basedOn`.
    [[noreturn]] void refuseStaleTemplate(const QString &name, const QDateTime &basedOn);
    // True, with lastError() said, for an empty (trimmed) template name.
    bool refuseNamelessTemplate(const QString &name);
    // Adds the template `name` with `t`'s text, stamped with the clock and the operator, only where
    // no template has that name; whether it did. Inside a write transaction.
    bool insertTemplate(const QString &name, const TicketTemplate &t);
    qint64 insertDelivery(const DeliveryRecord &record);
    // Several in few statements; their ids in the order given.
    QList<qint64> insertDeliveries(const QList<const DeliveryRecord *> &records);
    // Runs a multi-row INSERT of `count` rows (on PostgreSQL with `RETURNING id[, x]`,
    // `returning` naming those columns): their ids, and each x on PostgreSQL, in
    // the order of the VALUES.
    QList<std::pair<qint64, QString>> insertRows(const QString &sql, const QString &returning,
                                                 const QVariantList &binds, qsizetype count);
    // Inside applyFacts() queued for flushAppends() (its id set on `out` then); else written now.
    void appendDelivery(const DeliveryRecord &record, FactOutcome &out);
    struct Appends;
    void flushAppends();
    void closeCustomer(const QString &customerId, const QDateTime &at);
    void insertEvent(qint64 ticketLocalId, const QDateTime &at, const QString &kind, const QString &verdict,
                     const QString &detail);
    FactOutcome applyOne(const FactInput &input);
    // PostgreSQL: giving a ticket's answer up (exclusive) and a webhook's search for such a ticket
    // (shared) take turns, so that each sees the other's rows; a transaction-long advisory lock.
    // SQLite has one writer at a time already.
    void lockLostAnswers(bool givingUp);
    // The open tickets' openTicketKey()s since `since`, in the running transaction.
    QSet<QString> openKeysSince(const QDateTime &since);
    template<typename F>
    bool inWriteTransaction(F &&work);
    template<typename F>
    bool reading(F &&work);
    // reading() inside one read transaction (SqlDialect::beginRead()): every statement sees one snapshot.
    template<typename F>
    bool inReadTransaction(F &&work);
    // The statement stays owned by the cache; valid until the same SQL runs again.
    QSqlQuery &exec(const QString &sql, const QVariantList &binds = {});
    // A statement that returns no rows, bound as exec() binds: on SQLite through
    // SqliteStatements (cheaper per value), its last insert id; on PostgreSQL exec(), 0.
    qint64 write(const QString &sql, const QVariantList &binds = {});
    // The first `limit` rows of a query on the webhook path, `columns` values each: on SQLite
    // through its own interface (as write()), elsewhere through exec().
    QList<QVariantList> selectRows(const QString &sql, const QVariantList &binds, int columns, int limit);
    StoreError failOpen(const StoreError &error);
    StoreError readOnlyError() const;
    // SQLite: a file this process may not write, opened to read (StoreOptions::onlyReads).
    StoreError openReadOnly();
    StoreError configureAndMigrate();
    StoreError migratePostgres();
    // PostgreSQL: a connection that dropped (a restart, a network cut) is
    // opened again before the next call; that call's statements are prepared
    // anew. The call that noticed the drop has failed with Unreachable.
    bool ensureConnected();
    // PostgreSQL: what every session of this store sets once connected (lock_timeout).
    StoreError configureSession();
    // Runs BEGIN (`sql`) into `query`; once more on a new session when the first one was found
    // closed by the server. False with m_lastError when it cannot begin.
    bool begin(std::optional<QSqlQuery> &query, const QString &sql);
    void noteFailure(const StoreError &error);
    StoreError readPrivileges();
    StoreError classify(const QSqlError &error) const;
    StoreError newerSchema(int version) const;
    // PostgreSQL: NewerSchema when the recorded schema version is beyond this build's.
    StoreError schemaNotNewer();
    // PostgreSQL: the recorded schema version through `q`, 0 when there is no schema table; false
    // when a statement failed (its error in `q`).
    static bool readPostgresVersion(QSqlQuery &q, int *version);
    // `denied` reading the schema version, or why: the session's role is in no team group.
    StoreError outsideTheTeam(const StoreError &denied);
    // The change number of the current write transaction, taken on first use.
    qint64 changeSeq();
    void insertTombstone(qint64 ticketLocalId);

    const Clock &m_clock;
    QString m_connectionName;
    QString m_path;
    QString m_where;
    std::optional<DatabaseLocation> m_location; // PostgreSQL: to connect again
    bool m_reconnect = false;
    QString m_unreachableReason; // while m_reconnect
    // Every use of a lost connection tries again (the outbox's, each second): one log line at
    // the first failure, then one a minute, each with the count so far.
    int m_failedReconnects = 0;
    // Reconnecting: after this many failures in a row, one attempt per pause at most.
    static constexpr int reconnectsBeforePause = 3;
    static constexpr qint64 reconnectPauseMs = 250;
    QElapsedTimer m_lastReconnect; // the last attempt's start
    StoreError m_reconnectError;   // the last failed attempt's reason
    QDateTime m_reconnectLoggedAt; // by m_clock; invalid while connected
    SqlDialect m_dialect;
    StoreOptions m_options;
    bool m_inWrite = false;
    // Set while applyFacts() runs a write that it runs again should it meet a race (a debug line then,
    // not a warning).
    bool m_racesRunAgain = false;
    bool m_frozen = false; // isFrozenCopy()
    struct FileId
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const FileId &) const = default;
    };
    static std::optional<FileId> fileIdentity(const QString &path);
    std::optional<FileId> m_fileId; // SQLite: the file opened
    Appends *m_appends = nullptr;   // while applyFacts() runs its batch
    // Learnt at open from the session's privileges (PostgreSQL); always false/true on SQLite.
    bool m_restricted = false;
    QString m_sessionRole;
    bool m_noteCustomers = true;
    qint64 m_txSeq = 0;
    StoreError m_lastError;
    void releaseStatements();
    // Counts nested reading/writing blocks; statements are released when the outermost ends.
    class StatementScope final
    {
    public:
        explicit StatementScope(TicketStore &store);
        ~StatementScope();
        Q_DISABLE_COPY_MOVE(StatementScope)

    private:
        TicketStore &m_store;
    };
    int m_depth = 0;
    // Prepared statements of this connection, by SQL text (defined in the .cpp: Qt SQL stays out of this header).
    class StatementCache;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace TicketDesk
