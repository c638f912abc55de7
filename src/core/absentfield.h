// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"

#include <QString>

namespace TicketDesk {

// The fields of a ticket that can be empty for a reason the operator should be told: a blank
// reads as a fault (a lost value, a broken display), so the details pane and `ticketdesk show`
// say instead why there is nothing there.
enum class AbsentField
{
    IssueKey,
    TicketId,
    Reference,
    Submitted,
    OutcomeAt,
    Description,
    RetryOf,
    RetriedAs,
};

// Why `field` of `ticket` has no value, in this ticket's state and in this process's language:
// "Not yet: …", "Unknown: …", "None: …". Meant for a field that is empty; it does not look.
QString absentFieldText(AbsentField field, const Ticket &ticket);

} // namespace TicketDesk
