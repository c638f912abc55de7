// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csvreader.h"
#include "core/ticket.h"
#include "core/tickettemplate.h"
#include "ripio/validationlimits.h"
#include "service/bulkticketplan.h"
#include "store/customerrecord.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace TicketDesk {

class CsvFileChooser;
class TicketService;

// File → Create tickets from CSV…: reads the file, asks the engine for the directory, the
// templates and the open tickets' keys, plans it with BulkTicketPlanner and previews every
// row: Ready (customer, the summary that will be sent, reference) or Refused (reasons).
// "Queue N tickets" saves the Ready ones in one transaction (TicketService::createTickets);
// then a progress bar counts how many of them have an outcome (CREATED, FAILED, REJECTED,
// UNCONFIRMED) as ticketsChanged() reports it.
class BulkTicketsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkTicketsDialog)

public:
    BulkTicketsDialog(TicketService *service, const ValidationLimits &limits, QWidget *parent = nullptr);
    ~BulkTicketsDialog() override;

    // Reads and previews this file (what "Choose file…" does after the file dialog).
    void loadFile(const QString &path);
    const BulkTicketPlan &plan() const { return m_plan; }
    // The queued tickets' ids (empty before "Queue") and how many have an outcome.
    const QList<qint64> &queuedIds() const { return m_ids; }
    int outcomeCount() const;

public Q_SLOTS:
    void queue();
    // After the queue: a retry of each queued ticket that ended FAILED or REJECTED; its row then
    // follows the retry.
    void retryFailed();

private:
    enum class State
    {
        Empty,
        Loading, // waiting for directory, templates and open keys
        Previewing,
        Queuing,   // waiting for ticketsCreated
        Following, // counting outcomes
    };
    void customersLoaded(const QList<CustomerRecord> &customers);
    // The directory could not be read: said, and the file may be chosen again.
    void directoryUnreadable(const QString &why);
    void templatesLoaded(const QList<TicketTemplate> &templates);
    void keysLoaded(quint64 tag, const QSet<QString> &keys, const QString &error);
    // Reads the directory, the templates and the open tickets again, and plans the file read.
    void planAgain();
    void planIfComplete();
    void showPlan();
    void created(quint64 tag, const QList<qint64> &ids, const QString &error);
    void ticketsChanged(const QList<Ticket> &tickets);
    void retryFinished(qint64 originalId, qint64 retryId, const QString &error);
    // The queued row at `position` follows the ticket `id` from now on (a retry of its ticket).
    void follow(qsizetype position, qint64 id);
    QList<qint64> retryableIds() const;
    void updateProgress();
    void updateButtons();

    TicketService *m_service;
    ValidationLimits m_limits;
    CsvFileChooser *m_file;
    QLabel *m_totals;
    QLabel *m_message;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPushButton *m_queueButton;
    QPushButton *m_closeButton;
    State m_state = State::Empty;
    CsvTable m_csv;
    std::optional<QList<CustomerRecord>> m_customers;
    std::optional<QList<TicketTemplate>> m_templates;
    std::optional<QSet<QString>> m_keys;
    BulkTicketPlan m_plan;
    quint64 m_keysTag = 0;
    quint64 m_createTag = 0;
    QList<int> m_openAlready;         // the queued list was refused: these lines are open already (ticketsAlreadyOpen)
    QList<qint64> m_ids;              // the ticket each queued row follows, in the rows' order
    QHash<qint64, qsizetype> m_rowOf; // the position in m_ids of each of them
    // Every ticket seen since "Queue" (before the ids are known too): its latest state.
    QHash<qint64, Ticket> m_seen;
    QSet<qint64> m_retrying; // asked for a retry from here, not yet answered
    QString m_queuedText;    // what created() said, above the outcomes so far
};

} // namespace TicketDesk
