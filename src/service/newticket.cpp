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

QString referenceProblem(const QString &reference)
{
    if (reference.size() > maxReferenceChars)
        return QCoreApplication::translate("TicketDesk::NewTicket",
                                           "The reference has %1 characters; at most %2 are allowed.")
            .arg(reference.size())
            .arg(maxReferenceChars);
    if (reference.contains(u'\n') || reference.contains(u'\r'))
        return QCoreApplication::translate("TicketDesk::NewTicket", "The reference must be on one line.");
    return {};
}

} // namespace TicketDesk
