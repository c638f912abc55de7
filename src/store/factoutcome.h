// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lifecycle.h"
#include "core/ticket.h"
#include "store/storeerror.h"

#include <optional>

namespace TicketDesk {

// What TicketStore::applyFacts() did with one FactInput. When the batch's
// transaction fails, every outcome has committed == false and the same error.
struct FactOutcome
{
    Verdict verdict = Verdict::Invalid;
    std::optional<Ticket> ticket; // the row after the fact (none for Invalid without a row)
    bool committed = false;
    StoreError error;
    qint64 deliveryId = 0; // the stored DeliveryRecord, if one was given
    qint64 mergedFrom = 0; // local id of an orphan row folded into `ticket` and deleted
};

} // namespace TicketDesk
