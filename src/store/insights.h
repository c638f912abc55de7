// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace TicketDesk {

// What a support lead asks of the store (TicketStore::insights()): the local
// days `from` to `until` (both included) in `zone` (the operator's time zone:
// a day runs from its local midnight to the next, 23 or 25 hours on a DST
// change), and optional filters. A ticket belongs to the local day it was
// created on (Ticket::createdAt), whatever day its outcome came; a delivery
// to the day it was received. The filters narrow the ticket figures only;
// deliveries carry no operator or customer.
struct InsightsQuery
{
    QDate from;
    QDate until;
    QTimeZone zone = localZone();
    QString createdBy;                   // empty: every operator
    QString customerId;                  // empty: every customer (compared in any case)
    std::optional<TicketStatus> status;  // only tickets in this status now
    QDateTime now;                       // the "now" figures; invalid: the store's clock
    qint64 stuckAfterMs = 5 * 60 * 1000; // a PENDING ticket submitted longer ago is stuck

    // The system's zone; UTC when the system names one that is not known (TZ=Bogus/Zone), as the
    // C library then counts, rather than an invalid zone in which no day can be counted.
    static QTimeZone localZone();
    // The local days of the range, in order; empty when from > until or a date is invalid.
    QList<QDate> days() const;
    // [start, end) of local day `day` in UTC milliseconds.
    qint64 dayStartMs(const QDate &day) const;
    qint64 dayEndMs(const QDate &day) const { return dayStartMs(day.addDays(1)); }
    // Ranges longer than this are refused (the query binds about one value per day).
    static constexpr int maxDays = 400;
};

// How long Ripio took, from the 202 (submittedAt) to the outcome (outcomeAt),
// over tickets that have both and ended CREATED or FAILED. Percentiles are
// nearest-rank: the smallest duration with at least p % of the durations at or
// below it. Both absent when `count` is 0.
struct DurationFigures
{
    qint64 count = 0;
    std::optional<qint64> p50Ms;
    std::optional<qint64> p95Ms;
    friend bool operator==(const DurationFigures &, const DurationFigures &) = default;
};

// Deliveries received, by what the listener decided. Every stored verdict
// falls in exactly one field:
//   valid: applied, unknown-ticket-created;   late: late, rejected-late;
//   duplicate: duplicate, stale;              badSignature: bad-signature,
//   missing-signature, suppressed (a suppressed record counts as the number
//   of deliveries it stands for, DeliveryRecord::suppressed);
//   quarantined: quarantined, account-closed; otherFamily: other-family;
//   other: anything else (conflict, invalid, store-failed, ...).
struct DeliveryFigures
{
    // The fields, in order (what a chart's stacked sets and a table's columns are).
    enum Category
    {
        Valid,
        Late,
        Duplicate,
        BadSignature,
        Quarantined,
        OtherFamily,
        Other,
        CategoryCount,
    };
    // The stored verdicts of `category`; empty for Other (every verdict not in another).
    static QStringList verdicts(Category category);

    qint64 valid = 0;
    qint64 late = 0;
    qint64 duplicate = 0;
    qint64 badSignature = 0;
    qint64 quarantined = 0;
    qint64 otherFamily = 0;
    qint64 other = 0;
    qint64 total() const { return valid + late + duplicate + badSignature + quarantined + otherFamily + other; }
    friend bool operator==(const DeliveryFigures &, const DeliveryFigures &) = default;
};

// Tickets created in a day (or the range), by their status now. `open` is
// QUEUED, SUBMITTING and PENDING.
struct OutcomeFigures
{
    qint64 created = 0;
    qint64 failed = 0;
    qint64 rejected = 0;
    qint64 unconfirmed = 0;
    qint64 open = 0;
    qint64 total() const { return created + failed + rejected + unconfirmed + open; }
    friend bool operator==(const OutcomeFigures &, const OutcomeFigures &) = default;
};

struct InsightsDay
{
    QDate day;
    OutcomeFigures outcomes;
    DurationFigures durations;
    DeliveryFigures deliveries;
    friend bool operator==(const InsightsDay &, const InsightsDay &) = default;
};

// One bar of the duration histogram: durations d with previous bound <= d <
// upperMs (the first bar starts at 0; the last has no upper bound: upperMs -1).
struct DurationBucket
{
    qint64 upperMs = -1;
    qint64 count = 0;
    friend bool operator==(const DurationBucket &, const DurationBucket &) = default;
};

// How the outcomes of the range's tickets (CREATED or FAILED) arrived, and
// what retries did.
struct ArrivalFigures
{
    qint64 byWebhook = 0;        // the outcome came in a webhook
    qint64 byReconciliation = 0; // Retrieve (reconciliation) told it first
    qint64 unknown = 0;          // recorded before TicketDesk noted how (schema < 6)
    qint64 retries = 0;          // tickets of the range that retry another (Ticket::retryOf)
    qint64 firstFailures = 0;    // tickets of the range, not retries, that ended FAILED
    qint64 curedByRetry = 0;     // of those, the ones whose chain of retries ended CREATED
    // FAILED / (CREATED + FAILED) over the range; nullopt when neither happened.
    std::optional<double> failureRate;
    // curedByRetry / firstFailures; nullopt when there was no first failure.
    std::optional<double> curedShare;
    friend bool operator==(const ArrivalFigures &, const ArrivalFigures &) = default;
};

// The desk as it is now (at InsightsQuery::now), not limited to the range;
// the operator and customer filters apply.
struct NowFigures
{
    qint64 open = 0;              // QUEUED, SUBMITTING, PENDING
    qint64 stuck = 0;             // PENDING, submitted more than stuckAfterMs ago
    QDateTime oldestPendingSince; // submittedAt of the oldest PENDING ticket; invalid: none
    QDateTime lastWebhookAt;      // receivedAt of the last valid delivery (any filter); invalid: none
    friend bool operator==(const NowFigures &, const NowFigures &) = default;
};

// The answer: one InsightsDay per day of the range (days with nothing are
// there, with zeros), the range's totals, and the rest.
struct Insights
{
    InsightsQuery query;
    QList<InsightsDay> days;
    OutcomeFigures outcomes;   // sum of the days
    DurationFigures durations; // over the whole range (not an average of days)
    DeliveryFigures deliveries;
    QList<DurationBucket> histogram; // insightsHistogramBounds(), then the open-ended bar
    ArrivalFigures arrivals;
    NowFigures now;
};

// The histogram's upper bounds in ms: 1 s, 2 s, 5 s, 10 s, 30 s, 1 min, 2 min,
// 5 min, 15 min, 1 h, 6 h (then one bar for 6 h and more).
QList<qint64> insightsHistogramBounds();

} // namespace TicketDesk
