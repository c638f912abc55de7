// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/keychainsecretbackend.h"
#include "service/secretstore.h"
#include "support/fakesecretbackend.h"

#include <QLoggingCategory>
#include <QTest>

using namespace TicketDesk;

// Checks SecretStore over a fake keychain: the environment first, then the
// keychain; a machine without a keychain (the environment fallback every
// headless machine uses); refusals; a keychain that never answers; and that no
// secret reaches a log line, the real keychain backend included.
class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void names_data();
    void names();
    void keychainRoundTrip_data();
    void keychainRoundTrip();
    void environmentWins_data();
    void environmentWins();
    void blanksAtTheEndsAreTrimmed();
    void noKeychain_data();
    void noKeychain();
    void refused();
    void silentKeychainTimesOut();
    void secretsNeverLogged();

private:
    FakeSecretBackend *m_keychain = nullptr;
    std::unique_ptr<SecretStore> m_store;
};

namespace {

using Secret = SecretStore::Secret;

// Runs one asynchronous call to its answer.
template<typename Call>
SecretStore::Result wait(Call &&call)
{
    std::optional<SecretStore::Result> result;
    call([&result](const SecretStore::Result &r) { result = r; });
    // A keychain answers later, never inside the call.
    if (result)
        return *result;
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        qFatal("the secret store did not answer");
    return *result;
}

QStringList logged;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logged.append(message);
}

} // namespace

void TestSecretStore::init()
{
    for (Secret s : {Secret::ClientSecret, Secret::WebhookSecret, Secret::PreviousWebhookSecret})
        qunsetenv(SecretStore::environmentVariable(s).toLatin1().constData());
    auto keychain = std::make_unique<FakeSecretBackend>();
    m_keychain = keychain.get();
    m_store = std::make_unique<SecretStore>(std::move(keychain));
}

void TestSecretStore::cleanup()
{
    m_store.reset();
    m_keychain = nullptr;
}

void TestSecretStore::names_data()
{
    QTest::addColumn<Secret>("secret");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("variable");
    QTest::newRow("client") << Secret::ClientSecret << QStringLiteral("client-secret")
                            << QStringLiteral("TICKETDESK_CLIENT_SECRET");
    QTest::newRow("webhook") << Secret::WebhookSecret << QStringLiteral("webhook-secret")
                             << QStringLiteral("TICKETDESK_WEBHOOK_SECRET");
    QTest::newRow("previous") << Secret::PreviousWebhookSecret << QStringLiteral("webhook-secret-previous")
                              << QStringLiteral("TICKETDESK_WEBHOOK_SECRET_PREVIOUS");
}

void TestSecretStore::names()
{
    QFETCH(Secret, secret);
    QTEST(SecretStore::keyName(secret), "key");
    QTEST(SecretStore::environmentVariable(secret), "variable");
}

void TestSecretStore::keychainRoundTrip_data()
{
    names_data();
}

void TestSecretStore::keychainRoundTrip()
{
    QFETCH(Secret, secret);
    QFETCH(QString, key);
    const QString value = QStringLiteral("s3cr3t-") + key;

    SecretStore::Result r = wait([&](auto done) { m_store->read(secret, done); });
    QCOMPARE(r.source, SecretStore::Source::None);
    QVERIFY(r.value.isEmpty());
    QVERIFY(r.keychainAvailable);
    QVERIFY(r.error.isEmpty());

    r = wait([&](auto done) { m_store->write(secret, value, done); });
    QCOMPARE(r.source, SecretStore::Source::Keychain);
    QVERIFY(r.value.isEmpty()); // a write does not echo the value
    QVERIFY(r.error.isEmpty());
    QCOMPARE(m_keychain->values().value(key), value);

    r = wait([&](auto done) { m_store->read(secret, done); });
    QCOMPARE(r.source, SecretStore::Source::Keychain);
    QCOMPARE(r.value, value);
    QCOMPARE(m_store->readBlocking(secret).value, value);

    r = wait([&](auto done) { m_store->remove(secret, done); });
    QVERIFY(r.error.isEmpty());
    QVERIFY(!m_keychain->values().contains(key));
    QCOMPARE(m_store->readBlocking(secret).source, SecretStore::Source::None);
    QCOMPARE(m_keychain->calls(), (QStringList{QStringLiteral("read ") + key, QStringLiteral("write ") + key,
                                               QStringLiteral("read ") + key, QStringLiteral("read ") + key,
                                               QStringLiteral("remove ") + key, QStringLiteral("read ") + key}));
}

void TestSecretStore::environmentWins_data()
{
    QTest::addColumn<bool>("keychainAvailable");
    QTest::newRow("keychain holds another value") << true;
    QTest::newRow("no keychain") << false;
}

void TestSecretStore::environmentWins()
{
    QFETCH(bool, keychainAvailable);
    m_keychain->values().insert(QStringLiteral("webhook-secret"), QStringLiteral("from-keychain"));
    m_keychain->setAvailable(keychainAvailable);
    qputenv("TICKETDESK_WEBHOOK_SECRET", "from-environment");

    const SecretStore::Result r = wait([&](auto done) { m_store->read(Secret::WebhookSecret, done); });
    QCOMPARE(r.source, SecretStore::Source::Environment);
    QCOMPARE(r.value, QStringLiteral("from-environment"));
    QVERIFY(r.keychainAvailable);
    QVERIFY(r.error.isEmpty());
    // The keychain is not even asked: `serve` under systemd has no session bus to wait for.
    QVERIFY(m_keychain->calls().isEmpty());
    QCOMPARE(m_store->readBlocking(Secret::WebhookSecret).value, QStringLiteral("from-environment"));

    // The other secrets still come from the keychain (or its absence).
    const SecretStore::Result other = m_store->readBlocking(Secret::ClientSecret);
    QCOMPARE(other.source, SecretStore::Source::None);
    QCOMPARE(other.keychainAvailable, keychainAvailable);
}

void TestSecretStore::blanksAtTheEndsAreTrimmed()
{
    // A .env file with CRLF: the secret's bytes ended in "\r", and every signature failed (serve)
    // or every token request was refused (the desktop, the command line), with nothing to say why.
    qputenv("TICKETDESK_WEBHOOK_SECRET", "whsec_abc\r\n");
    const SecretStore::Result env = m_store->readBlocking(Secret::WebhookSecret);
    QCOMPARE(env.value, QStringLiteral("whsec_abc"));
    QCOMPARE(env.source, SecretStore::Source::Environment);
    QVERIFY(env.trimmed);
    QCOMPARE(SecretStore::fromEnvironment(Secret::WebhookSecret).value, QStringLiteral("whsec_abc"));

    // Blanks only are no secret: the keychain is asked instead.
    qputenv("TICKETDESK_WEBHOOK_SECRET", " ");
    m_keychain->values().insert(QStringLiteral("webhook-secret"), QStringLiteral(" from-keychain\n"));
    const SecretStore::Result keychain = m_store->readBlocking(Secret::WebhookSecret);
    QCOMPARE(keychain.value, QStringLiteral("from-keychain"));
    QVERIFY(keychain.source != SecretStore::Source::Environment);
    QVERIFY(keychain.trimmed);
    QCOMPARE(SecretStore::fromEnvironment(Secret::WebhookSecret).source, SecretStore::Source::None);

    // A clean value says nothing.
    qputenv("TICKETDESK_WEBHOOK_SECRET", "whsec_clean");
    QVERIFY(!m_store->readBlocking(Secret::WebhookSecret).trimmed);
}

void TestSecretStore::noKeychain_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("remove") << QStringLiteral("remove");
}

void TestSecretStore::noKeychain()
{
    QFETCH(QString, operation);
    m_keychain->setAvailable(false);
    const auto call = [&](auto done) {
        if (operation == u"read")
            m_store->read(Secret::ClientSecret, done);
        else if (operation == u"write")
            m_store->write(Secret::ClientSecret, QStringLiteral("typed-value"), done);
        else
            m_store->remove(Secret::ClientSecret, done);
    };
    const SecretStore::Result r = wait(call);
    QVERIFY(!r.keychainAvailable);
    QCOMPARE(r.error, FakeSecretBackend::noBackendError());
    QCOMPARE(r.source, SecretStore::Source::None);
    QVERIFY(r.value.isEmpty());
    QVERIFY(m_keychain->values().isEmpty());
}

void TestSecretStore::refused()
{
    m_keychain->setRefusal(QStringLiteral("The system keychain refused access: locked"));
    const SecretStore::Result w =
        wait([&](auto done) { m_store->write(Secret::WebhookSecret, QStringLiteral("v"), done); });
    QVERIFY(w.keychainAvailable); // there is a keychain: it said no
    QCOMPARE(w.error, QStringLiteral("The system keychain refused access: locked"));
    QCOMPARE(w.source, SecretStore::Source::None);
    const SecretStore::Result r = m_store->readBlocking(Secret::WebhookSecret);
    QVERIFY(r.keychainAvailable);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.source, SecretStore::Source::None);
}

void TestSecretStore::silentKeychainTimesOut()
{
    m_keychain->setSilent(true);
    const SecretStore::Result r = m_store->readBlocking(Secret::ClientSecret, 50);
    QVERIFY(!r.keychainAvailable);
    QVERIFY2(r.error.contains(QLatin1StringView("did not answer")), qPrintable(r.error));
    QCOMPARE(r.source, SecretStore::Source::None);
    // The environment still answers at once.
    qputenv("TICKETDESK_CLIENT_SECRET", "env-value");
    QCOMPARE(m_store->readBlocking(Secret::ClientSecret, 50).value, QStringLiteral("env-value"));
}

void TestSecretStore::secretsNeverLogged()
{
    // The real keychain backend, with no session bus to reach: it fails and logs
    // why, and the value must not be in what it logs or answers.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ticketdesk-test-bus");
    SecretStore store(std::make_unique<KeychainSecretBackend>(QStringLiteral("TicketDesk-test-secretstore")));
    const QString value = QStringLiteral("never-log-me-8c2e");
    logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    QLoggingCategory::setFilterRules(QStringLiteral("ticketdesk.*=true"));
    const SecretStore::Result w = wait([&](auto done) { store.write(Secret::WebhookSecret, value, done); });
    const SecretStore::Result r = wait([&](auto done) { store.read(Secret::WebhookSecret, done); });
    wait([&](auto done) { store.remove(Secret::WebhookSecret, done); });
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    for (const QString &line : std::as_const(logged))
        QVERIFY2(!line.contains(value), qPrintable(line));
    QVERIFY(!w.error.contains(value));
    QVERIFY(!r.error.contains(value));
    if (w.error.isEmpty())
        return; // a keychain answered after all (a machine with one on a fixed address): nothing failed to log
    QVERIFY(!w.keychainAvailable);
    QVERIFY(!logged.isEmpty()); // the failure was logged, without the value
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
