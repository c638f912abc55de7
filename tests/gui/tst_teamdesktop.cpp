// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "gui/enginehost.h"
#include "gui/guiresources.h"
#include "gui/insightshost.h"
#include "gui/mainwindow.h"
#include "gui/ticketmodel.h"
#include "sandbox/ripiosandbox.h"
#include "service/engineconfig.h"
#include "service/secretstore.h"
#include "service/ticketservice.h"
#include "store/databaselocation.h"
#include "store/ticketstore.h"
#include "support/accessibletext.h"
#include "support/fakesecretbackend.h"
#include "support/pgtestdatabase.h"
#include "support/unusedport.h"
#include "windowrows.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace TicketDesk;

// A desktop on a team database (a real PostgreSQL 15): no listener, no Ripio
// client of its own. Its ticket is sent by a server engine on the same
// database (another engine thread and connection, as `serve` would be), and
// the outcome reaches the desktop's table through the change feed.
class TestTeamDesktop final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<RipioSandbox> m_sandbox;
    std::unique_ptr<EngineHost> m_server;
    std::unique_ptr<EngineHost> m_desktop;
    std::unique_ptr<MainWindow> m_window;

    const TicketRow *rowOf(qint64 id) const { return windowRowOf(*m_window, id); }
    qint64 idWithSummary(const QString &summary) const { return windowIdWithSummary(*m_window, summary); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setUpWindowTest(m_dir);
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));

        SandboxOptions options;
        options.webhookDelayMs = 300;
        m_sandbox = std::make_unique<RipioSandbox>(options);
        QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0), qPrintable(m_sandbox->errorString()));

        // The server: receives webhooks, sends, holds the credentials.
        EngineConfig server;
        server.dbPath = m_db->url();
        server.dataDir = m_dir.filePath(QStringLiteral("server"));
        server.role = QStringLiteral("serve");
        server.runReconciler = false;
        server.client.baseUrl = m_sandbox->baseUrl();
        server.client.clientId = options.clientId;
        server.client.clientSecret = options.clientSecret;
        server.webhookSecret = options.webhookSecret;
        server.listen = true;
        server.address = QHostAddress::LocalHost;
        server.port = 0;
        m_server = std::make_unique<EngineHost>(m_clock);
        RipioSandbox *sb = m_sandbox.get();
        QString webhookUrl;
        connect(m_server->service(), &TicketService::listenerStateChanged, this,
                [sb, &webhookUrl](const ListenerState &s) {
                    if (s.listening) {
                        webhookUrl = s.url;
                        sb->setWebhookUrl(QUrl(s.url));
                    }
                });
        m_server->start(server);
        QTRY_VERIFY_WITH_TIMEOUT(!webhookUrl.isEmpty(), 10000);

        // The operator's desktop, configured as `ticketdesk` does from Settings → Database: the
        // URL without a password, the password from the keychain (its store and its change feed
        // both sign in with it: the server allows no login without one).
        const DatabaseLocation location = DatabaseLocation::parse(m_db->url());
        QVERIFY(location.hasPassword());
        EngineConfig desk;
        desk.dbPath = location.withoutPassword();
        desk.dbPassword = location.parameter(QStringLiteral("password"));
        QVERIFY(!DatabaseLocation::parse(desk.dbPath).hasPassword());
        desk.dataDir = m_dir.filePath(QStringLiteral("desk"));
        desk.listen = false;
        desk.runOutbox = false;
        desk.runReconciler = false;
        desk.followChanges = true;
        m_desktop = std::make_unique<EngineHost>(m_clock);
        m_window = std::make_unique<MainWindow>(m_desktop->service(), m_clock, desk, nullptr, false);
        QSignalSpy ready(m_window.get(), &MainWindow::ticketsReady);
        m_window->show();
        m_desktop->start(desk);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QVERIFY(m_desktop->shutdown(5000));
        QVERIFY(m_server->shutdown(5000));
        m_desktop.reset();
        m_server.reset();
        m_sandbox.reset();
        m_db.reset();
    }

    void statusBarSaysTeamDatabase()
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("databaseStatusLabel"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("connected to")), 5000);
        QVERIFY(label->text().contains(m_db->name()));
        QVERIFY(!label->text().contains(QUrl(m_db->url()).password()));
        QCOMPARE(Test::accessibleText(label), label->text()); // a screen reader hears the state
        QVERIFY(!label->accessibleDescription().isEmpty());
        // No listener here: the listener's and the API's labels make no sense on a team desktop.
        for (const char *name : {"listenerStatusLabel", "lastEventLabel", "apiStatusLabel"})
            QVERIFY2(!m_window->findChild<QLabel *>(QLatin1StringView(name))->isVisible(), name);
        // The server's heartbeat is fresh: no "no receiver" warning.
        QTRY_VERIFY_WITH_TIMEOUT(!label->text().contains(QStringLiteral("receiver")), 15000);
    }

    void aMessageIsNotDrawnOverTheDatabaseLabel()
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("databaseStatusLabel"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 5000);
        m_window->statusBar()->showMessage(QStringLiteral("Exported 3 tickets."), 60000);
        QVERIFY(!label->isVisible()); // the status bar hides it for the message
        QTest::qWait(2500);           // two ticks of the window's clock, which update the label
        QVERIFY(!label->isVisible());
        m_window->statusBar()->clearMessage();
        QTRY_VERIFY(label->isVisible());
    }

    void insightsSignInWithTheKeychainsPassword()
    {
        // As `ticketdesk --db URL` starts: the password is known once the keychain (or
        // TICKETDESK_DATABASE_PASSWORD) answers, after the window is made. The Insights tab's own
        // connection said "no password supplied" while the tickets tab worked.
        const DatabaseLocation location = DatabaseLocation::parse(m_db->url());
        auto backend = std::make_unique<FakeSecretBackend>();
        backend->values().insert(SecretStore::keyName(SecretStore::Secret::DatabasePassword),
                                 location.parameter(QStringLiteral("password")));
        SecretStore secrets(std::move(backend));
        EngineConfig desk;
        desk.dbPath = location.withoutPassword();
        desk.dataDir = m_dir.filePath(QStringLiteral("keychain-desk"));
        desk.listen = false;
        desk.runOutbox = false;
        desk.runReconciler = false;
        desk.followChanges = true;
        EngineHost host(m_clock);
        {
            MainWindow window(host.service(), m_clock, desk, &secrets, false);
            QSignalSpy ready(&window, &MainWindow::ticketsReady);
            window.show();
            window.startEngine(host, desk);
            QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
            auto *insights = window.findChild<InsightsHost *>(QStringLiteral("insightsHost"));
            QVERIFY(insights);
            QSignalSpy computed(insights, &InsightsHost::computed);
            QSignalSpy failed(insights, &InsightsHost::failed);
            window.showInsights();
            QTRY_VERIFY_WITH_TIMEOUT(computed.count() + failed.count() > 0, 15000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        }
        QVERIFY(host.shutdown(5000));
    }

    void startedWhileTheDatabaseIsAwayWaitsForIt()
    {
        // It said "The ticket engine could not start" in a box and stayed dead.
        EngineConfig away;
        away.dbPath =
            QStringLiteral("postgresql://alice@127.0.0.1:%1/tickets?connect_timeout=2").arg(unusedLoopbackPort());
        away.dataDir = m_dir.filePath(QStringLiteral("away"));
        away.listen = false;
        away.runOutbox = false;
        away.runReconciler = false;
        away.followChanges = true;
        EngineHost host(m_clock);
        MainWindow window(host.service(), m_clock, away, nullptr, false);
        QString boxText;
        QTimer boxWatch; // a box would hold the test in its own event loop: note it and close it
        boxWatch.setInterval(20);
        connect(&boxWatch, &QTimer::timeout, this, [&boxText] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                boxText = box->text();
                box->reject();
            }
        });
        boxWatch.start();
        window.show();
        host.start(away);
        auto *label = window.findChild<QLabel *>(QStringLiteral("databaseStatusLabel"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible() && label->text().contains(QStringLiteral("reconnecting since")),
                                 10000);
        // The state on the bar, the reason in the tooltip: the bar stays short enough for the counts.
        QVERIFY2(!label->text().contains(QStringLiteral("cannot be reached")), qPrintable(label->text()));
        QVERIFY2(label->toolTip().contains(QStringLiteral("cannot be reached")), qPrintable(label->toolTip()));
        QCOMPARE(label->accessibleDescription(), label->toolTip());
        QTest::qWait(300);
        QVERIFY2(boxText.isEmpty(), qPrintable(boxText));
        QVERIFY(host.shutdown(5000));
    }

    void formTicketIsSentByTheServerAndTheOutcomeArrives()
    {
        QAction *newTicket = m_window->findChild<QAction *>(QStringLiteral("newTicketAction"));
        QVERIFY(newTicket);
        newTicket->trigger();
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("CreateTicketDialog"))));
        auto *customer = dialog->findChild<QLineEdit *>(QStringLiteral("customerLineEdit"));
        auto *summary = dialog->findChild<QLineEdit *>(QStringLiteral("summaryLineEdit"));
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        QVERIFY(customer && summary && create);
        QTest::keyClicks(customer, QStringLiteral("11111111-2222-4333-8444-555555555555"));
        QTest::keyClicks(summary, QStringLiteral("Withdrawal stuck"));
        QTRY_VERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);

        qint64 id = 0;
        QTRY_VERIFY_WITH_TIMEOUT((id = idWithSummary(QStringLiteral("Withdrawal stuck"))) > 0, 5000);
        // Sent by the server, not by this desktop; the outcome comes back through the feed.
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(id)->status, TicketStatus::Created, 15000);
        QVERIFY(m_window->ticketModel()->text(rowOf(id)->issueKey).startsWith(QStringLiteral("SUP-")));
        QCOMPARE(m_sandbox->counters().ticketsAccepted, 1);
    }

    void anotherOperatorsTicketAppearsWithinASecond()
    {
        TicketStore colleague(m_clock);
        QVERIFY(colleague.open(m_db->url()).ok());
        Ticket t;
        t.customerId = QStringLiteral("22222222-2222-4333-8444-555555555555");
        t.summary = QStringLiteral("Colleague's ticket");
        QElapsedTimer timer;
        QVERIFY(colleague.insertTicket(t) > 0);
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->ticketModel()->rowForId(t.id) >= 0, 1000);
        qInfo("a colleague's ticket reached the table in %lld ms", qint64(timer.elapsed()));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(t.id)->status, TicketStatus::Created, 15000);
    }

    // Last: it stops the server. A receiver last seen 20 hours ago reads so, not "1200 min".
    void aLongQuietReadsInHours()
    {
        QVERIFY(m_server->shutdown(5000)); // a clean stop removes its heartbeat
        TicketStore admin(m_clock);
        QVERIFY(admin.open(m_db->url()).ok());
        ServerRecord gone;
        gone.instance = QStringLiteral("a-serve-that-stopped");
        gone.role = QStringLiteral("serve");
        gone.listenUrl = QStringLiteral("http://127.0.0.1:9/webhooks/ripio"); // a receiver
        gone.startedAt = m_clock.now().addDays(-2);
        gone.lastSeen = m_clock.now().addSecs(-20 * 3600 - 60);
        QVERIFY(admin.heartbeat(gone));
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("databaseStatusLabel"));
        QVERIFY(label);
        QTRY_VERIFY2_WITH_TIMEOUT(label->text().contains(QStringLiteral("No receiver seen for 20 h 1 min")),
                                  qPrintable(label->text()), 20000);
    }
};

QTEST_MAIN(TestTeamDesktop)
#include "tst_teamdesktop.moc"
