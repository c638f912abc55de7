// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvwriter.h"

#include <QIODevice>
#include <QLocale>

namespace TicketDesk {

namespace {

// A spreadsheet reads a cell that starts with one of these as a formula (a leading tab or CR is
// skipped by some, then the formula runs): an apostrophe makes it text.
constexpr QLatin1StringView formulaStarts{"=+-@\t\r"};

} // namespace

CsvWriter::CsvWriter(QIODevice &out, char delimiter)
    : m_out(out)
    , m_delimiter(delimiter)
{}

char CsvWriter::spreadsheetDelimiter(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1StringView(",") ? ';' : ',';
}

QString CsvWriter::field(const QString &text, char delimiter)
{
    QString t = text;
    if (!t.isEmpty() && formulaStarts.contains(t.front()))
        t.prepend(QLatin1Char('\''));
    const bool quote = t.contains(QLatin1Char(delimiter)) || t.contains(QLatin1Char('"')) ||
                       t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r'));
    if (!quote)
        return t;
    t.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

QString CsvWriter::unguarded(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && formulaStarts.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QByteArray CsvWriter::row(const QStringList &cells, char delimiter)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(delimiter);
        line += field(cells.at(i), delimiter);
    }
    line += QLatin1StringView("\r\n");
    return line.toUtf8();
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    const QByteArray line = row(cells, m_delimiter);
    return m_out.write(line) == line.size();
}

} // namespace TicketDesk
