// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

namespace TicketDesk {

// A Prometheus histogram's state: counts per bucket (each value lands in the
// first bucket whose upper bound is >= it; beyond the last, only in +Inf), the
// sum and the count of all observed values.
class Histogram final
{
public:
    explicit Histogram(QList<double> upperBounds = {});

    void observe(double value);

    const QList<double> &upperBounds() const { return m_bounds; }
    // Per bucket, not cumulative; one more than upperBounds(): the last is +Inf.
    const QList<quint64> &bucketCounts() const { return m_counts; }
    double sum() const { return m_sum; }
    quint64 count() const { return m_count; }

private:
    QList<double> m_bounds;
    QList<quint64> m_counts;
    double m_sum = 0;
    quint64 m_count = 0;
};

// Everything `serve --metrics` exposes, gathered at one scrape.
struct MetricsSnapshot
{
    QList<QPair<QString, quint64>> deliveriesByVerdict; // in the order shown
    quint64 lateDeliveries = 0;
    quint64 suppressedRequests = 0;
    quint64 previousSecretDeliveries = 0;                   // accepted with the previous webhook secret
    QList<QPair<QString, quint64>> refusedRequestsByStatus; // refused by the HTTP layer, unread
    Histogram commitBatchSize;
    Histogram commitSeconds;
    qint64 outboxQueued = 0;
    qint64 reconciliationPending = 0;
    QList<QPair<QString, quint64>> apiErrorsByCategory;
    int openConnections = 0;
    quint64 refusedConnections = 0; // at the connection limits
    quint64 evictedConnections = 0; // quiet ones closed to make room
    quint64 tlsHandshakeFailures = 0;
    qint64 diskFreeBytes = -1; // -1: not known (PostgreSQL, or never checked)
};

// The Prometheus text exposition format 0.0.4 of a snapshot: one HELP and
// TYPE line per metric family, then its samples; histograms as cumulative
// _bucket{le=...} series with _sum and _count. Pure: the same snapshot gives
// the same bytes.
class MetricsFormatter final
{
public:
    static constexpr const char *contentType = "text/plain; version=0.0.4; charset=utf-8";
    // The buckets the receiver uses.
    static QList<double> batchSizeBuckets();
    static QList<double> commitSecondsBuckets();

    static QByteArray format(const MetricsSnapshot &snapshot);

    // A sample value as Prometheus writes it: shortest round-trip form, +Inf, -Inf, NaN.
    static QByteArray number(double value);
    // A label value with \, " and newline escaped.
    static QByteArray labelValue(const QString &value);
};

} // namespace TicketDesk
