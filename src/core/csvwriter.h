// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

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
    explicit CsvWriter(QIODevice &out);

    // One record: the cells, each through field(), joined with commas, then CRLF. False when
    // the device did not take the whole line.
    bool writeRow(const QStringList &cells);

    // One cell as written: neutralised, then quoted when needed.
    static QString field(const QString &text);
    // One record as written, CRLF included.
    static QByteArray row(const QStringList &cells);

private:
    QIODevice &m_out;
};

} // namespace TicketDesk
