// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace TicketDesk {

// A read-only table of figures (the accessible side of a chart): Ctrl+C copies
// the selected cells as tab-separated text, one line per row, with the column
// headers first.
class FigureTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureTableView)

public:
    explicit FigureTableView(QWidget *parent = nullptr);

    // The selection as TSV (what Ctrl+C puts on the clipboard); empty without one.
    QString selectionAsTsv() const;
    void copySelection();

    // As wide as its columns with room for the vertical scroll bar, whether it shows or not:
    // beside a chart, the table takes what its figures need and the chart the rest, and its
    // scroll bar stays next to its figures rather than beside the window's own.
    QSize sizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace TicketDesk
