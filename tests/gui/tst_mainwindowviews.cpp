// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "gui/compacttoolbar.h"
#include "gui/deliveriesview.h"
#include "gui/deliverymodel.h"
#include "gui/demobanner.h"
#include "gui/enginehost.h"
#include "gui/fittinglabel.h"
#include "gui/mainwindow.h"
#include "gui/shortcutsdialog.h"
#include "gui/tablemenus.h"
#include "gui/ticketmodel.h"
#include "gui/ticketproxy.h"
#include "namedcustomer.h"
#include "service/engineconfig.h"
#include "service/ticketservice.h"
#include "store/deliveryrecord.h"
#include "support/accessibletext.h"
#include "support/filedialogs.h"
#include "windowrows.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace TicketDesk;

namespace {

const QString aliceId = QStringLiteral("11111111-2222-4333-8444-555555555555");
const QString bobId = QStringLiteral("22222222-2222-4333-8444-555555555555");
const QDateTime t0 = QDateTime(QDate(2026, 6, 26), QTime(14, 30), Qt::UTC);

Ticket ticket(qint64 id, TicketStatus status, const QString &customer, const QString &summary, const QString &reference)
{
    Ticket t;
    t.id = id;
    t.status = status;
    t.customerId = customer;
    t.summary = summary;
    t.reference = reference;
    t.ticketId = QStringLiteral("aaaaaaaa-0000-4000-8000-%1").arg(id, 12, 10, QLatin1Char('0'));
    t.createdAt = t0.addSecs(id);
    t.submittedAt = t0.addSecs(id + 1);
    if (status == TicketStatus::Created || status == TicketStatus::Failed)
        t.outcomeAt = t0.addSecs(300 + id);
    if (status == TicketStatus::Created)
        t.issueKey = QStringLiteral("SUP-%1").arg(id);
    return t;
}

} // namespace

// The table side of the main window on a real engine (an empty SQLite
// database, no Ripio): the first-run message, the demo note, Copy summary and
// saved views. Rows with references come the way the engine delivers changes:
// TicketService::ticketsChanged.
class TestMainWindowViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<MainWindow> m_window;
    EngineConfig m_config;

    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("ticketTable")); }
    QLabel *placeholder() const { return m_window->findChild<QLabel *>(QStringLiteral("emptyTableLabel")); }
    QLineEdit *search() const { return m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit")); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1StringView(name)); }
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int r = 0; r < table()->model()->rowCount(); ++r)
            ids << table()->model()->index(r, 0).data(TicketModel::IdRole).toLongLong();
        return ids;
    }

    // Answers the next modal dialog named `name` (from the event loop, while exec() runs).
    template<typename Dialog, typename Answer>
    void answerNext(const QString &name, Answer answer)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [poll, name, answer] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != name)
                return;
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        });
        poll->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setUpWindowTest(m_dir);
        m_config.dbPath = m_dir.filePath(QStringLiteral("tickets.sqlite"));
        m_config.dataDir = m_dir.path();
        m_config.listen = false;
        m_config.runReconciler = false;
        m_config.runOutbox = false;
        m_host = std::make_unique<EngineHost>(m_clock);
        m_window = std::make_unique<MainWindow>(m_host->service(), m_clock, m_config, nullptr, true);
        QSignalSpy ready(m_window.get(), &MainWindow::ticketsReady);
        m_window->show();
        m_window->activateWindow(); // what the window manager does once a dialog closes
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_host->start(m_config);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QVERIFY(m_host->shutdown(5000));
        m_host.reset();
    }

    // F1 lists the keys: the menus' shortcuts under their menus' names, with the keys no menu
    // shows; Escape closes the list.
    void f1ListsTheShortcuts()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
        const QList<ShortcutsDialog::Group> groups = dialog->groups();
        const auto find = [&groups](const QString &group, const QString &action) {
            for (const ShortcutsDialog::Group &g : groups) {
                if (g.title != group)
                    continue;
                for (const ShortcutsDialog::Key &k : g.keys) {
                    if (k.action == action)
                        return k.keys;
                }
            }
            return QString();
        };
        QCOMPARE(find(QStringLiteral("File"), QStringLiteral("New ticket…")),
                 QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
        QCOMPARE(find(QStringLiteral("View"), QStringLiteral("Find…")),
                 QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
        QCOMPARE(find(QStringLiteral("Ticket"), QStringLiteral("Retry")), QStringLiteral("Ctrl+R"));
        QCOMPARE(find(QStringLiteral("Help"), QStringLiteral("Keyboard shortcuts")), QStringLiteral("F1"));
        QCOMPARE(
            find(QStringLiteral("In the ticket table"), QStringLiteral("Press the Retry button of the current cell")),
            QStringLiteral("Space, Enter"));
        QCOMPARE(find(QStringLiteral("In the New ticket form"), QStringLiteral("Create the ticket")),
                 QStringLiteral("Ctrl+Return"));
        // Keys no menu lists while it has no saved view: the saved views' and the mnemonics'.
        QCOMPARE(find(QStringLiteral("In the whole window"), QStringLiteral("Open saved views 1 to 9 (View menu)")),
                 QStringLiteral("Ctrl+1 … Ctrl+9"));
        // Every action of the window's menus that answers a key is listed once, and nothing else.
        qsizetype listed = 0;
        for (const ShortcutsDialog::Group &g : groups) {
            QVERIFY2(!g.title.contains(QLatin1Char('&')), qPrintable(g.title));
            if (!g.title.startsWith(QStringLiteral("In the ")))
                listed += g.keys.size();
        }
        qsizetype withKeys = 0;
        for (QAction *menuAction : m_window->menuBar()->actions()) {
            QList<QMenu *> menus{menuAction->menu()};
            while (!menus.isEmpty()) {
                QMenu *menu = menus.takeFirst();
                for (QAction *a : menu->actions()) {
                    if (a->menu())
                        menus.append(a->menu());
                    else if (!a->shortcut().isEmpty() && a->isVisible())
                        ++withKeys;
                }
            }
        }
        QVERIFY2(withKeys >= 20, qPrintable(QString::number(withKeys)));
        QCOMPARE(listed, withKeys);
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
        QVERIFY(tree);
        QVERIFY(!tree->accessibleName().isEmpty());
        QCOMPARE(tree->topLevelItemCount(), groups.size());
        QTRY_COMPARE(dialog->focusWidget(), tree);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<ShortcutsDialog *>());
        m_window->activateWindow(); // what the window manager does once a dialog closes
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // The groups come from the menus as they are: submenus folded into their menu, "&&" kept as
    // "&", hidden actions and menus without keys left out, several keys joined.
    void shortcutGroupsFollowTheMenus()
    {
        QMenuBar bar;
        QMenu *file = bar.addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("&Save && close"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
        file->addAction(QStringLiteral("No key"));
        QAction *hidden = file->addAction(QStringLiteral("Hidden"));
        hidden->setShortcut(QKeySequence(Qt::Key_F7));
        hidden->setVisible(false);
        QMenu *sub = file->addMenu(QStringLiteral("&Recent"));
        sub->addAction(QStringLiteral("One"))
            ->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_1)});
        bar.addMenu(QStringLiteral("&Empty"))->addAction(QStringLiteral("Nothing"));
        const QList<ShortcutsDialog::Group> groups = ShortcutsDialog::menuGroups(&bar);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].title, QStringLiteral("File"));
        QCOMPARE(groups[0].keys.size(), 2);
        QCOMPARE(groups[0].keys[0].action, QStringLiteral("Save & close"));
        QCOMPARE(groups[0].keys[0].keys, QStringLiteral("Ctrl+W"));
        QCOMPARE(groups[0].keys[1].action, QStringLiteral("One"));
        QCOMPARE(groups[0].keys[1].keys, QStringLiteral("Alt+1, Ctrl+1"));
    }

    // "Last event N s ago" says whether Ripio's events arrive: a forged request (or a wrong
    // webhook secret, which makes every delivery one) must not keep it fresh.
    void refusedRequestsAreNotEvents()
    {
        MainWindow window(m_host->service(), m_clock, m_config, nullptr, false);
        auto *label = window.findChild<QLabel *>(QStringLiteral("lastEventLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("No events yet"));
        const QDateTime now = m_clock.now();
        const auto delivery = [](const QDateTime &at, const char *verdict) {
            DeliveryRecord r;
            r.receivedAt = at;
            r.verdict = QString::fromLatin1(verdict);
            r.peerAddress = QStringLiteral("203.0.113.9");
            return r;
        };
        TicketService *service = m_host->service();
        Q_EMIT service->deliveriesRecorded({delivery(now, "bad-signature"), delivery(now, "missing-signature")});
        Q_EMIT service->deliveriesRecorded({delivery(now, "rejected-late"), delivery(now, "suppressed")});
        QCOMPARE(label->text(), QStringLiteral("No events yet"));
        Q_EMIT service->deliveriesRecorded({delivery(now.addSecs(-300), "applied")});
        QCOMPARE(label->text(), QStringLiteral("Last event 5 min ago"));
        Q_EMIT service->deliveriesRecorded({delivery(now, "bad-signature")});
        QCOMPARE(label->text(), QStringLiteral("Last event 5 min ago"));
        // A signed event, even one it could not use, is one.
        Q_EMIT service->deliveriesRecorded({delivery(now.addSecs(-30), "quarantined")});
        QVERIFY2(label->text().startsWith(QStringLiteral("Last event 3")), qPrintable(label->text()));
    }

    // On a file another process receives for (serve), the deliveries stored before the window
    // opened say when the last event came: the status bar said "No events yet".
    void storedDeliveriesDateTheLastEvent()
    {
        MainWindow window(m_host->service(), m_clock, m_config, nullptr, false);
        auto *label = window.findChild<QLabel *>(QStringLiteral("lastEventLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("No events yet"));
        DeliveryRecord forged;
        forged.receivedAt = m_clock.now();
        forged.verdict = QStringLiteral("bad-signature");
        DeliveryRecord event = forged;
        event.receivedAt = m_clock.now().addSecs(-600);
        event.verdict = QStringLiteral("applied");
        Q_EMIT m_host->service()->deliveriesLoaded({forged, event}); // newest first, as the view loads them
        QCOMPARE(label->text(), QStringLiteral("Last event 10 min ago"));
        // Days old, in days (it said "Last event 4320 min ago").
        MainWindow other(m_host->service(), m_clock, m_config, nullptr, false);
        event.receivedAt = m_clock.now().addDays(-3);
        Q_EMIT m_host->service()->deliveriesLoaded({event});
        // ("3 day(s)" here: the English plural forms come with the application's translator.)
        const QString days = other.findChild<QLabel *>(QStringLiteral("lastEventLabel"))->text();
        QVERIFY2(days.startsWith(QStringLiteral("Last event 3 day")), qPrintable(days));
        event.receivedAt = m_clock.now().addSecs(-5 * 3600);
        MainWindow third(m_host->service(), m_clock, m_config, nullptr, false);
        Q_EMIT m_host->service()->deliveriesLoaded({event});
        QCOMPARE(third.findChild<QLabel *>(QStringLiteral("lastEventLabel"))->text(),
                 QStringLiteral("Last event 5 h ago"));
    }

    // A listener kept on its old address after Apply with a taken port: the status bar says
    // where it listens and why not where it was asked, not only "Listening on".
    void aListenerKeptWhereItWasSaysWhy()
    {
        MainWindow window(m_host->service(), m_clock, m_config, nullptr, false);
        auto *label = window.findChild<QLabel *>(QStringLiteral("listenerStatusLabel"));
        QVERIFY(label);
        ListenerState kept;
        kept.listening = true;
        kept.address = QStringLiteral("127.0.0.1:8787");
        kept.url = QStringLiteral("http://127.0.0.1:8787/webhooks/ripio");
        kept.error = QStringLiteral("Cannot listen on 127.0.0.1:9000: in use. Still listening on 127.0.0.1:8787 "
                                    "meanwhile.");
        Q_EMIT m_host->service()->listenerStateChanged(kept);
        QCOMPARE(label->text(), QStringLiteral("Listening on 127.0.0.1:8787: ") + kept.error);
        QCOMPARE(label->toolTip(), kept.error);
        kept.error.clear();
        Q_EMIT m_host->service()->listenerStateChanged(kept);
        QCOMPARE(label->text(), QStringLiteral("Listening on 127.0.0.1:8787"));
    }

    void firstRunExplainsItself()
    {
        QCOMPARE(m_window->ticketModel()->rowCount(), 0);
        QLabel *label = placeholder();
        QVERIFY(label);
        QVERIFY(label->isVisible());
        ApiState api;
        api.kind = ApiState::Kind::Ready; // credentials set (this test's engine has none)
        Q_EMIT m_host->service()->apiStateChanged(api);
        const QString text = label->text();
        QVERIFY2(text.startsWith(QStringLiteral("No tickets yet.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("File → New ticket… (Ctrl+N)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(File → Import customers…).")), qPrintable(text));
        QVERIFY(!label->accessibleName().isEmpty());
        // A screen reader on the table hears it too.
        QCOMPARE(table()->accessibleDescription(), text);
        QVERIFY(!action("clearFiltersAction")->isEnabled()); // nothing to clear

        // Without credentials, the first step is Settings (a new user was pointed at New ticket,
        // whose ticket could only wait in the queue; audit 37).
        api.kind = ApiState::Kind::NotConfigured;
        Q_EMIT m_host->service()->apiStateChanged(api);
        QVERIFY2(label->text().startsWith(QStringLiteral(
                     "First, open Settings (Ctrl+,) and enter the client ID and secret Ripio gave you: until then, "
                     "new tickets wait in the queue. To try TicketDesk without them, start it with --demo.\n\nNo "
                     "tickets yet.")),
                 qPrintable(label->text()));
        QCOMPARE(table()->accessibleDescription(), label->text());
        // A viewer: the other TicketDesk on the file sends, with its own credentials.
        ListenerState viewer;
        viewer.heldBy = QStringLiteral("serve @ host");
        viewer.heldPort = 8787;
        Q_EMIT m_host->service()->listenerStateChanged(viewer);
        QCOMPARE(label->text(), text);
        ListenerState listening;
        listening.listening = true;
        listening.address = QStringLiteral("127.0.0.1:8787");
        Q_EMIT m_host->service()->listenerStateChanged(listening);
        QVERIFY2(label->text().startsWith(QStringLiteral("First, open Settings")), qPrintable(label->text()));
        api.kind = ApiState::Kind::Ready;
        Q_EMIT m_host->service()->apiStateChanged(api);
        QCOMPARE(label->text(), text);
    }

    void aNewWindowShowsTheSearchAndTheCreationTime()
    {
        // The first window takes the free width less 32 px (the window manager's side borders)
        // up to 1200 px, and nine tenths of the free height (room for its title bar: the whole
        // height ran off the screen at 150 %, audit 33), or more up to 1440×880 within nine tenths
        // of a large screen; unless its own minimum needs more (it does not on the offscreen
        // platform's 800×800)...
        const QSize free = m_window->screen()->availableSize();
        QVERIFY(m_window->minimumSizeHint().boundedTo(free * 0.9) == m_window->minimumSizeHint());
        QCOMPARE(m_window->size(), MainWindow::firstWindowSize(free));
        QCOMPARE(MainWindow::firstWindowSize(QSize(800, 800)), QSize(768, 720));
        QCOMPARE(MainWindow::firstWindowSize(QSize(800, 600)), QSize(768, 540));
        // Never narrower than 1200 where the screen is as wide (1280×720 logical: 1920×1080 at
        // 150 %); up to 1440×880 where nine tenths of the screen hold it.
        QCOMPARE(MainWindow::firstWindowSize(QSize(2560, 1400)), QSize(1440, 880));
        QCOMPARE(MainWindow::firstWindowSize(QSize(1280, 720)), QSize(1200, 648));
        QCOMPARE(MainWindow::firstWindowSize(QSize(1280, 800)), QSize(1200, 720));
        QCOMPARE(MainWindow::firstWindowSize(QSize(1024, 768)), QSize(992, 691));
        QCOMPARE(MainWindow::firstWindowSize(QSize(853, 533)), QSize(821, 480));
        // ...and at the smallest it takes on a screen with room for it, nothing the
        // operator needs first is off-screen: the search is on a toolbar row (not in
        // its overflow menu) and the columns up to the creation time fit beside the
        // details pane.
        m_window->resize(1200, 720);
        QVERIFY(search()->isVisible());
        QHeaderView *header = table()->horizontalHeader();
        const auto rightEdge = [header](int column) {
            return header->sectionViewportPosition(column) + header->sectionSize(column);
        };
        QTRY_VERIFY(rightEdge(TicketModel::CreatedColumn) <= table()->viewport()->width());
        QVERIFY(header->sectionViewportPosition(TicketModel::StatusColumn) >= 0);
        const int summary = header->sectionSize(TicketModel::SummaryColumn);
        QVERIFY2(summary >= 100, qPrintable(QString::number(summary)));
        // The retry column holds the link between a ticket and its retry, not only its button.
        for (const QString &link : {QStringLiteral("Retried as #12345"), QStringLiteral("Retry of #12345")})
            QVERIFY2(header->sectionSize(TicketModel::RetryColumn) > header->fontMetrics().horizontalAdvance(link),
                     qPrintable(link));
        // Columns fit their titles, in the deliveries view too.
        for (int c = 0; c < TicketModel::ColumnCount; ++c) {
            const QString title = m_window->ticketModel()->headerData(c, Qt::Horizontal).toString();
            if (c != TicketModel::RetryColumn && c != TicketModel::SummaryColumn && !header->isSectionHidden(c))
                QVERIFY2(header->sectionSize(c) > header->fontMetrics().horizontalAdvance(title), qPrintable(title));
        }
        auto *deliveries = m_window->findChild<QTableView *>(QStringLiteral("deliveriesTable"));
        QVERIFY(deliveries);
        const QHeaderView *deliveriesHeader = deliveries->horizontalHeader();
        for (int c = 0; c < deliveriesHeader->count(); ++c) {
            const QString title = deliveries->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(deliveriesHeader->sectionSize(c) > deliveriesHeader->fontMetrics().horizontalAdvance(title),
                     qPrintable(title));
        }

        // A wide window shows every column, the summary taking the room left.
        const QSize size = m_window->size();
        m_window->resize(2400, size.height());
        QTRY_COMPARE(header->length(), table()->viewport()->width());
        QVERIFY(header->sectionSize(TicketModel::SummaryColumn) > summary);

        // Once the operator sizes a column, the widths are theirs.
        header->resizeSection(TicketModel::CustomerColumn, header->sectionSize(TicketModel::CustomerColumn) + 40);
        const int chosen = header->sectionSize(TicketModel::SummaryColumn);
        const int wide = table()->viewport()->width();
        m_window->resize(size);
        QTRY_VERIFY(table()->viewport()->width() < wide);
        QCOMPARE(header->sectionSize(TicketModel::SummaryColumn), chosen);
    }

    // The window fits a small screen (800 px wide), or half of a larger one, on every tab.
    void theWindowFitsASmallScreen()
    {
        QVERIFY2(m_window->minimumSizeHint().width() <= 800,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
    }

    // In a window too narrow for the main toolbar's texts its buttons show their icons only, and
    // the search stays in view: Ctrl+F types into it, not into a field hidden in the overflow menu.
    void theSearchStaysInViewInANarrowWindow()
    {
        auto *toolbar = m_window->findChild<CompactToolBar *>(QStringLiteral("mainToolBar"));
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        QVERIFY(toolbar && search);
        const QSize size = m_window->size();
        const auto restore = qScopeGuard([this, size] { m_window->resize(size); });
        const auto inView = [&] {
            return search->isVisible() &&
                   search->mapTo(m_window.get(), QPoint(search->width(), 0)).x() <= m_window->width();
        };

        m_window->resize(1600, size.height());
        QTRY_VERIFY(!toolbar->isCompact());
        QTRY_VERIFY(inView());
        m_window->resize(800, size.height());
        QTRY_VERIFY(toolbar->isCompact());
        QTRY_VERIFY(inView());
        for (QAction *a : toolbar->actions()) {
            if (QWidget *button = toolbar->widgetForAction(a); button && !a->isSeparator() && button != search) {
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(a->objectName()));
                QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->objectName()));
                // Its key, as the menu shows it (Settings' fallback Ctrl+, was left out).
                if (!a->shortcut().isEmpty())
                    QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                             qPrintable(a->objectName() + QStringLiteral(": ") + a->toolTip()));
            }
        }
        // So is each toolbar's "»" button, which shows what does not fit (Qt's has no name).
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            const auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY2(more, qPrintable(bar->objectName()));
            QVERIFY2(!more->accessibleName().isEmpty() && !more->toolTip().isEmpty(), qPrintable(bar->objectName()));
        }
        QCOMPARE(toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))->accessibleName(),
                 QStringLiteral("More main toolbar buttons"));
        // The search's clear button is named for a screen reader (Qt's own has no name).
        const QList<QToolButton *> clear = search->findChildren<QToolButton *>();
        QVERIFY(!clear.isEmpty());
        for (const QToolButton *b : clear)
            QCOMPARE(b->accessibleName(), QStringLiteral("Clear the search"));
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("zz"));
        QCOMPARE(search->text(), QStringLiteral("zz"));
        search->clear();

        m_window->resize(1600, size.height());
        QTRY_VERIFY(!toolbar->isCompact());
    }

    // The deliveries' ticket ID (what links a delivery to its ticket) whole when the window has
    // room for it; cut before the origin leaves the screen when it has not.
    void deliveriesGiveTheTicketIdTheRoomLeft()
    {
        auto *deliveries = m_window->findChild<QTableView *>(QStringLiteral("deliveriesTable"));
        QVERIFY(deliveries);
        m_window->showDeliveries();
        QHeaderView *header = deliveries->horizontalHeader();
        const auto rightEdge = [header](int column) {
            return header->sectionViewportPosition(column) + header->sectionSize(column);
        };
        const int uuid =
            deliveries->fontMetrics().horizontalAdvance(QStringLiteral("7f3e3823-a760-5368-8753-f22cf6adad6b"));
        const QSize size = m_window->size();
        // The window as the other tests expect it, whatever happens here.
        const auto restore = qScopeGuard([this, size] {
            m_window->resize(size);
            m_window->showTickets();
        });

        m_window->resize(2400, size.height());
        QTRY_VERIFY2(header->sectionSize(DeliveryModel::TicketIdColumn) > uuid,
                     qPrintable(QString::number(header->sectionSize(DeliveryModel::TicketIdColumn))));
        QCOMPARE(rightEdge(DeliveryModel::PeerColumn), deliveries->viewport()->width());

        int others = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (c != DeliveryModel::TicketIdColumn && !header->isSectionHidden(c))
                others += header->sectionSize(c);
        }
        const int frame = m_window->width() - deliveries->viewport()->width();
        m_window->resize(others + uuid * 2 / 3 + frame, size.height());
        QTRY_VERIFY(header->sectionSize(DeliveryModel::TicketIdColumn) < uuid);
        QVERIFY2(rightEdge(DeliveryModel::PeerColumn) <= deliveries->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(rightEdge(DeliveryModel::PeerColumn))
                                .arg(deliveries->viewport()->width())));
    }

    void demoNoteShowsOnlyInTheDemoAndGoesAway()
    {
        auto *banner = m_window->findChild<DemoBanner *>(QStringLiteral("demoBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->accessibleName().isEmpty());
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("built-in Ripio sandbox")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Nothing you do here reaches Ripio")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the word “fail”")), qPrintable(text));
        // And the way out: a demo user was not told how to go from it to the real thing (audit 37).
        QVERIFY2(
            text.contains(QStringLiteral("start TicketDesk without --demo and enter your credentials in Settings")),
            qPrintable(text));
        QSignalSpy dismissed(banner, &DemoBanner::dismissed);
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(dismissed.count(), 1); // a mnemonic clicks with a short animation
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY(table()->hasFocus());

        MainWindow real(m_host->service(), m_clock, m_config, nullptr, false);
        QVERIFY(!real.findChild<DemoBanner *>());

        // Qt puts " — TicketDesk" after a window title that does not end with it: the name once.
        for (const QWidget *w : {static_cast<QWidget *>(m_window.get()), static_cast<QWidget *>(&real)}) {
            const QString title = w->windowTitle();
            QVERIFY2(!title.contains(QStringLiteral("TicketDesk")) || title == QStringLiteral("TicketDesk"),
                     qPrintable(title));
        }
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Demo"));
    }

    void rowsShowReferenceAndCustomerName()
    {
        Q_EMIT m_host->service()->ticketsChanged(
            {ticket(1, TicketStatus::Created, aliceId, QStringLiteral("Deposit not credited"),
                    QStringLiteral("HD-4411")),
             ticket(2, TicketStatus::Failed, bobId, QStringLiteral("Withdrawal stuck"), QString()),
             ticket(3, TicketStatus::Pending, aliceId, QStringLiteral("Card blocked"), QStringLiteral("HD-4420"))});
        QTRY_COMPARE(m_window->ticketModel()->rowCount(), 3);
        QTRY_VERIFY(!placeholder()->isVisible());
        QCOMPARE(table()->accessibleDescription(), QString());

        m_window->ticketModel()->setCustomerDirectory(
            {namedCustomer(aliceId, QStringLiteral("Alice Souza"), QStringLiteral("alice@example.com"))});
        QAbstractItemModel *view = table()->model();
        const int alice = m_window->ticketProxy()->mapFromSource(m_window->ticketModel()->index(0, 0)).row();
        QCOMPARE(view->index(alice, TicketModel::CustomerColumn).data().toString(), QStringLiteral("Alice Souza"));
        QVERIFY(view->index(alice, TicketModel::CustomerColumn).data(Qt::ToolTipRole).toString().contains(aliceId));
        QCOMPARE(view->index(alice, TicketModel::ReferenceColumn).data().toString(), QStringLiteral("HD-4411"));
        QCOMPARE(view->index(alice, TicketModel::CustomerIdColumn).data().toString(), aliceId);
        // The reference sits beside the customer; the UUID's own column waits in the header's menu.
        QHeaderView *header = table()->horizontalHeader();
        QCOMPARE(header->visualIndex(TicketModel::ReferenceColumn),
                 header->visualIndex(TicketModel::CustomerColumn) + 1);
        QVERIFY(header->isSectionHidden(TicketModel::CustomerIdColumn));
        QVERIFY(!header->isSectionHidden(TicketModel::ReferenceColumn));

        // The search finds the name, the email and the reference.
        for (const QString &text : {QStringLiteral("souza"), QStringLiteral("ALICE@"), QStringLiteral("hd-44")}) {
            search()->setText(text);
            QList<qint64> ids = shownIds();
            std::sort(ids.begin(), ids.end());
            QCOMPARE(ids, (QList<qint64>{1, 3}));
        }
        search()->setText(QStringLiteral("hd-4420"));
        QCOMPARE(shownIds(), QList<qint64>{3});
        search()->clear();
    }

    // The status bar's counts by status, and their total for a window too narrow for them
    // (tst_fittinglabel: the label shows the total whole rather than the counts cut).
    void ticketControlsActOnlyWhereTheTableIs()
    {
        // On Deliveries the search filtered, and Export wrote, the ticket table out of sight.
        QAction *exportAction = action("exportAction");
        QAction *failed = action("statusFilter_failed");
        QVERIFY(search()->isEnabled() && exportAction->isEnabled() && failed->isEnabled());
        // Nor did Esc there clear the search and the status filters, out of sight.
        search()->setText(QStringLiteral("e"));
        failed->setChecked(false);
        QVERIFY(action("clearFiltersAction")->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!action("clearFiltersAction")->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(search()->text(), QStringLiteral("e"));
        QVERIFY(!failed->isChecked());
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex(), 0);
        QVERIFY(action("clearFiltersAction")->isEnabled());
        action("clearFiltersAction")->trigger();
        QVERIFY(failed->isChecked());
        QVERIFY(search()->text().isEmpty());
        QVERIFY(table()->model()->rowCount() > 0);
        // (selectRow() would read the modifiers the shortcut above left: Ctrl toggles.)
        table()->selectionModel()->select(table()->model()->index(0, 0),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(action("copySummaryAction")->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex(), 1);
        QVERIFY(!search()->isEnabled());
        QVERIFY(exportAction->isEnabled()); // it exports the deliveries there (below)
        QVERIFY(!failed->isEnabled());
        // Nor do the actions on the table's selection (Ctrl+R retried a ticket out of sight).
        QVERIFY(!action("copySummaryAction")->isEnabled());
        QVERIFY(!action("retryAction")->isEnabled());
        // Find goes back to the table, whose controls work again.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex(), 0);
        QVERIFY(search()->isEnabled() && exportAction->isEnabled() && failed->isEnabled());
        QVERIFY(action("copySummaryAction")->isEnabled());
        QTRY_COMPARE(QApplication::focusWidget(), search());
    }

    // File → Export on the Deliveries tab writes the deliveries as the tab shows them: its filter,
    // its columns, formulas made inert. (It was off there: the log could only be read on screen.)
    void theDeliveriesExportAsShown()
    {
        DeliveryRecord formula;
        formula.receivedAt = m_clock.now();
        formula.verdict = QStringLiteral("bad-signature");
        formula.eventType = QStringLiteral("=HYPERLINK(\"http://x\")");
        formula.peerAddress = QStringLiteral("198.51.100.7");
        DeliveryRecord applied = formula;
        applied.verdict = QStringLiteral("applied");
        applied.eventType = QStringLiteral("SUPPORT_TICKET.CREATED");
        applied.ticketId = QStringLiteral("6f1c2b3a-1111-4222-8333-944445555666");
        Q_EMIT m_host->service()->deliveriesRecorded({formula, applied});
        action("showDeliveriesAction")->trigger();
        const auto back = qScopeGuard([this] {
            action("showTicketsAction")->trigger();
            m_window->activateWindow(); // what the window manager does once a dialog closes
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        });
        QVERIFY(action("exportAction")->isEnabled());
        auto *deliveries = m_window->findChild<QTableView *>(QStringLiteral("deliveriesTable"));
        const int shown = deliveries->model()->rowCount();
        QVERIFY(shown >= 2);

        QTemporaryDir out;
        Test::OfferedFile offered;
        Test::answerNextFileDialog(this, out.filePath(QStringLiteral("d.csv")), &offered);
        action("exportAction")->trigger(); // returns once the dialog is answered and the file written
        QVERIFY2(QFileInfo(offered.file).fileName().startsWith(QStringLiteral("deliveries-")),
                 qPrintable(offered.file));
        QFile file(out.filePath(QStringLiteral("d.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), shown + 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("Received,Verdict,Event,")), qPrintable(lines.first()));
        QVERIFY2(text.contains(QStringLiteral("'=HYPERLINK(")), qPrintable(text));
        QVERIFY(text.contains(applied.ticketId));
        QVERIFY(text.contains(QStringLiteral("198.51.100.7")));
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported %1 deliver").arg(shown)),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("Older deliveries")));

        // A tab that holds only the newest deliveries says the file has only those.
        auto *view = m_window->findChild<DeliveriesView *>();
        QVERIFY(view);
        QList<DeliveryRecord> newest;
        for (int i = 0; i < DeliveryModel::firstLoad; ++i) {
            DeliveryRecord r = applied;
            r.id = i + 1;
            r.receivedAt = m_clock.now().addSecs(-i);
            newest << r;
        }
        view->model()->set(newest);
        QVERIFY(view->model()->olderNotLoaded());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        Test::answerNextFileDialog(this, out.filePath(QStringLiteral("newest.csv")), &offered);
        action("exportAction")->trigger();
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("newest.csv"))));
        QVERIFY2(m_window->statusBar()->currentMessage().endsWith(
                     QStringLiteral("Older deliveries stay in the database and are not in the file.")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void statusCountsHaveAShortForm()
    {
        auto *counts = m_window->findChild<FittingLabel *>(QStringLiteral("countsLabel"));
        QVERIFY(counts);
        QTRY_COMPARE(counts->longText(), QStringLiteral("Pending: 1 · Created: 1 · Failed: 1"));
        QCOMPARE(counts->shortText(), QStringLiteral("3 tickets"));
        QCOMPARE(counts->text(), counts->longText());
        // A screen reader hears the counts themselves (it heard "Tickets by status", audit 33).
        QCOMPARE(Test::accessibleText(counts), counts->longText());
    }

    void aFilterThatHidesEverythingSaysHowToClearIt()
    {
        QVERIFY(m_window->ticketModel()->rowCount() > 0);
        search()->setFocus();
        QTest::keyClicks(search(), QStringLiteral("zzz"));
        QTRY_VERIFY(placeholder()->isVisible());
        QCOMPARE(placeholder()->text(),
                 QStringLiteral("No ticket matches “zzz”.\n\nPress Esc to clear the search and show every status."));
        QTest::keyClick(search(), Qt::Key_Escape);
        QCOMPARE(search()->text(), QString());
        QVERIFY(!placeholder()->isVisible());

        // Only statuses nobody has: the status filter's own message; Esc in the table brings them all back.
        action("statusFilter_created")->trigger();
        action("statusFilter_failed")->trigger();
        action("statusFilter_pending")->trigger();
        QVERIFY(placeholder()->isVisible());
        QVERIFY2(placeholder()->text().startsWith(QStringLiteral("No ticket has the statuses shown.")),
                 qPrintable(placeholder()->text()));
        search()->setText(QStringLiteral("deposit"));
        QVERIFY2(
            placeholder()->text().startsWith(QStringLiteral("No ticket with the statuses shown matches “deposit”.")),
            qPrintable(placeholder()->text()));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Escape);
        QCOMPARE(m_window->ticketProxy()->statusMask(), TicketProxy::allStatuses);
        QCOMPARE(search()->text(), QString());
        QCOMPARE(table()->model()->rowCount(), 3);
        QVERIFY(!placeholder()->isVisible());
    }

    void copySummaryIsReadableInAHelpdesk()
    {
        m_window->ticketModel()->setCustomerDirectory({namedCustomer(aliceId, QStringLiteral("Alice Souza"))});
        // Tickets 1 and 2, in the table's order (newest first).
        table()->sortByColumn(TicketModel::CreatedColumn, Qt::DescendingOrder);
        QVERIFY(m_window->selectTicket(1));
        const QModelIndex two = m_window->ticketProxy()->mapFromSource(
            m_window->ticketModel()->index(m_window->ticketModel()->rowForId(2), 0));
        table()->selectionModel()->select(two, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(action("copySummaryAction")->isEnabled());
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        // Outcome times in local time (this test runs in São Paulo, UTC-3).
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Ticket #2 — Failed\n"
                                                                      "Customer: 22222222-2222-4333-8444-555555555555\n"
                                                                      "Summary: Withdrawal stuck\n"
                                                                      "Outcome at: 2026-06-26 11:35 -03\n"
                                                                      "\n"
                                                                      "SUP-1 — Created\n"
                                                                      "Customer: Alice Souza\n"
                                                                      "Your reference: HD-4411\n"
                                                                      "Summary: Deposit not credited\n"
                                                                      "Outcome at: 2026-06-26 11:35 -03"));
        // Copy issue key moved aside for it, and still works.
        QTest::keyClick(table(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("SUP-1"));
        // Said in the status bar, as the copy of a summary is; and so is a copy of nothing.
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Copied SUP-1."));
        table()->selectionModel()->select(two, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(table(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("SUP-1"));
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Nothing copied: ")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // In the Ticket menu too.
        QVERIFY(m_window->menuBar()->actions().at(1)->menu()->actions().contains(action("copySummaryAction")));
        table()->clearSelection();
        QVERIFY(!action("copySummaryAction")->isEnabled());
    }

    // View → Sort by is the keyboard's way to what a click on a column's title does.
    void theTableSortsFromTheKeyboard()
    {
        auto *sort = m_window->findChild<SortMenu *>(QStringLiteral("sortMenu"));
        QVERIFY(sort);
        QMenu *viewMenu = m_window->menuBar()->actions().at(2)->menu();
        QVERIFY(viewMenu->actions().contains(sort->menuAction()));
        // Its letter is its own in the View menu.
        QStringList letters;
        for (const QAction *a : viewMenu->actions()) {
            const qsizetype amp = a->text().indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (amp >= 0)
                letters << a->text().at(amp + 1).toLower();
        }
        QCOMPARE(letters.count(QStringLiteral("s")), 1);
        QCOMPARE(sort->title(), QStringLiteral("&Sort by"));

        QHeaderView *header = table()->horizontalHeader();
        const auto entry = [sort](const QString &name) { return sort->findChild<QAction *>(name); };
        const auto column = [&entry](int c) { return entry(QStringLiteral("sortByColumnAction_%1").arg(c)); };
        table()->sortByColumn(TicketModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(shownIds(), (QList<qint64>{3, 2, 1}));
        Q_EMIT sort->aboutToShow();
        QVERIFY(column(TicketModel::CreatedColumn) && column(TicketModel::CreatedColumn)->isChecked());
        QVERIFY(column(TicketModel::SummaryColumn) && !column(TicketModel::SummaryColumn)->isChecked());
        QVERIFY(entry(QStringLiteral("sortDescendingAction"))->isChecked());
        QVERIFY(!entry(QStringLiteral("sortAscendingAction"))->isChecked());

        // Another column keeps the order; the order turns the same column round.
        column(TicketModel::SummaryColumn)->trigger();
        QCOMPARE(header->sortIndicatorSection(), int(TicketModel::SummaryColumn));
        QCOMPARE(shownIds(), (QList<qint64>{2, 1, 3})); // Withdrawal, Deposit, Card
        Q_EMIT sort->aboutToShow();
        QVERIFY(column(TicketModel::SummaryColumn)->isChecked());
        entry(QStringLiteral("sortAscendingAction"))->trigger();
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(shownIds(), (QList<qint64>{3, 1, 2}));

        // The columns shown, in the order they show, each with a letter; a hidden one has no entry.
        header->setSectionHidden(TicketModel::OperatorColumn, true);
        const auto restore = qScopeGuard([header] { header->setSectionHidden(TicketModel::OperatorColumn, false); });
        Q_EMIT sort->aboutToShow();
        QVERIFY(!column(TicketModel::OperatorColumn));
        QStringList shown;
        for (int v = 0; v < header->count(); ++v) {
            if (!header->isSectionHidden(header->logicalIndex(v)))
                shown << table()->model()->headerData(header->logicalIndex(v), Qt::Horizontal).toString();
        }
        QStringList listed;
        for (const QAction *a : sort->actions()) {
            if (a->isSeparator() || a == entry(QStringLiteral("sortAscendingAction")) ||
                a == entry(QStringLiteral("sortDescendingAction")))
                continue;
            QVERIFY2(a->text().contains(QRegularExpression(QStringLiteral("&[^&]"))), qPrintable(a->text()));
            listed << QString(a->text()).remove(QLatin1Char('&'));
        }
        QCOMPARE(listed, shown);

        // On the Deliveries tab it sorts the deliveries; Insights has no table to sort.
        auto *deliveries = m_window->findChild<QTableView *>(QStringLiteral("deliveriesTable"));
        action("showDeliveriesAction")->trigger();
        QCOMPARE(sort->table(), deliveries);
        QVERIFY(sort->isEnabled());
        Q_EMIT sort->aboutToShow();
        column(DeliveryModel::VerdictColumn)->trigger();
        QCOMPARE(deliveries->horizontalHeader()->sortIndicatorSection(), int(DeliveryModel::VerdictColumn));
        deliveries->sortByColumn(DeliveryModel::ReceivedColumn, Qt::DescendingOrder);
        action("showInsightsAction")->trigger();
        QVERIFY(!sort->isEnabled());
        action("showTicketsAction")->trigger();
        QCOMPARE(sort->table(), table());
        QVERIFY(sort->isEnabled());
        table()->sortByColumn(TicketModel::CreatedColumn, Qt::DescendingOrder);
    }

    void aSavedViewRestoresFilterAndSort()
    {
        // Failed and pending only, "withdrawal" searched, sorted by customer descending.
        action("statusFilter_created")->trigger();
        search()->setText(QStringLiteral("withdrawal"));
        table()->sortByColumn(TicketModel::CustomerColumn, Qt::DescendingOrder);
        const quint32 mask = m_window->ticketProxy()->statusMask();
        QCOMPARE(shownIds(), QList<qint64>{2});
        answerNext<QInputDialog>(QStringLiteral("saveViewDialog"), [](QInputDialog *d) {
            d->setTextValue(QStringLiteral("Stuck withdrawals"));
            d->accept();
        });
        QTest::keyClick(table(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->savedViews().size(), 1);
        QCOMPARE(m_window->savedViews().first().name, QStringLiteral("Stuck withdrawals"));
        const SavedView saved = m_window->savedViews().first();

        // The same name again, with another sort: asked; Cancel (the default, and Esc) keeps the
        // saved view, Replace replaces it.
        table()->sortByColumn(TicketModel::CreatedColumn, Qt::AscendingOrder);
        QMessageBox *box = nullptr;
        const auto saveAgain = [this, &box] {
            box = nullptr;
            m_window->activateWindow(); // what the window manager does once a dialog closes
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            answerNext<QInputDialog>(QStringLiteral("saveViewDialog"), [](QInputDialog *d) {
                d->setTextValue(QStringLiteral(" Stuck withdrawals "));
                d->accept();
            });
            QTest::keyClick(table(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("replaceSavedViewConfirmation"))) &&
                        box->isVisible());
            QVERIFY(box->text().contains(QStringLiteral("Stuck withdrawals")));
            QCOMPARE(box->defaultButton(), box->findChild<QPushButton *>(QStringLiteral("keepSavedViewButton")));
        };
        saveAgain();
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QCOMPARE(m_window->savedViews(), QList<SavedView>{saved});
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("replaceSavedViewConfirmation")));
        saveAgain();
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmReplaceSavedViewButton")),
                          Qt::LeftButton);
        QCOMPARE(m_window->savedViews().size(), 1);
        QCOMPARE(m_window->savedViews().first().sortColumn, int(TicketModel::CreatedColumn));
        QVERIFY(m_window->savedViews().first().ascending);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("replaceSavedViewConfirmation")));
        // Back as it was for what follows.
        table()->sortByColumn(TicketModel::CustomerColumn, Qt::DescendingOrder);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        answerNext<QInputDialog>(QStringLiteral("saveViewDialog"), [](QInputDialog *d) {
            d->setTextValue(QStringLiteral("Stuck withdrawals"));
            d->accept();
        });
        QTest::keyClick(table(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QMessageBox *replace = nullptr;
        QTRY_VERIFY((replace = m_window->findChild<QMessageBox *>(QStringLiteral("replaceSavedViewConfirmation"))) &&
                    replace->isVisible());
        QTest::mouseClick(replace->findChild<QPushButton *>(QStringLiteral("confirmReplaceSavedViewButton")),
                          Qt::LeftButton);
        QCOMPARE(m_window->savedViews(), QList<SavedView>{saved});
        QAction *first = action("savedViewAction_1");
        QVERIFY(first);
        QCOMPARE(first->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QVERIFY(m_window->menuBar()->actions().at(2)->menu()->actions().contains(first)); // the View menu

        // Elsewhere: every status, no search, sorted by creation.
        m_window->activateWindow(); // what the window manager does once a dialog closes
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Escape);
        table()->sortByColumn(TicketModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(table()->model()->rowCount(), 3);

        QTest::keyClick(table(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->ticketProxy()->statusMask(), mask);
        QCOMPARE(search()->text(), QStringLiteral("withdrawal"));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(TicketModel::CustomerColumn));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(m_window->ticketProxy()->sortColumn(), int(TicketModel::CustomerColumn));
        QCOMPARE(shownIds(), QList<qint64>{2});

        // Kept for the next start.
        {
            MainWindow next(m_host->service(), m_clock, m_config, nullptr, false);
            QCOMPARE(next.savedViews(), m_window->savedViews());
        }

        // Deleted from the manage dialog: gone from the menu, Ctrl+1 does nothing.
        search()->clear();
        action("manageSavedViewsAction")->trigger();
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("savedViewsDialog"))));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("savedViewsList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Stuck withdrawals (Ctrl+1)"));
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        list->setFocus();
        // Asked first: Cancel (the default, and Esc) keeps the view, Delete deletes it.
        const auto askDelete = [dialog, list, &box] {
            box = nullptr;
            dialog->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), dialog);
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Delete);
            QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("deleteSavedViewConfirmation"))) &&
                        box->isVisible());
            QVERIFY(box->text().contains(QStringLiteral("Stuck withdrawals")));
            QCOMPARE(box->defaultButton(), box->findChild<QPushButton *>(QStringLiteral("keepSavedViewButton")));
        };
        askDelete();
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QCOMPARE(list->count(), 1);
        QCOMPARE(m_window->savedViews().size(), 1);
        QVERIFY(action("savedViewAction_1"));
        QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("deleteSavedViewConfirmation")));
        list->setFocus();
        askDelete();
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteSavedViewButton")),
                          Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QVERIFY(m_window->savedViews().isEmpty());
        QVERIFY(!action("savedViewAction_1"));
        dialog->close();
        m_window->activateWindow(); // what the window manager does once a dialog closes
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(table(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(search()->text(), QString());
        MainWindow next(m_host->service(), m_clock, m_config, nullptr, false);
        QVERIFY(next.savedViews().isEmpty());
    }

    // Tickets kept on this computer (the team database unreachable) are written from here only:
    // quitting asks first, Keep TicketDesk open is the default; with none kept it just closes.
    void quittingWithKeptTicketsAsksFirst()
    {
        MainWindow window(m_host->service(), m_clock, m_config, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DatabaseState kept;
        kept.team = true;
        kept.where = QStringLiteral("desk@db.example:5432/tickets");
        kept.message = QStringLiteral("connection refused");
        kept.spooled = 2;
        Q_EMIT m_host->service()->databaseStateChanged(kept);
        const auto restore = qScopeGuard([this] { Q_EMIT m_host->service()->databaseStateChanged(DatabaseState{}); });
        auto *label = window.findChild<QLabel *>(QStringLiteral("databaseStatusLabel"));
        QVERIFY(label);
        QTRY_VERIFY2(label->text().contains(QStringLiteral(": 2")), qPrintable(label->text()));

        QMessageBox *box = nullptr;
        window.close();
        QVERIFY(window.isVisible());
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("keptTicketsQuitConfirmation"))) &&
                    box->isVisible());
        QVERIFY2(box->text().startsWith(QStringLiteral("2 tickets")), qPrintable(box->text()));
        QCOMPARE(box->defaultButton(), box->findChild<QPushButton *>(QStringLiteral("keepOpenButton")));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("keptTicketsQuitConfirmation")));
        QVERIFY(window.isVisible());

        window.close();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("keptTicketsQuitConfirmation"))) &&
                    box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("quitWithKeptTicketsButton")), Qt::LeftButton);
        QTRY_VERIFY(!window.isVisible());

        // Nothing kept: closing asks nothing.
        MainWindow plain(m_host->service(), m_clock, m_config, nullptr, false);
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        Q_EMIT m_host->service()->databaseStateChanged(DatabaseState{});
        QTRY_VERIFY(
            !plain.findChild<QLabel *>(QStringLiteral("databaseStatusLabel"))->text().contains(QStringLiteral(": 2")));
        plain.close();
        QVERIFY(!plain.isVisible());
        QVERIFY(!plain.findChild<QMessageBox *>(QStringLiteral("keptTicketsQuitConfirmation")));
    }

    // A ticket kept while the team database is away: the status bar said so in a line that it cut
    // (with the reason in it), over the label that counts the kept tickets.
    void aKeptTicketIsSaidInFull()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QString why = QStringLiteral("The ticket is kept on this computer, and written to the team database "
                                           "as soon as it can be reached (The team database desk@db.example:5432/"
                                           "tickets cannot be reached: connection refused).");
        Q_EMIT m_host->service()->createSpooled(0, why); // no create waits: tag 0
        const QString said = m_window->statusBar()->currentMessage();
        QCOMPARE(said, QStringLiteral("Ticket kept on this computer: it goes to the team database as soon as that "
                                      "answers."));
        QVERIFY2(m_window->statusBar()->fontMetrics().horizontalAdvance(said) < m_window->statusBar()->width(),
                 qPrintable(said));
        m_window->statusBar()->clearMessage();
    }

    void tabLeavesTheTable()
    {
        // The arrows move inside the table; Tab goes on to the details pane, Shift+Tab comes back.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        search()->clear();
        QTRY_VERIFY(table()->model()->rowCount() > 1);
        table()->setCurrentIndex(table()->model()->index(0, TicketModel::StatusColumn));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), table());
    }

    // Tab walks the window from the top, as it reads: the search, the demo note's button, the
    // tabs, the table and its details (the note and the tabs had come after the details).
    void tabWalksTheWindowFromTheTop()
    {
        MainWindow window(m_host->service(), m_clock, m_config, nullptr, true);
        window.resize(1024, 700);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *find = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        auto *banner = window.findChild<DemoBanner *>(QStringLiteral("demoBanner"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("ticketTable"));
        auto *details = window.findChild<QWidget *>(QStringLiteral("detailsText"));
        QVERIFY(find && banner && banner->isVisible() && tabs && view && details);
        const QList<QWidget *> order{find, banner->dismissButton(), tabs->tabBar(), view, details};
        find->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), find);
        for (qsizetype i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() == order[i],
                     qPrintable(QStringLiteral("step %1: %2").arg(i).arg(QApplication::focusWidget()->objectName())));
        }
        // And on round to the top, not into a loop among the tabs and the page.
        QStringList went;
        for (int i = 0; i < 6 && QApplication::focusWidget() != find; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            went << QApplication::focusWidget()->objectName();
        }
        QVERIFY2(QApplication::focusWidget() == find, qPrintable(went.join(QStringLiteral(" > "))));
        details->setFocus(Qt::OtherFocusReason);
        for (qsizetype i = order.size() - 2; i >= 0; --i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
            QVERIFY2(QApplication::focusWidget() == order[i],
                     qPrintable(QStringLiteral("back %1: %2").arg(i).arg(QApplication::focusWidget()->objectName())));
        }
    }

    void theDetailsPaneAndTheColumnsHaveAKeyboardPath()
    {
        MainWindow first(m_host->service(), m_clock, m_config, nullptr, false);
        first.resize(1024, 700);
        first.show();
        first.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&first));
        auto *view = first.findChild<QTableView *>(QStringLiteral("ticketTable"));
        auto *splitter = first.findChild<QSplitter *>(QStringLiteral("ticketSplitter"));
        auto *details = first.findChild<QAction *>(QStringLiteral("detailsPaneAction"));
        auto *columns = first.findChild<QMenu *>(QStringLiteral("columnsMenu"));
        QVERIFY(view && splitter && details && columns);
        QVERIFY(first.menuBar()->actions().at(2)->menu()->actions().contains(columns->menuAction()));
        QVERIFY(first.menuBar()->actions().at(2)->menu()->actions().contains(details));

        // F9 gives the table the whole width, and gives the pane back as wide as it was.
        QVERIFY(details->isChecked());
        const int paneWidth = splitter->sizes().value(1);
        QVERIFY(paneWidth > 0);
        const int tableWidth = view->width();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F9);
        QCOMPARE(splitter->sizes().value(1), 0);
        QVERIFY(!details->isChecked());
        QTRY_VERIFY(view->width() >= tableWidth + paneWidth);
        QTest::keyClick(view, Qt::Key_F9);
        QCOMPARE(splitter->sizes().value(1), paneWidth);
        QVERIFY(details->isChecked());

        // Dragging the pane shut is the same as hiding it.
        splitter->setSizes({tableWidth + paneWidth, 0});
        QVERIFY(details->isChecked());                             // setSizes() moves nothing by hand...
        Q_EMIT splitter->splitterMoved(tableWidth + paneWidth, 1); // ...a drag says so
        QVERIFY(!details->isChecked());

        // Every column can be hidden and shown from the menu, and the menu shows what is hidden.
        QHeaderView *header = view->horizontalHeader();
        auto *operatorColumn =
            columns->findChild<QAction *>(QStringLiteral("showColumnAction_%1").arg(TicketModel::OperatorColumn));
        QVERIFY(operatorColumn);
        Q_EMIT columns->aboutToShow();
        QCOMPARE(operatorColumn->isChecked(), !header->isSectionHidden(TicketModel::OperatorColumn));
        const bool wasShown = operatorColumn->isChecked();
        operatorColumn->trigger();
        QCOMPARE(header->isSectionHidden(TicketModel::OperatorColumn), wasShown);
        header->setSectionHidden(TicketModel::OperatorColumn, !wasShown);
        Q_EMIT columns->aboutToShow();
        QCOMPARE(operatorColumn->isChecked(), wasShown);
        // Each column's name, with a letter of its own for the Alt key.
        QSet<QChar> keys;
        for (int c = 0; c < header->count(); ++c) {
            const QString text = columns->findChild<QAction *>(QStringLiteral("showColumnAction_%1").arg(c))->text();
            if (c == TicketModel::StatusColumn) { // never enabled: it takes no letter from the others
                QCOMPARE(text, m_window->ticketModel()->headerData(c, Qt::Horizontal).toString());
                continue;
            }
            QCOMPARE(text.count(QLatin1Char('&')), 1);
            const QChar key = text.at(text.indexOf(QLatin1Char('&')) + 1).toLower();
            QVERIFY2(key.isLetterOrNumber() && !keys.contains(key), qPrintable(text));
            keys.insert(key);
            QCOMPARE(QString(text).remove(QLatin1Char('&')),
                     m_window->ticketModel()->headerData(c, Qt::Horizontal).toString());
        }

        // The status always shows: it is what the desk is for (and the table keeps a column).
        auto *statusColumn =
            columns->findChild<QAction *>(QStringLiteral("showColumnAction_%1").arg(TicketModel::StatusColumn));
        for (int c = 0; c < header->count(); ++c)
            header->setSectionHidden(c, c != TicketModel::StatusColumn);
        Q_EMIT columns->aboutToShow();
        QVERIFY(statusColumn->isChecked());
        QVERIFY(!statusColumn->isEnabled());
        QVERIFY(operatorColumn->isEnabled());
        operatorColumn->trigger();
        QVERIFY(!header->isSectionHidden(TicketModel::OperatorColumn));

        // A hidden pane stays hidden in the next session.
        first.close();
        MainWindow next(m_host->service(), m_clock, m_config, nullptr, false);
        QVERIFY(!next.findChild<QAction *>(QStringLiteral("detailsPaneAction"))->isChecked());
        QCOMPARE(next.findChild<QSplitter *>(QStringLiteral("ticketSplitter"))->sizes().value(1), 0);
        QHeaderView *nextHeader = next.findChild<QTableView *>(QStringLiteral("ticketTable"))->horizontalHeader();
        QVERIFY(!nextHeader->isSectionHidden(TicketModel::OperatorColumn));
        QVERIFY(nextHeader->isSectionHidden(TicketModel::SummaryColumn));

        // A layout that hid the status (an older TicketDesk let it) shows it again.
        nextHeader->setSectionHidden(TicketModel::StatusColumn, true);
        next.close();
        MainWindow third(m_host->service(), m_clock, m_config, nullptr, false);
        QVERIFY(!third.findChild<QTableView *>(QStringLiteral("ticketTable"))
                     ->horizontalHeader()
                     ->isSectionHidden(TicketModel::StatusColumn));
        QSettings().remove(QStringLiteral("mainWindow"));
    }

    void aLayoutSavedBeforeTheNewColumnsGetsThem()
    {
        // The header of a release whose table ended with the Operator column.
        QStandardItemModel old(0, TicketModel::ReferenceColumn);
        QHeaderView saved(Qt::Horizontal);
        saved.setModel(&old);
        saved.resizeSection(TicketModel::SummaryColumn, 333);
        saved.setSectionHidden(TicketModel::TicketIdColumn, true);
        saved.moveSection(saved.visualIndex(TicketModel::SummaryColumn), 0);
        QSettings settings;
        settings.setValue(QStringLiteral("mainWindow/tableHeader"), saved.saveState());
        settings.remove(QStringLiteral("mainWindow/tableColumns"));
        settings.remove(QStringLiteral("mainWindow/tableFits")); // nor whether the summary fits
        settings.sync();

        MainWindow next(m_host->service(), m_clock, m_config, nullptr, false);
        QHeaderView *header = next.findChild<QTableView *>(QStringLiteral("ticketTable"))->horizontalHeader();
        QCOMPARE(header->count(), int(TicketModel::ColumnCount));
        QCOMPARE(header->sectionSize(TicketModel::SummaryColumn), 333);
        QVERIFY(header->isSectionHidden(TicketModel::TicketIdColumn));
        QCOMPARE(header->visualIndex(TicketModel::SummaryColumn), 0);
        QCOMPARE(header->visualIndex(TicketModel::ReferenceColumn),
                 header->visualIndex(TicketModel::CustomerColumn) + 1);
        QVERIFY(!header->isSectionHidden(TicketModel::ReferenceColumn));
        QVERIFY(header->isSectionHidden(TicketModel::CustomerIdColumn));

        // Once saved with them, the operator's choices about the new columns stay.
        header->setSectionHidden(TicketModel::CustomerIdColumn, false);
        next.close();
        MainWindow after(m_host->service(), m_clock, m_config, nullptr, false);
        QVERIFY(!after.findChild<QTableView *>(QStringLiteral("ticketTable"))
                     ->horizontalHeader()
                     ->isSectionHidden(TicketModel::CustomerIdColumn));
    }
};

int main(int argc, char **argv)
{
    // Local times in the copied summary are São Paulo's (UTC-3 all year).
    qputenv("TZ", "America/Sao_Paulo");
    QApplication app(argc, argv);
    TestMainWindowViews test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowviews.moc"
