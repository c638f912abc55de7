// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// webhookwatch: team mode's propagation latency, end to end. On a team database (a throwaway
// PostgreSQL database: the bench writes to it) it starts `ticketdesk db init`, S `ticketdesk
// serve` receivers and W `ticketdesk watch --json` followers as separate processes, plus one
// team desktop engine in this process (TicketService as the desktop runs it, in its own thread;
// its ticketsChanged signal is what feeds the desktop's ticket model). It then sends signed
// SUPPORT_TICKET.CREATED events for new tickets, alternately to each server, one at a time at a
// fixed pace, and reports p50 / p99 / max of (the moment a follower shows the ticket - the
// moment the webhook's 2xx arrived), for the watch processes and for the desktop engine.
// 127.0.0.1 only; every process is stopped at the end.
//
//   webhookwatch [--ticketdesk PATH] [--servers 2] [--watchers 5] [--events 300]
//                [--interval-ms 20] postgresql://user:password@127.0.0.1:port/db
#include "core/clock.h"
#include "core/signature.h"
#include "service/engineconfig.h"
#include "service/ticketservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <functional>
#include <memory>
#include <vector>

using namespace TicketDesk;

namespace {

const QByteArray secret = "bench-team-secret";

QString remoteId(int n)
{
    return QStringLiteral("7e2d9c1a-5555-4666-8777-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QByteArray request(int n)
{
    const QByteArray body =
        QStringLiteral(R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"%1","supportTicket":)"
                       R"({"ticketId":"%2","customerId":"0a1b2c3d-0000-4000-8000-000000000001",)"
                       R"("issueKey":"SUP-%3","summary":"propagation","status":"CREATED"}})")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), remoteId(n))
            .arg(n)
            .toUtf8();
    return "POST /webhooks/ripio HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nX-Wh-Signature-256: " + signatureHeaderValue(body, secret) +
           "\r\n\r\n" + body;
}

double percentileMs(std::vector<qint64> ns, double p)
{
    if (ns.empty())
        return 0;
    std::sort(ns.begin(), ns.end());
    return double(ns[std::min(ns.size() - 1, size_t(p * double(ns.size())))]) / 1e6;
}

struct Follower
{
    QString name;
    QHash<QString, qint64> seenNs; // remote ticket id -> first time shown
};

// Waits, serving events, until `done` or `ms` pass.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption exe(QStringLiteral("ticketdesk"), QStringLiteral("ticketdesk binary."),
                                 QStringLiteral("PATH"),
                                 QCoreApplication::applicationDirPath() + QStringLiteral("/../src/app/ticketdesk"));
    const QCommandLineOption serversOpt(QStringLiteral("servers"), QStringLiteral("serve processes."),
                                        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption watchersOpt(QStringLiteral("watchers"), QStringLiteral("watch processes."),
                                         QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption eventsOpt(QStringLiteral("events"), QStringLiteral("Events in all."), QStringLiteral("N"),
                                       QStringLiteral("300"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval-ms"), QStringLiteral("Pause between events."),
                                         QStringLiteral("MS"), QStringLiteral("20"));
    parser.addOptions({exe, serversOpt, watchersOpt, eventsOpt, intervalOpt});
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("A throwaway PostgreSQL database."));
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        out << "usage: webhookwatch [options] postgresql://..." << Qt::endl;
        return 2;
    }
    const QString url = parser.positionalArguments().first();
    const int serverCount = std::max(1, parser.value(serversOpt).toInt());
    const int watcherCount = std::max(0, parser.value(watchersOpt).toInt());
    const int events = std::max(1, parser.value(eventsOpt).toInt());
    const int intervalMs = std::max(0, parser.value(intervalOpt).toInt());

    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TICKETDESK_WEBHOOK_SECRET"), QString::fromUtf8(secret));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    std::vector<std::unique_ptr<QProcess>> processes;
    const auto spawn = [&](const QStringList &args, const QString &log) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        if (!log.isEmpty())
            p->setStandardErrorFile(dir.filePath(log));
        p->start(parser.value(exe), args);
        processes.push_back(std::move(p));
        return processes.back().get();
    };
    const auto stopAll = [&] {
        for (auto &p : processes) {
            if (p->state() != QProcess::NotRunning)
                ::kill(pid_t(p->processId()), SIGTERM);
        }
        for (auto &p : processes)
            p->waitForFinished(20000);
    };

    QProcess init;
    init.setProcessEnvironment(env);
    init.start(parser.value(exe), {QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), url});
    if (!init.waitForFinished(60000) || init.exitCode() != 0) {
        out << "db init failed: " << init.readAllStandardError() << Qt::endl;
        return 1;
    }

    std::vector<quint16> ports;
    for (int i = 0; i < serverCount; ++i) {
        const QString log = QStringLiteral("serve-%1.log").arg(i);
        QProcess *serve = spawn({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--db"), url},
                                log);
        const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"));
        quint16 port = 0;
        waitFor(
            [&] {
                QFile f(dir.filePath(log));
                if (f.open(QIODevice::ReadOnly)) {
                    const auto m = re.match(QString::fromUtf8(f.readAll()));
                    if (m.hasMatch())
                        port = quint16(m.captured(1).toUInt());
                }
                return port != 0 || serve->state() == QProcess::NotRunning;
            },
            20000);
        if (port == 0) {
            out << "serve " << i << " did not start; see its log" << Qt::endl;
            stopAll();
            return 1;
        }
        ports.push_back(port);
    }

    QElapsedTimer clock;
    clock.start();
    std::vector<Follower> followers(size_t(watcherCount) + 1);
    for (int i = 0; i < watcherCount; ++i) {
        Follower &f = followers[size_t(i)];
        f.name = QStringLiteral("watch %1").arg(i + 1);
        QProcess *watch = spawn({QStringLiteral("watch"), QStringLiteral("--json"), QStringLiteral("--db"), url},
                                QStringLiteral("watch-%1.log").arg(i));
        QObject::connect(watch, &QProcess::readyReadStandardOutput, watch, [watch, &f, &clock] {
            while (watch->canReadLine()) {
                const qint64 now = clock.nsecsElapsed();
                const QString id =
                    QJsonDocument::fromJson(watch->readLine()).object().value(QStringLiteral("ticketId")).toString();
                if (!id.isEmpty() && !f.seenNs.contains(id))
                    f.seenNs.insert(id, now);
            }
        });
    }

    // The team desktop's engine, in its own thread as the desktop runs it.
    Follower &desktop = followers.back();
    desktop.name = QStringLiteral("desktop engine");
    SystemClock systemClock;
    QThread engineThread;
    auto *service = new TicketService(systemClock);
    service->moveToThread(&engineThread);
    engineThread.start();
    QObject::connect(service, &TicketService::ticketsChanged, &app, [&desktop, &clock](const QList<Ticket> &tickets) {
        const qint64 now = clock.nsecsElapsed();
        for (const Ticket &t : tickets) {
            if (!t.ticketId.isEmpty() && !desktop.seenNs.contains(t.ticketId))
                desktop.seenNs.insert(t.ticketId, now);
        }
    });
    bool engineUp = false;
    QObject::connect(service, &TicketService::started, &app, [&engineUp](bool ok, const QString &error) {
        engineUp = ok;
        if (!ok)
            QTextStream(stdout) << "desktop engine: " << error << Qt::endl;
    });
    EngineConfig desk;
    desk.dbPath = url;
    desk.dataDir = dir.filePath(QStringLiteral("desk"));
    desk.listen = false;
    desk.runOutbox = false;
    desk.runReconciler = false;
    desk.followChanges = true;
    QMetaObject::invokeMethod(service, [service, desk] { service->start(desk); });
    waitFor([&] { return engineUp; }, 20000);

    // One keep-alive connection per server; one event in flight at a time.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const quint16 port : ports) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, port);
        if (!s->waitForConnected(5000)) {
            out << "cannot connect to serve on port " << port << Qt::endl;
            stopAll();
            return 1;
        }
        sockets.push_back(std::move(s));
    }
    const auto post = [&](int n) -> qint64 {
        QTcpSocket &s = *sockets[size_t(n) % sockets.size()];
        s.write(request(n));
        QByteArray buffer;
        qint64 ackNs = -1;
        waitFor(
            [&] {
                buffer += s.readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                const QByteArray head = buffer.left(end).toLower();
                const qsizetype cl = head.indexOf("content-length: ");
                const int length = cl < 0 ? 0 : head.mid(cl + 16, head.indexOf('\r', cl) - cl - 16).toInt();
                if (buffer.size() < end + 4 + length)
                    return false;
                ackNs = buffer.startsWith("HTTP/1.1 2") ? clock.nsecsElapsed() : -2;
                return true;
            },
            10000);
        return ackNs;
    };

    // Warm-up: every follower has shown one event before measuring starts.
    if (post(0) < 0 || !waitFor(
                           [&] {
                               return std::all_of(followers.begin(), followers.end(),
                                                  [](const Follower &f) { return f.seenNs.contains(remoteId(0)); });
                           },
                           20000)) {
        out << "warm-up event did not reach every follower" << Qt::endl;
        stopAll();
        return 1;
    }
    QHash<QString, qint64> ackNs;
    int failed = 0;
    for (int n = 1; n <= events; ++n) {
        const qint64 at = post(n);
        if (at < 0)
            ++failed;
        else
            ackNs.insert(remoteId(n), at);
        if (intervalMs > 0)
            waitFor([] { return false; }, intervalMs);
    }
    waitFor(
        [&] {
            return std::all_of(followers.begin(), followers.end(), [&](const Follower &f) {
                return std::all_of(ackNs.keyBegin(), ackNs.keyEnd(),
                                   [&f](const QString &id) { return f.seenNs.contains(id); });
            });
        },
        15000);

    out << "team database " << QUrl(url).host() << ':' << QUrl(url).port() << ", " << serverCount << " serve, "
        << watcherCount << " watch processes, 1 desktop engine; " << ackNs.size() << " events acknowledged, " << failed
        << " failed, one at a time every " << intervalMs << " ms, alternating servers\n";
    out << "latency from the webhook's 2xx to the follower showing the ticket (ms):\n";
    std::vector<qint64> allWatch;
    int exit = failed == 0 ? 0 : 1;
    for (const Follower &f : followers) {
        std::vector<qint64> ns;
        int missing = 0;
        for (auto it = ackNs.cbegin(); it != ackNs.cend(); ++it) {
            const auto seen = f.seenNs.constFind(it.key());
            if (seen == f.seenNs.cend())
                ++missing;
            else
                ns.push_back(*seen - it.value());
        }
        if (&f != &desktop)
            allWatch.insert(allWatch.end(), ns.begin(), ns.end());
        out << "  " << f.name.leftJustified(15) << " p50 " << percentileMs(ns, 0.5) << "  p99 "
            << percentileMs(ns, 0.99) << "  max " << percentileMs(ns, 1.0) << "  missing " << missing << '\n';
        if (missing > 0)
            exit = 1;
    }
    out << "  all watchers    p50 " << percentileMs(allWatch, 0.5) << "  p99 " << percentileMs(allWatch, 0.99)
        << "  max " << percentileMs(allWatch, 1.0) << Qt::endl;

    QMetaObject::invokeMethod(
        service, [service] { service->stop(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(service, &QObject::deleteLater);
    engineThread.quit();
    engineThread.wait();
    stopAll();
    return exit;
}
