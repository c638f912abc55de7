// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace TicketDesk {

// The desk's own directory of customers (Ripio has no endpoint to list them):
// every customer seen in a ticket or webhook, and whether the account was closed.
struct CustomerRecord
{
    QString customerId;
    QString lastSummary;
    QDateTime lastSeenAt;
    bool closed = false;
    QDateTime closedAt; // invalid unless closed

    friend bool operator==(const CustomerRecord &, const CustomerRecord &) = default;
};

} // namespace TicketDesk
