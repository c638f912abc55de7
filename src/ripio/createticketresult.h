// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/clienterror.h"

#include <QString>

namespace TicketDesk {

// The outcome of one "Create Support Ticket" call. disposition() is the
// contract with the engine: what it may do with the ticket next.
struct CreateTicketResult
{
    enum class Disposition
    {
        Accepted,    // 2xx with a ticketId: the ticket is PENDING at Ripio
        NotSent,     // Ripio certainly has no ticket: keep it QUEUED and send it again later
        Rejected,    // Ripio (or our own check) refused the content: the operator must change it
        Unconfirmed, // the body may have reached Ripio but no usable answer came: never resend
    };

    ClientError error;
    QString ticketId;
    QString status;        // Ripio's status string, "PENDING" on success
    bool bodySent = false; // same as error.bodySent; true on success

    bool ok() const { return !error.isError(); }
    // The reading of error + bodySent, documented in createticketresult.cpp.
    Disposition disposition() const;
};

} // namespace TicketDesk
