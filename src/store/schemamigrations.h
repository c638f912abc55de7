// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

#include <QStringList>

namespace TicketDesk {

// The schema as a list of forward steps. Step N (1-based) turns a version N-1
// database into version N; TicketStore runs the missing steps in one
// transaction and records the version (SQLite: PRAGMA user_version;
// PostgreSQL: the ticketdesk_schema table). To change the schema, append a
// step: never edit a released one.
//
// The SQL is written once, in SQLite's types; the dialect turns it into
// PostgreSQL's (times are integer milliseconds since the epoch, UTC).
int latestSchemaVersion();
QStringList migrationStatements(int toVersion, const SqlDialect &dialect = SqlDialect());

} // namespace TicketDesk
