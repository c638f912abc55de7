// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"
#include "ripio/clienterror.h"

#include <QString>

namespace TicketDesk {

// The outcome of one "Retrieve Support Ticket" call.
struct RetrieveTicketResult
{
    ClientError error;
    QString ticketId;
    TicketStatus status = TicketStatus::Pending; // Pending, Created or Failed when ok()
    QString issueKey;                            // empty while PENDING and when FAILED

    bool ok() const { return !error.isError(); }
};

} // namespace TicketDesk
