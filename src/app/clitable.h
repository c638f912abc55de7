// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace TicketDesk::Cli {

// The listings' text form (`list`, `customers list`): the header, then one
// line a row, each column as wide as its widest cell plus two spaces.
void printColumns(QTextStream &out, const QStringList &header, const QList<QStringList> &rows);

// The same, streamed, for a listing of any length (`list` on a million tickets held them all, 0.5 GB):
// the first `sample` rows size the columns and are written with the header; each later row is
// written as it comes, a wider cell widening its column from that row on (`list`'s ids pass
// 9,999 and 99,999 in order: one step each). Nothing is written for no rows.
class ColumnWriter
{
public:
    // A cell longer than `characters`, but in the last column, is cut short with "…" (0: none is):
    // for `list`, where one odd value (a 5,000-character issue key from a signed event) padded
    // every line to its width. Not for listings whose values are copied whole (emails, names).
    void setMaxCell(qsizetype characters) { m_maxCell = characters; }

    ColumnWriter(QTextStream &out, QStringList header, qsizetype sample = 1000);
    void add(QStringList row);
    // Writes the rows still held (and the header alone, for no rows, if asked); the number of rows.
    qsizetype finish(bool headerWhenEmpty = false);

private:
    void writeHeld();
    // Each column as wide as its widest cell seen so far (the header's included).
    void widen(const QStringList &row);
    void write(const QStringList &row);
    // The cell as the table shows it.
    QString shown(const QStringList &row, qsizetype column) const;

    QTextStream &m_out;
    QStringList m_header;
    qsizetype m_sample;
    QList<QStringList> m_held;
    QList<qsizetype> m_widths;
    bool m_sized = false;
    qsizetype m_maxCell = 0;
    qsizetype m_rows = 0;
};
// A time in a listing: UTC to the minute, empty when unknown.
QString shortTime(const QDateTime &time);

} // namespace TicketDesk::Cli
