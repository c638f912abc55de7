// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/customerscommand.h"

#include "app/cliexit.h"
#include "app/clioptions.h"
#include "app/clitable.h"
#include "app/ticketjson.h"
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
    if (!o.parser.parse(QStringList{QStringLiteral("ticketdesk")} + args))
        return usageError(err, QStringLiteral("customers list: ") + o.parser.errorText());
    if (!o.parser.positionalArguments().isEmpty())
        return usageError(err, QCoreApplication::translate("CommandLine", "customers list: unexpected argument '%1'")
                                   .arg(o.parser.positionalArguments().first()));
    TicketStore store(clock);
    if (const StoreError error = store.open(o.databasePath()); !error.ok())
        return fail(err, error.message);
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
                             QCoreApplication::translate("CommandLine", "LAST SEEN")};
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

} // namespace

int runCustomersCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == QLatin1StringView("list"))
        return runList(arguments.mid(1), out, err, clock);
    if (subcommand.isEmpty() || subcommand.startsWith(QLatin1Char('-')))
        return usageError(err, QCoreApplication::translate("CommandLine", "customers: expected a subcommand (list)"));
    return usageError(err,
                      QCoreApplication::translate("CommandLine", "customers: unknown subcommand '%1'").arg(subcommand));
}

} // namespace TicketDesk
