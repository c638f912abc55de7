// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/insights.h"

#include <QString>
#include <QVariantList>

namespace TicketDesk {

// One statement of TicketStore::insights() with its bound values.
struct InsightsStatement
{
    QString sql;
    QVariantList binds;
};

// The SQL of TicketStore::insights(): aggregates that run unchanged on SQLite
// 3.40 and PostgreSQL 15, so that only figures (a few rows per day at most)
// cross into the process. A row's day is found by dayOf(): d counts the local
// days of the range from 0, each [dayStartMs, dayEndMs) in UTC milliseconds.
// Every statement that reads the range's tickets starts from the CTE
// range_tickets: the tickets created in the range that pass the filters, each
// with its day d. The column order of each statement's rows is documented at
// its function.
// No quote may appear in the comments of the SQL: Qt's PostgreSQL driver would
// take it for the start of a string and leave the placeholders after it alone.
class InsightsSql final
{
public:
    // `query` must have a non-empty range (InsightsQuery::days()).
    InsightsSql(const InsightsQuery &query, qint64 nowMs);

    // Rows (d, created, failed, rejected, unconfirmed, open, by_webhook,
    // by_reconciliation, via_unknown, retries, first_failures), days with
    // tickets only.
    InsightsStatement outcomesByDay() const;
    // The durations (ms) from submit to outcome, in rows (kind, key, count, p50, p95):
    //   kind 0: day `key` (days with durations only);
    //   kind 1: the whole range (key 0; count 0 and no percentiles when it has none);
    //   kind 2: histogram bar `key` (count only): bar i counts durations below
    //           insightsHistogramBounds()[i] and at or above the bound before;
    //           the last bar (the bounds' count) the rest. Bars with none are absent.
    InsightsStatement durations() const;
    // One row (cured): first failures of the range whose chain of retries ended CREATED.
    InsightsStatement curedByRetry() const;
    // Rows (d, valid, late, duplicate, bad_signature, quarantined,
    // other_family, other) of the deliveries received each day, days with any only.
    InsightsStatement deliveriesByDay() const;
    // Rows (local_ticket), ascending and distinct: the tickets that deliveries
    // of `category` received in [fromMs, untilMs) were applied to.
    static InsightsStatement deliveredTickets(qint64 fromMs, qint64 untilMs, DeliveryFigures::Category category);
    // One row (open, stuck, oldest_pending_submitted_at) over every ticket
    // that passes the operator and customer filters.
    InsightsStatement nowFigures() const;
    // At most one row (received_at) of the last delivery that shows Ripio's events arrive.
    InsightsStatement lastEventDelivery() const;

private:
    // "WITH [RECURSIVE] range_tickets AS (...)" and its binds.
    InsightsStatement withRangeTickets(bool recursive = false) const;
    // An SQL expression: the index of the day of the range that holds time
    // `column` (which must be in the range); its binds appended to `binds`.
    QString dayOf(const QString &column, QVariantList &binds) const;
    // "<column> >= ? AND <column> < ?": the whole range; its binds appended.
    QString inRange(const QString &column, QVariantList &binds) const;
    // " AND ..." for the operator and customer filters (and the status one), on alias t.
    QString filterSql(QVariantList &binds, bool withStatus) const;

    InsightsQuery m_query;
    qint64 m_nowMs = 0;
};

} // namespace TicketDesk
