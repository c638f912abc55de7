// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/columnfitter.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace TicketDesk {

void sizeColumnFor(QTableView *table, int column, const QStringList &samples, int extra, int atLeast)
{
    const QFontMetrics metrics = table->fontMetrics();
    int widest = 0;
    for (const QString &sample : samples)
        widest = std::max(widest, metrics.horizontalAdvance(sample));
    const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
    // The cell's margins, and the header's plus its sort arrow.
    const int cell = std::max(widest + extra, atLeast) + 18;
    const int heading = table->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 34;
    table->horizontalHeader()->resizeSection(column, std::max(cell, heading));
}

ColumnFitter::ColumnFitter(QTableView *table, int fillColumn, int anchorColumn, Widths widths)
    : QObject(table)
    , m_table(table)
    , m_viewport(table->viewport())
    , m_fill(fillColumn)
    , m_anchor(anchorColumn)
    , m_widths(widths)
{
    m_viewport->installEventFilter(this);
    QHeaderView *header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &ColumnFitter::sectionResized);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnFitter::fit);
    fit();
}

void ColumnFitter::setActive(bool active)
{
    m_active = active;
    fit();
}

int ColumnFitter::fittedWidth() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    const int anchorAt = header->isSectionHidden(m_anchor)
                             ? header->visualIndex(m_fill)
                             : std::max(header->visualIndex(m_anchor), header->visualIndex(m_fill));
    int others = 0;
    int othersToAnchor = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical == m_fill || header->isSectionHidden(logical))
            continue;
        others += header->sectionSize(logical);
        if (visual <= anchorAt)
            othersToAnchor += header->sectionSize(logical);
    }
    const int room = m_viewport->width();
    if (room - others >= m_widths.natural)
        return room - others;
    return std::clamp(room - othersToAnchor, m_widths.minimum, m_widths.natural);
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!m_active || m_fitting || header->isSectionHidden(m_fill) || m_viewport->width() <= 0)
        return;
    const int width = fittedWidth();
    if (width == header->sectionSize(m_fill))
        return;
    m_fitting = true;
    header->resizeSection(m_fill, width);
    m_fitting = false;
}

void ColumnFitter::sectionResized(int logicalIndex, int oldSize, int newSize)
{
    Q_UNUSED(logicalIndex)
    if (m_fitting)
        return;
    // Shown or hidden (from or to nothing): the room changed, not the operator's mind about widths.
    if (oldSize == 0 || newSize == 0) {
        fit();
        return;
    }
    m_active = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Nothing of the table is called before the event is known to be a resize:
    // while the table is destroyed, its viewport still gets events (hide, focus).
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace TicketDesk
