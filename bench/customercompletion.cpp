// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// customercompletion: the create form's customer completion at directory scale. Builds a
// CustomerIndex over N synthetic customers (bench/syntheticcustomers.h), then types what an
// operator types, one keystroke at a time, and times each matches() call: the names of
// random customers (without accents, in lower case, as people type them), their surnames,
// emails, CRM references and id prefixes. Also times update() of one customer. Reports the
// build time and p50/p99/max per keystroke, and how often the customer typed was offered.
//
//     customercompletion [--customers 100000] [--typed 40] [--limit 10] [--seed 13]
#include "service/customerindex.h"
#include "syntheticcustomers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace TicketDesk;

namespace {

double percentileMs(std::vector<qint64> ns, double p)
{
    if (ns.empty())
        return 0;
    std::sort(ns.begin(), ns.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(ns.size() - 1) + 0.5);
    return static_cast<double>(ns[std::min(index, ns.size() - 1)]) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers in the directory."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption typedOption(QStringLiteral("typed"), QStringLiteral("Customers typed, per kind of text."),
                                         QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("Matches asked for."),
                                         QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                        QStringLiteral("13"));
    parser.addOptions({customersOption, typedOption, limitOption, seedOption});
    parser.process(app);
    const qsizetype count = std::max<qsizetype>(1, parser.value(customersOption).toLongLong());
    const int typed = std::max(1, parser.value(typedOption).toInt());
    const qsizetype limit = std::max<qsizetype>(1, parser.value(limitOption).toLongLong());
    QRandomGenerator random(parser.value(seedOption).toUInt());

    const QList<CustomerRecord> customers = syntheticCustomers(count, random);
    QElapsedTimer timer;
    timer.start();
    CustomerIndex index(customers);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    out << "customers " << index.size() << ", index built in " << buildMs << " ms\n";

    // What the operator types for customer c: ASCII lower case, as fingers do.
    struct Kind
    {
        const char *label;
        QString (*text)(const CustomerRecord &);
    };
    const Kind kinds[] = {
        {"full name", [](const CustomerRecord &c) { return CustomerIndex::fold(c.name); }},
        {"surname", [](const CustomerRecord &c) { return CustomerIndex::fold(c.name).section(u' ', 1); }},
        {"email", [](const CustomerRecord &c) { return c.email.left(14); }},
        {"reference", [](const CustomerRecord &c) { return c.externalRef; }},
        {"id prefix", [](const CustomerRecord &c) { return c.customerId.left(13); }},
    };
    std::vector<qint64> all;
    for (const Kind &kind : kinds) {
        std::vector<qint64> ns;
        int offered = 0;
        int tried = 0;
        while (tried < typed) {
            const CustomerRecord &c = customers.at(random.bounded(qsizetype(0), customers.size()));
            const QString text = kind.text(c);
            if (text.isEmpty())
                continue;
            ++tried;
            bool found = false;
            for (qsizetype n = 1; n <= text.size(); ++n) {
                timer.restart();
                const QList<CustomerMatch> matches = index.matches(QStringView(text).first(n), limit);
                ns.push_back(timer.nsecsElapsed());
                if (n == text.size())
                    found = std::any_of(matches.begin(), matches.end(),
                                        [&c](const CustomerMatch &m) { return m.customer.customerId == c.customerId; });
            }
            offered += found ? 1 : 0;
        }
        out << "  " << QString::fromLatin1(kind.label).leftJustified(10) << ' ' << ns.size() << " keystrokes: p50 "
            << percentileMs(ns, 0.5) << " ms, p99 " << percentileMs(ns, 0.99) << " ms, max " << percentileMs(ns, 1.0)
            << " ms; typed customer offered " << offered << '/' << tried << '\n';
        all.insert(all.end(), ns.begin(), ns.end());
    }
    out << "all " << all.size() << " keystrokes: p50 " << percentileMs(all, 0.5) << " ms, p99 "
        << percentileMs(all, 0.99) << " ms, max " << percentileMs(all, 1.0) << " ms\n";

    std::vector<qint64> updates;
    for (int i = 0; i < 200; ++i) {
        CustomerRecord c = customers.at(random.bounded(qsizetype(0), customers.size()));
        c.name += QStringLiteral(" Jr");
        c.closed = !c.closed;
        timer.restart();
        index.update(c);
        updates.push_back(timer.nsecsElapsed());
    }
    out << "update of one customer: p50 " << percentileMs(updates, 0.5) << " ms, max " << percentileMs(updates, 1.0)
        << " ms\n";
    return 0;
}
