// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/ripioerrorparser.h"
#include "support/markingtranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace TicketDesk;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(TICKETDESK_TEST_DATA "/ripio/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

const QDateTime now = QDateTime(QDate(2026, 6, 26), QTime(14, 30, 0), QTimeZone::utc());

} // namespace

// The pure mapping from an HTTP error answer (or a network failure) to a ClientError.
class TestRipioErrorParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_data();
    void retryAfter();
    void serverMessage_data();
    void serverMessage();
    void categories_data();
    void categories();
    void refusedCredentialsSayWhereTheyAreSet();
    void networkFailures_data();
    void networkFailures();
};

void TestRipioErrorParser::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << QByteArrayLiteral("120") << 120;
    QTest::newRow("zero") << QByteArrayLiteral("0") << 0;
    QTest::newRow("spaces") << QByteArrayLiteral(" 7 ") << 7;
    QTest::newRow("negative") << QByteArrayLiteral("-5") << -1;
    QTest::newRow("http date") << QByteArrayLiteral("Fri, 26 Jun 2026 14:31:30 GMT") << 90;
    QTest::newRow("date in the past") << QByteArrayLiteral("Fri, 26 Jun 2026 14:00:00 GMT") << 0;
    QTest::newRow("garbage") << QByteArrayLiteral("soon") << -1;
}

void TestRipioErrorParser::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    QCOMPARE(parseRetryAfter(header, now), seconds);
}

void TestRipioErrorParser::serverMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("detail string") << QByteArrayLiteral("{\"detail\":\"Bad summary\"}")
                                   << QStringLiteral("Bad summary");
    QTest::newRow("detail object") << fixture("not-enabled.json")
                                   << QStringLiteral("Support tickets are not enabled for this partner");
    QTest::newRow("detail object without text")
        << QByteArrayLiteral("{\"detail\":{\"field\":\"x\"}}") << QStringLiteral("{\"field\":\"x\"}");
    QTest::newRow("message") << QByteArrayLiteral("{\"message\":\"Nope\",\"code\":1}") << QStringLiteral("Nope");
    QTest::newRow("oauth") << QByteArrayLiteral(
                                  "{\"error\":\"invalid_client\",\"error_description\":\"Unknown client\"}")
                           << QStringLiteral("Unknown client");
    QTest::newRow("field errors") << fixture("validation-drf.json")
                                  << QStringLiteral("files: Too many files.; summary: Ensure this field has no more "
                                                    "than 120 characters.");
    QTest::newRow("html") << fixture("proxy-error.html") << QStringLiteral("502 Bad Gateway502 Bad Gatewaynginx");
    QTest::newRow("plain text") << QByteArrayLiteral("  upstream\n timed out ") << QStringLiteral("upstream timed out");
    QTest::newRow("long text is clipped") << QByteArray(2000, 'a') << QString(499, QLatin1Char('a')) + QChar(0x2026);
}

void TestRipioErrorParser::serverMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(serverMessageFromBody(body), message);
}

void TestRipioErrorParser::categories_data()
{
    using C = ClientError::Category;
    QTest::addColumn<RipioCall>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<C>("category");
    QTest::addColumn<int>("apiCode");
    QTest::addColumn<QString>("apiType");
    QTest::newRow("403 20061") << RipioCall::CreateTicket << 403 << fixture("not-enabled.json") << C::NotEnabled
                               << 20061 << QStringLiteral("SupportTicketsNotEnabledException");
    QTest::newRow("403 20061 code as string")
        << RipioCall::CreateTicket << 403 << QByteArrayLiteral("{\"code\":\"20061\"}") << C::NotEnabled << 20061
        << QString();
    QTest::newRow("403 by type only") << RipioCall::RetrieveTicket << 403
                                      << QByteArrayLiteral("{\"type\":\"SupportTicketsNotEnabledException\"}")
                                      << C::NotEnabled << 0 << QStringLiteral("SupportTicketsNotEnabledException");
    QTest::newRow("403 other") << RipioCall::CreateTicket << 403 << QByteArrayLiteral("{\"code\":1}")
                               << C::BadCredentials << 1 << QString();
    QTest::newRow("401") << RipioCall::CreateTicket << 401 << QByteArray() << C::BadCredentials << 0 << QString();
    QTest::newRow("token 400") << RipioCall::Token << 400 << QByteArrayLiteral("{\"error\":\"invalid_client\"}")
                               << C::BadCredentials << 0 << QStringLiteral("invalid_client");
    QTest::newRow("create 400") << RipioCall::CreateTicket << 400 << QByteArrayLiteral("{\"detail\":\"bad\"}")
                                << C::Validation << 0 << QString();
    QTest::newRow("create 413") << RipioCall::CreateTicket << 413 << QByteArrayLiteral("too large") << C::Validation
                                << 0 << QString();
    QTest::newRow("create 404 customer") << RipioCall::CreateTicket << 404
                                         << QByteArrayLiteral("{\"detail\":\"Customer not found\"}")
                                         << C::CustomerUnknown << 0 << QString();
    QTest::newRow("create 404 plain") << RipioCall::CreateTicket << 404 << QByteArray() << C::NotFound << 0
                                      << QString();
    QTest::newRow("retrieve 404") << RipioCall::RetrieveTicket << 404 << QByteArray() << C::NotFound << 0 << QString();
    QTest::newRow("429") << RipioCall::RetrieveTicket << 429 << QByteArray() << C::RateLimited << 0 << QString();
    QTest::newRow("504") << RipioCall::CreateTicket << 504 << QByteArray() << C::ServerError << 0 << QString();
    QTest::newRow("302") << RipioCall::CreateTicket << 302 << QByteArray() << C::Protocol << 0 << QString();
}

void TestRipioErrorParser::categories()
{
    QFETCH(RipioCall, call);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ClientError::Category, category);
    QFETCH(int, apiCode);
    QFETCH(QString, apiType);
    const ClientError error = errorFromHttpAnswer(call, status, body, QByteArray(), now);
    QCOMPARE(error.category, category);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.apiCode, apiCode);
    QCOMPARE(error.apiType, apiType);
    QVERIFY(error.bodySent);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.message.contains(error.serverMessage));
    // What a database keeps words as the same message here, and in the reader's language elsewhere.
    QCOMPARE(error.text.toString(), error.message);
    QCOMPARE(LocalizedText::wordStored(error.storedMessage()), error.message);
    Test::MarkingTranslator reader("TicketDesk::RipioClient");
    QCoreApplication::installTranslator(&reader);
    QVERIFY(LocalizedText::wordStored(error.storedMessage()).startsWith(QStringLiteral("\u00ab")));
}

// Refused credentials say where they come from: Settings on the desktop, the environment for
// the command line and serve (which read no Settings window).
void TestRipioErrorParser::refusedCredentialsSayWhereTheyAreSet()
{
    for (const int status : {401, 403}) {
        const ClientError error = errorFromHttpAnswer(RipioCall::CreateTicket, status, QByteArray(), QByteArray(), now);
        QCOMPARE(error.category, ClientError::Category::BadCredentials);
        QVERIFY2(error.message.contains(QStringLiteral("Settings")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("TICKETDESK_CLIENT_ID")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("TICKETDESK_CLIENT_SECRET")), qPrintable(error.message));
    }
}

void TestRipioErrorParser::networkFailures_data()
{
    using C = ClientError::Category;
    using E = QNetworkReply::NetworkError;
    QTest::addColumn<E>("code");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("uploadComplete");
    QTest::addColumn<C>("category");
    QTest::newRow("refused") << E::ConnectionRefusedError << false << false << C::Offline;
    QTest::newRow("dns") << E::HostNotFoundError << false << false << C::Offline;
    QTest::newRow("tls") << E::SslHandshakeFailedError << false << false << C::Tls;
    QTest::newRow("closed after upload") << E::RemoteHostClosedError << false << true << C::Offline;
    QTest::newRow("our timeout") << E::OperationCanceledError << true << false << C::Timeout;
    QTest::newRow("our timeout after upload") << E::OperationCanceledError << true << true << C::Timeout;
    QTest::newRow("protocol") << E::ProtocolFailure << false << true << C::Protocol;
}

void TestRipioErrorParser::networkFailures()
{
    QFETCH(QNetworkReply::NetworkError, code);
    QFETCH(bool, timedOut);
    QFETCH(bool, uploadComplete);
    QFETCH(ClientError::Category, category);
    const ClientError error = errorFromNetworkFailure(code, timedOut, uploadComplete, 30000);
    QCOMPARE(error.category, category);
    QCOMPARE(error.bodySent, uploadComplete);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.text.toString(), error.message);
    Test::MarkingTranslator reader("TicketDesk::RipioClient");
    QCoreApplication::installTranslator(&reader);
    const QString worded = LocalizedText::wordStored(error.storedMessage());
    QVERIFY2(worded.startsWith(QStringLiteral("\u00ab")), qPrintable(worded));
    // After the upload, the reader is told that Ripio may have the ticket: a sentence of its own.
    QCOMPARE(worded.count(QStringLiteral("\u00ab")), uploadComplete ? 2 : 1);
}

QTEST_GUILESS_MAIN(TestRipioErrorParser)
#include "tst_ripioerrorparser.moc"
