// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/createticketdialog.h"

#include "core/templatetext.h"
#include "gui/attachmentlistmodel.h"
#include "gui/currentrowselection.h"
#include "gui/discardprompt.h"
#include "gui/problemcolour.h"
#include "gui/recentfolders.h"
#include "gui/ticketmodel.h"
#include "store/ticketstore.h"
#include "ui_createticketdialog.h"

#include <QAccessible>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTreeView>

#include <algorithm>

namespace TicketDesk {

namespace {

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// How many customers the completion offers at once.
constexpr qsizetype completionLimit = 20;

enum CompletionColumn
{
    NameColumn,
    EmailColumn,
    IdColumn,
    LastSummaryColumn,
    CompletionColumns,
};

// "María López <maria@example.com>", or whichever part the directory knows.
QString describeCustomer(const CustomerRecord &c)
{
    if (c.name.isEmpty())
        return c.email.isEmpty() ? QString() : QLatin1Char('<') + c.email + QLatin1Char('>');
    return c.email.isEmpty() ? c.name : c.name + QStringLiteral(" <") + c.email + QLatin1Char('>');
}

// Opens a warning the operator may override: Cancel is the default and Esc; `anyway`
// (buttons named <name>AnywayButton and cancel<Name>Button) runs `onAnyway`.
template<typename F>
void openOverridable(QMessageBox *box, const QString &anyway, const char *name, F onAnyway)
{
    const QString yesName = QLatin1StringView(name) + QStringLiteral("AnywayButton");
    QString cancelName = QLatin1StringView(name);
    cancelName[0] = cancelName[0].toUpper();
    cancelName = QStringLiteral("cancel") + cancelName + QStringLiteral("Button");
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(anyway, QMessageBox::AcceptRole);
    yes->setObjectName(yesName);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(cancelName);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(yes, &QPushButton::clicked, box->parent(), onAnyway);
    box->open();
}

} // namespace

CreateTicketDialog::CreateTicketDialog(const ValidationLimits &limits, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateTicketDialog>())
    , m_limits(limits)
    , m_attachments(new AttachmentListModel(this))
    , m_customers(new QStandardItemModel(0, 2, this))
    , m_touched(DescriptionField | FilesField)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New support ticket"));

    for (QLabel *label : {m_ui->customerErrorLabel, m_ui->summaryErrorLabel, m_ui->descriptionErrorLabel,
                          m_ui->attachmentsErrorLabel, m_ui->generalErrorLabel}) {
        paintAsProblem(label, Problem::Error);
        label->hide();
    }
    paintAsProblem(m_ui->closedCustomerLabel, Problem::Warning);
    m_ui->closedCustomerLabel->hide();

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Create ticket"));
    ok->setToolTip(tr("Send the ticket to Ripio (Ctrl+Enter)"));
    ok->setObjectName(QStringLiteral("createButton"));
    ok->setAccessibleName(tr("Create ticket"));
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    // The buttons only ask: the dialog closes when the engine answers (showResult) or on Cancel.
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateTicketDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &CreateTicketDialog::submit);
    }

    // Customer directory: the completer shows the matches of what is typed (name, email, id,
    // last summary) in CustomerIndex's order, and puts the chosen customer's id in the field.
    m_customers->setColumnCount(CompletionColumns);
    m_customers->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Customer ID"), tr("Last summary")});
    m_completer = new QCompleter(m_customers, this);
    m_completer->setObjectName(QStringLiteral("customerCompleter"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionColumn(IdColumn);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    auto *popup = new QTreeView;
    popup->setObjectName(QStringLiteral("customerCompletionPopup"));
    popup->setAccessibleName(tr("Matching customers"));
    popup->setHeaderHidden(true);
    popup->setRootIsDecorated(false);
    popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_completer->setPopup(popup);
    popup->installEventFilter(this); // kept on the screen: see eventFilter()
    m_ui->customerLineEdit->setCompleter(m_completer);
    // A row chosen (Return, Tab, a click) or the suggestions dismissed (Esc, eventFilter()): the
    // field is given back to a screen reader. Not when they hide because nothing matches what is
    // being typed.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CreateTicketDialog::announceCustomerField);
    m_customerDescription = m_ui->customerLineEdit->accessibleDescription();
    // Wide enough for a whole UUID beside the picked customer's name and email (which had
    // squeezed it to half a UUID): an operator checks the ID at a glance, not by scrolling.
    // Beyond the text: the clear button (about as wide as the field is high) and the frame.
    m_ui->customerLineEdit->setMinimumWidth(m_ui->customerLineEdit->fontMetrics().horizontalAdvance(
                                                QStringLiteral("00000000-0000-0000-0000-000000000000")) +
                                            m_ui->customerLineEdit->sizeHint().height() + 16);
    // Before the line edit asks the completer (it does right after textEdited).
    connect(m_ui->customerLineEdit, &QLineEdit::textEdited, this, &CreateTicketDialog::completeCustomer);

    m_ui->templateComboBox->addItem(tr("(none)"));
    connect(m_ui->templateComboBox, &QComboBox::activated, this, &CreateTicketDialog::applyTemplate);
    connect(m_ui->templatesButton, &QPushButton::clicked, this, &CreateTicketDialog::templatesDialogRequested);
    connect(m_ui->referenceLineEdit, &QLineEdit::textChanged, this, &CreateTicketDialog::refillTemplate);
    m_ui->referenceLineEdit->setMaxLength(maxReferenceChars); // as much as a ticket keeps

    connect(m_ui->customerLineEdit, &QLineEdit::textEdited, this, [this] {
        m_touched |= CustomerField;
        m_serverErrors.remove(QStringLiteral("customerId"));
        revalidate();
    });
    connect(m_ui->customerLineEdit, &QLineEdit::textChanged, this, [this] {
        updateClosedCustomer();
        updatePickedCustomer();
        refillTemplate();
        revalidate();
    });
    connect(m_ui->summaryLineEdit, &QLineEdit::textEdited, this, [this] {
        m_touched |= SummaryField;
        m_serverErrors.remove(QStringLiteral("summary"));
        revalidate();
    });
    connect(m_ui->descriptionTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_serverErrors.remove(QStringLiteral("description"));
        revalidate();
    });

    m_ui->attachmentsView->setModel(m_attachments);
    keepCurrentRowSelected(m_ui->attachmentsView); // Delete, Delete, … removes one after another
    m_ui->attachmentsView->setDragDropMode(QAbstractItemView::DropOnly);
    m_ui->attachmentsView->setAcceptDrops(true);
    m_ui->attachmentsView->setDropIndicatorShown(true);
    m_ui->attachmentsView->setDefaultDropAction(Qt::CopyAction);
    m_ui->attachmentsView->header()->setStretchLastSection(false);
    m_ui->attachmentsView->header()->setSectionResizeMode(AttachmentListModel::NameColumn, QHeaderView::Stretch);
    m_ui->attachmentsView->header()->setSectionResizeMode(AttachmentListModel::SizeColumn,
                                                          QHeaderView::ResizeToContents);
    const auto attachmentsChanged = [this] {
        // A file's server error names it by position: any change makes those stale.
        for (auto it = m_serverErrors.begin(); it != m_serverErrors.end();) {
            if (it.key().startsWith(QLatin1StringView("files")))
                it = m_serverErrors.erase(it);
            else
                ++it;
        }
        revalidate();
        updateButtons();
    };
    connect(m_attachments, &QAbstractItemModel::rowsInserted, this, attachmentsChanged);
    connect(m_attachments, &QAbstractItemModel::rowsRemoved, this, attachmentsChanged);
    // Reached with Tab, the list has a current row but no selection, and Delete removed nothing
    // until Space selected it: the current row is the selected one when none is.
    connect(m_ui->attachmentsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                QItemSelectionModel *selection = m_ui->attachmentsView->selectionModel();
                if (current.isValid() && !selection->hasSelection())
                    selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            });
    connect(m_ui->attachmentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreateTicketDialog::updateButtons);
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this, &CreateTicketDialog::chooseFiles);
    connect(m_ui->removeAttachmentButton, &QPushButton::clicked, this, &CreateTicketDialog::removeSelectedAttachments);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_ui->attachmentsView);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &CreateTicketDialog::removeSelectedAttachments);

    updateButtons();
    revalidate();
}

CreateTicketDialog::~CreateTicketDialog() = default;

void CreateTicketDialog::setCustomers(const QList<CustomerRecord> &customers)
{
    m_index.reset(customers);
    m_byId.clear();
    m_byId.reserve(customers.size());
    for (const CustomerRecord &c : customers)
        m_byId.insert(c.customerId.trimmed().toLower(), c);
    updateClosedCustomer();
    updatePickedCustomer();
}

void CreateTicketDialog::completeCustomer(const QString &text)
{
    m_customers->removeRows(0, m_customers->rowCount());
    const QList<CustomerMatch> matches = m_index.matches(text, completionLimit);
    for (const CustomerMatch &m : matches) {
        const CustomerRecord &c = m.customer;
        QList<QStandardItem *> row;
        for (const QString &value : {c.name, c.email, c.customerId, c.lastSummary}) {
            auto *item = new QStandardItem(value);
            item->setEditable(false);
            item->setToolTip(value);
            row.append(item);
        }
        if (c.closed)
            row.at(NameColumn)->setText(tr("%1 (closed)").arg(c.name.isEmpty() ? c.customerId : c.name));
        m_customers->appendRow(row);
    }
    // The popup opens as wide as the field, which cut the ID and the last summary behind a
    // scroll bar: it asks for every column's width instead, within most of the screen.
    QAbstractItemView *popup = m_completer->popup(); // its column hints are public here, not on QTreeView
    int width = 2 * popup->frameWidth() + popup->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < CompletionColumns; ++column)
        width += std::max(popup->sizeHintForColumn(column), 0);
    const QScreen *screen = m_ui->customerLineEdit->screen();
    popup->setMinimumWidth(screen ? std::min(width, screen->availableGeometry().width() * 9 / 10) : width);
}

bool CreateTicketDialog::eventFilter(QObject *watched, QEvent *event)
{
    // QCompleter places its popup for the field's width, at every keystroke; wider than that
    // (completeCustomer()), it would run past the screen's right edge beside a form near it:
    // moved back on, whenever it is placed.
    const QEvent::Type type = event->type();
    if ((type == QEvent::Show || type == QEvent::Move || type == QEvent::Resize) && watched == m_completer->popup()) {
        QWidget *popup = m_completer->popup();
        if (const QScreen *screen = popup->screen()) {
            const QRect room = screen->availableGeometry();
            if (popup->geometry().right() > room.right())
                popup->move(std::max(room.left(), room.right() + 1 - popup->width()), popup->y());
        }
    }
    if (type == QEvent::KeyPress && watched == m_completer->popup() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
        announceCustomerField();
    return QDialog::eventFilter(watched, event);
}

void CreateTicketDialog::announceCustomerField()
{
    // The popup's rows had a screen reader's focus, and the field never lost Qt's: closed (a
    // customer picked, Esc), nothing told the reader, which stayed on the gone row's UUID (audit
    // 33). Said once the popup has gone (queued): the field, whose description is then the picked
    // customer.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_ui->customerLineEdit->hasFocus()) {
                QAccessibleEvent focus(m_ui->customerLineEdit, QAccessible::Focus);
                QAccessible::updateAccessibility(&focus);
            }
        },
        Qt::QueuedConnection);
}

std::optional<CustomerRecord> CreateTicketDialog::currentCustomer() const
{
    const auto it = m_byId.constFind(m_ui->customerLineEdit->text().trimmed().toLower());
    if (it == m_byId.cend())
        return std::nullopt;
    return *it;
}

void CreateTicketDialog::updatePickedCustomer()
{
    const std::optional<CustomerRecord> c = currentCustomer();
    const QString text = c ? describeCustomer(*c) : QString();
    m_ui->pickedCustomerLabel->setText(text);
    m_ui->pickedCustomerLabel->setVisible(!text.isEmpty()); // under the field: no empty line
    // Who the ID in the field is, for a screen reader on the field (which reads it as a UUID).
    describeField(m_ui->customerLineEdit, m_ui->customerErrorLabel->text(),
                  text.isEmpty() ? m_customerDescription : text);
    m_ui->customerLineEdit->setToolTip(text);
}

void CreateTicketDialog::setTemplates(const QList<TicketTemplate> &templates)
{
    m_templates = templates;
    QComboBox *combo = m_ui->templateComboBox;
    const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
    combo->clear();
    // With none made yet, the one entry says where they are made.
    combo->addItem(templates.isEmpty()
                       ? tr("(none yet: Templates…, %1)")
                             .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M).toString(QKeySequence::NativeText))
                       : tr("(none)"));
    for (const TicketTemplate &t : templates)
        combo->addItem(t.name);
    const int index = current.isEmpty() ? 0 : combo->findText(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    m_appliedIndex = m_applied.name.isEmpty() ? 0 : std::max(0, combo->findText(m_applied.name));
}

void CreateTicketDialog::applyTemplate(int index)
{
    if (index <= 0 || index > m_templates.size()) {
        m_applied = TicketTemplate();
        m_appliedIndex = 0;
        return;
    }
    // Text the operator typed (not what the last template wrote) is replaced only when they say so.
    const QString summary = m_ui->summaryLineEdit->text();
    const QString description = m_ui->descriptionTextEdit->toPlainText();
    const bool typed = (!summary.trimmed().isEmpty() && summary != m_filledSummary) ||
                       (!description.trimmed().isEmpty() && description != m_filledDescription);
    if (!typed) {
        fillFromTemplate(index);
        return;
    }
    const QString name = m_templates.at(index - 1).name;
    askBeforeDropping(
        this,
        {QStringLiteral("replaceTypedTextConfirmation"), tr("Replace what you typed?"),
         tr("The template “%1” replaces the summary and description you typed.").arg(name),
         tr("Confirm replacing the typed text with the template"), tr("&Replace"),
         QStringLiteral("replaceTypedTextButton"), tr("&Keep my text"), QStringLiteral("keepTypedTextButton")},
        [this, name] {
            // The list may have changed while the box was open: by name, not by position.
            const int now = m_ui->templateComboBox->findText(name);
            if (now > 0)
                fillFromTemplate(now);
        },
        [this] {
            const QSignalBlocker quiet(m_ui->templateComboBox);
            m_ui->templateComboBox->setCurrentIndex(m_appliedIndex);
        });
}

void CreateTicketDialog::fillFromTemplate(int index)
{
    m_applied = m_templates.at(index - 1);
    m_appliedIndex = index;
    {
        const QSignalBlocker quiet(m_ui->templateComboBox);
        m_ui->templateComboBox->setCurrentIndex(index);
    }
    m_filledSummary = m_ui->summaryLineEdit->text();
    m_filledDescription = m_ui->descriptionTextEdit->toPlainText();
    refillTemplate();
}

void CreateTicketDialog::refillTemplate()
{
    // Only while the fields still hold what the template wrote: the operator's edits stay.
    if (m_applied.name.isEmpty() || m_busy || m_ui->summaryLineEdit->text() != m_filledSummary ||
        m_ui->descriptionTextEdit->toPlainText() != m_filledDescription)
        return;
    TemplateValues values;
    values.customerId = m_ui->customerLineEdit->text().trimmed();
    if (const std::optional<CustomerRecord> c = currentCustomer()) {
        values.customerName = c->name;
        values.customerEmail = c->email;
        values.customerExternalRef = c->externalRef;
    }
    values.reference = m_ui->referenceLineEdit->text().trimmed();
    const FilledTemplate filled = TemplateText::apply(m_applied, values);
    m_filledSummary = filled.summary;
    m_filledDescription = filled.description;
    m_ui->summaryLineEdit->setText(filled.summary);
    m_ui->descriptionTextEdit->setPlainText(filled.description);
    m_ui->templateComboBox->setToolTip(
        filled.unknown.isEmpty() ? QString()
                                 : tr("Unknown placeholders left as written: %1").arg(filled.unknown.join(u", ")));
}

NewTicket CreateTicketDialog::ticket() const
{
    NewTicket t;
    t.customerId = m_ui->customerLineEdit->text().trimmed();
    t.summary = m_ui->summaryLineEdit->text();
    t.description = m_ui->descriptionTextEdit->toPlainText();
    t.attachmentPaths = m_attachments->paths();
    t.reference = m_ui->referenceLineEdit->text().trimmed();
    return t;
}

void CreateTicketDialog::addAttachments(const QStringList &paths)
{
    m_attachments->addFiles(paths);
}

void CreateTicketDialog::setBusy(bool busy)
{
    m_busy = busy;
    // Read-only rather than disabled: the text stays selectable and focus stays put.
    m_ui->customerLineEdit->setReadOnly(busy);
    m_ui->summaryLineEdit->setReadOnly(busy);
    m_ui->descriptionTextEdit->setReadOnly(busy);
    m_ui->referenceLineEdit->setReadOnly(busy);
    m_ui->templateComboBox->setEnabled(!busy);
    m_ui->attachmentsView->setAcceptDrops(!busy);
    m_ui->addAttachmentButton->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void CreateTicketDialog::submit()
{
    if (m_busy)
        return;
    m_touched = AllFields;
    m_serverErrors.clear();
    setMessage(m_ui->generalErrorLabel, QString());
    const NewTicket t = ticket();
    const QList<FieldError> errors = validate(t);
    showErrors(errors, m_touched);
    if (!errors.isEmpty()) {
        focusField(errors.first().field);
        return;
    }
    if (isClosedCustomer() && m_confirmedClosedCustomer.compare(t.customerId, Qt::CaseInsensitive) != 0) {
        askToSubmitForClosedCustomer();
        return;
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&CreateTicketDialog::similarCheckRequested))) {
        setBusy(true);
        m_checkingSimilar = true;
        Q_EMIT similarCheckRequested(t.customerId, t.summary);
        return;
    }
    Q_EMIT submitRequested(t);
}

void CreateTicketDialog::focusField(const QString &field)
{
    if (field == QLatin1StringView("customerId")) {
        m_ui->customerLineEdit->setFocus();
    } else if (field == QLatin1StringView("summary")) {
        m_ui->summaryLineEdit->setFocus();
    } else if (field == QLatin1StringView("description")) {
        m_ui->descriptionTextEdit->setFocus();
    } else {
        m_ui->attachmentsView->setFocus();
        // "files[2]": that file, selected, so that Delete removes it.
        const QModelIndex index = m_ui->attachmentsView->model()->index(FieldError::fileIndex(field), 0);
        if (index.isValid())
            m_ui->attachmentsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                                QItemSelectionModel::Rows);
    }
}

void CreateTicketDialog::showSimilar(const QList<Ticket> &tickets)
{
    if (!m_checkingSimilar)
        return;
    m_checkingSimilar = false;
    setBusy(false);
    if (tickets.isEmpty())
        Q_EMIT submitRequested(ticket());
    else
        askToSendDespiteSimilar(tickets);
}

void CreateTicketDialog::askToSendDespiteSimilar(const QList<Ticket> &tickets)
{
    QStringList lines;
    for (const Ticket &t : tickets) {
        const QString name = t.issueKey.isEmpty() ? tr("#%1").arg(t.id) : t.issueKey;
        lines.append(tr("• %1 (%2, %3)")
                         .arg(name, TicketModel::statusLabel(t.status),
                              QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Possible duplicate"),
                        tr("This customer already has tickets with the same summary from the last %1 days:\n\n%2\n\n"
                           "Send this one anyway?")
                            .arg(TicketStore::duplicateWindowDays)
                            .arg(lines.join(QLatin1Char('\n'))),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("similarTicketsWarning"));
    box->setAccessibleName(tr("Possible duplicate ticket"));
    openOverridable(box, tr("Send &anyway"), "send", [this] {
        if (!m_busy)
            Q_EMIT submitRequested(ticket());
    });
}

void CreateTicketDialog::showResult(const QList<FieldError> &errors, const QString &error)
{
    setBusy(false);
    if (errors.isEmpty() && error.isEmpty()) {
        clearForm();
        accept();
        return;
    }
    m_serverErrors.clear();
    for (const FieldError &e : errors) {
        QString &message = m_serverErrors[e.field];
        message = message.isEmpty() ? e.message : message + QLatin1Char('\n') + e.message;
    }
    QString general = error;
    if (general.isEmpty())
        general = tr("The ticket was not accepted; see the messages next to the fields.");
    setMessage(m_ui->generalErrorLabel, general);
    revalidate();
}

void CreateTicketDialog::revalidate()
{
    int fields = m_touched;
    // Part of a name or email typed to find a customer is a search, not a wrong ID: while
    // the text has matches in the directory its field keeps quiet (submitting still says).
    if (m_customers->rowCount() > 0)
        fields &= ~CustomerField;
    showErrors(validate(ticket()), fields);
}

QList<FieldError> CreateTicketDialog::validate(const NewTicket &t) const
{
    CreateTicketRequest request{t.customerId, t.summary, t.description, {}};
    for (const QString &path : t.attachmentPaths)
        request.attachments.append(AttachmentFile{path, QString(), QString(), -1});
    QList<FieldError> errors = checkNewTicket(request, m_limits);
    // The field takes a name, an email or a reference to search the directory: "must be a
    // UUID" reads as if the operator had to know it. Say what to do instead.
    const QString typed = m_ui->customerLineEdit->text().trimmed();
    // Repeated, but short: a long pasted text without spaces cannot wrap, and widened the dialog
    // past the screen, its buttons out of reach.
    constexpr qsizetype shownChars = 60;
    qsizetype cut = shownChars - 1;
    if (typed.size() > shownChars && typed.at(cut - 1).isHighSurrogate())
        --cut; // not half an emoji
    const QString shown = typed.size() > shownChars ? typed.left(cut) + QChar(0x2026) : typed;
    for (FieldError &e : errors) {
        if (e.field != QLatin1StringView("customerId"))
            continue;
        e.message = typed.isEmpty()
                        ? tr("Choose the customer: type part of their name, email or reference and pick them "
                             "from the list, or paste their customer ID (a UUID).")
                        : tr("No customer in the directory matches \u201c%1\u201d. Type part of their name, "
                             "email or reference and pick them from the list, or paste their customer ID (a UUID).")
                              .arg(shown);
    }
    return errors;
}

QLabel *CreateTicketDialog::labelFor(const QString &field) const
{
    if (field == QLatin1StringView("customerId"))
        return m_ui->customerErrorLabel;
    if (field == QLatin1StringView("summary"))
        return m_ui->summaryErrorLabel;
    if (field == QLatin1StringView("description"))
        return m_ui->descriptionErrorLabel;
    if (field == QLatin1StringView("files") || field.startsWith(QLatin1StringView("files[")))
        return m_ui->attachmentsErrorLabel;
    return m_ui->generalErrorLabel;
}

void CreateTicketDialog::showErrors(const QList<FieldError> &errors, int fields)
{
    struct Slot
    {
        QLabel *label;
        QWidget *field;
        int flag;
        QStringList messages;
    };
    Slot slots_[] = {
        {m_ui->customerErrorLabel, m_ui->customerLineEdit, CustomerField, {}},
        {m_ui->summaryErrorLabel, m_ui->summaryLineEdit, SummaryField, {}},
        {m_ui->descriptionErrorLabel, m_ui->descriptionTextEdit, DescriptionField, {}},
        {m_ui->attachmentsErrorLabel, m_ui->attachmentsView, FilesField, {}},
    };
    const QStringList paths = m_attachments->paths();
    const auto describe = [&paths](const QString &field, const QString &message) {
        // "files[2]": name the file unless the message already does.
        const int index = FieldError::fileIndex(field);
        if (index < 0 || index >= paths.size())
            return message;
        const QString name = QFileInfo(paths.at(index)).fileName();
        return message.contains(name) ? message : tr("%1: %2").arg(name, message);
    };
    const auto add = [&](const QString &field, const QString &message, bool local) {
        QLabel *label = labelFor(field);
        for (Slot &slot : slots_) {
            if (slot.label == label && (!local || (fields & slot.flag))) {
                const QString text = describe(field, message);
                if (!slot.messages.contains(text))
                    slot.messages.append(text);
            }
        }
    };
    for (const FieldError &e : errors)
        add(e.field, e.message, true);
    // The server's verdict stays next to its field until that field is edited.
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it) {
        if (labelFor(it.key()) == m_ui->generalErrorLabel) {
            // A field this form does not know: keep it visible with the general message.
            const QString current = m_ui->generalErrorLabel->text();
            if (!current.contains(it.value()))
                setMessage(m_ui->generalErrorLabel,
                           current + QLatin1Char('\n') + it.key() + QStringLiteral(": ") + it.value());
            continue;
        }
        add(it.key(), it.value(), false);
    }
    for (Slot &slot : slots_) {
        const QString text = slot.messages.join(QLatin1Char('\n'));
        setMessage(slot.label, text);
        describeField(slot.field, text);
    }
}

void CreateTicketDialog::describeField(QWidget *field, const QString &errors, const std::optional<QString> &own)
{
    // A screen reader hears the field's errors, then its own description (the form's hint, or
    // who the customer in it is), which stays when the errors go.
    constexpr const char *ownDescription = "ticketdeskOwnDescription";
    if (own)
        field->setProperty(ownDescription, *own);
    else if (!field->property(ownDescription).isValid())
        field->setProperty(ownDescription, field->accessibleDescription());
    const QString kept = field->property(ownDescription).toString();
    field->setAccessibleDescription(errors.isEmpty() ? kept
                                    : kept.isEmpty() ? errors
                                                     : errors + QLatin1Char('\n') + kept);
}

bool CreateTicketDialog::isClosedCustomer() const
{
    const std::optional<CustomerRecord> c = currentCustomer();
    return c && c->closed;
}

void CreateTicketDialog::updateClosedCustomer()
{
    if (isClosedCustomer())
        setMessage(m_ui->closedCustomerLabel,
                   tr("Ripio reported this customer as closed (ACCOUNT.CLOSED): a new ticket will most likely be "
                      "refused. You will be asked to confirm."));
    else
        setMessage(m_ui->closedCustomerLabel, QString());
}

void CreateTicketDialog::askToSubmitForClosedCustomer()
{
    const QString id = m_ui->customerLineEdit->text().trimmed();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Closed customer"),
                                tr("Ripio reported customer %1 as closed. Closed customers can no longer get "
                                   "tickets, so Ripio will most likely refuse this one.\n\nSubmit it anyway?")
                                    .arg(id),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closedCustomerConfirmation"));
    box->setAccessibleName(tr("Confirm ticket for a closed customer"));
    openOverridable(box, tr("&Submit anyway"), "submit", [this, id] {
        m_confirmedClosedCustomer = id;
        submit();
    });
}

void CreateTicketDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"),
                                                            RecentFolders::folder(RecentFolders::Kind::Attachments));
    if (!files.isEmpty())
        RecentFolders::remember(RecentFolders::Kind::Attachments, files.first());
    addAttachments(files);
}

void CreateTicketDialog::removeSelectedAttachments()
{
    if (m_busy)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_ui->attachmentsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    m_attachments->removeRowList(rows);
}

void CreateTicketDialog::updateButtons()
{
    const bool hasSelection =
        m_ui->attachmentsView->selectionModel() && m_ui->attachmentsView->selectionModel()->hasSelection();
    m_ui->removeAttachmentButton->setEnabled(!m_busy && hasSelection);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy);
}

void CreateTicketDialog::reject()
{
    const bool typed = !m_ui->customerLineEdit->text().trimmed().isEmpty() ||
                       !m_ui->summaryLineEdit->text().trimmed().isEmpty() ||
                       !m_ui->descriptionTextEdit->toPlainText().trimmed().isEmpty() ||
                       !m_ui->referenceLineEdit->text().trimmed().isEmpty() || m_attachments->rowCount() > 0;
    if (m_checkingSimilar) {
        // Nothing is queued while the duplicate check runs: Esc stops the check, and closing
        // asks as it does for any unsent ticket (the check's late answer finds no question).
        m_checkingSimilar = false;
        setBusy(false);
    } else if (m_busy) {
        // The ticket is being saved: the form closes by itself once it is, or shows why not
        // with everything typed still there. Closing now would lose that answer.
        return;
    }
    if (!typed)
        return QDialog::reject();
    askToDiscard(this,
                 {QStringLiteral("discardTicketConfirmation"), tr("Discard this ticket?"),
                  tr("The ticket has not been sent. What you typed and attached is lost if you close the form."),
                  tr("Confirm discarding the ticket"), QStringLiteral("ticket")},
                 [this] { QDialog::reject(); });
}

void CreateTicketDialog::clearForm()
{
    // The last search's matches go with its text: revalidate() reads them as "still searching".
    m_customers->removeRows(0, m_customers->rowCount());
    m_ui->customerLineEdit->clear();
    m_ui->summaryLineEdit->clear();
    m_ui->descriptionTextEdit->clear();
    m_ui->referenceLineEdit->clear();
    m_ui->templateComboBox->setCurrentIndex(0);
    m_applied = TicketTemplate();
    m_appliedIndex = 0;
    m_attachments->clear();
    m_serverErrors.clear();
    m_confirmedClosedCustomer.clear();
    m_touched = DescriptionField | FilesField;
    setMessage(m_ui->generalErrorLabel, QString());
    revalidate();
}

} // namespace TicketDesk
