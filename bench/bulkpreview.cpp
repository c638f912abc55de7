// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bulkpreview: the preview of File -> Create tickets from CSV at the issue's size. A directory
// of N synthetic customers (bench/syntheticcustomers.h), K open-ticket keys, templates, and a
// CSV of R rows as an operator would export it: by customerId or by email, some with a
// template, a few bad (unknown customer, bad id, summary too long) and a few duplicates of an
// open ticket. Times reading the CSV, indexing the directory and planning, best of several
// runs, and prints the verdicts.
//
//     bulkpreview [--customers 100000] [--rows 10000] [--open 5000] [--runs 5] [--seed 13]
#include "core/csvreader.h"
#include "core/csvwriter.h"
#include "service/bulkticketplan.h"
#include "syntheticcustomers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace TicketDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers in the directory."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the CSV."), QStringLiteral("N"),
                                        QStringLiteral("10000"));
    const QCommandLineOption openOption(QStringLiteral("open"), QStringLiteral("Open-ticket keys."),
                                        QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs; the best is reported."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                        QStringLiteral("13"));
    parser.addOptions({customersOption, rowsOption, openOption, runsOption, seedOption});
    parser.process(app);
    const qsizetype customerCount = std::max<qsizetype>(1, parser.value(customersOption).toLongLong());
    const int rows = std::max(1, parser.value(rowsOption).toInt());
    const int openCount = std::max(0, parser.value(openOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QRandomGenerator random(parser.value(seedOption).toUInt());

    const QList<CustomerRecord> customers = syntheticCustomers(customerCount, random);
    const auto anyCustomer = [&]() -> const CustomerRecord & {
        return customers.at(random.bounded(qsizetype(0), customers.size()));
    };
    const QStringList summaries = QStringLiteral("Card blocked after the outage|Transfer pending since yesterday|"
                                                 "Refund not received|Cannot log in|Withdrawal stuck|Deposit missing|"
                                                 "Two charges for one payment|KYC documents rejected")
                                      .split(u'|');
    const auto summaryFor = [&](int i) -> QString {
        return summaries.at(i % summaries.size()) + u" #"_qs + QString::number(i);
    };

    QSet<QString> openKeys;
    QList<QPair<QString, QString>> open; // customer id, summary: some rows repeat them
    for (int i = 0; i < openCount; ++i) {
        const CustomerRecord &c = anyCustomer();
        const QString summary = summaryFor(1000000 + i);
        openKeys.insert(BulkTicketPlanner::duplicateKey(c.customerId, summary));
        open.append({c.customerId, summary});
    }
    TicketTemplate outage;
    outage.name = u"Outage"_qs;
    outage.summary = u"Outage follow-up for {customer.name} ({reference})"_qs;
    outage.description = u"Customer {customer.id} ({customer.externalRef}) was hit by the outage of {date}.\n"
                         u"Our reference: {reference}."_qs;
    const QList<TicketTemplate> templates{outage};

    QByteArray csv = CsvWriter::row(
        {u"customerId"_qs, u"email"_qs, u"summary"_qs, u"description"_qs, u"reference"_qs, u"template"_qs});
    for (int i = 0; i < rows; ++i) {
        const CustomerRecord &c = anyCustomer();
        const QString reference = u"HD-"_qs + QString::number(500000 + i);
        const int kind = random.bounded(100);
        QStringList cells;
        if (kind < 2 && !open.isEmpty()) {
            const auto &[id, summary] = open.at(random.bounded(qsizetype(0), open.size()));
            cells = {id, {}, summary, u"Again"_qs, reference, {}}; // an open ticket already
        } else if (kind < 3) {
            cells = {syntheticUuid(random), {}, summaryFor(i), {}, reference, {}}; // not in the directory
        } else if (kind < 4) {
            cells = {u"12345"_qs, {}, summaryFor(i), {}, reference, {}}; // bad id
        } else if (kind < 5) {
            cells = {c.customerId, {}, QString(300, u'x'), {}, reference, {}}; // summary too long
        } else if (kind < 25) {
            cells = {c.customerId, {}, {}, {}, reference, outage.name};
        } else if (kind < 55 && !c.email.isEmpty()) {
            cells = {{},        c.email, summaryFor(i), u"Reported through the helpdesk, ticket "_qs + reference,
                     reference, {}};
        } else {
            cells = {c.customerId,  {},
                     summaryFor(i), u"Reported through the helpdesk, ticket "_qs + reference + u".\nPlease check."_qs,
                     reference,     {}};
        }
        csv += CsvWriter::row(cells);
    }
    out << "directory " << customers.size() << " customers, " << openKeys.size() << " open keys; CSV " << rows
        << " rows, " << csv.size() / 1024 << " KiB\n";

    qint64 bestParse = std::numeric_limits<qint64>::max();
    qint64 bestIndex = bestParse;
    qint64 bestPlan = bestParse;
    qint64 bestTotal = bestParse;
    BulkTicketPlan plan;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        const CsvTable table = CsvReader().parse(csv);
        const qint64 parsed = timer.nsecsElapsed();
        const BulkTicketPlanner planner(customers, templates, openKeys, ValidationLimits{}, QDate::currentDate());
        const qint64 indexed = timer.nsecsElapsed();
        plan = planner.plan(table);
        const qint64 planned = timer.nsecsElapsed();
        bestParse = std::min(bestParse, parsed);
        bestIndex = std::min(bestIndex, indexed - parsed);
        bestPlan = std::min(bestPlan, planned - indexed);
        bestTotal = std::min(bestTotal, planned);
        out << "  run " << run + 1 << ": " << double(planned) / 1e6 << " ms\n";
    }
    const auto ms = [](qint64 ns) { return double(ns) / 1e6; };
    out << "best of " << runs << ": parse " << ms(bestParse) << " ms, index directory " << ms(bestIndex) << " ms, plan "
        << ms(bestPlan) << " ms, total " << ms(bestTotal) << " ms\n";
    out << "verdicts: " << plan.readyCount << " ready, " << plan.refusedCount << " refused\n";
    return plan.ok() ? 0 : 1;
}
