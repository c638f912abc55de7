// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ticketlistsql.h"

#include "core/ticketstatus.h"
#include "store/sqldialect.h"

#include <algorithm>

namespace TicketDesk {

const QString ticketColumns = QStringLiteral(
    "id, ticket_id, customer_id, summary, description, status, issue_key, message, created_at, submitted_at,"
    " outcome_at, updated_at, retry_of, retried_as, conflict, created_here, created_by, client_key, reference,"
    " api_base");

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1StringView("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1StringView("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1StringView("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString ticketListQuery(const SqlDialect &dialect, const TicketFilter &filter, QVariantList &binds, int limit,
                        int offset)
{
    QString sql = QStringLiteral("SELECT ") + ticketColumns + QStringLiteral(" FROM tickets WHERE 1 = 1");
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?");
        binds << statusToString(*filter.status);
    }
    if (!filter.text.isEmpty()) {
        // The directory's names and emails: one subquery, run once, not per ticket.
        sql += QStringLiteral(" AND (customer_id %1 ? ESCAPE '\\' OR summary %1 ? ESCAPE '\\'"
                              " OR issue_key %1 ? ESCAPE '\\' OR ticket_id %1 ? ESCAPE '\\'"
                              " OR reference %1 ? ESCAPE '\\' OR lower(customer_id) IN (SELECT lower(customer_id)"
                              " FROM customers WHERE name %1 ? ESCAPE '\\' OR email %1 ? ESCAPE '\\'))")
                   .arg(dialect.like());
        const QString p = likePattern(filter.text);
        binds << p << p << p << p << p << p << p;
    }
    const bool newestFirst = filter.order == TicketFilter::Order::NewestFirst;
    if (filter.after) {
        // A row value: the store walks tickets_insights (created_at, id, ...) from there.
        sql += newestFirst ? QStringLiteral(" AND (created_at, id) < (?, ?)")
                           : QStringLiteral(" AND (created_at, id) > (?, ?)");
        binds << filter.after->createdMs << filter.after->id;
    }
    sql += newestFirst ? QStringLiteral(" ORDER BY created_at DESC, id DESC")
                       : QStringLiteral(" ORDER BY created_at ASC, id ASC");
    if (limit >= 0 || offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << (limit >= 0 ? QVariant(limit) : dialect.noLimit()) << std::max(offset, 0);
    }
    return sql;
}

} // namespace TicketDesk
