// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/customerimportdialog.h"

#include "gui/csvpreview.h"
#include "service/ticketservice.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace TicketDesk {

namespace {

// Tags of this dialog's requests: far from the main window's small counters.
quint64 nextTag()
{
    static quint64 tag = quint64(1) << 48;
    return ++tag;
}

enum Column
{
    LineColumn,
    KindColumn,
    IdColumn,
    NameColumn,
    EmailColumn,
    ExternalRefColumn,
    DetailsColumn,
};

} // namespace

CustomerImportDialog::CustomerImportDialog(TicketService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_file(new CsvFileChooser(tr("Import customers"), this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(CsvPreview::makeTable({tr("Line"), tr("Kind"), tr("Customer ID"), tr("Name"), tr("Email"),
                                     tr("External reference"), tr("Reason or changes")},
                                    QStringLiteral("customerPreviewTable"), tr("Customers in the file"), this))
    , m_importButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("CustomerImportDialog"));
    setWindowTitle(tr("Import customers"));
    setAccessibleName(tr("Import customers"));
    resize(860, 480);

    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setAccessibleName(tr("Import the customers"));
    CsvPreview::layOut(this, {m_file, m_totals, m_table, nullptr, m_message, m_importButton, m_closeButton});

    connect(m_file, &CsvFileChooser::fileChosen, this, &CustomerImportDialog::loadFile);
    connect(m_importButton, &QPushButton::clicked, this, &CustomerImportDialog::import);
    connect(service, &TicketService::customersLoaded, this, &CustomerImportDialog::directoryLoaded);
    connect(service, &TicketService::customersUnreadable, this, &CustomerImportDialog::directoryUnreadable);
    connect(service, &TicketService::customersImported, this, &CustomerImportDialog::imported);

    m_totals->setText(tr("Choose a CSV file with a customerId column (name, email and externalRef are optional)."));
    updateButtons();
}

CustomerImportDialog::~CustomerImportDialog() = default;

void CustomerImportDialog::loadFile(const QString &path)
{
    m_file->setPath(path);
    m_csv = CsvFileChooser::read(path);
    m_plan = {};
    m_table->setRowCount(0);
    CsvPreview::showMessage(m_message, QString(), false);
    m_state = State::Loading;
    m_totals->setText(tr("Reading the customer directory…"));
    updateButtons();
    TicketService *s = m_service;
    QMetaObject::invokeMethod(
        s, [s] { s->loadCustomers(); }, Qt::QueuedConnection);
}

void CustomerImportDialog::directoryLoaded(const QList<CustomerRecord> &customers)
{
    if (m_state != State::Loading)
        return;
    m_plan = CustomerImport::plan(m_csv, customers);
    m_state = State::Previewing;
    showPlan();
}

void CustomerImportDialog::directoryUnreadable(const QString &why)
{
    if (m_state != State::Loading)
        return;
    m_state = State::Empty;
    CsvPreview::showDirectoryUnreadable(m_totals, m_message, why);
    updateButtons();
}

void CustomerImportDialog::showPlan()
{
    if (!m_plan.ok()) {
        m_totals->setText(tr("This file cannot be imported."));
        CsvPreview::showMessage(m_message, CsvPreview::fileError(m_plan.error, m_plan.errorLine), true);
        updateButtons();
        return;
    }
    const QString totals =
        tr("%n rows: %1 new, %2 updated, %3 unchanged, %4 invalid.", nullptr, int(m_plan.rows.size()))
            .arg(m_plan.newCount)
            .arg(m_plan.updatedCount)
            .arg(m_plan.unchangedCount)
            .arg(m_plan.invalidCount);
    m_totals->setText(totals + CsvPreview::ignoredColumns(m_plan.ignoredColumns));
    m_table->setRowCount(int(m_plan.rows.size()));
    for (int r = 0; r < m_plan.rows.size(); ++r) {
        const CustomerImportRow &row = m_plan.rows.at(r);
        const bool invalid = row.kind == CustomerImportRow::Kind::Invalid;
        QString details = row.reason;
        if (row.kind == CustomerImportRow::Kind::Updated) {
            // In the words of the table's own columns, not the file's column names.
            QStringList changed;
            for (const QString &field : row.changedFields)
                changed << fieldText(field);
            details = tr("Changes: %1").arg(changed.join(QStringLiteral(", ")));
        }
        CsvPreview::setRow(m_table, r,
                           {QString::number(row.line), kindText(row.kind), row.record.customerId, row.record.name,
                            row.record.email, row.record.externalRef, details},
                           invalid);
    }
    CsvPreview::finishRows(m_table);
    updateButtons();
}

void CustomerImportDialog::import()
{
    if (m_state != State::Previewing || m_plan.toWrite.isEmpty())
        return;
    m_state = State::Importing;
    m_tag = nextTag();
    CsvPreview::showMessage(m_message, tr("Importing…"), false);
    updateButtons();
    TicketService *s = m_service;
    const QList<CustomerRecord> records = m_plan.toWrite;
    const quint64 tag = m_tag;
    QMetaObject::invokeMethod(
        s, [s, records, tag] { s->importCustomers(records, tag); }, Qt::QueuedConnection);
}

void CustomerImportDialog::imported(quint64 tag, const QString &error)
{
    if (m_state != State::Importing || tag != m_tag)
        return;
    if (!error.isEmpty()) {
        m_state = State::Previewing;
        CsvPreview::showMessage(m_message, error, true);
    } else {
        m_state = State::Done;
        QString done = tr("Imported %n customers (%1 new, %2 updated).", nullptr, int(m_plan.toWrite.size()))
                           .arg(m_plan.newCount)
                           .arg(m_plan.updatedCount);
        // The rows left out are part of the result: an operator who only reads this line must
        // not take the whole file for imported.
        if (m_plan.invalidCount > 0)
            done += QLatin1Char(' ') + tr("%n invalid rows were not imported; they stay marked in the list.", nullptr,
                                          m_plan.invalidCount);
        CsvPreview::showMessage(m_message, done, false);
    }
    updateButtons();
}

void CustomerImportDialog::updateButtons()
{
    const qsizetype count = m_plan.toWrite.size();
    m_importButton->setText(tr("&Import %n customers", nullptr, int(count)));
    m_importButton->setEnabled(m_state == State::Previewing && count > 0);
    m_file->chooseButton()->setEnabled(m_state != State::Importing);
}

QString CustomerImportDialog::fieldText(const QString &field)
{
    if (field == QLatin1StringView("name"))
        return tr("Name");
    if (field == QLatin1StringView("email"))
        return tr("Email");
    if (field == QLatin1StringView("externalRef"))
        return tr("External reference");
    return field;
}

QString CustomerImportDialog::kindText(CustomerImportRow::Kind kind)
{
    switch (kind) {
    case CustomerImportRow::Kind::New:
        return tr("New");
    case CustomerImportRow::Kind::Updated:
        return tr("Updated");
    case CustomerImportRow::Kind::Unchanged:
        return tr("Unchanged");
    case CustomerImportRow::Kind::Invalid:
        break;
    }
    return tr("Invalid");
}

} // namespace TicketDesk
