// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Load driver for the webhook listener: starts `ticketdesk serve` on a temp
// database, sends distinct signed events over N keep-alive connections (one
// request in flight per connection), then the same requests to a trivial
// in-process QTcpServer answering 204 (the transport baseline), and reports
// throughput, latency, the ratio, serve's peak RSS and whether the store holds
// exactly one row per acknowledged event. 127.0.0.1 only.
//
//   webhookbench [--ticketdesk PATH] [--connections 32] [--events 200000] [--seconds 20]
#include "core/clock.h"
#include "core/signature.h"
#include "store/ticketstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <vector>

using namespace TicketDesk;

namespace {

const QByteArray secret = "bench-secret";

QByteArray request(qint64 n)
{
    const QByteArray body =
        QStringLiteral(
            R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"%1","supportTicket":)"
            R"({"ticketId":"8b1c2b3a-3333-4444-8555-%2","customerId":"0a1b2c3d-0000-4000-8000-000000000001",)"
            R"("issueKey":"SUP-%3","summary":"bench","status":"CREATED"}})")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .arg(n, 12, 10, QLatin1Char('0'))
            .arg(n)
            .toUtf8();
    return "POST /webhooks/ripio HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nX-Wh-Signature-256: " + signatureHeaderValue(body, secret) +
           "\r\n\r\n" + body;
}

struct Result
{
    qint64 acknowledged = 0;
    qint64 failed = 0;
    double seconds = 0;
    std::vector<qint64> latenciesUs;
};

// One request in flight per connection; a response is complete once its
// Content-Length bytes of body are in.
Result drive(quint16 port, int connections, qint64 total, int seconds)
{
    Result r;
    QEventLoop loop;
    qint64 next = 0;
    int open = connections;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadlineMs = qint64(seconds) * 1000;
    r.latenciesUs.reserve(size_t(total));
    struct Conn
    {
        QTcpSocket *socket;
        QByteArray buffer;
        qint64 sentAtNs = 0;
    };
    std::vector<Conn> conns(static_cast<size_t>(connections));
    const auto sendNext = [&](Conn &c) {
        if (next >= total || clock.elapsed() > deadlineMs) {
            c.socket->disconnectFromHost();
            if (--open == 0)
                loop.quit();
            return;
        }
        c.sentAtNs = clock.nsecsElapsed();
        c.socket->write(request(next++));
    };
    for (Conn &c : conns) {
        c.socket = new QTcpSocket(&loop);
        QObject::connect(c.socket, &QTcpSocket::connected, &loop, [&] { sendNext(c); });
        QObject::connect(c.socket, &QTcpSocket::readyRead, &loop, [&] {
            c.buffer += c.socket->readAll();
            const qsizetype end = c.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = c.buffer.left(end).toLower();
            const qsizetype cl = head.indexOf("content-length: ");
            const int length = cl < 0 ? 0 : head.mid(cl + 16, head.indexOf('\r', cl) - cl - 16).toInt();
            if (c.buffer.size() < end + 4 + length)
                return;
            const bool ok = c.buffer.startsWith("HTTP/1.1 2");
            c.buffer.remove(0, end + 4 + length);
            r.latenciesUs.push_back((clock.nsecsElapsed() - c.sentAtNs) / 1000);
            ok ? ++r.acknowledged : ++r.failed;
            sendNext(c);
        });
        c.socket->connectToHost(QHostAddress::LocalHost, port);
    }
    QTimer::singleShot(deadlineMs + 10000, &loop, &QEventLoop::quit);
    loop.exec();
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    return r;
}

qint64 percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

qint64 peakRssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
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
    const QCommandLineOption conns(QStringLiteral("connections"), QStringLiteral("Connections."), QStringLiteral("N"),
                                   QStringLiteral("32"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Events in all."), QStringLiteral("N"),
                                    QStringLiteral("200000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Time bound per run."),
                                     QStringLiteral("S"), QStringLiteral("20"));
    parser.addOptions({exe, conns, events, seconds});
    parser.addHelpOption();
    parser.process(app);
    const int connections = parser.value(conns).toInt();
    const qint64 total = parser.value(events).toLongLong();
    const int limit = parser.value(seconds).toInt();

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    QProcess serve;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TICKETDESK_WEBHOOK_SECRET"), QString::fromUtf8(secret));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    serve.setProcessEnvironment(env);
    serve.setStandardErrorFile(dir.filePath(QStringLiteral("serve.log")));
    serve.start(parser.value(exe), {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                    QStringLiteral("--db"), db});
    const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"));
    quint16 port = 0;
    for (int i = 0; i < 100 && port == 0 && serve.state() != QProcess::NotRunning; ++i) {
        serve.waitForFinished(100);
        QFile log(dir.filePath(QStringLiteral("serve.log")));
        if (log.open(QIODevice::ReadOnly)) {
            const auto m = re.match(QString::fromUtf8(log.readAll()));
            if (m.hasMatch())
                port = quint16(m.captured(1).toUInt());
        }
    }
    if (port == 0) {
        out << "serve did not start (" << parser.value(exe) << ")" << Qt::endl;
        return 1;
    }
    const Result s = drive(port, connections, total, limit);
    const qint64 rss = peakRssKb(serve.processId());
    ::kill(pid_t(serve.processId()), SIGTERM);
    serve.waitForFinished(20000);

    QTcpServer baseline;
    baseline.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&baseline, &QTcpServer::newConnection, &baseline, [&] {
        while (QTcpSocket *sock = baseline.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(sock, &QTcpSocket::readyRead, sock, [sock, buffer] {
                *buffer += sock->readAll();
                while (true) {
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const qsizetype cl = buffer->indexOf("Content-Length: ");
                    const int length = buffer->mid(cl + 16, buffer->indexOf('\r', cl) - cl - 16).toInt();
                    if (buffer->size() < end + 4 + length)
                        return;
                    buffer->remove(0, end + 4 + length);
                    sock->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
                }
            });
            QObject::connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
        }
    });
    const Result b = drive(baseline.serverPort(), connections, s.acknowledged + s.failed, limit);

    SystemClock clock;
    TicketStore store(clock);
    qint64 rows = -1, deliveries = -1;
    if (store.open(db).ok()) {
        rows = store.countByStatus().value(TicketStatus::Created);
        deliveries = store.deliveries().size();
    }
    const double rate = double(s.acknowledged) / s.seconds;
    const double baseRate = double(b.acknowledged) / b.seconds;
    out << "connections " << connections << ", events sent " << (s.acknowledged + s.failed) << '\n'
        << "serve:    " << s.acknowledged << " acknowledged, " << s.failed << " failed in " << s.seconds
        << " s = " << qint64(rate) << " events/s, p50 " << percentile(s.latenciesUs, 0.5) << " us, p99 "
        << percentile(s.latenciesUs, 0.99) << " us\n"
        << "baseline: " << qint64(baseRate) << " req/s, p50 " << percentile(b.latenciesUs, 0.5) << " us, p99 "
        << percentile(b.latenciesUs, 0.99) << " us\n"
        << "ratio serve/baseline: " << rate / baseRate << '\n'
        << "serve peak RSS (VmHWM): " << rss << " kB\n"
        << "store: " << rows << " CREATED rows, " << deliveries << " deliveries, acknowledged " << s.acknowledged
        << (rows == s.acknowledged && deliveries == s.acknowledged ? " -> exactly one each: OK" : " -> MISMATCH")
        << Qt::endl;
    return rows == s.acknowledged && deliveries == s.acknowledged ? 0 : 1;
}
