// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ticketmodel.h"

#include "core/clock.h"
#include "core/lifecycle.h"
#include "gui/insightsfigures.h"
#include "gui/statusicons.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cstdint>
#include <limits>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace TicketDesk {

namespace {

// Asks for 2 MiB pages under the rows and the text arena of a big load: a
// filter or sort sweeps both (about 190 MB for a million tickets), and with
// 4 KiB pages a sweep after the memory has gone cold spends most of its time
// on TLB misses (measured: 240 ms for a first filter pass, 20 ms with this).
// Advice only: ignored where unsupported.
void adviseHugePages(const void *data, size_t bytes)
{
#ifdef Q_OS_LINUX
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1);
    const std::uintptr_t last = (begin + bytes) & ~(huge - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

qint64 msOf(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString formatTime(qint64 ms)
{
    if (ms == 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool waits(TicketStatus s)
{
    return s == TicketStatus::Pending || s == TicketStatus::Queued || s == TicketStatus::Submitting;
}

} // namespace

TicketModel::TicketModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    m_monotonic.start();
    // About 60 batches a second at most: a burst of webhooks costs a few repaints.
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &TicketModel::applyPending);
    m_highlightTimer.setSingleShot(true);
    connect(&m_highlightTimer, &QTimer::timeout, this, &TicketModel::expireHighlights);
    // Zero-interval: one step per pass of the event loop, input and paints in between.
    m_loadTimer.setInterval(0);
    m_loadTimer.setSingleShot(true);
    connect(&m_loadTimer, &QTimer::timeout, this, &TicketModel::applyLoadStep);
}

int TicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketModel::statusLabel(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Queued:
        return tr("Queued");
    case TicketStatus::Submitting:
        return tr("Submitting");
    case TicketStatus::Pending:
        return tr("Pending");
    case TicketStatus::Created:
        return tr("Created");
    case TicketStatus::Failed:
        return tr("Failed");
    case TicketStatus::Rejected:
        return tr("Rejected");
    case TicketStatus::Unconfirmed:
        return tr("Unconfirmed");
    }
    return QString();
}

bool TicketModel::offersRetry(const TicketRow &row)
{
    return isRetryable(row.status) && row.retriedAs == 0;
}

void TicketModel::setStuckThresholdSeconds(int seconds)
{
    if (seconds == m_stuckSeconds)
        return;
    m_stuckSeconds = seconds;
    m_stuckNotified.clear();
}

bool TicketModel::isStuck(const TicketRow &row) const
{
    if (row.status != TicketStatus::Pending)
        return false;
    const qint64 since = row.submittedMs ? row.submittedMs : row.createdMs;
    return since && m_clock.now().toMSecsSinceEpoch() - since > qint64(m_stuckSeconds) * 1000;
}

QList<qint64> TicketModel::takeNewlyStuck()
{
    QList<qint64> result;
    for (qint64 id : std::as_const(m_pendingIds)) {
        const int r = rowForId(id);
        if (r >= 0 && !m_stuckNotified.contains(id) && isStuck(row(r))) {
            m_stuckNotified.insert(id);
            result.append(id);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

QVariant TicketModel::display(const TicketRow &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return row.conflict ? tr("%1 (conflict)").arg(statusLabel(row.status)) : statusLabel(row.status);
    case IssueKeyColumn:
        return text(row.issueKey);
    case CustomerColumn:
        return text(customerLabel(row));
    case CustomerIdColumn:
        return text(customerId(row));
    case ReferenceColumn:
        return text(row.reference);
    case SummaryColumn:
        return text(row.summary);
    case CreatedColumn:
        return formatTime(row.createdMs);
    case OutcomeColumn:
        return formatTime(row.outcomeMs);
    case WaitingColumn: {
        if (!waits(row.status))
            return QString();
        const qint64 since = row.submittedMs ? row.submittedMs : row.createdMs;
        // In the Insights tab's words ("3 d 4 h" rather than "76 h 00 min").
        const QString d = InsightsFigures::ageText(m_clock.now().toMSecsSinceEpoch() - since);
        return isStuck(row) ? tr("%1 (stuck)").arg(d) : d;
    }
    case TicketIdColumn:
        return text(row.ticketId);
    case OperatorColumn:
        return text(row.createdBy);
    case RetryColumn: {
        if (offersRetry(row))
            return tr("Retry");
        const qint64 twin = filedTwiceWith(row);
        const qint64 linked = row.retriedAs ? row.retriedAs : row.retryOf;
        if (!linked)
            return QString();
        if (twin == linked)
            return row.retriedAs ? tr("Retried as #%1, both registered").arg(linked)
                                 : tr("Retry of #%1, both registered").arg(linked);
        if (twin) // further along the chain of retries
            return row.retriedAs ? tr("Retried as #%1, registered twice (#%2)").arg(linked).arg(twin)
                                 : tr("Retry of #%1, registered twice (#%2)").arg(linked).arg(twin);
        return row.retriedAs ? tr("Retried as #%1").arg(linked) : tr("Retry of #%1").arg(linked);
    }
    }
    return QVariant();
}

qint64 TicketModel::filedTwiceWith(const TicketRow &row) const
{
    return TicketDesk::filedTwiceWith({row.status, row.retryOf, row.retriedAs},
                                      [this](qint64 id) -> std::optional<RetryChainLink> {
                                          const int r = rowForId(id);
                                          if (r < 0)
                                              return std::nullopt;
                                          const TicketRow &other = m_rows[size_t(r)];
                                          return RetryChainLink{other.status, other.retryOf, other.retriedAs};
                                      });
}

qint64 TicketModel::sortKey(const TicketRow &row, int column)
{
    switch (column) {
    case StatusColumn:
        return int(row.status);
    case CreatedColumn:
        return row.createdMs;
    case OutcomeColumn:
        return row.outcomeMs;
    case WaitingColumn:
        // The submission time orders waits without changing as the clock runs,
        // so a sorted view does not reshuffle every second.
        return waits(row.status) ? -(row.submittedMs ? row.submittedMs : row.createdMs)
                                 : std::numeric_limits<qint64>::min();
    case RetryColumn:
        return offersRetry(row) ? 2 : (row.retriedAs ? 1 : 0);
    default:
        return 0;
    }
}

QVariant TicketModel::sortValue(const TicketRow &row, int column) const
{
    switch (column) {
    case StatusColumn:
    case RetryColumn:
        return int(sortKey(row, column));
    case CreatedColumn:
    case OutcomeColumn:
    case WaitingColumn:
        return sortKey(row, column);
    default:
        return display(row, column);
    }
}

QVariant TicketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TicketRow &r = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        if (column == RetryColumn && offersRetry(r))
            return tr("Retry ticket #%1 (Ctrl+R)").arg(r.id);
        if (column == WaitingColumn && isStuck(r))
            return tr("No outcome after %1: Ripio is asked directly.")
                .arg(InsightsFigures::spanText(qint64(m_stuckSeconds) * 1000));
        if (column == StatusColumn && r.conflict)
            return tr("A conflicting outcome was reported later and recorded, not applied.");
        if (column == RetryColumn) {
            if (const qint64 twin = filedTwiceWith(r))
                return tr("Ripio registered both ticket #%1 and ticket #%2: the customer's request is there "
                          "twice. Ask Ripio to close one.")
                    .arg(std::min(r.id, twin))
                    .arg(std::max(r.id, twin));
        }
        if (column == CustomerColumn && r.customer >= 0) {
            // Who it is, and the UUID Ripio knows them by.
            const CustomerEntry &c = m_customers[size_t(r.customer)];
            QStringList lines;
            if (c.name.length)
                lines << text(c.name);
            if (c.email.length)
                lines << text(c.email);
            lines << text(c.id);
            return lines.join(QLatin1Char('\n'));
        }
        return display(r, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusIcon(r.status);
        return QVariant();
    case Qt::BackgroundRole:
        if (m_highlightUntil.contains(r.id)) {
            QColor c = QGuiApplication::palette().color(QPalette::Highlight);
            c.setAlpha(70);
            return c;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (column == WaitingColumn && isStuck(r))
            return QGuiApplication::palette().color(QPalette::Link);
        return QVariant();
    case SortRole:
        return sortValue(r, column);
    case IdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case RetryableRole:
        return offersRetry(r);
    case StuckRole:
        return isStuck(r);
    case HighlightRole:
        return m_highlightUntil.contains(r.id);
    default:
        return QVariant();
    }
}

QVariant TicketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IssueKeyColumn:
        return tr("Issue key");
    case CustomerColumn:
        return tr("Customer");
    case SummaryColumn:
        return tr("Summary");
    case CreatedColumn:
        return tr("Created");
    case OutcomeColumn:
        return tr("Outcome at");
    case WaitingColumn:
        return tr("Waiting");
    case TicketIdColumn:
        return tr("Ticket ID");
    case RetryColumn:
        return tr("Retry");
    case OperatorColumn:
        return tr("Operator");
    case ReferenceColumn:
        return tr("Your reference");
    case CustomerIdColumn:
        return tr("Customer ID");
    }
    return QVariant();
}

TextRef TicketModel::store(const QString &value)
{
    if (value.isEmpty())
        return {};
    const QByteArray utf8 = value.toUtf8();
    const TextRef ref{quint32(m_text.size()), quint32(utf8.size())};
    m_text.append(utf8);
    return ref;
}

TextRef TicketModel::restore(TextRef old, const QString &value)
{
    // Unchanged strings keep their slice (compared without converting: most
    // live changes touch the status only); the arena only grows on real edits.
    if (QAnyStringView::equal(QUtf8StringView(m_text.constData() + old.offset, old.length), value))
        return old;
    const QByteArray utf8 = value.toUtf8();
    if (utf8.isEmpty())
        return {};
    const TextRef ref{quint32(m_text.size()), quint32(utf8.size())};
    m_text.append(utf8);
    return ref;
}

TicketRow TicketModel::makeRow(const Ticket &t)
{
    TicketRow r;
    r.id = t.id;
    r.retryOf = t.retryOf;
    r.retriedAs = t.retriedAs;
    r.createdMs = msOf(t.createdAt);
    r.submittedMs = msOf(t.submittedAt);
    r.outcomeMs = msOf(t.outcomeAt);
    r.ticketId = store(t.ticketId);
    r.customer = customerEntry(t.customerId);
    r.summary = store(t.summary);
    r.issueKey = store(t.issueKey);
    r.createdBy = store(t.createdBy);
    r.reference = store(t.reference);
    r.status = t.status;
    r.conflict = t.conflict;
    return r;
}

void TicketModel::updateRow(TicketRow &r, const Ticket &t)
{
    r.retryOf = t.retryOf;
    r.retriedAs = t.retriedAs;
    r.createdMs = msOf(t.createdAt);
    r.submittedMs = msOf(t.submittedAt);
    r.outcomeMs = msOf(t.outcomeAt);
    r.ticketId = restore(r.ticketId, t.ticketId);
    r.customer = customerEntry(t.customerId);
    r.summary = restore(r.summary, t.summary);
    r.issueKey = restore(r.issueKey, t.issueKey);
    r.reference = restore(r.reference, t.reference);
    r.status = t.status;
    r.conflict = t.conflict;
}

qint32 TicketModel::customerEntry(const QString &id)
{
    if (id.isEmpty())
        return -1;
    // One entry per customer, whatever the case of the UUID's letters; the
    // check spares a million loaded rows a lower-case copy each.
    const bool folded = std::none_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.unicode() > 0x7f || (c.unicode() >= 'A' && c.unicode() <= 'Z');
    });
    const QString key = folded ? id : id.toLower();
    const auto it = m_customerOf.constFind(key);
    if (it != m_customerOf.constEnd())
        return it.value();
    const auto entry = qint32(m_customers.size());
    // The UUID's text once per customer, not once per row: 36 bytes a row of a million.
    m_customers.push_back({store(id), {}, {}});
    m_customerOf.insert(key, entry);
    applyDirectory(entry);
    return entry;
}

bool TicketModel::applyDirectory(int entry)
{
    CustomerEntry &c = m_customers[size_t(entry)];
    const auto it = m_directory.constFind(text(c.id).toLower());
    const QString name = it == m_directory.constEnd() ? QString() : it->name.trimmed();
    const QString email = it == m_directory.constEnd() ? QString() : it->email.trimmed();
    const TextRef oldName = c.name;
    const TextRef oldEmail = c.email;
    c.name = restore(c.name, name);
    c.email = restore(c.email, email);
    return c.name.offset != oldName.offset || c.name.length != oldName.length || c.email.offset != oldEmail.offset ||
           c.email.length != oldEmail.length;
}

void TicketModel::setCustomerDirectory(const QList<CustomerRecord> &records)
{
    m_directory.clear();
    m_directory.reserve(records.size());
    for (const CustomerRecord &r : records)
        m_directory.insert(r.customerId.toLower(), r);
    bool changed = false;
    for (int i = 0; i < int(m_customers.size()); ++i)
        changed |= applyDirectory(i);
    if (changed)
        emitCustomerColumnChanged();
}

void TicketModel::setCustomer(const CustomerRecord &record)
{
    const QString key = record.customerId.toLower();
    m_directory.insert(key, record);
    const int entry = m_customerOf.value(key, -1);
    if (entry >= 0 && applyDirectory(entry))
        emitCustomerColumnChanged();
}

CustomerRecord TicketModel::customer(const QString &customerId) const
{
    CustomerRecord record = m_directory.value(customerId.toLower());
    record.customerId = customerId;
    return record;
}

void TicketModel::emitCustomerColumnChanged()
{
    Q_EMIT customerDirectoryChanged();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, CustomerColumn), index(int(m_rows.size()) - 1, CustomerColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void TicketModel::appendLoaded(const QList<Ticket> &chunk)
{
    QList<const Ticket *> rows;
    rows.reserve(chunk.size());
    for (const Ticket &t : chunk)
        rows.append(&t);
    appendRows(rows);
}

void TicketModel::appendRows(const QList<const Ticket *> &tickets)
{
    QList<const Ticket *> fresh;
    fresh.reserve(tickets.size());
    for (const Ticket *t : tickets) {
        if (!m_rowOfId.contains(t->id) && !m_removedWhileLoading.contains(t->id))
            fresh.append(t);
    }
    if (fresh.isEmpty())
        return;
    const int firstRow = int(m_rows.size());
    beginInsertRows(QModelIndex(), firstRow, firstRow + int(fresh.size()) - 1);
    // No exact reserve per chunk: that reallocates every chunk; push_back grows
    // geometrically (and beginLoad() reserved the whole load).
    for (const Ticket *t : std::as_const(fresh)) {
        m_rowOfId.insert(t->id, int(m_rows.size()));
        m_rows.push_back(makeRow(*t));
        ++m_counts[size_t(t->status)];
        if (t->status == TicketStatus::Pending)
            m_pendingIds.insert(t->id);
    }
    endInsertRows();
    Q_EMIT countsChanged();
}

void TicketModel::beginLoad(qint64 expectedRows)
{
    m_loading = true;
    m_expectedRows = expectedRows;
    // Growing a million-row vector, hash and arena step by step copies them
    // several times over, each copy a stall: reserve once from the count.
    const qint64 more = std::max<qint64>(0, expectedRows - qint64(m_rows.size()));
    m_rows.reserve(m_rows.size() + size_t(more));
    m_rowOfId.reserve(m_rowOfId.size() + more);
    m_textReserved = false;
    adviseHugePages(m_rows.data(), m_rows.capacity() * sizeof(TicketRow));
}

void TicketModel::reserveText(qsizetype moreRows)
{
    // Sized from the rows seen so far, with a margin; an underestimate only
    // means one more reallocation.
    if (m_textReserved || m_rows.size() < 1000 || moreRows <= 0)
        return;
    m_textReserved = true;
    const double perRow = double(m_text.size()) / double(m_rows.size());
    m_text.reserve(m_text.size() + qsizetype(perRow * double(moreRows) * 1.1));
    adviseHugePages(m_text.constData(), size_t(m_text.capacity()));
}

void TicketModel::queueLoaded(const QList<Ticket> &chunk, bool last)
{
    m_loading = true;
    m_loadRequested = false;
    if (!chunk.isEmpty()) {
        m_loadQueue.push_back(chunk);
        m_queuedRows += chunk.size();
    }
    m_loadLast = m_loadLast || last;
    askForMoreIfLow();
    if (!m_loadTimer.isActive())
        m_loadTimer.start();
}

void TicketModel::askForMoreIfLow()
{
    // A few chunks' worth in hand keeps the engine reading while this thread applies.
    constexpr qsizetype lowWater = 20000;
    if (m_loading && !m_loadLast && !m_loadRequested && m_queuedRows < lowWater) {
        m_loadRequested = true;
        Q_EMIT moreLoadWanted();
    }
}

void TicketModel::applyLoadStep()
{
    constexpr int minSlice = 250;
    constexpr int maxSlice = 50000;
    if (!m_loadQueue.empty()) {
        QElapsedTimer step;
        step.start();
        // One insertion per step, across chunks: the view lays itself out and
        // repaints once per insertion, so fewer, larger ones load faster.
        QList<const Ticket *> slice;
        slice.reserve(std::min<qsizetype>(m_loadSlice, m_queuedRows));
        qsizetype offset = m_loadOffset;
        size_t chunks = 0; // chunks used up by this slice
        for (auto it = m_loadQueue.cbegin(); it != m_loadQueue.cend() && slice.size() < m_loadSlice; ++it) {
            const qsizetype n = std::min<qsizetype>(m_loadSlice - slice.size(), it->size() - offset);
            for (qsizetype i = 0; i < n; ++i)
                slice.append(it->constData() + offset + i);
            offset += n;
            if (offset < it->size())
                break;
            ++chunks;
            offset = 0;
        }
        appendRows(slice);
        m_queuedRows -= slice.size();
        for (size_t i = 0; i < chunks; ++i)
            m_loadQueue.pop_front();
        m_loadOffset = offset;
        reserveText(qsizetype(m_expectedRows) - qsizetype(m_rows.size()));
        const qint64 ns = step.nsecsElapsed();
        constexpr qint64 budgetNs = qint64(loadStepBudgetMs) * 1000 * 1000;
        if (ns < budgetNs / 2 && slice.size() == m_loadSlice)
            m_loadSlice = std::min(m_loadSlice * 2, maxSlice);
        else if (ns > budgetNs)
            m_loadSlice = std::max(m_loadSlice / 2, minSlice);
        Q_EMIT loadProgress(qint64(m_rows.size()), std::max<qint64>(m_expectedRows, qint64(m_rows.size())));
    }
    askForMoreIfLow();
    if (!m_loadQueue.empty()) {
        m_loadTimer.start();
    } else if (m_loadLast && m_loading) {
        m_loading = false;
        m_loadLast = false;
        m_removedWhileLoading.clear();
        Q_EMIT loadFinished();
    }
}

void TicketModel::enqueueChanged(const QList<Ticket> &tickets)
{
    for (const Ticket &t : tickets) {
        if (!m_pendingChanges.contains(t.id))
            m_pendingOrder.append(t.id);
        m_pendingChanges.insert(t.id, t);
        m_pendingRemovals.remove(t.id);
    }
    if (!m_batchTimer.isActive())
        m_batchTimer.start(batchIntervalMs);
}

void TicketModel::enqueueRemoved(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        m_pendingRemovals.insert(id);
        // Rare (a change and then a removal in one batch): keep the order list
        // free of it, so a later change of the same id is not listed twice.
        if (m_pendingChanges.remove(id))
            m_pendingOrder.removeAll(id);
    }
    if (!m_batchTimer.isActive())
        m_batchTimer.start(batchIntervalMs);
}

void TicketModel::emitRuns(QList<int> rows, const QList<int> &roles)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1), roles);
        i = j + 1;
    }
}

void TicketModel::applyPending()
{
    m_batchTimer.stop();
    if (!hasPending())
        return;
    Q_EMIT aboutToApplyBatch();
    QList<qint64> changedIds;
    QList<qint64> failedIds;
    QList<qint64> createdIds; // newly CREATED: it may have made a ticket and its retry both registered

    if (!m_pendingRemovals.isEmpty()) {
        QList<int> rows;
        for (qint64 id : std::as_const(m_pendingRemovals)) {
            const int r = rowForId(id);
            if (r >= 0)
                rows.append(r);
            if (m_loading)
                m_removedWhileLoading.insert(id); // its loaded row may still be on its way
            m_pendingIds.remove(id);
            m_highlightUntil.remove(id);
        }
        m_pendingRemovals.clear();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        // Bottom-up, one removal per contiguous run, so earlier indexes stay valid.
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
                ++j;
            const int last = rows[i];
            const int first = rows[j];
            beginRemoveRows(QModelIndex(), first, last);
            for (int r = first; r <= last; ++r) {
                m_rowOfId.remove(m_rows[size_t(r)].id);
                --m_counts[size_t(m_rows[size_t(r)].status)];
            }
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
            endRemoveRows();
            i = j + 1;
        }
        if (!rows.isEmpty()) {
            for (int r = rows.last(); r < int(m_rows.size()); ++r)
                m_rowOfId.insert(m_rows[size_t(r)].id, r);
        }
    }

    const qint64 until = m_monotonic.elapsed() + m_highlightMs;
    QElapsedTimer budget;
    budget.start();
    QList<int> changedRows;
    QList<const Ticket *> fresh;
    qsizetype taken = 0; // of m_pendingOrder
    for (; taken < m_pendingOrder.size(); ++taken) {
        if ((taken & 255) == 255 && budget.elapsed() >= m_batchBudgetMs)
            break;
        const qint64 id = m_pendingOrder[taken];
        const auto it = m_pendingChanges.constFind(id);
        if (it == m_pendingChanges.constEnd())
            continue;
        const Ticket &t = it.value();
        const int r = rowForId(id);
        if (r < 0) {
            fresh.append(&t);
            continue;
        }
        TicketRow &row = m_rows[size_t(r)];
        if (t.status == TicketStatus::Failed && row.status != TicketStatus::Failed)
            failedIds.append(id);
        if (t.status == TicketStatus::Created && row.status != TicketStatus::Created)
            createdIds.append(id);
        --m_counts[size_t(row.status)];
        ++m_counts[size_t(t.status)];
        updateRow(row, t);
        changedRows.append(r);
        changedIds.append(id);
        m_highlightUntil.insert(id, until);
        if (t.status == TicketStatus::Pending)
            m_pendingIds.insert(id);
        else
            m_pendingIds.remove(id);
    }
    emitRuns(changedRows, {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::BackgroundRole, SortRole,
                           StatusRole, RetryableRole, StuckRole, HighlightRole});

    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        for (const Ticket *t : std::as_const(fresh)) {
            m_rowOfId.insert(t->id, int(m_rows.size()));
            m_rows.push_back(makeRow(*t));
            ++m_counts[size_t(t->status)];
            changedIds.append(t->id);
            m_highlightUntil.insert(t->id, until);
            if (t->status == TicketStatus::Failed)
                failedIds.append(t->id);
            // Not while loading: a change of a row still on its way is no news (an old pair
            // would be told again at every start).
            if (t->status == TicketStatus::Created && !m_loading)
                createdIds.append(t->id);
            if (t->status == TicketStatus::Pending)
                m_pendingIds.insert(t->id);
        }
        endInsertRows();
    }
    if (taken == m_pendingOrder.size()) {
        m_pendingChanges.clear();
        m_pendingOrder.clear();
    } else {
        for (qsizetype i = 0; i < taken; ++i)
            m_pendingChanges.remove(m_pendingOrder[i]);
        m_pendingOrder.remove(0, taken);
        m_batchTimer.start(0);
    }

    // A ticket registered twice: its twin's Retry column says so too, and the pair is told once
    // (both newly CREATED in one batch: from the original's side only).
    QList<std::pair<qint64, qint64>> twice;
    QList<int> twinRows;
    for (qint64 id : std::as_const(createdIds)) {
        const int r = rowForId(id);
        const qint64 twin = r >= 0 ? filedTwiceWith(m_rows[size_t(r)]) : 0;
        if (!twin)
            continue;
        const std::pair<qint64, qint64> pair{std::min(id, twin), std::max(id, twin)};
        if (!twice.contains(pair))
            twice.append(pair);
        twinRows.append(rowForId(twin));
    }
    emitRuns(twinRows, {Qt::DisplayRole, Qt::ToolTipRole});

    if (!m_highlightUntil.isEmpty() && !m_highlightTimer.isActive())
        m_highlightTimer.start(m_highlightMs);
    Q_EMIT countsChanged();
    Q_EMIT batchApplied(changedIds, failedIds);
    for (const auto &[original, retry] : std::as_const(twice))
        Q_EMIT filedTwice(original, retry);
}

void TicketModel::expireHighlights()
{
    const qint64 now = m_monotonic.elapsed();
    QList<int> rows;
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_highlightUntil.begin(); it != m_highlightUntil.end();) {
        if (it.value() <= now) {
            const int r = rowForId(it.key());
            if (r >= 0)
                rows.append(r);
            it = m_highlightUntil.erase(it);
        } else {
            next = std::min(next, it.value());
            ++it;
        }
    }
    emitRuns(rows, {Qt::BackgroundRole, HighlightRole});
    if (!m_highlightUntil.isEmpty())
        m_highlightTimer.start(int(std::max<qint64>(1, next - now)));
}

void TicketModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_text.clear();
    m_rowOfId.clear();
    m_customers.clear();
    m_customerOf.clear();
    m_pendingChanges.clear();
    m_pendingOrder.clear();
    m_pendingRemovals.clear();
    m_pendingIds.clear();
    m_stuckNotified.clear();
    m_highlightUntil.clear();
    m_counts.fill(0);
    m_loadTimer.stop();
    m_loadQueue.clear();
    m_loadOffset = 0;
    m_queuedRows = 0;
    m_expectedRows = 0;
    m_loading = false;
    m_loadLast = false;
    m_loadRequested = false;
    m_textReserved = false;
    m_removedWhileLoading.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

} // namespace TicketDesk
