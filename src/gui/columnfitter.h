// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
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
// The width sizeColumnFor() gives.
int columnWidthFor(const QTableView *table, int column, const QStringList &samples, int extra = 0, int atLeast = 0);

// A rule for a table's column widths that follows the table: it sizes the columns again when
// the table's width changes and when columns are shown, hidden or moved, until the operator
// sizes a column by hand; from then on the widths are the operator's (a stretched last column
// resizing itself is not the operator). setActive(true) hands them back to the rule.
class ColumnRule : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnRule)

public:
    // False once the operator has sized a column; saved with the layout.
    bool isActive() const { return m_active; }
    void setActive(bool active);

protected:
    explicit ColumnRule(QTableView *table);
    // Sizes the columns for the table as it is; only called while active and laid out.
    virtual void apply() = 0;
    void fit();
    QTableView *table() const { return m_table; }
    int room() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sectionResized(int logicalIndex, int oldSize, int newSize);

    QTableView *m_table;
    QWidget *m_viewport; // the table's, kept: the table is not asked while it is destroyed
    bool m_active = true;
    bool m_fitting = false;
};

// Gives one column of a table (the ticket summary) the width the table can
// spare, so that a window of any size shows what matters without scrolling
// sideways: when every visible column fits with it at its natural width, it
// takes all the room left; otherwise it shrinks (down to its minimum) until
// the columns up to the anchor (the creation time) fit.
class ColumnFitter final : public ColumnRule
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

    // The width the rule above gives the fill column for the table as it is.
    int fittedWidth() const;

    // A column before the anchor that gives up width too, down to `widths.minimum`, when the fill
    // column at its minimum still leaves the anchor out of sight (a longer translation, a larger
    // font): for a column whose cells elide without losing what matters.
    void setYielding(int column, Widths widths);

protected:
    void apply() override;

private:
    // The fill column's width, and what the columns up to the anchor need beyond the room with
    // the fill column at that width and the yielding one at its natural width (0 or less when the
    // anchor is in sight); whether the yielding column is among them.
    struct Layout
    {
        int fill;
        int overflow;
        bool yieldingBeforeAnchor;
    };
    Layout layout() const;
    int width(int logical) const;

    int m_fill;
    int m_anchor;
    Widths m_widths;
    int m_yielding = -1;
    Widths m_yieldingWidths{0, 0};
};

// Keeps every column of a table in sight when the natural widths (what the contents need)
// do not fit: the widest columns are cut to one common width, so that each shows as much as
// the room allows, down to `floor` pixels, below which the table scrolls sideways instead.
// With room enough, every column has its natural width. The last column is left to stretch
// (QHeaderView::setStretchLastSection). For previews whose last column must stay readable.
class ColumnCap final : public ColumnRule
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnCap)

public:
    explicit ColumnCap(QTableView *table, int floor = 80);
    // One width per column; the rule follows the table again, as for new contents.
    void setNaturalWidths(const QList<int> &widths);
    // The width the columns wider than it are cut to so that `widths` fit in `room`
    // (never under `floor`); the widest width when they fit as they are.
    static int capFor(QList<int> widths, int room, int floor);

protected:
    void apply() override;

private:
    int m_floor;
    QList<int> m_natural;
};

} // namespace TicketDesk
