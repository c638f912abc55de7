// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/insightssql.h"

#include <QStringList>

#include <functional>

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

// "'a', 'b'": the verdicts of a delivery category as an IN list (constants, never input).
QString verdictList(DeliveryFigures::Category category)
{
    QStringList out;
    for (const QString &verdict : DeliveryFigures::verdicts(category))
        out << QLatin1Char('\'') + verdict + QLatin1Char('\'');
    return out.join(QStringLiteral(", "));
}

QString outcomeStatuses()
{
    return lits({TicketStatus::Created, TicketStatus::Failed});
}

constexpr std::initializer_list<TicketStatus> openSet{TicketStatus::Queued, TicketStatus::Submitting,
                                                      TicketStatus::Pending};

QString openStatuses()
{
    return lits(openSet);
}

// "C = 'QUEUED' OR C = 'SUBMITTING' OR C = 'PENDING'" for the status column C.
QString openCondition(const QString &column)
{
    QStringList out;
    for (const TicketStatus s : openSet)
        out << column + QStringLiteral(" = ") + lit(s);
    return out.join(QStringLiteral(" OR "));
}

// "SUM(CASE WHEN <condition> THEN 1 ELSE 0 END)": a count that PostgreSQL
// also returns as a 64-bit integer.
QString countIf(const QString &condition)
{
    return QStringLiteral("SUM(CASE WHEN ") + condition + QStringLiteral(" THEN 1 ELSE 0 END)");
}

// "CAST(SUM(CASE WHEN <condition> THEN n ELSE 0 END) AS BIGINT)": spreads
// counted groups into a column (PostgreSQL sums 64-bit integers as numeric).
QString sumIf(const QString &condition)
{
    return QStringLiteral("CAST(SUM(CASE WHEN ") + condition + QStringLiteral(" THEN n ELSE 0 END) AS BIGINT)");
}

// The nearest-rank percentile p of ranked rows (`k`-th of `n`, value ms) as an
// aggregate: the k-th smallest with k = ceil(n * p / 100), in integers.
QString percentile(int p, const QString &k, const QString &n)
{
    return QStringLiteral("MIN(CASE WHEN %1 = (%2 * %3 + 99) / 100 THEN ms END)").arg(k, n).arg(p);
}

} // namespace

InsightsSql::InsightsSql(const InsightsQuery &query, qint64 nowMs)
    : m_query(query)
    , m_nowMs(nowMs)
{}

QString InsightsSql::dayOf(const QString &column, QVariantList &binds) const
{
    // A binary search over the ends of the days, as nested CASEs: a row costs
    // log2(days) comparisons. Joining a table of days instead (a range search
    // per day, then sorting the rows by day) took 2.5 times as long on SQLite
    // (bench/insightsbench). Each placeholder binds one day's end, in the
    // order they appear.
    const QList<QDate> days = m_query.days();
    const std::function<QString(qsizetype, qsizetype)> search = [&](qsizetype first, qsizetype last) {
        if (first == last)
            return QString::number(first);
        const qsizetype middle = (first + last) / 2;
        binds << m_query.dayEndMs(days.at(middle));
        const QString before = search(first, middle);
        return QStringLiteral("CASE WHEN %1 < ? THEN %2 ELSE %3 END").arg(column, before, search(middle + 1, last));
    };
    return search(0, days.size() - 1);
}

QString InsightsSql::inRange(const QString &column, QVariantList &binds) const
{
    binds << m_query.dayStartMs(m_query.days().first()) << m_query.dayEndMs(m_query.days().last());
    return column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?");
}

QString InsightsSql::filterSql(QVariantList &binds, bool withStatus) const
{
    QString sql;
    if (!m_query.createdBy.isEmpty()) {
        // As the operator typed it in the filter: "Ana" finds the tickets ana created.
        sql += QStringLiteral(" AND lower(t.created_by) = lower(?)");
        binds << m_query.createdBy.trimmed();
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
    // One step at a time: the binds go in the order of the placeholders.
    InsightsStatement s;
    const QString day = dayOf(QStringLiteral("t.created_at"), s.binds);
    const QString range = inRange(QStringLiteral("t.created_at"), s.binds);
    const QString filters = filterSql(s.binds, true);
    s.sql = (recursive ? QStringLiteral("WITH RECURSIVE") : QStringLiteral("WITH")) +
            QStringLiteral("\n-- The tickets of the range that pass the filters, each with the index d of\n"
                           "-- the local day it was created on.\n"
                           "range_tickets AS (\n SELECT ") +
            day +
            QStringLiteral(" AS d,\n t.id, t.status, t.submitted_at, t.outcome_at, t.outcome_via, t.retry_of,"
                           " t.retried_as\n FROM tickets t WHERE ") +
            range + filters + QStringLiteral(")");
    return s;
}

InsightsStatement InsightsSql::outcomesByDay() const
{
    // Counted first by what the figures tell apart (a few groups a day), then
    // spread into columns: cheaper than a CASE per column for every ticket.
    InsightsStatement s = withRangeTickets();
    const QString outcome = QStringLiteral("status IN (") + outcomeStatuses() + QStringLiteral(")");
    s.sql += QStringLiteral(",\n-- The tickets of each day by status, how the outcome came, and whether a retry.\n"
                            "grouped (d, status, outcome_via, retry, n) AS (\n"
                            " SELECT d, status, outcome_via, CASE WHEN retry_of <> 0 THEN 1 ELSE 0 END, COUNT(*)\n"
                            " FROM range_tickets GROUP BY d, status, outcome_via,"
                            " CASE WHEN retry_of <> 0 THEN 1 ELSE 0 END)\n"
                            "SELECT d, ") +
             sumIf(QStringLiteral("status = ") + lit(TicketStatus::Created)) + QStringLiteral(", ") +
             sumIf(QStringLiteral("status = ") + lit(TicketStatus::Failed)) + QStringLiteral(", ") +
             sumIf(QStringLiteral("status = ") + lit(TicketStatus::Rejected)) + QStringLiteral(", ") +
             sumIf(QStringLiteral("status = ") + lit(TicketStatus::Unconfirmed)) + QStringLiteral(", ") +
             sumIf(QStringLiteral("status IN (") + openStatuses() + QStringLiteral(")")) +
             QStringLiteral(",\n -- how the outcomes came\n ") +
             sumIf(outcome + QStringLiteral(" AND outcome_via = 'webhook'")) + QStringLiteral(", ") +
             sumIf(outcome + QStringLiteral(" AND outcome_via = 'reconciliation'")) + QStringLiteral(", ") +
             sumIf(outcome + QStringLiteral(" AND outcome_via = ''")) +
             QStringLiteral(",\n -- retries, and first attempts that failed\n ") + sumIf(QStringLiteral("retry = 1")) +
             QStringLiteral(", ") + sumIf(QStringLiteral("retry = 0 AND status = ") + lit(TicketStatus::Failed)) +
             QStringLiteral("\nFROM grouped GROUP BY d");
    return s;
}

InsightsStatement InsightsSql::durations() const
{
    InsightsStatement s = withRangeTickets();
    // A duration on a bound belongs to the next bar (bars are [previous, bound)).
    QString bars = QStringLiteral("CASE");
    const QList<qint64> bounds = insightsHistogramBounds();
    for (qsizetype i = 0; i < bounds.size(); ++i)
        bars += QStringLiteral(" WHEN ms < %1 THEN %2").arg(bounds.at(i)).arg(i);
    bars += QStringLiteral(" ELSE %1 END").arg(bounds.size());
    s.sql +=
        QStringLiteral(",\n-- Submit (202) to outcome, over the CREATED and FAILED tickets that have both,\n"
                       "-- ranked within their day (k-th of n) and within the range (ka-th of na).\n"
                       "-- Two windows, two sorts: the functions of one window share its sort.\n"
                       "ranked (d, ms, k, n, ka, na) AS MATERIALIZED (\n"
                       " SELECT d, ms, row_number() OVER day_order, count(*) OVER day_order,"
                       " row_number() OVER range_order, count(*) OVER range_order\n"
                       " FROM (SELECT d, outcome_at - submitted_at AS ms FROM range_tickets WHERE status IN (") +
        outcomeStatuses() +
        QStringLiteral(") AND submitted_at IS NOT NULL AND outcome_at IS NOT NULL) AS durations\n"
                       " WINDOW day_order AS (PARTITION BY d ORDER BY ms ROWS BETWEEN UNBOUNDED PRECEDING"
                       " AND UNBOUNDED FOLLOWING),\n"
                       " range_order AS (ORDER BY ms ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))\n"
                       "-- Each day,\n"
                       "SELECT 0, d, MAX(n), ") +
        percentile(50, QStringLiteral("k"), QStringLiteral("n")) + QStringLiteral(", ") +
        percentile(95, QStringLiteral("k"), QStringLiteral("n")) +
        QStringLiteral(" FROM ranked GROUP BY d\n"
                       "-- the range,\n"
                       "UNION ALL SELECT 1, 0, COUNT(*), ") +
        percentile(50, QStringLiteral("ka"), QStringLiteral("na")) + QStringLiteral(", ") +
        percentile(95, QStringLiteral("ka"), QStringLiteral("na")) +
        QStringLiteral(" FROM ranked\n"
                       "-- and the bars of the histogram.\n"
                       "UNION ALL SELECT 2, bar, COUNT(*), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT) FROM (SELECT ") +
        bars + QStringLiteral(" AS bar FROM ranked) bars GROUP BY bar");
    return s;
}

InsightsStatement InsightsSql::curedByRetry() const
{
    // Only first failures that were retried start a chain: few rows, so that
    // PostgreSQL follows each link by the primary key instead of hashing
    // every ticket.
    InsightsStatement s = withRangeTickets(true);
    s.sql += QStringLiteral(",\n-- Each first failure (not a retry, ended FAILED) that was retried, and the\n"
                            "-- retries after it, followed through retried_as wherever and by whomever made.\n"
                            "chain (origin, id, retried_as, status) AS (\n"
                            " SELECT id, id, retried_as, status FROM range_tickets\n"
                            " WHERE retry_of = 0 AND retried_as <> 0 AND status = ") +
             lit(TicketStatus::Failed) +
             QStringLiteral("\n UNION ALL\n"
                            " SELECT c.origin, n.id, n.retried_as, n.status FROM chain c"
                            " JOIN tickets n ON n.id = c.retried_as)\n"
                            "-- A chain is cured when its last ticket ended CREATED.\n"
                            "SELECT COUNT(*) FROM chain WHERE retried_as = 0 AND status = ") +
             lit(TicketStatus::Created);
    return s;
}

InsightsStatement InsightsSql::deliveriesByDay() const
{
    // One step at a time: the binds go in the order of the placeholders.
    InsightsStatement s;
    const QString day = dayOf(QStringLiteral("v.received_at"), s.binds);
    const QString range = inRange(QStringLiteral("v.received_at"), s.binds);
    s.sql = QStringLiteral("WITH\n-- The deliveries of each day by verdict, each record counted as the number of\n"
                           "-- deliveries it stands for (a suppressed record: its count).\n"
                           "received (d, verdict, n) AS (\n"
                           " SELECT d, verdict, SUM(CASE WHEN suppressed > 0 THEN suppressed ELSE 1 END)\n"
                           " FROM (SELECT ") +
            day + QStringLiteral(" AS d, v.verdict, v.suppressed\n  FROM deliveries v WHERE ") + range +
            QStringLiteral(") AS days\n"
                           " GROUP BY d, verdict),\n");
    s.sql += QStringLiteral("-- The verdict -> category mapping of DeliveryFigures.\n"
                            "categorised (d, category, n) AS (\n"
                            " SELECT d, CASE");
    for (int c = 0; c < DeliveryFigures::Other; ++c) {
        s.sql +=
            QStringLiteral("\n  WHEN verdict IN (%1) THEN %2").arg(verdictList(DeliveryFigures::Category(c))).arg(c);
    }
    s.sql += QStringLiteral("\n  ELSE %1 END, n FROM received)\n"
                            "SELECT d")
                 .arg(int(DeliveryFigures::Other));
    for (int c = 0; c < DeliveryFigures::CategoryCount; ++c)
        s.sql += QStringLiteral(", ") + sumIf(QStringLiteral("category = %1").arg(c));
    s.sql += QStringLiteral("\nFROM categorised GROUP BY d");
    return s;
}

InsightsStatement InsightsSql::deliveredTickets(qint64 fromMs, qint64 untilMs, DeliveryFigures::Category category)
{
    // Walks deliveries_insights (received_at, verdict) over the range, then each row for its ticket.
    QString verdicts;
    if (category == DeliveryFigures::Other) {
        QStringList known;
        for (int c = 0; c < DeliveryFigures::Other; ++c)
            known << verdictList(DeliveryFigures::Category(c));
        verdicts = QStringLiteral(" AND verdict NOT IN (") + known.join(QStringLiteral(", ")) + QStringLiteral(")");
    } else {
        verdicts = QStringLiteral(" AND verdict IN (") + verdictList(category) + QStringLiteral(")");
    }
    return {QStringLiteral("SELECT DISTINCT local_ticket FROM deliveries WHERE received_at >= ? AND received_at < ?"
                           " AND local_ticket IS NOT NULL AND local_ticket <> 0") +
                verdicts + QStringLiteral(" ORDER BY local_ticket"),
            {fromMs, untilMs}};
}

InsightsStatement InsightsSql::nowFigures() const
{
    // The desk as it is, not the range: open tickets, all in the partial index
    // tickets_open (whose condition this states as it does: schema version 7).
    InsightsStatement s;
    s.binds << m_nowMs - m_query.stuckAfterMs;
    const QString pending = QStringLiteral("t.status = ") + lit(TicketStatus::Pending);
    s.sql = QStringLiteral("SELECT COUNT(*), ") + countIf(pending + QStringLiteral(" AND t.submitted_at < ?")) +
            QStringLiteral(", MIN(CASE WHEN ") + pending +
            QStringLiteral(" THEN t.submitted_at END)\nFROM tickets t WHERE (") +
            openCondition(QStringLiteral("t.status")) + QStringLiteral(")");
    s.sql += filterSql(s.binds, false);
    return s;
}

InsightsStatement InsightsSql::lastEventDelivery() const
{
    // The newest delivery that shows Ripio's events arrive, as the status bar's "Last event" counts
    // them: a signed event acknowledged, late or a duplicate as well. Not a forged, unsigned or
    // suppressed request, one refused as too old, nor one the store failed to take. Walks
    // deliveries_insights (received_at first) from the newest: most deliveries are such.
    const QString notSigns =
        verdictList(DeliveryFigures::BadSignature) + QStringLiteral(", 'rejected-late', 'store-failed'");
    return {QStringLiteral("SELECT received_at FROM deliveries WHERE verdict NOT IN (") + notSigns +
                QStringLiteral(") ORDER BY received_at DESC LIMIT 1"),
            {}};
}

} // namespace TicketDesk
