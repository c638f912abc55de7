// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/buildinfo.h"
#include "core/clock.h"
#include "core/lifecycle.h"
#include "store/ticketstore.h"
#include "support/damageddatabase.h"
#include "support/servefixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>

#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace TicketDesk;

// Runs the real `ticketdesk serve` binary: signed events in shuffled order with
// duplicates over keep-alive connections, SIGTERM, then the store must hold what
// folding the same facts through applyFact predicts.
class TestServeE2e final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shuffledEventsMatchLifecycle_data();
    void shuffledEventsMatchLifecycle();
    void refusesWithoutSecret();
    void secretWithSpacesAtItsEnds();
    void insecureStartsWithWarning();
    void bindErrorExits1();
    void refusesADamagedDatabase();
    void refusesListenerSettingsItCannotUse();
    void prunesOnItsOwnThread();
    void startupSaysListeningOnce();
    void anotherProcessLeavesServesLogInPlace();
    void keepsServingWhenItsLogReaderGoes();
};

namespace {

const QByteArray secret = "e2e-secret";

struct Event
{
    QString ticketId;
    bool created = true;
    QString issueKey;
    QDateTime at;
    QByteArray body;
};

Event makeEvent(int ticket, bool created, int key, int minute)
{
    Event e;
    e.ticketId = QStringLiteral("6f1c2b3a-1111-4222-8333-%1").arg(ticket, 12, 10, QLatin1Char('0'));
    e.created = created;
    e.issueKey = created ? QStringLiteral("SUP-%1").arg(key) : QString();
    e.at = QDateTime::currentDateTimeUtc().addSecs(-60 * minute);
    const QString status = created ? QStringLiteral("CREATED") : QStringLiteral("FAILED");
    e.body = QStringLiteral(R"({"eventType":"SUPPORT_TICKET.%1","issueDatetime":"%2","supportTicket":{"ticketId":"%3",)"
                            R"("customerId":"0a1b2c3d-0000-4000-8000-000000000001","issueKey":%4,"summary":"t%5",)"
                            R"("status":"%1"}})")
                 .arg(status, e.at.toString(Qt::ISODateWithMs), e.ticketId,
                      created ? QLatin1Char('"') + e.issueKey + QLatin1Char('"') : QStringLiteral("null"),
                      QString::number(ticket))
                 .toUtf8();
    return e;
}

// Sends ticket `ticket`'s signed CREATED event on `socket` and waits up to 5 s for the answer's
// head (the body is small and comes with it, so the next answer starts clean): whether it is 200.
bool sendCreated(QTcpSocket &socket, int ticket)
{
    socket.write(ServeFixture::post(makeEvent(ticket, true, ticket, 0).body, secret));
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.contains("\r\n\r\n") && timer.elapsed() < 5000 && socket.state() == QTcpSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    return answer.startsWith("HTTP/1.1 200");
}

// serve on `db`, at home in `home`, on a free port, with Ripio unreachable.
void startServe(QProcess &serve, const QString &home, const QString &db)
{
    serve.setProcessEnvironment(ServeFixture::environment(home, secret));
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--db"), db, QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9/")});
}

} // namespace

void TestServeE2e::shuffledEventsMatchLifecycle_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2") << 2u;
    QTest::newRow("seed 3") << 3u;
}

void TestServeE2e::shuffledEventsMatchLifecycle()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QList<Event> events;
    for (int t = 0; t < 40; ++t) {
        // Each ticket gets 1..3 outcome events, some contradicting each other.
        const int n = 1 + int(rng.bounded(3));
        for (int i = 0; i < n; ++i)
            events.append(makeEvent(t, rng.bounded(3) != 0, t * 10 + int(rng.bounded(2)), int(rng.bounded(4))));
    }
    // The prediction: the lifecycle folded over the facts, in generation order.
    std::map<QString, std::optional<Ticket>> predicted;
    for (const Event &e : events) {
        const Fact f = Fact::webhook(e.ticketId, e.created ? TicketStatus::Created : TicketStatus::Failed, e.issueKey,
                                     QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001"), QString(), e.at);
        predicted[e.ticketId] = applyFact(predicted[e.ticketId], f).ticket;
    }
    // What is sent: every event, a third of them twice, in a shuffled order.
    QList<QByteArray> wire;
    for (const Event &e : events) {
        wire.append(ServeFixture::post(e.body, secret));
        if (rng.bounded(3) == 0)
            wire.append(ServeFixture::post(e.body, secret));
    }
    std::shuffle(wire.begin(), wire.end(), std::mt19937(seed));

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("serve.sqlite"));
    QProcess serve;
    startServe(serve, dir.path(), db);
    QByteArray errText;
    const quint16 port = ServeFixture::waitListening(serve, errText);
    QVERIFY2(port != 0, errText.constData());

    // Four keep-alive connections, requests dealt round-robin and pipelined.
    constexpr int connections = 4;
    QList<QTcpSocket *> sockets;
    QList<int> expected(connections, 0);
    QList<QByteArray> received(connections);
    for (int c = 0; c < connections; ++c) {
        auto *s = new QTcpSocket(this);
        s->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(s->waitForConnected(5000));
        sockets.append(s);
    }
    for (qsizetype i = 0; i < wire.size(); ++i) {
        sockets[i % connections]->write(wire[i]);
        ++expected[i % connections];
    }
    for (int c = 0; c < connections; ++c) {
        QElapsedTimer timer;
        timer.start();
        while (received[c].count("HTTP/1.1 ") < expected[c] && timer.elapsed() < 15000) {
            sockets[c]->waitForReadyRead(200);
            received[c] += sockets[c]->readAll();
        }
        QCOMPARE(received[c].count("HTTP/1.1 200"), expected[c]);
        QCOMPARE(received[c].count("HTTP/1.1 "), expected[c]);
        delete sockets[c];
    }

    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(15000));
    errText += serve.readAllStandardError();
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QVERIFY2(serve.exitCode() == 0, errText.constData());
    QVERIFY(!errText.contains(secret));

    SystemClock clock;
    TicketStore store(clock);
    QVERIFY(store.open(db).ok());
    QCOMPARE(store.tickets().size(), qsizetype(predicted.size()));
    QCOMPARE(store.deliveries().size(), wire.size());
    for (const auto &[ticketId, want] : predicted) {
        QVERIFY(want.has_value());
        const std::optional<Ticket> got = store.ticketByTicketId(ticketId);
        QVERIFY2(got.has_value(), qPrintable(ticketId));
        QCOMPARE(statusToString(got->status), statusToString(want->status));
        QCOMPARE(got->issueKey, want->issueKey);
        QCOMPARE(got->conflict, want->conflict);
        QCOMPARE(got->outcomeAt, want->outcomeAt);
    }
}

void TestServeE2e::refusesWithoutSecret()
{
    QTemporaryDir dir;
    QProcess serve;
    serve.setProcessEnvironment(ServeFixture::environment(dir.path(), QByteArray()));
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite"))});
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 1);
    const QByteArray err = serve.readAllStandardError();
    QVERIFY2(err.contains("no webhook secret"), err.constData());
    QVERIFY(!err.contains("listening on"));
}

// A file damaged in its middle opens, and reads as new up to the damaged pages: serve
// answered /healthz "ok" and acknowledged webhooks into it, while `list` could not read it.
void TestServeE2e::refusesADamagedDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    const QString damaged = makeDamagedDatabase(path);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    {
        // It opens: the check is what finds the damage.
        SystemClock clock;
        TicketStore plain(clock);
        const StoreError opened = plain.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const StoreError found = plain.checkIntegrity();
        QCOMPARE(found.kind, StoreError::Kind::Corrupt);
        QVERIFY2(found.message.contains(QStringLiteral(".recover")), qPrintable(found.message));
    }

    QProcess serve;
    serve.setProcessEnvironment(ServeFixture::environment(dir.path(), secret));
    serve.start(QStringLiteral(TICKETDESK_EXE), {QStringLiteral("serve"), QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), path});
    const bool ended = serve.waitForFinished(15000);
    if (!ended)
        serve.kill();
    const QByteArray err = serve.readAllStandardError();
    QVERIFY2(ended, err.constData());
    QCOMPARE(serve.exitCode(), 1);
    QVERIFY2(err.contains("is not a TicketDesk database or is damaged"), err.constData());
    QVERIFY2(err.contains(".recover"), err.constData());
    QVERIFY2(!err.contains("listening on"), err.constData());
}

void TestServeE2e::refusesListenerSettingsItCannotUse()
{
    // A port that is no number listened on a random port; a path without its '/' refused every
    // webhook while /healthz said "ok".
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("serve.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("listener/port"), QStringLiteral("notaport"));
        settings.setValue(QStringLiteral("listener/path"), QStringLiteral("nopath"));
        // A typo kept its setting's default without a word.
        settings.setValue(QStringLiteral("listener/maxConections"), 10);
        // The desktop's database: serve, without --db, received into its default file instead.
        settings.setValue(QStringLiteral("database/location"), dir.filePath(QStringLiteral("desk.sqlite")));
        // No API: every ticket waited, queued, on a network error.
        settings.setValue(QStringLiteral("api/environment"), QStringLiteral("prod"));
    }
    QProcess serve;
    serve.setProcessEnvironment(ServeFixture::environment(dir.path(), secret));
    serve.start(QStringLiteral(TICKETDESK_EXE), {QStringLiteral("serve"), QStringLiteral("--config"), ini});
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 1);
    const QByteArray err = serve.readAllStandardError();
    QVERIFY2(err.contains(QByteArray("database/location is the desktop's setting; serve takes its database from "
                                     "--db (--db " +
                                     dir.filePath(QStringLiteral("desk.sqlite")).toUtf8() + ")")),
             err.constData());
    QVERIFY2(err.contains("listener/port: 'notaport' is not a port number"), err.constData());
    QVERIFY2(err.contains("listener/path: 'nopath' must start with '/'"), err.constData());
    QVERIFY2(err.contains("'listener/maxConections' is no setting TicketDesk knows; did you mean "
                          "'listener/maxConnections'?"),
             err.constData());
    QVERIFY2(err.contains("api/environment: 'prod' must be sandbox, production or custom"), err.constData());
    QVERIFY(!err.contains("listening on"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite"))));

    // --api-base sets the API: the file's is not used, so not judged.
    const QString apiOnly = dir.filePath(QStringLiteral("api.ini"));
    {
        QSettings settings(apiOnly, QSettings::IniFormat);
        settings.setValue(QStringLiteral("api/environment"), QStringLiteral("custom"));
        settings.setValue(QStringLiteral("api/baseUrl"), QStringLiteral("htp//127.0.0.1:4000"));
    }
    serve.start(QStringLiteral(TICKETDESK_EXE), {QStringLiteral("serve"), QStringLiteral("--config"), apiOnly,
                                                 QStringLiteral("--db"), dir.filePath(QStringLiteral("api.sqlite")),
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 1);
    QVERIFY2(serve.readAllStandardError().contains(
                 "api/baseUrl: 'htp//127.0.0.1:4000' is not an http:// or https:// URL (api/environment is custom)"),
             "names the setting");
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--config"), apiOnly, QStringLiteral("--db"),
                 dir.filePath(QStringLiteral("api.sqlite")), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9/")});
    QByteArray started;
    QVERIFY2(ServeFixture::waitListening(serve, started) != 0, started.constData());
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 0);

    // A settings file that is not there: a usage error (exit 2), as for every other command.
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--config"), dir.filePath(QStringLiteral("missing.ini")),
                 QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite"))});
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 2);
    QVERIFY2(serve.readAllStandardError().contains("missing.ini does not exist"), "names the file");
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite"))));

    // A TLS file it cannot read: said, with no database made first.
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                 dir.filePath(QStringLiteral("key.pem")), QStringLiteral("--db"),
                 dir.filePath(QStringLiteral("x.sqlite"))});
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 1);
    const QByteArray tls = serve.readAllStandardError();
    QVERIFY2(tls.contains(QByteArray("cannot read the TLS file " + dir.filePath(QStringLiteral("cert.pem")).toUtf8())),
             tls.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite"))));
}

void TestServeE2e::secretWithSpacesAtItsEnds()
{
    // Only blanks: no secret at all, refused as such (it was taken as a secret of one space).
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite"))};
    QProcess blank;
    blank.setProcessEnvironment(ServeFixture::environment(dir.path(), QByteArray(" ")));
    blank.start(QStringLiteral(TICKETDESK_EXE), args);
    QVERIFY(blank.waitForFinished(15000));
    QCOMPARE(blank.exitCode(), 1);
    QVERIFY2(blank.readAllStandardError().contains("no webhook secret"), "a blank secret is no secret");

    // A line break at its end (a .env file with CRLF): removed, said so, and Ripio's signatures
    // made with the secret itself are accepted (every one was refused 401).
    QProcess serve;
    serve.setProcessEnvironment(ServeFixture::environment(dir.path(), secret + "\r\n"));
    serve.start(QStringLiteral(TICKETDESK_EXE), args);
    QByteArray err;
    const quint16 port = ServeFixture::waitListening(serve, err);
    QVERIFY2(port != 0, err.constData());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(ServeFixture::post(makeEvent(1, true, 1, 0).body, secret));
    QByteArray answer;
    QTRY_VERIFY((answer += socket.readAll()).contains("\r\n\r\n"));
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    serve.terminate();
    QVERIFY(serve.waitForFinished(15000));
    err += serve.readAllStandardError();
    QVERIFY2(err.contains("TICKETDESK_WEBHOOK_SECRET had spaces or line breaks at its ends"), err.constData());
    QVERIFY(!err.contains(secret));
}

void TestServeE2e::insecureStartsWithWarning()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    QProcess serve;
    serve.setProcessEnvironment(ServeFixture::environment(dir.path(), QByteArray()));
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--db"), db, QStringLiteral("--insecure-no-signature")});
    QByteArray errText;
    const quint16 port = ServeFixture::waitListening(serve, errText);
    QVERIFY2(port != 0, errText.constData());
    QVERIFY2(errText.contains("WARNING") && errText.contains("NOT checked"), errText.constData());

    const Event e = makeEvent(1, true, 1, 0);
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(s.waitForConnected(5000));
    // A load balancer may probe with HEAD: the same answer without its body, so it comes last whole.
    s.write(ServeFixture::post(e.body, QByteArray()) + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" +
            "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray got;
    QElapsedTimer timer;
    timer.start();
    while (got.count("HTTP/1.1 ") < 3 && timer.elapsed() < 10000) {
        s.waitForReadyRead(200);
        got += s.readAll();
    }
    QCOMPARE(got.count("HTTP/1.1 200"), 3);
    QVERIFY2(got.endsWith("\r\n\r\n"), got.constData());
    QVERIFY2(got.contains("\"applied\":1") && got.contains("uptimeSeconds"), got.constData());
    s.close();

    ::kill(pid_t(serve.processId()), SIGINT);
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 0);
    // It says which database it used (a mistyped --db would have started on a new, empty one).
    errText += serve.readAllStandardError();
    // And which build: two builds of one version are told apart by their commit.
    QVERIFY2(errText.contains(
                 QStringLiteral("ticketdesk: TicketDesk %1; database %2; Ripio API ").arg(buildVersion(), db).toUtf8()),
             errText.constData());
    if (!buildRevision().isEmpty()) // sources from Git: the commit is named
        QVERIFY2(buildVersion().contains(
                     QRegularExpression(QStringLiteral("^" TICKETDESK_VERSION " \\(git [0-9a-f]{12}\\)$"))),
                 qPrintable(buildVersion()));
    SystemClock clock;
    TicketStore store(clock);
    QVERIFY(store.open(db).ok());
    QCOMPARE(store.ticketByTicketId(e.ticketId)->status, TicketStatus::Created);
}

void TestServeE2e::bindErrorExits1()
{
    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    // A ticket waiting to be sent: a serve that cannot listen does not send it, nor touch it.
    SystemClock clock;
    qint64 queued = 0;
    qsizetype events = 0;
    {
        TicketStore store(clock);
        QVERIFY(store.open(dir.filePath(QStringLiteral("x.sqlite"))).ok());
        Ticket t;
        t.customerId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        t.summary = QStringLiteral("waiting");
        queued = store.insertTicket(t);
        QVERIFY(queued > 0);
        QCOMPARE(store.ticket(queued)->status, TicketStatus::Queued);
        events = store.events(queued).size();
    }
    QProcess serve;
    QProcessEnvironment env = ServeFixture::environment(dir.path(), secret);
    env.insert(QStringLiteral("TICKETDESK_CLIENT_ID"), QStringLiteral("client"));
    env.insert(QStringLiteral("TICKETDESK_CLIENT_SECRET"), QStringLiteral("secret"));
    serve.setProcessEnvironment(env);
    serve.start(QStringLiteral(TICKETDESK_EXE), {QStringLiteral("serve"), QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1:%1").arg(occupied.serverPort()),
                                                 QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite"))});
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 1);
    const QByteArray err = serve.readAllStandardError();
    QVERIFY2(err.contains("Cannot listen on 127.0.0.1:"), err.constData());
    // What to do, and said by the engine and the command only (the HTTP layer said it a third time).
    QVERIFY2(err.contains("stop it or choose another port"), err.constData());
    QVERIFY2(!err.contains("ticketdesk.http"), err.constData());
    // It does not stay listed as a live process, for `db status` or for a `create` that would
    // leave its ticket to it.
    QProcess status;
    status.setProcessEnvironment(ServeFixture::environment(dir.path(), secret));
    status.start(QStringLiteral(TICKETDESK_EXE),
                 {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"),
                  dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--json")});
    QVERIFY(status.waitForFinished(15000));
    QCOMPARE(status.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
    QVERIFY(o.contains(QStringLiteral("servers")));
    QCOMPARE(o.value(QStringLiteral("servers")).toArray().size(), 0);
    TicketStore store(clock);
    QVERIFY(store.open(dir.filePath(QStringLiteral("x.sqlite"))).ok());
    QCOMPARE(store.ticket(queued)->status, TicketStatus::Queued);
    QVERIFY(store.ticket(queued)->message.isEmpty());
    QCOMPARE(store.events(queued).size(), events); // not sent, not given back
}

// serve prunes the delivery log by its default 90 days, on a thread of its own
// with its own connection (`delivery-pruner`), not on the listener's; tickets
// stay, and its heartbeat reports the round.
void TestServeE2e::prunesOnItsOwnThread()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("serve.sqlite"));
    SystemClock clock;
    {
        TicketStore store(clock);
        QVERIFY(store.open(db).ok());
        for (int i = 0; i < 30; ++i) {
            DeliveryRecord r;
            r.receivedAt = clock.now().addDays(-200).addSecs(i);
            r.verdict = QStringLiteral("bad-signature");
            QVERIFY(store.recordDelivery(r) > 0);
        }
        DeliveryRecord recent;
        recent.receivedAt = clock.now().addDays(-1);
        recent.verdict = QStringLiteral("applied");
        QVERIFY(store.recordDelivery(recent) > 0);
        Ticket t;
        t.customerId = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
        t.summary = QStringLiteral("kept");
        QVERIFY(store.insertTicket(t) > 0);
    }
    QProcess serve;
    startServe(serve, dir.path(), db);
    QByteArray errText;
    QVERIFY2(ServeFixture::waitListening(serve, errText) != 0, errText.constData());

    const auto threadNames = [&] {
        QStringList names;
        const QString tasks = QStringLiteral("/proc/%1/task").arg(serve.processId());
        for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks + QLatin1Char('/') + task + QStringLiteral("/comm"));
            if (comm.open(QIODevice::ReadOnly))
                names << QString::fromUtf8(comm.readAll()).trimmed();
        }
        return names;
    };
    // The pruner starts after the listener (whose line waitListening() saw): give it its moment.
    QTRY_VERIFY2_WITH_TIMEOUT(threadNames().contains(QStringLiteral("delivery-pruner")),
                              qPrintable(threadNames().join(u',')), 10000);
    TicketStore store(clock);
    QVERIFY(store.open(db).ok());
    // The first round starts 5 s after serve does.
    QTRY_COMPARE_WITH_TIMEOUT(store.deliveryStats().value_or(DeliveryStats{-1, {}}).count, qint64(1), 30000);
    QCOMPARE(store.deliveries().first().verdict, QStringLiteral("applied"));
    QCOMPARE(store.tickets().size(), qsizetype(1));
    // What `db status` shows: the round, reported with the process's next heartbeat.
    const auto reported = [&] {
        const QList<ServerRecord> servers = store.servers();
        return servers.size() == 1 && servers.first().counters.contains(QStringLiteral("\"lastPruned\":30"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(reported(), 15000);

    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(15000));
    errText += serve.readAllStandardError();
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QVERIFY2(serve.exitCode() == 0, errText.constData());
    // The line scripts wait for comes once: not again when the pruner starts or ends a round.
    QVERIFY2(errText.count("ticketdesk: listening on ") == 1, errText.constData());
    // Every line of a log no journal dates says when it was written (the log's own: tst_terminaltext).
    const QRegularExpression dated(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z \\S"));
    const QStringList lines = QString::fromUtf8(errText).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    for (const QString &line : lines)
        QVERIFY2(dated.match(line).hasMatch(), qPrintable(line));
}

void TestServeE2e::startupSaysListeningOnce()
{
    // With the log at its default level (info; the test runner turns it down): an operator reads
    // one line that says where serve listens, not one from each layer.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess serve;
    QProcessEnvironment env = ServeFixture::environment(dir.path(), secret);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ticketdesk.*.info=true"));
    serve.setProcessEnvironment(env);
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--db"), dir.filePath(QStringLiteral("t.sqlite")), QStringLiteral("--api-base"),
                 QStringLiteral("http://127.0.0.1:9/")});
    QByteArray errText;
    QVERIFY2(ServeFixture::waitListening(serve, errText) != 0, errText.constData());
    ::kill(pid_t(serve.processId()), SIGINT);
    QVERIFY(serve.waitForFinished(15000));
    errText += serve.readAllStandardError();
    QVERIFY2(serve.exitCode() == 0, errText.constData());
    QVERIFY2(errText.contains("ticketdesk.store: created "), errText.constData()); // info lines were on
    QVERIFY2(errText.count("listening") == 1, errText.constData());
}

void TestServeE2e::anotherProcessLeavesServesLogInPlace()
{
    // serve's checkpointer syncs the file every 32 commits. It did so through a descriptor of
    // its own, and closing that dropped every lock serve held on the file: the next process to
    // close the database (a `list`) then took the write-ahead log as abandoned and deleted it,
    // and what serve committed after that went into a deleted file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    QProcess serve;
    startServe(serve, dir.path(), db);
    QByteArray errText;
    const quint16 port = ServeFixture::waitListening(serve, errText);
    QVERIFY2(port != 0, errText.constData());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    for (int ticket = 1; ticket <= 40; ++ticket) // one at a time: a commit each
        QVERIFY2(sendCreated(socket, ticket), qPrintable(QString::number(ticket)));
    QTest::qWait(300); // the checkpointer's round, on its own thread

    QProcess list;
    list.setProcessEnvironment(ServeFixture::environment(dir.path(), QByteArray()));
    list.start(QStringLiteral(TICKETDESK_EXE), {QStringLiteral("list"), QStringLiteral("--db"), db});
    QVERIFY(list.waitForFinished(15000));
    QVERIFY2(list.exitCode() == 0, list.readAllStandardError().constData());
    QVERIFY2(QFile::exists(db + QStringLiteral("-wal")), "serve's write-ahead log was deleted under it");

    QVERIFY(sendCreated(socket, 41));
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 0);
    SystemClock clock;
    TicketStore store(clock);
    QVERIFY(store.open(db).ok());
    QCOMPARE(store.tickets().size(), qsizetype(41));
    QVERIFY(store.ticketByTicketId(makeEvent(41, true, 41, 0).ticketId).has_value());
}

// `serve … 2>&1 | head -1`, or a log collector that restarts: the reader of serve's log goes
// away. SIGPIPE killed serve at its next line (a receiver down for nothing, its answers in
// flight cut); it now keeps serving, its lines lost until someone reads them again.
void TestServeE2e::keepsServingWhenItsLogReaderGoes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    // serve's stderr is a pipe this test reads, then closes (QProcess keeps its own pipes open).
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("log")));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    QVERIFY(reader >= 0);
    QProcess serve;
    QProcessEnvironment env = ServeFixture::environment(dir.path(), secret);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ticketdesk.webhook.info=true")); // a line a request
    serve.setProcessEnvironment(env);
    serve.setStandardErrorFile(QFile::decodeName(fifo));
    serve.start(QStringLiteral(TICKETDESK_EXE),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--db"), db, QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9/")});
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"));
    QByteArray errText;
    QRegularExpressionMatch m;
    QElapsedTimer waited;
    waited.start();
    while (!(m = listening.match(QString::fromUtf8(errText))).hasMatch() && waited.elapsed() < 10000 &&
           serve.state() != QProcess::NotRunning) {
        char chunk[4096];
        const ssize_t n = ::read(reader, chunk, sizeof chunk);
        if (n > 0)
            errText.append(chunk, n);
        else
            QTest::qWait(20);
    }
    ::close(reader); // the reader goes: serve's next line meets a pipe nobody reads
    QVERIFY2(m.hasMatch(), errText.constData());
    const quint16 port = quint16(m.captured(1).toUInt());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    for (int ticket = 1; ticket <= 20; ++ticket)
        QVERIFY2(sendCreated(socket, ticket), qPrintable(QString::number(ticket)));
    QCOMPARE(serve.state(), QProcess::Running);

    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit); // not SIGPIPE's
    QCOMPARE(serve.exitCode(), 0);
    SystemClock clock;
    TicketStore store(clock);
    QVERIFY(store.open(db).ok());
    QCOMPARE(store.tickets().size(), qsizetype(20));
}

QTEST_GUILESS_MAIN(TestServeE2e)
#include "tst_serve_e2e.moc"
