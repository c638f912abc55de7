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
};

} // namespace TicketDesk
