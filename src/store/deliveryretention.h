// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace TicketDesk {

// What one TicketStore::pruneDeliveries() step did.
struct DeliveryPruneStep
{
    int deleted = 0;
    bool more = false; // the step was full: another one may find more to delete
};

// The delivery log's size, for `db status`.
struct DeliveryStats
{
    qint64 count = 0;
    QDateTime oldest; // received_at of the oldest kept delivery (UTC); invalid when none
};

} // namespace TicketDesk
