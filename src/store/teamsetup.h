// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace TicketDesk {

class SqlDialect;

// The group roles of a team database: the DBA makes people members of them.
inline constexpr char teamServerRole[] = "ticketdesk_server";
inline constexpr char teamOperatorRole[] = "ticketdesk_operator";

// Makes the database enforce who may do what, on a PostgreSQL database whose
// schema is already migrated (TicketStore::initTeamDatabase() calls it on its
// own connection). Creates the NOLOGIN group roles if missing, grants each what
// it may do, turns on row-level security where grants are not enough, and
// installs the trigger that links a retry to its original on the server side
// (an operator may not update tickets). Idempotent: every run resets grants
// and policies to this build's; one transaction under an advisory lock, and
// role creation tolerates a concurrent init on another database of the same
// server.
struct TeamSetupResult
{
    StoreError error;
    QStringList createdRoles;  // group roles this run created
    QStringList existingRoles; // group roles that were there already
    QStringList tables;        // tables whose grants (and policies) were set
    QStringList functions;     // functions (and their triggers) installed or replaced
};
TeamSetupResult setUpTeamDatabase(QSqlDatabase &db, const SqlDialect &dialect, const QString &where);

// The group roles above that exist on the server (roles are per server, not per database).
QStringList existingTeamRoles(QSqlDatabase &db, const SqlDialect &dialect, const QString &where, StoreError *error);

} // namespace TicketDesk
