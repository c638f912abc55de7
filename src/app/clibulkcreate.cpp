// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clibulkcreate.h"

#include "app/clicsv.h"
#include "core/clock.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TicketDesk::Cli {

std::optional<BulkTicketPlan> planBulkCreate(TicketStore &store, const QString &path, const ValidationLimits &limits,
                                             const Clock &clock, QTextStream &err)
{
    const QList<CustomerRecord> customers = store.customers();
    const QList<TicketTemplate> templates = store.templates();
    const QDateTime since = clock.now().addDays(-TicketStore::duplicateWindowDays);
    const std::optional<QSet<QString>> openKeys = store.openTicketKeys(since);
    const std::optional<QSet<QString>> filed = store.openTicketRequests(since);
    if (!store.lastError().ok() || !openKeys || !filed) {
        err << "ticketdesk: " << store.lastError().message << Qt::endl;
        return std::nullopt;
    }
    BulkTicketPlanner planner(customers, templates, *openKeys, limits, clock.now().toLocalTime().date());
    planner.setFiledRequests(*filed);
    BulkTicketPlan plan = planner.plan(readCsvFile(path));
    if (!plan.ok()) {
        err << "ticketdesk: " << fileError(path, plan.errorLine, plan.error) << Qt::endl;
        return std::nullopt;
    }
    return plan;
}

namespace {

QString verdictWord(const BulkTicketRow &row)
{
    return row.verdict == BulkTicketRow::Verdict::Ready ? QStringLiteral("ready") : QStringLiteral("refused");
}

QJsonObject rowToJson(const BulkTicketRow &row, qint64 id)
{
    QJsonObject o{{QStringLiteral("line"), row.line},
                  {QStringLiteral("verdict"), verdictWord(row)},
                  {QStringLiteral("customerId"), row.ticket.customerId},
                  {QStringLiteral("customerName"), row.customerName},
                  {QStringLiteral("summary"), row.ticket.summary},
                  {QStringLiteral("reference"), row.ticket.reference},
                  {QStringLiteral("template"), row.templateName},
                  {QStringLiteral("reasons"), QJsonArray::fromStringList(row.reasons)},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(row.warnings)},
                  {QStringLiteral("alreadyOpen"), row.alreadyOpen}};
    o.insert(QStringLiteral("id"), id > 0 ? QJsonValue(id) : QJsonValue());
    return o;
}

} // namespace

void printBulkReport(const BulkTicketPlan &plan, const QList<qint64> &ids, bool dryRun, bool json, QTextStream &out)
{
    qsizetype next = 0; // the next Ready row's index into ids
    const auto idOf = [&](const BulkTicketRow &row) -> qint64 {
        if (row.verdict != BulkTicketRow::Verdict::Ready)
            return 0;
        return ids.value(next++);
    };
    if (json) {
        QJsonArray rows;
        for (const BulkTicketRow &row : plan.rows)
            rows.append(rowToJson(row, idOf(row)));
        const QJsonObject totals{{QStringLiteral("ready"), plan.readyCount},
                                 {QStringLiteral("refused"), plan.refusedCount},
                                 {QStringLiteral("alreadyOpen"), plan.alreadyOpenCount},
                                 {QStringLiteral("queued"), int(ids.size())}};
        const QJsonObject report{{QStringLiteral("dryRun"), dryRun},
                                 {QStringLiteral("rows"), rows},
                                 {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(plan.ignoredColumns)},
                                 {QStringLiteral("totals"), totals}};
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        out.flush();
        return;
    }
    for (const BulkTicketRow &row : plan.rows) {
        // A row filed before (a re-run of the file) is no error of the row: said apart.
        out << QCoreApplication::translate("CommandLine", "line %1:").arg(row.line) << ' '
            << (row.alreadyOpen ? QStringLiteral("already open") : verdictWord(row));
        if (const qint64 id = idOf(row); id > 0)
            out << ' ' << QCoreApplication::translate("CommandLine", "as ticket %1").arg(id);
        if (!row.ticket.customerId.isEmpty())
            out << ' ' << (row.customerName.isEmpty() ? row.ticket.customerId : row.customerName).simplified();
        if (!row.ticket.summary.isEmpty())
            out << QStringLiteral(" \u2014 ") << row.ticket.summary.simplified();
        if (!row.reasons.isEmpty())
            out << ": " << row.reasons.join(QLatin1Char(' ')).simplified();
        for (const QString &warning : row.warnings)
            out << " (" << warning.simplified() << ')';
        out << '\n';
    }
    if (!plan.ignoredColumns.isEmpty())
        out << QCoreApplication::translate("CommandLine", "Ignored columns: %1")
                   .arg(plan.ignoredColumns.join(QStringLiteral(", ")))
            << '\n';
    out << QCoreApplication::translate("CommandLine", "Totals: %1 ready, %2 refused, %3 already open.")
               .arg(plan.readyCount)
               .arg(plan.refusedCount - plan.alreadyOpenCount)
               .arg(plan.alreadyOpenCount)
        << ' '
        << (dryRun ? QCoreApplication::translate("CommandLine", "Dry run: nothing was queued.")
                   : QCoreApplication::translate("CommandLine", "%n tickets queued.", nullptr, int(ids.size())))
        << Qt::endl;
}

} // namespace TicketDesk::Cli
