// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/metrics.h"

#include <QLocale>

#include <cmath>
#include <utility>

namespace TicketDesk {

Histogram::Histogram(QList<double> upperBounds)
    : m_bounds(std::move(upperBounds))
    , m_counts(m_bounds.size() + 1, 0)
{}

void Histogram::observe(double value)
{
    qsizetype i = 0;
    while (i < m_bounds.size() && value > m_bounds.at(i))
        ++i;
    ++m_counts[i];
    m_sum += value;
    ++m_count;
}

QList<double> MetricsFormatter::batchSizeBuckets()
{
    return {1, 2, 4, 8, 16, 32, 64, 128, 256};
}

QList<double> MetricsFormatter::commitSecondsBuckets()
{
    return {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};
}

QByteArray MetricsFormatter::number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    // Shortest round-trip digits; plain decimals in the usual range (0.0005, not 5e-04).
    const double magnitude = std::abs(value);
    const bool plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15);
    return QByteArray::number(value, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}

QByteArray MetricsFormatter::labelValue(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

namespace {

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void sample(QByteArray &out, const QByteArray &name, const QByteArray &value, const QByteArray &labels = {})
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels + '}';
    out += ' ' + value + '\n';
}

// A metric of one sample without labels.
void single(QByteArray &out, const char *name, const char *type, const char *help, qint64 value)
{
    family(out, name, type, help);
    sample(out, name, QByteArray::number(value));
}

void labelled(QByteArray &out, const char *name, const char *label, const QList<QPair<QString, quint64>> &values)
{
    for (const auto &v : values)
        sample(out, name, QByteArray::number(v.second),
               QByteArray(label) + "=\"" + MetricsFormatter::labelValue(v.first) + '"');
}

void histogram(QByteArray &out, const char *name, const char *help, const Histogram &h)
{
    family(out, name, "histogram", help);
    const QByteArray base(name);
    quint64 cumulative = 0;
    for (qsizetype i = 0; i < h.bucketCounts().size(); ++i) {
        cumulative += h.bucketCounts().at(i);
        const QByteArray le = i < h.upperBounds().size() ? MetricsFormatter::number(h.upperBounds().at(i)) : "+Inf";
        sample(out, base + "_bucket", QByteArray::number(cumulative), "le=\"" + le + '"');
    }
    sample(out, base + "_sum", MetricsFormatter::number(h.sum()));
    sample(out, base + "_count", QByteArray::number(h.count()));
}

} // namespace

QByteArray MetricsFormatter::format(const MetricsSnapshot &s)
{
    QByteArray out;
    family(out, "ticketdesk_webhook_deliveries_total", "counter", "Webhook deliveries answered, by verdict.");
    labelled(out, "ticketdesk_webhook_deliveries_total", "verdict", s.deliveriesByVerdict);
    single(out, "ticketdesk_webhook_late_total", "counter",
           "Webhook events accepted outside the replay window (flagged late).", qint64(s.lateDeliveries));
    single(out, "ticketdesk_webhook_suppressed_total", "counter",
           "Rejected webhook requests only counted, not recorded (per-peer cap or low disk).",
           qint64(s.suppressedRequests));
    single(out, "ticketdesk_webhook_previous_secret_total", "counter",
           "Webhook deliveries accepted with the previous secret: the rotation is over once it stops growing.",
           qint64(s.previousSecretDeliveries));
    histogram(out, "ticketdesk_commit_batch_size", "Webhook events per store commit.", s.commitBatchSize);
    histogram(out, "ticketdesk_commit_duration_seconds", "Duration of the store commit of a batch of webhook events.",
              s.commitSeconds);
    single(out, "ticketdesk_outbox_queued", "gauge", "Tickets waiting to be sent to Ripio.", s.outboxQueued);
    single(out, "ticketdesk_reconciliation_pending", "gauge", "Tickets PENDING an outcome from Ripio.",
           s.reconciliationPending);
    family(out, "ticketdesk_api_errors_total", "counter", "Failed Ripio API calls, by category.");
    labelled(out, "ticketdesk_api_errors_total", "category", s.apiErrorsByCategory);
    single(out, "ticketdesk_http_open_connections", "gauge", "Open connections to the webhook listener.",
           s.openConnections);
    single(out, "ticketdesk_http_refused_connections_total", "counter",
           "Connections refused at the total or per-peer connection limit (answered 503).",
           qint64(s.refusedConnections));
    family(out, "ticketdesk_http_refused_requests_total", "counter",
           "Requests the HTTP layer refused before reading them (malformed 400, unknown path 404, body too "
           "large 413, ...), by status: they are not deliveries, but for 429, a large body over its sender's "
           "budget, also counted as a rejected delivery with verdict suppressed.");
    labelled(out, "ticketdesk_http_refused_requests_total", "status", s.refusedRequestsByStatus);
    single(out, "ticketdesk_http_evicted_connections_total", "counter",
           "Quiet connections (idle, or a request still coming) closed at the limit to make room.",
           qint64(s.evictedConnections));
    single(out, "ticketdesk_http_tls_handshake_failures_total", "counter",
           "TLS connections to the webhook listener whose handshake failed or was given up (a sender that "
           "does not trust the certificate, a timeout): their requests never arrive.",
           qint64(s.tlsHandshakeFailures));
    if (s.diskFreeBytes >= 0)
        single(out, "ticketdesk_disk_free_bytes", "gauge", "Free space on the database's volume, as last checked.",
               s.diskFreeBytes);
    return out;
}

} // namespace TicketDesk
