// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/attachmentfile.h"

#include <QList>
#include <QString>

namespace TicketDesk {

// The fields of one "Create Support Ticket" call, as a value.
struct CreateTicketRequest
{
    QString customerId; // UUID of the end customer
    QString summary;
    QString description;
    QList<AttachmentFile> attachments;
};

} // namespace TicketDesk
