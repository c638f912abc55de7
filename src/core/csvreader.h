// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace TicketDesk {

// How much of a file CsvReader takes: a larger file, more rows or a wider header is an error,
// so a wrong or hostile file never costs unbounded memory.
struct CsvLimits
{
    qint64 maxBytes = qint64(16) * 1024 * 1024;
    qsizetype maxRows = 100000; // records after the header
    qsizetype maxColumns = 256; // fields of the header
};

// One record after the header. `fields` holds at most as many values as the header has
// names; a shorter row has fewer (QStringList::value() gives "" for the missing ones). A row
// whose field count differs from the header's carries an error: a missing or extra delimiter
// would otherwise shift its values into the wrong columns.
struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
    // Why the row cannot be used (more or fewer fields than the header, text after a closing
    // quote); empty when it can.
    QString error{};
};

// What CsvReader read. When error is not empty, the file as a whole could not be read and
// errorLine says where (0: not a place in the file, such as the size limit). The error does not
// name the line itself: whoever shows it puts errorLine before it ("Line 3: …", "file.csv:3: …").
struct CsvTable
{
    QStringList header;   // the names as written, trimmed
    char delimiter = ','; // ',', ';' or '\t'
    QList<CsvRecord> records;
    QString error;
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
    // Index of the header name that equals `name`, trimmed and ignoring case; -1 when none.
    qsizetype column(QStringView name) const;
};

// Reads the CSV files people export from spreadsheets and helpdesks: UTF-8 (an optional BOM)
// with a header row; comma, semicolon or tab as delimiter, whichever the header line holds
// most of outside quotes (comma on a tie); RFC 4180 quoting (a quoted field may hold delimiters,
// line breaks and "" for a quote; spaces before an opening quote and after a closing one are
// dropped); CRLF, LF or CR line ends. Rows with no value at all (blank lines, ";;;") are skipped.
// Text after a closing quote (`"Row B" more`) is kept as written, and the row carries an error.
//
// Errors name the line: an unterminated quote, bytes that are not UTF-8 (or a NUL: not a
// text file), a header name given twice, and the limits. A row with more fields than the
// header does not stop the file: that record carries its own error, so an import can list it
// as invalid next to the good rows. Any input gives a table or an error, never a crash.
//
//     const CsvTable table = CsvReader().read(file);
//     if (!table.ok()) ... table.error
//     const qsizetype email = table.column(u"email");
//     for (const CsvRecord &r : table.records) ... r.fields.value(email)
class CsvReader final
{
public:
    explicit CsvReader(CsvLimits limits = {});

    CsvTable parse(QByteArrayView data) const;
    // Reads at most limits.maxBytes + 1 bytes from `device` (open for reading), then parses them.
    CsvTable read(QIODevice &device) const;

private:
    CsvLimits m_limits;
};

} // namespace TicketDesk
