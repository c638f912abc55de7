// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace TicketDesk {

// The desk's own directory of customers (Ripio has no endpoint to list them):
// every customer seen in a ticket or webhook or imported from a CSV list, and
// whether the account was closed.
struct CustomerRecord
{
    QString customerId;
    // From an imported customer list (empty until one names them).
    QString name;
    QString email;
    QString externalRef; // the customer's id in the operator's own systems
    QString lastSummary;
    QDateTime lastSeenAt;
    bool closed = false;
    QDateTime closedAt; // invalid unless closed

    friend bool operator==(const CustomerRecord &, const CustomerRecord &) = default;
};

} // namespace TicketDesk
