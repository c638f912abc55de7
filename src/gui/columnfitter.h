// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTableView;
class QWidget;

namespace TicketDesk {

// Sizes `column` of `table` to show the widest of `samples` (plus `extra`
// pixels, for an icon) in the table's font, or a widget of `atLeast` pixels in
// the cell (a button), whichever is wider, and never narrower than the column's
// title with room for the sort arrow: a larger font or a longer translation is
// not cut.
void sizeColumnFor(QTableView *table, int column, const QStringList &samples, int extra = 0, int atLeast = 0);

// Gives one column of a table (the ticket summary) the width the table can
// spare, so that a window of any size shows what matters without scrolling
// sideways: when every visible column fits with it at its natural width, it
// takes all the room left; otherwise it shrinks (down to its minimum) until
// the columns up to the anchor (the creation time) fit. It follows the
// table's width, and columns shown, hidden or moved, until the operator sizes
// a column by hand: from then on the widths are the operator's, for good.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    struct Widths
    {
        int natural;
        int minimum;
    };
    ColumnFitter(QTableView *table, int fillColumn, int anchorColumn, Widths widths);

    // False once the operator has sized a column; saved with the layout.
    bool isActive() const { return m_active; }
    void setActive(bool active);
    // The width the rule above gives the fill column for the table as it is.
    int fittedWidth() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    void sectionResized(int logicalIndex, int oldSize, int newSize);

    QTableView *m_table;
    QWidget *m_viewport; // the table's, kept: the table is not asked while it is destroyed
    int m_fill;
    int m_anchor;
    Widths m_widths;
    bool m_active = true;
    bool m_fitting = false;
};

} // namespace TicketDesk
