// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "core/signature.h"
#include "core/webhookevent.h"
#include "http/httpserver.h"
#include "service/selftest.h"
#include "support/unusedport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#endif

using namespace TicketDesk;

// Checks the webhook self-test against a real listener on 127.0.0.1: the steps
// it reports, in order, for a listener that accepts, one with another secret,
// one that fails to store, none at all, one over TLS with a self-signed
// certificate (trusted or not), and inputs it refuses before sending.
class TestSelfTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void againstListener_data();
    void againstListener();
    void nothingListening();
    void overTls_data();
    void overTls();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
};

namespace {

using Step = SelfTest::Step;

// Every signal of one run, in order, as "started Sign", "passed Sign", ... "finished ok".
class Recorder
{
public:
    explicit Recorder(SelfTest &test)
    {
        QObject::connect(&test, &SelfTest::stepStarted, &m_context,
                         [this](Step s, const QString &m) { note(QStringLiteral("started "), s, m); });
        QObject::connect(&test, &SelfTest::stepPassed, &m_context,
                         [this](Step s, const QString &m) { note(QStringLiteral("passed "), s, m); });
        QObject::connect(&test, &SelfTest::stepFailed, &m_context,
                         [this](Step s, const QString &m) { note(QStringLiteral("failed "), s, m); });
        QObject::connect(&test, &SelfTest::finished, &m_context, [this](bool ok) {
            events.append(ok ? QStringLiteral("finished ok") : QStringLiteral("finished failed"));
        });
    }
    QStringList events;
    QStringList messages;

private:
    void note(const QString &what, Step step, const QString &message)
    {
        events.append(what + QString::fromLatin1(QMetaEnum::fromType<Step>().valueToKey(int(step))));
        messages.append(message);
    }
    QObject m_context;
};

const QByteArray listenerSecret = "listener-secret-5a1f";

} // namespace

void TestSelfTest::againstListener_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("storeStatus");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("lastMessage");

    const QStringList untilSent{QStringLiteral("started Sign"), QStringLiteral("passed Sign"),
                                QStringLiteral("started Connect"), QStringLiteral("passed Connect"),
                                QStringLiteral("started Signature")};
    QTest::newRow("right secret") << listenerSecret << 200
                                  << untilSent + QStringList{QStringLiteral("passed Signature"),
                                                             QStringLiteral("started Store"),
                                                             QStringLiteral("passed Store"),
                                                             QStringLiteral("finished ok")}
                                  << QStringLiteral("Stored: OK (200) {\"verdict\":\"accepted\"}");
    QTest::newRow("wrong secret") << QByteArray("another-secret") << 200
                                  << untilSent + QStringList{QStringLiteral("failed Signature"),
                                                             QStringLiteral("finished failed")}
                                  << QStringLiteral("Signature: refused (401)");
    QTest::newRow("listener cannot store")
        << listenerSecret << 503
        << untilSent + QStringList{QStringLiteral("passed Signature"), QStringLiteral("started Store"),
                                   QStringLiteral("failed Store"), QStringLiteral("finished failed")}
        << QStringLiteral("Stored: failed — the listener answered 503");
}

void TestSelfTest::againstListener()
{
    QFETCH(QByteArray, secret);
    QFETCH(int, storeStatus);
    QFETCH(QStringList, events);
    QFETCH(QString, lastMessage);

    const SystemClock clock;
    HttpServer server(clock);
    server.setRoutes({HttpRoute{QByteArrayLiteral("/webhooks/ripio"), {QByteArrayLiteral("POST")}}});
    QList<HttpRequest> received;
    connect(&server, &HttpServer::requestReceived, this, [&](const HttpRequest &request, HttpResponder responder) {
        received.append(request);
        if (!isValid(verifySignature(request.header("x-wh-signature-256"), request.body, listenerSecret))) {
            responder.respond(HttpResponse::error(401));
            return;
        }
        responder.respond(storeStatus == 200 ? HttpResponse(200, QByteArrayLiteral("{\"verdict\": \"accepted\"}"))
                                             : HttpResponse::error(storeStatus));
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhooks/ripio").arg(server.serverPort()));

    SelfTest test;
    Recorder recorder(test);
    QSignalSpy finished(&test, &SelfTest::finished);
    test.start(url, secret);
    QVERIFY(test.isRunning());
    test.start(url, secret); // ignored while running: still one request, one finished()
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!test.isRunning());

    QCOMPARE(recorder.events, events);
    QVERIFY2(recorder.messages.last().startsWith(lastMessage), qPrintable(recorder.messages.last()));
    for (const QString &m : std::as_const(recorder.messages)) {
        QVERIFY(!m.isEmpty());
        QVERIFY(!m.contains(QString::fromUtf8(secret)));
    }

    // What arrived is signed as Ripio signs and decodes as a webhook, of a family no listener
    // makes a ticket of (a SUPPORT_TICKET.CREATED left a fake ticket at every click).
    QCOMPARE(received.size(), 1);
    const HttpRequest &request = received.first();
    QCOMPARE(request.header("content-type"), QByteArrayLiteral("application/json"));
    QCOMPARE(verifySignature(request.header("x-wh-signature-256"), request.body, secret),
             SignatureVerdict::ValidCurrent);
    const DecodeResult decoded = decodeWebhook(request.body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.detail));
    QCOMPARE(decoded.event.kind, WebhookEvent::Kind::OtherFamily);
    QCOMPARE(decoded.event.eventType, QStringLiteral("TICKETDESK.TEST"));
    QVERIFY(decoded.event.ticketId.isEmpty());
    QCOMPARE(encodeWebhook(decoded.event), request.body);
    QVERIFY(recorder.messages.first().contains(decoded.event.eventType));
    QVERIFY(qAbs(decoded.event.issueDatetime.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // The job runs again after it finished.
    test.start(url, secret);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(received.size(), 2);
}

void TestSelfTest::nothingListening()
{
    const quint16 port = unusedLoopbackPort();
    SelfTest test;
    Recorder recorder(test);
    QSignalSpy finished(&test, &SelfTest::finished);
    test.start(QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/ripio").arg(port)), listenerSecret);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(recorder.events, (QStringList{QStringLiteral("started Sign"), QStringLiteral("passed Sign"),
                                           QStringLiteral("started Connect"), QStringLiteral("failed Connect"),
                                           QStringLiteral("finished failed")}));
    QVERIFY2(recorder.messages.last().startsWith(QStringLiteral("Connect: failed")),
             qPrintable(recorder.messages.last()));
}

void TestSelfTest::overTls_data()
{
    QTest::addColumn<bool>("trustCertificate");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("lastMessage");
    // A self-signed certificate for 127.0.0.1: trusted only when the job is given it.
    QTest::newRow("listener's certificate given")
        << true << QStringList{QStringLiteral("started Sign"),      QStringLiteral("passed Sign"),
                               QStringLiteral("started Connect"),   QStringLiteral("passed Connect"),
                               QStringLiteral("started Tls"),       QStringLiteral("passed Tls"),
                               QStringLiteral("started Signature"), QStringLiteral("passed Signature"),
                               QStringLiteral("started Store"),     QStringLiteral("passed Store"),
                               QStringLiteral("finished ok")}
        << QStringLiteral("Stored: OK (200)");
    QTest::newRow("self-signed, not given")
        << false << QStringList{QStringLiteral("started Sign"),    QStringLiteral("passed Sign"),
                                QStringLiteral("started Connect"), QStringLiteral("passed Connect"),
                                QStringLiteral("started Tls"),     QStringLiteral("failed Tls"),
                                QStringLiteral("finished failed")}
        << QStringLiteral("TLS: failed — ");
}

void TestSelfTest::overTls()
{
#if QT_CONFIG(ssl)
    QFETCH(bool, trustCertificate);
    QFETCH(QStringList, events);
    QFETCH(QString, lastMessage);

    // A test-only pair, valid until 2126, made with: openssl req -x509 -newkey rsa:2048 -nodes
    // -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -days 36500 -keyout ... -out ...
    const QString certPath = QStringLiteral(TICKETDESK_TEST_DATA "/service/selftest-cert.pem");
    QFile keyFile(QStringLiteral(TICKETDESK_TEST_DATA "/service/selftest-key.pem"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
    QCOMPARE(certificates.size(), 1);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(certificates.first());
    ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);

    const SystemClock clock;
    HttpServer server(clock);
    server.setSslConfiguration(ssl);
    server.setRoutes({HttpRoute{QByteArrayLiteral("/webhooks/ripio"), {QByteArrayLiteral("POST")}}});
    connect(&server, &HttpServer::requestReceived, this, [](const HttpRequest &, HttpResponder responder) {
        responder.respond(HttpResponse(200, QByteArrayLiteral("{\"verdict\":\"accepted\"}")));
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    SelfTest test;
    Recorder recorder(test);
    QSignalSpy finished(&test, &SelfTest::finished);
    test.start(QUrl(QStringLiteral("https://127.0.0.1:%1/webhooks/ripio").arg(server.serverPort())), listenerSecret,
               trustCertificate ? certPath : QString());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(recorder.events, events);
    QVERIFY2(recorder.messages.last().startsWith(lastMessage), qPrintable(recorder.messages.last()));
#else
    QSKIP("built without TLS support");
#endif
}

void TestSelfTest::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("failedStep");
    QTest::addColumn<QString>("message");
    QTest::newRow("no secret") << QStringLiteral("http://127.0.0.1:9/webhooks/ripio") << QByteArray()
                               << QStringLiteral("Sign") << QStringLiteral("Signing: failed — no webhook secret");
    QTest::newRow("not http") << QStringLiteral("ftp://127.0.0.1/webhooks") << listenerSecret
                              << QStringLiteral("Connect")
                              << QStringLiteral("Connect: failed — “ftp://127.0.0.1/webhooks” is not");
    QTest::newRow("no host") << QStringLiteral("http:///webhooks") << listenerSecret << QStringLiteral("Connect")
                             << QStringLiteral("Connect: failed");
    QTest::newRow("empty") << QString() << listenerSecret << QStringLiteral("Connect")
                           << QStringLiteral("Connect: failed");
}

void TestSelfTest::refusedBeforeSending()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, secret);
    QFETCH(QString, failedStep);
    QFETCH(QString, message);

    SelfTest test;
    Recorder recorder(test);
    test.start(QUrl(url), secret);
    // Decided at once, without the event loop.
    QVERIFY(!test.isRunning());
    QCOMPARE(recorder.events.value(recorder.events.size() - 2), QStringLiteral("failed ") + failedStep);
    QCOMPARE(recorder.events.last(), QStringLiteral("finished failed"));
    QVERIFY2(recorder.messages.last().startsWith(message), qPrintable(recorder.messages.last()));
}

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_selftest.moc"
