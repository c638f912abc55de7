// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace TicketDesk {

class Clock;

// `ticketdesk stats [--since DATE] [--until DATE] [--operator NAME] [--customer ID] [--status S] [--json]`:
// the Insights figures (TicketStore::insights()) for scripts and monitoring.
// DATEs are YYYY-MM-DD, local days of the system time zone (TZ), both
// included; the default is the seven days ending today. Text: one row a day
// (outcomes, p50/p95 in ms, deliveries), the totals, how outcomes arrived and
// the desk now. --json: {"zone", "since", "until", "days", "totals",
// "histogram", "arrivals", "now"}, percentiles in milliseconds, null when
// absent. A bad date, since after until or a range longer than
// InsightsQuery::maxDays is a usage error. `arguments` exclude the command
// word. Exit codes as in commandline.h.
int runStatsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace TicketDesk
