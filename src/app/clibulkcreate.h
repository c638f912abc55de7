// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/validationlimits.h"
#include "service/bulkticketplan.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace TicketDesk {

class Clock;
class TicketStore;

namespace Cli {

// `ticketdesk create --from-csv FILE`: plans FILE against the store's customer
// directory, templates and open tickets (the double-escalation guard). When
// the file cannot be used at all it says why on `err` and returns nullopt.
std::optional<BulkTicketPlan> planBulkCreate(TicketStore &store, const QString &path, const ValidationLimits &limits,
                                             const Clock &clock, QTextStream &err);

// The per-row report: each row's line, ready or refused (with the reasons),
// and once queued the ticket's local id (`ids`: those of the Ready rows, in
// order; empty for a dry run); then the totals. As JSON, one object with
// dryRun, rows and totals.
void printBulkReport(const BulkTicketPlan &plan, const QList<qint64> &ids, bool dryRun, bool json, QTextStream &out);

} // namespace Cli
} // namespace TicketDesk
