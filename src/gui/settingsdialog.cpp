// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settingsdialog.h"

#include "core/settings.h"
#include "gui/discardprompt.h"
#include "gui/problemcolour.h"
#include "service/selftest.h"
#include "store/databaselocation.h"
#include "ui_settingsdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>
#include <limits>

namespace TicketDesk {

namespace {

constexpr qint64 MiB = 1024 * 1024;

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void setProblemColour(QLabel *label, bool problem)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? problemColour(palette, Problem::Error) : QPalette().color(QPalette::WindowText));
    label->setPalette(palette);
}

bool environmentVariableSet(SecretStore::Secret secret)
{
    return !SecretStore::fromEnvironment(secret).value.isEmpty(); // blanks only are no secret
}

} // namespace

SettingsDialog::SettingsDialog(const EngineConfig &current, const ListenerState &listener, SecretStore &secrets,
                               const QUrl &demoSandbox, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_current(current)
    , m_secrets(secrets)
    , m_demoSandbox(demoSandbox)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Settings"));
    setMessage(m_ui->validationErrorLabel, QString());
    setProblemColour(m_ui->validationErrorLabel, true);
    setMessage(m_ui->keychainStateLabel, QString());
    setProblemColour(m_ui->keychainStateLabel, true);

    m_rows = {{
        SecretRow{SecretStore::Secret::ClientSecret, m_ui->clientSecretLineEdit, m_ui->clientSecretStateLabel,
                  m_ui->forgetClientSecretButton},
        SecretRow{SecretStore::Secret::WebhookSecret, m_ui->webhookSecretLineEdit, m_ui->webhookSecretStateLabel,
                  m_ui->forgetWebhookSecretButton},
        SecretRow{SecretStore::Secret::PreviousWebhookSecret, m_ui->previousWebhookSecretLineEdit,
                  m_ui->previousWebhookSecretStateLabel, m_ui->forgetPreviousWebhookSecretButton},
        SecretRow{SecretStore::Secret::DatabasePassword, m_ui->databasePasswordLineEdit,
                  m_ui->databasePasswordStateLabel, m_ui->forgetDatabasePasswordButton},
    }};
    for (SecretRow &row : m_rows) {
        row.edit->setEchoMode(QLineEdit::Password);
        row.edit->setPlaceholderText(notStoredText());
        fitPlaceholders(row.edit, {notStoredText(), storedText(), environmentText()});
        row.edit->setAttribute(Qt::WA_InputMethodEnabled, false);
        connect(row.forget, &QPushButton::clicked, this, [this, &row] {
            row.forgetPending = true;
            row.edit->clear();
            row.note.clear();
            showSecretState(row);
        });
        connect(row.edit, &QLineEdit::textEdited, this, [this, &row] {
            if (row.forgetPending) {
                // Typing a new value replaces the stored one: no removal needed.
                row.forgetPending = false;
                showSecretState(row);
            }
        });
    }

    connect(m_ui->retentionDaysSpinBox, &QSpinBox::valueChanged, this, &SettingsDialog::showDaysSuffix);
    m_ui->environmentComboBox->addItem(tr("Ripio sandbox"), QStringLiteral("sandbox"));
    m_ui->environmentComboBox->addItem(tr("Ripio production"), QStringLiteral("production"));
    m_ui->environmentComboBox->addItem(tr("Custom URL"), QStringLiteral("custom"));
    if (m_demoSandbox.isValid())
        m_ui->environmentComboBox->addItem(tr("Built-in demo sandbox"), QStringLiteral("demo"));

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setAccessibleName(tr("OK"));
    QPushButton *applyButton = m_ui->buttonBox->button(QDialogButtonBox::Apply);
    applyButton->setObjectName(QStringLiteral("applyButton"));
    applyButton->setAccessibleName(tr("Apply"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(ok, &QPushButton::clicked, this, &SettingsDialog::okClicked);
    connect(applyButton, &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::environmentChanged);
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (environment() == QLatin1StringView("custom"))
            m_customUrl = text;
    });
    connect(m_ui->sendTestEventButton, &QPushButton::clicked, this, &SettingsDialog::sendTestEvent);
    connect(m_ui->tlsCertBrowseButton, &QPushButton::clicked, this,
            [this] { chooseFile(m_ui->tlsCertLineEdit, tr("TLS certificate (PEM)")); });
    connect(m_ui->tlsKeyBrowseButton, &QPushButton::clicked, this,
            [this] { chooseFile(m_ui->tlsKeyLineEdit, tr("TLS private key (PEM)")); });
    connect(m_ui->localDatabaseRadio, &QRadioButton::toggled, this, &SettingsDialog::databaseChoiceChanged);
    connect(m_ui->databaseFileBrowseButton, &QPushButton::clicked, this, &SettingsDialog::chooseDatabaseFile);

    loadValues();
    setListenerState(listener);
    readSecrets();
    // On a team database the Ripio API and the listener are its servers' business: the desktop's
    // own settings are its database's.
    if (m_current.databaseLocation().isPostgres())
        m_ui->tabWidget->setCurrentWidget(m_ui->databaseTab);
    m_appliedForm = formState();
}

QStringList SettingsDialog::formState() const
{
    // What the operator can change, field by field; labels and notes are not the form.
    QStringList state;
    for (const QLineEdit *edit : m_ui->tabWidget->findChildren<QLineEdit *>()) {
        if (!edit->isReadOnly() && !qobject_cast<const QAbstractSpinBox *>(edit->parentWidget()))
            state << edit->objectName() + QLatin1Char('=') + edit->text();
    }
    // Numbers by value: their text carries a suffix that follows the number ("1 day", "2 days").
    for (const QAbstractSpinBox *box : m_ui->tabWidget->findChildren<QAbstractSpinBox *>()) {
        const auto *spin = qobject_cast<const QSpinBox *>(box);
        state << box->objectName() + QLatin1Char('=') + (spin ? QString::number(spin->value()) : box->text());
    }
    for (const QComboBox *box : m_ui->tabWidget->findChildren<QComboBox *>())
        state << box->objectName() + QLatin1Char('=') + QString::number(box->currentIndex());
    for (const QAbstractButton *button : m_ui->tabWidget->findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            state << button->objectName() + QLatin1Char('=') + QString::number(button->isChecked());
    }
    // By name: showing a tab raises its page, which reorders the children findChildren() lists.
    state.sort();
    return state;
}

void SettingsDialog::showDaysSuffix()
{
    // "1 day", "2 days": the suffix follows the number. Worded whole, with the number (a
    // translator sees the phrase), and what follows the number is the suffix.
    const int days = m_ui->retentionDaysSpinBox->value();
    const QString worded = tr("%n day(s)", "a number of days in a spin box", days);
    const QString number = QString::number(days);
    if (worded.startsWith(number))
        m_ui->retentionDaysSpinBox->setSuffix(worded.mid(number.size()));
}

bool SettingsDialog::hasUnappliedChanges() const
{
    // A "Forget" applied is pending until the keychain answers; one not applied is a change.
    const bool forgetting = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                        [](const SecretRow &row) { return row.forgetPending && !row.removalSent; });
    return forgetting || formState() != m_appliedForm;
}

void SettingsDialog::reject()
{
    // Esc, Cancel and the window's close button: what was typed and not applied is asked about
    // first (a secret typed into its field, a port changed), as in the other dialogs.
    if (!hasUnappliedChanges())
        return QDialog::reject();
    askToDiscard(this,
                 {QStringLiteral("discardSettingsConfirmation"), tr("Discard the changed settings?"),
                  tr("The settings changed here have not been applied. Discard them, or keep editing and press OK "
                     "or Apply."),
                  tr("Confirm discarding the changed settings"), QStringLiteral("settings")},
                 [this] { QDialog::reject(); });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::loadValues()
{
    const QSettings settings;
    m_initialEnvironment = Settings::apiEnvironment.read(settings);
    m_customUrl = Settings::apiBaseUrl.read(settings);
    if (m_initialEnvironment == QLatin1StringView("custom") && m_customUrl.isEmpty())
        m_customUrl = m_current.client.baseUrl.toString();
    int index = m_ui->environmentComboBox->findData(m_initialEnvironment);
    if (index < 0)
        index = 0;
    m_ui->environmentComboBox->setCurrentIndex(index);
    environmentChanged();

    m_ui->clientIdLineEdit->setText(m_current.client.clientId);
    m_ui->reconcileAfterSpinBox->setValue(m_current.reconcileAfterSeconds);
    m_ui->listenAddressLineEdit->setText(m_current.address.toString());
    // 0 is a port the system picks when the listener starts (the demo's): the status bar and
    // the Webhook listener tab say which one it got.
    m_ui->listenPortSpinBox->setSpecialValueText(tr("Any free port"));
    m_ui->listenPortSpinBox->setValue(m_current.port);
    m_ui->webhookPathLineEdit->setText(QString::fromUtf8(m_current.webhookPath));
    m_ui->tlsCertLineEdit->setText(m_current.tlsCertificate);
    m_ui->tlsKeyLineEdit->setText(m_current.tlsKey);
    m_ui->replayWindowSpinBox->setValue(m_current.replayWindowSeconds);
    m_ui->strictReplayCheckBox->setChecked(m_current.strictReplay);
    m_ui->maxSummarySpinBox->setValue(m_current.client.limits.maxSummaryChars);
    m_ui->maxDescriptionSpinBox->setValue(m_current.client.limits.maxDescriptionChars);
    m_ui->maxAttachmentsSpinBox->setValue(m_current.client.limits.maxFiles);
    m_ui->maxAttachmentMiBSpinBox->setValue(int(std::max<qint64>(1, m_current.client.limits.maxFileBytes / MiB)));
    m_ui->retentionDaysSpinBox->setValue(m_current.deliveryRetentionDays);
    showDaysSuffix();
    m_ui->maxDeliveriesSpinBox->setValue(
        int(std::min<qint64>(m_current.maxDeliveries, m_ui->maxDeliveriesSpinBox->maximum())));
    loadDatabase();
}

void SettingsDialog::loadDatabase()
{
    const QSettings settings;
    const QString saved = Settings::databaseLocation.read(settings);
    const DatabaseLocation location = DatabaseLocation::parse(saved);
    const bool team = !saved.isEmpty() && location.isPostgres();
    m_ui->databaseFileLineEdit->setText(team || saved.isEmpty() ? EngineConfig::defaultDatabasePath() : saved);
    m_ui->databaseUrlLineEdit->setText(team ? saved : QString());
    (team ? m_ui->teamDatabaseRadio : m_ui->localDatabaseRadio)->setChecked(true);
    databaseChoiceChanged();
}

void SettingsDialog::databaseChoiceChanged()
{
    const bool team = m_ui->teamDatabaseRadio->isChecked();
    m_ui->databaseFileLineEdit->setEnabled(!team);
    m_ui->databaseFileBrowseButton->setEnabled(!team);
    m_ui->databaseUrlLineEdit->setEnabled(team);
    m_ui->databasePasswordLineEdit->setEnabled(team);
    const QString inUse =
        m_current.dbPath.isEmpty() ? tr("none") : DatabaseLocation::parse(m_current.dbPath).displayName();
    QString note = tr("In use now: %1. TicketDesk opens the database chosen here when it starts without --db; "
                      "a change takes effect at the next start.")
                       .arg(inUse);
    if (team)
        note += QLatin1Char(' ') +
                tr("On a team database this desktop neither listens for webhooks nor sends tickets: the team's "
                   "`ticketdesk serve` processes do.") +
                QLatin1Char(' ') +
                (m_keychainAvailable
                     ? tr("The password is kept in the system keychain, never in the URL or the settings file.")
                     : tr("With no system keychain here, the password comes from TICKETDESK_DATABASE_PASSWORD, "
                          "PGPASSWORD or ~/.pgpass; one typed here is used until TicketDesk quits. It is never "
                          "kept in the URL or the settings file."));
    setMessage(m_ui->databaseNoteLabel, note);
    m_ui->databaseNoteLabel->setAccessibleDescription(note);
}

void SettingsDialog::chooseDatabaseFile()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Ticket database file"), m_ui->databaseFileLineEdit->text(),
        tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_ui->databaseFileLineEdit->setText(file);
}

QString SettingsDialog::chosenDatabase() const
{
    if (!m_ui->teamDatabaseRadio->isChecked())
        return m_ui->databaseFileLineEdit->text().trimmed();
    const DatabaseLocation location = DatabaseLocation::parse(m_ui->databaseUrlLineEdit->text().trimmed());
    return location.isValid() ? location.withoutPassword() : m_ui->databaseUrlLineEdit->text().trimmed();
}

QString SettingsDialog::environment() const
{
    return m_ui->environmentComboBox->currentData().toString();
}

void SettingsDialog::environmentChanged()
{
    const QString env = environment();
    const bool custom = env == QLatin1StringView("custom");
    m_ui->baseUrlLineEdit->setReadOnly(!custom);
    // Read-only looked editable, and what was typed went nowhere: it looks fixed, and says how.
    QPalette palette = this->palette();
    if (!custom)
        palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_ui->baseUrlLineEdit->setPalette(palette);
    m_ui->baseUrlLineEdit->setToolTip(custom ? QString()
                                             : tr("Set by the environment. Choose \"Custom URL\" to type another."));
    if (custom) {
        m_ui->baseUrlLineEdit->setText(m_customUrl);
        m_ui->baseUrlLineEdit->setPlaceholderText(tr("https://…"));
    } else if (env == QLatin1StringView("demo")) {
        m_ui->baseUrlLineEdit->setText(m_demoSandbox.toString());
        m_ui->baseUrlLineEdit->setPlaceholderText(tr("started by TicketDesk on this computer"));
    } else {
        m_ui->baseUrlLineEdit->setText(EngineConfig::baseUrlFor(env).toString());
    }
}

void SettingsDialog::readSecrets()
{
    QPointer<SettingsDialog> self(this);
    for (SecretRow &row : m_rows) {
        row.state->setText(tr("Checking the keychain…"));
        SecretRow *target = &row;
        m_secrets.read(row.secret, [self, target](const SecretStore::Result &result) {
            // The keychain may answer after the dialog is gone.
            if (!self)
                return;
            target->known = true;
            target->source = result.source;
            const QString inUse = self->valueInUse(target->secret);
            target->typedOverEnvironment =
                result.source == SecretStore::Source::Environment && !inUse.isEmpty() && inUse != result.value;
            // Without a session bus QtKeychain reports an unspecific error rather than "no backend":
            // a keychain that cannot be read is as good as none, so say so and point to the environment.
            if (!result.keychainAvailable || !result.error.isEmpty()) {
                self->m_keychainAvailable = false;
                if (self->m_keychainError.isEmpty())
                    self->m_keychainError = result.error;
            }
            // Only whether a value exists is kept; `result.value` is dropped here.
            self->showSecretState(*target);
            self->showKeychainState();
            // The dialog was sized for "Checking the keychain…": longer states and the banner
            // need their lines, or they are cut.
            self->growToFitContents();
        });
    }
}

QString SettingsDialog::storedText()
{
    return tr("stored — type to replace");
}

QString SettingsDialog::notStoredText()
{
    return tr("not stored");
}

QString SettingsDialog::environmentText()
{
    return tr("from the environment — type to replace");
}

QString SettingsDialog::valueInUse(SecretStore::Secret secret) const
{
    switch (secret) {
    case SecretStore::Secret::ClientSecret:
        return m_current.client.clientSecret;
    case SecretStore::Secret::WebhookSecret:
        return QString::fromUtf8(m_current.webhookSecret);
    case SecretStore::Secret::PreviousWebhookSecret:
        return QString::fromUtf8(m_current.previousWebhookSecret);
    case SecretStore::Secret::DatabasePassword:
        break; // for the next start: the database is opened at start only
    }
    return QString();
}

void SettingsDialog::fitPlaceholders(QLineEdit *edit, const QStringList &placeholders)
{
    // Never narrower than the longest placeholder it may show, in any language: a cut
    // "stored — type to re…" leaves the operator guessing what typing does.
    int text = 0;
    for (const QString &placeholder : placeholders)
        text = std::max(text, edit->fontMetrics().horizontalAdvance(placeholder));
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    const QMargins margins = edit->textMargins();
    const int contents = text + 4 + margins.left() + margins.right(); // QLineEdit's own 2 px a side
    edit->setMinimumWidth(
        edit->style()
            ->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(contents, edit->fontMetrics().height()), edit)
            .width());
}

void SettingsDialog::showSecretState(SecretRow &row)
{
    const QString variable = SecretStore::environmentVariable(row.secret);
    const bool stored = row.source != SecretStore::Source::None && !row.forgetPending;
    // Nothing is "stored" when the environment gives the secret.
    row.edit->setPlaceholderText(!stored ? notStoredText()
                                 : row.source == SecretStore::Source::Environment && !row.typedOverEnvironment
                                     ? environmentText()
                                     : storedText());
    const bool held = row.source == SecretStore::Source::Keychain || row.source == SecretStore::Source::Memory;
    row.forget->setEnabled(held && !row.forgetPending);
    QString text;
    if (!row.known)
        text = tr("Checking the keychain…");
    else if (row.forgetPending)
        text = row.source == SecretStore::Source::Memory ? tr("Will be forgotten when you apply.")
                                                         : tr("Will be removed from the keychain when you apply.");
    else if (!row.note.isEmpty())
        text = row.note;
    else if (row.source == SecretStore::Source::Environment && row.typedOverEnvironment)
        text = tr("The value typed here is in use until TicketDesk quits; at the next start the environment "
                  "variable %1 takes precedence again.")
                   .arg(variable);
    else if (row.source == SecretStore::Source::Environment)
        text = tr("Set by the environment variable %1, which takes precedence over the keychain.").arg(variable);
    else if (row.source == SecretStore::Source::Memory)
        text = tr("Held in memory until TicketDesk quits; never written to the keychain or a file.");
    else if (row.source == SecretStore::Source::Keychain)
        text = tr("Stored in the system keychain.");
    else if (!m_keychainAvailable)
        text = tr("Not stored: no system keychain here, and %1 is not set.").arg(variable);
    else
        text = tr("Not stored.");
    row.state->setText(text);
    row.state->setAccessibleDescription(text);
}

void SettingsDialog::showKeychainState()
{
    if (m_keychainAvailable) {
        setMessage(m_ui->keychainStateLabel, QString());
        return;
    }
    // A desktop on a team database neither sends nor receives (its servers do): of the secrets,
    // only the database password is its own.
    const bool team = m_current.databaseLocation().isPostgres();
    QStringList variables;
    for (const SecretRow &row : m_rows) {
        if (team && row.secret != SecretStore::Secret::DatabasePassword)
            continue;
        const QString name = SecretStore::environmentVariable(row.secret);
        variables.append(environmentVariableSet(row.secret) ? tr("%1 (set)").arg(name) : tr("%1 (not set)").arg(name));
    }
    if (team)
        variables.append(tr("PGPASSWORD or ~/.pgpass"));
    // The keychain's own words (a sentence that says much the same, around an often vague
    // cause) stay in the tooltip, for whoever diagnoses the machine.
    setMessage(m_ui->keychainStateLabel,
               tr("No system keychain service is available on this computer, so secrets cannot be stored here. "
                  "TicketDesk reads them from the environment instead: %1. A secret typed here is used "
                  "until TicketDesk quits and is never written to a file.")
                   .arg(variables.join(QStringLiteral(", "))));
    m_ui->keychainStateLabel->setToolTip(m_keychainError);
    for (SecretRow &row : m_rows)
        showSecretState(row);
    databaseChoiceChanged(); // its note says where the password is kept
}

void SettingsDialog::setListenerState(const ListenerState &state)
{
    m_listener = state;
    QString text;
    if (state.listening && !state.error.isEmpty())
        text = tr("Listening on %1, not where you asked: %2").arg(state.url, state.error);
    else if (state.listening)
        text = state.tls ? tr("Listening on %1 (TLS).").arg(state.url) : tr("Listening on %1.").arg(state.url);
    else if (!state.error.isEmpty())
        text = tr("Not listening: %1").arg(state.error);
    else
        text = tr("Not listening.");
    m_ui->listenerStateLabel->setText(text);
    m_ui->listenerStateLabel->setAccessibleDescription(text);
    setProblemColour(m_ui->listenerStateLabel, !state.listening || !state.error.isEmpty());
    showRetentionState();
}

void SettingsDialog::setRetentionState(const RetentionState &state)
{
    m_retention = state;
    showRetentionState();
}

// Who applies the two retention limits, so that a change here is not expected
// to do what only another process can.
void SettingsDialog::showRetentionState()
{
    const RetentionState &state = m_retention;
    QString pruning;
    if (state.prunes && state.lastPruneAt.isValid())
        pruning = tr("This TicketDesk deletes older deliveries in the background. Last round: %1, %n deleted.", nullptr,
                     int(std::min<qint64>(state.lastPruned, std::numeric_limits<int>::max())))
                      .arg(QLocale().toString(state.lastPruneAt.toLocalTime(), QLocale::ShortFormat));
    else if (state.prunes)
        pruning = tr("This TicketDesk deletes older deliveries in the background; its first round runs shortly "
                     "after it starts.");
    else if (!m_listener.heldBy.isEmpty())
        pruning = tr("%1 receives the webhooks for this database and deletes older deliveries with its own limits; "
                     "these apply when this desktop receives them itself.")
                      .arg(m_listener.heldBy);
    else if (m_current.databaseLocation().isPostgres())
        pruning = tr("On a team database, older deliveries are deleted by its servers (ticketdesk serve) with the "
                     "limits in their settings, not these.");
    m_ui->retentionStateLabel->setText(pruning);
    m_ui->retentionStateLabel->setAccessibleDescription(pruning);
    m_ui->retentionStateLabel->setVisible(!pruning.isEmpty());
}

EngineConfig SettingsDialog::config() const
{
    EngineConfig c = m_current;
    const QString env = environment();
    if (env == QLatin1StringView("custom"))
        c.client.baseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed());
    else if (env == QLatin1StringView("demo"))
        c.client.baseUrl = m_demoSandbox; // only whoever started it knows its URL
    else
        c.client.baseUrl = EngineConfig::baseUrlFor(env);
    c.client.clientId = m_ui->clientIdLineEdit->text().trimmed();
    c.reconcileAfterSeconds = m_ui->reconcileAfterSpinBox->value();
    c.address = QHostAddress(m_ui->listenAddressLineEdit->text().trimmed());
    c.port = quint16(m_ui->listenPortSpinBox->value());
    c.webhookPath = m_ui->webhookPathLineEdit->text().trimmed().toUtf8();
    c.tlsCertificate = m_ui->tlsCertLineEdit->text().trimmed();
    c.tlsKey = m_ui->tlsKeyLineEdit->text().trimmed();
    c.replayWindowSeconds = m_ui->replayWindowSpinBox->value();
    c.strictReplay = m_ui->strictReplayCheckBox->isChecked();
    c.client.limits.maxSummaryChars = m_ui->maxSummarySpinBox->value();
    c.client.limits.maxDescriptionChars = m_ui->maxDescriptionSpinBox->value();
    c.client.limits.maxFiles = m_ui->maxAttachmentsSpinBox->value();
    c.client.limits.maxFileBytes = qint64(m_ui->maxAttachmentMiBSpinBox->value()) * MiB;
    c.deliveryRetentionDays = m_ui->retentionDaysSpinBox->value();
    c.maxDeliveries = m_ui->maxDeliveriesSpinBox->value();
    // One file may never be allowed to exceed the total on its own.
    c.client.limits.maxTotalBytes = std::max(c.client.limits.maxTotalBytes, c.client.limits.maxFileBytes);

    for (const SecretRow &row : m_rows) {
        // The database is opened at start only: its password is for the next start.
        if (row.secret == SecretStore::Secret::DatabasePassword)
            continue;
        QString value;
        switch (row.secret) {
        case SecretStore::Secret::ClientSecret:
            value = c.client.clientSecret;
            break;
        case SecretStore::Secret::WebhookSecret:
            value = QString::fromUtf8(c.webhookSecret);
            break;
        case SecretStore::Secret::PreviousWebhookSecret:
            value = QString::fromUtf8(c.previousWebhookSecret);
            break;
        case SecretStore::Secret::DatabasePassword:
            break;
        }
        if (row.forgetPending)
            value.clear();
        else if (!row.edit->text().isEmpty())
            value = row.edit->text();
        switch (row.secret) {
        case SecretStore::Secret::ClientSecret:
            c.client.clientSecret = value;
            break;
        case SecretStore::Secret::WebhookSecret:
            c.webhookSecret = value.toUtf8();
            break;
        case SecretStore::Secret::PreviousWebhookSecret:
            c.previousWebhookSecret = value.toUtf8();
            break;
        case SecretStore::Secret::DatabasePassword:
            break;
        }
    }
    return c;
}

QList<QPair<QWidget *, QString>> SettingsDialog::problems() const
{
    QList<QPair<QWidget *, QString>> found;
    const auto add = [&found](QWidget *w, const QString &message) { found.append({w, message}); };

    if (environment() == QLatin1StringView("custom")) {
        const QUrl url(m_ui->baseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")))
            add(m_ui->baseUrlLineEdit, tr("The custom base URL must be a valid http:// or https:// URL."));
    }
    if (QHostAddress(m_ui->listenAddressLineEdit->text().trimmed()).isNull())
        add(m_ui->listenAddressLineEdit, tr("The listen address must be an IP address such as 127.0.0.1 or ::1."));
    if (!m_ui->listenPortSpinBox->hasAcceptableInput())
        add(m_ui->listenPortSpinBox, tr("The port must be a number from 0 to 65535."));
    const QString path = m_ui->webhookPathLineEdit->text().trimmed();
    const bool pathCharsOk = std::none_of(path.cbegin(), path.cend(), [](QChar ch) {
        return ch.isSpace() || ch == QLatin1Char('?') || ch == QLatin1Char('#');
    });
    if (!path.startsWith(QLatin1Char('/')) || !pathCharsOk)
        add(m_ui->webhookPathLineEdit, tr("The webhook path must start with “/” and contain no spaces, “?” or “#”."));
    if (!m_ui->replayWindowSpinBox->hasAcceptableInput())
        add(m_ui->replayWindowSpinBox, tr("The replay window must be 0 seconds or more."));

    const QString cert = m_ui->tlsCertLineEdit->text().trimmed();
    const QString key = m_ui->tlsKeyLineEdit->text().trimmed();
    if (cert.isEmpty() != key.isEmpty()) {
        add(cert.isEmpty() ? m_ui->tlsCertLineEdit : m_ui->tlsKeyLineEdit,
            tr("TLS needs both a certificate and a key (or neither, for plain HTTP)."));
    } else if (!cert.isEmpty()) {
        for (QLineEdit *edit : {m_ui->tlsCertLineEdit, m_ui->tlsKeyLineEdit}) {
            const QFileInfo info(edit->text().trimmed());
            if (!info.isFile() || !info.isReadable())
                add(edit, tr("The file %1 does not exist or cannot be read.").arg(edit->text().trimmed()));
        }
    }
    if (m_ui->teamDatabaseRadio->isChecked()) {
        const QString text = m_ui->databaseUrlLineEdit->text().trimmed();
        const DatabaseLocation location = DatabaseLocation::parse(text);
        if (text.isEmpty())
            add(m_ui->databaseUrlLineEdit, tr("Type the team database's URL, for example "
                                              "postgresql://alice@db.example.com/ticketdesk."));
        else if (!location.isValid())
            add(m_ui->databaseUrlLineEdit, tr("The team database URL is not valid: %1").arg(location.errorMessage()));
        else if (!location.isPostgres())
            add(m_ui->databaseUrlLineEdit, tr("A team database is a PostgreSQL server: its URL starts with "
                                              "postgresql://."));
    } else {
        const QString file = m_ui->databaseFileLineEdit->text().trimmed();
        if (file.isEmpty())
            add(m_ui->databaseFileLineEdit, tr("Choose the database file on this computer."));
        else if (DatabaseLocation::parse(file).isPostgres())
            add(m_ui->databaseFileLineEdit, tr("That is a PostgreSQL address: choose “Team database” for it."));
    }
    for (QSpinBox *box : {m_ui->reconcileAfterSpinBox, m_ui->maxSummarySpinBox, m_ui->maxDescriptionSpinBox,
                          m_ui->maxAttachmentsSpinBox, m_ui->maxAttachmentMiBSpinBox, m_ui->retentionDaysSpinBox,
                          m_ui->maxDeliveriesSpinBox}) {
        if (!box->hasAcceptableInput())
            add(box, tr("“%1” must be a number from %2 to %3.")
                         .arg(box->accessibleName())
                         .arg(box->minimum())
                         .arg(box->maximum()));
    }
    return found;
}

QStringList SettingsDialog::validationErrors() const
{
    QStringList messages;
    const auto found = problems();
    for (const auto &p : found)
        messages.append(p.second);
    return messages;
}

bool SettingsDialog::apply()
{
    if (m_pendingWrites > 0)
        return false;
    const auto found = problems();
    if (!found.isEmpty()) {
        QStringList messages;
        for (const auto &p : found)
            messages.append(p.second);
        setMessage(m_ui->validationErrorLabel, messages.join(QLatin1Char('\n')));
        growToFitContents();
        // Show the first offending field, on whichever tab it lives.
        QWidget *first = found.first().first;
        for (int i = 0; i < m_ui->tabWidget->count(); ++i) {
            if (m_ui->tabWidget->widget(i)->isAncestorOf(first))
                m_ui->tabWidget->setCurrentIndex(i);
        }
        first->setFocus();
        return false;
    }
    setMessage(m_ui->validationErrorLabel, QString());

    // A password typed into the URL goes to the keychain like one typed in its own field.
    if (m_ui->teamDatabaseRadio->isChecked()) {
        const DatabaseLocation location = DatabaseLocation::parse(m_ui->databaseUrlLineEdit->text().trimmed());
        if (location.isValid() && location.hasPassword()) {
            if (m_ui->databasePasswordLineEdit->text().isEmpty())
                m_ui->databasePasswordLineEdit->setText(location.parameter(QStringLiteral("password")));
            m_ui->databaseUrlLineEdit->setText(location.withoutPassword());
            for (SecretRow &row : m_rows) {
                if (row.secret == SecretStore::Secret::DatabasePassword)
                    row.forgetPending = false;
            }
        }
    }
    const EngineConfig c = config();
    {
        QSettings settings;
        c.toSettings(settings);
        Settings::databaseLocation.write(settings, chosenDatabase());
        Settings::apiEnvironment.write(settings, environment());
        if (environment() == QLatin1StringView("custom"))
            Settings::apiBaseUrl.write(settings, c.client.baseUrl.toString());
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            setMessage(m_ui->validationErrorLabel,
                       tr("The settings could not be saved to %1.").arg(settings.fileName()));
            return false;
        }
    }

    m_writeFailed = false;
    QPointer<SettingsDialog> self(this);
    for (SecretRow &row : m_rows) {
        SecretRow *target = &row;
        const auto done = [self, target](const SecretStore::Result &result) {
            if (self)
                self->secretSaved(*target, result);
        };
        if (row.forgetPending) {
            ++m_pendingWrites;
            row.removalSent = true;
            m_secrets.remove(row.secret, done);
        } else if (!row.edit->text().isEmpty()) {
            ++m_pendingWrites;
            const QString value = row.edit->text();
            // The field is not a place to keep a secret once it is handed on.
            row.edit->clear();
            m_secrets.write(row.secret, value, done);
        }
    }
    m_current = c;
    m_initialEnvironment = environment();
    m_appliedForm = formState();
    Q_EMIT configChanged(c);
    return true;
}

void SettingsDialog::secretSaved(SecretRow &row, const SecretStore::Result &result)
{
    --m_pendingWrites;
    const QString variable = SecretStore::environmentVariable(row.secret);
    if (row.forgetPending) {
        row.forgetPending = false;
        row.removalSent = false;
        if (result.error.isEmpty()) {
            row.source =
                environmentVariableSet(row.secret) ? SecretStore::Source::Environment : SecretStore::Source::None;
            row.note.clear();
        } else {
            m_writeFailed = true;
            row.note = tr("Not removed: %1").arg(result.error);
        }
    } else if (!result.keychainAvailable) {
        m_keychainAvailable = false;
        m_writeFailed = true;
        row.note = tr("Not saved: no system keychain here. The new value is used until TicketDesk quits; set %1 "
                      "in the environment to keep it.")
                       .arg(variable);
    } else if (!result.error.isEmpty()) {
        m_writeFailed = true;
        row.note = tr("Not saved: %1 The new value is used until TicketDesk quits.").arg(result.error);
    } else if (environmentVariableSet(row.secret)) {
        // Kept; but at the next start the environment's wins again. The engine uses a typed
        // secret now; the database password is for the next start only, where it is not used.
        row.source = SecretStore::Source::Environment;
        row.typedOverEnvironment = row.secret != SecretStore::Secret::DatabasePassword;
        row.note.clear();
    } else {
        row.source = result.source; // the keychain, or memory for a backend that keeps none
        row.note.clear();
    }
    row.known = true;
    showSecretState(row);
    showKeychainState();
    growToFitContents();
    if (m_pendingWrites == 0)
        finishSaving();
}

void SettingsDialog::growToFitContents()
{
    if (!isVisible())
        return;
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (wanted <= height())
        return;
    const QRect room = screen() ? screen()->availableGeometry() : QRect();
    const int frame = frameGeometry().height() - height();
    resize(width(), room.isValid() ? std::min(wanted, room.height() - frame) : wanted);
    // Grown downwards past the screen's edge: up as far as it must, its buttons in sight.
    if (room.isValid() && frameGeometry().bottom() > room.bottom())
        move(x(), std::max(room.top(), room.bottom() + 1 - frameGeometry().height()));
}

void SettingsDialog::finishSaving()
{
    if (m_writeFailed) {
        m_closeWhenSaved = false;
        setMessage(m_ui->validationErrorLabel,
                   tr("The settings were applied, but not every secret could be saved; see the messages next to "
                      "them. OK closes the dialog now."));
        // On the tab of such a message: the one the operator is on when it has one (the secret just
        // typed there), else the first.
        const auto noted = [this](const QWidget *tab) {
            return std::any_of(m_rows.cbegin(), m_rows.cend(), [tab](const SecretRow &row) {
                return !row.note.isEmpty() && tab->isAncestorOf(row.edit);
            });
        };
        if (!noted(m_ui->tabWidget->currentWidget())) {
            for (int i = 0; i < m_ui->tabWidget->count(); ++i) {
                if (noted(m_ui->tabWidget->widget(i))) {
                    m_ui->tabWidget->setCurrentIndex(i);
                    break;
                }
            }
        }
        growToFitContents();
        return;
    }
    if (m_closeWhenSaved)
        accept();
}

void SettingsDialog::okClicked()
{
    if (!apply())
        return;
    if (m_pendingWrites == 0 && !m_writeFailed)
        accept();
    else
        m_closeWhenSaved = true;
}

void SettingsDialog::chooseFile(QLineEdit *edit, const QString &title)
{
    const QString file = QFileDialog::getOpenFileName(this, title, edit->text());
    if (!file.isEmpty())
        edit->setText(file);
}

void SettingsDialog::logStep(const QString &line)
{
    m_ui->testEventLog->appendPlainText(line);
}

void SettingsDialog::sendTestEvent()
{
    if (m_selfTest && m_selfTest->isRunning())
        return;
    m_ui->testEventLog->clear();
    const QUrl url(m_listener.url);
    if (m_listener.url.isEmpty() || !url.isValid()) {
        logStep(tr("Connect: failed — the listener is not running, so there is no URL to send to."));
        Q_EMIT testEventFinished(false);
        return;
    }
    // The listener checks the secret in use: signed with one only typed, the event could only
    // be refused, and be recorded as a bad signature besides.
    if (!m_ui->webhookSecretLineEdit->text().isEmpty()) {
        logStep(tr("Not sent: the webhook secret typed above is not applied yet, and the listener checks the one "
                   "in use. Apply first, then send the test event."));
        Q_EMIT testEventFinished(false);
        return;
    }
    const QByteArray secret = m_current.webhookSecret;
    logStep(tr("Signing with the webhook secret in use."));
    if (!m_selfTest) {
        m_selfTest = new SelfTest(this);
        connect(m_selfTest, &SelfTest::stepStarted, this, [this](SelfTest::Step, const QString &m) { logStep(m); });
        connect(m_selfTest, &SelfTest::stepPassed, this, [this](SelfTest::Step, const QString &m) { logStep(m); });
        connect(m_selfTest, &SelfTest::stepFailed, this, [this](SelfTest::Step, const QString &m) { logStep(m); });
        connect(m_selfTest, &SelfTest::finished, this, [this](bool ok) {
            m_ui->sendTestEventButton->setEnabled(true);
            Q_EMIT testEventFinished(ok);
        });
    }
    m_ui->sendTestEventButton->setEnabled(false);
    m_selfTest->start(url, secret, m_current.tlsCertificate);
}

} // namespace TicketDesk
