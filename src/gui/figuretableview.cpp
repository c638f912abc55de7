// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/figuretableview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <map>
#include <set>

namespace TicketDesk {

FigureTableView::FigureTableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
}

QString FigureTableView::selectionAsTsv() const
{
    if (!model() || !selectionModel())
        return QString();
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return QString();
    // Rows and columns in the order shown, each cell where it belongs.
    std::set<int> columns;
    std::map<int, std::map<int, QString>> rows;
    for (const QModelIndex &i : selected) {
        columns.insert(i.column());
        rows[i.row()][i.column()] = i.data(Qt::DisplayRole).toString();
    }
    const auto clean = [](QString text) { return text.replace(QLatin1Char('\t'), QLatin1Char(' ')); };
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << clean(model()->headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (const auto &[row, cells] : rows) {
        QStringList line;
        for (int c : columns) {
            const auto it = cells.find(c);
            line << (it == cells.end() ? QString() : clean(it->second));
        }
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void FigureTableView::copySelection()
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void FigureTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace TicketDesk
