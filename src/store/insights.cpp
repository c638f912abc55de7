// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/insights.h"

namespace TicketDesk {

QTimeZone InsightsQuery::localZone()
{
    const QTimeZone system = QTimeZone::systemTimeZone();
    return system.isValid() ? system : QTimeZone::utc();
}

QList<QDate> InsightsQuery::days() const
{
    QList<QDate> out;
    if (!from.isValid() || !until.isValid() || from > until)
        return out;
    for (QDate d = from; d <= until; d = d.addDays(1))
        out << d;
    return out;
}

qint64 InsightsQuery::dayStartMs(const QDate &day) const
{
    // A zone may skip local midnight on a DST change (the day then starts at
    // the first local time that exists): step forward to the first valid time.
    QDateTime start(day, QTime(0, 0), zone);
    for (int minutes = 30; (!start.isValid() || start.date() != day) && minutes <= 180; minutes += 30)
        start = QDateTime(day, QTime(0, 0).addSecs(minutes * 60), zone);
    return start.toMSecsSinceEpoch();
}

QStringList DeliveryFigures::verdicts(Category category)
{
    switch (category) {
    case Valid:
        // A signed event TicketDesk acted on: a ticket's outcome, or an account closed.
        return {QStringLiteral("applied"), QStringLiteral("unknown-ticket-created"), QStringLiteral("account-closed")};
    case Late:
        return {QStringLiteral("late"), QStringLiteral("rejected-late")};
    case Duplicate:
        return {QStringLiteral("duplicate"), QStringLiteral("stale")};
    case BadSignature:
        return {QStringLiteral("bad-signature"), QStringLiteral("missing-signature"), QStringLiteral("suppressed")};
    case Quarantined:
        return {QStringLiteral("quarantined")};
    case OtherFamily:
        return {QStringLiteral("other-family")};
    case Other:
    case CategoryCount:
        break;
    }
    return {};
}

QList<qint64> insightsHistogramBounds()
{
    constexpr qint64 second = 1000;
    constexpr qint64 minute = 60 * second;
    constexpr qint64 hour = 60 * minute;
    return {1 * second, 2 * second, 5 * second,  10 * second, 30 * second, 1 * minute,
            2 * minute, 5 * minute, 15 * minute, 1 * hour,    6 * hour};
}

} // namespace TicketDesk
