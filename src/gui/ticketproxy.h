// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"
#include "gui/ticketrow.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimer>

#include <optional>
#include <vector>

namespace TicketDesk {

class TicketModel;

// The tickets of one bar or point of a chart (the Insights tab): those created
// in [createdFromMs, createdUntilMs) (UTC ms; both 0: any time), by an operator
// (exact), for a customer (in any case), in a set of statuses, and optionally
// only those with both a submit and an outcome time, and, when ticketIds is
// set, only those tickets (a delivery bar's: the rows its deliveries were
// applied to, ascending ids). TicketProxy::setNarrowing()
// applies it on top of the status filter and the search.
struct TicketNarrowing
{
    qint64 createdFromMs = 0;
    qint64 createdUntilMs = 0;
    QString createdBy;  // empty: any operator
    QString customerId; // empty: any customer
    quint32 statusMask = (1u << ticketStatusCount) - 1;
    bool timedOnly = false;
    std::optional<QList<qint64>> ticketIds; // ascending
    QString description; // what the narrowing shows, for people: after "Showing only", so in lower case
    bool isActive() const
    {
        return createdUntilMs > createdFromMs || !createdBy.isEmpty() || !customerId.isEmpty() ||
               statusMask != (1u << ticketStatusCount) - 1 || timedOnly || ticketIds.has_value();
    }
    friend bool operator==(const TicketNarrowing &, const TicketNarrowing &) = default;
};

// Sorting and filtering of a TicketModel for the ticket table: by status (a set
// of shown statuses) and by free text over the customer (UUID, and name and
// email from the model's directory), summary, issue key, ticketId and the
// operator's own reference. The customer part is decided once per customer
// (m_customerMatches), not once per row. Built for a million rows: it keeps the source rows in sort order
// (m_order) and the visible subsequence of it (m_visible), so a filter change is
// one pass over compact rows without sorting, and a sort sorts precomputed
// integer keys. Live changes are repositioned by binary search once per model
// batch; the view gets dataChanged when nothing moved and one layoutChanged
// (persistent indexes kept) when something did. Setters do nothing when the
// value is unchanged. A narrowing (the tickets of a chart's bar) costs a few
// integer comparisons per row, and a byte comparison when it names an
// operator or a customer.
class TicketProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketProxy)

public:
    explicit TicketProxy(QObject *parent = nullptr);

    void setTicketModel(TicketModel *model);
    // Only a TicketModel (or nullptr) is accepted.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Bit i set = status i (TicketStatus as int) shown.
    void setStatusMask(quint32 mask);
    quint32 statusMask() const { return m_statusMask; }
    void setStatusShown(TicketStatus status, bool shown);
    static constexpr quint32 allStatuses = (1u << ticketStatusCount) - 1;

    void setText(const QString &text);

    // Narrows the rows further (TicketNarrowing); a default value ends it.
    void setNarrowing(const TicketNarrowing &narrowing);
    const TicketNarrowing &narrowing() const { return m_narrowing; }
    bool isNarrowed() const { return m_narrowed; }

    // The sort column asked for (-1: source order). While loading it may be held; see setLoading().
    int sortColumn() const { return m_loading ? m_heldColumn : m_sortColumn; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // While the model streams its rows in, newest first, a sort by anything but
    // the creation time would merge every step into a million rows: such a sort
    // is held (rows show newest first) and applied once loading ends.
    void setLoading(bool loading);
    // Room for this many rows in every per-row array (a load announces its count):
    // growing a million-entry array step by step copies it, each copy a stall.
    void reserve(qint64 rows);
    bool isSortHeld() const { return m_loading && (m_heldColumn != m_sortColumn || m_heldOrder != m_sortOrder); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    // mapToSource() for a whole row, without making indexes (a million-row pass).
    int sourceRow(int proxyRow) const { return m_visible[size_t(proxyRow)]; }
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool accepts(int sourceRow) const;
    bool matchesText(int sourceRow) const;
    bool matchesNarrowing(const TicketRow &row) const;
    bool contains(TextRef field) const;
    bool customerMatches(int entry) const;
    // Decides the customers' matches for the search text: all of them, or only those new since the last call.
    void refreshCustomerMatches(bool all);
    void sourceCustomersChanged();
    // Ascending order of the current sort column, ties by local id: a total order.
    bool lessThan(int a, int b) const;
    bool before(int a, int b) const { return m_sortOrder == Qt::AscendingOrder ? lessThan(a, b) : lessThan(b, a); }
    std::vector<int> sortedOrder() const;
    // Places `rows` (absent from `order`) at their sorted positions in `order`.
    void insertSorted(std::vector<int> &order, std::vector<int> rows) const;
    // Visible rows of `order`: `dirty` rows are tested, the others keep their visibility.
    std::vector<int> visibleOf(const std::vector<int> &order, const std::vector<char> &dirty) const;

    void rebuild();
    void refilter(bool narrowing);
    void commitLayout(std::vector<int> &&visible, std::vector<int> *order);
    void rebuildProxyRows(size_t from = 0);
    void emitRuns(std::vector<int> proxyRows, const QList<int> &roles);
    void flushDirty();

    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    bool insertAsBlock(int first, int last);

    TicketModel *m_model = nullptr;
    quint32 m_statusMask = allStatuses;
    QString m_text;
    QByteArray m_needle;              // TextFold::searchKey(m_text): matched on UTF-8 bytes without decoding
    mutable QByteArray m_foldScratch; // a non-ASCII field folded, reused from row to row
    TicketNarrowing m_narrowing;
    bool m_narrowed = false;
    QByteArray m_narrowOperator;         // m_narrowing.createdBy in UTF-8, compared on the arena's bytes
    QByteArray m_narrowCustomer;         // m_narrowing.customerId in UTF-8
    std::vector<char> m_customerMatches; // per customer table entry: 1 when its id, name or email matches
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loading = false;
    int m_heldColumn = -1;
    Qt::SortOrder m_heldOrder = Qt::AscendingOrder;

    std::vector<int> m_order;         // every source row, in sort order
    std::vector<int> m_visible;       // proxy row -> source row: the accepted subsequence of m_order
    std::vector<int> m_proxyRowOf;    // source row -> proxy row, -1 when filtered out
    std::vector<int> m_dirty;         // source rows whose sort key or filter fields may have changed
    std::vector<char> m_shownScratch; // refilter()'s buffers, kept between keystrokes
    std::vector<int> m_visibleScratch;
    QList<int> m_dirtyRoles;
    QTimer m_flushTimer;
};

} // namespace TicketDesk

Q_DECLARE_METATYPE(TicketDesk::TicketNarrowing)
