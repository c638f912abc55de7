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
// 3.40 and PostgreSQL 15, so that only figures (one row per day at most) cross
// into the process. Every statement that reads the range's tickets starts
// from the same two CTEs:
//   days (d, day_start, day_end): the local days of the range as UTC
//     milliseconds [day_start, day_end), d counting from 0;
//   range_tickets: the tickets created in one of those days that pass the
//     filters, each with its day d.
// The column order of each statement's rows is documented at its function.
class InsightsSql final
{
public:
    // `query` must have a non-empty range (InsightsQuery::days()).
    InsightsSql(const InsightsQuery &query, qint64 nowMs);

    // Rows (d, created, failed, rejected, unconfirmed, open, by_webhook,
    // by_reconciliation, via_unknown, retries, first_failures), days with
    // tickets only.
    InsightsStatement outcomesByDay() const;
    // Rows (d, count, p50, p95) of the durations (ms) of each day with any.
    InsightsStatement durationsByDay() const;
    // One row (0, count, p50, p95) over the whole range; none when it has no duration.
    InsightsStatement durationsOfRange() const;
    // Rows (bar, count): bar i counts durations below insightsHistogramBounds()[i]
    // and at or above the bound before; the last bar (the bounds' count) the rest.
    InsightsStatement histogram() const;
    // One row (cured): first failures of the range whose chain of retries ended CREATED.
    InsightsStatement curedByRetry() const;
    // Rows (d, valid, late, duplicate, bad_signature, quarantined,
    // other_family, other) of the deliveries received each day, days with any only.
    InsightsStatement deliveriesByDay() const;
    // One row (open, stuck, oldest_pending_submitted_at) over every ticket
    // that passes the operator and customer filters.
    InsightsStatement nowFigures() const;
    // At most one row (received_at) of the last valid delivery.
    InsightsStatement lastValidDelivery() const;

private:
    // "WITH [RECURSIVE] days ..., range_tickets AS (...)" and its binds.
    InsightsStatement withRangeTickets(bool recursive = false) const;
    // "WITH days ..." and its binds.
    InsightsStatement withDays(bool recursive = false) const;
    // " AND ..." for the operator and customer filters (and the status one), on alias t.
    QString filterSql(QVariantList &binds, bool withStatus) const;
    // The CTE `durations (d, ms)` over range_tickets (a statement's second part).
    static QString durationsCte();
    // Rows (group, count, p50, p95): of each day, or of the range as group 0.
    InsightsStatement rankedDurations(bool byDay) const;
    // The nearest-rank percentiles of `ranked (k, n, ms)` as two aggregate columns.
    static QString percentileColumns();

    InsightsQuery m_query;
    qint64 m_nowMs = 0;
};

} // namespace TicketDesk
