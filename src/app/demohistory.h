// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace TicketDesk {

// Six weeks of made-up past work for the demo desk (`ticketdesk --demo`), so
// that its Insights tab has a trend to show: tickets on every working day
// (fewer at weekends) from three operators for the demo's customers, most
// CREATED by webhook within seconds, some answered by reconciliation, some
// FAILED and retried, a few REJECTED or UNCONFIRMED; and the deliveries that
// brought them, with duplicates, late ones, other event families and a burst
// of bad signatures. The last days hold an incident at Ripio: more failures,
// slower outcomes and lost webhooks. Every ticket of the history has its
// outcome, so the demo's reconciler has nothing of it to ask about.
//
// Written through the store's own calls (a clock set to each moment), in a
// few transactions, into the new database at `dbPath`, before the engine
// opens it. Days end with yesterday (local); `now` picks today. The same
// `now` gives the same history. Returns false with `error` set on failure.
struct DemoHistory
{
    qint64 tickets = 0;
    qint64 deliveries = 0;
};
bool writeDemoHistory(const QString &dbPath, const QDateTime &now, DemoHistory *written, QString *error);

} // namespace TicketDesk
