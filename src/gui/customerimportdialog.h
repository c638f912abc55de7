// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csvreader.h"
#include "service/customerimport.h"
#include "store/customerrecord.h"

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;

namespace TicketDesk {

class CsvFileChooser;
class TicketService;

// File → Import customers…: reads a customer CSV, plans it against the directory the engine
// sends (customersLoaded) and previews every row (New, Updated, Unchanged, Invalid with the
// reason), totals on top. Nothing is written until "Import N customers", which hands the New
// and Updated records to TicketService::importCustomers and shows its answer.
// It speaks to the engine (another thread) only through queued calls and its signals.
class CustomerImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerImportDialog)

public:
    explicit CustomerImportDialog(TicketService *service, QWidget *parent = nullptr);
    ~CustomerImportDialog() override;

    // Reads and previews this file (what "Choose file…" does after the file dialog).
    void loadFile(const QString &path);
    const CustomerImportPlan &plan() const { return m_plan; }

public Q_SLOTS:
    // Writes the plan's New and Updated customers.
    void import();

private:
    enum class State
    {
        Empty,      // no file yet
        Loading,    // waiting for the directory
        Previewing, // the plan is shown
        Importing,  // waiting for customersImported
        Done,
    };
    void directoryLoaded(const QList<CustomerRecord> &customers);
    // The directory could not be read: said, and the file may be chosen again.
    void directoryUnreadable(const QString &why);
    void imported(quint64 tag, const QString &error);
    void showPlan();
    void updateButtons();
    // The table column's title for a field of CustomerImportRow::changedFields.
    static QString fieldText(const QString &field);
    static QString kindText(CustomerImportRow::Kind kind);

    TicketService *m_service;
    CsvFileChooser *m_file;
    QLabel *m_totals;
    QLabel *m_message;
    QTableWidget *m_table;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
    State m_state = State::Empty;
    CsvTable m_csv;
    CustomerImportPlan m_plan;
    quint64 m_tag = 0;
};

} // namespace TicketDesk
