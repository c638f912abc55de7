// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/bulkticketsdialog.h"

#include "gui/csvpreview.h"
#include "gui/ticketmodel.h"
#include "service/ticketservice.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

namespace TicketDesk {

namespace {

// Tags of this dialog's requests: far from the main window's and the import dialog's.
quint64 nextTag()
{
    static quint64 tag = quint64(2) << 48;
    return ++tag;
}

bool hasOutcome(TicketStatus status)
{
    return status == TicketStatus::Created || status == TicketStatus::Failed || status == TicketStatus::Rejected ||
           status == TicketStatus::Unconfirmed;
}

} // namespace

BulkTicketsDialog::BulkTicketsDialog(TicketService *service, const ValidationLimits &limits, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_limits(limits)
    , m_file(new CsvFileChooser(tr("Create tickets from CSV"), this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(CsvPreview::makeTable(
          {tr("Line"), tr("Verdict"), tr("Customer"), tr("Summary"), tr("Reference"), tr("Reasons or warnings")},
          QStringLiteral("ticketPreviewTable"), tr("Tickets in the file"), this))
    , m_progress(new QProgressBar(this))
    , m_queueButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("BulkTicketsDialog"));
    setWindowTitle(tr("Create tickets from CSV"));
    setAccessibleName(tr("Create tickets from CSV"));
    resize(900, 520);

    m_progress->setObjectName(QStringLiteral("outcomeProgressBar"));
    m_progress->setAccessibleName(tr("Tickets with an outcome"));
    m_progress->hide();
    m_queueButton->setObjectName(QStringLiteral("queueButton"));
    m_queueButton->setAccessibleName(tr("Queue the ready tickets"));
    CsvPreview::layOut(this, {m_file, m_totals, m_table, m_progress, m_message, m_queueButton, m_closeButton});

    connect(m_file, &CsvFileChooser::fileChosen, this, &BulkTicketsDialog::loadFile);
    connect(m_queueButton, &QPushButton::clicked, this, [this] {
        if (m_state == State::Following)
            retryFailed();
        else
            queue();
    });
    connect(service, &TicketService::customersLoaded, this, &BulkTicketsDialog::customersLoaded);
    connect(service, &TicketService::customersUnreadable, this, &BulkTicketsDialog::directoryUnreadable);
    connect(service, &TicketService::templatesLoaded, this, &BulkTicketsDialog::templatesLoaded);
    connect(service, &TicketService::openTicketKeysLoaded, this, &BulkTicketsDialog::keysLoaded);
    connect(service, &TicketService::ticketsAlreadyOpen, this, [this](quint64 tag, const QList<qsizetype> &positions) {
        if (m_state == State::Queuing && tag == m_createTag)
            m_openAlready = m_plan.linesOfQueued(positions);
    });
    connect(service, &TicketService::ticketsCreated, this, &BulkTicketsDialog::created);
    connect(service, &TicketService::ticketsChanged, this, &BulkTicketsDialog::ticketsChanged);
    connect(
        service, &TicketService::retryFinished, this,
        [this](qint64 originalId, qint64 retryId, const QString &error) { retryFinished(originalId, retryId, error); });

    m_totals->setText(tr("Choose a CSV file with a customerId or email column and a summary (description, "
                         "reference and template are optional)."));
    updateButtons();
}

BulkTicketsDialog::~BulkTicketsDialog() = default;

void BulkTicketsDialog::loadFile(const QString &path)
{
    if (m_state == State::Queuing || m_state == State::Following)
        return;
    m_file->setPath(path);
    m_csv = CsvFileChooser::read(path);
    planAgain();
}

void BulkTicketsDialog::planAgain()
{
    m_plan = {};
    m_customers.reset();
    m_templates.reset();
    m_keys.reset();
    m_table->setRowCount(0);
    CsvPreview::showMessage(m_message, QString(), false);
    m_state = State::Loading;
    m_totals->setText(tr("Reading the customer directory, the templates and the open tickets…"));
    updateButtons();
    m_keysTag = nextTag();
    TicketService *s = m_service;
    const quint64 tag = m_keysTag;
    QMetaObject::invokeMethod(
        s,
        [s, tag] {
            s->loadCustomers();
            s->loadTemplates();
            s->loadOpenTicketKeys(tag);
        },
        Qt::QueuedConnection);
}

void BulkTicketsDialog::customersLoaded(const QList<CustomerRecord> &customers)
{
    if (m_state != State::Loading)
        return;
    m_customers = customers;
    planIfComplete();
}

void BulkTicketsDialog::directoryUnreadable(const QString &why)
{
    if (m_state != State::Loading)
        return;
    m_state = State::Empty;
    CsvPreview::showDirectoryUnreadable(m_totals, m_message, why);
    updateButtons();
}

void BulkTicketsDialog::templatesLoaded(const QList<TicketTemplate> &templates)
{
    if (m_state != State::Loading)
        return;
    m_templates = templates;
    planIfComplete();
}

void BulkTicketsDialog::keysLoaded(quint64 tag, const QSet<QString> &keys, const QString &error)
{
    if (m_state != State::Loading || tag != m_keysTag)
        return;
    if (!error.isEmpty()) {
        m_state = State::Empty;
        m_totals->clear();
        CsvPreview::showMessage(m_message, tr("The open tickets could not be read: %1").arg(error), true);
        updateButtons();
        return;
    }
    m_keys = keys;
    planIfComplete();
}

void BulkTicketsDialog::planIfComplete()
{
    if (!m_customers || !m_templates || !m_keys)
        return;
    const BulkTicketPlanner planner(*m_customers, *m_templates, *m_keys, m_limits);
    m_plan = planner.plan(m_csv);
    m_state = State::Previewing;
    showPlan();
}

void BulkTicketsDialog::showPlan()
{
    if (!m_plan.ok()) {
        m_totals->setText(tr("No ticket can be created from this file."));
        CsvPreview::showMessage(m_message, CsvPreview::fileError(m_plan.error, m_plan.errorLine), true);
        updateButtons();
        return;
    }
    const QString totals = tr("%n rows: %1 ready, %2 refused.", nullptr, int(m_plan.rows.size()))
                               .arg(m_plan.readyCount)
                               .arg(m_plan.refusedCount);
    m_totals->setText(totals + CsvPreview::ignoredColumns(m_plan.ignoredColumns));
    m_table->setRowCount(int(m_plan.rows.size()));
    for (int r = 0; r < m_plan.rows.size(); ++r) {
        const BulkTicketRow &row = m_plan.rows.at(r);
        const bool ready = row.verdict == BulkTicketRow::Verdict::Ready;
        const QString customer = row.customerName.isEmpty()
                                     ? row.ticket.customerId
                                     : QStringLiteral("%1 (%2)").arg(row.customerName, row.ticket.customerId);
        const QStringList notes = ready ? row.warnings : row.reasons;
        CsvPreview::setRow(m_table, r,
                           {QString::number(row.line), ready ? tr("Ready") : tr("Refused"), customer,
                            row.ticket.summary, row.ticket.reference, notes.join(QLatin1Char(' '))},
                           !ready);
    }
    CsvPreview::finishRows(m_table);
    updateButtons();
}

void BulkTicketsDialog::queue()
{
    if (m_state != State::Previewing || m_plan.readyCount == 0)
        return;
    m_state = State::Queuing;
    m_createTag = nextTag();
    m_openAlready.clear();
    m_seen.clear();
    m_retrying.clear();
    CsvPreview::showMessage(m_message, tr("Queuing…"), false);
    updateButtons();
    TicketService *s = m_service;
    const QList<NewTicket> tickets = m_plan.ticketsToQueue();
    const quint64 tag = m_createTag;
    QMetaObject::invokeMethod(
        s, [s, tickets, tag] { s->createTickets(tickets, tag); }, Qt::QueuedConnection);
}

void BulkTicketsDialog::created(quint64 tag, const QList<qint64> &ids, const QString &error)
{
    if (m_state != State::Queuing || tag != m_createTag)
        return;
    if (!error.isEmpty()) {
        m_state = State::Previewing;
        if (!m_openAlready.isEmpty()) {
            // Rows another desk (or run) saved since the preview: planned again, they show refused.
            const QString lines = BulkTicketPlan::listed(m_openAlready);
            const QString why =
                m_openAlready.size() == 1
                    ? tr("None was saved: line %1 of the file now duplicates an open ticket with the same customer "
                         "and summary, saved since the preview was made.")
                          .arg(lines)
                    : tr("None was saved: lines %1 of the file now duplicate open tickets with the same customer "
                         "and summary, saved since the preview was made.")
                          .arg(lines);
            planAgain();
            CsvPreview::showMessage(m_message,
                                    why + QLatin1Char(' ') +
                                        tr("The preview was made again: those rows are refused now, and the "
                                           "others can be queued."),
                                    true);
            return;
        }
        CsvPreview::showMessage(m_message, error, true);
        updateButtons();
        return;
    }
    m_state = State::Following;
    m_ids = ids;
    m_rowOf.clear();
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        m_rowOf.insert(m_ids.at(i), i);
    // Kept from now on: the rows' tickets only.
    m_seen.removeIf([this](const QHash<qint64, Ticket>::iterator &it) { return !m_rowOf.contains(it.key()); });
    m_queuedText = tr("Queued %n tickets. They are sent at the API's pace; the main window "
                      "shows each one.",
                      nullptr, int(ids.size()));
    CsvPreview::showMessage(m_message, m_queuedText, false);
    m_progress->setRange(0, int(ids.size()));
    m_progress->show();
    updateProgress();
    updateButtons();
}

void BulkTicketsDialog::ticketsChanged(const QList<Ticket> &tickets)
{
    if (m_state != State::Queuing && m_state != State::Following)
        return;
    bool ours = false;
    for (const Ticket &t : tickets) {
        // Before the ids are known every ticket may be one of ours; after, only the rows' tickets
        // and their retries are kept (the other desks' changes pass by, unkept and unshown).
        if (m_state == State::Queuing) {
            m_seen.insert(t.id, t);
            continue;
        }
        // A retry of a row's ticket, made here, in the main window or at another desk: the row
        // follows it, as the main window's row does.
        if (t.retryOf != 0) {
            if (const auto at = m_rowOf.constFind(t.retryOf); at != m_rowOf.constEnd())
                follow(*at, t.id);
        }
        if (t.retriedAs != 0) {
            if (const auto at = m_rowOf.constFind(t.id); at != m_rowOf.constEnd())
                follow(*at, t.retriedAs);
        }
        if (m_rowOf.contains(t.id)) {
            m_seen.insert(t.id, t);
            ours = true;
        }
    }
    if (m_state == State::Following && ours) {
        updateProgress();
        updateButtons();
    }
}

void BulkTicketsDialog::follow(qsizetype position, qint64 id)
{
    const qint64 before = m_ids.at(position);
    if (before == id)
        return;
    m_rowOf.remove(before);
    m_retrying.remove(before);
    m_ids[position] = id;
    m_rowOf.insert(id, position);
}

void BulkTicketsDialog::retryFinished(qint64 originalId, qint64 retryId, const QString &error)
{
    if (!m_retrying.remove(originalId))
        return;
    if (retryId != 0) {
        if (const auto at = m_rowOf.constFind(originalId); at != m_rowOf.constEnd())
            follow(*at, retryId);
    }
    if (!error.isEmpty())
        CsvPreview::showMessage(m_message, tr("Ticket #%1 was not retried: %2").arg(originalId).arg(error), true);
    updateProgress();
    updateButtons();
}

QList<qint64> BulkTicketsDialog::retryableIds() const
{
    QList<qint64> ids;
    for (const qint64 id : m_ids) {
        const auto t = m_seen.constFind(id);
        if (t != m_seen.constEnd() && (t->status == TicketStatus::Failed || t->status == TicketStatus::Rejected) &&
            !m_retrying.contains(id))
            ids.append(id);
    }
    return ids;
}

void BulkTicketsDialog::retryFailed()
{
    if (m_state != State::Following)
        return;
    const QList<qint64> ids = retryableIds();
    if (ids.isEmpty())
        return;
    for (const qint64 id : ids)
        m_retrying.insert(id);
    updateButtons();
    TicketService *s = m_service;
    QMetaObject::invokeMethod(
        s, [s, ids] { s->retryTickets(ids); }, Qt::QueuedConnection);
}

int BulkTicketsDialog::outcomeCount() const
{
    int count = 0;
    for (const qint64 id : m_ids) {
        const auto t = m_seen.constFind(id);
        count += t != m_seen.constEnd() && hasOutcome(t->status) ? 1 : 0;
    }
    return count;
}

void BulkTicketsDialog::updateProgress()
{
    const int done = outcomeCount();
    m_progress->setValue(done);
    const int total = int(m_ids.size());
    m_progress->setFormat(tr("%1 of %n have an outcome", nullptr, total).arg(done));

    // Each queued row's verdict becomes its ticket's status, and its last column what came of it;
    // the queued tickets are the ready rows, in order.
    int created = 0;
    int notCreated = 0;
    int unconfirmed = 0;
    qsizetype next = 0;
    for (int r = 0; r < m_plan.rows.size() && next < m_ids.size(); ++r) {
        if (m_plan.rows.at(r).verdict != BulkTicketRow::Verdict::Ready)
            continue;
        const qint64 id = m_ids.at(next++);
        const auto seen = m_seen.constFind(id);
        if (seen == m_seen.constEnd())
            continue;
        const Ticket &t = *seen;
        QString note;
        bool bad = false;
        switch (t.status) {
        case TicketStatus::Created:
            ++created;
            note = t.issueKey.isEmpty() ? tr("Ticket #%1.").arg(id) : tr("Ticket #%1: %2.").arg(id).arg(t.issueKey);
            break;
        case TicketStatus::Unconfirmed:
            ++unconfirmed;
            bad = true;
            note = t.message.isEmpty() ? tr("Ticket #%1.").arg(id) : tr("Ticket #%1: %2").arg(id).arg(t.message);
            break;
        case TicketStatus::Failed:
        case TicketStatus::Rejected:
            ++notCreated;
            bad = true;
            note = !t.message.isEmpty()               ? tr("Ticket #%1: %2").arg(id).arg(t.message)
                   : t.status == TicketStatus::Failed ? tr("Ticket #%1: Ripio could not register it.").arg(id)
                                                      : tr("Ticket #%1: Ripio refused it.").arg(id);
            break;
        default:
            note =
                t.retryOf != 0 ? tr("Ticket #%1, a retry of #%2.").arg(id).arg(t.retryOf) : tr("Ticket #%1.").arg(id);
            break;
        }
        CsvPreview::updateRow(m_table, r, {{1, TicketModel::statusLabel(t.status)}, {m_table->columnCount() - 1, note}},
                              bad);
    }
    if (done == 0)
        return;
    // What a glance at the dialog must tell: how many made it, how many did not, and how many
    // Ripio may have made without saying so (an UNCONFIRMED ticket is no failure: its webhook
    // may yet make it CREATED here).
    QString text = m_queuedText + QLatin1Char('\n') + tr("%n created", nullptr, created);
    if (notCreated > 0)
        text += tr("; %n not created (failed or rejected)", nullptr, notCreated);
    if (unconfirmed > 0)
        text += tr("; %n unconfirmed (Ripio may have them)", nullptr, unconfirmed);
    text += notCreated + unconfirmed > 0 ? tr(": see the Verdict column or the main window.") : QStringLiteral(".");
    CsvPreview::showMessage(m_message, text, notCreated + unconfirmed > 0);
}

void BulkTicketsDialog::updateButtons()
{
    if (m_state == State::Following) {
        // Queued: the button's next job is the failures' one-click retry.
        const qsizetype retryable = retryableIds().size();
        m_queueButton->setText(retryable > 0 ? tr("&Retry %n failed tickets", nullptr, int(retryable))
                                             : tr("&Retry failed tickets"));
        m_queueButton->setAccessibleName(tr("Retry the failed tickets"));
        m_queueButton->setEnabled(retryable > 0);
    } else {
        m_queueButton->setText(tr("&Queue %n tickets", nullptr, m_plan.readyCount));
        m_queueButton->setAccessibleName(tr("Queue the ready tickets"));
        m_queueButton->setEnabled(m_state == State::Previewing && m_plan.readyCount > 0);
    }
    m_file->chooseButton()->setEnabled(m_state != State::Queuing && m_state != State::Following);
}

} // namespace TicketDesk
