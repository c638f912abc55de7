// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tickettemplate.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace TicketDesk {

// What the placeholders of a template stand for, for one ticket.
struct TemplateValues
{
    QString customerName;
    QString customerEmail;
    QString customerId;
    QString customerExternalRef;
    QString reference; // the operator's own reference
    QDate date{};      // {date}; invalid: today's local date
};

// A text with its placeholders filled, and the placeholder names it did not know (each once,
// in the order they appear) so a dialog can warn about a typo such as {customer.nmae}.
struct FilledText
{
    QString text;
    QStringList unknown;
};

struct FilledTemplate
{
    QString summary;
    QString description;
    QStringList unknown; // of both texts
};

// Fills the placeholders of a template's summary and description:
//   {customer.name} {customer.email} {customer.id} {customer.externalRef} {reference} {date}
// ({date} as an ISO local date, 2026-03-01). Names ignore case and spaces inside the braces.
// `{{` and `}}` are literal braces. A placeholder with an unknown name stays as written and is
// reported; braces around anything that is not a name (letters, digits, . _ -), such as JSON
// in a description, are plain text.
//
//     const FilledTemplate t = TemplateText::apply(ticketTemplate, values);
//     if (!t.unknown.isEmpty()) ... warn
class TemplateText final
{
public:
    static FilledText fill(QStringView text, const TemplateValues &values);
    static FilledTemplate apply(const TicketTemplate &ticketTemplate, const TemplateValues &values);
    // The placeholders it knows, braces included, for help texts.
    static QStringList placeholders();
};

} // namespace TicketDesk
