// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;
class QLocale;

namespace TicketDesk {

// The one CSV dialect TicketDesk writes (the desktop's export and `ticketdesk export`):
// RFC 4180 in UTF-8, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
// inner quotes doubled. A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) is
// prefixed with an apostrophe: ticket text comes from customers, and must not become a live
// formula in the operator's spreadsheet.
//
//     CsvWriter csv(file);
//     csv.writeRow({QStringLiteral("id"), QStringLiteral("summary")});
//     if (!csv.writeRow({QString::number(id), summary})) ... // the device failed
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice &out, char delimiter = ',');

    // One record: the cells, each through field(), joined with the delimiter, then CRLF. False
    // when the device did not take the whole line.
    bool writeRow(const QStringList &cells);

    // One cell as written: neutralised (an apostrophe before a formula's first character, and
    // before any apostrophes that come first), then quoted when needed (it holds the delimiter,
    // a quote or a line break).
    static QString field(const QString &text, char delimiter = ',');
    // One record as written, CRLF included.
    static QByteArray row(const QStringList &cells, char delimiter = ',');
    // A cell read back (an import): the apostrophe field() puts before a formula's first
    // character taken off again, so that what TicketDesk exported is imported as it was (a
    // spreadsheet does not save the apostrophe typed to make a cell text, so only such files
    // have one there).
    static QString unguarded(const QString &cell);

    // For a file meant for a spreadsheet (the desktop's exports): the delimiter that spreadsheets
    // expect where numbers are written as `locale` writes them: a semicolon where the decimal
    // separator is a comma (es, pt_BR), else a comma. Such a file starts with a UTF-8 byte-order
    // mark too, by which they know the text is UTF-8.
    static char spreadsheetDelimiter(const QLocale &locale);
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

private:
    QIODevice &m_out;
    char m_delimiter;
};

} // namespace TicketDesk
