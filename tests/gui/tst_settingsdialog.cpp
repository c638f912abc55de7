// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "core/signature.h"
#include "gui/settingsdialog.h"
#include "http/httpserver.h"
#include "support/fakesecretbackend.h"
#include "support/markingtranslator.h"
#include "support/unusedport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace TicketDesk;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1StringView(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void loadsCurrentValues();
    void listenerStateFollowsCaller();
    void portZeroSaysAnyFreePort();
    void okPersistsAndEmits();
    void escapeAsksBeforeDroppingChanges();
    void lookingAtEveryTabChangesNothing();
    void retentionLimitsEditable();
    void retentionSaysWhoPrunes();
    void secretsNeverInSettingsFile();
    void noKeychainIsSaidPlainly();
    void applyStaysOnTheTabOfTheSecretTyped();
    void aSecretTypedOverTheEnvironmentIsSaidToBeInUse();
    void notesThatWrapGetTheirRoom();
    void statesThatArriveLaterGetTheirRoom();
    void teamDesktopOpensOnItsDatabase();
    void secretPlaceholdersShowWhole();
    void invalidInputBlocksOk_data();
    void invalidInputBlocksOk();
    void customEnvironmentPersists();
    void demoSandboxOnlyInTheDemo();
    void sendTestEvent_data();
    void sendTestEvent();
    void sendTestEventWithoutListener();
    void teamDatabaseChosen();
    void databasePasswordInUrlGoesToKeychain();
    void databaseChoiceValidated_data();
    void databaseChoiceValidated();
    void localDatabaseIsTheDefault();

private:
    static ListenerState listening(const QString &url);
    // A keychain in memory: every machine runs the same paths, none touches a real keychain.
    FakeSecretBackend *m_keychain = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TicketDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ticketdesk"));
}

namespace {

// The labels named that are shorter than their wrapped text needs, as "name: N px for M"; empty if none.
QString cutLabels(QWidget *dialog, std::initializer_list<const char *> names)
{
    QStringList cut;
    for (const char *name : names) {
        auto *label = dialog->findChild<QLabel *>(QLatin1StringView(name));
        if (!label)
            cut << QStringLiteral("%1: missing").arg(QLatin1StringView(name));
        else if (label->height() < label->heightForWidth(label->width()))
            cut << QStringLiteral("%1: %2 px for %3")
                       .arg(QLatin1StringView(name))
                       .arg(label->height())
                       .arg(label->heightForWidth(label->width()));
    }
    return cut.join(QStringLiteral("; "));
}

} // namespace

void TestSettingsDialog::init()
{
    for (const char *name : {"TICKETDESK_CLIENT_SECRET", "TICKETDESK_WEBHOOK_SECRET",
                             "TICKETDESK_WEBHOOK_SECRET_PREVIOUS", "TICKETDESK_DATABASE_PASSWORD"})
        qunsetenv(name);
    // Each test starts with a working, empty keychain.
    auto keychain = std::make_unique<FakeSecretBackend>();
    m_keychain = keychain.get();
    m_secrets = std::make_unique<SecretStore>(std::move(keychain));
    QSettings settings;
    settings.clear();
    settings.sync();
}

ListenerState TestSettingsDialog::listening(const QString &url)
{
    ListenerState state;
    state.listening = true;
    state.url = url;
    return state;
}

void TestSettingsDialog::loadsCurrentValues()
{
    EngineConfig config;
    config.client.clientId = QStringLiteral("client-42");
    config.port = 9911;
    config.webhookPath = "/hooks/in";
    config.replayWindowSeconds = 42;
    config.strictReplay = true;
    config.reconcileAfterSeconds = 600;
    config.client.limits.maxSummaryChars = 120;
    config.client.limits.maxFiles = 3;
    config.client.limits.maxFileBytes = qint64(7) * 1024 * 1024;
    SettingsDialog dialog(config, ListenerState(), *m_secrets);

    QCOMPARE(child<QLineEdit>(&dialog, "clientIdLineEdit")->text(), QStringLiteral("client-42"));
    QCOMPARE(child<QSpinBox>(&dialog, "listenPortSpinBox")->value(), 9911);
    QCOMPARE(child<QLineEdit>(&dialog, "webhookPathLineEdit")->text(), QStringLiteral("/hooks/in"));
    QCOMPARE(child<QLineEdit>(&dialog, "listenAddressLineEdit")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QSpinBox>(&dialog, "replayWindowSpinBox")->value(), 42);
    QVERIFY(child<QCheckBox>(&dialog, "strictReplayCheckBox")->isChecked());
    QCOMPARE(child<QSpinBox>(&dialog, "reconcileAfterSpinBox")->value(), 600);
    QCOMPARE(child<QSpinBox>(&dialog, "maxSummarySpinBox")->value(), 120);
    QCOMPARE(child<QSpinBox>(&dialog, "maxAttachmentsSpinBox")->value(), 3);
    QCOMPARE(child<QSpinBox>(&dialog, "maxAttachmentMiBSpinBox")->value(), 7);
    QCOMPARE(child<QComboBox>(&dialog, "environmentComboBox")->currentData().toString(), QStringLiteral("sandbox"));
    QCOMPARE(child<QLineEdit>(&dialog, "baseUrlLineEdit")->text(), QStringLiteral("https://skala-sandbox.ripio.com"));
    QVERIFY(child<QLineEdit>(&dialog, "baseUrlLineEdit")->isReadOnly());
    // Fixed, and it looks and says so (typing into it went nowhere without a word).
    QCOMPARE(child<QLineEdit>(&dialog, "baseUrlLineEdit")->palette().color(QPalette::Base),
             dialog.palette().color(QPalette::Window));
    QVERIFY(child<QLineEdit>(&dialog, "baseUrlLineEdit")->toolTip().contains(QLatin1StringView("Custom URL")));
    for (const char *name : {"clientSecretLineEdit", "webhookSecretLineEdit", "previousWebhookSecretLineEdit"}) {
        auto *edit = child<QLineEdit>(&dialog, name);
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    }
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        // Qt's own inner widgets (the spin box's line edit) take the name of their owner.
        if (w->objectName().startsWith(QLatin1StringView("qt_")))
            continue;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QSpinBox *>(w) || qobject_cast<QPushButton *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        // A label with neither text nor name is an empty stop for a screen reader (there were two,
        // before "Reject events older than the window" and "Send test event").
        if (const auto *label = qobject_cast<QLabel *>(w))
            QVERIFY2(!label->text().isEmpty() || !label->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

void TestSettingsDialog::listenerStateFollowsCaller()
{
    ListenerState failed;
    failed.error = QStringLiteral("The address is already in use (127.0.0.1:8787)");
    SettingsDialog dialog(EngineConfig(), failed, *m_secrets);
    auto *label = child<QLabel>(&dialog, "listenerStateLabel");
    QVERIFY(label->text().contains(failed.error));
    dialog.setListenerState(listening(QStringLiteral("http://127.0.0.1:8787/webhooks/ripio")));
    QVERIFY(label->text().contains(QLatin1StringView("http://127.0.0.1:8787/webhooks/ripio")));
    QVERIFY(!label->text().contains(failed.error));
    const QColor normal = label->palette().color(QPalette::WindowText);

    // Applied with a taken port: still listening where it was, and that is not what was asked.
    ListenerState kept = listening(QStringLiteral("http://127.0.0.1:8787/webhooks/ripio"));
    kept.error =
        QStringLiteral("Cannot listen on 127.0.0.1:9000: in use. Still listening on 127.0.0.1:8787 meanwhile.");
    dialog.setListenerState(kept);
    QVERIFY2(label->text().contains(QLatin1StringView("http://127.0.0.1:8787/webhooks/ripio")) &&
                 label->text().contains(kept.error),
             qPrintable(label->text()));
    QVERIFY(label->palette().color(QPalette::WindowText) != normal);
}

void TestSettingsDialog::portZeroSaysAnyFreePort()
{
    // The demo listens on port 0, the one the system gives: the field said "0".
    EngineConfig config;
    config.port = 0;
    SettingsDialog dialog(config, ListenerState(), *m_secrets);
    dialog.show();
    auto *port = child<QSpinBox>(&dialog, "listenPortSpinBox");
    QCOMPARE(port->text(), QStringLiteral("Any free port"));
    QCOMPARE(port->value(), 0);
    port->setValue(8787);
    QCOMPARE(port->text(), QStringLiteral("8787"));
}

void TestSettingsDialog::okPersistsAndEmits()
{
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    dialog.show();
    QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
    auto *port = child<QSpinBox>(&dialog, "listenPortSpinBox");
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("9123"));
    QCOMPARE(port->value(), 9123);
    clickOk(&dialog);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<EngineConfig>().port, quint16(9123));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("listener/port")).toInt(), 9123);
    QCOMPARE(EngineConfig::fromSettings(settings).port, quint16(9123));
    QCOMPARE(settings.value(QStringLiteral("api/environment")).toString(), QStringLiteral("sandbox"));
}

void TestSettingsDialog::lookingAtEveryTabChangesNothing()
{
    // An audit opened Settings, looked at Limits and pressed Cancel: it asked about changes
    // not applied, though nothing was changed.
    EngineConfig config;
    config.deliveryRetentionDays = 1;
    config.maxDeliveries = 1;
    SettingsDialog dialog(config, ListenerState(), *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(&dialog, "tabWidget");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(20);
        QVERIFY2(!dialog.hasUnappliedChanges(), qPrintable(tabs->tabText(i)));
    }
    // The suffix follows the number: "1 day", "2 days" (no "1 days").
    struct EnglishDays final : QTranslator
    {
        bool isEmpty() const override { return false; }
        QString translate(const char *, const char *source, const char *, int n) const override
        {
            return qstrcmp(source, "%n day(s)") == 0 ? (n == 1 ? QStringLiteral("%n day") : QStringLiteral("%n days"))
                                                           .replace(QLatin1String("%n"), QString::number(n))
                                                     : QString();
        }
    } english;
    QCoreApplication::installTranslator(&english);
    auto *days = child<QSpinBox>(&dialog, "retentionDaysSpinBox");
    days->setValue(2);
    QCOMPARE(days->text(), QStringLiteral("2 days"));
    QVERIFY(dialog.hasUnappliedChanges());
    days->setValue(1);
    QCOMPARE(days->text(), QStringLiteral("1 day"));
    QCoreApplication::removeTranslator(&english);
    QVERIFY(!dialog.hasUnappliedChanges());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestSettingsDialog::escapeAsksBeforeDroppingChanges()
{
    const auto visibleBox = [](QWidget *parent) -> QMessageBox * {
        for (QMessageBox *box : parent->findChildren<QMessageBox *>(QStringLiteral("discardSettingsConfirmation"))) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    };
    {
        // Nothing changed: Esc closes at once, with the listener's state arriving meanwhile.
        SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setListenerState(listening(QStringLiteral("http://127.0.0.1:8080/webhooks/ripio")));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!visibleBox(&dialog));
    }
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *secret = child<QLineEdit>(&dialog, "clientSecretLineEdit");
    secret->setFocus();
    QTest::keyClicks(secret, QStringLiteral("typed-but-not-applied"));

    // Esc asks; its own Esc (the default answer) keeps what was typed.
    QTest::keyClick(secret, Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleBox(&dialog)) != nullptr);
    QVERIFY(dialog.isVisible());
    QCOMPARE(box->defaultButton(), child<QPushButton>(box, "settingsKeepEditingButton"));
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(!box->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(secret->text(), QStringLiteral("typed-but-not-applied"));

    // Cancel asks too; Discard closes without applying anything.
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY((box = visibleBox(&dialog)) != nullptr);
    QTest::mouseClick(child<QPushButton>(box, "settingsDiscardButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);

    // Applied changes, and a "Forget" not yet applied.
    m_keychain->write(QStringLiteral("client-secret"), QStringLiteral("stored"), [](const auto &) {});
    SettingsDialog again(EngineConfig(), ListenerState(), *m_secrets);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *port = child<QSpinBox>(&again, "listenPortSpinBox");
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("9124"));
    QTest::mouseClick(child<QPushButton>(&again, "applyButton"), Qt::LeftButton);
    QTRY_COMPARE(QSettings().value(QStringLiteral("listener/port")).toInt(), 9124);
    QTest::keyClick(&again, Qt::Key_Escape);
    QVERIFY(!again.isVisible());
    QVERIFY(!visibleBox(&again));

    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *forget = child<QPushButton>(&again, "forgetClientSecretButton");
    QTRY_VERIFY(forget->isEnabled()); // once the keychain said it holds one
    QTest::mouseClick(forget, Qt::LeftButton);
    QTest::keyClick(&again, Qt::Key_Escape);
    QTRY_VERIFY((box = visibleBox(&again)) != nullptr);
    QVERIFY(again.isVisible());
}

void TestSettingsDialog::retentionLimitsEditable()
{
    EngineConfig config;
    config.deliveryRetentionDays = 30;
    config.maxDeliveries = 5000;
    SettingsDialog dialog(config, ListenerState(), *m_secrets);
    dialog.show();
    auto *days = child<QSpinBox>(&dialog, "retentionDaysSpinBox");
    auto *most = child<QSpinBox>(&dialog, "maxDeliveriesSpinBox");
    QCOMPARE(days->value(), 30);
    QCOMPARE(most->value(), 5000);
    QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, QStringLiteral("7"));
    most->setValue(0);
    clickOk(&dialog);
    QCOMPARE(changed.count(), 1);
    const EngineConfig saved = changed.first().first().value<EngineConfig>();
    QCOMPARE(saved.deliveryRetentionDays, 7);
    QCOMPARE(saved.maxDeliveries, 0);
    const QSettings settings;
    QCOMPARE(EngineConfig::fromSettings(settings).deliveryRetentionDays, 7);
    QCOMPARE(EngineConfig::fromSettings(settings).maxDeliveries, 0);
}

void TestSettingsDialog::retentionSaysWhoPrunes()
{
    EngineConfig own;
    RetentionState state;
    state.prunes = true;
    SettingsDialog dialog(own, ListenerState(), *m_secrets);
    dialog.setRetentionState(state);
    dialog.show();
    auto *label = child<QLabel>(&dialog, "retentionStateLabel");
    QVERIFY(label->text().contains(QLatin1StringView("its first round runs shortly after it starts")));
    QVERIFY(!label->isHidden()); // on a tab not shown yet

    // A round's outcome: when (in local time, as the user reads it) and how many.
    state.lastPruneAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    state.lastPruned = 1;
    dialog.setRetentionState(state);
    const QString at = QLocale().toString(state.lastPruneAt.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(label->text(),
             QStringLiteral("This TicketDesk deletes older deliveries in the background. Last round: %1, 1 deleted.")
                 .arg(at));
    QCOMPARE(label->accessibleDescription(), label->text());

    // A viewer prunes nothing: the process that holds the port does, with its own limits.
    ListenerState viewer;
    viewer.heldBy = QStringLiteral("`ticketdesk serve` on box");
    dialog.setRetentionState(RetentionState());
    dialog.setListenerState(viewer);
    QVERIFY2(label->text().startsWith(viewer.heldBy) && label->text().contains(QLatin1StringView("its own limits")),
             qPrintable(label->text()));

    // A desktop on a team database never prunes: its servers do, with their settings.
    EngineConfig team;
    team.dbPath = QStringLiteral("postgresql://alice@db.example.com/ticketdesk");
    SettingsDialog teamDialog(team, ListenerState(), *m_secrets);
    auto *teamLabel = child<QLabel>(&teamDialog, "retentionStateLabel");
    QVERIFY2(teamLabel->text().contains(QLatin1StringView("deleted by its servers")), qPrintable(teamLabel->text()));

    // A process that prunes nothing and knows of no one who does says nothing.
    SettingsDialog quiet(own, ListenerState(), *m_secrets);
    quiet.show();
    auto *quietLabel = child<QLabel>(&quiet, "retentionStateLabel");
    QVERIFY(quietLabel->text().isEmpty());
    QVERIFY(quietLabel->isHidden());
}

void TestSettingsDialog::secretsNeverInSettingsFile()
{
    EngineConfig current;
    current.webhookSecret = "old-webhook-secret-value";
    SettingsDialog dialog(current, ListenerState(), *m_secrets);
    dialog.show();
    QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
    const QString clientSecret = QStringLiteral("client-s3cr3t-8d1f");
    const QString webhookSecret = QStringLiteral("webhook-s3cr3t-77aa");
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientSecretLineEdit"), clientSecret);
    QTest::keyClicks(child<QLineEdit>(&dialog, "webhookSecretLineEdit"), webhookSecret);
    replaceText(child<QLineEdit>(&dialog, "clientIdLineEdit"), QStringLiteral("my-client"));
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Apply), Qt::LeftButton);

    QCOMPARE(changed.count(), 1);
    const auto config = changed.first().first().value<EngineConfig>();
    // The engine gets the secrets in memory...
    QCOMPARE(config.client.clientSecret, clientSecret);
    QCOMPARE(config.webhookSecret, webhookSecret.toUtf8());
    QVERIFY(config.previousWebhookSecret.isEmpty());
    QCOMPARE(config.client.clientId, QStringLiteral("my-client"));
    // ...the fields let go of them...
    QVERIFY(child<QLineEdit>(&dialog, "webhookSecretLineEdit")->text().isEmpty());
    // ...and the keychain answers (here: that there is none) before anything is judged.
    for (const char *name : {"clientSecretStateLabel", "webhookSecretStateLabel"}) {
        auto *state = child<QLabel>(&dialog, name);
        QTRY_VERIFY(state->text().startsWith(QLatin1StringView("Not saved")) ||
                    state->text() == QLatin1StringView("Stored in the system keychain."));
    }
    // Here the keychain works: that is where the secrets went, and only there.
    QCOMPARE(m_keychain->values().value(QStringLiteral("client-secret")), clientSecret);
    QCOMPARE(m_keychain->values().value(QStringLiteral("webhook-secret")), webhookSecret);

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("my-client"));
    QVERIFY(!bytes.contains(clientSecret.toUtf8()));
    QVERIFY(!bytes.contains(webhookSecret.toUtf8()));
    QVERIFY(!bytes.contains("old-webhook-secret-value"));

    // An empty field means "unchanged": the next Apply keeps the secret in memory.
    QVERIFY(dialog.apply());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().value<EngineConfig>().webhookSecret, webhookSecret.toUtf8());

    m_secrets->readBlocking(SecretStore::Secret::WebhookSecret); // let any keychain job finish
    bool removed = false;
    m_secrets->remove(SecretStore::Secret::ClientSecret, [](const SecretStore::Result &) {});
    m_secrets->remove(SecretStore::Secret::WebhookSecret, [&removed](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY(removed);
}

void TestSettingsDialog::noKeychainIsSaidPlainly()
{
    const QByteArray secretValue = "env-only-secret-31337";
    qputenv("TICKETDESK_WEBHOOK_SECRET", secretValue);
    m_keychain->setAvailable(false);

    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    dialog.show();
    auto *keychain = child<QLabel>(&dialog, "keychainStateLabel");
    QTRY_VERIFY(keychain->isVisible());
    QVERIFY(keychain->text().contains(QLatin1StringView("No system keychain")));
    // Said once: the keychain's own sentence is the tooltip, not nested in the banner.
    QCOMPARE(keychain->text().count(QLatin1StringView("No system keychain")), 1);
    QCOMPARE(keychain->toolTip(), FakeSecretBackend::noBackendError());
    QVERIFY(keychain->text().contains(QLatin1StringView("TICKETDESK_WEBHOOK_SECRET (set)")));
    QVERIFY(keychain->text().contains(QLatin1StringView("TICKETDESK_CLIENT_SECRET (not set)")));
    QVERIFY(!keychain->text().contains(QString::fromUtf8(secretValue)));

    auto *webhookState = child<QLabel>(&dialog, "webhookSecretStateLabel");
    QTRY_VERIFY(webhookState->text().contains(QLatin1StringView("TICKETDESK_WEBHOOK_SECRET")));
    QVERIFY(!webhookState->text().contains(QString::fromUtf8(secretValue)));
    // Nothing is stored: the environment gives it.
    QCOMPARE(child<QLineEdit>(&dialog, "webhookSecretLineEdit")->placeholderText(),
             SettingsDialog::tr("from the environment — type to replace"));
    QVERIFY(child<QLineEdit>(&dialog, "webhookSecretLineEdit")->text().isEmpty());
    QTRY_VERIFY(
        child<QLabel>(&dialog, "clientSecretStateLabel")->text().contains(QLatin1StringView("no system keychain")));
    QCOMPARE(child<QLineEdit>(&dialog, "clientSecretLineEdit")->placeholderText(), SettingsDialog::tr("not stored"));

    // A secret typed anyway is applied for this session, and OK says it was not kept.
    QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientSecretLineEdit"), QStringLiteral("typed-client-secret"));
    clickOk(&dialog);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<EngineConfig>().client.clientSecret, QStringLiteral("typed-client-secret"));
    QTRY_VERIFY(child<QLabel>(&dialog, "clientSecretStateLabel")->text().startsWith(QLatin1StringView("Not saved")));
    QTRY_VERIFY(child<QLabel>(&dialog, "validationErrorLabel")->isVisible());
    QVERIFY(dialog.isVisible());
    // It stays open to be read, and says that OK closes it now.
    QVERIFY2(
        child<QLabel>(&dialog, "validationErrorLabel")->text().endsWith(QLatin1StringView("OK closes the dialog now.")),
        qPrintable(child<QLabel>(&dialog, "validationErrorLabel")->text()));

    // A team database's password: not said to be kept in a keychain there is not.
    child<QRadioButton>(&dialog, "teamDatabaseRadio")->setChecked(true);
    const QString note = child<QLabel>(&dialog, "databaseNoteLabel")->text();
    QVERIFY2(note.contains(QLatin1StringView("With no system keychain here, the password comes from "
                                             "TICKETDESK_DATABASE_PASSWORD")),
             qPrintable(note));
    QVERIFY(!note.contains(QLatin1StringView("kept in the system keychain")));
    child<QRadioButton>(&dialog, "localDatabaseRadio")->setChecked(true);
    clickOk(&dialog);
    QTRY_VERIFY(!dialog.isVisible());
}

// A secret typed over the environment's is the one in use until TicketDesk quits: the dialog
// said the environment's was.
void TestSettingsDialog::aSecretTypedOverTheEnvironmentIsSaidToBeInUse()
{
    qputenv("TICKETDESK_WEBHOOK_SECRET", "the-environment-secret");
    qputenv("TICKETDESK_CLIENT_SECRET", "the-client-secret");
    m_keychain->setAvailable(false);
    EngineConfig inUse;
    inUse.webhookSecret = "typed-earlier";
    inUse.client.clientSecret = QStringLiteral("the-client-secret");
    SettingsDialog dialog(inUse, ListenerState(), *m_secrets);
    dialog.show();
    auto *webhook = child<QLabel>(&dialog, "webhookSecretStateLabel");
    QTRY_VERIFY2(webhook->text().startsWith(QLatin1StringView("The value typed here is in use until TicketDesk quits")),
                 qPrintable(webhook->text()));
    QVERIFY(webhook->text().contains(QLatin1StringView("TICKETDESK_WEBHOOK_SECRET takes precedence again")));
    // The client secret in use is the environment's: said as before.
    QTRY_VERIFY2(child<QLabel>(&dialog, "clientSecretStateLabel")
                     ->text()
                     .startsWith(QLatin1StringView("Set by the environment variable TICKETDESK_CLIENT_SECRET")),
                 qPrintable(child<QLabel>(&dialog, "clientSecretStateLabel")->text()));
    QCOMPARE(child<QLineEdit>(&dialog, "clientSecretLineEdit")->placeholderText(),
             SettingsDialog::tr("from the environment — type to replace"));

    // Typed in this dialog, with a keychain that keeps it: in use now, the environment's next time.
    m_keychain->setAvailable(true);
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientSecretLineEdit"), QStringLiteral("typed-now"));
    QVERIFY(dialog.apply());
    auto *client = child<QLabel>(&dialog, "clientSecretStateLabel");
    QTRY_VERIFY2(client->text().startsWith(QLatin1StringView("The value typed here is in use until TicketDesk quits")),
                 qPrintable(client->text()));

    // Not so the database password: it is for the next start, where the environment's wins.
    qputenv("TICKETDESK_DATABASE_PASSWORD", "the-environment-password");
    child<QRadioButton>(&dialog, "teamDatabaseRadio")->setChecked(true);
    child<QLineEdit>(&dialog, "databaseUrlLineEdit")->setText(QStringLiteral("postgresql://alice@db.example/tickets"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "databasePasswordLineEdit"), QStringLiteral("typed-password"));
    QVERIFY2(dialog.apply(), qPrintable(child<QLabel>(&dialog, "validationErrorLabel")->text()));
    auto *password = child<QLabel>(&dialog, "databasePasswordStateLabel");
    QTRY_VERIFY2(
        password->text().startsWith(QLatin1StringView("Set by the environment variable TICKETDESK_DATABASE_PASSWORD")),
        qPrintable(password->text()));
}

// Two secrets typed with no keychain, Apply pressed from another tab: the dialog showed the
// listener's notes cut to their first line, the fields squashed, and "see the messages next
// to them" on a tab that had none.
void TestSettingsDialog::notesThatWrapGetTheirRoom()
{
    m_keychain->setAvailable(false);
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    dialog.resize(600, 560);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(&dialog, "tabWidget");
    tabs->setCurrentWidget(child<QWidget>(&dialog, "listenerTab"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "webhookSecretLineEdit"), QStringLiteral("typed-webhook-secret"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "previousWebhookSecretLineEdit"), QStringLiteral("typed-previous"));
    tabs->setCurrentWidget(child<QWidget>(&dialog, "databaseTab"));
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Apply), Qt::LeftButton);
    auto *note = child<QLabel>(&dialog, "previousWebhookSecretStateLabel");
    QTRY_VERIFY(note->text().startsWith(QLatin1StringView("Not saved")));
    QTRY_VERIFY(child<QLabel>(&dialog, "validationErrorLabel")->isVisible());
    QCOMPARE(tabs->currentWidget(), child<QWidget>(&dialog, "listenerTab"));
    QApplication::processEvents();
    const QString cut = cutLabels(&dialog, {"webhookSecretStateLabel", "previousWebhookSecretStateLabel"});
    QVERIFY2(cut.isEmpty(), qPrintable(cut));
    QVERIFY(child<QLineEdit>(&dialog, "previousWebhookSecretLineEdit")->height() >=
            child<QLineEdit>(&dialog, "previousWebhookSecretLineEdit")->sizeHint().height());
    // Within the screen, its buttons on it.
    const QRect room = dialog.screen()->availableGeometry();
    QVERIFY2(room.contains(dialog.frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                   .arg(dialog.frameGeometry().x())
                                                                   .arg(dialog.frameGeometry().y())
                                                                   .arg(dialog.frameGeometry().width())
                                                                   .arg(dialog.frameGeometry().height())));
}

// Secrets typed on two tabs with no keychain, Apply pressed on the second: the dialog jumped to
// the first tab with a note (the Ripio API's), away from the one the operator was working on.
void TestSettingsDialog::applyStaysOnTheTabOfTheSecretTyped()
{
    m_keychain->setAvailable(false);
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(&dialog, "tabWidget");
    tabs->setCurrentWidget(child<QWidget>(&dialog, "apiTab"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientSecretLineEdit"), QStringLiteral("typed-client-secret"));
    tabs->setCurrentWidget(child<QWidget>(&dialog, "listenerTab"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "webhookSecretLineEdit"), QStringLiteral("typed-webhook-secret"));
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(&dialog, "webhookSecretStateLabel")->text().startsWith(QLatin1StringView("Not saved")));
    QTRY_VERIFY(child<QLabel>(&dialog, "validationErrorLabel")->isVisible());
    QCOMPARE(tabs->currentWidget(), child<QWidget>(&dialog, "listenerTab"));
}

// Opened at its own size: the secrets' states and the no-keychain banner arrive after the
// dialog is shown (the keychain answers later), and the notes under the secrets were cut.
void TestSettingsDialog::statesThatArriveLaterGetTheirRoom()
{
    qputenv("TICKETDESK_WEBHOOK_SECRET", "the-environment-secret");
    m_keychain->setAvailable(false);
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    auto *tabs = child<QTabWidget>(&dialog, "tabWidget");
    tabs->setCurrentWidget(child<QWidget>(&dialog, "listenerTab"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(child<QLabel>(&dialog, "keychainStateLabel")->isVisible());
    QTRY_VERIFY(
        child<QLabel>(&dialog, "previousWebhookSecretStateLabel")->text().startsWith(QLatin1StringView("Not stored")));
    QApplication::processEvents();
    const QString cut =
        cutLabels(&dialog, {"webhookSecretStateLabel", "previousWebhookSecretStateLabel", "keychainStateLabel"});
    QVERIFY2(cut.isEmpty(), qPrintable(cut));
}

// A team desktop neither sends nor receives: Settings opened on the Ripio API tab under a red
// banner about the client and webhook secrets, which are its servers' business.
void TestSettingsDialog::teamDesktopOpensOnItsDatabase()
{
    m_keychain->setAvailable(false);
    EngineConfig team;
    team.dbPath = QStringLiteral("postgresql://alice@db.example:5432/tickets");
    SettingsDialog dialog(team, ListenerState(), *m_secrets);
    dialog.show();
    QCOMPARE(child<QTabWidget>(&dialog, "tabWidget")->currentWidget()->objectName(), QStringLiteral("databaseTab"));
    auto *keychain = child<QLabel>(&dialog, "keychainStateLabel");
    QTRY_VERIFY(keychain->isVisible());
    QVERIFY2(keychain->text().contains(QLatin1StringView("TICKETDESK_DATABASE_PASSWORD")),
             qPrintable(keychain->text()));
    for (const char *other : {"TICKETDESK_CLIENT_SECRET", "TICKETDESK_WEBHOOK_SECRET"})
        QVERIFY2(!keychain->text().contains(QLatin1StringView(other)), qPrintable(keychain->text()));

    // On a file of its own it sends and may receive: every secret, and the first tab.
    SettingsDialog solo(EngineConfig(), ListenerState(), *m_secrets);
    solo.show();
    QCOMPARE(child<QTabWidget>(&solo, "tabWidget")->currentIndex(), 0);
    QTRY_VERIFY(
        child<QLabel>(&solo, "keychainStateLabel")->text().contains(QLatin1StringView("TICKETDESK_CLIENT_SECRET")));
}

// A secret's placeholder ("stored — type to replace") says what typing does: it is never cut,
// in a language whose words are half as long again as English.
void TestSettingsDialog::secretPlaceholdersShowWhole()
{
    bool written = false;
    m_secrets->write(SecretStore::Secret::ClientSecret, QStringLiteral("client-s3cr3t"),
                     [&written](const SecretStore::Result &) { written = true; });
    QTRY_VERIFY(written);
    Test::MarkingTranslator longer("TicketDesk::SettingsDialog", 50);
    QCoreApplication::installTranslator(&longer);
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *client = child<QLineEdit>(&dialog, "clientSecretLineEdit");
    QTRY_VERIFY(client->placeholderText().contains(QStringLiteral("type to replace")));
    for (const char *name : {"clientSecretLineEdit", "webhookSecretLineEdit", "previousWebhookSecretLineEdit",
                             "databasePasswordLineEdit"}) {
        auto *edit = child<QLineEdit>(&dialog, name);
        // Its text area: the edit less its frame and its 2 px margins a side.
        const int room = edit->width() - 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) - 4;
        const int text = edit->fontMetrics().horizontalAdvance(client->placeholderText());
        QVERIFY2(room >= text,
                 qPrintable(QStringLiteral("%1: %2 px for %3").arg(QLatin1StringView(name)).arg(room).arg(text)));
    }
}

void TestSettingsDialog::invalidInputBlocksOk_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty port") << QStringLiteral("listenPortSpinBox") << QString() << QStringLiteral("port");
    QTest::newRow("path without slash") << QStringLiteral("webhookPathLineEdit") << QStringLiteral("webhooks")
                                        << QStringLiteral("path");
    QTest::newRow("path with space") << QStringLiteral("webhookPathLineEdit") << QStringLiteral("/web hooks")
                                     << QStringLiteral("path");
    QTest::newRow("bad address") << QStringLiteral("listenAddressLineEdit") << QStringLiteral("localhost:80")
                                 << QStringLiteral("address");
    QTest::newRow("cert without key") << QStringLiteral("tlsCertLineEdit") << QStringLiteral("/etc/hostname")
                                      << QStringLiteral("both");
    QTest::newRow("custom url ftp") << QStringLiteral("baseUrlLineEdit") << QStringLiteral("ftp://example.com")
                                    << QStringLiteral("URL");
    QTest::newRow("custom url garbage") << QStringLiteral("baseUrlLineEdit") << QStringLiteral("not a url")
                                        << QStringLiteral("URL");
}

void TestSettingsDialog::invalidInputBlocksOk()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, message);
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    dialog.show();
    QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
    if (widget == QLatin1StringView("baseUrlLineEdit")) {
        auto *env = child<QComboBox>(&dialog, "environmentComboBox");
        env->setCurrentIndex(env->findData(QStringLiteral("custom")));
        QVERIFY(!child<QLineEdit>(&dialog, "baseUrlLineEdit")->isReadOnly());
    }
    if (auto *spin = qobject_cast<QSpinBox *>(dialog.findChild<QWidget *>(widget))) {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClick(spin, Qt::Key_Backspace);
        if (!text.isEmpty())
            QTest::keyClicks(spin, text);
    } else {
        replaceText(child<QLineEdit>(&dialog, qPrintable(widget)), text);
    }
    clickOk(&dialog);

    QCOMPARE(changed.count(), 0);
    QVERIFY(dialog.isVisible());
    auto *label = child<QLabel>(&dialog, "validationErrorLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(message, Qt::CaseInsensitive), qPrintable(label->text()));
    QVERIFY(!dialog.validationErrors().isEmpty());
    QVERIFY(!QSettings().contains(QStringLiteral("listener/port")));
}

void TestSettingsDialog::customEnvironmentPersists()
{
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    dialog.show();
    QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
    auto *env = child<QComboBox>(&dialog, "environmentComboBox");
    env->setFocus();
    env->setCurrentIndex(env->findData(QStringLiteral("custom")));
    // Editable now, and it looks so.
    QCOMPARE(child<QLineEdit>(&dialog, "baseUrlLineEdit")->palette().color(QPalette::Base),
             dialog.palette().color(QPalette::Base));
    QVERIFY(child<QLineEdit>(&dialog, "baseUrlLineEdit")->toolTip().isEmpty());
    replaceText(child<QLineEdit>(&dialog, "baseUrlLineEdit"), QStringLiteral("http://127.0.0.1:9000"));
    QVERIFY(dialog.apply());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<EngineConfig>().client.baseUrl,
             QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("api/environment")).toString(), QStringLiteral("custom"));
    QCOMPARE(EngineConfig::fromSettings(settings).client.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));

    env->setCurrentIndex(env->findData(QStringLiteral("production")));
    QVERIFY(dialog.apply());
    QCOMPARE(changed.last().first().value<EngineConfig>().client.baseUrl,
             QUrl(QStringLiteral("https://skala.ripio.com")));
}

// "Built-in demo sandbox" is offered in the demo only, and names the demo's sandbox whenever it is
// chosen. Offered on a real desk, or chosen again after a custom URL was saved, it set no URL at
// all: tickets stayed queued with "Ripio's answer could not be read (network error 301)".
void TestSettingsDialog::demoSandboxOnlyInTheDemo()
{
    {
        SettingsDialog desk(EngineConfig(), ListenerState(), *m_secrets);
        QCOMPARE(child<QComboBox>(&desk, "environmentComboBox")->findData(QStringLiteral("demo")), -1);
    }
    const QUrl sandbox(QStringLiteral("http://127.0.0.1:41234"));
    EngineConfig custom;
    custom.client.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    {
        QSettings settings;
        settings.setValue(QStringLiteral("api/environment"), QStringLiteral("custom"));
        settings.setValue(QStringLiteral("api/baseUrl"), custom.client.baseUrl.toString());
    }
    SettingsDialog demo(custom, ListenerState(), *m_secrets, sandbox);
    demo.show();
    QSignalSpy changed(&demo, &SettingsDialog::configChanged);
    auto *env = child<QComboBox>(&demo, "environmentComboBox");
    QCOMPARE(env->currentData().toString(), QStringLiteral("custom"));
    QVERIFY(env->findData(QStringLiteral("demo")) >= 0);
    env->setCurrentIndex(env->findData(QStringLiteral("demo")));
    QCOMPARE(child<QLineEdit>(&demo, "baseUrlLineEdit")->text(), sandbox.toString()); // where it is
    QVERIFY(demo.apply());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<EngineConfig>().client.baseUrl, sandbox);
}

void TestSettingsDialog::sendTestEvent_data()
{
    QTest::addColumn<QByteArray>("listenerSecret");
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("lastLine");
    QTest::newRow("same secret") << QByteArray("shared-secret-1") << true << QStringLiteral("Stored: OK (200)");
    QTest::newRow("different secret") << QByteArray("another-secret") << false
                                      << QStringLiteral("Signature: refused (401)");
}

void TestSettingsDialog::sendTestEvent()
{
    QFETCH(QByteArray, listenerSecret);
    QFETCH(bool, delivered);
    QFETCH(QString, lastLine);

    SystemClock clock;
    HttpServer server(clock);
    server.setRoutes({HttpRoute{QByteArrayLiteral("/webhooks/ripio"), {QByteArrayLiteral("POST")}}});
    QByteArray receivedType;
    QByteArray receivedEvent;
    connect(&server, &HttpServer::requestReceived, this, [&](const HttpRequest &request, HttpResponder responder) {
        receivedType = request.header("content-type");
        const auto verdict = verifySignature(request.header("x-wh-signature-256"), request.body, listenerSecret);
        if (!isValid(verdict)) {
            responder.respond(HttpResponse::error(401));
            return;
        }
        receivedEvent =
            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("eventType")).toString().toUtf8();
        responder.respond(HttpResponse(200, QByteArrayLiteral("{\"verdict\":\"accepted\"}")));
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString url = QStringLiteral("http://127.0.0.1:%1/webhooks/ripio").arg(server.serverPort());

    EngineConfig config;
    config.webhookSecret = "shared-secret-1";
    SettingsDialog dialog(config, listening(url), *m_secrets);
    dialog.show();
    QSignalSpy finished(&dialog, &SettingsDialog::testEventFinished);
    auto *button = child<QPushButton>(&dialog, "sendTestEventButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), delivered);
    QVERIFY(button->isEnabled());

    const QStringList log = child<QPlainTextEdit>(&dialog, "testEventLog")->toPlainText().split(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("Connect: OK.")), qPrintable(log.join(QLatin1Char('|'))));
    QVERIFY2(log.last().startsWith(lastLine), qPrintable(log.join(QLatin1Char('|'))));
    QCOMPARE(receivedType, QByteArrayLiteral("application/json"));
    if (delivered) {
        QVERIFY(log.contains(QStringLiteral("Signature: OK.")));
        QVERIFY(log.last().contains(QLatin1StringView("accepted")));
        QCOMPARE(receivedEvent, QByteArrayLiteral("TICKETDESK.TEST")); // no ticket is made of it
    }
    const QString all = log.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QLatin1StringView("shared-secret-1")));

    // A new secret typed but not applied: the listener checks the old one, so nothing is sent
    // (it was refused, and recorded as a bad signature).
    receivedType.clear();
    finished.clear();
    QTest::keyClicks(child<QLineEdit>(&dialog, "webhookSecretLineEdit"), QStringLiteral("typed-not-applied"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    const QString typed = child<QPlainTextEdit>(&dialog, "testEventLog")->toPlainText();
    QVERIFY2(typed.startsWith(QStringLiteral("Not sent: the webhook secret typed above is not applied yet")),
             qPrintable(typed));
    QTest::qWait(200);
    QVERIFY(receivedType.isEmpty());
    QVERIFY(button->isEnabled());
}

void TestSettingsDialog::sendTestEventWithoutListener()
{
    const quint16 port = unusedLoopbackPort();
    EngineConfig config;
    config.webhookSecret = "s";
    SettingsDialog dialog(config, listening(QStringLiteral("http://127.0.0.1:%1/webhooks/ripio").arg(port)),
                          *m_secrets);
    QSignalSpy finished(&dialog, &SettingsDialog::testEventFinished);
    dialog.sendTestEvent();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(
        child<QPlainTextEdit>(&dialog, "testEventLog")->toPlainText().contains(QLatin1StringView("Connect: failed")));

    SettingsDialog idle(config, ListenerState(), *m_secrets);
    QSignalSpy idleFinished(&idle, &SettingsDialog::testEventFinished);
    idle.sendTestEvent();
    QCOMPARE(idleFinished.count(), 1);
    QVERIFY(child<QPlainTextEdit>(&idle, "testEventLog")->toPlainText().contains(QLatin1StringView("not running")));
}

void TestSettingsDialog::teamDatabaseChosen()
{
    EngineConfig current;
    current.dbPath = QStringLiteral("/tmp/in-use.sqlite");
    SettingsDialog dialog(current, ListenerState(), *m_secrets);
    dialog.show();
    auto *team = child<QRadioButton>(&dialog, "teamDatabaseRadio");
    auto *url = child<QLineEdit>(&dialog, "databaseUrlLineEdit");
    auto *password = child<QLineEdit>(&dialog, "databasePasswordLineEdit");
    QVERIFY(!url->isEnabled() && !password->isEnabled());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(child<QLabel>(&dialog, "databaseNoteLabel")->text().contains(QStringLiteral("/tmp/in-use.sqlite")));

    // Keyboard only: the tab's mnemonic, then the radio's, then the fields.
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QCOMPARE(child<QTabWidget>(&dialog, "tabWidget")->currentWidget()->objectName(), QStringLiteral("databaseTab"));
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(team->isChecked()); // a button's mnemonic clicks it after a short animation
    QVERIFY(url->isEnabled() && password->isEnabled());
    QTest::keyClicks(url, QStringLiteral("postgresql://alice@db.example.com:5433/support?sslmode=require"));
    const QString secret = QStringLiteral("pg-pa55-word-9f3e");
    QTest::keyClicks(password, secret);
    QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
    QVERIFY(dialog.apply());
    QCOMPARE(changed.count(), 1);
    // The engine keeps the database it runs on: the choice is for the next start.
    const auto config = changed.first().first().value<EngineConfig>();
    QCOMPARE(config.dbPath, current.dbPath);
    QVERIFY(config.dbPassword.isEmpty());

    QTRY_COMPARE(m_keychain->values().value(QStringLiteral("database-password")), secret);
    QVERIFY(password->text().isEmpty());
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("database/location")).toString(),
             QStringLiteral("postgresql://alice@db.example.com:5433/support?sslmode=require"));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));

    // Opened again: the team database is chosen, its password stored but not shown.
    SettingsDialog again(current, ListenerState(), *m_secrets);
    QVERIFY(child<QRadioButton>(&again, "teamDatabaseRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(&again, "databaseUrlLineEdit")->text(), settings.value("database/location").toString());
    auto *againPassword = child<QLineEdit>(&again, "databasePasswordLineEdit");
    QVERIFY(againPassword->text().isEmpty());
    QTRY_COMPARE(child<QLabel>(&again, "databasePasswordStateLabel")->text(),
                 QStringLiteral("Stored in the system keychain."));
}

void TestSettingsDialog::databasePasswordInUrlGoesToKeychain()
{
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    dialog.show();
    child<QRadioButton>(&dialog, "teamDatabaseRadio")->setChecked(true);
    auto *url = child<QLineEdit>(&dialog, "databaseUrlLineEdit");
    const QString secret = QStringLiteral("in-url-s3cret");
    QTest::keyClicks(url, QStringLiteral("postgresql://bob:%1@10.0.0.7/ticketdesk").arg(secret));
    QVERIFY(dialog.apply());
    QCOMPARE(url->text(), QStringLiteral("postgresql://bob@10.0.0.7/ticketdesk"));
    QCOMPARE(dialog.chosenDatabase(), url->text());
    QTRY_COMPARE(m_keychain->values().value(QStringLiteral("database-password")), secret);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("bob@10.0.0.7"));
    QVERIFY(!bytes.contains(secret.toUtf8()));
}

void TestSettingsDialog::databaseChoiceValidated_data()
{
    QTest::addColumn<bool>("team");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("team, empty") << true << QString() << QStringLiteral("Type the team database's URL");
    QTest::newRow("team, a file") << true << QStringLiteral("/var/lib/t.sqlite")
                                  << QStringLiteral("A team database is a PostgreSQL server");
    QTest::newRow("team, bad URL") << true << QStringLiteral("postgresql://h/db?nosuchkeyword=1")
                                   << QStringLiteral("The team database URL is not valid");
    QTest::newRow("file, empty") << false << QString() << QStringLiteral("Choose the database file");
    QTest::newRow("file, a URL") << false << QStringLiteral("postgresql://h/db")
                                 << QStringLiteral("choose “Team database” for it");
}

void TestSettingsDialog::databaseChoiceValidated()
{
    QFETCH(bool, team);
    QFETCH(QString, text);
    QFETCH(QString, message);
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    dialog.show();
    child<QRadioButton>(&dialog, team ? "teamDatabaseRadio" : "localDatabaseRadio")->setChecked(true);
    QLineEdit *edit = child<QLineEdit>(&dialog, team ? "databaseUrlLineEdit" : "databaseFileLineEdit");
    edit->setText(text);
    QSignalSpy changed(&dialog, &SettingsDialog::configChanged);
    QVERIFY(!dialog.apply());
    QCOMPARE(changed.count(), 0);
    const QStringList errors = dialog.validationErrors();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(message), qPrintable(errors.first()));
    // The tab with the problem is shown, its field focused.
    QCOMPARE(child<QTabWidget>(&dialog, "tabWidget")->currentWidget()->objectName(), QStringLiteral("databaseTab"));
    QTRY_VERIFY(edit->hasFocus());
    QVERIFY(!QSettings().contains(QStringLiteral("database/location")));
}

void TestSettingsDialog::localDatabaseIsTheDefault()
{
    SettingsDialog dialog(EngineConfig(), ListenerState(), *m_secrets);
    QVERIFY(child<QRadioButton>(&dialog, "localDatabaseRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "databaseFileLineEdit")->text(), EngineConfig::defaultDatabasePath());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
    child<QLineEdit>(&dialog, "databaseFileLineEdit")->setText(file);
    QVERIFY(dialog.apply());
    QCOMPARE(QSettings().value(QStringLiteral("database/location")).toString(), file);
    SettingsDialog again(EngineConfig(), ListenerState(), *m_secrets);
    QCOMPARE(child<QLineEdit>(&again, "databaseFileLineEdit")->text(), file);
    QVERIFY(!child<QLineEdit>(&again, "databaseUrlLineEdit")->isEnabled());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
