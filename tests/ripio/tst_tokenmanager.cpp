// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/tokenmanager.h"
#include "support/manualclock.h"
#include "support/scriptedripio.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace TicketDesk;
using namespace TicketDesk::ScriptedRipio;

namespace {

// Every test function starts from the same instant.
QDateTime testStart()
{
    return QDateTime(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC);
}

// What one requestToken() callback got, and how often it ran.
struct Answer
{
    int calls = 0;
    QString token;
    ClientError error;
};

} // namespace

// TokenManager against a scripted token endpoint, with time moved by a ManualClock.
class TestTokenManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void renewalMargin_data();
    void renewalMargin();
    void clockStepsDoNotMoveTheRenewal();
    void oneRequestForManyWaiters();
    void goneContextIsNotCalled();
    void failureReachesEveryWaiter_data();
    void failureReachesEveryWaiter();
    void invalidateDropsOnlyThatToken();
    void newCredentialsDropTheToken();
    void answerForOldCredentialsIsIgnored();
    void noCredentialsAsksNothing();

private:
    ClientSettings settings() const { return ScriptedRipio::settings(m_server->baseUrl()); }
    void ask(Answer &answer, QObject *context = nullptr);

    ManualClock m_clock{testStart()};
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenManager> m_tokens;
};

void TestTokenManager::init()
{
    m_clock.set(testStart());
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<TokenManager>(m_network.get(), m_clock);
    m_tokens->setSettings(settings());
}

void TestTokenManager::cleanup()
{
    // The manager goes first: waiters of a test that failed early never run on its dead locals.
    m_tokens.reset();
    m_network.reset();
    m_server.reset();
}

void TestTokenManager::ask(Answer &answer, QObject *context)
{
    m_tokens->requestToken(context ? context : this, [&answer](const QString &token, const ClientError &error) {
        ++answer.calls;
        answer.token = token;
        answer.error = error;
    });
}

void TestTokenManager::renewalMargin_data()
{
    QTest::addColumn<QByteArray>("expiresIn");
    QTest::addColumn<int>("marginSeconds");
    QTest::addColumn<qint64>("renewAfterMs");
    // The token is used until `margin` before it expires; when the margin is as
    // long as the lifetime or longer, until halfway; 300 s when Ripio gives no lifetime.
    QTest::newRow("1 h, default 60 s margin") << QByteArrayLiteral("3600") << 60 << qint64(3540'000);
    QTest::newRow("margin above half the lifetime") << QByteArrayLiteral("100") << 60 << qint64(40'000);
    QTest::newRow("margin equals lifetime: halfway") << QByteArrayLiteral("60") << 60 << qint64(30'000);
    QTest::newRow("margin longer than lifetime: halfway") << QByteArrayLiteral("1") << 60 << qint64(500);
    QTest::newRow("no margin") << QByteArrayLiteral("10") << 0 << qint64(10'000);
    QTest::newRow("lifetime as a string") << QByteArrayLiteral("\"120\"") << 60 << qint64(60'000);
    QTest::newRow("no lifetime: 300 s assumed") << QByteArray() << 60 << qint64(240'000);
    QTest::newRow("zero lifetime: 300 s assumed") << QByteArrayLiteral("0") << 60 << qint64(240'000);
    // An absurd lifetime is taken as a year: no arithmetic on it overflows.
    QTest::newRow("lifetime beyond a year")
        << QByteArrayLiteral("9000000000000000") << 60 << qint64((366 * 24 * 3600 - 60) * qint64(1000));
}

void TestTokenManager::renewalMargin()
{
    QFETCH(QByteArray, expiresIn);
    QFETCH(int, marginSeconds);
    QFETCH(qint64, renewAfterMs);
    ClientSettings s = settings();
    s.tokenRefreshMarginSeconds = marginSeconds;
    m_tokens->setSettings(s);
    m_server->enqueue(tokenPath, tokenAnswer("first", expiresIn));
    m_server->enqueue(tokenPath, tokenAnswer("second"));

    Answer first;
    ask(first);
    QTRY_COMPARE(first.calls, 1);
    QCOMPARE(first.token, QStringLiteral("first"));

    // Just before the renewal point the cached token comes back at once, without a request.
    m_clock.advance(renewAfterMs - 1);
    Answer cached;
    ask(cached);
    QCOMPARE(cached.calls, 1);
    QCOMPARE(cached.token, QStringLiteral("first"));
    QCOMPARE(m_tokens->requestCount(), 1);

    m_clock.advance(1);
    Answer renewed;
    ask(renewed);
    QCOMPARE(renewed.calls, 0);
    QCOMPARE(m_tokens->requestCount(), 2);
    QTRY_COMPARE(renewed.calls, 1);
    QCOMPARE(renewed.token, QStringLiteral("second"));
    QCOMPARE(m_server->count(tokenPath), 2);
}

// The computer's clock set back an hour must not keep a token past its lifetime (Ripio would
// refuse it), nor one set forward renew it early: the lifetime is counted, not read off the clock.
void TestTokenManager::clockStepsDoNotMoveTheRenewal()
{
    m_server->enqueue(tokenPath, tokenAnswer("first", "3600"));
    m_server->enqueue(tokenPath, tokenAnswer("second", "3600"));
    Answer first;
    ask(first);
    QTRY_COMPARE(first.calls, 1);

    m_clock.step(2 * 3600'000); // forward two hours: the token has lived only as long as before
    Answer cached;
    ask(cached);
    QCOMPARE(cached.calls, 1);
    QCOMPARE(cached.token, QStringLiteral("first"));

    m_clock.step(-5 * 3600'000); // back five hours, then the token's renewal time passes
    m_clock.advance(3540'000);
    Answer renewed;
    ask(renewed);
    QCOMPARE(renewed.calls, 0);
    QTRY_COMPARE(renewed.calls, 1);
    QCOMPARE(renewed.token, QStringLiteral("second"));
    QCOMPARE(m_server->count(tokenPath), 2);
}

void TestTokenManager::oneRequestForManyWaiters()
{
    m_server->enqueue(tokenPath, tokenAnswer("shared"));
    m_server->setFallback(tokenPath, tokenAnswer("unexpected"));
    QSignalSpy obtained(m_tokens.get(), &TokenManager::tokenObtained);
    std::vector<Answer> answers(5);
    for (Answer &a : answers)
        ask(a);
    QCOMPARE(m_tokens->requestCount(), 1);
    QTRY_COMPARE(answers.back().calls, 1);
    for (const Answer &a : answers) {
        QCOMPARE(a.calls, 1);
        QCOMPARE(a.token, QStringLiteral("shared"));
        QVERIFY(!a.error.isError());
    }
    QCOMPARE(obtained.size(), 1);
    QCOMPARE(m_server->count(tokenPath), 1);

    // A caller that asks from inside its callback gets the new token at once.
    Answer inner;
    Answer outer;
    m_tokens->requestToken(this, [&](const QString &token, const ClientError &) {
        outer.token = token;
        ++outer.calls;
        ask(inner);
    });
    QCOMPARE(outer.calls, 1);
    QCOMPARE(inner.calls, 1);
    QCOMPARE(inner.token, QStringLiteral("shared"));
    QCOMPARE(m_tokens->requestCount(), 1);
}

void TestTokenManager::goneContextIsNotCalled()
{
    m_server->enqueue(tokenPath, tokenAnswer("late"));
    Answer kept;
    Answer dropped;
    auto *context = new QObject;
    ask(dropped, context);
    ask(kept);
    delete context;
    QTRY_COMPARE(kept.calls, 1);
    QCOMPARE(kept.token, QStringLiteral("late"));
    QCOMPARE(dropped.calls, 0);
    QCOMPARE(m_tokens->requestCount(), 1);
}

void TestTokenManager::failureReachesEveryWaiter_data()
{
    using C = ClientError::Category;
    QTest::addColumn<bool>("offline");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<C>("category");
    QTest::addColumn<int>("retryAfterSeconds");
    QTest::newRow("401 invalid_client") << false << 401 << QByteArrayLiteral("{\"error\":\"invalid_client\"}")
                                        << QByteArray() << C::BadCredentials << -1;
    QTest::newRow("400 invalid_grant") << false << 400 << QByteArrayLiteral("{\"error\":\"invalid_grant\"}")
                                       << QByteArray() << C::BadCredentials << -1;
    QTest::newRow("500") << false << 500 << QByteArrayLiteral("oops") << QByteArray() << C::ServerError << -1;
    QTest::newRow("200 without a token") << false << 200 << QByteArrayLiteral("{\"expiresIn\":10}") << QByteArray()
                                         << C::Protocol << -1;
    // A Retry-After date is counted from the manager's clock (08:00:00 here).
    QTest::newRow("429, Retry-After as a date")
        << false << 429 << QByteArrayLiteral("{}") << QByteArrayLiteral("Tue, 10 Feb 2026 08:02:00 GMT")
        << C::RateLimited << 120;
    QTest::newRow("connection refused") << true << 0 << QByteArray() << QByteArray() << C::Offline << -1;
}

void TestTokenManager::failureReachesEveryWaiter()
{
    QFETCH(bool, offline);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(ClientError::Category, category);
    QFETCH(int, retryAfterSeconds);
    if (offline) {
        m_tokens->setSettings(ScriptedRipio::settings(ScriptedServer::unreachableUrl()));
    } else {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
        m_server->enqueue(tokenPath, ScriptedResponse::json(status, body, headers));
    }
    QSignalSpy failed(m_tokens.get(), &TokenManager::tokenFailed);
    QSignalSpy obtained(m_tokens.get(), &TokenManager::tokenObtained);
    std::vector<Answer> answers(3);
    for (Answer &a : answers)
        ask(a);
    QTRY_COMPARE(answers.back().calls, 1);
    for (const Answer &a : answers) {
        QCOMPARE(a.calls, 1);
        QVERIFY(a.token.isEmpty());
        QCOMPARE(a.error.category, category);
        QCOMPARE(a.error.retryAfterSeconds, retryAfterSeconds);
        QVERIFY(!a.error.message.isEmpty());
    }
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ClientError>().category, category);
    QCOMPARE(obtained.size(), 0);
    QCOMPARE(m_tokens->requestCount(), 1);

    // A failure is not cached: the next caller causes a new request.
    Answer again;
    ask(again);
    QCOMPARE(again.calls, 0);
    QCOMPARE(m_tokens->requestCount(), 2);
    QTRY_COMPARE(again.calls, 1);
}

void TestTokenManager::invalidateDropsOnlyThatToken()
{
    m_server->enqueue(tokenPath, tokenAnswer("first"));
    m_server->enqueue(tokenPath, tokenAnswer("second"));
    Answer a;
    ask(a);
    QTRY_COMPARE(a.calls, 1);

    m_tokens->invalidate(QStringLiteral("someone-else"));
    m_tokens->invalidate(QString());
    Answer cached;
    ask(cached);
    QCOMPARE(cached.calls, 1);
    QCOMPARE(cached.token, QStringLiteral("first"));

    // Several calls refused with the same token: one new request.
    m_tokens->invalidate(QStringLiteral("first"));
    m_tokens->invalidate(QStringLiteral("first"));
    Answer fresh;
    ask(fresh);
    QTRY_COMPARE(fresh.calls, 1);
    QCOMPARE(fresh.token, QStringLiteral("second"));
    m_tokens->invalidate(QStringLiteral("first")); // stale by now: keeps "second"
    Answer kept;
    ask(kept);
    QCOMPARE(kept.calls, 1);
    QCOMPARE(kept.token, QStringLiteral("second"));
    QCOMPARE(m_server->count(tokenPath), 2);
}

void TestTokenManager::newCredentialsDropTheToken()
{
    m_server->enqueue(tokenPath, tokenAnswer("first"));
    m_server->enqueue(tokenPath, tokenAnswer("second"));
    Answer a;
    ask(a);
    QTRY_COMPARE(a.calls, 1);

    // The same settings again, or only another timeout: the token stays.
    ClientSettings s = settings();
    s.transferTimeoutMs = 1234;
    m_tokens->setSettings(s);
    Answer cached;
    ask(cached);
    QCOMPARE(cached.calls, 1);
    QCOMPARE(cached.token, QStringLiteral("first"));

    s.clientSecret = QStringLiteral("rotated");
    m_tokens->setSettings(s);
    Answer fresh;
    ask(fresh);
    QTRY_COMPARE(fresh.calls, 1);
    QCOMPARE(fresh.token, QStringLiteral("second"));
    QCOMPARE(m_server->requestsTo(tokenPath).last().header("Authorization"),
             QByteArrayLiteral("Basic ") + QByteArray("client-id:rotated").toBase64());
}

void TestTokenManager::noCredentialsAsksNothing()
{
    // Nothing set: said as such, with no request (Ripio's 401 would read "refused the credentials").
    for (const bool idMissing : {true, false}) {
        ClientSettings s = settings();
        (idMissing ? s.clientId : s.clientSecret).clear();
        m_tokens->setSettings(s);
        Answer a;
        ask(a);
        QTRY_COMPARE(a.calls, 1);
        QVERIFY(a.token.isEmpty());
        QCOMPARE(a.error.category, ClientError::Category::BadCredentials);
        QVERIFY2(a.error.message.startsWith(QStringLiteral("No Ripio client ID or client secret is set")),
                 qPrintable(a.error.message));
    }
    QCOMPARE(m_server->count(tokenPath), 0);
    QCOMPARE(m_tokens->requestCount(), 0);
}

void TestTokenManager::answerForOldCredentialsIsIgnored()
{
    m_server->enqueue(tokenPath, tokenAnswer("old"));
    m_server->enqueue(tokenPath, tokenAnswer("new"));
    Answer a;
    ask(a);
    ClientSettings s = settings();
    s.clientSecret = QStringLiteral("rotated");
    m_tokens->setSettings(s); // while the first request is in flight
    QTRY_COMPARE(a.calls, 1);
    QCOMPARE(a.token, QStringLiteral("new"));
    QCOMPARE(m_server->count(tokenPath), 2);
    QCOMPARE(m_server->requestsTo(tokenPath).last().header("Authorization"),
             QByteArrayLiteral("Basic ") + QByteArray("client-id:rotated").toBase64());
}

QTEST_GUILESS_MAIN(TestTokenManager)
#include "tst_tokenmanager.moc"
