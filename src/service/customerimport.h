// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/customerrecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace TicketDesk {

struct CsvTable;

// One data row of a customer list, as the import would treat it.
struct CustomerImportRow
{
    enum class Kind
    {
        New,       // not in the directory: added
        Updated,   // in the directory with other values: changedFields say which
        Unchanged, // in the directory with the same values: nothing to write
        Invalid,   // not imported: reason says why
    };

    int line = 0; // in the file
    Kind kind = Kind::Invalid;
    CustomerRecord record;       // as it will be written (Invalid: the values as read)
    CustomerRecord previous{};   // Updated and Unchanged: the directory's record now
    QStringList changedFields{}; // Updated: of "name", "email", "externalRef"
    QString reason{};            // Invalid: one or more sentences
};

struct CustomerImportPlan
{
    QString error; // the file cannot be imported at all (unreadable, no customerId column)
    int errorLine = 0;
    QList<CustomerImportRow> rows; // in file order
    QStringList ignoredColumns;    // header names the import does not use
    int newCount = 0;
    int updatedCount = 0;
    int unchangedCount = 0;
    int invalidCount = 0;
    QList<CustomerRecord> toWrite; // New and Updated records, in file order

    bool ok() const { return error.isEmpty(); }
};

// Plans the import of a customer list (a CSV read by CsvReader) into the directory, writing
// nothing: the preview shows the plan, then the caller writes `toWrite`.
//
// Columns (any case and order): customerId (required, a UUID), name, email and externalRef
// (optional); other columns are ignored and listed. Values are trimmed. An empty cell keeps
// the directory's value (an import never erases one); a new customer's id is stored in lower
// case, a known one keeps its id as written and everything else it has (last summary, closed).
// A row is Invalid when its customerId is missing or not a UUID, its email does not look
// like one, a value is too long or holds a line break, it repeats the customerId of an
// earlier row, or it has more or fewer fields than the header.
//
//     const CustomerImportPlan plan = CustomerImport::plan(CsvReader().read(file), store.customers());
class CustomerImport final
{
public:
    static constexpr int MaxNameChars = 200;
    static constexpr int MaxEmailChars = 254; // the longest address SMTP allows
    static constexpr int MaxExternalRefChars = 200;

    // `directory`: the customers known now, keyed by their customerId in lower case.
    static CustomerImportPlan plan(const CsvTable &table, const QHash<QString, CustomerRecord> &directory);
    static CustomerImportPlan plan(const CsvTable &table, const QList<CustomerRecord> &directory);

    // One address, roughly as mail systems accept it: something@domain.tld, no spaces.
    static bool isPlausibleEmail(QStringView email);
};

} // namespace TicketDesk
