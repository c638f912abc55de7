// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/newticket.h"

#include "ripio/createticketvalidator.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <optional>

namespace TicketDesk {

namespace {

// Where the first control character (C0, DEL or C1) other than `allowed` is: its line and its
// place in that line, both from 1, counted as a person counts characters (an emoji is one);
// nullopt when there is none. Such a character is invisible in Ripio's console and in most lists,
// and an escape sequence in a terminal.
struct ControlAt
{
    char16_t code = 0;
    qsizetype line = 1;
    qsizetype column = 0;
};
std::optional<ControlAt> firstControl(QStringView text, QStringView allowed)
{
    ControlAt at;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue;
        ++at.column;
        const char16_t u = c.unicode();
        if ((u < 0x20 || (u >= 0x7f && u <= 0x9f)) && !allowed.contains(c)) {
            at.code = u;
            return at;
        }
        if (u == u'\n') {
            ++at.line;
            at.column = 0;
        }
    }
    return std::nullopt;
}

QString codeName(char16_t code)
{
    return QStringLiteral("U+%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QList<FieldError> checkNewTicket(const CreateTicketRequest &request, const ValidationLimits &limits)
{
    QList<FieldError> errors = validateCreateRequest(request, limits);
    if (request.summary.contains(u'\n') || request.summary.contains(u'\r'))
        errors.append(
            FieldError{QStringLiteral("summary"),
                       QCoreApplication::translate("TicketDesk::NewTicket", "The summary must be on one line.")});
    // Only what is typed now: a ticket already made (a retry of an earlier build's, one a webhook
    // brought) is sent as it is, or its one retry would be refused for good.
    else if (const std::optional<ControlAt> at = firstControl(request.summary, {}))
        errors.append(FieldError{
            QStringLiteral("summary"),
            QCoreApplication::translate("TicketDesk::NewTicket",
                                        "The summary holds an invisible control character (%1) at character %2: "
                                        "remove it.")
                .arg(codeName(at->code))
                .arg(at->column)});
    // A description has lines, and may have tabs; nothing else invisible.
    if (const std::optional<ControlAt> at = firstControl(request.description, u"\t\n\r"))
        errors.append(FieldError{
            QStringLiteral("description"),
            QCoreApplication::translate("TicketDesk::NewTicket",
                                        "The description holds an invisible control character (%1) on line %2, at "
                                        "character %3: remove it.")
                .arg(codeName(at->code))
                .arg(at->line)
                .arg(at->column)});
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
