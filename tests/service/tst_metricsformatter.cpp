// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/metrics.h"

#include <QTest>

#include <limits>

using namespace TicketDesk;

// The Prometheus text exposition (format 0.0.4) of `serve --metrics`,
// byte for byte.
class TestMetricsFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void histogramBuckets();
    void numbers_data();
    void numbers();
    void labelEscaping();
    void exactExposition();
};

void TestMetricsFormatter::histogramBuckets()
{
    Histogram h({1, 5});
    for (double v : {0.5, 1.0, 3.0, 5.0, 9.0})
        h.observe(v);
    QCOMPARE(h.bucketCounts(), (QList<quint64>{2, 2, 1}));
    QCOMPARE(h.count(), quint64(5));
    QCOMPARE(h.sum(), 18.5);
}

void TestMetricsFormatter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("integer") << 3.0 << QByteArray("3");
    QTest::newRow("fraction") << 0.005 << QByteArray("0.005");
    QTest::newRow("small") << 0.0005 << QByteArray("0.0005");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("large") << 123456789.0 << QByteArray("123456789");
    QTest::newRow("tiny") << 1e-9 << QByteArray("1e-09");
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
}

void TestMetricsFormatter::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(MetricsFormatter::number(value), text);
}

void TestMetricsFormatter::labelEscaping()
{
    QCOMPARE(MetricsFormatter::labelValue(QStringLiteral("a\\b\"c\nd")), QByteArray("a\\\\b\\\"c\\nd"));
}

void TestMetricsFormatter::exactExposition()
{
    MetricsSnapshot s;
    s.deliveriesByVerdict = {{QStringLiteral("applied"), 7}, {QStringLiteral("rejected"), 2}};
    s.lateDeliveries = 1;
    s.suppressedRequests = 4;
    s.previousSecretDeliveries = 11;
    s.refusedRequestsByStatus = {{QStringLiteral("400"), 300}, {QStringLiteral("404"), 504}};
    s.commitBatchSize = Histogram({1, 4});
    s.commitBatchSize.observe(1);
    s.commitBatchSize.observe(3);
    s.commitBatchSize.observe(6);
    s.commitSeconds = Histogram({0.001, 0.01});
    s.commitSeconds.observe(0.0009765625); // 2^-10: sums exactly
    s.commitSeconds.observe(0.25);
    s.outboxQueued = 3;
    s.reconciliationPending = 5;
    s.apiErrorsByCategory = {{QStringLiteral("offline"), 2}};
    s.openConnections = 6;
    s.refusedConnections = 8;
    s.evictedConnections = 9;
    s.tlsHandshakeFailures = 4;
    s.diskFreeBytes = 1048576;

    const QByteArray expected = R"(# HELP ticketdesk_webhook_deliveries_total Webhook deliveries answered, by verdict.
# TYPE ticketdesk_webhook_deliveries_total counter
ticketdesk_webhook_deliveries_total{verdict="applied"} 7
ticketdesk_webhook_deliveries_total{verdict="rejected"} 2
# HELP ticketdesk_webhook_late_total Webhook events accepted outside the replay window (flagged late).
# TYPE ticketdesk_webhook_late_total counter
ticketdesk_webhook_late_total 1
# HELP ticketdesk_webhook_suppressed_total Rejected webhook requests only counted, not recorded (per-peer cap or low disk).
# TYPE ticketdesk_webhook_suppressed_total counter
ticketdesk_webhook_suppressed_total 4
# HELP ticketdesk_webhook_previous_secret_total Webhook deliveries accepted with the previous secret: the rotation is over once it stops growing.
# TYPE ticketdesk_webhook_previous_secret_total counter
ticketdesk_webhook_previous_secret_total 11
# HELP ticketdesk_commit_batch_size Webhook events per store commit.
# TYPE ticketdesk_commit_batch_size histogram
ticketdesk_commit_batch_size_bucket{le="1"} 1
ticketdesk_commit_batch_size_bucket{le="4"} 2
ticketdesk_commit_batch_size_bucket{le="+Inf"} 3
ticketdesk_commit_batch_size_sum 10
ticketdesk_commit_batch_size_count 3
# HELP ticketdesk_commit_duration_seconds Duration of the store commit of a batch of webhook events.
# TYPE ticketdesk_commit_duration_seconds histogram
ticketdesk_commit_duration_seconds_bucket{le="0.001"} 1
ticketdesk_commit_duration_seconds_bucket{le="0.01"} 1
ticketdesk_commit_duration_seconds_bucket{le="+Inf"} 2
ticketdesk_commit_duration_seconds_sum 0.2509765625
ticketdesk_commit_duration_seconds_count 2
# HELP ticketdesk_outbox_queued Tickets waiting to be sent to Ripio.
# TYPE ticketdesk_outbox_queued gauge
ticketdesk_outbox_queued 3
# HELP ticketdesk_reconciliation_pending Tickets PENDING an outcome from Ripio.
# TYPE ticketdesk_reconciliation_pending gauge
ticketdesk_reconciliation_pending 5
# HELP ticketdesk_api_errors_total Failed Ripio API calls, by category.
# TYPE ticketdesk_api_errors_total counter
ticketdesk_api_errors_total{category="offline"} 2
# HELP ticketdesk_http_open_connections Open connections to the webhook listener.
# TYPE ticketdesk_http_open_connections gauge
ticketdesk_http_open_connections 6
# HELP ticketdesk_http_refused_connections_total Connections refused at the total or per-peer connection limit (answered 503).
# TYPE ticketdesk_http_refused_connections_total counter
ticketdesk_http_refused_connections_total 8
# HELP ticketdesk_http_refused_requests_total Requests the HTTP layer refused before reading them (malformed 400, unknown path 404, body too large 413, ...), by status: they are not deliveries, but for 429, a large body over its sender's budget, also counted as a rejected delivery with verdict suppressed.
# TYPE ticketdesk_http_refused_requests_total counter
ticketdesk_http_refused_requests_total{status="400"} 300
ticketdesk_http_refused_requests_total{status="404"} 504
# HELP ticketdesk_http_evicted_connections_total Quiet connections (idle, or a request still coming) closed at the limit to make room.
# TYPE ticketdesk_http_evicted_connections_total counter
ticketdesk_http_evicted_connections_total 9
# HELP ticketdesk_http_tls_handshake_failures_total TLS connections to the webhook listener whose handshake failed or was given up (a sender that does not trust the certificate, a timeout): their requests never arrive.
# TYPE ticketdesk_http_tls_handshake_failures_total counter
ticketdesk_http_tls_handshake_failures_total 4
# HELP ticketdesk_disk_free_bytes Free space on the database's volume, as last checked.
# TYPE ticketdesk_disk_free_bytes gauge
ticketdesk_disk_free_bytes 1048576
)";
    const QByteArray actual = MetricsFormatter::format(s);
    if (actual != expected)
        qWarning().noquote() << actual;
    QCOMPARE(actual, expected);

    // Unknown free space: the family is left out rather than shown as a made-up number.
    s.diskFreeBytes = -1;
    QVERIFY(!MetricsFormatter::format(s).contains("disk_free"));
}

QTEST_GUILESS_MAIN(TestMetricsFormatter)
#include "tst_metricsformatter.moc"
