// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/insightsfigures.h"

#include <QWidget>

class QChart;
class QChartView;
class QFrame;
class QLabel;

namespace TicketDesk {

class FigureTableView;

// One chart of the Insights tab with, beside it, the accessible table of the
// same figures. Exports the chart as PNG or SVG and the figures as CSV (each
// to a path, no dialog: the tab asks for the path). The chart follows the
// palette.
class InsightsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsPanel)

public:
    // `name`: the object names' stem ("outcomes" -> outcomesChartView, outcomesTable).
    InsightsPanel(const QString &name, const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QChartView *chartView() const { return m_view; }
    // The chart's legend, under it (hidden for a chart without one).
    QLabel *legend() const { return m_legend; }
    // The framed box of the chart and its legend: what the image exports show.
    QFrame *chartBox() const { return m_chartBox; }
    QChart *chart() const;
    FigureTableView *tableView() const { return m_table; }
    FigureTableModel *model() const { return m_model; }
    // Shows new figures: the table, and `chart` (drawn from them; owned from now on) in place of the last.
    void setFigures(const FigureTable &table, QChart *chart, const QString &subtitle = QString());

    // Each writes the whole file or leaves `path` as it was; false with `error` (why, in words a
    // user can act on) when it cannot.
    bool exportPng(const QString &path, QString *error = nullptr) const;
    bool exportSvg(const QString &path, QString *error = nullptr) const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_title;
    QFrame *m_chartBox;
    QChartView *m_view;
    QLabel *m_legend;
    FigureTableView *m_table;
    FigureTableModel *m_model;
};

} // namespace TicketDesk
