// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "gui/enginehost.h"
#include "gui/mainwindow.h"
#include "gui/ticketmodel.h"
#include "sandbox/ripiosandbox.h"
#include "service/engineconfig.h"
#include "service/ticketservice.h"
#include "store/ticketstore.h"
#include "support/unusedport.h"
#include "windowrows.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace TicketDesk;

namespace {

const QString customer = QStringLiteral("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6");

} // namespace

// A desktop window on a SQLite file that other processes write too: what
// `ticketdesk create` (the real binary) and another connection commit shows in
// the open window's table within a second; and a second desktop on the same
// file, whose listener port the first one holds, says so and works as a viewer.
class TestSharedFileDesktop final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setUpWindowTest(m_dir);
    }

    void anotherProcessesTicketAndOutcomeShowWithinASecond();
    void secondDesktopOnTheFileIsAViewer();
};

void TestSharedFileDesktop::anotherProcessesTicketAndOutcomeShowWithinASecond()
{
    const QString db = m_dir.filePath(QStringLiteral("followed.sqlite"));
    // The window's engine sends nothing here: every change comes from elsewhere.
    EngineConfig config;
    config.dbPath = db;
    config.dataDir = m_dir.filePath(QStringLiteral("followed"));
    config.listen = false;
    config.runOutbox = false;
    config.runReconciler = false;
    config.followChanges = true;
    EngineHost host(m_clock);
    MainWindow window(host.service(), m_clock, config, nullptr, false);
    QSignalSpy ready(&window, &MainWindow::ticketsReady);
    window.show();
    host.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);

    // A script's `ticketdesk create` (no Ripio reachable, so it stays QUEUED).
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TICKETDESK_CLIENT_ID"));
    env.remove(QStringLiteral("TICKETDESK_CLIENT_SECRET"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(TICKETDESK_EXE),
              {QStringLiteral("create"), QStringLiteral("--db"), db, QStringLiteral("--customer"), customer,
               QStringLiteral("--summary"), QStringLiteral("From a script"), QStringLiteral("--json"),
               QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:%1/").arg(unusedLoopbackPort())});
    QVERIFY(cli.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
    QCOMPARE(cli.exitCode(), 0);
    const qint64 id =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QLatin1StringView("id")).toInteger();
    QVERIFY(id > 0);
    // Committed before the command ended: in the table within a second of that at the latest.
    QTRY_VERIFY_WITH_TIMEOUT(windowRowOf(window, id) != nullptr, 1000);
    QCOMPARE(window.ticketModel()->text(windowRowOf(window, id)->summary), QStringLiteral("From a script"));
    QTRY_COMPARE_WITH_TIMEOUT(windowRowOf(window, id)->status, TicketStatus::Queued, 1000);
    QVERIFY(window.selectTicket(id));

    // Another connection (as a `serve` on the file would) sends it and records Ripio's outcome.
    TicketStore other(m_clock);
    QVERIFY(other.open(db).ok());
    const QDateTime now = m_clock.now();
    QVERIFY(other.applyFacts({FactInput::forLocal(id, Fact::submit(now))})[0].committed);
    QVERIFY(
        other.applyFacts({FactInput::forLocal(id, Fact::accepted(QStringLiteral("T-shared-1"), now))})[0].committed);
    QElapsedTimer sinceOutcome;
    QVERIFY(other
                .applyFacts({FactInput::forRemote(Fact::webhook(QStringLiteral("T-shared-1"), TicketStatus::Created,
                                                                QStringLiteral("SUP-77"), customer,
                                                                QStringLiteral("From a script"), now))})[0]
                .committed);
    sinceOutcome.start();
    QTRY_COMPARE_WITH_TIMEOUT(windowRowOf(window, id)->status, TicketStatus::Created, 1000);
    qInfo("the other connection's outcome reached the table in %lld ms", qint64(sinceOutcome.elapsed()));
    QCOMPARE(window.ticketModel()->text(windowRowOf(window, id)->issueKey), QStringLiteral("SUP-77"));
    // Updated in place: still the one selected row.
    QCOMPARE(window.selectedIds(), QList<qint64>{id});
    QCOMPARE(window.ticketModel()->rowCount(), 1);

    QVERIFY(host.shutdown(5000));
}

void TestSharedFileDesktop::secondDesktopOnTheFileIsAViewer()
{
    SandboxOptions options;
    options.webhookDelayMs = 200;
    RipioSandbox sandbox(options);
    QVERIFY2(sandbox.listen(QHostAddress::LocalHost, 0), qPrintable(sandbox.errorString()));

    EngineConfig config;
    config.dbPath = m_dir.filePath(QStringLiteral("two-desktops.sqlite"));
    config.client.baseUrl = sandbox.baseUrl();
    config.client.clientId = options.clientId;
    config.client.clientSecret = options.clientSecret;
    config.webhookSecret = options.webhookSecret;
    config.address = QHostAddress::LocalHost;
    config.port = unusedLoopbackPort();
    config.runReconciler = false;
    config.followChanges = true; // as the desktop runs on a file

    // The first desktop: holds the port, receives and sends.
    EngineConfig firstConfig = config;
    firstConfig.dataDir = m_dir.filePath(QStringLiteral("first"));
    EngineHost first(m_clock);
    QSignalSpy firstStarted(first.service(), &TicketService::started);
    QString webhookUrl;
    connect(first.service(), &TicketService::listenerStateChanged, this, [&](const ListenerState &s) {
        if (s.listening)
            webhookUrl = s.url;
    });
    first.start(firstConfig);
    QTRY_COMPARE_WITH_TIMEOUT(firstStarted.count(), 1, 10000);
    QVERIFY2(firstStarted.at(0).at(0).toBool(), qPrintable(firstStarted.at(0).at(1).toString()));
    // The spy counts in the engine's thread; the listener's state arrives here queued.
    QTRY_VERIFY_WITH_TIMEOUT(!webhookUrl.isEmpty(), 5000);
    sandbox.setWebhookUrl(QUrl(webhookUrl));

    // The second desktop, same settings, same file.
    EngineConfig secondConfig = config;
    secondConfig.dataDir = m_dir.filePath(QStringLiteral("second"));
    EngineHost second(m_clock);
    MainWindow window(second.service(), m_clock, secondConfig, nullptr, false);
    QSignalSpy ready(&window, &MainWindow::ticketsReady);
    window.show();
    second.start(secondConfig);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);

    auto *listener = window.findChild<QLabel *>(QStringLiteral("listenerStatusLabel"));
    QVERIFY(listener);
    QTRY_VERIFY_WITH_TIMEOUT(listener->text().contains(QStringLiteral("Viewer")), 5000);
    QVERIFY2(listener->text().contains(QStringLiteral("taken by the other TicketDesk")), qPrintable(listener->text()));
    const QString port = QString::number(config.port);
    QVERIFY2(listener->toolTip().contains(port), qPrintable(listener->toolTip()));
    QVERIFY2(listener->toolTip().contains(QStringLiteral("queues tickets")), qPrintable(listener->toolTip()));
    // Said once in the status bar's message line too, without a modal box.
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("This window is a viewer")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!QApplication::activeModalWidget());
    // Neither the API nor incoming events are this window's business now.
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("apiStatusLabel"))->isVisible());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("lastEventLabel"))->isVisible());

    // Only the first writes a heartbeat: the command line sees one sender.
    {
        TicketStore probe(m_clock);
        QVERIFY(probe.open(config.dbPath).ok());
        const QList<ServerRecord> senders = TicketService::liveSenders(probe.servers(), m_clock.now());
        QCOMPARE(senders.size(), 1);
        QCOMPARE(QUrl(senders.first().listenUrl).port(), int(config.port));
    }

    // The viewer queues; the first sends; the outcome shows live in the viewer.
    TicketService *s = second.service();
    const NewTicket t{customer, QStringLiteral("Queued in the viewer"), QStringLiteral("x"), {}};
    QMetaObject::invokeMethod(
        s, [s, t] { s->createTicket(t, 1); }, Qt::QueuedConnection);
    qint64 id = 0;
    QTRY_VERIFY_WITH_TIMEOUT((id = windowIdWithSummary(window, QStringLiteral("Queued in the viewer"))) > 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(windowRowOf(window, id)->status, TicketStatus::Created, 15000);
    QVERIFY(window.ticketModel()->text(windowRowOf(window, id)->issueKey).startsWith(QStringLiteral("SUP-")));
    QCOMPARE(sandbox.counters().ticketsAccepted, 1);

    QVERIFY(second.shutdown(5000));
    QVERIFY(first.shutdown(5000));
}

QTEST_MAIN(TestSharedFileDesktop)
#include "tst_sharedfiledesktop.moc"
