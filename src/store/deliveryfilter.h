// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TicketDesk {

// Narrows TicketStore::deliveries(); empty fields match everything. Newest first.
struct DeliveryFilter
{
    QString verdict;
    QString eventType;
    qint64 afterId = 0; // only deliveries recorded after this one (0: any)
};

} // namespace TicketDesk
