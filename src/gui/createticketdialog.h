// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/fielderror.h"
#include "ripio/validationlimits.h"
#include "service/newticket.h"
#include "store/customerrecord.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QAbstractButton;
class QLabel;
class QStandardItemModel;

namespace Ui {
class CreateTicketDialog;
}

namespace TicketDesk {

class AttachmentListModel;

// The create form. The caller fills the customer directory with setCustomers(),
// listens to submitRequested(), calls setBusy(true) while the engine works and
// then showResult(): no errors closes the form (accepted), anything else is shown
// next to its field and every typed character stays. The form checks locally with
// validateCreateRequest() as the operator types and before it emits anything.
// Ctrl+Enter submits, Esc cancels.
class CreateTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateTicketDialog)

public:
    explicit CreateTicketDialog(const ValidationLimits &limits, QWidget *parent = nullptr);
    ~CreateTicketDialog() override;

    // The directory: each customer's id and last summary complete the customer
    // field; closed ones (Ripio said ACCOUNT.CLOSED) ask for confirmation.
    // Matching ignores case.
    void setCustomers(const QList<TicketDesk::CustomerRecord> &customers);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // What the form holds now, as it would be submitted.
    NewTicket ticket() const;
    // Attaches files (the "Add files…" button and drops end here too).
    void addAttachments(const QStringList &paths);

public Q_SLOTS:
    // Both empty: success. Otherwise errors go next to their fields, `error` below the form.
    void showResult(const QList<TicketDesk::FieldError> &errors, const QString &error);
    // Validates and, when the form is fine (and a closed customer is confirmed), emits submitRequested().
    void submit();

Q_SIGNALS:
    void submitRequested(const TicketDesk::NewTicket &ticket);

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
    void showErrors(const QList<FieldError> &errors, int fields);
    void updateClosedCustomer();
    bool isClosedCustomer() const;
    void askToSubmitForClosedCustomer();
    void chooseFiles();
    void removeSelectedAttachments();
    void updateButtons();
    void clearForm();
    QLabel *labelFor(const QString &field) const;

    std::unique_ptr<Ui::CreateTicketDialog> m_ui;
    ValidationLimits m_limits;
    AttachmentListModel *m_attachments = nullptr;
    QStandardItemModel *m_customers = nullptr;
    QSet<QString> m_closedIds;             // lower case
    QMap<QString, QString> m_serverErrors; // field -> the engine's message, until the field is edited
    int m_touched = 0;                     // fields the operator has edited: only those show local errors yet
    bool m_busy = false;
    QString m_confirmedClosedCustomer; // a closed customer the operator chose to submit anyway
};

} // namespace TicketDesk
