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
// A time in a listing: UTC to the minute, empty when unknown.
QString shortTime(const QDateTime &time);

} // namespace TicketDesk::Cli
