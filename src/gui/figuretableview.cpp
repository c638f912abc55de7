// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/figuretableview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>
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
    setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // New figures may need other widths: the layout asks again.
    const auto remeasure = [this] { updateGeometry(); };
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, remeasure);
    connect(horizontalHeader(), &QHeaderView::sectionCountChanged, this, remeasure);
}

QSize FigureTableView::sizeHint() const
{
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    const QHeaderView *header = horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (!header->isSectionHidden(c))
            width += std::max(header->sectionSizeHint(c), sizeHintForColumn(c));
    }
    return QSize(width, QTableView::sizeHint().height());
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
