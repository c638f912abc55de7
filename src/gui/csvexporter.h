// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace TicketDesk {

// Writes what a table view shows (its model's rows, in the given columns and
// order, DisplayRole text) as CSV through core's CsvWriter, for a spreadsheet:
// a UTF-8 byte-order mark and a header line, then one line a row, the cells
// separated by `delimiter` (the exports pass delimiter(): what the computer's
// spreadsheets expect).
// `ticketdesk export` writes for scripts: commas, no byte-order mark.
class CsvExporter final
{
public:
    // CsvWriter::spreadsheetDelimiter() of the system's locale (its regional settings, which a
    // spreadsheet follows, not the language TicketDesk speaks): ';' where numbers are written
    // "1,5", else ','.
    static char delimiter();
    // CsvWriter::field(): one cell, neutralised and quoted as written.
    static QString field(const QString &text, char delimiter = ',');
    static bool write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &out, char delimiter);
    // The two halves of write(), for an export written a slice at a time: the
    // header line, and the given rows of `model`.
    static bool writeHeader(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &out, char delimiter);
    static bool writeRows(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns,
                          QIODevice &out, char delimiter);
};

} // namespace TicketDesk
