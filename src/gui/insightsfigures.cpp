// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/insightsfigures.h"

#include "core/csvwriter.h"
#include "gui/ticketmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace TicketDesk {

namespace {

std::optional<double> count(qint64 n)
{
    return double(n);
}

std::optional<double> seconds(const std::optional<qint64> &ms)
{
    return ms ? std::optional<double>(double(*ms) / 1000.0) : std::nullopt;
}

std::optional<double> percent(const std::optional<double> &share)
{
    return share ? std::optional<double>(*share * 100.0) : std::nullopt;
}

FigureTable byDay(const Insights &insights, const QStringList &valueColumns, FigureTable::Unit unit)
{
    FigureTable t;
    t.columns << QCoreApplication::translate("InsightsFigures", "Day") << valueColumns;
    for (qsizetype i = 0; i < valueColumns.size(); ++i)
        t.units << unit;
    const bool years = !insights.days.isEmpty() && insights.days.first().day.year() != insights.days.last().day.year();
    for (const InsightsDay &d : insights.days) {
        t.rowLabels << InsightsFigures::dayLabel(d.day, years);
        t.days << d.day;
    }
    return t;
}

} // namespace

std::optional<double> FigureTable::value(int row, int column) const
{
    if (row < 0 || row >= values.size() || column < 0 || column >= values[row].size())
        return std::nullopt;
    return values[row][column];
}

FigureTable::Unit FigureTable::unit(int row, int column) const
{
    if (row >= 0 && row < rowUnits.size())
        return rowUnits[row];
    return units.value(column);
}

QString FigureTable::csvLabel(int row) const
{
    if (row < days.size())
        return days[row].toString(Qt::ISODate);
    return rowLabels.value(row);
}

QString FigureTable::displayText(int row, int column) const
{
    const std::optional<double> v = value(row, column);
    if (!v)
        return QString();
    const QLocale locale;
    switch (unit(row, column)) {
    case Unit::Count:
        return locale.toString(qint64(std::llround(*v)));
    case Unit::Seconds:
        return locale.toString(*v, 'f', 1);
    case Unit::Percent:
        return QCoreApplication::translate("InsightsFigures", "%1 %").arg(locale.toString(*v, 'f', 1));
    }
    return QString();
}

QString FigureTable::plainText(int row, int column) const
{
    const std::optional<double> v = value(row, column);
    if (!v)
        return QString();
    if (unit(row, column) == Unit::Count)
        return QString::number(qint64(std::llround(*v)));
    return QString::number(*v, 'f', 3);
}

bool FigureTable::writeCsv(QIODevice &out) const
{
    CsvWriter csv(out);
    if (!csv.writeRow(columns))
        return false;
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells{csvLabel(r)};
        for (int c = 0; c < valueColumns(); ++c)
            cells << plainText(r, c);
        if (!csv.writeRow(cells))
            return false;
    }
    return true;
}

namespace InsightsFigures {

QString dayLabel(const QDate &day, bool withYear)
{
    return QLocale().toString(day, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
}

QString spanText(qint64 ms)
{
    // A setting or a bound, not a measured wait: only the parts that are not zero.
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s >= 3600 && s % 60 == 0) {
        if (s % 3600 == 0)
            return QCoreApplication::translate("InsightsFigures", "%1 h").arg(s / 3600);
        return QCoreApplication::translate("InsightsFigures", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    }
    if (s >= 60) {
        if (s % 60 == 0)
            return QCoreApplication::translate("InsightsFigures", "%1 min").arg(s / 60);
        return QCoreApplication::translate("InsightsFigures", "%1 min %2 s").arg(s / 60).arg(s % 60);
    }
    return QCoreApplication::translate("InsightsFigures", "%1 s").arg(s);
}

QString bucketLabel(qsizetype index, const QList<qint64> &bounds)
{
    if (index == 0 && !bounds.isEmpty())
        return QCoreApplication::translate("InsightsFigures", "< %1").arg(spanText(bounds.first()));
    if (index >= bounds.size())
        return QCoreApplication::translate("InsightsFigures", "≥ %1")
            .arg(bounds.isEmpty() ? QStringLiteral("0") : spanText(bounds.last()));
    return QCoreApplication::translate("InsightsFigures", "%1 – %2")
        .arg(spanText(bounds[index - 1]), spanText(bounds[index]));
}

QString ageText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return QCoreApplication::translate("InsightsFigures", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("InsightsFigures", "%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return QCoreApplication::translate("InsightsFigures", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return QCoreApplication::translate("InsightsFigures", "%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString durationText(qint64 ms)
{
    const qint64 tenths = (std::max<qint64>(0, ms) + 50) / 100; // 59.96 s is 1 min 0 s, not "60.0 s"
    if (tenths < 600)
        return QCoreApplication::translate("InsightsFigures", "%1 s")
            .arg(QLocale().toString(double(tenths) / 10.0, 'f', 1));
    return ageText(tenths * 100);
}

FigureTable outcomes(const Insights &insights)
{
    FigureTable t =
        byDay(insights,
              {TicketModel::statusLabel(TicketStatus::Created), TicketModel::statusLabel(TicketStatus::Failed),
               TicketModel::statusLabel(TicketStatus::Rejected), TicketModel::statusLabel(TicketStatus::Unconfirmed),
               QCoreApplication::translate("InsightsFigures", "Open")},
              FigureTable::Unit::Count);
    for (const InsightsDay &d : insights.days) {
        const OutcomeFigures &o = d.outcomes;
        t.values << QList<std::optional<double>>{count(o.created), count(o.failed), count(o.rejected),
                                                 count(o.unconfirmed), count(o.open)};
    }
    return t;
}

FigureTable durations(const Insights &insights)
{
    FigureTable t = byDay(insights,
                          {QCoreApplication::translate("InsightsFigures", "Tickets timed"),
                           QCoreApplication::translate("InsightsFigures", "p50 (s)"),
                           QCoreApplication::translate("InsightsFigures", "p95 (s)")},
                          FigureTable::Unit::Seconds);
    t.units[0] = FigureTable::Unit::Count;
    for (const InsightsDay &d : insights.days)
        t.values << QList<std::optional<double>>{count(d.durations.count), seconds(d.durations.p50Ms),
                                                 seconds(d.durations.p95Ms)};
    return t;
}

FigureTable histogram(const Insights &insights)
{
    FigureTable t;
    t.columns << QCoreApplication::translate("InsightsFigures", "Time to outcome")
              << QCoreApplication::translate("InsightsFigures", "Tickets");
    t.units << FigureTable::Unit::Count;
    const QList<qint64> bounds = insightsHistogramBounds();
    for (qsizetype i = 0; i < insights.histogram.size(); ++i) {
        t.rowLabels << bucketLabel(i, bounds);
        t.values << QList<std::optional<double>>{count(insights.histogram[i].count)};
    }
    return t;
}

FigureTable arrivals(const Insights &insights)
{
    const ArrivalFigures &a = insights.arrivals;
    FigureTable t;
    t.columns << QCoreApplication::translate("InsightsFigures", "Figure")
              << QCoreApplication::translate("InsightsFigures", "Value");
    t.units << FigureTable::Unit::Count;
    t.rowLabels << QCoreApplication::translate("InsightsFigures", "Outcome by webhook")
                << QCoreApplication::translate("InsightsFigures", "Outcome by reconciliation")
                << QCoreApplication::translate("InsightsFigures", "Outcome, way unknown")
                << QCoreApplication::translate("InsightsFigures", "Retries")
                << QCoreApplication::translate("InsightsFigures", "First failures")
                << QCoreApplication::translate("InsightsFigures", "Cured by a retry")
                << QCoreApplication::translate("InsightsFigures", "Failure rate")
                << QCoreApplication::translate("InsightsFigures", "Cured share");
    for (qint64 n : {a.byWebhook, a.byReconciliation, a.unknown, a.retries, a.firstFailures, a.curedByRetry})
        t.values << QList<std::optional<double>>{count(n)};
    t.rowUnits = QList<FigureTable::Unit>(arrivalCountRows, FigureTable::Unit::Count);
    t.rowUnits << FigureTable::Unit::Percent << FigureTable::Unit::Percent;
    t.values << QList<std::optional<double>>{percent(a.failureRate)};
    t.values << QList<std::optional<double>>{percent(a.curedShare)};
    return t;
}

FigureTable deliveries(const Insights &insights)
{
    FigureTable t = byDay(insights,
                          {QCoreApplication::translate("InsightsFigures", "Valid"),
                           QCoreApplication::translate("InsightsFigures", "Late"),
                           QCoreApplication::translate("InsightsFigures", "Duplicate"),
                           QCoreApplication::translate("InsightsFigures", "Bad signature"),
                           QCoreApplication::translate("InsightsFigures", "Quarantined"),
                           QCoreApplication::translate("InsightsFigures", "Other family"),
                           QCoreApplication::translate("InsightsFigures", "Other")},
                          FigureTable::Unit::Count);
    for (const InsightsDay &d : insights.days) {
        const DeliveryFigures &f = d.deliveries;
        t.values << QList<std::optional<double>>{count(f.valid),        count(f.late),        count(f.duplicate),
                                                 count(f.badSignature), count(f.quarantined), count(f.otherFamily),
                                                 count(f.other)};
    }
    return t;
}

} // namespace InsightsFigures

FigureTableModel::FigureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FigureTableModel::setTable(const FigureTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rowCount())
        return QVariant();
    const int row = index.row();
    const int column = index.column() - 1; // the value column, -1 for the label
    switch (role) {
    case Qt::DisplayRole:
        return column < 0 ? m_table.rowLabels.value(row) : m_table.displayText(row, column);
    case Qt::AccessibleTextRole: {
        const QString text = column < 0 ? m_table.rowLabels.value(row) : m_table.displayText(row, column);
        if (column < 0)
            return text;
        return QCoreApplication::translate("InsightsFigures", "%1, %2: %3")
            .arg(m_table.rowLabels.value(row), m_table.columns.value(index.column()),
                 text.isEmpty() ? QCoreApplication::translate("InsightsFigures", "none") : text);
    }
    case Qt::TextAlignmentRole:
        return column < 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole: {
        if (column < 0)
            return QVariant();
        const std::optional<double> v = m_table.value(row, column);
        return v ? QVariant(*v) : QVariant();
    }
    default:
        return QVariant();
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_table.columns.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace TicketDesk
