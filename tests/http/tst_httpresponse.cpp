// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TicketDesk;

namespace {

const QDateTime pinned = QDateTime(QDate(2026, 6, 26), QTime(14, 30, 5), Qt::UTC);

} // namespace

// The response writer: exact bytes on the wire, and no way to inject a header line.
class TestHttpResponse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serialize_data();
    void serialize();
    void reasonPhrase_data();
    void reasonPhrase();
    void setHeader_data();
    void setHeader();
    void errorBodyIsJson();
    void dateIsEnglishWhateverTheLocale();
};

void TestHttpResponse::serialize_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<bool>("close");
    QTest::addColumn<bool>("keepAlive10");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray date = "Date: Fri, 26 Jun 2026 14:30:05 GMT\r\n";
    QTest::newRow("json ok") << HttpResponse(200, "{\"ok\":true}") << false << false
                             << "HTTP/1.1 200 OK\r\n" + date +
                                    "Content-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}";
    QTest::newRow("closing")
        << HttpResponse(202, "{}") << true << false
        << "HTTP/1.1 202 Accepted\r\n" + date +
               "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
    QTest::newRow("http/1.0 keep-alive") << HttpResponse(404) << false << true
                                         << "HTTP/1.1 404 Not Found\r\n" + date +
                                                "Content-Length: 0\r\nConnection: keep-alive\r\n\r\n";
    QTest::newRow("no content") << HttpResponse(204, "ignored") << false << false
                                << "HTTP/1.1 204 No Content\r\n" + date + "\r\n";
    HttpResponse allow(405);
    allow.setHeader("Allow", "POST");
    QTest::newRow("allow") << allow << true << false
                           << "HTTP/1.1 405 Method Not Allowed\r\n" + date +
                                  "Content-Length: 0\r\nAllow: POST\r\nConnection: close\r\n\r\n";
    HttpResponse retry(503, "busy", "text/plain");
    retry.setHeader("Retry-After", "1");
    retry.setHeader("retry-after", "5");
    QTest::newRow("retry after replaced")
        << retry << false << false
        << "HTTP/1.1 503 Service Unavailable\r\n" + date +
               "Content-Type: text/plain\r\nContent-Length: 4\r\nRetry-After: 5\r\n\r\nbusy";
}

void TestHttpResponse::serialize()
{
    QFETCH(HttpResponse, response);
    QFETCH(bool, close);
    QFETCH(bool, keepAlive10);
    QFETCH(QByteArray, expected);
    QCOMPARE(response.serialize(close, pinned, keepAlive10), expected);
}

void TestHttpResponse::reasonPhrase_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("phrase");
    QTest::newRow("100") << 100 << QByteArray("Continue");
    QTest::newRow("408") << 408 << QByteArray("Request Timeout");
    QTest::newRow("411") << 411 << QByteArray("Length Required");
    QTest::newRow("413") << 413 << QByteArray("Content Too Large");
    QTest::newRow("414") << 414 << QByteArray("URI Too Long");
    QTest::newRow("415") << 415 << QByteArray("Unsupported Media Type");
    QTest::newRow("431") << 431 << QByteArray("Request Header Fields Too Large");
    QTest::newRow("501") << 501 << QByteArray("Not Implemented");
    QTest::newRow("505") << 505 << QByteArray("HTTP Version Not Supported");
    QTest::newRow("unknown") << 299 << QByteArray("Unknown");
}

void TestHttpResponse::reasonPhrase()
{
    QFETCH(int, status);
    QFETCH(QByteArray, phrase);
    QCOMPARE(HttpResponse::reasonPhrase(status), phrase);
    QVERIFY(HttpResponse(status)
                .serialize(false, pinned)
                .startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ' + phrase + "\r\n")));
}

void TestHttpResponse::setHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QByteArray("X-Request-Id") << QByteArray("abc 123") << true;
    QTest::newRow("crlf in value") << QByteArray("X-A") << QByteArray("a\r\nSet-Cookie: x=1") << false;
    QTest::newRow("lf in value") << QByteArray("X-A") << QByteArray("a\nb") << false;
    QTest::newRow("nul in value") << QByteArray("X-A") << QByteArray("a\0b", 3) << false;
    QTest::newRow("space in name") << QByteArray("X A") << QByteArray("a") << false;
    QTest::newRow("colon in name") << QByteArray("X:A") << QByteArray("a") << false;
    QTest::newRow("empty name") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("content-length owned") << QByteArray("Content-Length") << QByteArray("5") << false;
    QTest::newRow("connection owned") << QByteArray("connection") << QByteArray("keep-alive") << false;
    QTest::newRow("date owned") << QByteArray("Date") << QByteArray("x") << false;
    QTest::newRow("transfer-encoding owned") << QByteArray("Transfer-Encoding") << QByteArray("chunked") << false;
}

void TestHttpResponse::setHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    HttpResponse r(200, "{}");
    QCOMPARE(r.setHeader(name, value), accepted);
    const QByteArray wire = r.serialize(false, pinned);
    QCOMPARE(wire.count("\r\n"), 5 + (accepted ? 1 : 0));
    QCOMPARE(wire.count('\n'), wire.count("\r\n"));
    if (accepted)
        QCOMPARE(r.header(name.toLower()), value);
}

void TestHttpResponse::errorBodyIsJson()
{
    const HttpResponse r = HttpResponse::error(413);
    QCOMPARE(r.status(), 413);
    QCOMPARE(r.contentType(), QByteArray("application/json"));
    const QJsonObject o = QJsonDocument::fromJson(r.body()).object();
    QCOMPARE(o.value(QLatin1StringView("status")).toInt(), 413);
    QCOMPARE(o.value(QLatin1StringView("error")).toString(), QStringLiteral("Content Too Large"));
}

void TestHttpResponse::dateIsEnglishWhateverTheLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray date = HttpResponse::httpDate(QDateTime(QDate(2026, 3, 1), QTime(0, 0, 9), Qt::UTC));
    QLocale::setDefault(saved);
    QCOMPARE(date, QByteArray("Sun, 01 Mar 2026 00:00:09 GMT"));
    // Another zone is converted to GMT.
    const QDateTime plusTwo(QDate(2026, 3, 1), QTime(2, 0, 9), Qt::OffsetFromUTC, 7200);
    QCOMPARE(HttpResponse::httpDate(plusTwo), QByteArray("Sun, 01 Mar 2026 00:00:09 GMT"));
    // Formatted once a second: each call still says its own second.
    const QDateTime nine(QDate(2026, 3, 1), QTime(0, 0, 9, 900), Qt::UTC);
    QCOMPARE(HttpResponse::httpDate(nine), QByteArray("Sun, 01 Mar 2026 00:00:09 GMT"));
    QCOMPARE(HttpResponse::httpDate(nine.addMSecs(100)), QByteArray("Sun, 01 Mar 2026 00:00:10 GMT"));
    QCOMPARE(HttpResponse::httpDate(nine.addMSecs(99)), QByteArray("Sun, 01 Mar 2026 00:00:09 GMT"));
    QCOMPARE(HttpResponse::httpDate(nine.addDays(1)), QByteArray("Mon, 02 Mar 2026 00:00:09 GMT"));
    QCOMPARE(HttpResponse::httpDate(QDateTime()), QByteArray());
}

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
