// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace TicketDesk {

// What the operator typed into the create form (or passed to `ticketdesk create`).
struct NewTicket
{
    QString customerId;
    QString summary;
    QString description;
    QStringList attachmentPaths;
    // Chosen by the client (a UUID): writing the same key twice makes one ticket.
    // Empty: the engine picks one when it needs it (a team database).
    QString clientKey{};
    // The operator's own reference (their helpdesk ticket): kept locally, never sent to Ripio.
    QString reference{};
};

} // namespace TicketDesk

Q_DECLARE_METATYPE(TicketDesk::NewTicket)
