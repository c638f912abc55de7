// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `ticketdesk --demo` keeps to itself: its settings in a throwaway file, preset to the
// built-in sandbox, and its secrets in memory, so that its Settings dialog changes neither
// the desk's settings file nor its keychain, and does not move the demo off its sandbox.
#include "app/demosettings.h"
#include "core/settings.h"
#include "gui/settingsdialog.h"
#include "service/engineconfig.h"
#include "service/secretstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

class TestDemoSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TicketDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("ticketdesk-demosettings-test"));
    }

    void settingsDialogLeavesTheDeskAlone()
    {
        // The desk's own settings, as a real user has them.
        QString deskFile;
        {
            QSettings desk;
            desk.clear();
            Settings::apiEnvironment.write(desk, QStringLiteral("production"));
            Settings::clientId.write(desk, QStringLiteral("real-client"));
            desk.sync();
            deskFile = desk.fileName();
        }
        QFile before(deskFile);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray deskBytes = before.readAll();
        before.close();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DemoSettings::isolate(dir.path());
        {
            const QSettings demo;
            QVERIFY2(demo.fileName().startsWith(dir.path() + QLatin1Char('/')), qPrintable(demo.fileName()));
            QCOMPARE(Settings::apiEnvironment.read(demo), QStringLiteral("demo"));
            QCOMPARE(Settings::clientId.read(demo), QString()); // nothing of the desk's
        }

        // The dialog shows the sandbox the demo runs on; OK keeps the demo on it.
        EngineConfig config;
        config.client.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:45678/"));
        config.client.clientId = QStringLiteral("demo-client");
        SecretStore secrets(DemoSettings::sessionSecrets());
        // As the demo's window opens it: with the sandbox it started.
        SettingsDialog dialog(config, ListenerState(), secrets, config.client.baseUrl);
        QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
        dialog.show();
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("environmentComboBox"))->currentData().toString(),
                 QStringLiteral("demo"));
        auto *clientSecret = dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"));
        QVERIFY(clientSecret);
        QTest::keyClicks(clientSecret, QStringLiteral("typed-in-the-demo"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(changed.count(), 1);
        const EngineConfig applied = changed.first().first().value<EngineConfig>();
        QCOMPARE(applied.client.baseUrl, config.client.baseUrl);

        // The desk's file is byte for byte as it was; the secret typed is the session's.
        QFile after(deskFile);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), deskBytes);
        QString kept;
        bool answered = false;
        secrets.read(SecretStore::Secret::ClientSecret, [&](const SecretStore::Result &r) {
            kept = r.value;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(kept, QStringLiteral("typed-in-the-demo"));
        SecretStore another(DemoSettings::sessionSecrets());
        answered = false;
        another.read(SecretStore::Secret::ClientSecret, [&](const SecretStore::Result &r) {
            kept = r.value;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(kept, QString()); // memory of one session only
    }

    void sandboxSecretsShownAsHeldInMemory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DemoSettings::isolate(dir.path());
        // What the demo's sandbox gave its engine: the dialog shows both secrets as held,
        // and says where, since no keychain and no file has them.
        EngineConfig sandbox;
        sandbox.client.clientId = QStringLiteral("demo-client");
        sandbox.client.clientSecret = QStringLiteral("sandbox-client-secret");
        sandbox.webhookSecret = QByteArrayLiteral("sandbox-webhook-secret");
        SecretStore secrets(DemoSettings::sessionSecrets(sandbox));
        QVERIFY(!secrets.persistent());
        QVERIFY(SecretStore().persistent()); // the desk's keychain, for contrast

        QString value;
        SecretStore::Source source = SecretStore::Source::None;
        bool answered = false;
        secrets.read(SecretStore::Secret::WebhookSecret, [&](const SecretStore::Result &r) {
            value = r.value;
            source = r.source;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(value, QStringLiteral("sandbox-webhook-secret"));
        QCOMPARE(source, SecretStore::Source::Memory); // not the keychain

        SettingsDialog dialog(sandbox, ListenerState(), secrets, sandbox.client.baseUrl);
        dialog.show();
        for (const QString &name : {QStringLiteral("clientSecret"), QStringLiteral("webhookSecret")}) {
            auto *edit = dialog.findChild<QLineEdit *>(name + QStringLiteral("LineEdit"));
            auto *state = dialog.findChild<QLabel *>(name + QStringLiteral("StateLabel"));
            QVERIFY(edit);
            QVERIFY(state);
            QTRY_VERIFY2(state->text().contains(QStringLiteral("memory")), qPrintable(state->text()));
            QVERIFY2(!state->text().contains(QStringLiteral("keychain.")), qPrintable(state->text()));
            QCOMPARE(edit->placeholderText(), QStringLiteral("stored — type to replace"));
            QCOMPARE(edit->text(), QString()); // never the value itself
        }
        // Forgetting one says what will happen, in the same terms.
        auto *forget = dialog.findChild<QPushButton *>(QStringLiteral("forgetClientSecretButton"));
        QVERIFY(forget);
        QVERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        const auto *state = dialog.findChild<QLabel *>(QStringLiteral("clientSecretStateLabel"));
        QVERIFY2(state->text().contains(QStringLiteral("forgotten")), qPrintable(state->text()));
    }
};

QTEST_MAIN(TestDemoSettings)
#include "tst_demosettings.moc"
