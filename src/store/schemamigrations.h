// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace TicketDesk {

// The schema as a list of forward steps. Step N (1-based) turns a version N-1
// database into version N; TicketStore runs the missing steps in one
// transaction and records the version in PRAGMA user_version. To change the
// schema, append a step: never edit a released one.
//
// The SQL stays portable (no SQLite-only types; times are integer milliseconds
// since the epoch, UTC) so a PostgreSQL store can reuse it.
int latestSchemaVersion();
QStringList migrationStatements(int toVersion);

} // namespace TicketDesk
