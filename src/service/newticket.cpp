// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/newticket.h"

#include "ripio/createticketvalidator.h"

#include <QCoreApplication>

namespace TicketDesk {

QList<FieldError> checkNewTicket(const CreateTicketRequest &request, const ValidationLimits &limits)
{
    QList<FieldError> errors = validateCreateRequest(request, limits);
    if (request.summary.contains(u'\n') || request.summary.contains(u'\r'))
        errors.append(
            FieldError{QStringLiteral("summary"),
                       QCoreApplication::translate("TicketDesk::NewTicket", "The summary must be on one line.")});
    return errors;
}

} // namespace TicketDesk
