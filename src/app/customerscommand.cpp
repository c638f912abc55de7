// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/customerscommand.h"

#include "app/clicsv.h"
#include "app/cliexit.h"
#include "app/clioptions.h"
#include "app/clitable.h"
#include "app/ticketjson.h"
#include "service/customerimport.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace TicketDesk {

namespace {

using Cli::exitOk;
using Cli::fail;
using Cli::usageError;

int runList(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Cli::CommonOptions o(QCoreApplication::translate("CommandLine", "Listener address."));
    o.parser.addOption(o.json);
    if (const std::optional<QString> error = Cli::parseArguments(o.parser, args))
        return usageError(err, QStringLiteral("customers list: ") + *error);
    if (!o.parser.positionalArguments().isEmpty())
        return usageError(err, QCoreApplication::translate("CommandLine", "customers list: unexpected argument '%1'")
                                   .arg(o.parser.positionalArguments().first()));
    TicketStore store(clock);
    if (auto code = o.openToRead(store, err))
        return *code;
    const QList<CustomerRecord> customers = store.customers();
    if (!store.lastError().ok())
        return fail(err, store.lastError().message);

    if (o.parser.isSet(o.json)) {
        QJsonArray array;
        for (const CustomerRecord &c : customers)
            array.append(customerToJson(c));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out.flush();
        return exitOk;
    }
    if (customers.isEmpty()) {
        out << QCoreApplication::translate("CommandLine", "No customers.") << Qt::endl;
        return exitOk;
    }
    const QStringList header{QCoreApplication::translate("CommandLine", "ID"),
                             QCoreApplication::translate("CommandLine", "NAME"),
                             QCoreApplication::translate("CommandLine", "EMAIL"),
                             QCoreApplication::translate("CommandLine", "EXTERNAL REF"),
                             QCoreApplication::translate("CommandLine", "CLOSED"),
                             QCoreApplication::translate("CommandLine", "LAST SEEN (UTC)")};
    QList<QStringList> rows;
    rows.reserve(customers.size());
    for (const CustomerRecord &c : customers)
        rows.append({c.customerId, c.name.simplified(), c.email, c.externalRef.simplified(),
                     c.closed ? QCoreApplication::translate("CommandLine", "yes")
                              : QCoreApplication::translate("CommandLine", "no"),
                     Cli::shortTime(c.lastSeenAt)});
    Cli::printColumns(out, header, rows);
    return exitOk;
}

QString kindWord(CustomerImportRow::Kind kind)
{
    switch (kind) {
    case CustomerImportRow::Kind::New:
        return QStringLiteral("new");
    case CustomerImportRow::Kind::Updated:
        return QStringLiteral("updated");
    case CustomerImportRow::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case CustomerImportRow::Kind::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QJsonObject importRowToJson(const CustomerImportRow &row)
{
    QJsonObject o{{QStringLiteral("line"), row.line},
                  {QStringLiteral("kind"), kindWord(row.kind)},
                  {QStringLiteral("customerId"), row.record.customerId},
                  {QStringLiteral("name"), row.record.name},
                  {QStringLiteral("email"), row.record.email},
                  {QStringLiteral("externalRef"), row.record.externalRef},
                  {QStringLiteral("changedFields"), QJsonArray::fromStringList(row.changedFields)}};
    if (row.kind == CustomerImportRow::Kind::Invalid)
        o.insert(QStringLiteral("reason"), row.reason);
    return o;
}

void printImportText(const CustomerImportPlan &plan, bool dryRun, QTextStream &out)
{
    for (const CustomerImportRow &row : plan.rows) {
        out << QCoreApplication::translate("CommandLine", "line %1:").arg(row.line) << ' ' << kindWord(row.kind);
        if (!row.record.customerId.isEmpty())
            out << ' ' << row.record.customerId.simplified();
        if (!row.record.name.isEmpty())
            out << ' ' << row.record.name.simplified();
        if (row.kind == CustomerImportRow::Kind::Updated)
            out << " (" << row.changedFields.join(QStringLiteral(", ")) << ')';
        if (row.kind == CustomerImportRow::Kind::Invalid)
            out << ": " << row.reason.simplified();
        out << '\n';
    }
    if (!plan.ignoredColumns.isEmpty())
        out << QCoreApplication::translate("CommandLine", "Ignored columns: %1")
                   .arg(plan.ignoredColumns.join(QStringLiteral(", ")))
            << '\n';
    out << QCoreApplication::translate("CommandLine", "Totals: %1 new, %2 updated, %3 unchanged, %4 invalid.")
               .arg(plan.newCount)
               .arg(plan.updatedCount)
               .arg(plan.unchangedCount)
               .arg(plan.invalidCount)
        << ' '
        << (dryRun ? QCoreApplication::translate("CommandLine", "Dry run: nothing was written.")
                   : QCoreApplication::translate("CommandLine", "%n customers written.", nullptr,
                                                 int(plan.toWrite.size())))
        << Qt::endl;
}

// `customers import FILE [--dry-run] [--json]`: the valid rows are written (all
// in one transaction) even when others are invalid; any invalid row makes the exit code 1.
int runImport(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Cli::CommonOptions o(QCoreApplication::translate("CommandLine", "Listener address."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("CommandLine", "Show what would change; write nothing."));
    o.parser.addOption(o.json);
    o.parser.addOption(dryRun);
    if (const std::optional<QString> error = Cli::parseArguments(o.parser, args))
        return usageError(err, QStringLiteral("customers import: ") + *error);
    const QStringList positional = o.parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(err,
                          QCoreApplication::translate("CommandLine", "customers import: expected exactly one FILE"));
    const QString path = positional.first();
    const bool dry = o.parser.isSet(dryRun);
    if (const std::optional<int> code = o.badCommonOption(err))
        return *code;
    // A dry run writes nothing: a mistyped --db must not become a new, empty database.
    if (dry) {
        if (const std::optional<QString> missing = o.missingNamedDatabase())
            return fail(err, *missing);
    }

    TicketStore store(clock);
    if (const StoreError error = store.open(o.databaseLocation()); !error.ok())
        return fail(err, error.message);
    const QList<CustomerRecord> directory = store.customers();
    if (!store.lastError().ok())
        return fail(err, store.lastError().message);
    const CustomerImportPlan plan = CustomerImport::plan(Cli::readCsvFile(path), directory);
    if (!plan.ok())
        return fail(err, Cli::fileError(path, plan.errorLine, plan.error));
    if (!dry && !plan.toWrite.isEmpty() && !store.importCustomers(plan.toWrite))
        return fail(err, QCoreApplication::translate("CommandLine", "the customers could not be written (none was): %1")
                             .arg(store.lastError().message));

    if (o.parser.isSet(o.json)) {
        QJsonArray rows;
        for (const CustomerImportRow &row : plan.rows)
            rows.append(importRowToJson(row));
        const QJsonObject totals{{QStringLiteral("new"), plan.newCount},
                                 {QStringLiteral("updated"), plan.updatedCount},
                                 {QStringLiteral("unchanged"), plan.unchangedCount},
                                 {QStringLiteral("invalid"), plan.invalidCount},
                                 {QStringLiteral("written"), dry ? 0 : int(plan.toWrite.size())}};
        const QJsonObject report{{QStringLiteral("dryRun"), dry},
                                 {QStringLiteral("rows"), rows},
                                 {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(plan.ignoredColumns)},
                                 {QStringLiteral("totals"), totals}};
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        out.flush();
    } else {
        printImportText(plan, dry, out);
    }
    if (plan.invalidCount > 0)
        return fail(err, QCoreApplication::translate("CommandLine", "%n rows of %1 are invalid and were not imported",
                                                     nullptr, plan.invalidCount)
                             .arg(path));
    return exitOk;
}

} // namespace

int runCustomersCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == QLatin1StringView("list"))
        return runList(arguments.mid(1), out, err, clock);
    if (subcommand == QLatin1StringView("import"))
        return runImport(arguments.mid(1), out, err, clock);
    if (subcommand.isEmpty() || subcommand.startsWith(QLatin1Char('-')))
        return usageError(
            err, QCoreApplication::translate("CommandLine", "customers: expected a subcommand (list, import)"));
    return usageError(err,
                      QCoreApplication::translate("CommandLine", "customers: unknown subcommand '%1'").arg(subcommand));
}

} // namespace TicketDesk
