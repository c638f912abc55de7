// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fact.h"
#include "store/deliveryrecord.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace TicketDesk {

// One item of TicketStore::applyFacts(). Local facts and Accepted (202) name the
// local row (`localId`); Webhook and Retrieved are found by `fact.ticketId` when
// `localId` is 0. A delivery, when given, is stored in the same transaction, so a
// webhook is acknowledged only once both the fact and its record are durable.
// A record-only input (no fact: a rejected, other-family or quarantined delivery,
// or a closed account) stores just its delivery, and closes `closeCustomerId`
// first when set: the webhook writer commits every kind of delivery in one batch.
struct FactInput
{
    Fact fact;
    qint64 localId = 0;
    std::optional<DeliveryRecord> delivery;
    bool recordOnly = false;
    QString closeCustomerId;
    QDateTime closedAt;

    static FactInput forLocal(qint64 localId, const Fact &fact)
    {
        FactInput input;
        input.fact = fact;
        input.localId = localId;
        return input;
    }
    static FactInput forRemote(const Fact &fact, std::optional<DeliveryRecord> delivery = std::nullopt)
    {
        FactInput input;
        input.fact = fact;
        input.delivery = std::move(delivery);
        return input;
    }
    static FactInput forDelivery(const DeliveryRecord &delivery, const QString &closeCustomerId = QString(),
                                 const QDateTime &closedAt = QDateTime())
    {
        FactInput input;
        input.delivery = delivery;
        input.recordOnly = true;
        input.closeCustomerId = closeCustomerId;
        input.closedAt = closedAt;
        return input;
    }
};

} // namespace TicketDesk
