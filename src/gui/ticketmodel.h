// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "core/ticketstatus.h"
#include "gui/ticketrow.h"
#include "store/customerrecord.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <array>
#include <deque>
#include <vector>

namespace TicketDesk {

class Clock;

// Every ticket the desk knows, as a flat table for the main window. Built for a
// million rows: rows are compact TicketRow values whose strings live in one
// UTF-8 arena, and live updates are queued and applied in batches (at most
// every batchIntervalMs) with one beginInsertRows per burst of new rows and one
// dataChanged per contiguous run of changed rows.
//
// Feed it from TicketService: ticketsLoaded -> appendLoaded(), ticketsChanged ->
// enqueueChanged(), ticketsRemoved -> enqueueRemoved(). Sorting and filtering
// belong to TicketProxy, which reads rows directly through row()/text().
//
// The customer directory (setCustomerDirectory(), setCustomer()) gives the
// Customer column its names: each distinct customer id of the rows has one
// entry in a small customer table (TicketRow::customer) holding its UUID, name
// and email, so the UUID's text is kept once per customer rather than once per
// row, and a directory change touches that table, not a million rows. It then signals
// customerDirectoryChanged() and one dataChanged() over the Customer column
// alone; row changes always span every column.
class TicketModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketModel)

public:
    enum Column
    {
        StatusColumn,
        IssueKeyColumn,
        CustomerColumn,
        SummaryColumn,
        CreatedColumn,
        OutcomeColumn,
        WaitingColumn,
        TicketIdColumn,
        RetryColumn,
        OperatorColumn,   // who created it: the database role (team) or the OS user (solo)
        ReferenceColumn,  // the operator's own helpdesk reference (local only)
        CustomerIdColumn, // the customer's UUID (the Customer column shows the name when known)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw values: epoch ms, status ordinal, plain text
        IdRole,                      // local ticket id (qint64)
        StatusRole,                  // TicketStatus as int
        RetryableRole,               // true when the row offers a one-click retry
        StuckRole,                   // true for a PENDING row waiting past the threshold
        HighlightRole,               // true while the row is freshly changed
    };

    explicit TicketModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Loaded rows, applied at once (one insert). Rows already known (a live
    // change that overtook the load) are skipped: the live one is newer.
    void appendLoaded(const QList<TicketDesk::Ticket> &chunk);

    // The initial load as it streams in (TicketService::loadTickets): chunks are
    // queued as they arrive and applied a slice at a time, each slice within
    // loadStepBudgetMs, so the window stays responsive while a million rows
    // load. moreLoadWanted() asks for the next chunk while few rows wait;
    // loadFinished() comes once the last chunk is applied.
    void beginLoad(qint64 expectedRows);
    void queueLoaded(const QList<TicketDesk::Ticket> &chunk, bool last);
    bool isLoading() const { return m_loading; }
    static constexpr int loadStepBudgetMs = 8;
    // Live changes wait this long for more to join their batch: about 60 batches a second at most.
    static constexpr int batchIntervalMs = 16;
    // Live changes, coalesced until the next batch.
    void enqueueChanged(const QList<TicketDesk::Ticket> &tickets);
    void enqueueRemoved(const QList<qint64> &ids);
    // Applies what is queued now (the timer calls it; tests and benchmarks too).
    void applyPending();
    bool hasPending() const { return !m_pendingChanges.isEmpty() || !m_pendingRemovals.isEmpty(); }
    void clear();

    int rowForId(qint64 id) const { return m_rowOfId.value(id, -1); }
    const TicketRow &row(int row) const { return m_rows[size_t(row)]; }
    QString text(TextRef ref) const { return QString::fromUtf8(m_text.constData() + ref.offset, ref.length); }
    QByteArrayView bytes(TextRef ref) const { return QByteArrayView(m_text.constData() + ref.offset, ref.length); }

    // The directory of customers: names and emails for the Customer column,
    // the details and the search. Replaces what was there.
    void setCustomerDirectory(const QList<TicketDesk::CustomerRecord> &records);
    // One customer added or changed (an import, a closed account).
    void setCustomer(const TicketDesk::CustomerRecord &record);
    // What the directory knows of a customer id; only the id when nothing.
    CustomerRecord customer(const QString &customerId) const;
    // The customer table behind TicketRow::customer (for TicketProxy).
    int customerCount() const { return int(m_customers.size()); }
    TextRef customerIdAt(int entry) const { return m_customers[size_t(entry)].id; }
    TextRef customerNameAt(int entry) const { return m_customers[size_t(entry)].name; }
    TextRef customerEmailAt(int entry) const { return m_customers[size_t(entry)].email; }
    // The customer's UUID (as first seen: one spelling per customer).
    TextRef customerId(const TicketRow &row) const
    {
        return row.customer >= 0 ? m_customers[size_t(row.customer)].id : TextRef();
    }
    // What the Customer column shows and sorts by: the name when known, else the UUID.
    TextRef customerLabel(const TicketRow &row) const
    {
        if (row.customer >= 0 && m_customers[size_t(row.customer)].name.length)
            return m_customers[size_t(row.customer)].name;
        return customerId(row);
    }

    static QString statusLabel(TicketStatus status);
    static bool offersRetry(const TicketRow &row);
    // The ticket this one was filed twice with: it and its retry (or its original) both
    // registered at Ripio, so the customer's request is there twice. 0: none.
    qint64 filedTwiceWith(const TicketRow &row) const;
    // The SortRole value of a column that does not sort as text, as an integer.
    static qint64 sortKey(const TicketRow &row, int column);

    // PENDING rows waiting longer than this are "stuck" (the reconciliation threshold).
    void setStuckThresholdSeconds(int seconds);
    int stuckThresholdSeconds() const { return m_stuckSeconds; }
    bool isStuck(const TicketRow &row) const;
    // Ids of PENDING rows that crossed the threshold since the last call.
    QList<qint64> takeNewlyStuck();

    // A batch stops after about this long (checked every 256 changes); the rest
    // follows on the next pass of the event loop, so a burst of thousands of
    // outcomes never freezes it.
    void setBatchBudgetMs(int ms) { m_batchBudgetMs = ms; }
    void setHighlightMs(int ms) { m_highlightMs = ms; }
    qint64 textArenaBytes() const { return m_text.size(); }

    // Rows per status (TicketStatus as index), kept current as rows change.
    qint64 count(TicketStatus status) const { return m_counts[size_t(status)]; }

Q_SIGNALS:
    // Before a batch touches the rows (the view notes what to keep in sight).
    void aboutToApplyBatch();
    void countsChanged();
    // After a batch: which rows changed or arrived, and which of them newly FAILED.
    void batchApplied(const QList<qint64> &changedIds, const QList<qint64> &newlyFailedIds);
    // A batch made a ticket and its retry both registered: (original, retry), each pair once.
    void filedTwice(qint64 original, qint64 retry);
    // The directory changed: customer names, emails or both (see the class comment).
    void customerDirectoryChanged();
    void moreLoadWanted();
    void loadProgress(qint64 rows, qint64 expectedRows);
    void loadFinished();

private:
    TextRef store(const QString &value);
    TextRef restore(TextRef old, const QString &value);
    TicketRow makeRow(const Ticket &t);
    // The customer table entry of `id`, made on first sight (-1 for no id).
    qint32 customerEntry(const QString &id);
    // Points entry `entry` at the directory's name and email for it; true when they changed.
    bool applyDirectory(int entry);
    void emitCustomerColumnChanged();
    void updateRow(TicketRow &row, const Ticket &t);
    void appendRows(const QList<const Ticket *> &tickets);
    void reserveText(qsizetype moreRows);
    void applyLoadStep();
    void askForMoreIfLow();
    void expireHighlights();
    void emitRuns(QList<int> rows, const QList<int> &roles);
    QVariant display(const TicketRow &row, int column) const;
    QVariant sortValue(const TicketRow &row, int column) const;

    struct CustomerEntry
    {
        TextRef id;
        TextRef name;
        TextRef email;
    };

    const Clock &m_clock;
    std::vector<TicketRow> m_rows;
    std::vector<CustomerEntry> m_customers;
    QHash<QString, qint32> m_customerOf;        // customer id in lower case -> entry
    QHash<QString, CustomerRecord> m_directory; // customer id in lower case -> record
    QByteArray m_text;
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, Ticket> m_pendingChanges;
    QList<qint64> m_pendingOrder; // arrival order of new ids, so new rows keep it
    QSet<qint64> m_pendingRemovals;
    QSet<qint64> m_pendingIds; // rows in PENDING, for stuck detection without a full scan
    QSet<qint64> m_stuckNotified;
    QHash<qint64, qint64> m_highlightUntil; // id -> m_monotonic ms
    QElapsedTimer m_monotonic;
    QTimer m_batchTimer;
    int m_batchBudgetMs = 12;
    QTimer m_highlightTimer;
    // The streaming load.
    std::deque<QList<Ticket>> m_loadQueue;
    qsizetype m_loadOffset = 0; // rows of the front chunk already applied
    qsizetype m_queuedRows = 0;
    qint64 m_expectedRows = 0;
    int m_loadSlice = 1000; // rows per step, adapted to the budget
    bool m_loading = false;
    bool m_loadLast = false;      // the last chunk has arrived
    bool m_loadRequested = false; // a chunk was asked for and has not arrived
    bool m_textReserved = false;
    QSet<qint64> m_removedWhileLoading;
    QTimer m_loadTimer;
    int m_highlightMs = 1500;
    int m_stuckSeconds = 120;
    std::array<qint64, ticketStatusCount> m_counts{};
};

} // namespace TicketDesk
