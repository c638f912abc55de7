// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/insightscharts.h"

#include "gui/insightsfigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace TicketDesk {

namespace {

constexpr const char *colorProperty = "insightsColor";
constexpr const char *compactProperty = "insightsCompactLabels";

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers as the tables beside them write them: "2,5" in a Portuguese window.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QBarCategoryAxis *categoryAxis(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    // Axis labels are rich text: "< 1 s" would be taken for a tag.
    QStringList escaped;
    for (const QString &label : labels)
        escaped << label.toHtmlEscaped();
    axis->append(escaped);
    return axis;
}

// The rows' labels (bar and point r sit at x = r). Up to 10 days, each day's
// label. Up to 45, the day of the month in a smaller font, under every day up
// to 20 and every other one beyond: a category axis cuts a label to its bar's
// width, even turned, so these sit on values and may spread over the next bar.
// Beyond 45 days, one label per calendar month in the middle of its days, with
// a grid line between months. Past 10 days the range is the axis title.
QAbstractAxis *rowAxis(const FigureTable &table)
{
    if (table.days.size() <= 10) {
        // Without the year the table may give: ten bars have no room for it.
        QStringList labels;
        for (const QDate &day : table.days)
            labels << InsightsFigures::dayLabel(day);
        return categoryAxis(labels);
    }
    QAbstractAxis *axis = nullptr;
    if (table.days.size() <= 45) {
        auto *days = new QCategoryAxis;
        days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        days->setStartValue(-0.5);
        days->setRange(-0.5, double(table.days.size()) - 0.5);
        const qsizetype step = table.days.size() <= 20 ? 1 : 2;
        for (qsizetype i = 0; i < table.days.size(); i += step)
            days->append(QString::number(table.days[i].day()), double(i));
        days->setGridLineVisible(false);
        axis = days;
        axis->setProperty(compactProperty, true);
    } else {
        auto *months = new QCategoryAxis;
        months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        months->setStartValue(-0.5);
        months->setRange(-0.5, double(table.days.size()) - 0.5);
        for (qsizetype i = 0; i < table.days.size(); ++i) {
            const QDate day = table.days[i];
            if (i + 1 < table.days.size() && table.days[i + 1].month() == day.month())
                continue;
            // Labels are rich text, as categoryAxis() says.
            months->append(QLocale().toString(day, QStringLiteral("MMM yyyy")).toHtmlEscaped(), double(i) + 0.5);
        }
        axis = months;
    }
    const bool years = table.days.first().year() != table.days.last().year();
    axis->setTitleText(QCoreApplication::translate("InsightsFigures", "%1 – %2")
                           .arg(InsightsFigures::dayLabel(table.days.first(), years),
                                InsightsFigures::dayLabel(table.days.last(), years)));
    return axis;
}

QValueAxis *valueAxis(double max, bool integers)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    if (integers) {
        // Whole numbers: ticks on integers, at most 6 of them, a step of 1, 2 or 5 times a
        // power of ten (0, 20, 40, … rather than 0, 14, 28, …).
        const double top = std::max(1.0, std::ceil(max));
        const double least = top / 5;
        const double power = std::pow(10.0, std::floor(std::log10(least)));
        double step = 10 * power;
        for (const double m : {1.0, 2.0, 5.0}) {
            if (m * power >= least) {
                step = m * power;
                break;
            }
        }
        step = std::max(1.0, step);
        axis->setRange(0, step * std::ceil(top / step));
        axis->setTickCount(int(std::ceil(top / step)) + 1);
        axis->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        axis->applyNiceNumbers();
        // A decimal only where the ticks need one: "20", "40"; "0.5", "1.0".
        const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
        axis->setLabelFormat(step == std::round(step) ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    }
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

QList<QColor> InsightsCharts::outcomeColors()
{
    // CREATED, FAILED, REJECTED, UNCONFIRMED, open.
    return {QColor(0x2e, 0x9d, 0x4f), QColor(0xd9, 0x3b, 0x3b), QColor(0xe8, 0x8a, 0x1a), QColor(0x8e, 0x5c, 0xc9),
            QColor(0x3b, 0x82, 0xd6)};
}

QList<QColor> InsightsCharts::deliveryColors()
{
    // valid, late, duplicate, bad signature, quarantined, other family, other.
    return {QColor(0x2e, 0x9d, 0x4f), QColor(0xe8, 0xb3, 0x1a), QColor(0x8a, 0x94, 0xa0), QColor(0xd9, 0x3b, 0x3b),
            QColor(0x8e, 0x5c, 0xc9), QColor(0x1a, 0xa3, 0xa3), QColor(0x6b, 0x55, 0x40)};
}

QChart *InsightsCharts::stackedBars(const FigureTable &table, const QList<QColor> &colors)
{
    QChart *chart = newChart();
    auto *series = new QStackedBarSeries;
    double max = 0;
    QList<double> totals(table.rowCount(), 0.0);
    for (int c = 0; c < table.valueColumns(); ++c) {
        auto *set = new QBarSet(table.columns.value(c + 1));
        set->setProperty(colorProperty, colors.value(c));
        for (int r = 0; r < table.rowCount(); ++r) {
            const double v = table.value(r, c).value_or(0);
            set->append(v);
            totals[r] += v;
        }
        series->append(set);
    }
    for (double t : std::as_const(totals))
        max = std::max(max, t);
    attach(chart, series, rowAxis(table), valueAxis(max, true));
    return chart;
}

QChart *InsightsCharts::bars(const FigureTable &table, const QColor &color, bool horizontal, int rows,
                             const QStringList &labels)
{
    QChart *chart = newChart();
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    const int n = rows < 0 ? table.rowCount() : std::min(rows, table.rowCount());
    auto *set = new QBarSet(table.columns.value(1));
    set->setProperty(colorProperty, color);
    QStringList categories;
    double max = 0;
    // A horizontal axis counts from the bottom: the rows go in reversed to read from the top.
    for (int i = 0; i < n; ++i) {
        const int r = horizontal ? n - 1 - i : i;
        const double v = table.value(r, 0).value_or(0);
        set->append(v);
        categories << (labels.isEmpty() ? table.rowLabels.value(r) : labels.value(r));
        max = std::max(max, v);
    }
    series->append(set);
    chart->legend()->hide();
    chart->addSeries(series);
    QBarCategoryAxis *categoryAxisOf = categoryAxis(categories);
    QValueAxis *values = valueAxis(max, true);
    if (horizontal) {
        chart->addAxis(values, Qt::AlignBottom);
        chart->addAxis(categoryAxisOf, Qt::AlignLeft);
    } else {
        chart->addAxis(categoryAxisOf, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
    }
    series->attachAxis(categoryAxisOf);
    series->attachAxis(values);
    return chart;
}

QChart *InsightsCharts::lines(const FigureTable &table, const QList<int> &columns, const QList<QColor> &colors)
{
    QChart *chart = newChart();
    double max = 0;
    QList<QLineSeries *> all;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(table.columns.value(columns[i] + 1));
        line->setProperty(colorProperty, colors.value(i));
        line->setPointsVisible(true);
        for (int r = 0; r < table.rowCount(); ++r) {
            if (const std::optional<double> v = table.value(r, columns[i])) {
                line->append(r, *v);
                max = std::max(max, *v);
            }
        }
        all << line;
    }
    QAbstractAxis *x = rowAxis(table);
    QValueAxis *y = valueAxis(max, false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(all)) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

QList<InsightsCharts::LegendEntry> InsightsCharts::legendEntries(const QChart *chart)
{
    QList<LegendEntry> out;
    if (!chart || !chart->legend()->isVisible())
        return out;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : barSeries->barSets())
                out << LegendEntry{set->label(), set->property(colorProperty).value<QColor>()};
        } else {
            out << LegendEntry{series->name(), series->property(colorProperty).value<QColor>()};
        }
    }
    return out;
}

void InsightsCharts::applyPalette(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const bool dark = window.lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setTitleBrush(text);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(QFont().pointSizeF() + 1);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(QFont());
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(dark ? 110 : 90);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        QFont labels;
        if (axis->property(compactProperty).toBool())
            labels.setPointSizeF(std::max(6.0, labels.pointSizeF() - 2));
        axis->setLabelsFont(labels);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : barSeries->barSets()) {
                const QColor c = set->property(colorProperty).value<QColor>();
                if (c.isValid()) {
                    set->setColor(c);
                    set->setBorderColor(c.darker(115));
                }
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const QColor c = line->property(colorProperty).value<QColor>();
            QPen pen = line->pen();
            if (c.isValid())
                pen.setColor(c);
            pen.setWidthF(2.5);
            line->setPen(pen);
        }
    }
}

} // namespace TicketDesk
