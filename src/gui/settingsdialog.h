// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/engineconfig.h"
#include "service/secretstore.h"
#include "service/servicestate.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <array>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class SettingsDialog;
}

namespace TicketDesk {

class SelfTest;

// The settings form: Ripio environment and credentials, the webhook listener,
// the create-form limits and the database to open at start (this computer's
// file, or a team database's URL with its password in the keychain). Apply/OK validate, write the plain settings to the
// default QSettings, the secrets to the system keychain (SecretStore), and emit
// configChanged() with the whole config, secrets included in memory, so the
// engine applies it without a restart. Secret fields never show a stored value:
// empty means "unchanged", "Forget" removes the stored one on the next Apply.
// Feed later listener changes (a failed rebind) to setListenerState(). "Send
// test event" runs a SelfTest against the listener's own URL and logs its steps.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `demoSandbox`: the built-in sandbox's URL in a demo, offered as the "Built-in demo sandbox"
    // environment; empty elsewhere, where that choice is not offered (it named no URL).
    SettingsDialog(const EngineConfig &current, const ListenerState &listener, SecretStore &secrets,
                   const QUrl &demoSandbox = QUrl(), QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the form describes now: typed secrets replace the current ones, forgotten ones are empty.
    EngineConfig config() const;
    // The environment chosen: "sandbox", "production", "custom" or "demo".
    QString environment() const;
    // The database chosen for the next start, as saved (never with a password).
    QString chosenDatabase() const;
    // Why the form cannot be saved as it stands; empty when it can.
    QStringList validationErrors() const;
    // Whether a field differs from what was loaded or last applied (Cancel asks about it then).
    bool hasUnappliedChanges() const;

public Q_SLOTS:
    void setListenerState(const TicketDesk::ListenerState &state);
    // Whether this process prunes the delivery log, shown on the Limits tab.
    void setRetentionState(const TicketDesk::RetentionState &state);
    // Validates, saves and emits configChanged(); false (with a message shown) when blocked.
    bool apply();
    void sendTestEvent();
    // Asks first when the form holds changes not applied.
    void reject() override;

Q_SIGNALS:
    void configChanged(const TicketDesk::EngineConfig &config);
    // The test event's outcome, once its log is complete.
    void testEventFinished(bool delivered);

private:
    struct SecretRow
    {
        SecretStore::Secret secret = SecretStore::Secret::ClientSecret;
        QLineEdit *edit = nullptr;
        QLabel *state = nullptr;
        QPushButton *forget = nullptr;
        SecretStore::Source source = SecretStore::Source::None;
        bool known = false; // the first read has answered
        bool forgetPending = false;
        bool removalSent = false; // the pending Forget was applied: the keychain is asked to remove it
        // The environment holds this secret, but the engine uses another, typed in this session.
        bool typedOverEnvironment = false;
        QString note{}; // the last write's outcome, shown instead of the plain state
    };

    void loadValues();
    void showDaysSuffix();
    // Every field's value, to tell whether the form changed since it was loaded or applied.
    QStringList formState() const;
    void readSecrets();
    void showSecretState(SecretRow &row);
    static QString storedText();
    static QString notStoredText();
    static QString environmentText();
    // The secret the engine uses now, as the dialog was given it (empty: none, or not known).
    QString valueInUse(SecretStore::Secret secret) const;
    static void fitPlaceholders(QLineEdit *edit, const QStringList &placeholders);
    void showKeychainState();
    void environmentChanged();
    void loadDatabase();
    void databaseChoiceChanged();
    void chooseDatabaseFile();
    void okClicked();
    void secretSaved(SecretRow &row, const SecretStore::Result &result);
    void finishSaving();
    // Taller, up to the screen, when the notes and messages shown need more room than the
    // dialog has: a wrapped note must not be cut to its first line, nor squash the fields.
    void growToFitContents();
    QList<QPair<QWidget *, QString>> problems() const;
    void logStep(const QString &line);
    void chooseFile(QLineEdit *edit, const QString &title);
    // Who applies the retention limits: from m_retention and m_listener.
    void showRetentionState();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    EngineConfig m_current;
    ListenerState m_listener;
    RetentionState m_retention;
    SecretStore &m_secrets;
    std::array<SecretRow, 4> m_rows;
    bool m_keychainAvailable = true;
    QString m_keychainError; // why it is not usable, operator-facing
    QString m_initialEnvironment;
    QUrl m_demoSandbox;
    QString m_customUrl; // kept while another environment is selected
    int m_pendingWrites = 0;
    bool m_writeFailed = false;
    bool m_closeWhenSaved = false;
    QStringList m_appliedForm; // formState() as loaded or last applied
    SelfTest *m_selfTest = nullptr;
};

} // namespace TicketDesk
