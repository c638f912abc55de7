// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace TicketDesk {

// Lays its items out left to right at their preferred widths, and starts a new line where the
// next one would not fit: a row of controls that a narrow window wraps rather than widens. It
// asks for the width of its widest item only. spacing() is the gap between items on a line; lines
// are half as far apart.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // The last item sits at the right end of its line (a button that ends the row).
    void setLastAtRight(bool right) { m_lastAtRight = right; }

private:
    // Places the items in `rect` (or only measures, when `apply` is false); the height used.
    int place(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    bool m_lastAtRight = false;
};

} // namespace TicketDesk
