// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "core/tickettemplate.h"
#include "ripio/fielderror.h"
#include "ripio/validationlimits.h"
#include "service/customerindex.h"
#include "service/newticket.h"
#include "store/customerrecord.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QAbstractButton;
class QCompleter;
class QLabel;
class QStandardItemModel;

namespace Ui {
class CreateTicketDialog;
}

namespace TicketDesk {

class AttachmentListModel;

// The create form. The caller fills the customer directory with setCustomers()
// and the templates with setTemplates(), listens to submitRequested(), calls
// setBusy(true) while the engine works and then showResult(): no errors closes
// the form (accepted), anything else is shown next to its field and every typed
// character stays. The form checks locally with checkNewTicket() as the
// operator types and before it emits anything. Ctrl+Enter submits, Esc cancels.
//
// The double-escalation guard: when something listens to similarCheckRequested(),
// a valid form first asks it and waits for showSimilar(); tickets there are named
// in a warning the operator may override ("Send anyway").
class CreateTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateTicketDialog)

public:
    explicit CreateTicketDialog(const ValidationLimits &limits, QWidget *parent = nullptr);
    ~CreateTicketDialog() override;

    // The directory: part of a customer's name, email, external reference or id
    // offers them in the customer field (CustomerIndex); the field holds the id
    // and the picked customer is named next to it. Closed ones (Ripio said
    // ACCOUNT.CLOSED) ask for confirmation.
    void setCustomers(const QList<TicketDesk::CustomerRecord> &customers);
    // The team's templates for the template picker (keeps the picked one when it still exists).
    void setTemplates(const QList<TicketDesk::TicketTemplate> &templates);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // What the form holds now, as it would be submitted.
    NewTicket ticket() const;
    // Attaches files (the "Add files…" button and drops end here too).
    void addAttachments(const QStringList &paths);

public Q_SLOTS:
    // Esc, Cancel or the window's close: a form with something typed or attached asks before
    // it drops it (Keep editing is the default); an empty one, or one already sent, closes.
    void reject() override;
    // Both empty: success. Otherwise errors go next to their fields, `error` below the form.
    void showResult(const QList<TicketDesk::FieldError> &errors, const QString &error);
    // Validates and, when the form is fine (and a closed customer is confirmed), asks
    // similarCheckRequested() or, when nothing checks, emits submitRequested().
    void submit();
    // The answer to similarCheckRequested(): none submits, some ask first.
    void showSimilar(const QList<TicketDesk::Ticket> &tickets);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void submitRequested(const TicketDesk::NewTicket &ticket);
    void similarCheckRequested(const QString &customerId, const QString &summary);
    // "Edit templates…": the caller opens the templates dialog.
    void templatesDialogRequested();

private:
    enum Field
    {
        CustomerField = 1,
        SummaryField = 2,
        DescriptionField = 4,
        FilesField = 8,
        AllFields = 15,
    };
    void revalidate();
    // Focus on the field an error names ("files[2]": that attachment, selected).
    void focusField(const QString &field);
    void showErrors(const QList<FieldError> &errors, int fields);
    // checkNewTicket(), its customer message worded for this form's search field.
    QList<FieldError> validate(const NewTicket &t) const;
    void updateClosedCustomer();
    bool isClosedCustomer() const;
    std::optional<CustomerRecord> currentCustomer() const;
    void askToSubmitForClosedCustomer();
    void chooseFiles();
    void removeSelectedAttachments();
    void updateButtons();
    void clearForm();
    QLabel *labelFor(const QString &field) const;
    void completeCustomer(const QString &text);
    void updatePickedCustomer();
    // Tells a screen reader the customer field has the focus again (the suggestions left by a
    // choice), once the popup has gone.
    void announceCustomerField();
    // Sets `field`'s accessible description to `errors`, then its own description: `own` when
    // given (kept for later calls), else the one it had at the first call.
    static void describeField(QWidget *field, const QString &errors, const std::optional<QString> &own = {});
    void applyTemplate(int index);
    void fillFromTemplate(int index);
    void refillTemplate();
    void askToSendDespiteSimilar(const QList<Ticket> &tickets);

    std::unique_ptr<Ui::CreateTicketDialog> m_ui;
    ValidationLimits m_limits;
    AttachmentListModel *m_attachments = nullptr;
    QStandardItemModel *m_customers = nullptr; // the matches of what is typed now
    QCompleter *m_completer = nullptr;
    // The customer field's description while no known customer is in it.
    QString m_customerDescription;
    CustomerIndex m_index;
    QHash<QString, CustomerRecord> m_byId; // lower-case id -> customer
    QList<TicketTemplate> m_templates;
    // The template applied last and what it wrote: refilled while the fields still say that.
    TicketTemplate m_applied;
    int m_appliedIndex = 0; // its place in the picker: where "Keep my text" puts the picker back
    QString m_filledSummary;
    QString m_filledDescription;
    bool m_checkingSimilar = false;
    QMap<QString, QString> m_serverErrors; // field -> the engine's message, until the field is edited
    int m_touched = 0;                     // fields the operator has edited: only those show local errors yet
    bool m_busy = false;
    QString m_confirmedClosedCustomer; // a closed customer the operator chose to submit anyway
};

} // namespace TicketDesk
