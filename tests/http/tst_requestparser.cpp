// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/requestparser.h"

#include <QFile>
#include <QTest>

using namespace TicketDesk;

namespace {

QList<HttpRoute> routes()
{
    return {{"/webhooks/ripio", {"POST"}}, {"/healthz", {"GET"}}};
}

// A POST to the webhook path with a JSON body, Host and Content-Length, plus `extra` header lines.
QByteArray post(const QByteArray &body, const QByteArray &extra = {}, const QByteArray &path = "/webhooks/ripio")
{
    return "POST " + path +
           " HTTP/1.1\r\nHost: desk.example.com\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

// A POST with the given header lines only (the caller decides on Content-Length etc.).
QByteArray postWith(const QByteArray &headers, const QByteArray &body = "{}")
{
    return "POST /webhooks/ripio HTTP/1.1\r\n" + headers + "\r\n" + body;
}

QByteArray get(const QByteArray &target = "/healthz", const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: desk.example.com\r\n" + extra + "\r\n";
}

// A literal with its embedded NULs, without its terminating one.
template<qsizetype N>
QByteArray literal(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

QByteArray manyHeaders(int count)
{
    QByteArray h;
    for (int i = 0; i < count; ++i)
        h += "X-H" + QByteArray::number(i) + ": v\r\n";
    return h;
}

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(TICKETDESK_TEST_DATA "/http/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void compareRequests(const HttpRequest &a, const HttpRequest &b)
{
    QCOMPARE(a.method, b.method);
    QCOMPARE(a.path, b.path);
    QCOMPARE(a.query, b.query);
    QCOMPARE(a.versionMinor, b.versionMinor);
    QCOMPARE(a.headers.size(), b.headers.size());
    for (qsizetype i = 0; i < a.headers.size(); ++i) {
        QCOMPARE(a.headers[i].name, b.headers[i].name);
        QCOMPARE(a.headers[i].value, b.headers[i].value);
    }
    QCOMPARE(a.body, b.body);
    QCOMPARE(a.keepAlive, b.keepAlive);
    QCOMPARE(a.expectContinue, b.expectContinue);
}

// The outcome of feeding `input` cut at the given points; positions are absolute.
ParseResult feedPieces(const QByteArray &input, const QList<qsizetype> &cuts, qsizetype *decidedAt)
{
    RequestParser parser(HttpLimits{}, routes());
    qsizetype start = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    ParseResult r;
    for (qsizetype end : ends) {
        r = parser.feed(QByteArrayView(input).sliced(start, end - start));
        if (r.state != ParseResult::NeedMore) {
            *decidedAt = start + r.consumed;
            return r;
        }
        start = end;
    }
    *decidedAt = input.size();
    return r;
}

} // namespace

// The parser, fed bytes with no socket around it: every accepted and every refused form.
class TestRequestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void everySplitPoint_data() { table_data(); }
    void everySplitPoint();
    void byteByByte_data() { table_data(); }
    void byteByByte();
    void acceptedFields();
    void pipelinedInOneBuffer();
    void stopAfterHeadThenSkipBody();
    void refusalWithoutBodyKeepsStep();
    void expectContinue();
    void expectContinueRefusedBeforeBody();
    void limitsAreSettings();
    void allowHeader_data();
    void allowHeader();
    void routeOptions_data();
    void routeOptions();
    void headerLookupIgnoresCase();
    void resetForgetsPartialRequest();
    void idleAndBodyState();
};

void TestRequestParser::table_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("close");

    const int ok = ParseResult::Complete;
    const int more = ParseResult::NeedMore;
    const int err = ParseResult::Error;
    const QByteArray json = R"({"eventType":"SUPPORT_TICKET.FAILED"})";
    const QByteArray host = "Host: h\r\n";
    const QByteArray ct = "Content-Type: application/json\r\n";

    // Accepted forms.
    QTest::newRow("post json") << post(json) << ok << 0 << false;
    QTest::newRow("post charset param")
        << postWith(host + "Content-Type: application/json; charset=utf-8\r\nContent-Length: 2\r\n") << ok << 0
        << false;
    QTest::newRow("post content type any case")
        << postWith(host + "Content-Type: Application/JSON\r\nContent-Length: 2\r\n") << ok << 0 << false;
    QTest::newRow("post http/1.0 closes")
        << QByteArray("POST /webhooks/ripio HTTP/1.0\r\nHost: h\r\n" + ct + "Content-Length: 2\r\n\r\n{}") << ok << 0
        << false;
    QTest::newRow("post http/1.0 no host")
        << QByteArray("POST /webhooks/ripio HTTP/1.0\r\n" + ct + "Content-Length: 2\r\n\r\n{}") << ok << 0 << false;
    QTest::newRow("post http/1.0 keep-alive")
        << QByteArray("POST /webhooks/ripio HTTP/1.0\r\nConnection: Keep-Alive\r\n" + ct +
                      "Content-Length: 2\r\n\r\n{}")
        << ok << 0 << false;
    QTest::newRow("post connection close") << post(json, "Connection: close\r\n") << ok << 0 << false;
    QTest::newRow("post empty body") << post({}) << ok << 0 << false;
    QTest::newRow("post leading zeros in length")
        << postWith(host + ct + "Content-Length: 0002\r\n") << ok << 0 << false;
    QTest::newRow("post ows around values")
        << postWith("Host:\t h \t\r\n" + ct + "Content-Length:  2 \r\n") << ok << 0 << false;
    QTest::newRow("post obs-text in value") << post(json, "X-Name: caf\xc3\xa9\r\n") << ok << 0 << false;
    QTest::newRow("post header names any case")
        << postWith("HOST: h\r\ncontent-TYPE: application/json\r\ncontent-length: 2\r\n") << ok << 0 << false;
    QTest::newRow("post expect 100-continue") << post(json, "Expect: 100-continue\r\n") << ok << 0 << false;
    QTest::newRow("post expect on http/1.0 ignored")
        << QByteArray("POST /webhooks/ripio HTTP/1.0\r\nExpect: 100-continue\r\n" + ct + "Content-Length: 2\r\n\r\n{}")
        << ok << 0 << false;
    QTest::newRow("one empty line before request") << QByteArray("\r\n" + get()) << ok << 0 << false;
    QTest::newRow("get healthz") << get() << ok << 0 << false;
    QTest::newRow("get healthz query") << get("/healthz?verbose=1&x=%2F") << ok << 0 << false;
    QTest::newRow("get zero length") << get("/healthz", "Content-Length: 0\r\n") << ok << 0 << false;
    QTest::newRow("get host with port") << QByteArray("GET /healthz HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n") << ok << 0
                                        << false;
    QTest::newRow("ripio webhook capture") << readData("ripio-webhook.http") << ok << 0 << false;
    QTest::newRow("request line at limit") << get("/healthz?" + QByteArray(8192 - 22, 'a')) << ok << 0 << false;
    QTest::newRow("64 header lines") << get("/healthz", manyHeaders(63)) << ok << 0 << false;
    QTest::newRow("header section at limit")
        << get("/healthz", "X-Pad: " + QByteArray(16 * 1024 - 33, 'p') + "\r\n") << ok << 0 << false;
    QTest::newRow("body at limit") << post(QByteArray(1024 * 1024, 'b')) << ok << 0 << false;

    // Incomplete input.
    QTest::newRow("partial request line") << QByteArray("POST /webhooks/ri") << more << 0 << false;
    QTest::newRow("partial headers") << QByteArray("POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\n") << more << 0
                                     << false;
    QTest::newRow("partial body") << postWith(host + ct + "Content-Length: 10\r\n", "12345") << more << 0 << false;
    QTest::newRow("cr awaiting lf") << QByteArray("GET /healthz HTTP/1.1\r") << more << 0 << false;

    // Line endings.
    QTest::newRow("bare lf request line") << QByteArray("GET /healthz HTTP/1.1\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("bare lf header") << QByteArray("GET /healthz HTTP/1.1\r\nHost: h\n\r\n") << err << 400 << true;
    QTest::newRow("bare lf end of headers")
        << QByteArray("GET /healthz HTTP/1.1\r\nHost: h\r\n\n") << err << 400 << true;
    QTest::newRow("bare cr request line")
        << QByteArray("GET /healthz\rHTTP/1.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("bare cr header value")
        << QByteArray("GET /healthz HTTP/1.1\r\nHost: h\rX: y\r\n\r\n") << err << 400 << true;
    QTest::newRow("cr cr lf") << QByteArray("GET /healthz HTTP/1.1\r\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("two empty lines first") << QByteArray("\r\n\r\n" + get()) << err << 400 << true;

    // Request line.
    QTest::newRow("request line too long") << get("/healthz?" + QByteArray(8192 - 21, 'a')) << err << 414 << true;
    QTest::newRow("endless request line") << QByteArray("GET /" + QByteArray(9000, 'a')) << err << 414 << true;
    QTest::newRow("http/2.0") << QByteArray("GET /healthz HTTP/2.0\r\nHost: h\r\n\r\n") << err << 505 << true;
    QTest::newRow("http/1.2") << QByteArray("GET /healthz HTTP/1.2\r\nHost: h\r\n\r\n") << err << 505 << true;
    QTest::newRow("http/0.9 version") << QByteArray("GET /healthz HTTP/0.9\r\nHost: h\r\n\r\n") << err << 505 << true;
    QTest::newRow("http/3.0") << QByteArray("GET /healthz HTTP/3.0\r\n\r\n") << err << 505 << true;
    QTest::newRow("lowercase version") << QByteArray("GET /healthz http/1.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("short version") << QByteArray("GET /healthz HTTP/1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("two-digit version") << QByteArray("GET /healthz HTTP/01.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("no version") << QByteArray("GET /healthz\r\n\r\n") << err << 400 << true;
    QTest::newRow("double space") << QByteArray("GET  /healthz HTTP/1.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("trailing space") << QByteArray("GET /healthz HTTP/1.1 \r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("leading space") << QByteArray(" GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("tab separator") << QByteArray("GET\t/healthz HTTP/1.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("method bad char") << QByteArray("PO(ST /webhooks/ripio HTTP/1.1\r\nHost: h\r\n\r\n") << err << 400
                                     << true;
    QTest::newRow("nul in method") << literal("GE\0T /healthz HTTP/1.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("absolute form") << QByteArray("POST http://h/webhooks/ripio HTTP/1.1\r\nHost: h\r\n\r\n") << err
                                   << 400 << true;
    QTest::newRow("asterisk form") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("authority form") << QByteArray("CONNECT h:443 HTTP/1.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("fragment in target") << get("/healthz#top") << err << 400 << true;
    QTest::newRow("bad percent escape") << get("/healthz?x=%zz") << err << 400 << true;
    QTest::newRow("truncated percent escape") << get("/healthz%4") << err << 400 << true;
    QTest::newRow("non-ascii target") << get("/caf\xc3\xa9") << err << 400 << true;
    QTest::newRow("nul in target") << literal("GET /he\0althz HTTP/1.1\r\nHost: h\r\n\r\n") << err << 400 << true;
    QTest::newRow("backslash in target") << get("/webhooks\\ripio") << err << 400 << true;

    // Header syntax.
    QTest::newRow("obs-fold") << get("/healthz", "X-A: a\r\n b\r\n") << err << 400 << true;
    QTest::newRow("obs-fold with tab") << get("/healthz", "X-A: a\r\n\tb\r\n") << err << 400 << true;
    QTest::newRow("space before colon") << get("/healthz", "X-A : a\r\n") << err << 400 << true;
    QTest::newRow("tab before colon") << get("/healthz", "X-A\t: a\r\n") << err << 400 << true;
    QTest::newRow("te with space before colon")
        << postWith(host + "Transfer-Encoding : chunked\r\n" + ct) << err << 400 << true;
    QTest::newRow("invalid name char") << get("/healthz", "X(A): a\r\n") << err << 400 << true;
    QTest::newRow("non-ascii name") << get("/healthz", "X-\xc3\xa9: a\r\n") << err << 400 << true;
    QTest::newRow("empty name") << get("/healthz", ": a\r\n") << err << 400 << true;
    QTest::newRow("no colon") << get("/healthz", "X-A a\r\n") << err << 400 << true;
    QTest::newRow("nul in value") << get("/healthz", literal("X-A: a\0b\r\n")) << err << 400 << true;
    QTest::newRow("control char in value") << get("/healthz", "X-A: a\x01"
                                                              "b\r\n")
                                           << err << 400 << true;
    QTest::newRow("escape char in value") << get("/healthz", "X-A: \x1b[31m\r\n") << err << 400 << true;
    QTest::newRow("del in value") << get("/healthz", "X-A: a\x7f\r\n") << err << 400 << true;

    // Host.
    QTest::newRow("missing host") << QByteArray("GET /healthz HTTP/1.1\r\n\r\n") << err << 400 << true;
    QTest::newRow("duplicate host") << get("/healthz", "Host: other\r\n") << err << 400 << true;
    QTest::newRow("duplicate host http/1.0")
        << QByteArray("GET /healthz HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n") << err << 400 << true;
    QTest::newRow("empty host") << QByteArray("GET /healthz HTTP/1.1\r\nHost:\r\n\r\n") << err << 400 << true;
    QTest::newRow("host with space") << QByteArray("GET /healthz HTTP/1.1\r\nHost: a b\r\n\r\n") << err << 400 << true;
    QTest::newRow("host list") << QByteArray("GET /healthz HTTP/1.1\r\nHost: a, b\r\n\r\n") << err << 400 << true;
    QTest::newRow("host with slash") << QByteArray("GET /healthz HTTP/1.1\r\nHost: a/b\r\n\r\n") << err << 400 << true;

    // Content-Length and Transfer-Encoding.
    QTest::newRow("duplicate length same")
        << postWith(host + ct + "Content-Length: 2\r\nContent-Length: 2\r\n") << err << 400 << true;
    QTest::newRow("duplicate length different")
        << postWith(host + ct + "Content-Length: 2\r\ncontent-length: 7\r\n") << err << 400 << true;
    QTest::newRow("length list") << postWith(host + ct + "Content-Length: 2,2\r\n") << err << 400 << true;
    QTest::newRow("length negative") << postWith(host + ct + "Content-Length: -2\r\n") << err << 400 << true;
    QTest::newRow("length plus sign") << postWith(host + ct + "Content-Length: +2\r\n") << err << 400 << true;
    QTest::newRow("length hex") << postWith(host + ct + "Content-Length: 0x10\r\n") << err << 400 << true;
    QTest::newRow("length inner space") << postWith(host + ct + "Content-Length: 1 2\r\n") << err << 400 << true;
    QTest::newRow("length exponent") << postWith(host + ct + "Content-Length: 1e3\r\n") << err << 400 << true;
    QTest::newRow("length decimal") << postWith(host + ct + "Content-Length: 2.0\r\n") << err << 400 << true;
    QTest::newRow("length empty") << postWith(host + ct + "Content-Length:\r\n") << err << 400 << true;
    QTest::newRow("length trailing junk") << postWith(host + ct + "Content-Length: 2x\r\n") << err << 400 << true;
    QTest::newRow("chunked") << postWith(host + ct + "Transfer-Encoding: chunked\r\n", "2\r\n{}\r\n0\r\n\r\n") << err
                             << 411 << true;
    QTest::newRow("gzip then chunked") << postWith(host + ct + "Transfer-Encoding: gzip, chunked\r\n") << err << 411
                                       << true;
    QTest::newRow("chunked then gzip") << postWith(host + ct + "Transfer-Encoding: chunked, gzip\r\n") << err << 400
                                       << true;
    QTest::newRow("identity encoding") << postWith(host + ct + "Transfer-Encoding: identity\r\n") << err << 400 << true;
    QTest::newRow("xchunked") << postWith(host + ct + "Transfer-Encoding: xchunked\r\n") << err << 400 << true;
    QTest::newRow("te and cl") << postWith(host + ct + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") << err
                               << 400 << true;
    QTest::newRow("cl and te on get") << get("/healthz", "Transfer-Encoding: chunked\r\nContent-Length: 0\r\n") << err
                                      << 400 << true;
    QTest::newRow("missing length") << postWith(host + ct) << err << 411 << true;
    QTest::newRow("body over limit") << postWith(host + ct + "Content-Length: 1048577\r\n", {}) << err << 413 << true;
    QTest::newRow("huge length") << postWith(host + ct + "Content-Length: 99999999999999999999999999\r\n", {}) << err
                                 << 413 << true;
    QTest::newRow("get with body") << get("/healthz", "Content-Length: 5\r\n") + "hello" << err << 400 << true;

    // Header section limits.
    QTest::newRow("65 header lines") << get("/healthz", manyHeaders(64)) << err << 431 << true;
    QTest::newRow("header section too large")
        << get("/healthz", "X-Pad: " + QByteArray(16 * 1024 - 32, 'p') + "\r\n") << err << 431 << true;
    QTest::newRow("endless header line") << QByteArray("GET /healthz HTTP/1.1\r\nX-A: " + QByteArray(17000, 'a')) << err
                                         << 431 << true;
    QTest::newRow("many mid-size headers")
        << get("/healthz",
               manyHeaders(0) + QByteArray("X-A: " + QByteArray(6000, 'a') + "\r\nX-B: " + QByteArray(6000, 'b') +
                                           "\r\nX-C: " + QByteArray(6000, 'c') + "\r\n"))
        << err << 431 << true;

    // Routing, decided after the header section and before any body.
    QTest::newRow("unknown method") << QByteArray("BREW /healthz HTTP/1.1\r\nHost: h\r\n\r\n") << err << 501 << false;
    QTest::newRow("lowercase method") << QByteArray("get /healthz HTTP/1.1\r\nHost: h\r\n\r\n") << err << 501 << false;
    QTest::newRow("unknown method with body")
        << QByteArray("BREW /webhooks/ripio HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}") << err << 501 << true;
    QTest::newRow("unknown path get") << get("/nope") << err << 404 << false;
    QTest::newRow("unknown path post") << post(json, {}, "/webhooks/other") << err << 404 << true;
    QTest::newRow("trailing slash path") << post(json, {}, "/webhooks/ripio/") << err << 404 << true;
    QTest::newRow("encoded path") << post(json, {}, "/webhooks/%72ipio") << err << 404 << true;
    QTest::newRow("get on webhook path") << get("/webhooks/ripio") << err << 405 << false;
    QTest::newRow("put on webhook path") << QByteArray("PUT /webhooks/ripio HTTP/1.1\r\nHost: h\r\n" + ct +
                                                       "Content-Length: 2\r\n\r\n{}")
                                         << err << 405 << true;
    QTest::newRow("head on healthz") << QByteArray("HEAD /healthz HTTP/1.1\r\nHost: h\r\n\r\n") << err << 405 << false;
    QTest::newRow("post on healthz") << post(json, {}, "/healthz") << err << 405 << true;
    QTest::newRow("405 on http/1.0 closes") << QByteArray("DELETE /healthz HTTP/1.0\r\n\r\n") << err << 405 << true;
    QTest::newRow("404 with connection close") << get("/nope", "Connection: close\r\n") << err << 404 << true;

    // Media types.
    QTest::newRow("text content type") << postWith(host + "Content-Type: text/plain\r\nContent-Length: 2\r\n") << err
                                       << 415 << true;
    QTest::newRow("missing content type") << postWith(host + "Content-Length: 2\r\n") << err << 415 << true;
    QTest::newRow("json prefix content type")
        << postWith(host + "Content-Type: application/jsonx\r\nContent-Length: 2\r\n") << err << 415 << true;
    QTest::newRow("json suffix content type")
        << postWith(host + "Content-Type: application/merge-patch+json\r\nContent-Length: 2\r\n") << err << 415 << true;
    QTest::newRow("form content type")
        << postWith(host + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 2\r\n") << err << 415
        << true;
    QTest::newRow("duplicate content type") << postWith(host + ct + ct + "Content-Length: 2\r\n") << err << 400 << true;
    QTest::newRow("gzip content encoding") << post(json, "Content-Encoding: gzip\r\n") << err << 415 << true;
    QTest::newRow("identity content encoding") << post(json, "Content-Encoding: identity\r\n") << err << 415 << true;
    QTest::newRow("empty body with encoding") << post({}, "Content-Encoding: br\r\n") << err << 415 << false;

    // Expectations.
    QTest::newRow("unknown expectation") << post(json, "Expect: 200-ok\r\n") << err << 417 << true;
    QTest::newRow("two expectations") << post(json, "Expect: 100-continue\r\nExpect: 100-continue\r\n") << err << 417
                                      << true;
}

void TestRequestParser::table()
{
    QFETCH(QByteArray, input);
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(bool, close);

    RequestParser parser(HttpLimits{}, routes());
    const ParseResult r = parser.feed(input);
    QCOMPARE(int(r.state), state);
    QCOMPARE(r.status, status);
    QCOMPARE(r.close, close);
    if (r.state == ParseResult::Complete || r.state == ParseResult::NeedMore)
        QCOMPARE(r.consumed, input.size());
    if (r.state == ParseResult::Error)
        QVERIFY(!r.reason.isEmpty());
    else
        QVERIFY(r.reason.isEmpty());
}

void TestRequestParser::everySplitPoint()
{
    QFETCH(QByteArray, input);
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(bool, close);

    RequestParser whole(HttpLimits{}, routes());
    const ParseResult expected = whole.feed(input);

    // Every split point below 1 KiB; for larger inputs, a spread of points including both ends.
    QList<qsizetype> points;
    if (input.size() < 1024) {
        for (qsizetype k = 0; k <= input.size(); ++k)
            points.append(k);
    } else {
        for (qsizetype k = 0; k <= input.size(); k += qMax<qsizetype>(1, input.size() / 300))
            points.append(k);
        for (qsizetype k = qMax<qsizetype>(0, input.size() - 64); k <= input.size(); ++k)
            points.append(k);
    }
    for (qsizetype k : points) {
        qsizetype decidedAt = 0;
        const ParseResult r = feedPieces(input, {k}, &decidedAt);
        QVERIFY2(int(r.state) == state, qPrintable(QStringLiteral("split at %1").arg(k)));
        QCOMPARE(r.status, status);
        QCOMPARE(r.close, close);
        if (r.state == ParseResult::Complete) {
            QCOMPARE(decidedAt, input.size());
            compareRequests(r.request, expected.request);
        }
    }
}

void TestRequestParser::byteByByte()
{
    QFETCH(QByteArray, input);
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(bool, close);

    RequestParser whole(HttpLimits{}, routes());
    const ParseResult expected = whole.feed(input);

    RequestParser parser(HttpLimits{}, routes());
    ParseResult r;
    qsizetype i = 0;
    for (; i < input.size(); ++i) {
        r = parser.feed(QByteArrayView(input).sliced(i, 1));
        QCOMPARE(r.consumed, qsizetype(1));
        if (r.state != ParseResult::NeedMore)
            break;
    }
    QCOMPARE(int(r.state), state);
    QCOMPARE(r.status, status);
    QCOMPARE(r.close, close);
    if (r.state == ParseResult::Complete) {
        QCOMPARE(i, input.size() - 1);
        compareRequests(r.request, expected.request);
    }
}

void TestRequestParser::acceptedFields()
{
    RequestParser parser(HttpLimits{}, routes());
    const QByteArray input = readData("ripio-webhook.http");
    QVERIFY(!input.isEmpty());
    const ParseResult r = parser.feed(input);
    QCOMPARE(r.state, ParseResult::Complete);
    QCOMPARE(r.request.method, QByteArray("POST"));
    QCOMPARE(r.request.path, QByteArray("/webhooks/ripio"));
    QCOMPARE(r.request.query, QByteArray());
    QCOMPARE(r.request.versionMinor, 1);
    QCOMPARE(r.request.headers.size(), 6);
    QCOMPARE(r.request.headers[0].name, QByteArray("Host"));
    QCOMPARE(r.request.header("host"), QByteArray("desk.example.com:8443"));
    QVERIFY(r.request.header("http-x-wh-signature-256").startsWith("sha256="));
    QVERIFY(r.request.body.startsWith("{\"eventType\":\"SUPPORT_TICKET.CREATED\""));
    QVERIFY(r.request.body.endsWith("}"));
    QCOMPARE(r.request.body.size(), r.request.header("content-length").toInt());
    QVERIFY(r.request.keepAlive);
    QVERIFY(!r.request.expectContinue);

    const ParseResult q = parser.feed(get("/healthz?verbose=1"));
    QCOMPARE(q.state, ParseResult::Complete);
    QCOMPARE(q.request.path, QByteArray("/healthz"));
    QCOMPARE(q.request.query, QByteArray("verbose=1"));

    const ParseResult v10 = parser.feed("GET /healthz HTTP/1.0\r\n\r\n");
    QCOMPARE(v10.state, ParseResult::Complete);
    QCOMPARE(v10.request.versionMinor, 0);
    QVERIFY(!v10.request.keepAlive);

    const ParseResult closing = parser.feed(get("/healthz", "Connection: keep-alive, close\r\n"));
    QCOMPARE(closing.state, ParseResult::Complete);
    QVERIFY(!closing.request.keepAlive);

    const ParseResult trimmed = parser.feed(get("/healthz", "X-A: \t spaced out \t\r\n"));
    QCOMPARE(trimmed.request.header("x-a"), QByteArray("spaced out"));
}

void TestRequestParser::pipelinedInOneBuffer()
{
    const QByteArray first = post(R"({"n":1})");
    const QByteArray second = get();
    const QByteArray third = post(R"({"n":3})", "Expect: 100-continue\r\n");
    const QByteArray all = first + second + third + "GET /hea";

    RequestParser parser(HttpLimits{}, routes());
    QByteArrayView rest(all);
    ParseResult r = parser.feed(rest);
    QCOMPARE(r.state, ParseResult::Complete);
    QCOMPARE(r.consumed, first.size());
    QCOMPARE(r.request.body, QByteArray(R"({"n":1})"));
    rest = rest.sliced(r.consumed);

    r = parser.feed(rest);
    QCOMPARE(r.state, ParseResult::Complete);
    QCOMPARE(r.consumed, second.size());
    QCOMPARE(r.request.method, QByteArray("GET"));
    rest = rest.sliced(r.consumed);

    r = parser.feed(rest);
    QCOMPARE(r.state, ParseResult::Complete);
    QCOMPARE(r.consumed, third.size());
    QCOMPARE(r.request.body, QByteArray(R"({"n":3})"));
    // The body came with the headers: there is nothing to continue.
    QVERIFY(!r.sendContinue);
    rest = rest.sliced(r.consumed);

    r = parser.feed(rest);
    QCOMPARE(r.state, ParseResult::NeedMore);
    QCOMPARE(r.consumed, qsizetype(8));
    QVERIFY(!parser.isIdle());
    r = parser.feed("lthz HTTP/1.1\r\nHost: h\r\n\r\n");
    QCOMPARE(r.state, ParseResult::Complete);
    QCOMPARE(r.request.path, QByteArray("/healthz"));
    QVERIFY(parser.isIdle());
}

// For a gate: feed() stops at the end of a header section that announces a
// body; head() holds it. A skipped body is consumed in any split and dropped,
// and the next request comes out as usual.
void TestRequestParser::stopAfterHeadThenSkipBody()
{
    const QByteArray skipped = post(QByteArray(5000, 'x'), "X-N: 1\r\n");
    const QByteArray kept = post(R"({"n":2})", "X-N: 2\r\n");
    const QByteArray all = skipped + get() + kept;
    const qsizetype headEnd = skipped.indexOf("\r\n\r\n") + 4;

    for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(4096), all.size()}) {
        RequestParser parser(HttpLimits{}, routes());
        parser.setStopAfterHead(true);
        QList<HttpRequest> complete;
        QList<QByteArray> heads;
        qsizetype offset = 0;
        qsizetype fedBeforeHead = -1;
        while (offset < all.size()) {
            QByteArrayView piece = QByteArrayView(all).sliced(offset, std::min(chunk, all.size() - offset));
            while (!piece.isEmpty()) {
                const ParseResult r = parser.feed(piece);
                QVERIFY(r.state != ParseResult::Error);
                if (r.headComplete) {
                    QVERIFY(parser.inBody());
                    QVERIFY(parser.head().body.isEmpty());
                    heads.append(parser.head().header("X-N"));
                    if (heads.size() == 1) {
                        fedBeforeHead = offset + r.consumed;
                        parser.skipBody();
                    }
                }
                if (r.state == ParseResult::Complete)
                    complete.append(r.request);
                offset += r.consumed;
                piece = piece.sliced(r.consumed);
            }
        }
        QCOMPARE(fedBeforeHead, headEnd); // nothing of the body was taken with the head
        QCOMPARE(heads, (QList<QByteArray>{"1", "2"}));
        QCOMPARE(complete.size(), 2);
        QCOMPARE(complete[0].method, QByteArray("GET"));
        QCOMPARE(complete[1].body, QByteArray(R"({"n":2})"));
        QVERIFY(parser.isIdle());
    }
}

void TestRequestParser::refusalWithoutBodyKeepsStep()
{
    // A refused request with no body leaves the stream in step: the next request parses.
    const QByteArray all = get("/nope") + get();
    RequestParser parser(HttpLimits{}, routes());
    ParseResult r = parser.feed(all);
    QCOMPARE(r.state, ParseResult::Error);
    QCOMPARE(r.status, 404);
    QVERIFY(!r.close);
    QCOMPARE(r.consumed, get("/nope").size());
    r = parser.feed(QByteArrayView(all).sliced(r.consumed));
    QCOMPARE(r.state, ParseResult::Complete);
    QCOMPARE(r.request.path, QByteArray("/healthz"));
}

void TestRequestParser::expectContinue()
{
    const QByteArray body = R"({"eventType":"ACCOUNT.CLOSED"})";
    const QByteArray input = post(body, "Expect: 100-Continue\r\n");
    const qsizetype headEnd = input.size() - body.size();

    RequestParser parser(HttpLimits{}, routes());
    ParseResult r = parser.feed(QByteArrayView(input).first(headEnd - 1));
    QCOMPARE(r.state, ParseResult::NeedMore);
    QVERIFY(!r.sendContinue);
    r = parser.feed(QByteArrayView(input).sliced(headEnd - 1, 1));
    QCOMPARE(r.state, ParseResult::NeedMore);
    QVERIFY(r.sendContinue);
    QVERIFY(parser.inBody());
    // Asked for once only.
    r = parser.feed(QByteArrayView());
    QVERIFY(!r.sendContinue);
    r = parser.feed(QByteArrayView(input).sliced(headEnd, 3));
    QCOMPARE(r.state, ParseResult::NeedMore);
    QVERIFY(!r.sendContinue);
    r = parser.feed(QByteArrayView(input).sliced(headEnd + 3));
    QCOMPARE(r.state, ParseResult::Complete);
    QVERIFY(r.request.expectContinue);
    QCOMPARE(r.request.body, body);

    // Headers and a first body byte in one piece: the client did not wait, no 100 needed.
    RequestParser eager(HttpLimits{}, routes());
    r = eager.feed(QByteArrayView(input).first(headEnd + 1));
    QCOMPARE(r.state, ParseResult::NeedMore);
    QVERIFY(!r.sendContinue);
}

void TestRequestParser::expectContinueRefusedBeforeBody()
{
    // The final status goes out instead of 100 Continue, so the client never sends the body.
    RequestParser parser(HttpLimits{}, routes());
    ParseResult r = parser.feed(postWith("Host: h\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                                         "Content-Length: 5000000\r\n",
                                         {}));
    QCOMPARE(r.state, ParseResult::Error);
    QCOMPARE(r.status, 413);
    QVERIFY(r.close);
    QVERIFY(!r.sendContinue);

    r = parser.feed(post("{}", "Expect: 100-continue\r\n", "/elsewhere").chopped(2));
    QCOMPARE(r.state, ParseResult::Error);
    QCOMPARE(r.status, 404);
    QVERIFY(r.close);
    QVERIFY(!r.sendContinue);
}

void TestRequestParser::limitsAreSettings()
{
    HttpLimits lineLimit;
    lineLimit.maxRequestLine = 21;
    RequestParser lineParser(lineLimit, routes());
    QCOMPARE(lineParser.feed(QByteArray("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n")).state, ParseResult::Complete);
    QCOMPARE(lineParser.feed(QByteArray("GET /healthz? HTTP/1.1\r\n")).status, 414);

    HttpLimits headerLimit;
    headerLimit.maxHeaderBytes = 40;
    headerLimit.maxHeaderLines = 2;
    RequestParser headerParser(headerLimit, routes());
    QCOMPARE(headerParser.feed(QByteArray("GET /healthz HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n\r\n")).state,
             ParseResult::Complete);
    QCOMPARE(headerParser.feed(QByteArray("GET /healthz HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nX-B: 2\r\n\r\n")).status, 431);
    QCOMPARE(headerParser.feed(QByteArray("GET /healthz HTTP/1.1\r\nHost: h\r\nX-A: " + QByteArray(40, 'a'))).status,
             431);

    HttpLimits bodyLimit;
    bodyLimit.maxBodyBytes = 4;
    RequestParser bodyParser(bodyLimit, routes());
    ParseResult r = bodyParser.feed(post("12345"));
    QCOMPARE(r.status, 413);
    QVERIFY(r.close);
    r = bodyParser.feed(post("1234"));
    QCOMPARE(r.state, ParseResult::Complete);
    QCOMPARE(r.request.body, QByteArray("1234"));
}

void TestRequestParser::allowHeader_data()
{
    QTest::addColumn<QList<HttpRoute>>("table");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("allow");

    QTest::newRow("webhook") << routes() << get("/webhooks/ripio") << QByteArray("POST");
    QTest::newRow("healthz") << routes() << QByteArray("DELETE /healthz HTTP/1.1\r\nHost: h\r\n\r\n")
                             << QByteArray("GET");
    QTest::newRow("two methods") << QList<HttpRoute>{{"/x", {"GET", "POST"}}}
                                 << QByteArray("PUT /x HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("GET, POST");
}

void TestRequestParser::allowHeader()
{
    QFETCH(QList<HttpRoute>, table);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, allow);
    RequestParser parser(HttpLimits{}, table);
    const ParseResult r = parser.feed(input);
    QCOMPARE(r.status, 405);
    QCOMPARE(r.allowHeader, allow);
}

void TestRequestParser::routeOptions_data()
{
    // A table like the Ripio sandbox's: a form route, a multipart route and a prefix route.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status"); // 0: complete
    QTest::addColumn<QByteArray>("path");

    const auto postTo = [](const QByteArray &path, const QByteArray &type) -> QByteArray {
        return "POST " + path + " HTTP/1.1\r\nHost: h\r\nContent-Type: " + type + "\r\nContent-Length: 2\r\n\r\nab";
    };
    const auto getFrom = [](const QByteArray &path) -> QByteArray {
        return "GET " + path + " HTTP/1.1\r\nHost: h\r\n\r\n";
    };
    QTest::newRow("form accepted") << postTo("/token/", "application/x-www-form-urlencoded") << 0
                                   << QByteArray("/token/");
    QTest::newRow("form with charset") << postTo("/token/", "application/x-www-form-urlencoded; charset=utf-8") << 0
                                       << QByteArray("/token/");
    QTest::newRow("form type any case") << postTo("/token/", "Application/X-WWW-Form-Urlencoded") << 0
                                        << QByteArray("/token/");
    QTest::newRow("json refused on form route") << postTo("/token/", "application/json") << 415 << QByteArray();
    QTest::newRow("multipart accepted") << postTo("/tickets/", "multipart/form-data; boundary=x") << 0
                                        << QByteArray("/tickets/");
    QTest::newRow("multipart refused on form route")
        << postTo("/token/", "multipart/form-data; boundary=x") << 415 << QByteArray();
    QTest::newRow("multipart prefix type refused")
        << postTo("/tickets/", "multipart/form-datax; boundary=x") << 415 << QByteArray();
    QTest::newRow("empty type refused") << postTo("/tickets/", "") << 415 << QByteArray();
    QTest::newRow("exact beats prefix") << postTo("/tickets/", "application/json") << 415 << QByteArray();
    QTest::newRow("prefix match") << getFrom("/tickets/0e6f/") << 0 << QByteArray("/tickets/0e6f/");
    QTest::newRow("prefix wrong method") << postTo("/tickets/0e6f/", "multipart/form-data; boundary=x") << 405
                                         << QByteArray();
    QTest::newRow("shorter than prefix") << getFrom("/tickets") << 404 << QByteArray();
    QTest::newRow("default route stays json only")
        << postTo("/hook", "application/x-www-form-urlencoded") << 415 << QByteArray();
    QTest::newRow("default route json") << postTo("/hook", "application/json") << 0 << QByteArray("/hook");
    QTest::newRow("default route is exact") << postTo("/hook/x", "application/json") << 404 << QByteArray();
}

void TestRequestParser::routeOptions()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QByteArray, path);
    HttpRoute token{"/token/", {"POST"}};
    token.contentTypes = {"application/x-www-form-urlencoded"};
    HttpRoute tickets{"/tickets/", {"POST"}};
    tickets.contentTypes = {"multipart/form-data"};
    HttpRoute ticket{"/tickets/", {"GET"}};
    ticket.prefix = true;
    // The prefix route comes first on purpose: the exact route must still win.
    RequestParser parser(HttpLimits{}, {ticket, token, tickets, HttpRoute{"/hook", {"POST"}}});
    const ParseResult r = parser.feed(input);
    if (status == 0) {
        QCOMPARE(int(r.state), int(ParseResult::Complete));
        QCOMPARE(r.request.path, path);
    } else {
        QCOMPARE(int(r.state), int(ParseResult::Error));
        QCOMPARE(r.status, status);
    }
}

void TestRequestParser::headerLookupIgnoresCase()
{
    HttpRequest req;
    req.headers = {{"X-Wh-Signature-256", "sha256=aa"}, {"Via", "a"}, {"via", "b"}};
    QCOMPARE(req.header("x-wh-SIGNATURE-256"), QByteArray("sha256=aa"));
    QCOMPARE(req.headerValues("VIA"), QByteArrayList({"a", "b"}));
    QVERIFY(req.hasHeader("via"));
    QVERIFY(!req.hasHeader("vi"));
    QVERIFY(req.header("missing").isNull());
}

void TestRequestParser::resetForgetsPartialRequest()
{
    RequestParser parser(HttpLimits{}, routes());
    QCOMPARE(parser.feed("POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\n").state, ParseResult::NeedMore);
    QVERIFY(!parser.isIdle());
    parser.reset();
    QVERIFY(parser.isIdle());
    const ParseResult r = parser.feed(get());
    QCOMPARE(r.state, ParseResult::Complete);
    QCOMPARE(r.request.headers.size(), 1);
}

void TestRequestParser::idleAndBodyState()
{
    RequestParser parser(HttpLimits{}, routes());
    QVERIFY(parser.isIdle());
    QVERIFY(!parser.inBody());
    const QByteArray input = post("{}");
    parser.feed(QByteArrayView(input).chopped(1));
    QVERIFY(parser.inBody());
    QVERIFY(!parser.isIdle());
    QCOMPARE(parser.feed(QByteArrayView(input).last(1)).state, ParseResult::Complete);
    QVERIFY(parser.isIdle());
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
