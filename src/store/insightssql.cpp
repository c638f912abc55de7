// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/insightssql.h"

#include <QStringList>

namespace TicketDesk {

namespace {

// A status as an SQL literal (the stored text of TicketStatus: constants, never input).
QString lit(TicketStatus status)
{
    return QLatin1Char('\'') + statusToString(status) + QLatin1Char('\'');
}

// "'A', 'B'" for an IN list.
QString lits(std::initializer_list<TicketStatus> statuses)
{
    QStringList out;
    for (const TicketStatus s : statuses)
        out << lit(s);
    return out.join(QStringLiteral(", "));
}

QString outcomeStatuses()
{
    return lits({TicketStatus::Created, TicketStatus::Failed});
}

QString openStatuses()
{
    return lits({TicketStatus::Queued, TicketStatus::Submitting, TicketStatus::Pending});
}

// "SUM(CASE WHEN <condition> THEN 1 ELSE 0 END)": a count that PostgreSQL
// also returns as a 64-bit integer.
QString countIf(const QString &condition)
{
    return QStringLiteral("SUM(CASE WHEN ") + condition + QStringLiteral(" THEN 1 ELSE 0 END)");
}

} // namespace

InsightsSql::InsightsSql(const InsightsQuery &query, qint64 nowMs)
    : m_query(query)
    , m_nowMs(nowMs)
{}

InsightsStatement InsightsSql::withDays(bool recursive) const
{
    // Two bound values per day; the day's index is a literal. CAST: PostgreSQL
    // would otherwise take a bound value in VALUES as text.
    InsightsStatement s;
    QStringList rows;
    const QList<QDate> days = m_query.days();
    for (qsizetype i = 0; i < days.size(); ++i) {
        rows << QStringLiteral("(%1, CAST(? AS BIGINT), CAST(? AS BIGINT))").arg(i);
        s.binds << m_query.dayStartMs(days.at(i)) << m_query.dayEndMs(days.at(i));
    }
    s.sql = (recursive ? QStringLiteral("WITH RECURSIVE") : QStringLiteral("WITH")) +
            QStringLiteral("\n-- The local days of the range, as [day_start, day_end) in UTC milliseconds.\n"
                           "days (d, day_start, day_end) AS (VALUES ") +
            rows.join(QStringLiteral(", ")) + QStringLiteral(")");
    return s;
}

QString InsightsSql::filterSql(QVariantList &binds, bool withStatus) const
{
    QString sql;
    if (!m_query.createdBy.isEmpty()) {
        sql += QStringLiteral(" AND t.created_by = ?");
        binds << m_query.createdBy;
    }
    if (!m_query.customerId.isEmpty()) {
        sql += QStringLiteral(" AND lower(t.customer_id) = lower(?)");
        binds << m_query.customerId.trimmed();
    }
    if (withStatus && m_query.status) {
        sql += QStringLiteral(" AND t.status = ?");
        binds << statusToString(*m_query.status);
    }
    return sql;
}

InsightsStatement InsightsSql::withRangeTickets(bool recursive) const
{
    InsightsStatement s = withDays(recursive);
    const QList<QDate> days = m_query.days();
    // The whole range's bounds too: whichever way the planner joins, it can
    // walk tickets_created_at over the range only.
    s.binds << m_query.dayStartMs(days.first()) << m_query.dayEndMs(days.last());
    s.sql += QStringLiteral(
        ",\n-- The tickets of the range that pass the filters, each with the local day it was created on.\n"
        "range_tickets AS (\n"
        " SELECT days.d, t.id, t.status, t.submitted_at, t.outcome_at, t.outcome_via, t.retry_of, t.retried_as\n"
        " FROM days JOIN tickets t ON t.created_at >= days.day_start AND t.created_at < days.day_end\n"
        " WHERE t.created_at >= ? AND t.created_at < ?");
    s.sql += filterSql(s.binds, true) + QStringLiteral(")");
    return s;
}

QString InsightsSql::durationsCte()
{
    return QStringLiteral(",\n-- Submit (202) to outcome, over the CREATED and FAILED tickets that have both.\n"
                          "durations (d, ms) AS (\n"
                          " SELECT d, outcome_at - submitted_at FROM range_tickets\n"
                          " WHERE status IN (") +
           outcomeStatuses() + QStringLiteral(") AND submitted_at IS NOT NULL AND outcome_at IS NOT NULL)");
}

QString InsightsSql::percentileColumns()
{
    // Nearest rank: the k-th smallest of n with k = ceil(n * p / 100), in integers.
    return QStringLiteral("MIN(CASE WHEN k = (n * 50 + 99) / 100 THEN ms END) AS p50,"
                          " MIN(CASE WHEN k = (n * 95 + 99) / 100 THEN ms END) AS p95");
}

InsightsStatement InsightsSql::outcomesByDay() const
{
    InsightsStatement s = withRangeTickets();
    const QString outcome = QStringLiteral("status IN (") + outcomeStatuses() + QStringLiteral(")");
    s.sql += QStringLiteral("\nSELECT d, ") + countIf(QStringLiteral("status = ") + lit(TicketStatus::Created)) +
             QStringLiteral(", ") + countIf(QStringLiteral("status = ") + lit(TicketStatus::Failed)) +
             QStringLiteral(", ") + countIf(QStringLiteral("status = ") + lit(TicketStatus::Rejected)) +
             QStringLiteral(", ") + countIf(QStringLiteral("status = ") + lit(TicketStatus::Unconfirmed)) +
             QStringLiteral(", ") + countIf(QStringLiteral("status IN (") + openStatuses() + QStringLiteral(")")) +
             QStringLiteral(",\n -- how the outcomes came\n ") +
             countIf(outcome + QStringLiteral(" AND outcome_via = 'webhook'")) + QStringLiteral(", ") +
             countIf(outcome + QStringLiteral(" AND outcome_via = 'reconciliation'")) + QStringLiteral(", ") +
             countIf(outcome + QStringLiteral(" AND outcome_via = ''")) +
             QStringLiteral(",\n -- retries, and first attempts that failed\n ") +
             countIf(QStringLiteral("retry_of <> 0")) + QStringLiteral(", ") +
             countIf(QStringLiteral("retry_of = 0 AND status = ") + lit(TicketStatus::Failed)) +
             QStringLiteral("\nFROM range_tickets GROUP BY d");
    return s;
}

InsightsStatement InsightsSql::rankedDurations(bool byDay) const
{
    // Group g: the day, or 0 for the whole range.
    const QString partition = byDay ? QStringLiteral("PARTITION BY d ") : QString();
    InsightsStatement s = withRangeTickets();
    s.sql += durationsCte() + QStringLiteral(",\n-- The durations of each group in order: k-th of n.\n") +
             QStringLiteral("ranked (g, ms, k, n) AS (\n SELECT %1, ms, row_number() OVER (%2ORDER BY ms),"
                            " count(*) OVER (%3) FROM durations)\n")
                 .arg(byDay ? QStringLiteral("d") : QStringLiteral("0"), partition, partition.trimmed()) +
             QStringLiteral("SELECT g, MAX(n), ") + percentileColumns() + QStringLiteral(" FROM ranked GROUP BY g");
    return s;
}

InsightsStatement InsightsSql::durationsByDay() const
{
    return rankedDurations(true);
}

InsightsStatement InsightsSql::durationsOfRange() const
{
    return rankedDurations(false);
}

InsightsStatement InsightsSql::histogram() const
{
    InsightsStatement s = withRangeTickets();
    // A duration on a bound belongs to the next bar (bars are [previous, bound)).
    QString bars = QStringLiteral("CASE");
    const QList<qint64> bounds = insightsHistogramBounds();
    for (qsizetype i = 0; i < bounds.size(); ++i)
        bars += QStringLiteral(" WHEN ms < %1 THEN %2").arg(bounds.at(i)).arg(i);
    bars += QStringLiteral(" ELSE %1 END").arg(bounds.size());
    s.sql += durationsCte() + QStringLiteral("\nSELECT bar, COUNT(*) FROM (SELECT ") + bars +
             QStringLiteral(" AS bar FROM durations) bars GROUP BY bar");
    return s;
}

InsightsStatement InsightsSql::curedByRetry() const
{
    InsightsStatement s = withRangeTickets(true);
    s.sql += QStringLiteral(",\n-- Each first failure (not a retry, ended FAILED) and the retries after it,\n"
                            "-- followed through retried_as wherever and by whomever they were made.\n"
                            "chain (origin, id, retried_as, status) AS (\n"
                            " SELECT id, id, retried_as, status FROM range_tickets WHERE retry_of = 0 AND status = ") +
             lit(TicketStatus::Failed) +
             QStringLiteral("\n UNION ALL\n"
                            " SELECT c.origin, n.id, n.retried_as, n.status FROM chain c"
                            " JOIN tickets n ON n.id = c.retried_as)\n"
                            "-- A chain is cured when its last ticket ended CREATED.\n"
                            "SELECT COUNT(*) FROM chain WHERE retried_as = 0 AND id <> origin AND status = ") +
             lit(TicketStatus::Created);
    return s;
}

InsightsStatement InsightsSql::deliveriesByDay() const
{
    InsightsStatement s = withDays();
    // The verdict -> category mapping of DeliveryFigures.
    const QString categories =
        QStringLiteral(" CASE\n"
                       "  WHEN v.verdict IN ('applied', 'unknown-ticket-created') THEN 'valid'\n"
                       "  WHEN v.verdict IN ('late', 'rejected-late') THEN 'late'\n"
                       "  WHEN v.verdict IN ('duplicate', 'stale') THEN 'duplicate'\n"
                       "  WHEN v.verdict IN ('bad-signature', 'missing-signature', 'suppressed') THEN 'bad_signature'\n"
                       "  WHEN v.verdict IN ('quarantined', 'account-closed') THEN 'quarantined'\n"
                       "  WHEN v.verdict = 'other-family' THEN 'other_family'\n"
                       "  ELSE 'other' END");
    s.binds << m_query.dayStartMs(m_query.days().first()) << m_query.dayEndMs(m_query.days().last());
    s.sql += QStringLiteral(",\n-- The deliveries of the range with their day, category, and the number of\n"
                            "-- deliveries each stands for (a suppressed record: its count).\n"
                            "received (d, category, weight) AS (\n"
                            " SELECT days.d,") +
             categories +
             QStringLiteral(",\n CASE WHEN v.suppressed > 0 THEN v.suppressed ELSE 1 END\n"
                            " FROM days JOIN deliveries v ON v.received_at >= days.day_start"
                            " AND v.received_at < days.day_end\n"
                            " WHERE v.received_at >= ? AND v.received_at < ?)\n"
                            "SELECT d");
    for (const char *category : {"valid", "late", "duplicate", "bad_signature", "quarantined", "other_family", "other"})
        s.sql += QStringLiteral(", CAST(SUM(CASE WHEN category = '%1' THEN weight ELSE 0 END) AS BIGINT)")
                     .arg(QLatin1StringView(category));
    s.sql += QStringLiteral("\nFROM received GROUP BY d");
    return s;
}

InsightsStatement InsightsSql::nowFigures() const
{
    // The desk as it is, not the range: open tickets (an index walk of tickets_status).
    InsightsStatement s;
    s.binds << m_nowMs - m_query.stuckAfterMs;
    const QString pending = QStringLiteral("t.status = ") + lit(TicketStatus::Pending);
    s.sql = QStringLiteral("SELECT COUNT(*), ") + countIf(pending + QStringLiteral(" AND t.submitted_at < ?")) +
            QStringLiteral(", MIN(CASE WHEN ") + pending +
            QStringLiteral(" THEN t.submitted_at END)\nFROM tickets t WHERE t.status IN (") + openStatuses() +
            QStringLiteral(")");
    s.sql += filterSql(s.binds, false);
    return s;
}

InsightsStatement InsightsSql::lastValidDelivery() const
{
    // Walks deliveries_received_at from the newest: most deliveries are valid.
    return {QStringLiteral("SELECT received_at FROM deliveries WHERE verdict IN ('applied', 'unknown-ticket-created')"
                           " ORDER BY received_at DESC LIMIT 1"),
            {}};
}

} // namespace TicketDesk
