// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csvreader.h"

#include <QString>

namespace TicketDesk::Cli {

// The CSV file a command was given (`customers import`, `create --from-csv`): a
// file that cannot be opened gives a table whose error says so.
CsvTable readCsvFile(const QString &path);

// "FILE: message" or "FILE:LINE: message", for a file that cannot be used at all.
QString fileError(const QString &path, int line, const QString &message);

} // namespace TicketDesk::Cli
