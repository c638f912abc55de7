// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"

#include <QtGlobal>

namespace TicketDesk {

// A slice of a TicketModel's text arena: where one string's UTF-8 bytes start and
// how many there are. Kept as two integers so a million rows do not cost a
// million QString headers and heap blocks.
struct TextRef
{
    quint32 offset = 0;
    quint32 length = 0;
};

// What the ticket table shows of one ticket, and nothing more. Times are
// milliseconds since the epoch (UTC), 0 when unknown; strings live in the
// owning model's arena (see TicketModel::text()).
struct TicketRow
{
    qint64 id = 0;
    qint64 retryOf = 0;
    qint64 retriedAs = 0;
    qint64 createdMs = 0;
    qint64 submittedMs = 0;
    qint64 outcomeMs = 0;
    TextRef ticketId;
    TextRef summary;
    TextRef issueKey;
    TextRef createdBy;
    TextRef reference; // the operator's own helpdesk reference
    // The customer: an entry of the owning model's customer table (the UUID,
    // once per customer, and the directory's name and email); -1 for none.
    qint32 customer = -1;
    TicketStatus status = TicketStatus::Queued;
    bool conflict = false;
};

} // namespace TicketDesk
