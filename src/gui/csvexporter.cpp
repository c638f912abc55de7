// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/csvexporter.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QStringList>

#include <numeric>

namespace TicketDesk {

QString CsvExporter::field(const QString &text)
{
    QString t = text;
    // A customer-supplied summary must not become a live formula in the operator's spreadsheet.
    if (!t.isEmpty() && (t.front() == QLatin1Char('=') || t.front() == QLatin1Char('+') ||
                         t.front() == QLatin1Char('-') || t.front() == QLatin1Char('@')))
        t.prepend(QLatin1Char('\''));
    const bool quote = t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
                       t.contains(QLatin1Char('\r'));
    if (!quote)
        return t;
    t.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

namespace {

bool writeLine(QStringList &cells, QIODevice &out)
{
    const QByteArray line = (cells.join(QLatin1Char(',')) + QLatin1StringView("\r\n")).toUtf8();
    cells.clear();
    return out.write(line) == line.size();
}

} // namespace

bool CsvExporter::writeHeader(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &out)
{
    QStringList cells;
    for (int c : columns)
        cells << field(model.headerData(c, Qt::Horizontal).toString());
    return writeLine(cells, out);
}

bool CsvExporter::writeRows(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns,
                            QIODevice &out)
{
    QStringList cells;
    for (int r : rows) {
        for (int c : columns)
            cells << field(model.index(r, c).data(Qt::DisplayRole).toString());
        if (!writeLine(cells, out))
            return false;
    }
    return true;
}

bool CsvExporter::write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &out)
{
    QList<int> rows(model.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return writeHeader(model, columns, out) && writeRows(model, rows, columns, out);
}

} // namespace TicketDesk
