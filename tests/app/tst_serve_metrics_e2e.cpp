// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/servefixture.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace TicketDesk;

// `ticketdesk serve --metrics`: the real binary, scraped with QNetworkAccessManager
// after a valid and a badly signed delivery; and the refusals of a metrics
// address that is the webhook one.
class TestServeMetricsE2e final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrapesPrometheusText();
    void metricsNeverOnWebhookAddress_data();
    void metricsNeverOnWebhookAddress();
    void metricsOnEveryNetworkAreWarnedOf();
};

namespace {

const QByteArray secret = "metrics-secret";

QByteArray signedEventBody()
{
    return QByteArrayLiteral(R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":")") +
           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
           R"(","supportTicket":{"ticketId":"6f1c2b3a-1111-4222-8333-000000000777",)"
           R"("customerId":"0a1b2c3d-0000-4000-8000-000000000001","issueKey":"SUP-777","summary":"m",)"
           R"("status":"CREATED"}})";
}

// serve on a fresh SQLite file in `dir`, its metrics at `metrics`, Ripio unreachable.
void startServe(QProcess &serve, const QTemporaryDir &dir, const QString &metrics)
{
    serve.setProcessEnvironment(ServeFixture::environment(dir.path(), secret));
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--metrics"), metrics, QStringLiteral("--db"), dir.filePath(QStringLiteral("m.sqlite")),
                 QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9/")});
}

} // namespace

void TestServeMetricsE2e::scrapesPrometheusText()
{
    QTemporaryDir dir;
    QProcess serve;
    startServe(serve, dir, QStringLiteral("127.0.0.1:0"));
    QByteArray errText;
    const quint16 port = ServeFixture::waitListening(serve, errText);
    QVERIFY2(port != 0, errText.constData());
    const quint16 metricsPort = ServeFixture::waitMetrics(serve, errText);
    QVERIFY2(metricsPort != 0, errText.constData());
    QVERIFY(metricsPort != port);

    QNetworkAccessManager network;
    const auto scrape = [&network, metricsPort] {
        QNetworkReply *reply =
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(metricsPort))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return QByteArray();
        reply->deleteLater();
        return reply->readAll();
    };
    // Before any webhook: the disk's free space is there from the first scrape (an alert on its
    // absence fired at every start), and so is every verdict, at 0.
    const QByteArray first = scrape();
    QVERIFY2(first.contains("\nticketdesk_disk_free_bytes "), first.constData());
    QVERIFY2(first.contains("\nticketdesk_webhook_deliveries_total{verdict=\"disk-full\"} 0\n"), first.constData());

    // One valid event and one with a wrong signature, on one keep-alive connection.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = signedEventBody();
    socket.write(ServeFixture::post(body, secret) + ServeFixture::post(body, "wrong-secret"));
    QByteArray answers;
    QTRY_VERIFY_WITH_TIMEOUT((answers += socket.readAll()).count("HTTP/1.1 ") == 2, 10000);
    QVERIFY2(answers.startsWith("HTTP/1.1 200"), answers.constData());
    QVERIFY(answers.contains("HTTP/1.1 401"));

    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(metricsPort))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("text/plain; version=0.0.4; charset=utf-8"));
    const QByteArray text = reply->readAll();
    reply->deleteLater();
    QVERIFY2(text.contains("# TYPE ticketdesk_webhook_deliveries_total counter\n"), text.constData());
    QVERIFY2(text.contains("\nticketdesk_webhook_deliveries_total{verdict=\"applied\"} 1\n"), text.constData());
    QVERIFY(text.contains("\nticketdesk_webhook_deliveries_total{verdict=\"rejected\"} 1\n"));
    QVERIFY(text.contains("\nticketdesk_commit_batch_size_count 1\n"));
    QVERIFY(text.contains("\nticketdesk_commit_batch_size_bucket{le=\"1\"} 1\n"));
    QVERIFY(text.contains("\nticketdesk_commit_duration_seconds_count 1\n"));
    QVERIFY(text.contains("\nticketdesk_outbox_queued 0\n"));
    QVERIFY(text.contains("\nticketdesk_reconciliation_pending 0\n"));
    QVERIFY(text.contains("\nticketdesk_http_open_connections 1\n"));
    QVERIFY(text.contains("\nticketdesk_webhook_suppressed_total 0\n"));
    QVERIFY(text.contains("# TYPE ticketdesk_api_errors_total counter\n"));

    // The webhook listener does not serve metrics.
    socket.write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    answers.clear();
    QTRY_VERIFY_WITH_TIMEOUT((answers += socket.readAll()).contains("HTTP/1.1 "), 10000);
    QVERIFY2(answers.startsWith("HTTP/1.1 404"), answers.constData());

    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 0);
    // On the loopback address: no warning.
    errText += serve.readAllStandardError();
    QVERIFY2(!errText.contains("every network"), errText.constData());
}

void TestServeMetricsE2e::metricsOnEveryNetworkAreWarnedOf()
{
    QTemporaryDir dir;
    QProcess serve;
    startServe(serve, dir, QStringLiteral("0.0.0.0:0"));
    QByteArray errText;
    static const QRegularExpression warned(QStringLiteral("WARNING: metrics are served on every network[^\\n]*"
                                                          "--metrics 127\\.0\\.0\\.1 ()"));
    ServeFixture::waitPort(serve, errText, warned, 10000);
    QVERIFY2(errText.contains("metrics on http://0.0.0.0:"), errText.constData());
    QVERIFY2(warned.match(QString::fromUtf8(errText)).hasMatch(), errText.constData());
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 0);
}

void TestServeMetricsE2e::metricsNeverOnWebhookAddress_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("metrics");
    QTest::newRow("same") << QStringLiteral("127.0.0.1:18787") << QStringLiteral("127.0.0.1:18787");
    QTest::newRow("any address, same port") << QStringLiteral("127.0.0.1:18787") << QStringLiteral("0.0.0.0:18787");
    QTest::newRow("not an address") << QStringLiteral("127.0.0.1:0") << QStringLiteral("metrics-host");
}

void TestServeMetricsE2e::metricsNeverOnWebhookAddress()
{
    QFETCH(QString, listen);
    QFETCH(QString, metrics);
    QTemporaryDir dir;
    QProcess serve;
    serve.setProcessEnvironment(ServeFixture::environment(dir.path(), secret));
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), listen, QStringLiteral("--metrics"), metrics,
                 QStringLiteral("--db"), dir.filePath(QStringLiteral("m.sqlite"))});
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 2);
    const QByteArray err = serve.readAllStandardError();
    QVERIFY2(err.contains("--metrics"), err.constData());
    QVERIFY(!err.contains("listening on"));
}

QTEST_GUILESS_MAIN(TestServeMetricsE2e)
#include "tst_serve_metrics_e2e.moc"
