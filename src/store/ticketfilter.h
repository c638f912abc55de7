// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"

#include <QString>

#include <optional>

namespace TicketDesk {

// Where a ticket sits in the listing order: its creation time (epoch ms) and
// local id, which break ties. See TicketFilter::after.
struct TicketPosition
{
    qint64 createdMs = 0;
    qint64 id = 0;
};

// Narrows TicketStore::tickets() and forEachTicket(). `text` matches a substring
// (case-insensitive for ASCII) of customerId, summary, issueKey, ticketId or
// reference, or of the name or email the customer directory has for the
// ticket's customer.
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
    // Only tickets that come after this one in `order`: keyset paging, so each
    // page of a long listing costs an index seek, not a skip over the earlier ones.
    std::optional<TicketPosition> after;
};

} // namespace TicketDesk
