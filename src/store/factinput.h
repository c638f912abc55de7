// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fact.h"
#include "store/deliveryrecord.h"

#include <optional>

namespace TicketDesk {

// One item of TicketStore::applyFacts(). Local facts and Accepted (202) name the
// local row (`localId`); Webhook and Retrieved are found by `fact.ticketId` when
// `localId` is 0. A delivery, when given, is stored in the same transaction, so a
// webhook is acknowledged only once both the fact and its record are durable.
struct FactInput
{
    Fact fact;
    qint64 localId = 0;
    std::optional<DeliveryRecord> delivery;

    static FactInput forLocal(qint64 localId, const Fact &fact) { return FactInput{fact, localId, std::nullopt}; }
    static FactInput forRemote(const Fact &fact, std::optional<DeliveryRecord> delivery = std::nullopt)
    {
        return FactInput{fact, 0, std::move(delivery)};
    }
};

} // namespace TicketDesk
