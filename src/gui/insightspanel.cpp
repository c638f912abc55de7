// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/insightspanel.h"

#include "core/savefile.h"

#include "gui/figuretableview.h"
#include "gui/insightscharts.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace TicketDesk {

InsightsPanel::InsightsPanel(const QString &name, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_chartBox(new QFrame(this))
    , m_view(new QChartView(m_chartBox))
    , m_legend(new QLabel(m_chartBox))
    , m_table(new FigureTableView(this))
    , m_model(new FigureTableModel(this))
{
    setObjectName(name + QLatin1StringView("Panel"));
    setAccessibleName(title);
    m_view->setObjectName(name + QLatin1StringView("ChartView"));
    m_view->setAccessibleName(tr("%1 (chart)").arg(title));
    m_view->setAccessibleDescription(tr("The table beside the chart has the same figures."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(280);
    m_view->setFocusPolicy(Qt::NoFocus); // the table is the keyboard's way in
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->setAutoFillBackground(false); // the box's background shows through
    m_table->setObjectName(name + QLatin1StringView("Table"));
    m_table->setAccessibleName(tr("%1 (table)").arg(title));
    m_table->setModel(m_model);
    m_table->setMinimumWidth(m_table->fontMetrics().averageCharWidth() * 16); // an empty one too

    // The legend under the chart, not in it: a chart's own legend is one line that cuts its names
    // ("Válid…", "Assi…") where a translation runs longer than the chart is wide; this one wraps
    // between names, never inside one.
    m_legend->setObjectName(name + QLatin1StringView("Legend"));
    m_legend->setAccessibleName(tr("%1 (legend)").arg(title));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    m_legend->setTextInteractionFlags(Qt::NoTextInteraction);
    m_legend->hide();
    // One card: the box draws the chart's background and frame, around the legend too.
    m_chartBox->setObjectName(name + QLatin1StringView("ChartBox"));
    m_chartBox->setFrameShape(QFrame::StyledPanel);
    m_chartBox->setAutoFillBackground(true);
    m_chartBox->setBackgroundRole(QPalette::Base);
    auto *chartLayout = new QVBoxLayout(m_chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 4); // inside the frame
    chartLayout->addWidget(m_view, 1);
    chartLayout->addWidget(m_legend);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartBox, 1);
    layout->addWidget(m_table); // as wide as its figures (FigureTableView::sizeHint)
    setFigures(FigureTable{}, new QChart);
}

QChart *InsightsPanel::chart() const
{
    return m_view->chart();
}

void InsightsPanel::setFigures(const FigureTable &table, QChart *chart, const QString &subtitle)
{
    m_model->setTable(table);
    chart->setTitle(subtitle.isEmpty() ? m_title : tr("%1 — %2").arg(m_title, subtitle));
    InsightsCharts::applyPalette(chart, palette());
    QStringList items;
    for (const InsightsCharts::LegendEntry &entry : InsightsCharts::legendEntries(chart)) {
        // A coloured square and the name, held together by no-break spaces.
        items << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                     .arg(entry.color.name(),
                          entry.name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    m_legend->setText(items.join(QStringLiteral(" &nbsp; ")));
    m_legend->setVisible(!items.isEmpty());
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // setChart() hands the last chart back to its caller
}

void InsightsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        InsightsCharts::applyPalette(chart(), palette());
}

bool InsightsPanel::exportPng(const QString &path, QString *error) const
{
    // Drawn in memory, then written whole: QPixmap::save() kept no reason ("Could not write").
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!m_chartBox->grab().save(&buffer, "PNG")) {
        if (error)
            *error = tr("the chart could not be drawn as a PNG image");
        return false;
    }
    return saveWhole(path, png, error);
}

bool InsightsPanel::exportSvg(const QString &path, QString *error) const
{
    QByteArray svgBytes;
    QBuffer buffer(&svgBytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(m_chartBox->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_chartBox->size()));
    svg.setTitle(m_title);
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("the chart could not be drawn as an SVG image");
        return false;
    }
    m_chartBox->render(&painter);
    painter.end();
    return saveWhole(path, svgBytes, error);
}

bool InsightsPanel::exportCsv(const QString &path, QString *error) const
{
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    m_model->table().writeCsv(buffer);
    return saveWhole(path, csv, error);
}

} // namespace TicketDesk
