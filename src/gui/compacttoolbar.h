// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

namespace TicketDesk {

// A toolbar whose buttons show their text beside their icons where the window has room, and only
// their icons (their tooltips and accessible names stay) where it has not: the widgets on it stay
// in view rather than go into the overflow menu, where a shortcut that focuses one of them (Ctrl+F
// and the search) would type into nothing.
class CompactToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompactToolBar)

public:
    explicit CompactToolBar(const QString &title, QWidget *parent = nullptr);
    ~CompactToolBar() override;

    bool isCompact() const { return toolButtonStyle() == Qt::ToolButtonIconOnly; }

protected:
    bool event(QEvent *event) override;

private:
    // Chooses the style for the width it has, once the events of this one are through.
    void scheduleFit();
    void fit();

    bool m_fitScheduled = false;
    // The width its items need with their text, measured while they showed it.
    int m_textWidth = 0;
};

} // namespace TicketDesk
