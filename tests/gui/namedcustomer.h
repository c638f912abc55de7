// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/customerrecord.h"

namespace TicketDesk {

// A customer directory entry with a name and an email (either may be empty).
inline CustomerRecord namedCustomer(const QString &customerId, const QString &name, const QString &email = QString())
{
    CustomerRecord record;
    record.customerId = customerId;
    record.name = name;
    record.email = email;
    return record;
}

} // namespace TicketDesk
