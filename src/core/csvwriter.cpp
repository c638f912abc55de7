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

// Whether `text` is apostrophes and then a formula's first character: a cell that needs one
// apostrophe more to read as itself ("=1" as "'=1", and so "'=1" as "''=1", which unguarded()
// gives back as it was).
bool guardedShape(QStringView text, qsizetype apostrophes)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i >= apostrophes && i < text.size() && formulaStarts.contains(text.at(i));
}

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
    if (guardedShape(t, 0))
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
    if (guardedShape(cell, 1))
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
