// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/createticketjob.h"
#include "ripio/retrieveticketjob.h"
#include "ripio/ripioclient.h"
#include "ripio/ripioendpoint.h"
#include "support/manualclock.h"
#include "support/peakmemory.h"
#include "support/scriptedripio.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace TicketDesk;

namespace {

// Every test function starts from the same instant.
QDateTime testStart()
{
    return QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC);
}

const QByteArray tokenPath = QByteArrayLiteral("/oauth2/token/");
const QByteArray createPath = QByteArrayLiteral("/api/v1/supportTickets/");
const QString customerId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
const QString ticketId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
const QByteArray ticketPath = QByteArrayLiteral("/api/v1/supportTickets/7c9e6679-7425-40de-944b-e07fc1f90ae7/");

ScriptedResponse tokenAnswer(const QByteArray &token = QByteArrayLiteral("tok-1"), int expiresIn = 36000)
{
    return ScriptedResponse::json(200, QByteArrayLiteral("{\"accessToken\":\"") + token +
                                           QByteArrayLiteral("\",\"expiresIn\":") + QByteArray::number(expiresIn) +
                                           QByteArrayLiteral(",\"tokenType\":\"Bearer\"}"));
}

ScriptedResponse acceptedAnswer()
{
    return ScriptedResponse::json(202, QByteArrayLiteral("{\"ticketId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\","
                                                         "\"status\":\"PENDING\",\"issueKey\":null}"));
}

ScriptedResponse retrieveAnswer(const QByteArray &status, const QByteArray &issueKey)
{
    return ScriptedResponse::json(200, QByteArrayLiteral("{\"ticketId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\","
                                                         "\"status\":\"") +
                                           status + QByteArrayLiteral("\",\"issueKey\":") + issueKey +
                                           QByteArrayLiteral("}"));
}

CreateTicketRequest simpleRequest()
{
    CreateTicketRequest request;
    request.customerId = customerId;
    request.summary = QStringLiteral("Card payment stuck");
    request.description = QStringLiteral("The customer paid twice.");
    return request;
}

struct Part
{
    QByteArray disposition;
    QByteArray contentType;
    QByteArray body;
};

// A deliberately independent reading of multipart/form-data (RFC 7578).
QList<Part> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QList<Part> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return parts;
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = QByteArray("--" + boundary);
    const QByteArray separator = QByteArray("\r\n" + delimiter);
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        pos += 2; // CRLF after the delimiter
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(separator, headerEnd);
        if (headerEnd < 0 || next < 0)
            break;
        Part part;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-disposition:"))
                part.disposition = trimmed.mid(20).trimmed();
            else if (trimmed.toLower().startsWith("content-type:"))
                part.contentType = trimmed.mid(13).trimmed();
        }
        part.body = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

// Runs the event loop until the job finishes (without the 10 ms naps of
// QTest::qWaitFor, which would throttle Qt's cross-thread upload), and
// checks that finished() comes exactly once.
template<typename Result, typename Job>
std::optional<Result> waitForJob(Job *job, void (Job::*signal)(const Result &), int timeoutMs)
{
    Result result;
    int finished = 0;
    QEventLoop loop;
    QObject::connect(job, signal, &loop, [&](const Result &r) {
        result = r;
        ++finished;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QTest::qWait(20); // a second finished() would arrive here
    if (finished != 1)
        return std::nullopt;
    return result;
}

} // namespace

class TestRipioClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void apiBaseRecordsNoCredentials();
    void sameEnvironment_data();
    void sameEnvironment();
    void tokenRequestIsExact();
    void tokenAnswerSpellings_data();
    void tokenAnswerSpellings();
    void tokenIsCached();
    void concurrentCallsShareOneTokenRequest();
    void tokenRenewedAfterExpiry();
    void tokenFailureKeepsTicketQueued_data();
    void tokenFailureKeepsTicketQueued();
    void refusedTokenRefreshedOnce_data();
    void refusedTokenRefreshedOnce();
    void createAnswers_data();
    void createAnswers();
    void answersThatAreNotJsonSaySo();
    void tokenAnswerThatIsNotJsonSaysSo();
    void retryAfterDateReadAgainstClock();
    void retrieveStatuses_data();
    void retrieveStatuses();
    void retrieveNotFound();
    void connectionRefusedIsNotSent();
    void closedAfterUploadIsUnconfirmed();
    void idleConnectionIsNotReusedPastItsExpiry();
    void timeoutAfterUploadIsUnconfirmed();
    void timeoutDuringUploadIsNotSent();
    void tokenTimeoutSaysNothingOfTheTicket();
    void multipartHasTheRightParts();
    void deviceAttachmentFreshPerAttempt();
    void unreadableDeviceSendsNothing();
    void invalidRequestSendsNothing();
    void healthFollowsAnswers();
    void largeAttachmentIsStreamed();

private:
    ClientSettings settings() const;
    std::optional<CreateTicketResult> create(const CreateTicketRequest &request, int timeoutMs = 10000);
    std::optional<RetrieveTicketResult> retrieve(const QString &id);

    ManualClock m_clock{testStart()};
    ScriptedServer *m_server = nullptr;
    RipioClient *m_client = nullptr;
};

ClientSettings TestRipioClient::settings() const
{
    return ScriptedRipio::settings(m_server->baseUrl());
}

void TestRipioClient::init()
{
    m_clock.set(testStart());
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_client = new RipioClient(m_clock, this);
    m_client->setSettings(settings());
}

void TestRipioClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

std::optional<CreateTicketResult> TestRipioClient::create(const CreateTicketRequest &request, int timeoutMs)
{
    return waitForJob<CreateTicketResult>(m_client->createTicket(request), &CreateTicketJob::finished, timeoutMs);
}

std::optional<RetrieveTicketResult> TestRipioClient::retrieve(const QString &id)
{
    return waitForJob<RetrieveTicketResult>(m_client->retrieveTicket(id), &RetrieveTicketJob::finished, 10000);
}

void TestRipioClient::tokenRequestIsExact()
{
    m_server->enqueue(tokenPath, tokenAnswer("tok-exact"));
    m_server->enqueue(ticketPath, retrieveAnswer("PENDING", "null"));
    const auto result = retrieve(ticketId);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error.message));

    const QList<RecordedRequest> tokens = m_server->requestsTo(tokenPath);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens[0].method, QByteArrayLiteral("POST"));
    QCOMPARE(tokens[0].header("Authorization"),
             QByteArrayLiteral("Basic ") + QByteArray("client-id:s3cret").toBase64());
    QCOMPARE(tokens[0].header("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(tokens[0].body, QByteArrayLiteral("grant_type=client_credentials"));

    const QList<RecordedRequest> calls = m_server->requestsTo(ticketPath);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls[0].method, QByteArrayLiteral("GET"));
    QCOMPARE(calls[0].header("Authorization"), QByteArrayLiteral("Bearer tok-exact"));
}

void TestRipioClient::tokenAnswerSpellings_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QByteArray>("bearer");
    QTest::newRow("camelCase") << QByteArrayLiteral(
                                      "{\"accessToken\":\"camel\",\"expiresIn\":36000,\"tokenType\":\"Bearer\"}")
                               << QByteArrayLiteral("Bearer camel");
    QTest::newRow("snake_case") << QByteArrayLiteral(
                                       "{\"access_token\":\"snake\",\"expires_in\":3600,\"token_type\":\"bearer\"}")
                                << QByteArrayLiteral("Bearer snake");
    QTest::newRow("expiry as string, extra scope")
        << QByteArrayLiteral("{\"access_token\":\"s2\",\"expires_in\":\"3600\",\"scope\":\"tickets\"}")
        << QByteArrayLiteral("Bearer s2");
}

void TestRipioClient::tokenAnswerSpellings()
{
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, bearer);
    m_server->enqueue(tokenPath, ScriptedResponse::json(200, answer));
    m_server->enqueue(createPath, acceptedAnswer());
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error.message));
    QCOMPARE(m_server->requestsTo(createPath).value(0).header("Authorization"), bearer);
}

void TestRipioClient::tokenIsCached()
{
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->setFallback(ticketPath, retrieveAnswer("PENDING", "null"));
    QVERIFY(retrieve(ticketId).value().ok());
    QVERIFY(retrieve(ticketId).value().ok());
    QCOMPARE(m_server->count(tokenPath), 1);
    QCOMPARE(m_server->count(ticketPath), 2);
    QCOMPARE(m_client->tokenRequestCount(), 1);
}

void TestRipioClient::concurrentCallsShareOneTokenRequest()
{
    ScriptedResponse slowToken = tokenAnswer();
    slowToken.delayMs = 150;
    m_server->enqueue(tokenPath, slowToken);
    m_server->setFallback(ticketPath, retrieveAnswer("CREATED", "\"SUP-1\""));
    int ok = 0;
    int finished = 0;
    for (int i = 0; i < 5; ++i) {
        RetrieveTicketJob *job = m_client->retrieveTicket(ticketId);
        connect(job, &RetrieveTicketJob::finished, this, [&](const RetrieveTicketResult &r) {
            ++finished;
            ok += r.ok() ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 5, 10000);
    QCOMPARE(ok, 5);
    QCOMPARE(m_server->count(tokenPath), 1);
    QCOMPARE(m_server->count(ticketPath), 5);
}

void TestRipioClient::tokenRenewedAfterExpiry()
{
    // expiresIn 1 s with the default 60 s margin: the token is renewed halfway, after 0.5 s
    // by the client's clock.
    m_server->enqueue(tokenPath, tokenAnswer("short", 1));
    m_server->enqueue(tokenPath, tokenAnswer("second", 36000));
    m_server->setFallback(ticketPath, retrieveAnswer("PENDING", "null"));
    QVERIFY(retrieve(ticketId).value().ok());
    QVERIFY(retrieve(ticketId).value().ok());
    QCOMPARE(m_server->count(tokenPath), 1);
    m_clock.advance(700);
    QVERIFY(retrieve(ticketId).value().ok());
    QCOMPARE(m_server->count(tokenPath), 2);
    QCOMPARE(m_server->requestsTo(ticketPath).last().header("Authorization"), QByteArrayLiteral("Bearer second"));
}

void TestRipioClient::tokenFailureKeepsTicketQueued_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ClientError::Category>("category");
    QTest::newRow("401 invalid_client") << 401 << QByteArrayLiteral("{\"error\":\"invalid_client\"}")
                                        << ClientError::Category::BadCredentials;
    QTest::newRow("400 invalid grant") << 400 << QByteArrayLiteral("{\"error\":\"invalid_grant\"}")
                                       << ClientError::Category::BadCredentials;
    QTest::newRow("500") << 500 << QByteArrayLiteral("oops") << ClientError::Category::ServerError;
    QTest::newRow("200 without token") << 200 << QByteArrayLiteral("{\"expiresIn\":10}")
                                       << ClientError::Category::Protocol;
}

void TestRipioClient::tokenFailureKeepsTicketQueued()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ClientError::Category, category);
    m_server->enqueue(tokenPath, ScriptedResponse::json(status, body));
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, category);
    QVERIFY(!result->bodySent);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::NotSent);
    QCOMPARE(m_server->count(createPath), 0);
}

void TestRipioClient::refusedTokenRefreshedOnce_data()
{
    QTest::addColumn<int>("firstStatus");
    QTest::addColumn<QByteArray>("firstBody");
    QTest::addColumn<int>("secondStatus");
    QTest::addColumn<ClientError::Category>("category");
    QTest::addColumn<int>("tokenRequests");
    QTest::addColumn<int>("calls");
    const QByteArray notEnabled = QByteArrayLiteral(
        "{\"code\":20061,\"type\":\"SupportTicketsNotEnabledException\",\"detail\":{},\"status\":403}");
    const QByteArray forbidden = QByteArrayLiteral("{\"detail\":\"Token revoked\"}");
    QTest::newRow("401 then 202") << 401 << forbidden << 202 << ClientError::Category::None << 2 << 2;
    QTest::newRow("401 twice") << 401 << forbidden << 401 << ClientError::Category::BadCredentials << 2 << 2;
    QTest::newRow("403 other then 202") << 403 << forbidden << 202 << ClientError::Category::None << 2 << 2;
    QTest::newRow("403 other twice") << 403 << forbidden << 403 << ClientError::Category::BadCredentials << 2 << 2;
    QTest::newRow("403 20061: no repeat") << 403 << notEnabled << 202 << ClientError::Category::NotEnabled << 1 << 1;
}

void TestRipioClient::refusedTokenRefreshedOnce()
{
    QFETCH(int, firstStatus);
    QFETCH(QByteArray, firstBody);
    QFETCH(int, secondStatus);
    QFETCH(ClientError::Category, category);
    QFETCH(int, tokenRequests);
    QFETCH(int, calls);
    m_server->enqueue(tokenPath, tokenAnswer("first"));
    m_server->enqueue(tokenPath, tokenAnswer("second"));
    m_server->enqueue(createPath, ScriptedResponse::json(firstStatus, firstBody));
    m_server->enqueue(createPath,
                      secondStatus == 202 ? acceptedAnswer() : ScriptedResponse::json(secondStatus, firstBody));
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, category);
    QCOMPARE(m_server->count(tokenPath), tokenRequests);
    QCOMPARE(m_server->count(createPath), calls);
    if (calls == 2)
        QCOMPARE(m_server->requestsTo(createPath).last().header("Authorization"), QByteArrayLiteral("Bearer second"));
    if (category == ClientError::Category::None) {
        QCOMPARE(result->ticketId, ticketId);
        QCOMPARE(result->disposition(), CreateTicketResult::Disposition::Accepted);
    } else {
        // Refused before processing: nothing was created, the ticket waits for the operator's fix.
        QCOMPARE(result->disposition(), CreateTicketResult::Disposition::NotSent);
    }
    if (category == ClientError::Category::NotEnabled) {
        QCOMPARE(result->error.apiCode, 20061);
        QCOMPARE(result->error.apiType, QStringLiteral("SupportTicketsNotEnabledException"));
        QVERIFY2(result->error.message.contains(QStringLiteral("not enabled")), qPrintable(result->error.message));
        QVERIFY2(result->error.message.contains(QStringLiteral("Ripio must enable support tickets")),
                 qPrintable(result->error.message));
    }
}

void TestRipioClient::createAnswers_data()
{
    using C = ClientError::Category;
    using D = CreateTicketResult::Disposition;
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<C>("category");
    QTest::addColumn<D>("disposition");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<int>("retryAfterSeconds");

    QTest::newRow("202") << 202 << acceptedAnswer().body << QByteArray() << C::None << D::Accepted << QString() << -1;
    QTest::newRow("400 validation") << 400
                                    << QByteArrayLiteral("{\"code\":10001,\"type\":\"ValidationError\","
                                                         "\"detail\":\"Summary exceeds 120 characters\"}")
                                    << QByteArray() << C::Validation << D::Rejected
                                    << QStringLiteral("Summary exceeds 120 characters") << -1;
    QTest::newRow("400 field list") << 400 << QByteArrayLiteral("{\"files\":[\"Unsupported file type: .exe\"]}")
                                    << QByteArray() << C::Validation << D::Rejected
                                    << QStringLiteral("files: Unsupported file type: .exe") << -1;
    QTest::newRow("400 customer unknown")
        << 400 << QByteArrayLiteral("{\"type\":\"CustomerNotFoundException\",\"detail\":\"Customer does not exist\"}")
        << QByteArray() << C::CustomerUnknown << D::Rejected << QStringLiteral("Customer does not exist") << -1;
    QTest::newRow("422 customer without email")
        << 422 << QByteArrayLiteral("{\"message\":\"The customer has no email\"}") << QByteArray() << C::CustomerUnknown
        << D::Rejected << QStringLiteral("The customer has no email") << -1;
    QTest::newRow("429 seconds") << 429 << QByteArrayLiteral("{\"detail\":\"Slow down\"}") << QByteArrayLiteral("30")
                                 << C::RateLimited << D::NotSent << QStringLiteral("Slow down") << 30;
    QTest::newRow("429 no header") << 429 << QByteArray() << QByteArray() << C::RateLimited << D::NotSent << QString()
                                   << -1;
    QTest::newRow("500 json") << 500 << QByteArrayLiteral("{\"detail\":\"Internal error\"}") << QByteArray()
                              << C::ServerError << D::Unconfirmed << QStringLiteral("Internal error") << -1;
    QTest::newRow("502 html") << 502 << QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>")
                              << QByteArray() << C::ServerError << D::Unconfirmed << QStringLiteral("502 Bad Gateway")
                              << -1;
    QTest::newRow("503 retry") << 503 << QByteArrayLiteral("maintenance") << QByteArrayLiteral("120") << C::ServerError
                               << D::NotSent << QStringLiteral("maintenance") << 120;
    QTest::newRow("202 without id") << 202 << QByteArrayLiteral("{}") << QByteArray() << C::Protocol << D::Unconfirmed
                                    << QStringLiteral("{}") << -1;
}

void TestRipioClient::createAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(ClientError::Category, category);
    QFETCH(CreateTicketResult::Disposition, disposition);
    QFETCH(QString, serverMessage);
    QFETCH(int, retryAfterSeconds);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!retryAfter.isEmpty())
        headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath, ScriptedResponse::json(status, body, headers));
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, category);
    QCOMPARE(result->disposition(), disposition);
    QCOMPARE(result->error.serverMessage, serverMessage);
    QCOMPARE(result->error.retryAfterSeconds, retryAfterSeconds);
    QVERIFY(result->bodySent);
    QCOMPARE(m_server->count(createPath), 1);
    if (category != ClientError::Category::None) {
        QCOMPARE(result->error.httpStatus, status);
        // The operator sees Ripio's own words.
        QVERIFY2(result->error.message.contains(serverMessage), qPrintable(result->error.message));
    } else {
        QCOMPARE(result->ticketId, ticketId);
        QCOMPARE(result->status, QStringLiteral("PENDING"));
    }
}

// A cut-off answer is not "an answer without a ticket id" (its text may well hold one): the
// operator is told the answer could not be read.
void TestRipioClient::answersThatAreNotJsonSaySo()
{
    const QByteArray cut = QByteArrayLiteral("{\"ticketId\":\"5b1c0f6e-1111-4222-8333-444455556666\",\"status\":");
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath, ScriptedResponse::json(202, cut));
    auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::Protocol);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::Unconfirmed);
    QVERIFY2(result->error.message.contains(QStringLiteral("is not a JSON object")), qPrintable(result->error.message));
    QVERIFY(!result->error.message.contains(QStringLiteral("has no ticket id")));
    // Valid JSON without the id keeps its own words.
    m_server->enqueue(createPath, ScriptedResponse::json(202, QByteArrayLiteral("{\"status\":\"PENDING\"}")));
    result = create(simpleRequest());
    QVERIFY(result);
    QVERIFY2(result->error.message.contains(QStringLiteral("has no ticket id")), qPrintable(result->error.message));
}

void TestRipioClient::tokenAnswerThatIsNotJsonSaysSo()
{
    m_server->enqueue(tokenPath, ScriptedResponse::json(200, QByteArrayLiteral("{\"accessToken\": \"abc\", ")));
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::Protocol);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::NotSent);
    QVERIFY2(result->error.message.contains(QStringLiteral("token answer is not a JSON object")),
             qPrintable(result->error.message));
}

void TestRipioClient::retryAfterDateReadAgainstClock()
{
    // Retry-After as an HTTP date: the seconds to wait are counted from the client's clock.
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath, ScriptedResponse::json(429, QByteArrayLiteral("{\"detail\":\"Slow down\"}"),
                                                         {{"Retry-After", "Mon, 04 May 2026 09:31:30 GMT"}}));
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::RateLimited);
    QCOMPARE(result->error.retryAfterSeconds, 90);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::NotSent);
}

void TestRipioClient::retrieveStatuses_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("issueKey");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<TicketStatus>("expected");
    QTest::addColumn<QString>("expectedKey");
    QTest::newRow("PENDING") << QByteArrayLiteral("PENDING") << QByteArrayLiteral("null") << true
                             << TicketStatus::Pending << QString();
    QTest::newRow("CREATED") << QByteArrayLiteral("CREATED") << QByteArrayLiteral("\"SUP-1234\"") << true
                             << TicketStatus::Created << QStringLiteral("SUP-1234");
    QTest::newRow("FAILED") << QByteArrayLiteral("FAILED") << QByteArrayLiteral("null") << true << TicketStatus::Failed
                            << QString();
    QTest::newRow("local-only status") << QByteArrayLiteral("UNCONFIRMED") << QByteArrayLiteral("null") << false
                                       << TicketStatus::Pending << QString();
    QTest::newRow("garbage") << QByteArrayLiteral("DONE") << QByteArrayLiteral("null") << false << TicketStatus::Pending
                             << QString();
}

void TestRipioClient::retrieveStatuses()
{
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, issueKey);
    QFETCH(bool, ok);
    QFETCH(TicketStatus, expected);
    QFETCH(QString, expectedKey);
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(ticketPath, retrieveAnswer(status, issueKey));
    const auto result = retrieve(ticketId);
    QVERIFY(result);
    QCOMPARE(result->ok(), ok);
    QCOMPARE(result->ticketId, ticketId);
    if (ok) {
        QCOMPARE(result->status, expected);
        QCOMPARE(result->issueKey, expectedKey);
    } else {
        QCOMPARE(result->error.category, ClientError::Category::Protocol);
    }
}

void TestRipioClient::retrieveNotFound()
{
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(ticketPath, ScriptedResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not found.\"}")));
    const auto result = retrieve(ticketId);
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::NotFound);
    QCOMPARE(result->error.httpStatus, 404);
    QCOMPARE(result->error.serverMessage, QStringLiteral("Not found."));
    QCOMPARE(m_server->count(tokenPath), 1); // a 404 is no reason for a new token
}

void TestRipioClient::connectionRefusedIsNotSent()
{
    ClientSettings s = settings();
    s.baseUrl = ScriptedServer::unreachableUrl();
    m_client->setSettings(s);
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::Offline);
    QVERIFY(!result->bodySent);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::NotSent);
    QVERIFY(!result->error.message.isEmpty());
}

void TestRipioClient::closedAfterUploadIsUnconfirmed()
{
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath, ScriptedResponse::act(ScriptedResponse::Action::CloseAfterBody));
    m_server->setFallback(createPath, acceptedAnswer());
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::Offline);
    QVERIFY(result->bodySent);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::Unconfirmed);
    // Nobody (not even the network stack) may send it a second time.
    QTest::qWait(100);
    QCOMPARE(m_server->count(createPath), 1);
}

void TestRipioClient::idleConnectionIsNotReusedPastItsExpiry()
{
    // The server closes a connection idle for a while, just as the next create is written into
    // it: that create fails with its body sent (UNCONFIRMED). After idleConnectionSeconds, each
    // request goes on a connection of its own.
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->setFallback(createPath, acceptedAnswer());
    const auto first = create(simpleRequest());
    QVERIFY(first);
    QCOMPARE(first->disposition(), CreateTicketResult::Disposition::Accepted);
    QTest::qWait(idleConnectionSeconds * 1000 + 700);
    m_server->setFallback(createPath, [] {
        ScriptedResponse r = acceptedAnswer();
        r.action = ScriptedResponse::Action::CloseIfReused;
        return r;
    }());
    const auto second = create(simpleRequest());
    QVERIFY(second);
    QCOMPARE(second->disposition(), CreateTicketResult::Disposition::Accepted);
    QCOMPARE(m_server->count(createPath), 2);
}

void TestRipioClient::timeoutAfterUploadIsUnconfirmed()
{
    ClientSettings s = settings();
    s.transferTimeoutMs = 300;
    m_client->setSettings(s);
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath, ScriptedResponse::act(ScriptedResponse::Action::HangAfterBody));
    QElapsedTimer timer;
    timer.start();
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::Timeout);
    QVERIFY(result->bodySent);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::Unconfirmed);
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(m_server->count(createPath), 1);
}

void TestRipioClient::timeoutDuringUploadIsNotSent()
{
    // Larger than the loopback socket buffers, so the stalled upload cannot finish.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("big.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(qint64(48) * 1024 * 1024));
    big.close();

    ClientSettings s = settings();
    s.transferTimeoutMs = 500;
    s.limits.maxFileBytes = s.limits.maxTotalBytes = qint64(64) * 1024 * 1024;
    m_client->setSettings(s);
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath, ScriptedResponse::act(ScriptedResponse::Action::HangBeforeBody));
    CreateTicketRequest request = simpleRequest();
    request.attachments.append(AttachmentFile{big.fileName(), QString(), QString(), -1});
    const auto result = create(request, 20000);
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::Timeout);
    QVERIFY(!result->bodySent);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::NotSent);
}

// The token request's silence is not the ticket's: nothing of the ticket left, so the message must
// not say "the request had been sent completely, so Ripio may have acted on it" (a duplicate's hint).
void TestRipioClient::tokenTimeoutSaysNothingOfTheTicket()
{
    ClientSettings s = settings();
    s.transferTimeoutMs = 300;
    m_client->setSettings(s);
    m_server->enqueue(tokenPath, ScriptedResponse::act(ScriptedResponse::Action::HangAfterBody));
    const auto result = create(simpleRequest());
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::Timeout);
    QVERIFY(!result->bodySent);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::NotSent);
    QVERIFY2(!result->error.message.contains(QStringLiteral("may have acted")), qPrintable(result->error.message));
    QVERIFY2(!result->error.text.toStored().contains(QStringLiteral("may have acted")),
             qPrintable(result->error.text.toStored()));
    QCOMPARE(m_server->count(createPath), 0);
}

void TestRipioClient::multipartHasTheRightParts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(100, '\x01');
    const QByteArray text = QByteArrayLiteral("line one\r\n--not a boundary\r\nline three");
    QFile pngFile(dir.filePath(QStringLiteral("screen.png")));
    QVERIFY(pngFile.open(QIODevice::WriteOnly));
    pngFile.write(png);
    pngFile.close();
    QFile textFile(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(textFile.open(QIODevice::WriteOnly));
    textFile.write(text);
    textFile.close();

    CreateTicketRequest request = simpleRequest();
    request.summary = QStringLiteral("Pagó dos veces \u20ac");
    request.attachments.append(AttachmentFile{pngFile.fileName(), QString(), QString(), -1});
    request.attachments.append(
        AttachmentFile{textFile.fileName(), QStringLiteral("notas \"finales\".txt"), QStringLiteral("text/x-log"), -1});

    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath, acceptedAnswer());
    const auto result = create(request);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error.message));

    const RecordedRequest sent = m_server->requestsTo(createPath).value(0);
    QCOMPARE(sent.method, QByteArrayLiteral("POST"));
    QVERIFY(sent.header("Content-Type").startsWith("multipart/form-data"));
    const QList<Part> parts = parseMultipart(sent.header("Content-Type"), sent.body);
    QCOMPARE(parts.size(), 5);
    QCOMPARE(parts[0].disposition, QByteArrayLiteral("form-data; name=\"customerId\""));
    QCOMPARE(parts[0].body, customerId.toUtf8());
    QCOMPARE(parts[1].disposition, QByteArrayLiteral("form-data; name=\"summary\""));
    QCOMPARE(QString::fromUtf8(parts[1].body), request.summary);
    QCOMPARE(parts[2].disposition, QByteArrayLiteral("form-data; name=\"description\""));
    QCOMPARE(parts[2].body, request.description.toUtf8());
    QCOMPARE(parts[3].disposition, QByteArrayLiteral("form-data; name=\"files\"; filename=\"screen.png\""));
    QCOMPARE(parts[3].contentType, QByteArrayLiteral("image/png"));
    QCOMPARE(parts[3].body, png);
    QCOMPARE(parts[4].disposition,
             QByteArrayLiteral("form-data; name=\"files\"; filename=\"notas %22finales%22.txt\""));
    QCOMPARE(parts[4].contentType, QByteArrayLiteral("text/x-log"));
    QCOMPARE(parts[4].body, text);
}

// An attachment whose bytes live elsewhere (a database): a new device per
// attempt, each streamed from its start; the upload itself is never rewound.
void TestRipioClient::deviceAttachmentFreshPerAttempt()
{
    const QByteArray bytes = QByteArrayLiteral("kept in a database\r\n--almost a boundary");
    int opened = 0;
    CreateTicketRequest request = simpleRequest();
    AttachmentFile file;
    file.fileName = QStringLiteral("db.txt");
    file.size = bytes.size();
    file.open = [&](QString *) -> QIODevice * {
        ++opened;
        auto *buffer = new QBuffer;
        buffer->setData(bytes);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    };
    request.attachments.append(file);

    // Refused once (401): the second attempt needs the bytes again from the start.
    m_server->enqueue(tokenPath, tokenAnswer("first"));
    m_server->enqueue(tokenPath, tokenAnswer("second"));
    m_server->enqueue(createPath, ScriptedResponse::json(401, QByteArrayLiteral("{\"detail\":\"Token revoked\"}")));
    m_server->enqueue(createPath, acceptedAnswer());
    const auto result = create(request);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error.message));
    QCOMPARE(opened, 2);
    const QList<RecordedRequest> sent = m_server->requestsTo(createPath);
    QCOMPARE(sent.size(), 2);
    for (const RecordedRequest &r : sent) {
        const QList<Part> parts = parseMultipart(r.header("Content-Type"), r.body);
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[3].disposition, QByteArrayLiteral("form-data; name=\"files\"; filename=\"db.txt\""));
        QCOMPARE(parts[3].contentType, QByteArrayLiteral("text/plain")); // by the name's extension
        QCOMPARE(parts[3].body, bytes);
    }
}

void TestRipioClient::unreadableDeviceSendsNothing()
{
    CreateTicketRequest request = simpleRequest();
    AttachmentFile file;
    file.fileName = QStringLiteral("gone.bin");
    file.size = 10;
    file.open = [](QString *error) -> QIODevice * {
        *error = QStringLiteral("the database holds 0 of its 10 bytes");
        return nullptr;
    };
    request.attachments.append(file);
    m_server->setFallback(tokenPath, tokenAnswer());
    m_server->setFallback(createPath, acceptedAnswer());
    const auto result = create(request);
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::Validation);
    QVERIFY(!result->bodySent);
    QVERIFY2(result->error.message.contains(QStringLiteral("gone.bin")), qPrintable(result->error.message));
    QVERIFY2(result->error.message.contains(QStringLiteral("0 of its 10 bytes")), qPrintable(result->error.message));
    QCOMPARE(m_server->count(createPath), 0);

    // Larger than the limits, the device is never opened.
    ClientSettings s = settings();
    s.limits.maxFileBytes = 5;
    m_client->setSettings(s);
    const auto tooLarge = create(request);
    QVERIFY(tooLarge);
    QCOMPARE(tooLarge->error.category, ClientError::Category::Validation);
    QVERIFY2(tooLarge->error.message.contains(QStringLiteral("gone.bin")), qPrintable(tooLarge->error.message));
    QCOMPARE(m_server->count(createPath), 0);
}

void TestRipioClient::invalidRequestSendsNothing()
{
    m_server->setFallback(tokenPath, tokenAnswer());
    m_server->setFallback(createPath, acceptedAnswer());
    CreateTicketRequest request = simpleRequest();
    request.customerId = QStringLiteral("not-a-uuid");
    const auto result = create(request);
    QVERIFY(result);
    QCOMPARE(result->error.category, ClientError::Category::Validation);
    QVERIFY(!result->bodySent);
    QCOMPARE(result->disposition(), CreateTicketResult::Disposition::Rejected);
    QVERIFY(result->error.message.contains(QStringLiteral("UUID")));
    // Said as TicketDesk's refusal, not Ripio's.
    QVERIFY2(result->error.message.startsWith(QStringLiteral("TicketDesk refused to send it: ")),
             qPrintable(result->error.message));
    QCOMPARE(m_server->requests().size(), 0);

    const auto retrieved = retrieve(QStringLiteral("../../oauth2/token"));
    QVERIFY(retrieved);
    QCOMPARE(retrieved->error.category, ClientError::Category::Validation);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestRipioClient::healthFollowsAnswers()
{
    QSignalSpy spy(m_client, &RipioClient::healthChanged);
    QCOMPARE(m_client->health(), ApiHealth::Unknown);
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath,
                      ScriptedResponse::json(403, QByteArrayLiteral("{\"code\":20061,\"type\":"
                                                                    "\"SupportTicketsNotEnabledException\"}")));
    QVERIFY(create(simpleRequest()));
    QCOMPARE(m_client->health(), ApiHealth::NotEnabled);
    QCOMPARE(spy.size(), 2); // Ready (token), then NotEnabled
    QCOMPARE(spy.at(0).at(0).value<ApiHealth>(), ApiHealth::Ready);
    QCOMPARE(spy.at(1).at(0).value<ApiHealth>(), ApiHealth::NotEnabled);
    QVERIFY(spy.at(1).at(1).toString().contains(QStringLiteral("Ripio must enable")));

    m_server->enqueue(createPath, acceptedAnswer());
    QVERIFY(create(simpleRequest()).value().ok());
    QCOMPARE(m_client->health(), ApiHealth::Ready);
    QCOMPARE(spy.size(), 3);

    // 429s: rate limited (not "ready", as an audit saw for every call refused), until one goes through.
    m_server->enqueue(createPath, ScriptedResponse::json(429, QByteArrayLiteral("{\"detail\":\"Slow down\"}"),
                                                         {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}}));
    QCOMPARE(create(simpleRequest()).value().error.category, ClientError::Category::RateLimited);
    QCOMPARE(m_client->health(), ApiHealth::RateLimited);
    QCOMPARE(spy.size(), 4);
    QVERIFY2(spy.at(3).at(1).toString().contains(QStringLiteral("Slow down")), qPrintable(spy.at(3).at(1).toString()));
    m_server->enqueue(createPath, acceptedAnswer());
    QVERIFY(create(simpleRequest()).value().ok());
    QCOMPARE(m_client->health(), ApiHealth::Ready);
    QCOMPARE(spy.size(), 5);

    // Other credentials (Settings → Apply): nothing is known of them yet, and their first answer
    // is told again, though it is "ready" as before (the window said "not contacted yet" for good).
    ClientSettings other = settings();
    other.clientSecret = QStringLiteral("another-secret");
    m_client->setSettings(other);
    QCOMPARE(m_client->health(), ApiHealth::Unknown);
    m_client->setSettings(other); // the same again: nothing forgotten
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath, acceptedAnswer());
    QVERIFY(create(simpleRequest()).value().ok());
    QCOMPARE(m_client->health(), ApiHealth::Ready);
    QCOMPARE(spy.size(), 6);
    QCOMPARE(spy.at(5).at(0).value<ApiHealth>(), ApiHealth::Ready);
    other.limits.maxFileBytes = 1; // not the credentials: what is known holds
    m_client->setSettings(other);
    QCOMPARE(m_client->health(), ApiHealth::Ready);
}

void TestRipioClient::largeAttachmentIsStreamed()
{
    constexpr qint64 size = qint64(50) * 1024 * 1024;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("fifty.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(size)); // sparse: costs no disk
    big.close();

    ClientSettings s = settings();
    s.limits.maxFileBytes = s.limits.maxTotalBytes = size;
    m_client->setSettings(s);
    m_server->setKeepBodies(false);
    m_server->enqueue(tokenPath, tokenAnswer());
    m_server->enqueue(createPath, acceptedAnswer());
    CreateTicketRequest request = simpleRequest();
    request.attachments.append(AttachmentFile{big.fileName(), QString(), QString(), -1});

    PeakMemory memory;
    QVERIFY(memory.beforeKiB() > 0);
    const auto result = create(request, 60000);
    const qint64 growthKiB = memory.growthKiB();
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error.message));
    QVERIFY(m_server->requestsTo(createPath).value(0).bodySize > size);

    qInfo("50 MiB upload: peak RSS growth %lld KiB", growthKiB);
    QVERIFY2(growthKiB < 20 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growthKiB)));
}

QTEST_GUILESS_MAIN(TestRipioClient)
// What a ticket records of where it was sent: no user or password that a proxy URL may carry.
void TestRipioClient::apiBaseRecordsNoCredentials()
{
    QCOMPARE(ripioApiBase(QUrl(QStringLiteral("https://user:s3cret@proxy.example:8443/ripio/?x=1#f"))),
             QStringLiteral("https://proxy.example:8443/ripio"));
    QCOMPARE(ripioApiBase(QUrl(QStringLiteral("https://skala.ripio.com/"))), QStringLiteral("https://skala.ripio.com"));
}

void TestRipioClient::sameEnvironment_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("current");
    QTest::addColumn<bool>("same");
    QTest::newRow("not recorded") << QString() << "https://skala.ripio.com" << true;
    QTest::newRow("same") << "https://skala.ripio.com"
                          << "https://skala.ripio.com/" << true;
    QTest::newRow("host's case") << "https://skala.ripio.com"
                                 << "https://SKALA.ripio.com" << true;
    QTest::newRow("another port") << "http://127.0.0.1:4001"
                                  << "http://127.0.0.1:4002" << true;
    QTest::newRow("sandbox, production") << "https://skala-sandbox.ripio.com"
                                         << "https://skala.ripio.com" << false;
    QTest::newRow("another path") << "https://proxy.example/sandbox"
                                  << "https://proxy.example/production" << false;
    QTest::newRow("path and none") << "https://proxy.example/sandbox"
                                   << "https://proxy.example" << false;
}

void TestRipioClient::sameEnvironment()
{
    QFETCH(QString, recorded);
    QFETCH(QString, current);
    QFETCH(bool, same);
    QCOMPARE(sameRipioEnvironment(recorded, QUrl(current)), same);
}

#include "tst_ripioclient.moc"
