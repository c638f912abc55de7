// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketstatus.h"

#include <QString>

#include <optional>

namespace TicketDesk {

// Narrows TicketStore::tickets() and forEachTicket(). `text` matches a substring
// (case-insensitive for ASCII) of customerId, summary, issueKey or ticketId.
struct TicketFilter
{
    enum class Order
    {
        NewestFirst,
        OldestFirst,
    };

    std::optional<TicketStatus> status;
    QString text;
    Order order = Order::NewestFirst;
    // False leaves Ticket::attachments empty: a listing of every ticket then costs
    // one query, not one more per row (the table shows none; details load them).
    bool withAttachments = true;
};

} // namespace TicketDesk
