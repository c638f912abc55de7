// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ticketproxy.h"

#include "core/textfold.h"
#include "gui/rowsorter.h"
#include "gui/ticketmodel.h"

#include <algorithm>
#include <numeric>

namespace TicketDesk {

namespace {

// Runs of more than this many separate insertions or removals become one
// layoutChanged: each beginInsertRows/beginRemoveRows costs the view O(rows).
constexpr size_t maxStructuralRuns = 8;

bool isTextColumn(int column)
{
    switch (column) {
    case TicketModel::IssueKeyColumn:
    case TicketModel::CustomerColumn:
    case TicketModel::SummaryColumn:
    case TicketModel::TicketIdColumn:
    case TicketModel::OperatorColumn:
    case TicketModel::ReferenceColumn:
    case TicketModel::CustomerIdColumn:
        return true;
    default:
        return false;
    }
}

TextRef textOf(const TicketModel &model, const TicketRow &r, int column)
{
    switch (column) {
    case TicketModel::IssueKeyColumn:
        return r.issueKey;
    case TicketModel::CustomerColumn:
        return model.customerLabel(r);
    case TicketModel::SummaryColumn:
        return r.summary;
    case TicketModel::OperatorColumn:
        return r.createdBy;
    case TicketModel::ReferenceColumn:
        return r.reference;
    case TicketModel::CustomerIdColumn:
        return model.customerId(r);
    default:
        return r.ticketId;
    }
}

} // namespace

TicketProxy::TicketProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    // Repositions rows changed outside a model batch (a batch flushes at once).
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &TicketProxy::flushDirty);
}

void TicketProxy::setTicketModel(TicketModel *model)
{
    setSourceModel(model);
}

void TicketProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *model = qobject_cast<TicketModel *>(sourceModel);
    if (model == m_model)
        return;
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TicketProxy::sourceDataChanged);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &TicketProxy::sourceRowsAboutToBeRemoved);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TicketProxy::sourceRowsRemoved);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { flushDirty(); });
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TicketProxy::sourceRowsInserted);
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); });
        connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
            rebuild();
            endResetModel();
        });
        // The model's batch is complete: reposition its changed rows now, before
        // anyone (the view restoring its scroll position) maps rows again.
        connect(m_model, &TicketModel::batchApplied, this, &TicketProxy::flushDirty);
        connect(m_model, &TicketModel::customerDirectoryChanged, this, &TicketProxy::sourceCustomersChanged);
        connect(m_model, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_model = nullptr;
            rebuild();
            endResetModel();
        });
    }
    rebuild();
    endResetModel();
}

void TicketProxy::setStatusMask(quint32 mask)
{
    mask &= allStatuses;
    if (mask == m_statusMask)
        return;
    const bool narrowing = (mask & ~m_statusMask) == 0;
    m_statusMask = mask;
    refilter(narrowing);
}

void TicketProxy::setStatusShown(TicketStatus status, bool shown)
{
    const quint32 bit = 1u << int(status);
    setStatusMask(shown ? (m_statusMask | bit) : (m_statusMask & ~bit));
}

void TicketProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    const QByteArray oldNeedle = m_needle;
    m_text = t;
    m_needle = TextFold::searchKey(t);
    // Typing on narrows the matches: only the rows shown now need testing.
    const bool narrowing = m_needle.contains(oldNeedle);
    refreshCustomerMatches(true);
    refilter(narrowing);
}

void TicketProxy::setNarrowing(const TicketNarrowing &narrowing)
{
    if (narrowing == m_narrowing)
        return;
    m_narrowing = narrowing;
    m_narrowed = narrowing.isActive();
    m_narrowOperator = narrowing.createdBy.toUtf8();
    m_narrowCustomer = narrowing.customerId.trimmed().toUtf8();
    refilter(false);
}

bool TicketProxy::matchesNarrowing(const TicketRow &r) const
{
    const TicketNarrowing &n = m_narrowing;
    if (!(n.statusMask & (1u << int(r.status))))
        return false;
    if (n.createdUntilMs > n.createdFromMs && (r.createdMs < n.createdFromMs || r.createdMs >= n.createdUntilMs))
        return false;
    if (n.timedOnly && (r.submittedMs <= 0 || r.outcomeMs <= 0))
        return false;
    if (n.ticketIds && !std::binary_search(n.ticketIds->cbegin(), n.ticketIds->cend(), r.id))
        return false;
    if (!m_narrowOperator.isEmpty() && m_model->bytes(r.createdBy) != QByteArrayView(m_narrowOperator))
        return false;
    if (!m_narrowCustomer.isEmpty()) {
        if (r.customer < 0)
            return false;
        const QByteArrayView id = m_model->bytes(m_model->customerIdAt(r.customer));
        if (QByteArrayView(m_narrowCustomer).compare(id, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

bool TicketProxy::contains(TextRef field) const
{
    if (field.length == 0)
        return false;
    return TextFold::searchContains(m_model->bytes(field), m_needle, m_foldScratch);
}

bool TicketProxy::customerMatches(int entry) const
{
    if (entry < 0)
        return false;
    if (size_t(entry) < m_customerMatches.size())
        return m_customerMatches[size_t(entry)];
    // A customer first seen after the last refresh (its rows are being placed now).
    return contains(m_model->customerIdAt(entry)) || contains(m_model->customerNameAt(entry)) ||
           contains(m_model->customerEmailAt(entry));
}

void TicketProxy::refreshCustomerMatches(bool all)
{
    // Once per customer rather than once per row: the customer id, name and
    // email are tested here, and a row only looks its customer up.
    if (all || !m_model || m_text.isEmpty())
        m_customerMatches.clear();
    if (!m_model || m_text.isEmpty())
        return;
    const auto n = size_t(m_model->customerCount());
    m_customerMatches.reserve(n);
    for (size_t i = m_customerMatches.size(); i < n; ++i)
        m_customerMatches.push_back(customerMatches(int(i)) ? 1 : 0);
}

void TicketProxy::sourceCustomersChanged()
{
    // Names and emails changed: what matches the search may change, and the
    // Customer column's sort keys (names) may too. The rows themselves did not.
    flushDirty();
    refreshCustomerMatches(true);
    if (!m_model)
        return;
    if (m_sortColumn == TicketModel::CustomerColumn) {
        std::vector<int> order = sortedOrder();
        std::vector<int> visible;
        visible.reserve(m_visible.size());
        for (int r : order) {
            if (m_text.isEmpty() ? m_proxyRowOf[size_t(r)] >= 0 : accepts(r))
                visible.push_back(r);
        }
        commitLayout(std::move(visible), &order);
    } else if (!m_text.isEmpty()) {
        refilter(false);
    }
}

bool TicketProxy::matchesText(int sourceRow) const
{
    const TicketRow &r = m_model->row(sourceRow);
    return customerMatches(r.customer) || contains(r.summary) || contains(r.issueKey) || contains(r.ticketId) ||
           contains(r.reference);
}

bool TicketProxy::accepts(int sourceRow) const
{
    const TicketRow &r = m_model->row(sourceRow);
    if (!(m_statusMask & (1u << int(r.status))))
        return false;
    if (m_narrowed && !matchesNarrowing(r))
        return false;
    return m_text.isEmpty() || matchesText(sourceRow);
}

bool TicketProxy::lessThan(int a, int b) const
{
    const TicketRow &x = m_model->row(a);
    const TicketRow &y = m_model->row(b);
    if (isTextColumn(m_sortColumn)) {
        QByteArray foldedX;
        QByteArray foldedY;
        const int c =
            TextFold::compare(TextFold::sortBytes(m_model->bytes(textOf(*m_model, x, m_sortColumn)), foldedX),
                              TextFold::sortBytes(m_model->bytes(textOf(*m_model, y, m_sortColumn)), foldedY));
        if (c != 0)
            return c < 0;
    } else {
        const qint64 kx = TicketModel::sortKey(x, m_sortColumn);
        const qint64 ky = TicketModel::sortKey(y, m_sortColumn);
        if (kx != ky)
            return kx < ky;
    }
    // Ties fall back to the local id, so equal keys keep a stable, predictable order.
    return x.id < y.id;
}

std::vector<int> TicketProxy::sortedOrder() const
{
    const int n = m_model ? m_model->rowCount() : 0;
    std::vector<int> order;
    if (m_sortColumn < 0 || !m_model) {
        order.resize(size_t(n));
        std::iota(order.begin(), order.end(), 0);
        return order;
    }
    const TicketModel &model = *m_model;
    const int column = m_sortColumn;
    const bool text = isTextColumn(column);
    // A text's sort bytes (TextFold::sortBytes()): the text itself when it is ASCII, as most are;
    // folded once here for the others, which the sort reads word by word.
    std::vector<QByteArray> folded;
    std::vector<qint32> foldedAt;
    if (text) {
        foldedAt.assign(size_t(n), -1);
        QByteArray scratch;
        for (int r = 0; r < n; ++r) {
            const QByteArrayView own = model.bytes(textOf(model, model.row(r), column));
            const QByteArrayView bytes = TextFold::sortBytes(own, scratch);
            if (bytes.data() != own.data()) {
                foldedAt[size_t(r)] = qint32(folded.size());
                folded.push_back(scratch);
            }
        }
    }
    const auto sortBytesOf = [&](int r) -> QByteArrayView {
        const qint32 at = foldedAt[size_t(r)];
        return at >= 0 ? QByteArrayView(folded[size_t(at)]) : model.bytes(textOf(model, model.row(r), column));
    };
    order = RowSorter::sorted(
        n,
        [&](int r, qsizetype depth) {
            return text ? TextFold::prefixKey(sortBytesOf(r), depth)
                        : RowSorter::integerKey(TicketModel::sortKey(model.row(r), column));
        },
        [&](int r) { return text ? quint32(sortBytesOf(r).size()) : 0u; }, [&model](int r) { return model.row(r).id; });
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(order.begin(), order.end());
    return order;
}

void TicketProxy::insertSorted(std::vector<int> &order, std::vector<int> rows) const
{
    if (rows.empty())
        return;
    if (m_sortColumn < 0) {
        // Source order: merge by row number.
        std::sort(rows.begin(), rows.end());
        std::vector<int> merged(order.size() + rows.size());
        std::merge(order.begin(), order.end(), rows.begin(), rows.end(), merged.begin());
        order.swap(merged);
        return;
    }
    const auto cmp = [this](int a, int b) { return before(a, b); };
    std::sort(rows.begin(), rows.end(), cmp);
    // Binary search per new row (k log n comparisons), then one move of the rest.
    std::vector<size_t> at(rows.size());
    auto from = order.begin();
    for (size_t i = 0; i < rows.size(); ++i) {
        from = std::lower_bound(from, order.end(), rows[i], cmp);
        at[i] = size_t(from - order.begin());
    }
    std::vector<int> merged;
    merged.reserve(order.size() + rows.size());
    size_t next = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        merged.insert(merged.end(), order.begin() + qsizetype(next), order.begin() + qsizetype(at[i]));
        merged.push_back(rows[i]);
        next = at[i];
    }
    merged.insert(merged.end(), order.begin() + qsizetype(next), order.end());
    order.swap(merged);
}

std::vector<int> TicketProxy::visibleOf(const std::vector<int> &order, const std::vector<char> &dirty) const
{
    std::vector<int> visible;
    visible.reserve(m_visible.size() + 16);
    for (int r : order) {
        const bool shown = size_t(r) < dirty.size() && dirty[size_t(r)]
                               ? accepts(r)
                               : (size_t(r) < m_proxyRowOf.size() && m_proxyRowOf[size_t(r)] >= 0);
        if (shown)
            visible.push_back(r);
    }
    return visible;
}

void TicketProxy::rebuild()
{
    m_flushTimer.stop();
    m_dirty.clear();
    m_dirtyRoles.clear();
    refreshCustomerMatches(true);
    m_order = sortedOrder();
    m_visible.clear();
    if (m_model) {
        m_visible.reserve(m_order.size());
        for (int r : m_order) {
            if (accepts(r))
                m_visible.push_back(r);
        }
    }
    rebuildProxyRows();
}

void TicketProxy::rebuildProxyRows(size_t from)
{
    const size_t n = m_model ? size_t(m_model->rowCount()) : 0;
    // refilter()'s buffers grow with the rows, here: the pages they need are
    // touched a little at a time (during a load), not all on the first keystroke.
    if (m_shownScratch.size() < n)
        m_shownScratch.resize(n);
    if (m_visibleScratch.size() < n)
        m_visibleScratch.resize(n);
    if (from == 0 || m_proxyRowOf.size() != n) {
        m_proxyRowOf.assign(n, -1);
        from = 0;
    }
    for (size_t i = from; i < m_visible.size(); ++i)
        m_proxyRowOf[size_t(m_visible[i])] = int(i);
}

void TicketProxy::refilter(bool narrowing)
{
    if (!m_model)
        return;
    flushDirty();
    // Tested in source order, which is the order rows and their text lie in
    // memory: walking a million rows in sort order instead misses the cache
    // on nearly every row, several times slower.
    // The buffers are kept from one keystroke to the next: fresh megabytes
    // would cost a page fault per 4 KiB every time.
    const size_t n = m_proxyRowOf.size();
    std::vector<char> &shown = m_shownScratch;
    shown.assign(n, 0);
    for (size_t r = 0; r < n; ++r) {
        if (!narrowing || m_proxyRowOf[r] >= 0)
            shown[r] = accepts(int(r)) ? 1 : 0;
    }
    std::vector<int> &visible = m_visibleScratch;
    visible.clear();
    const std::vector<int> &candidates = narrowing ? m_visible : m_order;
    visible.reserve(candidates.size());
    for (int r : candidates) {
        if (shown[size_t(r)])
            visible.push_back(r);
    }
    if (visible != m_visible)
        commitLayout(std::move(visible), nullptr); // leaves the old rows' buffer in m_visibleScratch
}

void TicketProxy::commitLayout(std::vector<int> &&visible, std::vector<int> *order)
{
    const bool sameCount = visible.size() == m_visible.size();
    const QList<QPersistentModelIndex> parents;
    const auto hint = sameCount ? QAbstractItemModel::VerticalSortHint : QAbstractItemModel::NoLayoutChangeHint;
    Q_EMIT layoutAboutToBeChanged(parents, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(from.size()));
    for (const QModelIndex &p : from)
        sourceRows.push_back(p.row() >= 0 && size_t(p.row()) < m_visible.size() ? m_visible[size_t(p.row())] : -1);
    if (order)
        m_order.swap(*order);
    m_visible.swap(visible);
    rebuildProxyRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int s = sourceRows[size_t(i)];
        const int row = s >= 0 && size_t(s) < m_proxyRowOf.size() ? m_proxyRowOf[size_t(s)] : -1;
        to.append(row >= 0 ? createIndex(row, from[i].column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged(parents, hint);
}

void TicketProxy::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    if (loading) {
        m_heldColumn = m_sortColumn;
        m_heldOrder = m_sortOrder;
        m_loading = true;
        sort(m_heldColumn, m_heldOrder); // moves to the load order when that sort would be held
    } else {
        m_loading = false;
        sort(m_heldColumn, m_heldOrder);
    }
}

void TicketProxy::reserve(qint64 rows)
{
    const auto n = size_t(std::max<qint64>(0, rows));
    m_order.reserve(n);
    m_visible.reserve(n);
    m_proxyRowOf.reserve(n);
    m_shownScratch.reserve(n);
    m_visibleScratch.reserve(n);
}

void TicketProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= TicketModel::ColumnCount)
        column = -1;
    if (m_loading) {
        m_heldColumn = column;
        m_heldOrder = order;
        if (column != TicketModel::CreatedColumn && column != -1) {
            // Held: the rows keep the order they arrive in until loading ends.
            column = TicketModel::CreatedColumn;
            order = Qt::DescendingOrder;
        }
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    flushDirty();
    const bool reverseOnly = column == m_sortColumn && column >= 0;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_model)
        return;
    std::vector<int> newOrder;
    if (reverseOnly) {
        // Ties break by id in both directions, so descending is exactly ascending reversed.
        newOrder.assign(m_order.rbegin(), m_order.rend());
    } else {
        newOrder = sortedOrder();
    }
    std::vector<int> visible;
    visible.reserve(m_visible.size());
    for (int r : newOrder) {
        if (m_proxyRowOf[size_t(r)] >= 0)
            visible.push_back(r);
    }
    commitLayout(std::move(visible), &newOrder);
}

QModelIndex TicketProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_visible.size() ||
        column >= TicketModel::ColumnCount)
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex TicketProxy::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex TicketProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int TicketProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TicketProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : TicketModel::ColumnCount;
}

bool TicketProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty() && m_model;
}

QVariant TicketProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are never remapped; the base class would look them up through row 0,
    // which does not exist when nothing matches.
    if (m_model && orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

QModelIndex TicketProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || size_t(proxyIndex.row()) >= m_visible.size())
        return QModelIndex();
    return m_model->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TicketProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model ||
        size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return QModelIndex();
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

void TicketProxy::emitRuns(std::vector<int> proxyRows, const QList<int> &roles)
{
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    for (size_t i = 0; i < proxyRows.size();) {
        size_t j = i;
        while (j + 1 < proxyRows.size() && proxyRows[j + 1] == proxyRows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(proxyRows[i], 0), index(proxyRows[j], TicketModel::ColumnCount - 1), roles);
        i = j + 1;
    }
}

void TicketProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    if (topLeft.column() == TicketModel::CustomerColumn && bottomRight.column() == TicketModel::CustomerColumn) {
        // The directory's names: sourceCustomersChanged() has sorted and
        // filtered for them already; the view only repaints the column.
        if (!m_visible.empty())
            Q_EMIT dataChanged(index(0, TicketModel::CustomerColumn),
                               index(int(m_visible.size()) - 1, TicketModel::CustomerColumn), roles);
        return;
    }
    const bool keysMayChange = roles.isEmpty() || roles.contains(Qt::DisplayRole) ||
                               roles.contains(TicketModel::SortRole) || roles.contains(TicketModel::StatusRole);
    if (!keysMayChange) {
        // Highlight expiry and the like: nothing moves, pass it on.
        std::vector<int> rows;
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
            if (size_t(r) < m_proxyRowOf.size() && m_proxyRowOf[size_t(r)] >= 0)
                rows.push_back(m_proxyRowOf[size_t(r)]);
        }
        emitRuns(std::move(rows), roles);
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        m_dirty.push_back(r);
    for (int role : roles) {
        if (!m_dirtyRoles.contains(role))
            m_dirtyRoles.append(role);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TicketProxy::flushDirty()
{
    m_flushTimer.stop();
    if (m_dirty.empty())
        return;
    refreshCustomerMatches(false); // a changed row may bring a new customer
    std::vector<int> dirty;
    dirty.swap(m_dirty);
    QList<int> roles;
    roles.swap(m_dirtyRoles);
    std::sort(dirty.begin(), dirty.end());
    dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());
    const size_t n = m_proxyRowOf.size();
    dirty.erase(std::remove_if(dirty.begin(), dirty.end(), [n](int r) { return r < 0 || size_t(r) >= n; }),
                dirty.end());
    if (dirty.empty())
        return;

    std::vector<char> isDirty(n, 0);
    for (int r : dirty)
        isDirty[size_t(r)] = 1;
    bool visibilityChanged = false;
    for (int r : dirty) {
        if (accepts(r) != (m_proxyRowOf[size_t(r)] >= 0)) {
            visibilityChanged = true;
            break;
        }
    }

    // A changed row stays put when it is still in order with its neighbours in
    // m_order; only the others are taken out and put back by binary search.
    std::vector<int> moving;
    if (m_sortColumn >= 0) {
        std::vector<size_t> position(dirty.size());
        // Positions in m_order: found through a pass only when many rows changed.
        std::vector<int> orderPos;
        orderPos.assign(n, -1);
        for (size_t i = 0; i < m_order.size(); ++i) {
            if (isDirty[size_t(m_order[i])])
                orderPos[size_t(m_order[i])] = int(i);
        }
        for (int r : dirty) {
            const int p = orderPos[size_t(r)];
            // Neighbours that are themselves dirty may move too: compare with the
            // nearest clean ones.
            int prev = p - 1;
            while (prev >= 0 && isDirty[size_t(m_order[size_t(prev)])])
                --prev;
            size_t next = size_t(p) + 1;
            while (next < m_order.size() && isDirty[size_t(m_order[next])])
                ++next;
            const bool inOrder =
                (prev < 0 || before(m_order[size_t(prev)], r)) && (next >= m_order.size() || before(r, m_order[next]));
            if (!inOrder)
                moving.push_back(r);
        }
        // The dirty rows that stay must also be in order among themselves (two
        // of them between the same clean neighbours may have swapped), whether
        // or not others move: m_order keeps hidden rows too, and a later
        // filter shows them in the order they have here.
        std::vector<char> isMoving(n, 0);
        for (int r : moving)
            isMoving[size_t(r)] = 1;
        int last = -1;
        for (int v : m_order) {
            if (!isDirty[size_t(v)] || isMoving[size_t(v)])
                continue;
            if (last >= 0 && !before(last, v)) {
                moving = dirty;
                break;
            }
            last = v;
        }
    }

    if (moving.empty() && !visibilityChanged) {
        std::vector<int> rows;
        for (int r : dirty) {
            if (m_proxyRowOf[size_t(r)] >= 0)
                rows.push_back(m_proxyRowOf[size_t(r)]);
        }
        emitRuns(std::move(rows), roles);
        return;
    }

    std::vector<int> order = m_order;
    if (!moving.empty()) {
        std::vector<char> isMoving(n, 0);
        for (int r : moving)
            isMoving[size_t(r)] = 1;
        order.erase(std::remove_if(order.begin(), order.end(), [&isMoving](int r) { return isMoving[size_t(r)]; }),
                    order.end());
        insertSorted(order, moving);
    }
    std::vector<int> visible = visibleOf(order, isDirty);
    commitLayout(std::move(visible), &order);
    std::vector<int> rows;
    for (int r : dirty) {
        if (m_proxyRowOf[size_t(r)] >= 0)
            rows.push_back(m_proxyRowOf[size_t(r)]);
    }
    emitRuns(std::move(rows), roles);
}

void TicketProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    flushDirty();
    std::vector<int> gone; // proxy rows
    for (int r = first; r <= last; ++r) {
        if (size_t(r) < m_proxyRowOf.size() && m_proxyRowOf[size_t(r)] >= 0)
            gone.push_back(m_proxyRowOf[size_t(r)]);
    }
    std::sort(gone.begin(), gone.end());
    size_t runs = 0;
    for (size_t i = 0; i < gone.size(); ++i) {
        if (i == 0 || gone[i] != gone[i - 1] + 1)
            ++runs;
    }
    const auto removedHere = [first, last](int r) { return r >= first && r <= last; };
    if (runs > maxStructuralRuns) {
        std::vector<int> visible = m_visible;
        visible.erase(std::remove_if(visible.begin(), visible.end(), removedHere), visible.end());
        commitLayout(std::move(visible), nullptr);
    } else {
        // Bottom-up, one removal per contiguous run, so earlier rows keep their numbers.
        for (size_t j = gone.size(); j > 0;) {
            size_t i = j - 1;
            while (i > 0 && gone[i - 1] == gone[i] - 1)
                --i;
            beginRemoveRows(QModelIndex(), gone[i], gone[j - 1]);
            for (size_t k = i; k < j; ++k)
                m_proxyRowOf[size_t(m_visible[size_t(gone[k])])] = -1;
            m_visible.erase(m_visible.begin() + gone[i], m_visible.begin() + gone[j - 1] + 1);
            rebuildProxyRows(size_t(gone[i]));
            endRemoveRows();
            j = i;
        }
    }
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), removedHere), m_order.end());
}

void TicketProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &r : m_order) {
        if (r > last)
            r -= count;
    }
    for (int &r : m_visible) {
        if (r > last)
            r -= count;
    }
    rebuildProxyRows();
}

bool TicketProxy::insertAsBlock(int first, int last)
{
    // The common case, and the one a streaming load of a million rows is made
    // of: rows appended to the source that, sorted, fit between two neighbours
    // in m_order (newest-first loading under a sort by creation time, or source
    // order). They go in as one block, at a cost in the new rows and the rows
    // after the block only.
    if (size_t(first) != m_proxyRowOf.size())
        return false;
    std::vector<int> fresh(static_cast<size_t>(last - first + 1));
    std::iota(fresh.begin(), fresh.end(), first);
    auto at = m_order.end();
    if (m_sortColumn >= 0) {
        const auto cmp = [this](int a, int b) { return before(a, b); };
        std::sort(fresh.begin(), fresh.end(), cmp);
        at = std::lower_bound(m_order.begin(), m_order.end(), fresh.front(), cmp);
        if (at != m_order.end() && !before(fresh.back(), *at))
            return false; // the new rows interleave with old ones
    }
    const size_t pos = size_t(at - m_order.begin());
    m_order.insert(at, fresh.begin(), fresh.end());
    m_proxyRowOf.resize(size_t(last) + 1, -1);
    std::vector<int> shown;
    shown.reserve(fresh.size());
    for (int r : fresh) {
        if (accepts(r))
            shown.push_back(r);
    }
    if (shown.empty())
        return true;
    // The block's proxy row: that of the first shown row after it.
    int proxyAt = int(m_visible.size());
    for (size_t i = pos + fresh.size(); i < m_order.size(); ++i) {
        const int p = m_proxyRowOf[size_t(m_order[i])];
        if (p >= 0) {
            proxyAt = p;
            break;
        }
    }
    beginInsertRows(QModelIndex(), proxyAt, proxyAt + int(shown.size()) - 1);
    m_visible.insert(m_visible.begin() + proxyAt, shown.begin(), shown.end());
    rebuildProxyRows(size_t(proxyAt));
    endInsertRows();
    return true;
}

void TicketProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    flushDirty();
    refreshCustomerMatches(false); // the new rows' new customers
    if (insertAsBlock(first, last))
        return;
    const int count = last - first + 1;
    if (size_t(first) < m_proxyRowOf.size()) {
        // Not an append: later source rows move down.
        for (int &r : m_order) {
            if (r >= first)
                r += count;
        }
        for (int &r : m_visible) {
            if (r >= first)
                r += count;
        }
    }
    std::vector<int> fresh(static_cast<size_t>(count));
    std::iota(fresh.begin(), fresh.end(), first);
    std::vector<int> order = m_order;
    insertSorted(order, fresh);
    m_order.swap(order);
    m_proxyRowOf.assign(size_t(m_model->rowCount()), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_proxyRowOf[size_t(m_visible[i])] = int(i);

    // Where the accepted new rows land among the visible ones.
    std::vector<char> isFresh(m_proxyRowOf.size(), 0);
    for (int r : fresh)
        isFresh[size_t(r)] = 1;
    std::vector<int> visible = visibleOf(m_order, isFresh);
    std::vector<int> at; // final proxy rows of the new ones
    for (size_t i = 0; i < visible.size(); ++i) {
        if (isFresh[size_t(visible[i])])
            at.push_back(int(i));
    }
    if (at.empty())
        return;
    size_t runs = 0;
    for (size_t i = 0; i < at.size(); ++i) {
        if (i == 0 || at[i] != at[i - 1] + 1)
            ++runs;
    }
    if (runs > maxStructuralRuns) {
        commitLayout(std::move(visible), nullptr);
        return;
    }
    // Top-down, one insertion per run: everything above a run is in place by then.
    for (size_t i = 0; i < at.size();) {
        size_t j = i;
        while (j + 1 < at.size() && at[j + 1] == at[j] + 1)
            ++j;
        beginInsertRows(QModelIndex(), at[i], at[j]);
        m_visible.insert(m_visible.begin() + at[i], visible.begin() + at[i], visible.begin() + at[j] + 1);
        rebuildProxyRows(size_t(at[i]));
        endInsertRows();
        i = j + 1;
    }
}

} // namespace TicketDesk
