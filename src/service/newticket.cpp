// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/newticket.h"

#include "ripio/createticketvalidator.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

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
    static constexpr char16_t breaks[] = {u'\n', u'\r', u'\v', u'\f', u'\u0085', u'\u2028', u'\u2029'};
    if (std::any_of(std::begin(breaks), std::end(breaks), [&](char16_t c) { return reference.contains(QChar(c)); }))
        return QCoreApplication::translate("TicketDesk::NewTicket", "The reference must be on one line.");
    return {};
}

} // namespace TicketDesk
