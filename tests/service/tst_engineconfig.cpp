// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"
#include "service/engineconfig.h"

#include <QFile>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

// Checks EngineConfig against the settings file: defaults when a key is absent,
// a round trip of every key, the environment choice, values out of range, the
// listener URL, and that no secret is ever written.
class TestEngineConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void roundTrip();
    void listsWrittenByHandReadAsTyped();
    void everyKeyWritten();
    void environment_data();
    void environment();
    void outOfRange_data();
    void outOfRange();
    void secretsNeverWritten();
    void listenerSettingsProblems_data();
    void listenerSettingsProblems();
    void apiSettingsProblems_data();
    void apiSettingsProblems();
    void unknownSettings_data();
    void unknownSettings();
    void listenerUrl_data();
    void listenerUrl();
    void databasePasswordJoinsTheLocation();
    void clientIdFromTheEnvironment();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("ticketdesk.ini")); }
};

namespace {

// Every persisted field set to a value that is not its default.
EngineConfig changedConfig()
{
    EngineConfig c;
    c.client.clientId = QStringLiteral("client-42");
    c.client.transferTimeoutMs = 4321;
    c.client.limits.maxSummaryChars = 120;
    c.client.limits.maxDescriptionChars = 2000;
    c.client.limits.maxFiles = 3;
    c.client.limits.maxFileBytes = qint64(7) * 1024 * 1024;
    c.client.limits.maxTotalBytes = qint64(9) * 1024 * 1024;
    c.address = QHostAddress(QStringLiteral("::1"));
    c.port = 9911;
    c.webhookPath = "/hooks/in";
    c.tlsCertificate = QStringLiteral("/etc/ticketdesk/cert.pem");
    c.tlsKey = QStringLiteral("/etc/ticketdesk/key.pem");
    c.replayWindowSeconds = 42;
    c.strictReplay = true;
    c.httpLimits.maxRequestLine = 1000;
    c.httpLimits.maxHeaderBytes = 2000;
    c.httpLimits.maxHeaderLines = 30;
    c.httpLimits.maxBodyBytes = 4000;
    c.httpLimits.headerDeadlineMs = 1100;
    c.httpLimits.bodyDeadlineMs = 2200;
    c.httpLimits.keepAliveIdleMs = 3300;
    c.httpLimits.maxConnections = 77;
    c.httpLimits.maxConnectionsPerPeer = 7;
    c.rejectedPerPeerPerMinute = 5;
    c.trustedProxies = QStringLiteral("10.0.0.0/8, 192.0.2.7");
    c.diskLowMiB = 512;
    c.diskCriticalMiB = 100;
    c.commitDeadlineSeconds = 30;
    c.deliveryRetentionDays = 14;
    c.maxDeliveries = 5000000000; // more than an int holds
    c.reconcileAfterSeconds = 600;
    c.maxConcurrentChecks = 2;
    return c;
}

// Compares every field that the settings file carries.
void comparePersisted(const EngineConfig &a, const EngineConfig &b)
{
    QCOMPARE(a.client.clientId, b.client.clientId);
    QCOMPARE(a.client.transferTimeoutMs, b.client.transferTimeoutMs);
    QCOMPARE(a.client.limits.maxSummaryChars, b.client.limits.maxSummaryChars);
    QCOMPARE(a.client.limits.maxDescriptionChars, b.client.limits.maxDescriptionChars);
    QCOMPARE(a.client.limits.maxFiles, b.client.limits.maxFiles);
    QCOMPARE(a.client.limits.maxFileBytes, b.client.limits.maxFileBytes);
    QCOMPARE(a.client.limits.maxTotalBytes, b.client.limits.maxTotalBytes);
    QCOMPARE(a.address, b.address);
    QCOMPARE(a.port, b.port);
    QCOMPARE(a.webhookPath, b.webhookPath);
    QCOMPARE(a.tlsCertificate, b.tlsCertificate);
    QCOMPARE(a.tlsKey, b.tlsKey);
    QCOMPARE(a.replayWindowSeconds, b.replayWindowSeconds);
    QCOMPARE(a.strictReplay, b.strictReplay);
    QCOMPARE(a.httpLimits.maxRequestLine, b.httpLimits.maxRequestLine);
    QCOMPARE(a.httpLimits.maxHeaderBytes, b.httpLimits.maxHeaderBytes);
    QCOMPARE(a.httpLimits.maxHeaderLines, b.httpLimits.maxHeaderLines);
    QCOMPARE(a.httpLimits.maxBodyBytes, b.httpLimits.maxBodyBytes);
    QCOMPARE(a.httpLimits.headerDeadlineMs, b.httpLimits.headerDeadlineMs);
    QCOMPARE(a.httpLimits.bodyDeadlineMs, b.httpLimits.bodyDeadlineMs);
    QCOMPARE(a.httpLimits.keepAliveIdleMs, b.httpLimits.keepAliveIdleMs);
    QCOMPARE(a.httpLimits.maxConnections, b.httpLimits.maxConnections);
    QCOMPARE(a.httpLimits.maxConnectionsPerPeer, b.httpLimits.maxConnectionsPerPeer);
    QCOMPARE(a.rejectedPerPeerPerMinute, b.rejectedPerPeerPerMinute);
    QCOMPARE(a.trustedProxies, b.trustedProxies);
    QCOMPARE(a.diskLowMiB, b.diskLowMiB);
    QCOMPARE(a.diskCriticalMiB, b.diskCriticalMiB);
    QCOMPARE(a.deliveryRetentionDays, b.deliveryRetentionDays);
    QCOMPARE(a.maxDeliveries, b.maxDeliveries);
    QCOMPARE(a.reconcileAfterSeconds, b.reconcileAfterSeconds);
    QCOMPARE(a.maxConcurrentChecks, b.maxConcurrentChecks);
}

} // namespace

void TestEngineConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEngineConfig::defaults()
{
    const QSettings empty(settingsPath(), QSettings::IniFormat);
    const EngineConfig read = EngineConfig::fromSettings(empty);
    // An empty file means the built-in defaults, in one place (core/settings.h) and the struct alike.
    comparePersisted(read, EngineConfig());
    QCOMPARE(read.client.baseUrl, QUrl(QStringLiteral("https://skala-sandbox.ripio.com")));
    QCOMPARE(read.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(read.port, quint16(8787));
    QCOMPARE(read.webhookPath, QByteArrayLiteral("/webhooks/ripio"));
    QCOMPARE(read.replayWindowSeconds, 300);
    QCOMPARE(read.rejectedPerPeerPerMinute, 20);
    QCOMPARE(read.deliveryRetentionDays, 90);
    QCOMPARE(read.maxDeliveries, 1000000);
    QCOMPARE(read.reconcileAfterSeconds, 120);
    // Left to the caller.
    QVERIFY(read.dbPath.isEmpty());
    QVERIFY(read.dataDir.isEmpty());
    QVERIFY(read.client.clientSecret.isEmpty());
    QVERIFY(read.webhookSecret.isEmpty());
}

void TestEngineConfig::roundTrip()
{
    const EngineConfig written = changedConfig();
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        written.toSettings(settings);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    comparePersisted(EngineConfig::fromSettings(settings), written);

    // Writing the defaults back over it restores them.
    {
        QSettings again(settingsPath(), QSettings::IniFormat);
        EngineConfig().toSettings(again);
    }
    const QSettings restored(settingsPath(), QSettings::IniFormat);
    comparePersisted(EngineConfig::fromSettings(restored), EngineConfig());
}

// A settings file written by hand, as the README shows the trusted proxies: a comma outside quotes
// makes QSettings read a list, which read as text gave nothing, and no proxy was trusted.
void TestEngineConfig::listsWrittenByHandReadAsTyped()
{
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[listener]\ntrustedProxies=127.0.0.1, 10.0.0.0/8\n[api]\nbaseUrl=http://127.0.0.1:1/a,b\n");
    }
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const EngineConfig read = EngineConfig::fromSettings(settings);
    QCOMPARE(read.trustedProxies, QStringLiteral("127.0.0.1,10.0.0.0/8")); // the spaces are QSettings' to keep
    QCOMPARE(Settings::apiBaseUrl.read(settings), QStringLiteral("http://127.0.0.1:1/a,b"));
}

void TestEngineConfig::everyKeyWritten()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    changedConfig().toSettings(settings);
    QStringList keys = settings.allKeys();
    keys.sort();
    // The environment (api/environment, api/baseUrl) is the settings dialog's to write.
    const QStringList expected = [] {
        QStringList k;
        for (const char *key : {Settings::clientId.key,
                                Settings::apiTimeoutMs.key,
                                Settings::listenAddress.key,
                                Settings::listenPort.key,
                                Settings::webhookPath.key,
                                Settings::tlsCertificate.key,
                                Settings::tlsKey.key,
                                Settings::replayWindowSeconds.key,
                                Settings::strictReplayWindow.key,
                                Settings::maxRequestLineBytes.key,
                                Settings::maxHeaderBytes.key,
                                Settings::maxHeaderLines.key,
                                Settings::maxBodyBytes.key,
                                Settings::headerDeadlineMs.key,
                                Settings::bodyDeadlineMs.key,
                                Settings::keepAliveIdleMs.key,
                                Settings::maxConnections.key,
                                Settings::maxConnectionsPerPeer.key,
                                Settings::rejectedPerPeerPerMinute.key,
                                Settings::trustedProxies.key,
                                Settings::diskLowMiB.key,
                                Settings::diskCriticalMiB.key,
                                Settings::commitDeadlineSeconds.key,
                                Settings::busyTimeoutMs.key,
                                Settings::deliveryRetentionDays.key,
                                Settings::maxDeliveries.key,
                                Settings::reconcileAfterSeconds.key,
                                Settings::claimLeaseSeconds.key,
                                Settings::maxConcurrentChecks.key,
                                Settings::maxSummaryLength.key,
                                Settings::maxDescriptionLength.key,
                                Settings::maxAttachments.key,
                                Settings::maxAttachmentBytes.key,
                                Settings::maxTotalAttachmentBytes.key})
            k.append(QString::fromLatin1(key));
        k.sort();
        return k;
    }();
    QCOMPARE(keys, expected);
}

void TestEngineConfig::environment_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("baseUrlSetting");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::newRow("sandbox") << QStringLiteral("sandbox") << QString()
                             << QUrl(QStringLiteral("https://skala-sandbox.ripio.com"));
    QTest::newRow("production") << QStringLiteral("production") << QStringLiteral("http://ignored")
                                << QUrl(QStringLiteral("https://skala.ripio.com"));
    QTest::newRow("custom") << QStringLiteral("custom") << QStringLiteral("http://127.0.0.1:9000")
                            << QUrl(QStringLiteral("http://127.0.0.1:9000"));
    QTest::newRow("demo: started by the app") << QStringLiteral("demo") << QString() << QUrl();
    QTest::newRow("unknown") << QStringLiteral("staging") << QString() << QUrl();
}

void TestEngineConfig::environment()
{
    QFETCH(QString, environment);
    QFETCH(QString, baseUrlSetting);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    Settings::apiEnvironment.write(settings, environment);
    if (!baseUrlSetting.isEmpty())
        Settings::apiBaseUrl.write(settings, baseUrlSetting);
    QTEST(EngineConfig::fromSettings(settings).client.baseUrl, "baseUrl");
}

void TestEngineConfig::outOfRange_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QHostAddress>("address");
    const QHostAddress local(QHostAddress::LocalHost);
    QTest::newRow("port too big") << QStringLiteral("listener/port") << QVariant(70000) << quint16(65535) << local;
    QTest::newRow("negative port") << QStringLiteral("listener/port") << QVariant(-1) << quint16(0) << local;
    QTest::newRow("address not an IP") << QStringLiteral("listener/address") << QVariant(QStringLiteral("localhost"))
                                       << quint16(8787) << local;
    QTest::newRow("any address") << QStringLiteral("listener/address") << QVariant(QStringLiteral("0.0.0.0"))
                                 << quint16(8787) << QHostAddress(QStringLiteral("0.0.0.0"));
}

void TestEngineConfig::outOfRange()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(key, value);
    const EngineConfig c = EngineConfig::fromSettings(settings);
    QTEST(c.port, "port");
    QTEST(c.address, "address");
}

void TestEngineConfig::listenerSettingsProblems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // empty: none
    QTest::newRow("fine port") << QStringLiteral("listener/port") << QStringLiteral("8787") << QString();
    QTest::newRow("port 0") << QStringLiteral("listener/port") << QStringLiteral("0") << QString();
    // fromSettings() read this as 0: a port the system picks, where Ripio never sends.
    QTest::newRow("port not a number") << QStringLiteral("listener/port") << QStringLiteral("notaport")
                                       << QStringLiteral("listener/port: 'notaport' is not a port number");
    QTest::newRow("port too big") << QStringLiteral("listener/port") << QStringLiteral("99999")
                                  << QStringLiteral("listener/port: '99999' is not a port number");
    QTest::newRow("fine address") << QStringLiteral("listener/address") << QStringLiteral("0.0.0.0") << QString();
    QTest::newRow("address") << QStringLiteral("listener/address") << QStringLiteral("not.an.address")
                             << QStringLiteral("listener/address: 'not.an.address' is not an IP address");
    QTest::newRow("fine path") << QStringLiteral("listener/path") << QStringLiteral("/hooks/ripio") << QString();
    QTest::newRow("path without slash") << QStringLiteral("listener/path") << QStringLiteral("nopath")
                                        << QStringLiteral("listener/path: 'nopath' must start with '/'");
    QTest::newRow("health check's path") << QStringLiteral("listener/path") << QStringLiteral("/healthz")
                                         << QStringLiteral("listener/path: '/healthz'");
    QTest::newRow("no connections") << QStringLiteral("listener/maxConnections") << QStringLiteral("0")
                                    << QStringLiteral("listener/maxConnections: '0' must be a whole number");
    QTest::newRow("per peer") << QStringLiteral("listener/maxConnectionsPerPeer") << QStringLiteral("many")
                              << QStringLiteral("listener/maxConnectionsPerPeer: 'many'");
    // Read as 0, each of these turned its limit off.
    QTest::newRow("retention off") << QStringLiteral("retention/deliveryDays") << QStringLiteral("0") << QString();
    QTest::newRow("negative retention")
        << QStringLiteral("retention/deliveryDays") << QStringLiteral("-5")
        << QStringLiteral("retention/deliveryDays: '-5' must be a whole number, 0 or more (0 turns it off)");
    QTest::newRow("retention in words") << QStringLiteral("retention/deliveryDays") << QStringLiteral("ninety")
                                        << QStringLiteral("retention/deliveryDays: 'ninety' must be a whole number");
    QTest::newRow("size budget") << QStringLiteral("retention/maxDeliveries") << QStringLiteral("5000000000")
                                 << QString();
    QTest::newRow("negative size budget") << QStringLiteral("retention/maxDeliveries") << QStringLiteral("-1")
                                          << QStringLiteral("retention/maxDeliveries: '-1' must be a whole number");
    QTest::newRow("days past an int") << QStringLiteral("retention/deliveryDays") << QStringLiteral("3000000000")
                                      << QStringLiteral("retention/deliveryDays: '3000000000' must be a whole number");
    QTest::newRow("disk low") << QStringLiteral("listener/diskLowMiB") << QStringLiteral("1.5")
                              << QStringLiteral("listener/diskLowMiB: '1.5' must be a whole number");
    QTest::newRow("disk critical") << QStringLiteral("listener/diskCriticalMiB") << QStringLiteral("-64")
                                   << QStringLiteral("listener/diskCriticalMiB: '-64' must be a whole number");
    // Read as 0 or true, without a word: "five" made every event late, "soon" gave up at once.
    QTest::newRow("replay window in words")
        << QStringLiteral("listener/replayWindowSeconds") << QStringLiteral("five")
        << QStringLiteral("listener/replayWindowSeconds: 'five' is not a whole number");
    QTest::newRow("fine replay window") << QStringLiteral("listener/replayWindowSeconds") << QStringLiteral("600")
                                        << QString();
    QTest::newRow("timeout in words") << QStringLiteral("api/timeoutMs") << QStringLiteral("soon")
                                      << QStringLiteral("api/timeoutMs: 'soon' is not a whole number");
    QTest::newRow("reconcile with a unit") << QStringLiteral("engine/reconcileAfterSeconds") << QStringLiteral("2m")
                                           << QStringLiteral("engine/reconcileAfterSeconds: '2m' is not a whole");
    QTest::newRow("deadline") << QStringLiteral("listener/commitDeadlineSeconds") << QStringLiteral("ten")
                              << QStringLiteral("listener/commitDeadlineSeconds: 'ten' is not a whole number");
    QTest::newRow("attachment bytes") << QStringLiteral("limits/maxAttachmentBytes") << QStringLiteral("25MB")
                                      << QStringLiteral("limits/maxAttachmentBytes: '25MB' is not a whole number");
    QTest::newRow("strict maybe") << QStringLiteral("listener/strictReplayWindow") << QStringLiteral("maybe")
                                  << QStringLiteral("listener/strictReplayWindow: 'maybe' must be true or false");
    QTest::newRow("strict no") << QStringLiteral("listener/strictReplayWindow") << QStringLiteral("no")
                               << QStringLiteral("listener/strictReplayWindow: 'no' must be true or false");
    QTest::newRow("strict FALSE") << QStringLiteral("listener/strictReplayWindow") << QStringLiteral("FALSE")
                                  << QString();
}

// An API setting fromSettings() would take as no API: serve started, and every ticket waited,
// queued, on "Protocol "" is unknown" (audit 36).
void TestEngineConfig::apiSettingsProblems_data()
{
    QTest::addColumn<QString>("environment"); // empty: not set
    QTest::addColumn<QString>("baseUrl");     // empty: not set
    QTest::addColumn<QString>("problem");     // empty: none
    QTest::newRow("nothing set: the sandbox") << QString() << QString() << QString();
    QTest::newRow("production") << QStringLiteral("production") << QString() << QString();
    QTest::newRow("sandbox, a base URL beside it")
        << QStringLiteral("sandbox") << QStringLiteral("nonsense") << QString();
    QTest::newRow("custom") << QStringLiteral("custom") << QStringLiteral("https://proxy.example/ripio") << QString();
    QTest::newRow("custom http") << QStringLiteral("custom") << QStringLiteral("http://127.0.0.1:4000") << QString();
    QTest::newRow("a typo") << QStringLiteral("prod") << QString()
                            << QStringLiteral("api/environment: 'prod' must be sandbox, production or custom");
    QTest::newRow("the desktop's demo") << QStringLiteral("demo") << QString()
                                        << QStringLiteral("api/environment: 'demo' must be");
    QTest::newRow("custom, no URL") << QStringLiteral("custom") << QString()
                                    << QStringLiteral("api/baseUrl: '' is not an http:// or https:// URL");
    QTest::newRow("custom, no scheme") << QStringLiteral("custom") << QStringLiteral("htp//127.0.0.1:4000")
                                       << QStringLiteral("api/baseUrl: 'htp//127.0.0.1:4000' is not an http");
    QTest::newRow("custom, ftp") << QStringLiteral("custom") << QStringLiteral("ftp://files.example")
                                 << QStringLiteral("api/baseUrl: 'ftp://files.example'");
    QTest::newRow("custom, no host") << QStringLiteral("custom") << QStringLiteral("https://")
                                     << QStringLiteral("api/baseUrl: 'https://'");
    // A proxy's password in a mistyped URL is not repeated.
    QTest::newRow("custom, password") << QStringLiteral("custom")
                                      << QStringLiteral("htps://ops:s3cret@proxy.example/ripio")
                                      << QStringLiteral("api/baseUrl: '…@proxy.example/ripio' is not an http");
}

void TestEngineConfig::apiSettingsProblems()
{
    QFETCH(QString, environment);
    QFETCH(QString, baseUrl);
    QFETCH(QString, problem);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        if (!environment.isEmpty())
            settings.setValue(QStringLiteral("api/environment"), environment);
        if (!baseUrl.isEmpty())
            settings.setValue(QStringLiteral("api/baseUrl"), baseUrl);
        settings.sync();
    }
    const QSettings settings(settingsPath(), QSettings::IniFormat); // as serve reads the file
    const QStringList problems = EngineConfig::apiSettingsProblems(settings);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(problem), qPrintable(problems.first()));
    QVERIFY(!problems.first().contains(QStringLiteral("s3cret")));
}

void TestEngineConfig::listenerSettingsProblems()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QVERIFY(EngineConfig::listenerSettingsProblems(settings).isEmpty()); // nothing set
        settings.setValue(key, value);
        settings.sync();
    }
    const QSettings settings(settingsPath(), QSettings::IniFormat); // as serve reads the file
    const QStringList problems = EngineConfig::listenerSettingsProblems(settings);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(problem), qPrintable(problems.first()));
}

void TestEngineConfig::unknownSettings_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("problems");
    // What the desktop writes, and every key it reads: none is unknown.
    QTest::newRow("desktop's groups") << QByteArray("[listener]\nport=8787\ndiskCriticalMiB=64\n[mainWindow]\n"
                                                    "geometry=x\n[savedViews]\n1\\name=Mine\n; a comment\n# another\n")
                                      << QStringList();
    // Each ignored without a word, so its setting kept its default.
    QTest::newRow("typos") << QByteArray("[listener]\ndiskCriticalMB=0\nmaxConections=10\n")
                           << QStringList{QStringLiteral("'listener/diskCriticalMB' is no setting TicketDesk knows; "
                                                         "did you mean 'listener/diskCriticalMiB'?"),
                                          QStringLiteral("'listener/maxConections' is no setting TicketDesk knows; "
                                                         "did you mean 'listener/maxConnections'?")};
    QTest::newRow("no group header") << QByteArray("port=9\n")
                                     << QStringList{QStringLiteral("'port' is no setting TicketDesk knows; did you "
                                                                   "mean 'listener/port'?")};
    // QSettings' groups match exactly: a capital letter or a typo hid the whole group.
    QTest::newRow("group in capitals") << QByteArray("[Listener]\nport=9000\n")
                                       << QStringList{QStringLiteral("'Listener/port' is no setting TicketDesk "
                                                                     "knows; did you mean 'listener/port'?")};
    QTest::newRow("group mistyped") << QByteArray("[listner]\nmaxConnections=9\n")
                                    << QStringList{QStringLiteral("'listner/maxConnections' is no setting "
                                                                  "TicketDesk knows; did you mean "
                                                                  "'listener/maxConnections'?")};
    // Read by QSettings as any INI file: a byte-order mark, a value continued on the next line.
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF[listener]\nport=8787\n") << QStringList();
    QTest::newRow("continued line") << QByteArray("[listener]\ntrustedProxies=10.0.0.1, \\\n  10.0.0.2\n")
                                    << QStringList();
    QTest::newRow("a long line") << QByteArray("[listener]\ntrustedProxies=" + QByteArray(6000, '1') + "\n")
                                 << QStringList();
    // Not a settings file (a private key given by mistake): its lines are counted, its "keys" (the
    // key's own bytes, before an '=') never echoed.
    QTest::newRow("a key file") << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                                              "bWFueSBzZWNyZXQgYnl0ZXM=\n-----END PRIVATE KEY-----\n")
                                << QStringList{QStringLiteral("line 1 is neither KEY=VALUE nor a [group] header"),
                                               QStringLiteral("line 2 is neither KEY=VALUE nor a [group] header"),
                                               QStringLiteral("line 4 is neither KEY=VALUE nor a [group] header")};
    QTest::newRow("nothing near") << QByteArray("[engine]\nwhatever=1\n")
                                  << QStringList{QStringLiteral("'engine/whatever' is no setting TicketDesk knows")};
    // JSON reads as no setting at all.
    QTest::newRow("json") << QByteArray("{\"listener\": {\"diskCriticalMiB\": 0}}\n")
                          << QStringList{QStringLiteral("line 1 is neither KEY=VALUE nor a [group] header")};
    QByteArray many("[engine]\n");
    for (int i = 0; i < 9; ++i)
        many += "unknown" + QByteArray::number(i) + "=1\n";
    QStringList firstFive;
    for (int i = 0; i < 5; ++i)
        firstFive << QStringLiteral("'engine/unknown%1' is no setting TicketDesk knows").arg(i);
    QTest::newRow("many") << many << (firstFive << QStringLiteral("and 4 more such"));
}

void TestEngineConfig::unknownSettings()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, problems);
    QFile f(settingsPath());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(file), file.size());
    f.close();
    const QSettings settings(settingsPath(), QSettings::IniFormat); // as serve reads --config
    QCOMPARE(EngineConfig::unknownSettings(settings), problems);
}

void TestEngineConfig::secretsNeverWritten()
{
    EngineConfig c = changedConfig();
    c.client.clientSecret = QStringLiteral("client-s3cr3t-1");
    c.webhookSecret = "webhook-s3cr3t-2";
    c.previousWebhookSecret = "previous-s3cr3t-3";
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        c.toSettings(settings);
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QLatin1StringView("secret"), Qt::CaseInsensitive), qPrintable(key));
    }
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("client-42")); // the file was written...
    for (const QByteArray &secret :
         {QByteArray("client-s3cr3t-1"), QByteArray("webhook-s3cr3t-2"), QByteArray("previous-s3cr3t-3")})
        QVERIFY(!bytes.contains(secret)); // ...without a secret
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const EngineConfig read = EngineConfig::fromSettings(settings);
    QVERIFY(read.client.clientSecret.isEmpty());
    QVERIFY(read.webhookSecret.isEmpty());
    QVERIFY(read.previousWebhookSecret.isEmpty());
}

void TestEngineConfig::listenerUrl_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<quint16>("actualPort");
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << QStringLiteral("127.0.0.1") << false << quint16(0)
                           << QStringLiteral("http://127.0.0.1:8787/webhooks/ripio");
    QTest::newRow("bound port") << QStringLiteral("127.0.0.1") << false << quint16(40123)
                                << QStringLiteral("http://127.0.0.1:40123/webhooks/ripio");
    QTest::newRow("IPv6 in brackets") << QStringLiteral("::1") << false << quint16(0)
                                      << QStringLiteral("http://[::1]:8787/webhooks/ripio");
    QTest::newRow("TLS") << QStringLiteral("0.0.0.0") << true << quint16(0)
                         << QStringLiteral("https://0.0.0.0:8787/webhooks/ripio");
}

void TestEngineConfig::listenerUrl()
{
    QFETCH(QString, address);
    QFETCH(bool, tls);
    QFETCH(quint16, actualPort);
    EngineConfig c;
    c.address = QHostAddress(address);
    if (tls) {
        c.tlsCertificate = QStringLiteral("cert.pem");
        c.tlsKey = QStringLiteral("key.pem");
    }
    QTEST(c.listenerUrl(actualPort), "url");
    // A certificate without a key is no TLS.
    c.tlsKey.clear();
    QVERIFY(c.listenerUrl(actualPort).startsWith(QLatin1StringView("http://")));
}

void TestEngineConfig::databasePasswordJoinsTheLocation()
{
    EngineConfig c;
    c.dbPath = QStringLiteral("postgresql://alice@db.example.com/ticketdesk");
    c.dbPassword = QStringLiteral("from-the-keychain");
    DatabaseLocation location = c.databaseLocation();
    QVERIFY(location.isValid());
    QCOMPARE(location.parameter(QStringLiteral("password")), c.dbPassword);
    QVERIFY(!location.displayName().contains(c.dbPassword));
    QVERIFY(!location.withoutPassword().contains(c.dbPassword));
    // A password written in the URL itself wins.
    c.dbPath = QStringLiteral("postgresql://alice:typed@db.example.com/ticketdesk");
    QCOMPARE(c.databaseLocation().parameter(QStringLiteral("password")), QStringLiteral("typed"));
    // A file has no password.
    c.dbPath = QStringLiteral("/tmp/t.sqlite");
    location = c.databaseLocation();
    QVERIFY(!location.isPostgres());
    QCOMPARE(location.filePath(), c.dbPath);
    // Never written to the settings file.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    c.dbPath = QStringLiteral("postgresql://alice@db.example.com/ticketdesk");
    c.toSettings(settings);
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("from-the-keychain"));
}

// TICKETDESK_CLIENT_ID stands in for a client ID the settings do not have (a desktop with no
// keychain, as the README's first run has it); one in the settings wins.
void TestEngineConfig::clientIdFromTheEnvironment()
{
    const auto restore = qScopeGuard([] { qunsetenv("TICKETDESK_CLIENT_ID"); });
    qputenv("TICKETDESK_CLIENT_ID", " env-client\n");
    QSettings settings(settingsPath(), QSettings::IniFormat);
    QCOMPARE(EngineConfig::fromSettings(settings).client.clientId, QStringLiteral("env-client"));
    // Written back (Settings → OK), it stays the environment's: not copied into the settings.
    EngineConfig::fromSettings(settings).toSettings(settings);
    QVERIFY(Settings::clientId.read(settings).isEmpty());
    Settings::clientId.write(settings, QStringLiteral("set-client"));
    QCOMPARE(EngineConfig::fromSettings(settings).client.clientId, QStringLiteral("set-client"));
}

QTEST_GUILESS_MAIN(TestEngineConfig)
#include "tst_engineconfig.moc"
