// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/insightspanel.h"

#include "core/savefile.h"

#include "gui/figuretableview.h"
#include "gui/insightscharts.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace TicketDesk {

InsightsPanel::InsightsPanel(const QString &name, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_view(new QChartView(this))
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
    m_table->setObjectName(name + QLatin1StringView("Table"));
    m_table->setAccessibleName(tr("%1 (table)").arg(title));
    m_table->setModel(m_model);
    m_table->setMinimumWidth(m_table->fontMetrics().averageCharWidth() * 16); // an empty one too

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
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

bool InsightsPanel::exportPng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

bool InsightsPanel::exportSvg(const QString &path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(m_title);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    m_view->render(&painter);
    return painter.end();
}

bool InsightsPanel::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_model->table().writeCsv(file)) {
        file.cancelWriting();
        return false;
    }
    return commitWhole(file);
}

} // namespace TicketDesk
