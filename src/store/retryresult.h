// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "store/storeerror.h"

#include <optional>

namespace TicketDesk {

// What TicketStore::createRetry() did. `created` is false when the ticket had
// already been retried: `retry` is then the existing retry ticket.
struct RetryResult
{
    StoreError error;
    std::optional<Ticket> original; // after the retry link was set
    std::optional<Ticket> retry;
    bool created = false;

    bool ok() const { return error.ok(); }
};

} // namespace TicketDesk
