// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/compacttoolbar.h"

#include <QEvent>
#include <QTimer>

namespace TicketDesk {

CompactToolBar::CompactToolBar(const QString &title, QWidget *parent)
    : QToolBar(title, parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

CompactToolBar::~CompactToolBar() = default;

bool CompactToolBar::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        // The texts' widths changed: measured again with the texts shown.
        m_textWidth = 0;
        [[fallthrough]];
    case QEvent::Resize:
    case QEvent::LayoutRequest:
    case QEvent::Show:
        scheduleFit();
        break;
    default:
        break;
    }
    return QToolBar::event(event);
}

void CompactToolBar::scheduleFit()
{
    if (m_fitScheduled)
        return;
    m_fitScheduled = true;
    // Not from within the event: a new style lays the toolbar out again.
    QTimer::singleShot(0, this, [this] {
        m_fitScheduled = false;
        fit();
    });
}

void CompactToolBar::fit()
{
    if (!isVisible())
        return;
    // Floating, or standing upright at a side, it takes the size its items ask for: texts and all.
    if (isFloating() || orientation() != Qt::Horizontal) {
        setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return;
    }
    if (!isCompact()) {
        m_textWidth = sizeHint().width();
        if (width() < m_textWidth)
            setToolButtonStyle(Qt::ToolButtonIconOnly);
    } else if (m_textWidth == 0 || width() >= m_textWidth) {
        // Measured again (the texts may have changed since): it comes back here when they do not fit.
        setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
}

} // namespace TicketDesk
