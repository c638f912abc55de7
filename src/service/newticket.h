// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/createticketrequest.h"
#include "ripio/fielderror.h"
#include "ripio/validationlimits.h"

#include <QList>
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

// What a new ticket must pass wherever it is made (the create form, `ticketdesk create`, a CSV
// list): validateCreateRequest()'s checks, and TicketDesk's own on top of Ripio's: a summary is
// one line.
QList<FieldError> checkNewTicket(const CreateTicketRequest &request, const ValidationLimits &limits);

// The longest reference (the operator's own helpdesk number) a ticket keeps.
inline constexpr int maxReferenceChars = 200;
// What is wrong with a reference (too long, more than one line); empty when nothing is.
QString referenceProblem(const QString &reference);

} // namespace TicketDesk

Q_DECLARE_METATYPE(TicketDesk::NewTicket)
