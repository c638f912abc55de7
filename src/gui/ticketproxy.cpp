// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketproxy.h"

#include "ticketmodel.h"

#include <QLatin1StringView>

namespace TicketDesk {

namespace {

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Case-insensitive for ASCII, byte order beyond it: a locale-aware collation of a
// million strings costs seconds, and ticket text is mostly ASCII.
int compareBytes(QByteArrayView a, QByteArrayView b)
{
    return QLatin1StringView(a).compare(QLatin1StringView(b), Qt::CaseInsensitive);
}

} // namespace

TicketProxy::TicketProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TicketModel::SortRole);
    setDynamicSortFilter(true);
}

void TicketProxy::setTicketModel(TicketModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void TicketProxy::setStatusMask(quint32 mask)
{
    mask &= allStatuses;
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    refilter();
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
    m_text = t;
    m_textIsAscii = isAscii(t);
    m_asciiText = m_textIsAscii ? t.toLatin1() : QByteArray();
    refilter();
}

void TicketProxy::refilter()
{
    // A full rebuild (one filtering pass, one sort, one layoutChanged) rather than
    // invalidateRowsFilter(): Qt removes and inserts rows range by range, each an
    // O(rows) shift, which at a million scattered rows takes minutes (measured).
    invalidate();
}

bool TicketProxy::matchesText(int sourceRow) const
{
    const TicketRow &r = m_model->row(sourceRow);
    const TextRef fields[] = {r.customerId, r.summary, r.issueKey, r.ticketId};
    for (const TextRef &f : fields) {
        if (f.length == 0)
            continue;
        if (m_textIsAscii) {
            // ASCII letters fold only onto ASCII letters, so matching UTF-8 bytes as
            // Latin-1 finds exactly the case-insensitive matches of an ASCII needle.
            if (QLatin1StringView(m_model->bytes(f)).contains(QLatin1StringView(m_asciiText), Qt::CaseInsensitive))
                return true;
        } else if (m_model->text(f).contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool TicketProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    const TicketRow &r = m_model->row(sourceRow);
    if (!(m_statusMask & (1u << int(r.status))))
        return false;
    return m_text.isEmpty() || matchesText(sourceRow);
}

bool TicketProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const TicketRow &a = m_model->row(left.row());
    const TicketRow &b = m_model->row(right.row());
    int c = 0;
    switch (left.column()) {
    case TicketModel::StatusColumn:
        c = int(a.status) - int(b.status);
        break;
    case TicketModel::IssueKeyColumn:
        c = compareBytes(m_model->bytes(a.issueKey), m_model->bytes(b.issueKey));
        break;
    case TicketModel::CustomerColumn:
        c = compareBytes(m_model->bytes(a.customerId), m_model->bytes(b.customerId));
        break;
    case TicketModel::SummaryColumn:
        c = compareBytes(m_model->bytes(a.summary), m_model->bytes(b.summary));
        break;
    case TicketModel::TicketIdColumn:
        c = compareBytes(m_model->bytes(a.ticketId), m_model->bytes(b.ticketId));
        break;
    case TicketModel::CreatedColumn:
        c = a.createdMs < b.createdMs ? -1 : (a.createdMs > b.createdMs ? 1 : 0);
        break;
    default: {
        const QVariant va = left.data(TicketModel::SortRole);
        const QVariant vb = right.data(TicketModel::SortRole);
        const auto order = QVariant::compare(va, vb);
        c = order == QPartialOrdering::Less ? -1 : (order == QPartialOrdering::Greater ? 1 : 0);
        break;
    }
    }
    // Ties fall back to the local id, so equal keys keep a stable, predictable order.
    return c != 0 ? c < 0 : a.id < b.id;
}

} // namespace TicketDesk
