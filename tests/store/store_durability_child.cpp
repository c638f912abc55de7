// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Child of tst_store_durability: usage `store_durability_child DB PREFIX [gather]`.
// "gather" opens the store as the webhook writer does, through SqliteWalGather.
// Forever: saves a ticket and commits Submit + Accepted for it in one batch,
// then prints "<localId> <ticketId>" — only after the commit returned.
#include "core/clock.h"
#include "store/storeoptions.h"
#include "store/ticketstore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    using namespace TicketDesk;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 && !(args.size() == 4 && args.at(3) == QLatin1StringView("gather")))
        return 2;
    StoreOptions options;
    options.gatherWalWrites = args.size() == 4;
    SystemClock clock;
    TicketStore store(clock);
    if (const StoreError e = store.open(args.at(1), options); !e.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(e.message));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0; i < 1000000; ++i) {
        Ticket t;
        t.customerId = QStringLiteral("durability-customer");
        t.summary = QStringLiteral("round %1 item %2").arg(args.at(2)).arg(i);
        if (store.insertTicket(t) == 0)
            return 1;
        const QString ticketId = QStringLiteral("%1-%2").arg(args.at(2)).arg(i);
        const QList<FactOutcome> outcomes =
            store.applyFacts({FactInput::forLocal(t.id, Fact::submit(clock.now())),
                              FactInput::forLocal(t.id, Fact::accepted(ticketId, clock.now()))});
        if (outcomes.isEmpty() || !outcomes.last().committed)
            return 1;
        std::printf("%lld %s\n", static_cast<long long>(t.id), qPrintable(ticketId));
        std::fflush(stdout);
    }
    return 0;
}
