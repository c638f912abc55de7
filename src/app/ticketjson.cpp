// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ticketjson.h"

#include "core/localizedtext.h"

#include <QJsonArray>

namespace TicketDesk {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(qint64 id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QDateTime timeFrom(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

} // namespace

QJsonObject attachmentToJson(const Attachment &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("fileName"), a.fileName},
        {QStringLiteral("contentType"), a.contentType},
        {QStringLiteral("size"), a.size},
        {QStringLiteral("storedPath"), a.storedPath},
    };
}

QJsonObject ticketToJson(const Ticket &t)
{
    QJsonArray attachments;
    for (const Attachment &a : t.attachments)
        attachments.append(attachmentToJson(a));
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("ticketId"), textOrNull(t.ticketId)},
        {QStringLiteral("customerId"), t.customerId},
        {QStringLiteral("summary"), t.summary},
        {QStringLiteral("description"), t.description},
        {QStringLiteral("status"), statusToString(t.status)},
        {QStringLiteral("issueKey"), textOrNull(t.issueKey)},
        {QStringLiteral("message"), LocalizedText::wordStored(t.message)},
        {QStringLiteral("createdAt"), timeOrNull(t.createdAt)},
        {QStringLiteral("submittedAt"), timeOrNull(t.submittedAt)},
        {QStringLiteral("outcomeAt"), timeOrNull(t.outcomeAt)},
        {QStringLiteral("updatedAt"), timeOrNull(t.updatedAt)},
        {QStringLiteral("retryOf"), idOrNull(t.retryOf)},
        {QStringLiteral("retriedAs"), idOrNull(t.retriedAs)},
        {QStringLiteral("conflict"), t.conflict},
        {QStringLiteral("createdHere"), t.createdHere},
        {QStringLiteral("createdBy"), t.createdBy},
        {QStringLiteral("reference"), t.reference},
        {QStringLiteral("apiBase"), textOrNull(t.apiBase)},
        {QStringLiteral("attachments"), attachments},
    };
}

QJsonObject customerToJson(const CustomerRecord &c)
{
    return QJsonObject{
        {QStringLiteral("customerId"), c.customerId},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("externalRef"), c.externalRef},
        {QStringLiteral("lastSummary"), c.lastSummary},
        {QStringLiteral("lastSeenAt"), timeOrNull(c.lastSeenAt)},
        {QStringLiteral("closed"), c.closed},
        {QStringLiteral("closedAt"), timeOrNull(c.closedAt)},
    };
}

std::optional<Ticket> ticketFromJson(const QJsonObject &o)
{
    const QJsonValue id = o.value(QStringLiteral("id"));
    const auto status = statusFromString(o.value(QStringLiteral("status")).toString());
    if (!id.isDouble() || !status)
        return std::nullopt;
    Ticket t;
    t.id = id.toInteger();
    t.ticketId = o.value(QStringLiteral("ticketId")).toString();
    t.customerId = o.value(QStringLiteral("customerId")).toString();
    t.summary = o.value(QStringLiteral("summary")).toString();
    t.description = o.value(QStringLiteral("description")).toString();
    t.status = *status;
    t.issueKey = o.value(QStringLiteral("issueKey")).toString();
    t.message = o.value(QStringLiteral("message")).toString();
    t.createdAt = timeFrom(o.value(QStringLiteral("createdAt")));
    t.submittedAt = timeFrom(o.value(QStringLiteral("submittedAt")));
    t.outcomeAt = timeFrom(o.value(QStringLiteral("outcomeAt")));
    t.updatedAt = timeFrom(o.value(QStringLiteral("updatedAt")));
    t.retryOf = o.value(QStringLiteral("retryOf")).toInteger();
    t.retriedAs = o.value(QStringLiteral("retriedAs")).toInteger();
    t.conflict = o.value(QStringLiteral("conflict")).toBool();
    t.createdHere = o.value(QStringLiteral("createdHere")).toBool(true);
    t.createdBy = o.value(QStringLiteral("createdBy")).toString();
    t.reference = o.value(QStringLiteral("reference")).toString();
    t.apiBase = o.value(QStringLiteral("apiBase")).toString();
    const QJsonArray attachments = o.value(QStringLiteral("attachments")).toArray();
    for (const QJsonValue &v : attachments) {
        const QJsonObject a = v.toObject();
        t.attachments.append(
            Attachment{a.value(QStringLiteral("id")).toInteger(), a.value(QStringLiteral("fileName")).toString(),
                       a.value(QStringLiteral("contentType")).toString(), a.value(QStringLiteral("size")).toInteger(),
                       a.value(QStringLiteral("storedPath")).toString()});
    }
    return t;
}

} // namespace TicketDesk
