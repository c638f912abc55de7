// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpserver.h"
#include "support/manualclock.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <sys/socket.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace TicketDesk;

namespace {

// Every test function starts from the same instant.
QDateTime testStart()
{
    return QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

QByteArray post(const QByteArray &body, const QByteArray &extra = {})
{
    return "POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

// A test client: a socket plus what it has received, parsed one response at a time.
struct Client
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray buffer;

    bool connectTo(quint16 port, const QHostAddress &from = {})
    {
        if (!from.isNull() && !socket->bind(from))
            return false;
        socket->connectToHost(QHostAddress::LocalHost, port);
        return waitFor([this] { return socket->state() == QAbstractSocket::ConnectedState; }, 2000);
    }
    void send(const QByteArray &bytes) { socket->write(bytes); }
    bool isClosed() const { return socket->state() == QAbstractSocket::UnconnectedState; }
    bool waitClosed(int ms)
    {
        return waitFor([this] { return pump(), isClosed(); }, ms);
    }
    void pump() { buffer += socket->readAll(); }

    // One response: status, raw head and body; status 0 when none arrived in time.
    struct Response
    {
        int status = 0;
        QByteArray head;
        QByteArray body;
    };
    // headOnly: the answer to a HEAD request, whose Content-Length announces no body that follows.
    Response read(int ms = 2000, bool headOnly = false)
    {
        Response r;
        const auto complete = [this, &r, headOnly] {
            pump();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const QByteArray head = buffer.first(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:") && !headOnly)
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return false;
            r.head = head;
            r.status = head.mid(9, 3).toInt();
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            return true;
        };
        waitFor(complete, ms);
        return r;
    }
};

HttpLimits fastLimits()
{
    HttpLimits l;
    l.headerDeadlineMs = 400;
    l.bodyDeadlineMs = 400;
    l.keepAliveIdleMs = 400;
    l.lingerMs = 300;
    l.maxConnections = 20;
    l.maxConnectionsPerPeer = 20;
    return l;
}

} // namespace

// The server over real sockets on 127.0.0.1: deadlines, limits, ordering, draining.
class TestHttpServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void headGetsTheHeadersOnly();
    void refusals_data();
    void refusals();
    void headerDeadline();
    void bodyDeadline();
    void slowSenderUnderDeadline();
    void idleKeepAliveClosed();
    void idleDeadlineCountsFromTheLastAnswer();
    void silentConnectionClosed();
    void manyIdleConnections();
    void perPeerLimit();
    void slowSendersMakeRoom();
    void oversizedDeclaredBody();
    void pipelinedAnsweredInOrder();
    void answerLargerThanTheKernelTakes();
    void outstandingLimitPausesReading();
    void unreadAnswersPauseReading();
    void lateDeadlineReadsWhatCameInTime_data();
    void lateDeadlineReadsWhatCameInTime();
    void halfClosedPeerStillAnswered_data();
    void halfClosedPeerStillAnswered();
    void unreadAnswersCloseTheConnection();
    void continueFlow();
    void headGateRefusesUnread();
    void headGateExpectContinueCloses();
    void connectionCloseHonoured();
    void shutdownDrainsInFlight();
    void listenError();
    void dateFromClock();
    void refusalsLoggedWithinABudget();
    void slowRequestsLoggedWithinTheBudget();

private:
    void start(const HttpLimits &limits = fastLimits());

    ManualClock m_clock{testStart()};
    std::unique_ptr<HttpServer> m_server;
    std::vector<HttpResponder> m_pending;
    QList<HttpRequest> m_requests;
    bool m_answerAtOnce = true;
};

void TestHttpServer::init()
{
    m_clock.set(testStart());
    m_pending.clear();
    m_requests.clear();
    m_answerAtOnce = true;
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

void TestHttpServer::start(const HttpLimits &limits)
{
    m_server = std::make_unique<HttpServer>(m_clock);
    m_server->setLimits(limits);
    m_server->setRoutes({{"/webhooks/ripio", {"POST"}}, {"/healthz", {"GET", "HEAD"}}});
    connect(m_server.get(), &HttpServer::requestReceived, this,
            [this](const HttpRequest &request, HttpResponder responder) {
                m_requests.append(request);
                if (m_answerAtOnce)
                    responder.respond(HttpResponse(202, "{\"got\":" + request.body + "}"));
                else
                    m_pending.push_back(responder);
            });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_server->serverPort() != 0);
}

void TestHttpServer::roundTrip()
{
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(post("1"));
    auto r = c.read();
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body, QByteArray("{\"got\":1}"));
    QVERIFY(!r.head.contains("Connection: close"));
    c.send("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n");
    r = c.read();
    QCOMPARE(r.status, 202);
    QVERIFY(!c.isClosed());
    QCOMPARE(m_requests.size(), 2);
    QCOMPARE(m_server->stats().requests, quint64(2));
    QCOMPARE(m_server->stats().openConnections, 1);
}

void TestHttpServer::headGetsTheHeadersOnly()
{
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    // A load balancer's probe: GET's status and headers, the length GET would get, and no body
    // (a HEAD client reads none: bytes sent would be taken for the next answer's start).
    c.send("HEAD /healthz HTTP/1.1\r\nHost: h\r\n\r\n");
    Client::Response r = c.read(2000, true);
    QCOMPARE(r.status, 202);
    QVERIFY2(QByteArray(r.head + "\r\n").contains("\r\nContent-Length: 8\r\n"), r.head.constData()); // {"got":}
    c.send(post("1"));
    r = c.read();
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body, QByteArray("{\"got\":1}"));

    // Refused before a handler sees it: the same, on a route that takes no HEAD.
    c.send("HEAD /webhooks/ripio HTTP/1.1\r\nHost: h\r\n\r\n");
    r = c.read(2000, true);
    QCOMPARE(r.status, 405);
    QVERIFY2(r.head.contains("Allow: POST"), r.head.constData());
    c.send(post("2"));
    r = c.read();
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body, QByteArray("{\"got\":2}"));
    QVERIFY(c.buffer.isEmpty());
    QVERIFY(!c.isClosed());
    QCOMPARE(m_requests.size(), 3);
}

void TestHttpServer::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");
    QTest::newRow("bare lf") << QByteArray("GET /healthz HTTP/1.1\nHost: h\n\n") << 400 << true;
    QTest::newRow("unknown path") << QByteArray("GET /nope HTTP/1.1\r\nHost: h\r\n\r\n") << 404 << false;
    QTest::newRow("chunked") << QByteArray(
                                    "POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                                    "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << 411 << true;
    QTest::newRow("wrong method") << QByteArray("GET /webhooks/ripio HTTP/1.1\r\nHost: h\r\n\r\n") << 405 << false;
    QTest::newRow("not json") << post("x").replace("application/json", "text/plain") << 415 << true;
}

void TestHttpServer::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(bool, closes);
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(input);
    const auto r = c.read();
    QCOMPARE(r.status, status);
    QCOMPARE(r.head.contains("Connection: close"), closes);
    if (status == 405)
        QVERIFY(r.head.contains("Allow: POST"));
    if (closes) {
        QVERIFY(c.waitClosed(1000));
    } else {
        // Still usable.
        c.send(post("2"));
        QCOMPARE(c.read().status, 202);
    }
    QVERIFY(m_requests.size() <= 1);
    QCOMPARE(m_server->stats().rejections.value(status), quint64(1));
}

void TestHttpServer::headerDeadline()
{
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    QElapsedTimer t;
    t.start();
    c.send("POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\n");
    const auto r = c.read(3000);
    QCOMPARE(r.status, 408);
    QVERIFY(r.head.contains("Connection: close"));
    QVERIFY2(t.elapsed() >= 350, qPrintable(QString::number(t.elapsed())));
    QVERIFY(c.waitClosed(1500));
    QVERIFY(m_requests.isEmpty());
}

void TestHttpServer::bodyDeadline()
{
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    QByteArray input = post("{\"a\":1}");
    c.send(input.chopped(3));
    const auto r = c.read(3000);
    QCOMPARE(r.status, 408);
    QVERIFY(c.waitClosed(1500));
    QVERIFY(m_requests.isEmpty());
}

void TestHttpServer::slowSenderUnderDeadline()
{
    HttpLimits limits = fastLimits();
    limits.headerDeadlineMs = 1500;
    start(limits);
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    const QByteArray input = post("{\"slow\":true}");
    // Ten pieces over about half a second: each gap is longer than nothing, the whole under the deadline.
    const qsizetype step = input.size() / 10 + 1;
    for (qsizetype i = 0; i < input.size(); i += step) {
        c.send(input.mid(i, step));
        QTest::qWait(50);
    }
    const auto r = c.read();
    QCOMPARE(r.status, 202);
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.front().body, QByteArray("{\"slow\":true}"));
}

void TestHttpServer::idleKeepAliveClosed()
{
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(post("1"));
    QCOMPARE(c.read().status, 202);
    QElapsedTimer t;
    t.start();
    QVERIFY(c.waitClosed(2000));
    QVERIFY2(t.elapsed() >= 300, qPrintable(QString::number(t.elapsed())));
    QVERIFY(c.buffer.isEmpty()); // closed quietly, no 408 for an idle connection
    QVERIFY(waitFor([this] { return m_server->connectionCount() == 0; }, 1000));
}

// The idle deadline is not re-armed per request (its timer runs on and is set
// again when it fires early): the connection still stays open for the whole
// idle time after its latest answer, not after its first.
void TestHttpServer::idleDeadlineCountsFromTheLastAnswer()
{
    HttpLimits limits = fastLimits();
    limits.keepAliveIdleMs = 1000;
    start(limits);
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(post("1"));
    QCOMPARE(c.read().status, 202);
    QTest::qWait(600);
    QVERIFY(!c.isClosed());
    c.send(post("2"));
    QCOMPARE(c.read().status, 202);
    QElapsedTimer sinceLast;
    sinceLast.start();
    // Past the first answer's idle time, inside the second's.
    QTest::qWait(500);
    QVERIFY2(!c.isClosed(), qPrintable(QString::number(sinceLast.elapsed())));
    QVERIFY(c.waitClosed(3000));
    QVERIFY2(sinceLast.elapsed() >= 800, qPrintable(QString::number(sinceLast.elapsed())));
    QVERIFY(c.buffer.isEmpty());
}

void TestHttpServer::silentConnectionClosed()
{
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    QVERIFY(c.waitClosed(2000));
    QVERIFY(c.buffer.isEmpty());
}

void TestHttpServer::manyIdleConnections()
{
    HttpLimits limits = fastLimits();
    limits.maxConnections = 256;
    limits.maxConnectionsPerPeer = 1000;
    limits.keepAliveIdleMs = 20'000;
    start(limits);
    std::vector<Client> clients(300);
    for (Client &c : clients)
        c.socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(waitFor([this] { return m_server->stats().acceptedConnections == 300; }, 5000));
    QCOMPARE(m_server->stats().refusedConnections, quint64(0));
    // At the limit the connections quiet the longest (all idle here) make room: closed with
    // nothing to say, since they asked nothing. The rest stay open.
    QCOMPARE(m_server->stats().evictedConnections, quint64(44));
    const auto closedSilently = [&] {
        int n = 0;
        for (Client &c : clients) {
            c.pump();
            n += c.isClosed() && c.buffer.isEmpty() ? 1 : 0;
        }
        return n;
    };
    QVERIFY(waitFor([&] { return closedSilently() == 44; }, 3000));
    QVERIFY(waitFor([this] { return m_server->connectionCount() == 256; }, 3000));
    // A slot freed is a slot available again.
    const auto open = std::find_if(clients.begin(), clients.end(), [](const Client &c) { return !c.isClosed(); });
    QVERIFY(open != clients.end());
    open->socket->abort();
    QVERIFY(waitFor([this] { return m_server->connectionCount() == 255; }, 2000));
    Client late;
    QVERIFY(late.connectTo(m_server->serverPort()));
    late.send("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n");
    QCOMPARE(late.read().status, 202);
    QCOMPARE(m_server->stats().evictedConnections, quint64(44));
}

// Slow senders hold the listener's slots (slowloris): 256 of them kept every other sender out
// with 503. At the limit the one that has sent nothing for the longest now makes room; a new one
// is refused only when none can go (each has a request in flight, or is closing).
void TestHttpServer::slowSendersMakeRoom()
{
    HttpLimits limits = fastLimits();
    limits.maxConnections = 4;
    limits.headerDeadlineMs = 20'000;
    start(limits);
    // The oldest connection streams a large body: its bytes keep coming, so it is not quiet.
    Client streaming;
    QVERIFY(streaming.connectTo(m_server->serverPort()));
    const QByteArray body(200, 's');
    const QByteArray request = post(body);
    streaming.send(request.chopped(body.size()));
    QTest::qWait(20);
    std::vector<Client> slow(3);
    for (Client &c : slow) {
        QVERIFY(c.connectTo(m_server->serverPort()));
        c.send("POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\n"); // and the rest never comes
        QTest::qWait(20);
    }
    QVERIFY(waitFor([this] { return m_server->connectionCount() == 4; }, 2000));
    for (int i = 0; i < 10; ++i) {
        streaming.send(body.mid(i * 10, 10));
        QTest::qWait(20);
    }
    Client sender;
    QVERIFY(sender.connectTo(m_server->serverPort()));
    sender.send(post("1"));
    QCOMPARE(sender.read().status, 202);
    // The first slow one (quiet the longest) made room, told why; the streaming one goes on.
    QCOMPARE(slow.front().read().status, 503);
    QVERIFY(slow.front().waitClosed(2000));
    for (size_t i = 1; i < slow.size(); ++i)
        QVERIFY(!slow[i].isClosed());
    QVERIFY(!streaming.isClosed());
    streaming.send(body.mid(100));
    const Client::Response streamed = streaming.read();
    QCOMPARE(streamed.status, 202);
    QCOMPARE(streamed.body, "{\"got\":" + body + "}");
    QCOMPARE(m_server->stats().evictedConnections, quint64(1));
    streaming.socket->abort();
    QVERIFY(waitFor([this] { return m_server->connectionCount() == 3; }, 2000));

    // Every connection with a request in flight: nothing to close, the new one is refused.
    m_answerAtOnce = false;
    std::vector<Client> busy(3);
    for (Client &c : busy) {
        QVERIFY(c.connectTo(m_server->serverPort())); // each makes room in turn: the slow ones go
        c.send(post("2"));
    }
    sender.send(post("3"));
    QVERIFY(waitFor([this] { return m_pending.size() == 4; }, 3000));
    QVERIFY(waitFor([this] { return m_server->connectionCount() == 4; }, 3000));
    Client refused;
    refused.socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(refused.waitClosed(3000));
    QVERIFY2(refused.buffer.startsWith("HTTP/1.1 503 "), refused.buffer.constData());
    QCOMPARE(m_server->stats().refusedConnections, quint64(1));
}

void TestHttpServer::perPeerLimit()
{
    HttpLimits limits = fastLimits();
    limits.maxConnectionsPerPeer = 3;
    limits.keepAliveIdleMs = 20'000;
    start(limits);
    std::vector<Client> clients(4);
    for (int i = 0; i < 3; ++i)
        QVERIFY(clients[i].connectTo(m_server->serverPort(), QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(waitFor([this] { return m_server->connectionCount() == 3; }, 2000));
    QVERIFY(clients.back().socket->bind(QHostAddress(QStringLiteral("127.0.0.1"))));
    clients.back().socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(waitFor([this] { return m_server->stats().refusedConnections == 1; }, 2000));
    QVERIFY(clients.back().waitClosed(2000));
    QVERIFY(clients.back().buffer.startsWith("HTTP/1.1 503 "));
    QCOMPARE(m_server->connectionCount(), 3);
    // Another address is another peer.
    Client other;
    QVERIFY(other.connectTo(m_server->serverPort(), QHostAddress(QStringLiteral("127.0.0.2"))));
    other.send("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n");
    QCOMPARE(other.read().status, 202);
    QCOMPARE(m_server->connectionCount(), 4);
}

void TestHttpServer::oversizedDeclaredBody()
{
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send("POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: "
           "2000000\r\n\r\n");
    const auto r = c.read();
    QCOMPARE(r.status, 413);
    QVERIFY(r.head.contains("Connection: close"));
    QVERIFY(c.waitClosed(1500));
    QVERIFY(m_requests.isEmpty());
}

void TestHttpServer::pipelinedAnsweredInOrder()
{
    start();
    m_answerAtOnce = false;
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(post("1") + post("2") + "GET /nope HTTP/1.1\r\nHost: h\r\n\r\n" + post("3"));
    QVERIFY(waitFor([this] { return m_pending.size() == 3; }, 2000));
    QTest::qWait(50);
    c.pump();
    // The 404 is ready, but must wait behind the two unanswered requests.
    QVERIFY(c.buffer.isEmpty());
    for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it) {
        const int n = int(m_pending.rend() - it);
        it->respond(HttpResponse(200, QByteArray::number(n)));
    }
    QCOMPARE(c.read().body, QByteArray("1"));
    QCOMPARE(c.read().body, QByteArray("2"));
    QCOMPARE(c.read().status, 404);
    QCOMPARE(c.read().body, QByteArray("3"));
    // A second answer to the same request changes nothing.
    QVERIFY(!m_pending.front().isValid());
    m_pending.front().respond(HttpResponse(500));
    QTest::qWait(50);
    c.pump();
    QVERIFY(c.buffer.isEmpty());
}

// An answer larger than the socket's send buffer: the kernel takes part of it,
// Qt's buffer the rest, and an answer ready later still comes after all of it.
void TestHttpServer::answerLargerThanTheKernelTakes()
{
    start();
    m_answerAtOnce = false;
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(post("1") + post("2"));
    QVERIFY(waitFor([this] { return m_pending.size() == 2; }, 2000));
    // 32 MiB that say where each of their bytes is: a byte lost, repeated or moved shows.
    QByteArray large(32 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char('a' + (i / 7 + i) % 26);
    m_pending[0].respond(HttpResponse(200, large));
    QTest::qWait(20); // the client reads nothing yet: the kernel's buffers fill
    m_pending[1].respond(HttpResponse(200, "after"));
    const Client::Response first = c.read(20000);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.size(), large.size());
    QVERIFY(first.body == large);
    QCOMPARE(c.read().body, QByteArray("after"));
    QTest::qWait(50);
    c.pump();
    QVERIFY(c.buffer.isEmpty());
}

void TestHttpServer::outstandingLimitPausesReading()
{
    HttpLimits limits = fastLimits();
    limits.maxOutstandingPerConnection = 2;
    start(limits);
    m_answerAtOnce = false;
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(post("1") + post("2") + post("3") + post("4") + post("5"));
    QVERIFY(waitFor([this] { return m_pending.size() == 2; }, 2000));
    QTest::qWait(600); // longer than every deadline: paused is not idle and not slow
    QCOMPARE(m_pending.size(), size_t(2));
    QVERIFY(!c.isClosed());
    m_answerAtOnce = true;
    m_pending[0].respond(HttpResponse(200, "1"));
    m_pending[1].respond(HttpResponse(200, "2"));
    for (const char *expected : {"1", "2", "{\"got\":3}", "{\"got\":4}", "{\"got\":5}"})
        QCOMPARE(c.read().body, QByteArray(expected));
    QCOMPARE(m_requests.size(), 5);
}

// A client that sends requests and never reads the answers (each answered at once: health
// checks, 404s) made serve buffer every answer: 20 MB of them took it to 300 MB. Reading now pauses
// once the answers the peer has not taken pass a bound, and goes on as it takes them.
void TestHttpServer::unreadAnswersPauseReading()
{
    const QByteArray body(8 * 1024, 'b');
    constexpr int count = 2000; // 16 MiB of answers: far more than the kernel's buffers hold
    QByteArray all;
    for (int i = 0; i < count; ++i)
        all += post(body);
    start();
    Client c;
    c.socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.socket->setReadBufferSize(1); // Qt takes nothing more from the kernel for this client
    c.send(all);
    QTest::qWait(1500); // the client reads nothing
    QVERIFY2(m_requests.size() < count / 2, qPrintable(QString::number(m_requests.size())));
    QVERIFY(!c.isClosed());

    // Read as they come: every request is answered.
    c.socket->setReadBufferSize(0);
    int answers = 0;
    QVERIFY(waitFor(
        [&] {
            c.pump();
            qsizetype at = 0;
            while ((at = c.buffer.indexOf("HTTP/1.1 202", at)) >= 0) {
                ++answers;
                at += 12;
            }
            // Keep the tail, where the next answer's start may be cut.
            c.buffer = c.buffer.right(11);
            return answers == count;
        },
        20000));
    QCOMPARE(m_requests.size(), count);
}

void TestHttpServer::lateDeadlineReadsWhatCameInTime_data()
{
    const QByteArray request = post("{}");
    const qsizetype headEnd = request.indexOf("\r\n\r\n") + 4;
    QTest::addColumn<QByteArray>("before"); // sent, and read, before the event loop is busy
    QTest::addColumn<QByteArray>("inTime"); // sent in time, while it is busy
    QTest::newRow("the next request of an idle connection") << QByteArray() << request;
    QTest::newRow("the rest of a head") << request.first(20) << request.mid(20);
    QTest::newRow("the rest of a body") << request.first(headEnd + 1) << request.mid(headEnd + 1);
    // More than one read takes (three), and less than the kernel takes at once on a loaded
    // machine: read on until the request is whole.
    const QByteArray large = post("{\"pad\":\"" + QByteArray(40 * 1024, 'p') + "\"}");
    const qsizetype largeHeadEnd = large.indexOf("\r\n\r\n") + 4;
    QTest::newRow("the rest of a large body") << large.first(largeHeadEnd + 1) << large.mid(largeHeadEnd + 1);
}

// A busy event loop (a long commit, a loaded machine) finds a deadline's timer due and bytes that
// came in the same pass: the bytes are read first, and the request is answered.
void TestHttpServer::lateDeadlineReadsWhatCameInTime()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, inTime);
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    QVERIFY(waitFor([this] { return m_server->connectionCount() == 1; }, 2000));
    if (!before.isEmpty()) {
        c.send(before);
        QVERIFY(c.socket->waitForBytesWritten(1000));
        QTest::qWait(100); // read: the head's or the body's deadline runs
    }
    // Handed over before any deadline; the client's socket sends it in the same pass of the event
    // loop that finds the deadline's timer due, just before the timer runs.
    c.send(inTime);
    QThread::msleep(fastLimits().keepAliveIdleMs + 300); // busy past every deadline
    const Client::Response r = c.read();
    QCOMPARE(r.status, 202);
    QCOMPARE(m_requests.size(), 1);
}

void TestHttpServer::halfClosedPeerStillAnswered_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("outstanding"); // the limit on unanswered requests before reading pauses
    QTest::newRow("one") << 1 << 16;
    QTest::newRow("pipelined") << 3 << 16;
    QTest::newRow("more than read before the end") << 5 << 2;
}

// A client that sends its requests and then shuts down its sending side (a half-close) still gets
// their answers, though they come after its end of input: the answers that waited for a commit
// were lost, the events stored all the same, and the sender sent them again.
void TestHttpServer::halfClosedPeerStillAnswered()
{
    QFETCH(int, requests);
    QFETCH(int, outstanding);
    HttpLimits limits = fastLimits();
    limits.maxOutstandingPerConnection = outstanding;
    start(limits);
    m_answerAtOnce = false;
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    QByteArray all;
    for (int i = 1; i <= requests; ++i)
        all += post(QByteArray::number(i));
    c.send(all);
    QVERIFY(c.socket->waitForBytesWritten(2000));
    QCOMPARE(::shutdown(int(c.socket->socketDescriptor()), SHUT_WR), 0);
    QVERIFY(waitFor([&] { return int(m_pending.size()) == std::min(requests, outstanding); }, 2000));
    QTest::qWait(100); // the server has seen the end of input
    for (int answered = 0; answered < requests; ++answered) {
        QVERIFY(waitFor([&] { return int(m_pending.size()) > answered; }, 2000));
        m_pending[size_t(answered)].respond(HttpResponse(200, "a" + QByteArray::number(answered + 1)));
    }
    for (int i = 1; i <= requests; ++i) {
        const Client::Response r = c.read();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "a" + QByteArray::number(i));
        if (i == requests)
            QVERIFY(r.head.contains("Connection: close"));
    }
    QVERIFY(c.waitClosed(2000));
    QVERIFY(waitFor([&] { return m_server->stats().openConnections == 0; }, 2000));
}

// Answers the client never reads wait for it at most the write deadline: then the connection goes.
void TestHttpServer::unreadAnswersCloseTheConnection()
{
    HttpLimits limits = fastLimits();
    limits.writeDeadlineMs = 500;
    start(limits);
    Client c;
    c.socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.socket->setReadBufferSize(1); // Qt takes nothing more from the kernel for this client
    const QByteArray body(8 * 1024, 'b');
    QByteArray all;
    for (int i = 0; i < 2000; ++i)
        all += post(body);
    c.send(all);
    QVERIFY(waitFor([&] { return m_server->stats().openConnections == 0; }, 5000));
    QVERIFY(m_requests.size() < 1000);
}

void TestHttpServer::continueFlow()
{
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    const QByteArray body = "{\"c\":1}";
    const QByteArray input = post(body, "Expect: 100-continue\r\n");
    c.send(input.chopped(body.size()));
    auto r = c.read();
    QCOMPARE(r.status, 100);
    QVERIFY(m_requests.isEmpty());
    c.send(body);
    r = c.read();
    QCOMPARE(r.status, 202);
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.front().body, body);

    // Refused before the body: the final answer instead of 100 Continue.
    c.send("POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
           "Content-Length: 5000000\r\n\r\n");
    r = c.read();
    QCOMPARE(r.status, 413);
    QVERIFY(c.waitClosed(1500));
}

// The owner's gate sees each head that announces a body, before any of it is
// read: a refused request is answered after the gate's delay (its body dropped
// unread by the handler: never handed on), and the connection goes on with the
// next request. Bodiless requests and allowed ones pass as usual.
void TestHttpServer::headGateRefusesUnread()
{
    QList<QByteArray> seenHeads;
    QList<QHostAddress> seenPeers;
    bool sawBody = false;
    start(); // (the gate is set before the first connection: each one takes it when accepted)
    m_server->setHeadGate([&](const HttpRequest &head, const QHostAddress &peer) -> std::optional<HeadRefusal> {
        seenHeads.append(head.header("X-Test"));
        seenPeers.append(peer);
        sawBody = sawBody || !head.body.isEmpty();
        if (head.header("X-Test") != "refuse")
            return std::nullopt;
        HttpResponse r(429, "{\"refused\":true}");
        r.setHeader("Retry-After", "60");
        return HeadRefusal{r, 300};
    });
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    const QByteArray big(200 * 1000, 'x');
    QElapsedTimer timer;
    timer.start();
    c.send(post("1", "X-Test: allow\r\n") + post(big, "X-Test: refuse\r\n") + post("3", "X-Test: allow\r\n") +
           "GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n");
    auto r = c.read();
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body, QByteArray("{\"got\":1}"));
    r = c.read(3000);
    QCOMPARE(r.status, 429);
    QVERIFY2(timer.elapsed() >= 250, QByteArray::number(timer.elapsed()).constData());
    QVERIFY(r.head.contains("Retry-After: 60"));
    QVERIFY(!r.head.contains("Connection: close"));
    QCOMPARE(r.body, QByteArray("{\"refused\":true}"));
    r = c.read();
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body, QByteArray("{\"got\":3}"));
    QCOMPARE(c.read().status, 202); // the GET
    QVERIFY(!c.isClosed());
    // Handed on: the two allowed POSTs and the GET, never the refused body.
    QCOMPARE(m_requests.size(), 3);
    for (const HttpRequest &req : std::as_const(m_requests))
        QVERIFY(req.body.size() < 10);
    // Asked for the three requests with a body, not for the GET.
    QCOMPARE(seenHeads, (QList<QByteArray>{"allow", "refuse", "allow"}));
    QVERIFY(!sawBody); // asked before any body byte was read
    QCOMPARE(seenPeers.constFirst(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(m_server->stats().rejections.value(429), quint64(1));
}

// A refused client that expected 100 Continue gets the final answer, never the
// 100, and the connection closes (it may or may not send its body now).
void TestHttpServer::headGateExpectContinueCloses()
{
    start();
    m_server->setHeadGate([](const HttpRequest &, const QHostAddress &) -> std::optional<HeadRefusal> {
        return HeadRefusal{HttpResponse(429), 0};
    });
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send("POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
           "Content-Length: 500000\r\n\r\n");
    const auto r = c.read();
    QCOMPARE(r.status, 429);
    QVERIFY(r.head.contains("Connection: close"));
    QVERIFY(c.waitClosed(1500));
    QVERIFY(m_requests.isEmpty());
}

void TestHttpServer::connectionCloseHonoured()
{
    start();
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(post("1", "Connection: close\r\n") + post("2"));
    const auto r = c.read();
    QCOMPARE(r.status, 202);
    QVERIFY(r.head.contains("Connection: close"));
    QVERIFY(c.waitClosed(1500));
    QCOMPARE(m_requests.size(), 1);
}

void TestHttpServer::shutdownDrainsInFlight()
{
    HttpLimits limits = fastLimits();
    limits.keepAliveIdleMs = 20'000;
    start(limits);
    m_answerAtOnce = false;
    Client busy;
    Client idle;
    QVERIFY(busy.connectTo(m_server->serverPort()));
    QVERIFY(idle.connectTo(m_server->serverPort()));
    busy.send(post("1"));
    QVERIFY(waitFor([this] { return m_pending.size() == 1; }, 2000));

    QSignalSpy drained(m_server.get(), &HttpServer::drained);
    m_server->shutdown();
    QVERIFY(!m_server->isListening());
    QVERIFY(idle.waitClosed(1500));
    QVERIFY(!busy.isClosed());
    QCOMPARE(drained.count(), 0);

    m_pending.front().respond(HttpResponse(202, "done"));
    const auto r = busy.read();
    QCOMPARE(r.status, 202);
    QCOMPARE(r.body, QByteArray("done"));
    QVERIFY(r.head.contains("Connection: close"));
    QVERIFY(busy.waitClosed(1500));
    QVERIFY(drained.wait(2000) || drained.count() == 1);
    QCOMPARE(drained.count(), 1);
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::listenError()
{
    start();
    HttpServer second(m_clock);
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->serverPort()));
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(!second.isListening());
}

void TestHttpServer::dateFromClock()
{
    HttpLimits limits = fastLimits();
    limits.maxConnections = 1;
    limits.keepAliveIdleMs = 20'000;
    start(limits);
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n");
    auto r = c.read();
    QCOMPARE(r.status, 202);
    QVERIFY2(r.head.contains("\r\nDate: Sat, 14 Mar 2026 15:09:26 GMT\r\n"), r.head.constData());

    m_clock.advance(90 * 1000);
    c.send("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n");
    r = c.read();
    QCOMPARE(r.status, 202);
    QVERIFY2(r.head.contains("\r\nDate: Sat, 14 Mar 2026 15:10:56 GMT\r\n"), r.head.constData());

    // The server's own refusal (connection limit, the one connection busy) reads the same clock.
    m_answerAtOnce = false;
    c.send("GET /healthz HTTP/1.1\r\nHost: h\r\n\r\n");
    QVERIFY(waitFor([this] { return m_pending.size() == 1; }, 2000));
    Client refused;
    refused.socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(waitFor([this] { return m_server->stats().refusedConnections == 1; }, 2000));
    QVERIFY(refused.waitClosed(2000));
    QVERIFY(refused.buffer.startsWith("HTTP/1.1 503 "));
    QVERIFY2(refused.buffer.contains("\r\nDate: Sat, 14 Mar 2026 15:10:56 GMT\r\n"), refused.buffer.constData());
}

namespace {

QStringList refusalLines;
QLoggingCategory::CategoryFilter defaultFilter = nullptr;

// The HTTP layer's info lines on, whatever QT_LOGGING_RULES says (ctest turns them off).
void httpInfoOn(QLoggingCategory *category)
{
    if (defaultFilter) // null while installFilter() runs this on every category: they keep their state
        defaultFilter(category);
    if (qstrcmp(category->categoryName(), "ticketdesk.http") == 0)
        category->setEnabled(QtInfoMsg, true);
}

void keepRefusalLines(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (message.contains(QLatin1StringView("refused request")) || message.contains(QLatin1StringView("too slow")))
        refusalLines << message;
}

} // namespace

void TestHttpServer::refusalsLoggedWithinABudget()
{
    // Anyone who reaches the port can make it refuse: 40 requests for /wp-login.php made 40 lines.
    defaultFilter = QLoggingCategory::installFilter(httpInfoOn);
    start();
    refusalLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepRefusalLines);
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    const auto probe = [&c] {
        c.send("GET /wp-login.php HTTP/1.1\r\nHost: h\r\n\r\n");
        return c.read().status;
    };
    for (int i = 0; i < 40; ++i)
        QCOMPARE(probe(), 404);
    QCOMPARE(refusalLines.size(), HttpServer::refusalLinesPerMinute);
    QVERIFY2(refusalLines.first().contains(QLatin1StringView("refused request from 127.0.0.1 with 404")),
             qPrintable(refusalLines.first()));
    // A minute later: a line again, which says how many were held back.
    m_clock.advance(60'000);
    QCOMPARE(probe(), 404);
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(defaultFilter);
    QCOMPARE(refusalLines.size(), HttpServer::refusalLinesPerMinute + 1);
    QVERIFY2(refusalLines.last().contains(QLatin1StringView("and 30 more refusals not logged")),
             qPrintable(refusalLines.last()));
    QCOMPARE(m_server->stats().rejections.value(404), quint64(41)); // every one still counted
}

// Slow requests are refusals too (408): 300 slow connections made 300 lines, outside the budget.
void TestHttpServer::slowRequestsLoggedWithinTheBudget()
{
    defaultFilter = QLoggingCategory::installFilter(httpInfoOn);
    start();
    refusalLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepRefusalLines);
    std::vector<Client> clients(15);
    for (Client &c : clients) {
        QVERIFY(c.connectTo(m_server->serverPort()));
        c.send("POST /webhooks/ripio HTTP/1.1\r\nHost: h\r\n"); // and nothing more
    }
    for (Client &c : clients)
        QCOMPARE(c.read(3000).status, 408);
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(defaultFilter);
    QCOMPARE(refusalLines.size(), HttpServer::refusalLinesPerMinute);
    QVERIFY2(refusalLines.first().contains(QLatin1StringView("refused request from 127.0.0.1 with 408: too slow")),
             qPrintable(refusalLines.first()));
    QCOMPARE(m_server->stats().rejections.value(408), quint64(clients.size()));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
