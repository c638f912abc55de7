// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ticketsbench: creates N tickets through TicketService against an in-process
// Ripio sandbox (webhooks to the engine's own listener) and reports throughput
// from the first submit to the last outcome, and p50/p99 of the time from
// createTicket() to CREATED/FAILED as seen in ticketsChanged.
#include "core/clock.h"
#include "sandbox/ripiosandbox.h"
#include "service/ticketservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace TicketDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Tickets to create."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption delayOption(QStringLiteral("webhook-delay"), QStringLiteral("Sandbox webhook delay."),
                                         QStringLiteral("MS"), QStringLiteral("10"));
    parser.addOption(countOption);
    parser.addOption(delayOption);
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());

    QTemporaryDir dir;
    SandboxOptions options;
    options.webhookDelayMs = parser.value(delayOption).toInt();
    RipioSandbox sandbox(options);
    if (!dir.isValid() || !sandbox.listen()) {
        out << "cannot set up: " << sandbox.errorString() << Qt::endl;
        return 1;
    }
    SystemClock clock;
    TicketService service(clock);
    EngineConfig config;
    config.dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
    config.dataDir = dir.path();
    config.client.baseUrl = sandbox.baseUrl();
    config.client.clientId = options.clientId;
    config.client.clientSecret = options.clientSecret;
    config.port = 0;
    config.webhookSecret = options.webhookSecret;
    config.reconcileAfterSeconds = 3600; // measure the webhook path, not reconciliation
    service.start(config);
    sandbox.setWebhookUrl(QUrl(config.listenerUrl(service.listenerPort())));

    QElapsedTimer clockMs;
    clockMs.start();
    QHash<qint64, qint64> submittedAt; // local id -> ns
    QList<qint64> latencies;
    latencies.reserve(count);
    int created = 0;
    int failed = 0;
    QObject::connect(&service, &TicketService::createFinished, &service,
                     [&](quint64 tag, qint64 id, const QList<FieldError> &, const QString &) {
                         submittedAt.insert(id, qint64(tag));
                     });
    QObject::connect(&service, &TicketService::ticketsChanged, &service, [&](const QList<Ticket> &tickets) {
        for (const Ticket &t : tickets) {
            if (!isTerminal(t.status))
                continue;
            const auto it = submittedAt.find(t.id);
            if (it == submittedAt.end())
                continue;
            latencies.append(clockMs.nsecsElapsed() - *it);
            submittedAt.erase(it);
            (t.status == TicketStatus::Created ? created : failed)++;
            if (latencies.size() == count)
                QCoreApplication::quit();
        }
    });
    // Submitted in slices so the event loop (listener, client) keeps turning, as in the GUI.
    int submitted = 0;
    const qint64 start = clockMs.nsecsElapsed();
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, &service, [&] {
        for (int i = 0; i < 50 && submitted < count; ++i, ++submitted) {
            const QString summary = submitted % 10 == 9 ? QStringLiteral("bench fail %1").arg(submitted)
                                                        : QStringLiteral("bench %1").arg(submitted);
            service.createTicket(NewTicket{QStringLiteral("9b2c6c1e-1f1a-4d55-9e0e-2a8f6f7f1a01"), summary, {}, {}},
                                 quint64(clockMs.nsecsElapsed()));
        }
        if (submitted >= count)
            feeder.stop();
    });
    feeder.start(0);
    QTimer::singleShot(600'000, &app, [] { QCoreApplication::exit(2); });
    const int code = QCoreApplication::exec();
    const double seconds = double(clockMs.nsecsElapsed() - start) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    const auto pct = [&latencies](double p) {
        if (latencies.isEmpty())
            return 0.0;
        const qsizetype i = std::min(latencies.size() - 1, qsizetype(std::ceil(p * double(latencies.size())) - 1));
        return double(latencies.at(std::max<qsizetype>(0, i))) / 1e6;
    };
    out << "tickets: " << count << " outcomes: " << latencies.size() << " (created " << created << ", failed " << failed
        << ")\n"
        << "wall: " << seconds << " s, throughput: " << double(latencies.size()) / seconds << " tickets/s\n"
        << "submit->outcome p50: " << pct(0.50) << " ms, p99: " << pct(0.99) << " ms\n"
        << "sandbox: webhooks delivered " << sandbox.counters().webhooksDelivered << ", tokens "
        << sandbox.counters().tokensIssued << Qt::endl;
    return code == 0 && latencies.size() == count ? 0 : 1;
}
