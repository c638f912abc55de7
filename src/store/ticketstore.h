// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/ticket.h"
#include "store/customerrecord.h"
#include "store/deliveryfilter.h"
#include "store/deliveryrecord.h"
#include "store/factinput.h"
#include "store/factoutcome.h"
#include "store/retryresult.h"
#include "store/storeerror.h"
#include "store/storeoptions.h"
#include "store/ticketevent.h"
#include "store/ticketfilter.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace TicketDesk {

// The durable record of tickets, webhook deliveries, customers and timelines, in
// SQLite through Qt SQL. Synchronous and value-based: the thread that opens it
// owns it (each instance has its own named connection, so several threads can
// each have a store on the same file). Every write is one transaction with
// synchronous=FULL: when a call returns success, the data survives a crash.
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
    StoreError open(const QString &path, const StoreOptions &options = {});
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Saves a new ticket: assigns id, createdAt (unless set) and updatedAt, stores
    // the attachment rows and notes the customer. Returns the id, 0 on failure.
    qint64 insertTicket(Ticket &ticket);
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

    // Applies the facts in order, in ONE transaction: all or nothing.
    QList<FactOutcome> applyFacts(const QList<FactInput> &inputs);

    // A delivery that carries no fact (bad signature, undecodable body, ...). Returns its id.
    qint64 recordDelivery(const DeliveryRecord &record);
    QList<DeliveryRecord> deliveries(const DeliveryFilter &filter = {}, int limit = -1, int offset = 0);
    QList<DeliveryRecord> deliveriesForTicket(const QString &ticketId);

    // Timeline entries not tied to a fact (e.g. "reconcile-check").
    bool recordEvent(qint64 ticketLocalId, const QString &kind, const QString &verdict, const QString &detail);
    QList<TicketEvent> events(qint64 ticketLocalId);

    bool markCustomerClosed(const QString &customerId, const QDateTime &at);
    QList<CustomerRecord> customers();

    // Creates the retry of `failedId` (status QUEUED, same customer, summary and
    // description, `attachments` as its attachment rows) and links both ways.
    // A second call returns the retry created by the first.
    RetryResult createRetry(qint64 failedId, const QList<Attachment> &attachments);

    int schemaVersion();
    QString integrityCheck(); // "ok" when healthy
    StoreError lastError() const { return m_lastError; }

private:
    Ticket readTicketRow(const QSqlQuery &query, bool withAttachments = true);
    QList<Attachment> loadAttachments(qint64 ticketLocalId);
    std::optional<Ticket> loadTicketWhere(const QString &column, const QVariant &value);
    void saveTicket(const Ticket &ticket);
    qint64 insertTicketRow(Ticket &ticket);
    void noteCustomer(const QString &customerId, const QString &summary, const QDateTime &at);
    qint64 insertDelivery(const DeliveryRecord &record);
    void insertEvent(qint64 ticketLocalId, const QDateTime &at, const QString &kind, const QString &verdict,
                     const QString &detail);
    FactOutcome applyOne(const FactInput &input);
    template<typename F>
    bool inWriteTransaction(F &&work);
    template<typename F>
    bool reading(F &&work);
    // The statement stays owned by the cache; valid until the same SQL runs again.
    QSqlQuery &exec(const QString &sql, const QVariantList &binds = {});
    StoreError failOpen(const StoreError &error);
    StoreError configureAndMigrate();

    const Clock &m_clock;
    QString m_connectionName;
    QString m_path;
    StoreOptions m_options;
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
