// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// storewritebench: the webhook writer's store work alone, without HTTP, wrk or
// a listener sharing the cores. Applies N distinct SUPPORT_TICKET.CREATED
// webhook facts, each with its delivery record (a 285-byte body and its
// headers, as the receiver stores them), in batches of B with
// TicketStore::applyFacts() (one transaction each, synchronous = FULL), on a
// fresh SQLite file (or a PostgreSQL URL). Prints events/s, the CPU time of
// this process per event (its own work: the fsync wait is not CPU time) and
// the mean commit. The same workload every run: run it under
// `valgrind --tool=callgrind` to compare builds by instructions, which do not
// vary with a busy machine as times do.
//
//   storewritebench [--db PATH|URL] [--events N] [--batch B]
#include "core/clock.h"
#include "store/databaselocation.h"
#include "store/factinput.h"
#include "store/ticketstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace TicketDesk;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

FactInput createdEvent(int n, const QDateTime &at)
{
    const QString ticketId = QStringLiteral("8b1c2b3a-0001-4444-8555-%1").arg(n, 12, 10, QLatin1Char('0'));
    const QString customer = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
    const QString issueKey = QStringLiteral("SUP-1-%1").arg(n);
    const QByteArray body =
        QStringLiteral(R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"%1","supportTicket":)"
                       R"({"ticketId":"%2","customerId":"%3","issueKey":"%4","summary":"bench","status":"CREATED"}})")
            .arg(at.toString(Qt::ISODateWithMs), ticketId, customer, issueKey)
            .toUtf8();
    DeliveryRecord delivery;
    delivery.receivedAt = at;
    delivery.eventTime = at;
    delivery.eventType = QStringLiteral("SUPPORT_TICKET.CREATED");
    delivery.ticketId = ticketId;
    delivery.body = body;
    delivery.bodySize = body.size();
    delivery.headers = QStringLiteral("Content-Type: application/json\nUser-Agent: wrk\nX-Wh-Signature-256: sha256=%1")
                           .arg(QString(64, QLatin1Char('0')));
    delivery.skewMs = 0;
    delivery.peerAddress = QStringLiteral("127.0.0.1");
    return FactInput::forRemote(
        Fact::webhook(ticketId, TicketStatus::Created, issueKey, customer, QStringLiteral("bench"), at), delivery);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ticketdesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The webhook writer's store work alone."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite file or PostgreSQL URL."),
                                      QStringLiteral("location"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events (default 20000)."),
                                          QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Events per commit (default 16)."),
                                         QStringLiteral("n"), QStringLiteral("16"));
    parser.addOptions({dbOption, eventsOption, batchOption});
    parser.process(app);
    QTextStream out(stdout);
    const int events = parser.value(eventsOption).toInt();
    const int batch = std::max(1, parser.value(batchOption).toInt());

    QTemporaryDir dir;
    const QString where =
        parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    SystemClock clock;
    TicketStore store(clock);
    StoreOptions options;
    options.tempStoreInMemory = true; // as the writer's own connection
    if (const StoreError error = store.open(where, options); !error.ok()) {
        out << "cannot open " << where << ": " << error.message << Qt::endl;
        return 1;
    }
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QList<QList<FactInput>> batches;
    for (int n = 0; n < events; n += batch) {
        QList<FactInput> inputs;
        for (int i = n; i < std::min(events, n + batch); ++i)
            inputs.append(createdEvent(i, at));
        batches.append(inputs);
    }
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (const QList<FactInput> &inputs : std::as_const(batches)) {
        const QList<FactOutcome> outcomes = store.applyFacts(inputs);
        if (outcomes.isEmpty() || !outcomes.first().committed) {
            out << "commit failed: " << (outcomes.isEmpty() ? QString() : outcomes.first().error.message) << Qt::endl;
            return 1;
        }
    }
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    out << QStringLiteral("%1 events in batches of %2: %3 events/s, CPU %4 us/event, mean commit %5 ms")
               .arg(events)
               .arg(batch)
               .arg(qRound(events / wall))
               .arg(cpu * 1e6 / events, 0, 'f', 1)
               .arg(wall * 1e3 / batches.size(), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
