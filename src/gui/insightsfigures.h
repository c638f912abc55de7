// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/insights.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace TicketDesk {

// The figures of one chart as a table: what the chart draws and what its
// accessible table beside it shows, cell for cell, and what its CSV export
// writes. Row i is a day (`days[i]`) or a named row; column 0 is the row's
// label, the others hold values (a missing value: nullopt).
struct FigureTable
{
    enum class Unit
    {
        Count,
        Seconds,
        Percent,
    };
    QStringList columns;  // column 0: what the rows are
    QList<Unit> units;    // one per value column (columns.size() - 1)
    QList<Unit> rowUnits; // empty, or one per row: then a row's unit, whatever its column
    QStringList rowLabels;
    QList<QDate> days; // empty, or one per row
    QList<QList<std::optional<double>>> values;

    int rowCount() const { return int(rowLabels.size()); }
    int valueColumns() const { return int(units.size()); }
    std::optional<double> value(int row, int column) const;
    Unit unit(int row, int column) const;
    // The label as written to CSV: the ISO date for a day.
    QString csvLabel(int row) const;
    // A value as shown: grouped count, seconds with one decimal, percent.
    QString displayText(int row, int column) const;
    // A value as written to CSV and copied: plain number, '.' decimal.
    QString plainText(int row, int column) const;
    // The whole table as CSV (core/csvwriter): header, then the rows.
    bool writeCsv(QIODevice &out) const;
};

// The tables the Insights tab draws, from one answer of the store.
namespace InsightsFigures {
// Day | CREATED | FAILED | REJECTED | UNCONFIRMED | Open
FigureTable outcomes(const Insights &insights);
// Day | Tickets timed | p50 (s) | p95 (s)
FigureTable durations(const Insights &insights);
// Duration | Tickets (the histogram's bars)
FigureTable histogram(const Insights &insights);
// Figure | Value: webhook, reconciliation, unknown, retries, first failures,
// cured by a retry (counts, the chart's bars), then failure rate and cured share (%).
FigureTable arrivals(const Insights &insights);
// Day | Valid | Late | Duplicate | Bad signature | Quarantined | Other family | Other
FigureTable deliveries(const Insights &insights);
// The arrival rows that are counts (drawn as bars); the rest are rates.
inline constexpr int arrivalCountRows = 6;
// A day's short label for an axis and a table ("3 Dec"); with its year ("3 Dec 2026") where a
// range crosses one, so that 30 Nov 2025 and 30 Nov 2026 are not both "30 Nov".
QString dayLabel(const QDate &day, bool withYear = false);
// "< 1 s", "1 s – 2 s", ..., "≥ 6 h".
QString bucketLabel(qsizetype index, const QList<qint64> &bounds);
// "4 min 10 s", "2 h 5 min", "12 s".
QString ageText(qint64 ms);
// A measured duration: "1.2 s" (tenths, in the locale's numbers) under a minute, as the figure
// tables show seconds; ageText() beyond.
QString durationText(qint64 ms);
// A setting's length with only its parts that are not zero: "2 min", "1 h",
// "1 h 30 min", "90 s" is "1 min 30 s".
QString spanText(qint64 ms);
} // namespace InsightsFigures

// A FigureTable for a QTableView. DisplayRole is the shown text, ValueRole the
// number (a double; invalid when missing), Qt::AccessibleTextRole spells the
// cell with its row and column.
class FigureTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureTableModel)

public:
    enum Role
    {
        ValueRole = Qt::UserRole + 1,
    };
    explicit FigureTableModel(QObject *parent = nullptr);

    void setTable(const FigureTable &table);
    const FigureTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FigureTable m_table;
};

} // namespace TicketDesk
