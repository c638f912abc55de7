// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>
#include <QStringList>

class QTableView;

namespace TicketDesk {

// Menu texts with a letter each for the Alt key where one is free: the first free letter that
// starts a word, else any free letter. A text's own '&' stays an ampersand.
QStringList withMnemonics(const QStringList &texts);

// The keyboard's way to sort a table (a click on a column's title is the mouse's): the order,
// then an entry for each column shown, in the order they show, the one the table is sorted by
// checked. It is made anew each time it opens, so it follows columns moved, hidden or shown.
class SortMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SortMenu)

public:
    explicit SortMenu(const QString &title, QWidget *parent = nullptr);

    // The table the menu sorts (one with sorting enabled); none disables the menu.
    void setTable(QTableView *table);
    QTableView *table() const { return m_table; }

    // Makes the entries for the table as it is now (opening the menu does it).
    void rebuild();

private:
    QPointer<QTableView> m_table;
};

} // namespace TicketDesk
