// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/csvexporter.h"

#include "core/csvwriter.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QLocale>
#include <QStringList>

#include <numeric>

namespace TicketDesk {

char CsvExporter::delimiter()
{
    return CsvWriter::spreadsheetDelimiter(QLocale::system());
}

QString CsvExporter::field(const QString &text, char delimiter)
{
    return CsvWriter::field(text, delimiter);
}

bool CsvExporter::writeHeader(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &out,
                              char delimiter)
{
    QStringList cells;
    for (int c : columns)
        cells << model.headerData(c, Qt::Horizontal).toString();
    const QByteArray bom = CsvWriter::byteOrderMark();
    return out.write(bom) == bom.size() && CsvWriter(out, delimiter).writeRow(cells);
}

bool CsvExporter::writeRows(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns,
                            QIODevice &out, char delimiter)
{
    CsvWriter csv(out, delimiter);
    QStringList cells;
    for (int r : rows) {
        cells.clear();
        for (int c : columns)
            cells << model.index(r, c).data(Qt::DisplayRole).toString();
        if (!csv.writeRow(cells))
            return false;
    }
    return true;
}

bool CsvExporter::write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &out, char delimiter)
{
    QList<int> rows(model.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return writeHeader(model, columns, out, delimiter) && writeRows(model, rows, columns, out, delimiter);
}

} // namespace TicketDesk
