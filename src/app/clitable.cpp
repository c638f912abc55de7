// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clitable.h"

#include <algorithm>

namespace TicketDesk::Cli {

void printColumns(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    ColumnWriter writer(out, header, std::max<qsizetype>(rows.size(), 1));
    for (const QStringList &row : rows)
        writer.add(row);
    writer.finish(true);
}

ColumnWriter::ColumnWriter(QTextStream &out, QStringList header, qsizetype sample)
    : m_out(out)
    , m_header(std::move(header))
    , m_sample(std::max<qsizetype>(sample, 1))
    , m_widths(m_header.size(), 0)
{}

void ColumnWriter::add(QStringList row)
{
    ++m_rows;
    if (m_sized) {
        write(row);
        return;
    }
    m_held.append(std::move(row));
    if (m_held.size() >= m_sample)
        writeHeld();
}

qsizetype ColumnWriter::finish(bool headerWhenEmpty)
{
    if (!m_sized && (!m_held.isEmpty() || headerWhenEmpty))
        writeHeld();
    m_out.flush();
    return m_rows;
}

void ColumnWriter::writeHeld()
{
    for (const QStringList &row : std::as_const(m_held))
        widen(row);
    m_sized = true;
    write(m_header);
    for (const QStringList &row : std::as_const(m_held))
        write(row);
    m_held.clear();
    m_held.squeeze();
}

QString ColumnWriter::shown(const QStringList &row, qsizetype column) const
{
    const QString &cell = row[column];
    if (m_maxCell <= 1 || column + 1 == row.size() || cell.size() <= m_maxCell)
        return cell;
    qsizetype keep = m_maxCell - 1;
    if (cell.at(keep - 1).isHighSurrogate())
        --keep; // not half a character
    return cell.left(keep) + QChar(0x2026);
}

void ColumnWriter::widen(const QStringList &row)
{
    for (qsizetype c = 0; c < row.size() && c < m_widths.size(); ++c)
        m_widths[c] = std::max(m_widths[c], shown(row, c).size());
}

void ColumnWriter::write(const QStringList &row)
{
    widen(row);
    QString line;
    for (qsizetype c = 0; c < row.size(); ++c)
        line += c + 1 < row.size() ? shown(row, c).leftJustified(m_widths.value(c) + 2) : row[c];
    m_out << line << '\n';
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace TicketDesk::Cli
