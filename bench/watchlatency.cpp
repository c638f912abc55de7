// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// watchlatency: how long a committed ticket change takes to reach the followers of the change
// feed (what `ticketdesk watch` and a team desktop run). N writer threads, each with its own
// TicketStore, insert tickets one transaction at a time; W ChangeFeed watchers, each in its
// own thread as the desktop runs it, note when each ticket first reaches them. Reports p50,
// p99 and max of (watcher's signal - the writer's commit returning), on a SQLite file and,
// when a URL is given, on PostgreSQL (use a throwaway database: the bench writes tickets).
//
//     watchlatency [--writers 2] [--changes 200] [--watchers 5] [--interval-ms 10] [postgresql://...]
#include "core/clock.h"
#include "store/changefeed.h"
#include "store/ticketstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

using namespace TicketDesk;

namespace {

struct Settings
{
    int writers = 2;
    int changes = 200; // per writer
    int watchers = 5;
    int intervalMs = 10;
};

struct Timings
{
    QMutex mutex;
    QHash<qint64, qint64> committedNs;       // ticket id -> when insertTicket() returned
    QList<QHash<qint64, qint64>> receivedNs; // per watcher: ticket id -> first signal
};

qint64 percentile(QList<qint64> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto index = static_cast<qsizetype>(p * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

// Runs one round on `location`; prints one line of figures.
bool measure(const QString &label, const QString &location, const Settings &s, QTextStream &out)
{
    SystemClock clock;
    {
        TicketStore setup(clock);
        if (const StoreError e = setup.open(location); !e.ok()) {
            out << label << ": cannot open: " << e.message << Qt::endl;
            return false;
        }
    }
    QElapsedTimer time;
    time.start();
    Timings timings;
    timings.receivedNs.resize(s.watchers);

    QList<QThread *> threads;
    QList<ChangeFeed *> feeds;
    std::atomic<int> connected{0};
    for (int w = 0; w < s.watchers; ++w) {
        auto *thread = new QThread;
        auto *feed = new ChangeFeed(clock, location);
        feed->moveToThread(thread);
        QObject::connect(
            feed, &ChangeFeed::changed, feed,
            [&timings, &time, w](const QList<Ticket> &tickets, const QList<qint64> &, qint64) {
                const qint64 now = time.nsecsElapsed();
                QMutexLocker lock(&timings.mutex);
                for (const Ticket &t : tickets)
                    timings.receivedNs[w].insert(t.id, now); // a later state of the same ticket moves nothing
            },
            Qt::DirectConnection);
        QObject::connect(
            feed, &ChangeFeed::connectionChanged, feed,
            [&connected](bool ok) {
                if (ok)
                    ++connected;
            },
            Qt::DirectConnection);
        thread->start();
        // From the current last change: only what the writers commit counts.
        QMetaObject::invokeMethod(
            feed,
            [feed, &clock, location] {
                TicketStore store(clock);
                store.open(location);
                feed->start(store.lastChange());
            },
            Qt::BlockingQueuedConnection);
        threads.append(thread);
        feeds.append(feed);
    }
    if (connected < s.watchers) {
        out << label << ": only " << connected << " of " << s.watchers << " watchers connected" << Qt::endl;
        return false;
    }

    std::atomic<bool> failed{false};
    std::vector<std::thread> writers;
    const qint64 writeStart = time.nsecsElapsed();
    for (int w = 0; w < s.writers; ++w) {
        writers.emplace_back([&, w] {
            TicketStore store(clock);
            if (!store.open(location).ok()) {
                failed = true;
                return;
            }
            for (int i = 0; i < s.changes && !failed; ++i) {
                Ticket t;
                t.customerId = QStringLiteral("bench-%1").arg(w);
                t.summary = QStringLiteral("latency %1/%2").arg(w).arg(i);
                if (store.insertTicket(t) <= 0) {
                    failed = true;
                    return;
                }
                const qint64 now = time.nsecsElapsed();
                {
                    QMutexLocker lock(&timings.mutex);
                    timings.committedNs.insert(t.id, now);
                }
                if (s.intervalMs > 0)
                    QThread::msleep(static_cast<unsigned long>(s.intervalMs));
            }
        });
    }
    for (std::thread &t : writers)
        t.join();
    const qint64 writeEnd = time.nsecsElapsed();

    // Wait (at most 30 s) for every watcher to have seen every ticket.
    const qint64 expected = qint64(s.writers) * s.changes;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        bool all = true;
        {
            QMutexLocker lock(&timings.mutex);
            for (const auto &seen : std::as_const(timings.receivedNs))
                all = all && seen.size() >= expected;
        }
        if (all || waited.elapsed() > 30000)
            break;
        QThread::msleep(10);
    }

    QList<qint64> reads;
    for (int w = 0; w < s.watchers; ++w) {
        ChangeFeed *feed = feeds[w];
        QMetaObject::invokeMethod(
            feed,
            [feed, &reads] {
                reads.append(feed->readCount());
                delete feed;
            },
            Qt::BlockingQueuedConnection);
        threads[w]->quit();
        threads[w]->wait();
        delete threads[w];
    }

    QList<qint64> latencies;
    qint64 missing = 0;
    {
        QMutexLocker lock(&timings.mutex);
        for (const auto &seen : std::as_const(timings.receivedNs)) {
            for (auto it = timings.committedNs.cbegin(); it != timings.committedNs.cend(); ++it) {
                const auto got = seen.constFind(it.key());
                if (got == seen.cend()) {
                    ++missing;
                    continue;
                }
                // The signal can beat the writer's own clock reading: that is a latency of 0.
                latencies.append(std::max<qint64>(0, *got - it.value()));
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const auto ms = [](qint64 ns) { return QString::number(static_cast<double>(ns) / 1e6, 'f', 1); };
    const double seconds = static_cast<double>(writeEnd - writeStart) / 1e9;
    out << label << ": " << s.writers << " writers x " << s.changes << " commits (" << timings.committedNs.size()
        << " in " << QString::number(seconds, 'f', 2) << " s), " << s.watchers << " watchers: p50 "
        << ms(percentile(latencies, 0.50)) << " ms, p99 " << ms(percentile(latencies, 0.99)) << " ms, max "
        << ms(latencies.isEmpty() ? 0 : latencies.last()) << " ms; reads per watcher "
        << (reads.isEmpty() ? 0 : *std::max_element(reads.cbegin(), reads.cend())) << "; missing " << missing
        << (failed ? "; a writer FAILED" : "") << Qt::endl;
    return !failed && missing == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption writersOption(QStringLiteral("writers"), QStringLiteral("Writer threads."),
                                           QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Commits per writer."),
                                           QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption watchersOption(QStringLiteral("watchers"), QStringLiteral("ChangeFeed watchers."),
                                            QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("Pause of each writer between commits."),
                                            QStringLiteral("MS"), QStringLiteral("10"));
    parser.addOptions({writersOption, changesOption, watchersOption, intervalOption});
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("A throwaway PostgreSQL database (optional)."));
    parser.process(app);
    Settings s;
    s.writers = std::max(1, parser.value(writersOption).toInt());
    s.changes = std::max(1, parser.value(changesOption).toInt());
    s.watchers = std::max(1, parser.value(watchersOption).toInt());
    s.intervalMs = std::max(0, parser.value(intervalOption).toInt());

    QTemporaryDir dir;
    bool ok = measure(QStringLiteral("sqlite"), dir.filePath(QStringLiteral("bench.sqlite")), s, out);
    if (!parser.positionalArguments().isEmpty())
        ok = measure(QStringLiteral("postgresql"), parser.positionalArguments().first(), s, out) && ok;
    else
        out << "postgresql: skipped (give a throwaway database's URL as the argument)" << Qt::endl;
    return ok ? 0 : 1;
}
