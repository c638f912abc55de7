// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QChart;
class QPalette;

namespace TicketDesk {

struct FigureTable;

// Qt Charts drawn from FigureTables: every series value is a cell of the table.
// Colours are the figures' own (the same in light and dark); the rest (theme,
// background, text, grid) follows the palette through applyPalette().
namespace InsightsCharts {
// One stacked bar per row; one bar set per value column, coloured `colors[column]`.
QChart *stackedBars(const FigureTable &table, const QList<QColor> &colors);
// One bar per row (value column 0) of the first `rows` rows (-1: all), named `labels` (empty: the
// rows' labels). Horizontal bars run from the top down, in the table's order.
QChart *bars(const FigureTable &table, const QColor &color, bool horizontal, int rows = -1,
             const QStringList &labels = {});
// One line per listed value column over the rows (a missing value: no point), with points shown.
QChart *lines(const FigureTable &table, const QList<int> &columns, const QList<QColor> &colors);
// Theme, background, title, legend, axes and grid from `palette`, then the series' own colours again.
void applyPalette(QChart *chart, const QPalette &palette);
// The series' names with their colours, in the chart's order: what its legend shows (none when hidden).
struct LegendEntry
{
    QString name;
    QColor color;
};
QList<LegendEntry> legendEntries(const QChart *chart);
// The figures' colours.
QList<QColor> outcomeColors();
QList<QColor> deliveryColors();
} // namespace InsightsCharts

} // namespace TicketDesk
