// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/templatetext.h"

#include <algorithm>
#include <optional>

namespace TicketDesk {

namespace {

// Longest text between braces that can still be a placeholder name.
constexpr qsizetype MaxNameLength = 64;
// ... with spaces around it.
constexpr qsizetype MaxInnerLength = MaxNameLength + 16;

bool isName(QStringView name)
{
    if (name.isEmpty() || name.size() > MaxNameLength)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' ||
                        u == '_' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<QString> valueOf(QStringView name, const TemplateValues &values)
{
    const auto is = [name](QLatin1StringView known) { return name.compare(known, Qt::CaseInsensitive) == 0; };
    if (is(QLatin1StringView("customer.name")))
        return values.customerName;
    if (is(QLatin1StringView("customer.email")))
        return values.customerEmail;
    if (is(QLatin1StringView("customer.id")))
        return values.customerId;
    if (is(QLatin1StringView("customer.externalRef")))
        return values.customerExternalRef;
    if (is(QLatin1StringView("reference")))
        return values.reference;
    if (is(QLatin1StringView("date")))
        return (values.date.isValid() ? values.date : QDate::currentDate()).toString(Qt::ISODate);
    return std::nullopt;
}

} // namespace

FilledText TemplateText::fill(QStringView text, const TemplateValues &values)
{
    FilledText result;
    result.text.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        const bool doubled = i + 1 < n && text[i + 1] == c;
        if (c == u'}') {
            result.text += c; // "}}" is one literal brace; a lone one is kept as it is
            i += doubled ? 2 : 1;
            continue;
        }
        if (c != u'{') {
            result.text += c;
            ++i;
            continue;
        }
        if (doubled) {
            result.text += c;
            i += 2;
            continue;
        }
        // Only a short window is searched, so a text full of braces stays linear.
        const QStringView window = text.sliced(i + 1, std::min(n - i - 1, MaxInnerLength + 1));
        const qsizetype found = window.indexOf(u'}');
        const qsizetype close = found < 0 ? -1 : i + 1 + found;
        const QStringView name = close < 0 ? QStringView() : text.sliced(i + 1, found).trimmed();
        if (close < 0 || !isName(name)) {
            result.text += c;
            ++i;
            continue;
        }
        if (const std::optional<QString> value = valueOf(name, values)) {
            result.text += *value;
        } else {
            result.text += text.sliced(i, close - i + 1);
            if (!result.unknown.contains(name.toString()))
                result.unknown.append(name.toString());
        }
        i = close + 1;
    }
    return result;
}

FilledTemplate TemplateText::apply(const TicketTemplate &ticketTemplate, const TemplateValues &values)
{
    FilledText summary = fill(ticketTemplate.summary, values);
    FilledText description = fill(ticketTemplate.description, values);
    FilledTemplate result{std::move(summary.text), std::move(description.text), std::move(summary.unknown)};
    for (const QString &name : std::as_const(description.unknown)) {
        if (!result.unknown.contains(name))
            result.unknown.append(name);
    }
    return result;
}

QStringList TemplateText::placeholders()
{
    return {QStringLiteral("{customer.name}"), QStringLiteral("{customer.email}"),
            QStringLiteral("{customer.id}"),   QStringLiteral("{customer.externalRef}"),
            QStringLiteral("{reference}"),     QStringLiteral("{date}")};
}

} // namespace TicketDesk
