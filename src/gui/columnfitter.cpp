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
    table->horizontalHeader()->resizeSection(column, columnWidthFor(table, column, samples, extra, atLeast));
}

int columnWidthFor(const QTableView *table, int column, const QStringList &samples, int extra, int atLeast)
{
    const QFontMetrics metrics = table->fontMetrics();
    int widest = 0;
    for (const QString &sample : samples)
        widest = std::max(widest, metrics.horizontalAdvance(sample));
    const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
    // The cell's margins, and the header's plus its sort arrow.
    const int cell = std::max(widest + extra, atLeast) + 18;
    const int heading = table->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 34;
    return std::max(cell, heading);
}

ColumnRule::ColumnRule(QTableView *table)
    : QObject(table)
    , m_table(table)
    , m_viewport(table->viewport())
{
    m_viewport->installEventFilter(this);
    QHeaderView *header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &ColumnRule::sectionResized);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnRule::fit);
}

void ColumnRule::setActive(bool active)
{
    m_active = active;
    fit();
}

int ColumnRule::room() const
{
    return m_viewport->width();
}

void ColumnRule::fit()
{
    if (!m_active || m_fitting || m_viewport->width() <= 0)
        return;
    m_fitting = true;
    apply();
    m_fitting = false;
}

void ColumnRule::sectionResized(int logicalIndex, int oldSize, int newSize)
{
    if (m_fitting)
        return;
    // Shown or hidden (from or to nothing): the room changed, not the operator's mind about widths.
    if (oldSize == 0 || newSize == 0) {
        fit();
        return;
    }
    // A stretched last column follows the room by itself.
    const QHeaderView *header = m_table->horizontalHeader();
    if (header->stretchLastSection() && header->visualIndex(logicalIndex) == header->count() - 1)
        return;
    m_active = false;
}

bool ColumnRule::eventFilter(QObject *watched, QEvent *event)
{
    // Nothing of the table is called before the event is known to be a resize:
    // while the table is destroyed, its viewport still gets events (hide, focus).
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

ColumnFitter::ColumnFitter(QTableView *table, int fillColumn, int anchorColumn, Widths widths)
    : ColumnRule(table)
    , m_fill(fillColumn)
    , m_anchor(anchorColumn)
    , m_widths(widths)
{
    fit();
}

void ColumnFitter::setYielding(int column, Widths widths)
{
    m_yielding = column;
    m_yieldingWidths = widths;
    fit();
}

int ColumnFitter::width(int logical) const
{
    // The yielding column counts at its natural width, whatever it was last given: the rule
    // then gives the same widths for the same room, however often it runs.
    return logical == m_yielding ? m_yieldingWidths.natural : table()->horizontalHeader()->sectionSize(logical);
}

ColumnFitter::Layout ColumnFitter::layout() const
{
    const QHeaderView *header = table()->horizontalHeader();
    const int anchorAt = header->isSectionHidden(m_anchor)
                             ? header->visualIndex(m_fill)
                             : std::max(header->visualIndex(m_anchor), header->visualIndex(m_fill));
    int others = 0;
    int othersToAnchor = 0;
    bool yieldingBeforeAnchor = false;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical == m_fill || header->isSectionHidden(logical))
            continue;
        others += width(logical);
        if (visual <= anchorAt) {
            othersToAnchor += width(logical);
            yieldingBeforeAnchor = yieldingBeforeAnchor || logical == m_yielding;
        }
    }
    if (room() - others >= m_widths.natural)
        return {room() - others, 0, yieldingBeforeAnchor};
    const int fill = std::clamp(room() - othersToAnchor, m_widths.minimum, m_widths.natural);
    return {fill, othersToAnchor + fill - room(), yieldingBeforeAnchor};
}

int ColumnFitter::fittedWidth() const
{
    return layout().fill;
}

void ColumnFitter::apply()
{
    QHeaderView *header = table()->horizontalHeader();
    if (header->isSectionHidden(m_fill))
        return;
    const Layout fitted = layout();
    if (fitted.fill != header->sectionSize(m_fill))
        header->resizeSection(m_fill, fitted.fill);
    if (m_yielding < 0 || header->isSectionHidden(m_yielding))
        return;
    const int yielding = fitted.yieldingBeforeAnchor ? std::clamp(m_yieldingWidths.natural - fitted.overflow,
                                                                  m_yieldingWidths.minimum, m_yieldingWidths.natural)
                                                     : m_yieldingWidths.natural;
    if (yielding != header->sectionSize(m_yielding))
        header->resizeSection(m_yielding, yielding);
}

ColumnCap::ColumnCap(QTableView *table, int floor)
    : ColumnRule(table)
    , m_floor(floor)
{}

void ColumnCap::setNaturalWidths(const QList<int> &widths)
{
    m_natural = widths;
    setActive(true);
}

int ColumnCap::capFor(QList<int> widths, int room, int floor)
{
    std::sort(widths.begin(), widths.end());
    int left = room;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const int share = left / int(widths.size() - i);
        if (widths[i] >= share)
            return std::max(share, floor);
        left -= widths[i];
    }
    return widths.isEmpty() ? room : widths.last();
}

void ColumnCap::apply()
{
    QHeaderView *header = table()->horizontalHeader();
    const int columns = int(m_natural.size());
    if (columns != header->count())
        return;
    const int cap = capFor(m_natural, room(), m_floor);
    for (int c = 0; c + 1 < columns; ++c)
        header->resizeSection(c, std::min(m_natural[c], cap));
}

} // namespace TicketDesk
