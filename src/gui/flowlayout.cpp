// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace TicketDesk {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return place(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line, every item at its preferred width.
    int width = 0;
    int height = 0;
    const int gap = spacing() >= 0 ? spacing() : 6;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? gap : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    place(rect, true);
}

int FlowLayout::place(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing() >= 0 ? spacing() : 6;
    const int lineGap = std::max(4, gap / 2);
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    QList<QPair<QLayoutItem *, QRect>> line;
    const auto finishLine = [&] {
        // Each item centred in its line's height; the last item at the right end when asked.
        for (qsizetype i = 0; i < line.size(); ++i) {
            QRect r = line[i].second;
            r.moveTop(y + (lineHeight - r.height()) / 2);
            const bool last = line[i].first == m_items.constLast();
            if (last && m_lastAtRight)
                r.moveRight(area.right());
            if (apply)
                line[i].first->setGeometry(r);
        }
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const int width = std::min(hint.width(), std::max(area.width(), item->minimumSize().width()));
        if (!line.isEmpty() && x + width > area.x() + area.width()) {
            finishLine();
            y += lineHeight + lineGap;
            x = area.x();
            lineHeight = 0;
        }
        line.append({item, QRect(x, y, width, hint.height())});
        x += width + gap;
        lineHeight = std::max(lineHeight, hint.height());
    }
    finishLine();
    const QMargins m = contentsMargins();
    return y + lineHeight - rect.y() + m.bottom();
}

} // namespace TicketDesk
