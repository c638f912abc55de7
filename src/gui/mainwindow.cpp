// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include "core/clock.h"
#include "core/localizedtext.h"
#include "core/logging.h"
#include "core/savefile.h"
#include "gui/bulkticketsdialog.h"
#include "gui/clearbutton.h"
#include "gui/columnfitter.h"
#include "gui/compacttoolbar.h"
#include "gui/createticketdialog.h"
#include "gui/csvexporter.h"
#include "gui/currentrowselection.h"
#include "gui/customerimportdialog.h"
#include "gui/deliveriesview.h"
#include "gui/deliverymodel.h"
#include "gui/demobanner.h"
#include "gui/detailspane.h"
#include "gui/discardprompt.h"
#include "gui/enginehost.h"
#include "gui/fittinglabel.h"
#include "gui/insightsfigures.h"
#include "gui/insightshost.h"
#include "gui/insightstab.h"
#include "gui/recentfolders.h"
#include "gui/retrydelegate.h"
#include "gui/savedviewsdialog.h"
#include "gui/settingsdialog.h"
#include "gui/shortcutsdialog.h"
#include "gui/statusicons.h"
#include "gui/tablemenus.h"
#include "gui/tableplaceholder.h"
#include "gui/templatesdialog.h"
#include "gui/ticketmodel.h"
#include "gui/ticketproxy.h"
#include "gui/ticketreport.h"
#include "gui/visibletext.h"
#include "service/secretstore.h"
#include "service/ticketservice.h"
#include "service/webhookinspector.h"
#include "store/databaselocation.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace TicketDesk {

namespace {

QString settingsKey(const char *key)
{
    return QLatin1StringView("mainWindow/") + QLatin1StringView(key);
}

} // namespace

// A first window (before any saved geometry) with room for the ticket table's columns beside
// the details pane where the screen has it: up to 1440×880 within nine tenths of the screen's
// free area, and at least 1200 px wide where the free width less 32 px (the window manager's side
// borders) holds it. Its height stays within nine tenths of the free height, leaving the title
// bar room: the whole height made a window taller than the screen at 150 % (audit 33).
QSize MainWindow::firstWindowSize(const QSize &free)
{
    const QSize wanted(1440, 880);
    const int leastWidth = 1200;
    if (free.isEmpty())
        return {leastWidth, 720};
    const QSize room = free * 0.9;
    return {std::max(std::min(wanted.width(), room.width()), std::min(leastWidth, free.width() - 32)),
            std::min(wanted.height(), room.height())};
}

MainWindow::MainWindow(TicketService *service, const Clock &clock, const EngineConfig &config, SecretStore *secrets,
                       bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_clock(clock)
    , m_config(config)
    , m_secrets(secrets)
    , m_demo(demo)
    , m_demoSandbox(demo ? config.client.baseUrl : QUrl())
    , m_model(new TicketModel(clock, this))
    , m_proxy(new TicketProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The desktop adds the application's name after a title that does not end with it
    // ("TicketDesk (demo) — TicketDesk"): the demo's title is only what it adds.
    setWindowTitle(demo ? tr("Demo") : tr("TicketDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ticketdesk.svg")));
    resize(firstWindowSize(screen() ? screen()->availableSize() : QSize()));

    m_model->setObjectName(QStringLiteral("ticketModel"));
    m_model->setStuckThresholdSeconds(config.reconcileAfterSeconds);
    m_proxy->setObjectName(QStringLiteral("ticketProxy"));
    m_proxy->setTicketModel(m_model);

    buildTable();
    buildActions();
    buildStatusBar();
    buildTray();
    // Tab walks the window from the top: the search, the demo note's button, the tabs, then the
    // page (the widgets were made in another order, and the tabs came after the table's details).
    // The tab widget hands its focus to its bar: it goes right before it, or Tab from the page's
    // last widget would go back to the bar and round the page for ever.
    QWidget *previous = m_search;
    for (QWidget *next :
         {m_banner ? static_cast<QWidget *>(m_banner->dismissButton()) : nullptr, static_cast<QWidget *>(m_tabs),
          static_cast<QWidget *>(m_tabs->tabBar()), static_cast<QWidget *>(m_table)}) {
        if (next) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    connectService();
    restoreUi();
    updateActions();
    updateCounts();
    updateEmptyState();

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &MainWindow::tick);
    m_tick->start();
}

MainWindow::~MainWindow()
{
    // The model and proxy are children, destroyed after this class's part of
    // the window is gone: what they signal then must not reach its slots.
    m_proxy->disconnect(this);
    m_model->disconnect(this);
}

namespace {

void readSecrets(SecretStore &secrets, EngineConfig config, std::function<void(const EngineConfig &)> done)
{
    // One after another: the keychain answers asynchronously, and the engine
    // starts only once every secret it needs is known.
    secrets.read(SecretStore::Secret::ClientSecret, [&secrets, config, done](const SecretStore::Result &r) mutable {
        config.client.clientSecret = r.value;
        secrets.read(SecretStore::Secret::WebhookSecret,
                     [&secrets, config, done](const SecretStore::Result &w) mutable {
                         config.webhookSecret = w.value.toUtf8();
                         secrets.read(SecretStore::Secret::PreviousWebhookSecret,
                                      [&secrets, config, done](const SecretStore::Result &p) mutable {
                                          config.previousWebhookSecret = p.value.toUtf8();
                                          const DatabaseLocation location = DatabaseLocation::parse(config.dbPath);
                                          if (!location.isPostgres() || location.hasPassword()) {
                                              done(config);
                                              return;
                                          }
                                          secrets.read(SecretStore::Secret::DatabasePassword,
                                                       [config, done](const SecretStore::Result &d) mutable {
                                                           config.dbPassword = d.value;
                                                           done(config);
                                                       });
                                      });
                     });
    });
}

} // namespace

void MainWindow::startEngine(EngineHost &host, const EngineConfig &config)
{
    if (!m_secrets) {
        m_insightsHost->setLocation(config.databaseLocation());
        host.start(config);
        return;
    }
    QPointer<MainWindow> self(this);
    QPointer<EngineHost> engine(&host);
    readSecrets(*m_secrets, config, [self, engine](const EngineConfig &read) {
        if (!self || !engine)
            return; // closed while the keychain was asked
        // The window's settings were made before the secrets were known: without them, Apply in
        // Settings (a secret field left empty) handed the engine no secrets at all, and every
        // webhook failed its signature from then on. Settings applied while the keychain was
        // asked (a locked keyring's prompt) are kept, and a secret typed there wins.
        EngineConfig c = self->m_config;
        if (c.client.clientSecret.isEmpty())
            c.client.clientSecret = read.client.clientSecret;
        if (c.webhookSecret.isEmpty())
            c.webhookSecret = read.webhookSecret;
        if (c.previousWebhookSecret.isEmpty())
            c.previousWebhookSecret = read.previousWebhookSecret;
        if (c.dbPassword.isEmpty())
            c.dbPassword = read.dbPassword;
        self->m_config = c;
        // Insights open a connection of their own: with the password too (without it they said
        // "no password supplied" while the tickets tab worked).
        self->m_insightsHost->setLocation(c.databaseLocation());
        engine->start(c);
    });
}

void MainWindow::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setModel(m_proxy);
    keepCurrentRowSelected(m_table); // Tab into the table: Retry works on the row it shows
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setMouseTracking(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->verticalHeader()->hide();
    // A fixed row height: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("ticketTableHeader"));
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Widths from the font in use, so that a larger font or a denser screen
    // cuts neither the column's title nor what it holds.
    const auto size = [this](int column, const QString &sample) { sizeColumnFor(m_table, column, {sample}); };
    QStringList statuses;
    for (TicketStatus s : allTicketStatuses)
        statuses << TicketModel::statusLabel(s);
    const QString time = QStringLiteral("2026-12-28 23:58:58");
    // Beside the status, its icon and a gap.
    sizeColumnFor(m_table, TicketModel::StatusColumn, statuses,
                  m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6);
    size(TicketModel::IssueKeyColumn, QStringLiteral("SUP-00000"));
    size(TicketModel::CustomerColumn, QStringLiteral("María Fernández"));
    size(TicketModel::SummaryColumn, QString(34, QLatin1Char('n')));
    size(TicketModel::CreatedColumn, time);
    size(TicketModel::OutcomeColumn, time);
    size(TicketModel::WaitingColumn, TicketModel::tr("%1 (stuck)").arg(QStringLiteral("12m 30s")));
    size(TicketModel::TicketIdColumn, QString(12, QLatin1Char('0')));
    size(TicketModel::OperatorColumn, QString(10, QLatin1Char('n')));
    size(TicketModel::ReferenceColumn, QStringLiteral("HD-00000"));
    size(TicketModel::CustomerIdColumn, QString(12, QLatin1Char('0')));
    placeAddedColumns(TicketModel::ReferenceColumn);
    // Narrow, and shown right after the status: with the details pane open at
    // 1280 px the last columns are off-screen, and the retry button must not be.
    // The link between a ticket and its retry, or its button (the label, a 14 px icon, and
    // the button's own margins), whichever is wider.
    const int retryButton = m_table->fontMetrics().horizontalAdvance(TicketModel::tr("Retry")) + 14 + 22;
    sizeColumnFor(m_table, TicketModel::RetryColumn,
                  {TicketModel::tr("Retried as #%1").arg(QStringLiteral("00000")),
                   TicketModel::tr("Retry of #%1").arg(QStringLiteral("00000"))},
                  0, retryButton);
    header->moveSection(header->visualIndex(TicketModel::RetryColumn), 1);
    m_table->sortByColumn(TicketModel::CreatedColumn, Qt::DescendingOrder);
    m_columnFitter = new ColumnFitter(m_table, TicketModel::SummaryColumn, TicketModel::CreatedColumn,
                                      {header->sectionSize(TicketModel::SummaryColumn),
                                       m_table->fontMetrics().horizontalAdvance(QString(16, QLatin1Char('n')))});
    m_columnFitter->setObjectName(QStringLiteral("summaryColumnFitter"));
    // Where the summary alone cannot make room for the creation time (a longer translation),
    // the retry column's links give way (they elide; the details pane has them whole), never
    // its button.
    m_columnFitter->setYielding(TicketModel::RetryColumn,
                                {header->sectionSize(TicketModel::RetryColumn),
                                 columnWidthFor(m_table, TicketModel::RetryColumn, {}, 0, retryButton)});

    auto *delegate = new RetryDelegate(m_table);
    delegate->setObjectName(QStringLiteral("retryDelegate"));
    // Text a sender chose is drawn with its reordering and invisible characters shown.
    m_table->setItemDelegate(new VisibleTextDelegate(m_table));
    m_table->setItemDelegateForColumn(TicketModel::RetryColumn, delegate);
    delegate->watch(m_table);
    connect(delegate, &RetryDelegate::retryClicked, this, [this](qint64 id) {
        // The button takes the click from the view: select its row as a click elsewhere would, so
        // the details (and a question about an unconfirmed ticket) are about the ticket retried.
        selectTicket(id);
        retry({id});
    });

    // Which columns show: one menu, in View (the keyboard's way) and on the header's context menu.
    m_columnsMenu = new QMenu(tr("C&olumns"), this);
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    m_columnsMenu->setAccessibleName(tr("Columns shown"));
    // The Status entry, never enabled (below), takes no letter from the others.
    QStringList titles;
    for (int c = 0; c < TicketModel::ColumnCount; ++c) {
        if (c != TicketModel::StatusColumn)
            titles << m_model->headerData(c, Qt::Horizontal).toString();
    }
    titles = withMnemonics(titles);
    titles.insert(TicketModel::StatusColumn, m_model->headerData(TicketModel::StatusColumn, Qt::Horizontal)
                                                 .toString()
                                                 .replace(QLatin1Char('&'), QStringLiteral("&&")));
    for (int c = 0; c < TicketModel::ColumnCount; ++c) {
        QAction *a = m_columnsMenu->addAction(titles.at(c));
        a->setObjectName(QStringLiteral("showColumnAction_%1").arg(c));
        a->setCheckable(true);
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    // What the desk is for: the status always shows (and the table never runs out of columns).
    QAction *statusShown = m_columnsMenu->actions().at(TicketModel::StatusColumn);
    statusShown->setChecked(true);
    statusShown->setEnabled(false);
    statusShown->setToolTip(tr("The status always shows."));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &MainWindow::updateColumnsMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnsMenu->exec(header->mapToGlobal(pos)); });

    m_details = new DetailsPane(this);
    updateCurrentApi();
    connect(m_details, &DetailsPane::ticketLinkActivated, this, &MainWindow::selectTicket);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("ticketSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({880, 320});
    // Dragged shut or open by hand, the View menu's Details pane follows.
    connect(m_splitter, &QSplitter::splitterMoved, this, &MainWindow::updateDetailsAction);

    m_placeholder = new TablePlaceholder(m_table);
    m_placeholder->setObjectName(QStringLiteral("emptyTableLabel"));
    m_placeholder->setAccessibleName(tr("About the empty table"));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    // A search, a status filter or a chart's narrowing that hides the current
    // ticket leaves no current row, silently (a layout change emits no
    // currentChanged): the details must not go on showing a ticket not in the table.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_table->currentIndex().isValid() && m_details->ticketId() != 0) {
            m_details->clear();
            updateActions();
        }
    });

    m_deliveries = new DeliveriesView(this);

    // The Insights tab computes on a store connection and thread of its own.
    m_insights = new InsightsTab(m_clock, this);
    m_insightsHost = new InsightsHost(m_clock, m_config.databaseLocation(), this);
    m_insightsHost->setObjectName(QStringLiteral("insightsHost"));
    m_insights->setStuckAfterMs(qint64(m_config.reconcileAfterSeconds) * 1000);
    m_insights->setHost(m_insightsHost);
    connect(m_insights, &InsightsTab::ticketsRequested, this, &MainWindow::showNarrowedTickets);

    // Above the table while it shows only the tickets of a chart's bar or point.
    m_narrowBar = new QFrame(this);
    m_narrowBar->setObjectName(QStringLiteral("narrowingBar"));
    m_narrowBar->setAccessibleName(tr("Tickets of a chart"));
    m_narrowBar->setAutoFillBackground(true);
    m_narrowBar->setBackgroundRole(QPalette::AlternateBase);
    static_cast<QFrame *>(m_narrowBar)->setFrameShape(QFrame::StyledPanel);
    m_narrowLabel = new QLabel(m_narrowBar);
    m_narrowLabel->setObjectName(QStringLiteral("narrowingLabel"));
    m_narrowLabel->setTextFormat(Qt::PlainText);
    m_narrowLabel->setWordWrap(true);
    auto *clearNarrowing = new QPushButton(tr("C&lear (Esc)"), m_narrowBar);
    clearNarrowing->setObjectName(QStringLiteral("clearNarrowingButton"));
    clearNarrowing->setAccessibleName(tr("Show every ticket again"));
    connect(clearNarrowing, &QPushButton::clicked, this, &MainWindow::clearFilters);
    auto *narrowLayout = new QHBoxLayout(m_narrowBar);
    narrowLayout->setContentsMargins(8, 4, 8, 4);
    narrowLayout->addWidget(m_narrowLabel, 1);
    narrowLayout->addWidget(clearNarrowing);
    m_narrowBar->hide();
    m_ticketsPage = new QWidget(this);
    m_ticketsPage->setObjectName(QStringLiteral("ticketsPage"));
    auto *ticketsLayout = new QVBoxLayout(m_ticketsPage);
    ticketsLayout->setContentsMargins(0, 0, 0, 0);
    ticketsLayout->setSpacing(0);
    ticketsLayout->addWidget(m_narrowBar);
    ticketsLayout->addWidget(m_splitter, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Views"));
    // Alt+K: Alt+T opens the Ticket menu.
    m_tabs->addTab(m_ticketsPage, statusIcon(TicketStatus::Created), tr("Tic&kets"));
    m_tabs->addTab(m_deliveries, QIcon(QStringLiteral(":/icons/delivery-ok.svg")), tr("&Deliveries", "tab"));
    m_tabs->addTab(m_insights, QIcon(QStringLiteral(":/icons/ticketdesk.svg")), tr("&Insights"));
    // The search, the status buttons and the export act on the ticket table only: elsewhere
    // they are off rather than filtering a table out of sight (Find brings the table back).
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTicketControls);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_demo) {
        m_banner = new DemoBanner(central);
        connect(m_banner, &DemoBanner::dismissed, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
        layout->addWidget(m_banner);
    }
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentTicketChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("ticketContextMenu"));
        menu.addAction(m_retryAction);
        menu.addAction(m_checkAction);
        menu.addAction(m_copyKeyAction);
        menu.addAction(m_copySummaryAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &TicketModel::aboutToApplyBatch, this, &MainWindow::rememberScroll);
    connect(m_model, &TicketModel::batchApplied, this,
            [this](const QList<qint64> &changed, const QList<qint64> &failed) {
                restoreScroll();
                updateActions();
                if (m_details->ticketId() && changed.contains(m_details->ticketId()))
                    requestDetails(m_details->ticketId());
                if (failed.size() == 1)
                    notify(tr("Ticket failed"), tr("Ripio could not register ticket #%1.").arg(failed.first()),
                           failed.first());
                else if (failed.size() > 1)
                    notify(tr("Tickets failed"), tr("%n tickets failed.", nullptr, int(failed.size())), failed.first());
            });
    // A retried ticket whose original reached Ripio after all: the request is there twice, and
    // only the operator can have one closed.
    connect(m_model, &TicketModel::filedTwice, this, [this](qint64 original, qint64 retry) {
        if (m_details->ticketId() == original || m_details->ticketId() == retry)
            requestDetails(m_details->ticketId());
        notify(
            tr("Ticket filed twice"),
            tr("Ripio registered both ticket #%1 and its retry #%2. Ask Ripio to close one.").arg(original).arg(retry),
            retry);
    });
    connect(m_model, &TicketModel::countsChanged, this, &MainWindow::updateCounts);
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *ticketMenu = menuBar()->addMenu(tr("&Ticket"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));

    // The tooltip names the action's key, as the menus do.
    const auto keyInToolTip = [](QAction *a) {
        if (!a->shortcut().isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(a->text()).remove(QLatin1Char('&')),
                                                        a->shortcut().toString(QKeySequence::NativeText)));
    };
    const auto make = [this, keyInToolTip](const QString &text, const char *name, const QString &icon,
                                           const QKeySequence &keys) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
        a->setObjectName(QLatin1StringView(name));
        if (!keys.isEmpty())
            a->setShortcut(keys);
        keyInToolTip(a);
        return a;
    };

    m_newAction =
        make(tr("&New ticket…"), "newTicketAction", QStringLiteral(":/icons/action-new.svg"), QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newTicket);
    m_exportAction = make(tr("&Export view as CSV…"), "exportAction", QStringLiteral(":/icons/action-export.svg"),
                          QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportView);
    m_settingsAction = make(tr("&Settings…"), "settingsAction", QStringLiteral(":/icons/action-settings.svg"),
                            QKeySequence::Preferences);
    if (m_settingsAction->shortcut().isEmpty()) {
        // Not every platform theme defines Preferences; Ctrl+, is the common choice.
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        keyInToolTip(m_settingsAction);
    }
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    QAction *quit = make(tr("&Quit"), "quitAction", QString(), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QAction *templatesAction =
        make(tr("Te&mplates…"), "templatesAction", QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(templatesAction, &QAction::triggered, this, [this] { openTemplates(this); });
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(templatesAction);
    fileMenu->addAction(m_exportAction);
    // From CSV files: each opens its preview dialog (nothing is written before its button).
    QAction *importCustomers = make(tr("&Import customers…"), "importCustomersAction", QString(),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importCustomers, &QAction::triggered, this, [this] {
        auto *dialog = new CustomerImportDialog(m_service, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *bulkTickets = make(tr("&Create tickets from CSV…"), "bulkTicketsAction", QString(),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(bulkTickets, &QAction::triggered, this, [this] { openBulkTickets(); });
    fileMenu->addAction(importCustomers);
    fileMenu->addAction(bulkTickets);
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    m_retryAction = make(tr("&Retry"), "retryAction", QStringLiteral(":/icons/action-retry.svg"),
                         QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_retryAction, &QAction::triggered, this, [this] { retry(selectedIds()); });
    m_checkAction = make(tr("&Check with Ripio now"), "checkAction", QString(), QKeySequence(Qt::Key_F5));
    connect(m_checkAction, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds()) {
            const int r = m_model->rowForId(id);
            if (r >= 0 && m_model->row(r).status == TicketStatus::Pending)
                QMetaObject::invokeMethod(
                    m_service, [s = m_service, id] { s->checkTicket(id); }, Qt::QueuedConnection);
        }
    });
    // Ctrl+Shift+C belongs to Copy summary, the one pasted into a helpdesk.
    m_copyKeyAction = make(tr("Copy issue &key"), "copyIssueKeyAction", QStringLiteral(":/icons/action-copy.svg"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_copyKeyAction, &QAction::triggered, this, [this] {
        QStringList keys;
        for (qint64 id : selectedIds()) {
            const int r = m_model->rowForId(id);
            if (r >= 0 && m_model->row(r).issueKey.length)
                keys << m_model->text(m_model->row(r).issueKey);
        }
        // Said either way: a copy that does nothing, silently, reads as a broken shortcut.
        if (keys.isEmpty()) {
            statusBar()->showMessage(tr("Nothing copied: no selected ticket has an issue key yet (Ripio gives one "
                                        "when it registers the ticket)."),
                                     5000);
            return;
        }
        QGuiApplication::clipboard()->setText(keys.join(QLatin1Char('\n')));
        statusBar()->showMessage(keys.size() == 1 ? tr("Copied %1.").arg(keys.first())
                                                  : tr("Copied %n issue keys.", nullptr, int(keys.size())),
                                 5000);
    });
    m_sendQueuedAction = make(tr("Send &queued tickets now"), "sendQueuedAction", QString(),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_sendQueuedAction, &QAction::triggered, this, [this] {
        QMetaObject::invokeMethod(
            m_service, [s = m_service] { s->sendQueuedNow(); }, Qt::QueuedConnection);
    });
    m_copySummaryAction = make(tr("Copy &summary"), "copySummaryAction", QStringLiteral(":/icons/action-copy.svg"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copySummaryAction->setStatusTip(tr("Copies the selected tickets as plain text, for your helpdesk"));
    connect(m_copySummaryAction, &QAction::triggered, this, &MainWindow::copySummary);
    ticketMenu->addAction(m_retryAction);
    ticketMenu->addAction(m_checkAction);
    ticketMenu->addAction(m_copyKeyAction);
    ticketMenu->addAction(m_copySummaryAction);
    ticketMenu->addSeparator();
    ticketMenu->addAction(m_sendQueuedAction);

    // Ctrl+1 to Ctrl+9 open the saved views.
    QAction *showTicketsAction =
        make(tr("&Tickets"), "showTicketsAction", QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    // The table takes the keys at once: Up and Down move between tickets (the focus had stayed
    // wherever it was, often nowhere to be seen).
    connect(showTicketsAction, &QAction::triggered, this, [this] {
        showTickets();
        focusTable(m_table);
    });
    QAction *showDeliveriesAction =
        make(tr("&Deliveries"), "showDeliveriesAction", QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(showDeliveriesAction, &QAction::triggered, this, [this] {
        showDeliveries();
        focusTable(m_deliveries->table());
    });
    QAction *findAction = make(tr("&Find…"), "findAction", QString(), QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        showTickets();
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    QAction *allStatuses =
        make(tr("Show &all statuses"), "showAllStatusesAction", QString(), QKeySequence(Qt::ALT | Qt::Key_0));
    connect(allStatuses, &QAction::triggered, this, [this] {
        for (QAction *a : m_statusActions)
            a->setChecked(true);
    });
    QAction *showInsightsAction =
        make(tr("&Insights"), "showInsightsAction", QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(showInsightsAction, &QAction::triggered, this, &MainWindow::showInsights);
    viewMenu->addAction(showTicketsAction);
    viewMenu->addAction(showDeliveriesAction);
    viewMenu->addAction(showInsightsAction);
    viewMenu->addAction(findAction);
    viewMenu->addSeparator();
    // In a narrow window the table can have the whole width.
    m_detailsAction = make(tr("Details &pane"), "detailsPaneAction", QString(), QKeySequence(Qt::Key_F9));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setStatusTip(tr("Shows or hides the selected ticket's details beside the table"));
    connect(m_detailsAction, &QAction::toggled, this, &MainWindow::setDetailsShown);
    viewMenu->addAction(m_detailsAction);
    viewMenu->addMenu(m_columnsMenu);
    // The keyboard's way to sort the table on show (a click on a column's title is the mouse's).
    m_sortMenu = new SortMenu(tr("&Sort by"), this);
    m_sortMenu->setObjectName(QStringLiteral("sortMenu"));
    m_sortMenu->setAccessibleName(tr("Sort the table by"));
    m_sortMenu->setTable(m_table);
    viewMenu->addMenu(m_sortMenu);
    viewMenu->addSeparator();

    // In a narrow window its buttons lose their text before the search goes out of sight.
    auto *toolbar = new CompactToolBar(tr("Main"), this);
    addToolBar(toolbar);
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_retryAction);
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_settingsAction);
    for (QAction *a : {m_newAction, m_retryAction, m_exportAction, m_settingsAction}) {
        if (QWidget *w = toolbar->widgetForAction(a)) {
            w->setObjectName(a->objectName() + QLatin1StringView("Button"));
            w->setAccessibleName(QString(a->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
        }
    }

    // The status buttons get a row of their own: beside the main toolbar the
    // last ones went into the overflow menu.
    addToolBarBreak(Qt::TopToolBarArea);
    QToolBar *filters = addToolBar(tr("Filters"));
    filters->setObjectName(QStringLiteral("filterToolBar"));
    filters->setAccessibleName(tr("Status filters"));
    filters->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (TicketStatus s : allTicketStatuses) {
        const int i = int(s);
        auto *a = new QAction(TicketModel::statusLabel(s), this);
        a->setObjectName(QLatin1StringView("statusFilter_") + statusToString(s).toLower());
        a->setCheckable(true);
        a->setChecked(true);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        a->setIcon(statusIcon(s));
        // Each button shows or hides its tickets: say which it does now (a hidden status's lighter
        // button was read as the one filtered on).
        const auto tell = [a, s] {
            a->setToolTip(
                a->isChecked()
                    ? tr("%1 tickets are shown: press to hide them (%2)")
                          .arg(TicketModel::statusLabel(s), a->shortcut().toString(QKeySequence::NativeText))
                    : tr("%1 tickets are hidden: press to show them (%2)")
                          .arg(TicketModel::statusLabel(s), a->shortcut().toString(QKeySequence::NativeText)));
            a->setStatusTip(a->toolTip());
        };
        connect(a, &QAction::toggled, this, [this, s, tell](bool on) {
            m_proxy->setStatusShown(s, on);
            updateEmptyState();
            tell();
        });
        tell();
        m_statusActions[size_t(i)] = a;
        filters->addAction(a);
        viewMenu->addAction(a);
        if (QWidget *w = filters->widgetForAction(a)) {
            w->setObjectName(a->objectName() + QLatin1StringView("Button"));
            w->setAccessibleName(tr("Show %1 tickets").arg(TicketModel::statusLabel(s)));
        }
    }
    viewMenu->addAction(allStatuses);
    // Qt's "»" button, shown when a toolbar's items do not fit, had no name for a screen reader.
    const std::pair<QToolBar *, QString> overflowNames[] = {{toolbar, tr("More main toolbar buttons")},
                                                            {filters, tr("More status filters")}};
    for (const auto &[bar, name] : overflowNames) {
        if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
            more->setAccessibleName(name);
            more->setToolTip(tr("Shows the buttons that do not fit"));
        }
    }
    m_clearFiltersAction =
        make(tr("&Clear search and filters"), "clearFiltersAction", QString(), QKeySequence(Qt::Key_Escape));
    connect(m_clearFiltersAction, &QAction::triggered, this, &MainWindow::clearFilters);
    viewMenu->addAction(m_clearFiltersAction);
    viewMenu->addSeparator();
    QAction *saveView =
        make(tr("Sa&ve view…"), "saveViewAction", QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    saveView->setStatusTip(tr("Saves the statuses shown, the search and the sort under a name"));
    connect(saveView, &QAction::triggered, this, &MainWindow::askViewName);
    QAction *manageViews = make(tr("&Manage saved views…"), "manageSavedViewsAction", QString(),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    connect(manageViews, &QAction::triggered, this, &MainWindow::manageSavedViews);
    viewMenu->addAction(saveView);
    viewMenu->addAction(manageViews);
    viewMenu->addSeparator(); // the saved views follow (rebuildSavedViewsMenu())
    // The search shares the first row, where there is room: after the seven
    // status buttons, a window of 1200 px had put it in the overflow menu.
    toolbar->addSeparator();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setAccessibleName(tr("Search tickets"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F): customer, summary, issue key, reference, ticket ID"));
    enableNamedClearButton(m_search, tr("Clear the search"));
    m_search->setMinimumWidth(300);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TicketProxy::setText);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateEmptyState);
    toolbar->addWidget(m_search);

    QAction *shortcuts =
        make(tr("&Keyboard shortcuts"), "keyboardShortcutsAction", QString(), QKeySequence(Qt::Key_F1));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    helpMenu->addAction(shortcuts);
    helpMenu->addSeparator();

    QAction *about = make(tr("&About TicketDesk"), "aboutAction", QString(), QKeySequence());
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About TicketDesk"),
                           tr("TicketDesk %1\nSupport tickets for Ripio Ramps, watched live.")
                               .arg(QApplication::applicationVersion()));
    });
    helpMenu->addAction(about);
}

void MainWindow::showShortcuts()
{
    // The keys no menu shows: the ticket table's and the create form's own.
    const QList<ShortcutsDialog::Group> extras{
        {tr("In the ticket table"),
         {{tr("Space, Enter"), tr("Press the Retry button of the current cell")},
          {tr("Menu"), tr("The selected tickets' menu")},
          {tr("Arrows, Page Up, Page Down, Home, End"), tr("Move between tickets")},
          {tr("Shift+arrows, Ctrl+A"), tr("Select several tickets")}}},
        {tr("In the New ticket form"),
         {{QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText), tr("Create the ticket")},
          {QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText), tr("Close the form")}}},
        {tr("In the whole window"),
         {{tr("Alt+the underlined letter"), tr("Choose that tab, button or field")},
          {QStringLiteral("%1 … %2").arg(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText),
                                         QKeySequence(Qt::CTRL | Qt::Key_9).toString(QKeySequence::NativeText)),
           tr("Open saved views 1 to 9 (View menu)")}}},
    };
    auto *dialog = new ShortcutsDialog(menuBar(), extras, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::buildStatusBar()
{
    // A screen reader reads a label by its accessible name: the words shown are the name (each says
    // what it is about: "Listening on …", "API ready"), and what the label is for its description.
    // Given a name, it read "Webhook listener" and never the state (audit 33).
    const auto label = [this](const char *name, const QString &accessible) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1StringView(name));
        l->setAccessibleDescription(accessible);
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_listenerLabel = label("listenerStatusLabel", tr("Webhook listener"));
    m_lastEventLabel = label("lastEventLabel", tr("Time since the last event"));
    m_apiLabel = label("apiStatusLabel", tr("Ripio API"));
    // The same counts as the status filters: a narrow window shows their total instead.
    m_countsLabel = new FittingLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    // Read by its words as the others (its description is the whole count when it shows the total).
    m_countsLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_databaseLabel = label("databaseStatusLabel", tr("Team database"));
    m_databaseLabel->hide();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_listenerLabel);
    statusBar()->addWidget(m_lastEventLabel);
    statusBar()->addWidget(m_apiLabel);
    statusBar()->addWidget(m_databaseLabel);
    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setAccessibleName(tr("Loading tickets"));
    m_loadProgress->setMaximumWidth(220);
    m_loadProgress->setTextVisible(true);
    m_loadProgress->hide();
    statusBar()->addPermanentWidget(m_loadProgress);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_listenerLabel->setText(tr("Listener: starting…"));
    m_lastEventLabel->setText(tr("No events yet"));
    m_apiLabel->setText(tr("API: not contacted yet"));
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/ticketdesk.svg")), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(windowTitle());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::showNotifiedTicket);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->show();
}

void MainWindow::notify(const QString &title, const QString &text, qint64 id)
{
    m_notifiedId = id;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 8000);
    statusBar()->showMessage(text, 8000);
    Q_EMIT notified(title, text, id);
}

void MainWindow::showNotifiedTicket()
{
    showNormal();
    raise();
    activateWindow();
    if (m_notifiedId) {
        showTickets();
        selectTicket(m_notifiedId);
    }
}

void MainWindow::connectService()
{
    TicketService *s = m_service;
    connect(s, &TicketService::started, this, [this, s](bool ok, const QString &error) {
        if (!ok) {
            m_listenerLabel->setText(tr("Engine did not start: %1").arg(error));
            QMessageBox::critical(this, tr("TicketDesk"), tr("The ticket engine could not start:\n%1").arg(error));
            return;
        }
        if (!m_database.team && !m_database.message.isEmpty()) {
            // Started after waiting for the file: the label said why it waited.
            m_database.message.clear();
            m_listenerLabel->setToolTip(QString());
            updateListener(m_listener);
        }
        QMetaObject::invokeMethod(
            s, [s] { s->loadTickets(); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            s, [s] { s->loadDeliveries(DeliveryFilter{}, DeliveryModel::firstLoad); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            s, [s] { s->loadCustomers(); }, Qt::QueuedConnection);
    });
    connect(s, &TicketService::ticketLoadStarted, m_model, &TicketModel::beginLoad);
    connect(s, &TicketService::ticketLoadStarted, this, [this](qint64 total) {
        m_loadClock.start();
        m_proxy->reserve(total);
        m_proxy->setLoading(true);
    });
    connect(s, &TicketService::ticketsLoaded, m_model, &TicketModel::queueLoaded);
    connect(m_model, &TicketModel::moreLoadWanted, this, [s] {
        QMetaObject::invokeMethod(
            s, [s] { s->loadMoreTickets(); }, Qt::QueuedConnection);
    });
    connect(m_model, &TicketModel::loadProgress, this, [this](qint64 rows, qint64 expected) {
        // Worth a progress bar only when the load takes a while.
        if (expected < 20000)
            return;
        m_loadProgress->setMaximum(int(expected));
        m_loadProgress->setValue(int(rows));
        const QString done = QLocale().toString(rows);
        const QString all = QLocale().toString(expected);
        m_loadProgress->setFormat(m_proxy->isSortHeld() ? tr("Loading %1 of %2, then sorting").arg(done, all)
                                                        : tr("Loading %1 of %2").arg(done, all));
        m_loadProgress->show();
    });
    connect(m_model, &TicketModel::loadFinished, this, [this] {
        m_loadProgress->hide();
        m_proxy->setLoading(false); // applies a held sort
        qCInfo(lcGui) << "loaded" << m_model->rowCount() << "tickets in" << m_loadClock.elapsed() << "ms";
        if (m_loaded)
            return;
        m_loaded = true;
        updateEmptyState();
        Q_EMIT ticketsReady();
    });
    connect(s, &TicketService::ticketLoadFailed, this, [this](const QString &error) {
        const QString text = tr("Not every ticket could be read from the database: %1").arg(error);
        statusBar()->showMessage(text);
        QMessageBox::warning(this, tr("TicketDesk"), text);
    });
    connect(s, &TicketService::ticketsChanged, m_model, &TicketModel::enqueueChanged);
    // The Insights tab follows the tickets and deliveries (at most once a second, while shown).
    connect(m_model, &TicketModel::batchApplied, m_insights, &InsightsTab::markStale);
    connect(m_model, &TicketModel::loadFinished, m_insights, [this] { m_insights->setReady(true); });
    connect(s, &TicketService::deliveriesRecorded, m_insights, &InsightsTab::markStale);
    connect(s, &TicketService::ticketsRemoved, m_model, &TicketModel::enqueueRemoved);
    connect(s, &TicketService::detailsFailed, this, [this](qint64 id, const QString &message) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.data(TicketModel::IdRole).toLongLong() == id)
            m_details->showUnavailable(id, message);
    });
    connect(s, &TicketService::detailsLoaded, this,
            [this](const Ticket &t, const QList<DeliveryRecord> &deliveries, const QList<TicketEvent> &events) {
                const QModelIndex current = m_table->currentIndex();
                if (current.isValid() && current.data(TicketModel::IdRole).toLongLong() == t.id)
                    m_details->showTicket(t, deliveries, events, m_model->customer(t.customerId), twinOf(t.id));
            });
    // The customer directory: names and emails for the table, the details and the search.
    connect(s, &TicketService::customersLoaded, m_model, &TicketModel::setCustomerDirectory);
    connect(m_model, &TicketModel::customerDirectoryChanged, this, [this] {
        if (m_details->ticketId())
            requestDetails(m_details->ticketId());
    });
    connect(s, &TicketService::deliveriesLoaded, m_deliveries->model(), &DeliveryModel::set);
    connect(s, &TicketService::deliveriesRecorded, m_deliveries->model(), &DeliveryModel::prepend);
    const auto noteEvents = [this](const QList<DeliveryRecord> &records) {
        for (const DeliveryRecord &r : records) {
            // As the listener counts (/healthz): anyone can send a forged request, and a wrong
            // webhook secret makes every delivery one. Neither is an event.
            if (DeliveryVerdicts::refused(r.verdict))
                continue;
            if (!m_listener.lastEventAt.isValid() || r.receivedAt > m_listener.lastEventAt)
                m_listener.lastEventAt = r.receivedAt;
        }
        tick();
    };
    connect(s, &TicketService::deliveriesRecorded, this, noteEvents);
    // Those stored before this window opened count too: on a file another process receives for
    // (serve), the status bar said "No events yet" until the next one.
    connect(s, &TicketService::deliveriesLoaded, this, noteEvents);
    connect(s, &TicketService::listenerStateChanged, this, &MainWindow::updateListener);
    connect(s, &TicketService::retentionStateChanged, this,
            [this](const RetentionState &state) { m_retention = state; });
    connect(s, &TicketService::databaseStateChanged, this, &MainWindow::updateDatabase);
    connect(s, &TicketService::apiStateChanged, this, &MainWindow::updateApi);
    connect(
        s, &TicketService::retryFinished, this,
        [this](qint64 originalId, qint64 retryId, const QString &error, bool alreadyRetried) {
            if (!error.isEmpty()) {
                statusBar()->showMessage(tr("Ticket #%1 was not retried: %2").arg(originalId).arg(error), 10000);
                return;
            }
            // The new row was sent just before this answer: show it now, not a frame later.
            m_model->applyPending();
            if (alreadyRetried) {
                // Another desk (or an earlier click) retried it first: nothing new was sent.
                statusBar()->showMessage(
                    tr("Ticket #%1 was already retried as #%2; it was not sent again.").arg(originalId).arg(retryId),
                    10000);
                return;
            }
            statusBar()->showMessage(tr("Ticket #%1 retried as #%2.").arg(originalId).arg(retryId), 5000);
        });
    connect(s, &TicketService::createSpooled, this, [this](quint64 tag, const QString & /*why, said long*/) {
        if (tag != m_createTag)
            return;
        m_createTag = 0;
        if (m_createDialog) {
            m_createDialog->setBusy(false);
            m_createDialog->showResult({}, QString()); // nothing is wrong with the form: it closes
        }
        // Short, so that the bar does not cut it: why the database cannot be reached is the
        // database label's tooltip, and the label (with the count of kept tickets) returns after.
        statusBar()->showMessage(
            tr("Ticket kept on this computer: it goes to the team database as soon as that answers."), 8000);
    });
    connect(s, &TicketService::createFinished, this,
            [this](quint64 tag, qint64 id, const QList<FieldError> &errors, const QString &error) {
                if (tag != m_createTag)
                    return;
                m_createTag = 0;
                if (m_createDialog) {
                    m_createDialog->setBusy(false);
                    m_createDialog->showResult(errors, error);
                }
                if (id > 0) {
                    m_model->applyPending();
                    selectTicket(id);
                }
            });
}

bool MainWindow::sendsItself() const
{
    return !m_config.databaseLocation().isPostgres() && m_listener.heldBy.isEmpty();
}

void MainWindow::updateCurrentApi()
{
    // Only where this window's engine asks Ripio: a team's servers and a viewer's other
    // TicketDesk use settings of their own.
    m_details->setCurrentApi(sendsItself() ? m_config.client.baseUrl : QUrl());
    if (m_details->ticketId())
        requestDetails(m_details->ticketId());
}

void MainWindow::updateListener(const ListenerState &state)
{
    const bool wasViewer = !m_listener.heldBy.isEmpty();
    m_listener = state;
    if (wasViewer != !state.heldBy.isEmpty()) { // who sends and asks Ripio changed
        updateCurrentApi();
        updateEmptyState();
    }
    if (!state.heldBy.isEmpty()) {
        // A viewer: the other TicketDesk receives the events and talks to Ripio.
        const QString text =
            tr("Port %1 is taken by the other TicketDesk on this database (%2). This window is a viewer: it "
               "queues tickets and shows every change, while the other one receives Ripio's webhooks and sends "
               "the tickets.")
                .arg(state.heldPort)
                .arg(state.heldBy);
        m_listenerLabel->setText(tr("Viewer: the listener port is taken by the other TicketDesk on this database"));
        m_listenerLabel->setToolTip(text);
        m_lastEventLabel->hide();
        m_apiLabel->hide();
        statusBar()->showMessage(text, 20000);
        tick();
        return;
    }
    if (state.listening) {
        m_listenerLabel->setText(state.tls ? tr("Listening on %1 (TLS)").arg(state.address)
                                           : tr("Listening on %1").arg(state.address));
        m_listenerLabel->setToolTip(tr("Give Ripio this webhook URL: %1").arg(state.url));
        if (!state.diskProblem.isEmpty()) {
            // A filling disk: say why webhooks are refused (or rejected ones only counted).
            m_listenerLabel->setText(tr("Listening on %1: %2").arg(state.address, state.diskProblem));
            m_listenerLabel->setToolTip(state.diskProblem);
        } else if (!state.error.isEmpty()) {
            // Still on the old address: the new one could not be had.
            m_listenerLabel->setText(tr("Listening on %1: %2").arg(state.address, state.error));
            m_listenerLabel->setToolTip(state.error);
        }
    } else {
        m_listenerLabel->setText(state.error.isEmpty() ? tr("Listener off")
                                                       : tr("Listener not running: %1").arg(state.error));
        m_listenerLabel->setToolTip(state.error);
    }
    tick();
}

void MainWindow::updateApi(const ApiState &state)
{
    const bool configuredChanged =
        (state.kind == ApiState::Kind::NotConfigured) != (m_api.kind == ApiState::Kind::NotConfigured);
    m_api = state;
    if (configuredChanged)
        updateEmptyState(); // the empty table's first step
    QString text;
    switch (state.kind) {
    case ApiState::Kind::Unknown:
        text = tr("API: not contacted yet");
        break;
    case ApiState::Kind::Ready:
        text = tr("API ready");
        break;
    case ApiState::Kind::BadCredentials:
        text = tr("API: bad credentials");
        break;
    case ApiState::Kind::NotEnabled:
        text = tr("API: support tickets not enabled for this account (403, code 20061)");
        break;
    case ApiState::Kind::Offline:
        text = tr("API offline, %n ticket(s) queued", nullptr, int(state.queued));
        break;
    case ApiState::Kind::RateLimited:
        text = tr("API rate limited, %n ticket(s) queued", nullptr, int(state.queued));
        break;
    case ApiState::Kind::NotConfigured:
        text = tr("API not configured (no client ID or secret)");
        break;
    }
    if (state.kind != ApiState::Kind::Offline && state.kind != ApiState::Kind::RateLimited && state.queued > 0)
        text += tr(", %n queued", nullptr, int(state.queued));
    m_apiLabel->setText(text);
    m_apiLabel->setToolTip(state.message);
}

void MainWindow::updateDatabase(const DatabaseState &state)
{
    const bool back = state.connected && !m_database.connected;
    m_database = state;
    showDatabaseState();
    // Details asked for while it could not be reached are read again.
    if (back && m_details->ticketId())
        requestDetails(m_details->ticketId());
}

// A team desktop has no listener and no Ripio client of its own: what matters
// is its connection to the team database and whether any server receives.
void MainWindow::showDatabaseState()
{
    if (!m_database.team) {
        // A file the engine could not start on yet (a full disk, a lock): it tries again by itself.
        if (!m_database.connected && !m_database.message.isEmpty()) {
            m_listenerLabel->setText(
                tr("Waiting for the database: %1 Trying again by itself.").arg(m_database.message));
            m_listenerLabel->setToolTip(m_database.message);
        }
        return;
    }
    m_listenerLabel->hide();
    m_lastEventLabel->hide(); // the servers receive the events, not this desktop
    m_apiLabel->hide();
    // Not while a message covers the bar: QStatusBar hides its widgets for the message and shows
    // them again after it; shown here every second, the label was drawn over the message.
    if (m_databaseLabel->isHidden() && statusBar()->currentMessage().isEmpty())
        m_databaseLabel->show();
    const QDateTime now = m_clock.now();
    // The bar keeps to the state and the counts; the reasons, long, are in the tooltip (the
    // reason had pushed the count of kept tickets off the window's edge).
    QString text = m_database.connected
                       ? tr("Team database: connected to %1").arg(m_database.where)
                       : tr("Team database: reconnecting since %1")
                             .arg(QLocale().toString(m_database.since.toLocalTime().time(), QLocale::ShortFormat));
    QStringList tips{m_database.connected || m_database.message.isEmpty() ? m_database.where : m_database.message};
    const qint64 quietS = m_database.receiverSeenAt.isValid() ? m_database.receiverSeenAt.secsTo(now) : -1;
    if (m_database.connected && (quietS < 0 || quietS > 60)) {
        // Minutes for the first hour, then hours and days ("1206 min" was read as a count).
        const QString quiet = quietS < 3600 ? tr("%1 min").arg(quietS / 60) : InsightsFigures::ageText(quietS * 1000);
        text += QStringLiteral(" · ") +
                (quietS < 0 ? tr("No receiver running on this database") : tr("No receiver seen for %1").arg(quiet));
        tips << tr("No `ticketdesk serve` has written a heartbeat lately: new tickets stay queued and outcomes "
                   "do not arrive until one runs.");
    }
    if (m_database.spooled > 0) {
        text +=
            QStringLiteral(" · ") + tr("Kept on this computer until the database answers: %1").arg(m_database.spooled);
        tips << tr("Tickets typed while the team database could not be reached are kept on this computer and "
                   "written there, once each, as soon as it answers.");
    }
    if (!m_database.spoolProblem.isEmpty()) {
        text += QStringLiteral(" · ") + m_database.spoolProblem;
        tips << m_database.spoolProblem;
    }
    const QString tip = tips.join(QStringLiteral("\n\n"));
    m_databaseLabel->setAccessibleDescription(tip);
    m_databaseLabel->setText(text);
    m_databaseLabel->setToolTip(tip);
}

void MainWindow::tick()
{
    showDatabaseState();
    if (m_listener.lastEventAt.isValid()) {
        const qint64 s = std::max<qint64>(0, m_listener.lastEventAt.secsTo(m_clock.now()));
        // A stored one may be days old (the file's last event, read at start).
        constexpr qint64 hour = 3600;
        if (s < 120)
            m_lastEventLabel->setText(tr("Last event %1 s ago").arg(s));
        else if (s < 2 * hour)
            m_lastEventLabel->setText(tr("Last event %1 min ago").arg(s / 60));
        else if (s < 48 * hour)
            m_lastEventLabel->setText(tr("Last event %1 h ago").arg(s / hour));
        else
            m_lastEventLabel->setText(tr("Last event %n day(s) ago", nullptr, int(s / (24 * hour))));
    }
    // Waiting times are computed when painted: repainting what is visible is enough.
    m_table->viewport()->update();
    // Not while the list loads: the old waiting tickets would come in a
    // notification a second as their rows arrive. One comes after the load.
    if (m_model->isLoading())
        return;
    const QList<qint64> stuck = m_model->takeNewlyStuck();
    if (!stuck.isEmpty())
        notify(tr("Ticket stuck"),
               tr("%n ticket(s) waiting for Ripio longer than %1.", nullptr, int(stuck.size()))
                   .arg(InsightsFigures::spanText(qint64(m_model->stuckThresholdSeconds()) * 1000)),
               stuck.first());
}

void MainWindow::updateCounts()
{
    QStringList parts;
    qint64 total = 0;
    for (TicketStatus s : allTicketStatuses) {
        const qint64 n = m_model->count(s);
        total += n;
        const QString label = TicketModel::statusLabel(s);
        if (QAction *a = m_statusActions[size_t(int(s))])
            a->setText(tr("%1 (%2)").arg(label).arg(n));
        if (n > 0)
            parts << tr("%1: %2").arg(label).arg(n);
    }
    if (parts.isEmpty())
        m_countsLabel->setTexts(tr("No tickets"));
    else
        m_countsLabel->setTexts(parts.join(QStringLiteral(" · ")), tr("%Ln tickets", nullptr, pluralCount(total)));
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << i.data(TicketModel::IdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

FiledTwice MainWindow::twinOf(qint64 id) const
{
    const int r = m_model->rowForId(id);
    const qint64 twin = r >= 0 ? m_model->filedTwiceWith(m_model->row(r)) : 0;
    const int twinRow = twin ? m_model->rowForId(twin) : -1;
    if (twinRow < 0)
        return {};
    return {twin, m_model->text(m_model->row(twinRow).issueKey)};
}

void MainWindow::updateActions()
{
    bool retryable = false;
    bool pending = false;
    for (qint64 id : selectedIds()) {
        const int r = m_model->rowForId(id);
        if (r < 0)
            continue;
        const TicketRow &row = m_model->row(r);
        retryable |= TicketModel::offersRetry(row);
        pending |= row.status == TicketStatus::Pending;
    }
    // They act on the table's selection: not while another tab hides it.
    const bool onTickets = !m_tabs || m_tabs->currentWidget() == m_ticketsPage;
    m_retryAction->setEnabled(onTickets && retryable);
    m_checkAction->setEnabled(onTickets && pending);
    // Copy issue key works on any selection: with no key among it, it says so (Ctrl+Shift+K on a
    // disabled action did nothing, and said nothing).
    m_copyKeyAction->setEnabled(onTickets && m_table->selectionModel()->hasSelection());
    m_copySummaryAction->setEnabled(onTickets && m_table->selectionModel()->hasSelection());
}

void MainWindow::retry(const QList<qint64> &ids)
{
    QList<qint64> todo;
    QList<qint64> unconfirmed;
    bool unknownToRipio = false; // one of them has an ID Ripio then said it did not know
    for (qint64 id : ids) {
        const int r = m_model->rowForId(id);
        if (r < 0 || !TicketModel::offersRetry(m_model->row(r)))
            continue;
        todo << id;
        if (m_model->row(r).status == TicketStatus::Unconfirmed) {
            unconfirmed << id;
            unknownToRipio = unknownToRipio || m_model->row(r).ticketId.length > 0;
        }
    }
    if (todo.isEmpty())
        return;
    if (!unconfirmed.isEmpty()) {
        QStringList refs;
        for (qint64 id : unconfirmed)
            refs << QStringLiteral("#%1").arg(id);
        const int count = int(unconfirmed.size());
        QString question;
        if (unknownToRipio)
            question = count == 1 ? tr("Ripio has not confirmed %1: it accepted the request and then answered that "
                                       "it has no such ticket. It may have the ticket all the same: a retry can "
                                       "create a duplicate ticket for the customer.\n\nRetry anyway?")
                                  : tr("Ripio has not confirmed %1: their answers were lost, or Ripio said later "
                                       "that it has no such ticket. It may have the tickets all the same: a retry "
                                       "can create duplicate tickets for the customers.\n\nRetry anyway?");
        QMessageBox box(
            QMessageBox::Warning, tr("Retry %n unconfirmed tickets?", nullptr, count),
            !question.isEmpty()
                ? question.arg(refs.join(QStringLiteral(", ")))
                : (count == 1
                       ? tr("The request for %1 was sent, but no answer from Ripio confirmed it (the answer was lost, "
                            "or was an error). Ripio may already have created the ticket, and there is no way to "
                            "ask it without a ticket ID: a retry can create a duplicate ticket for the "
                            "customer.\n\nRetry anyway?")
                       : tr("The requests for %1 were sent, but no answers from Ripio confirmed them (the answers "
                            "were lost, or were errors). Ripio may already have created the tickets, and there is "
                            "no way to ask it without a ticket ID: a retry can create duplicate tickets for the "
                            "customers.\n\nRetry anyway?"))
                      .arg(refs.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("confirmUnconfirmedRetryBox"));
        box.setDefaultButton(QMessageBox::No);
        box.button(QMessageBox::Yes)->setText(tr("&Retry anyway"));
        box.button(QMessageBox::No)->setText(tr("&Don't retry"));
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    TicketService *s = m_service;
    QMetaObject::invokeMethod(
        s, [s, todo] { s->retryTickets(todo); }, Qt::QueuedConnection);
}

bool MainWindow::selectTicket(qint64 id)
{
    const int sourceRow = m_model->rowForId(id);
    if (sourceRow < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        m_search->clear();
        for (QAction *a : m_statusActions)
            a->setChecked(true);
        proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!proxyIndex.isValid())
        return false;
    showTickets();
    m_table->selectionModel()->setCurrentIndex(proxyIndex,
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
    return true;
}

void MainWindow::currentTicketChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    requestDetails(current.data(TicketModel::IdRole).toLongLong());
}

void MainWindow::requestDetails(qint64 id)
{
    TicketService *s = m_service;
    QMetaObject::invokeMethod(
        s, [s, id] { s->loadDetails(id); }, Qt::QueuedConnection);
}

void MainWindow::rememberScroll()
{
    // At the very top the operator watches new rows arrive; elsewhere the rows in sight must stay put.
    m_scrollAnchorId = 0;
    if (m_table->verticalScrollBar()->value() == 0)
        return;
    const QModelIndex top = m_table->indexAt(QPoint(0, 0));
    if (!top.isValid())
        return;
    m_scrollAnchorId = top.data(TicketModel::IdRole).toLongLong();
    m_scrollAnchorOffset = m_table->visualRect(top).top();
}

void MainWindow::restoreScroll()
{
    if (!m_scrollAnchorId)
        return;
    const int r = m_model->rowForId(m_scrollAnchorId);
    m_scrollAnchorId = 0;
    if (r < 0)
        return;
    const QModelIndex p = m_proxy->mapFromSource(m_model->index(r, 0));
    if (!p.isValid())
        return;
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    // Per-item scrolling: the scroll bar value is the top row.
    m_table->verticalScrollBar()->setValue(p.row() - (rowHeight ? m_scrollAnchorOffset / rowHeight : 0));
}

void MainWindow::showDeliveries()
{
    m_tabs->setCurrentWidget(m_deliveries);
}

void MainWindow::showTickets()
{
    m_tabs->setCurrentWidget(m_ticketsPage);
}

void MainWindow::focusTable(QTableView *table)
{
    if (!table->currentIndex().isValid() && table->model() && table->model()->rowCount() > 0)
        table->setCurrentIndex(table->model()->index(0, 0));
    table->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateTicketControls()
{
    const bool tickets = m_tabs->currentWidget() == m_ticketsPage;
    m_sortMenu->setTable(tickets ? m_table : m_tabs->currentWidget() == m_deliveries ? m_deliveries->table() : nullptr);
    m_search->setEnabled(tickets);
    // Export writes the table shown: the tickets, or the deliveries.
    m_exportAction->setEnabled(tickets || m_tabs->currentWidget() == m_deliveries);
    for (QAction *a : m_statusActions)
        a->setEnabled(tickets);
    updateActions();
    updateEmptyState();
}

void MainWindow::openBulkTickets(const QString &path)
{
    auto *dialog = new BulkTicketsDialog(m_service, m_config.client.limits, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!path.isEmpty())
        dialog->loadFile(path);
}

void MainWindow::openNewTicket(const QString &customerId, const QString &summary)
{
    newTicket();
    if (!m_createDialog)
        return;
    if (auto *customer = m_createDialog->findChild<QLineEdit *>(QStringLiteral("customerLineEdit")))
        customer->setText(customerId);
    if (auto *line = m_createDialog->findChild<QLineEdit *>(QStringLiteral("summaryLineEdit")))
        line->setText(summary);
}

void MainWindow::newTicket()
{
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto *dialog = new CreateTicketDialog(m_config.client.limits, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    TicketService *s = m_service;
    connect(s, &TicketService::customersLoaded, dialog, &CreateTicketDialog::setCustomers);
    connect(dialog, &CreateTicketDialog::submitRequested, this, [this, s](const NewTicket &ticket) {
        const quint64 tag = ++m_nextTag;
        m_createTag = tag;
        if (m_createDialog)
            m_createDialog->setBusy(true);
        QMetaObject::invokeMethod(
            s, [s, ticket, tag] { s->createTicket(ticket, tag); }, Qt::QueuedConnection);
    });
    // The double-escalation guard: the dialog asks, the engine answers with similarFound().
    connect(dialog, &CreateTicketDialog::similarCheckRequested, this,
            [this, s](const QString &customerId, const QString &summary) {
                const quint64 tag = ++m_nextTag;
                m_similarTag = tag;
                QMetaObject::invokeMethod(
                    s, [s, customerId, summary, tag] { s->findSimilar(customerId, summary, tag); },
                    Qt::QueuedConnection);
            });
    connect(s, &TicketService::similarFound, dialog, [this](quint64 tag, const QList<Ticket> &tickets) {
        if (tag != m_similarTag || !m_createDialog)
            return;
        m_similarTag = 0;
        m_createDialog->showSimilar(tickets);
    });
    connect(s, &TicketService::templatesLoaded, dialog, &CreateTicketDialog::setTemplates);
    connect(dialog, &CreateTicketDialog::templatesDialogRequested, this, [this] { openTemplates(m_createDialog); });
    QMetaObject::invokeMethod(
        s, [s] { s->loadCustomers(); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        s, [s] { s->loadTemplates(); }, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::openTemplates(QWidget *parent)
{
    auto *dialog = new TemplatesDialog(parent ? parent : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    TicketService *s = m_service;
    connect(s, &TicketService::templatesLoaded, dialog, &TemplatesDialog::setTemplates);
    connect(s, &TicketService::templateFailed, dialog, &TemplatesDialog::showError);
    connect(dialog, &TemplatesDialog::saveRequested, this, [s](const TicketTemplate &t, const QDateTime &basedOn) {
        QMetaObject::invokeMethod(
            s, [s, t, basedOn] { s->saveTemplate(t, basedOn); }, Qt::QueuedConnection);
    });
    connect(dialog, &TemplatesDialog::deleteRequested, this, [s](const QString &name, const QDateTime &basedOn) {
        QMetaObject::invokeMethod(
            s, [s, name, basedOn] { s->deleteTemplate(name, basedOn); }, Qt::QueuedConnection);
    });
    connect(dialog, &TemplatesDialog::renameRequested, this,
            [s](const QString &from, const QDateTime &fromVersion, const TicketTemplate &t) {
                QMetaObject::invokeMethod(
                    s, [s, from, fromVersion, t] { s->renameTemplate(from, fromVersion, t); }, Qt::QueuedConnection);
            });
    QMetaObject::invokeMethod(
        s, [s] { s->loadTemplates(); }, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::openSettings()
{
    if (!m_secrets)
        return;
    auto *dialog = new SettingsDialog(m_config, m_listener, *m_secrets, m_demoSandbox, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRetentionState(m_retention);
    // What changes while the dialog is open shows there: the listener after Apply (a new port, a
    // failed bind), and each pruning round.
    connect(m_service, &TicketService::listenerStateChanged, dialog, &SettingsDialog::setListenerState);
    connect(m_service, &TicketService::retentionStateChanged, dialog, &SettingsDialog::setRetentionState);
    connect(dialog, &SettingsDialog::configChanged, this, [this](const EngineConfig &config) {
        // Paths and the demo wiring are this process's, not the settings file's.
        EngineConfig next = config;
        next.dbPath = m_config.dbPath;
        next.dataDir = m_config.dataDir;
        m_config = next;
        updateCurrentApi();
        m_model->setStuckThresholdSeconds(next.reconcileAfterSeconds);
        m_insights->setStuckAfterMs(qint64(next.reconcileAfterSeconds) * 1000);
        TicketService *s = m_service;
        QMetaObject::invokeMethod(
            s, [s, next] { s->applyConfig(next); }, Qt::QueuedConnection);
    });
    dialog->open();
}

namespace {

// The columns `view` shows, in the order it shows them, but `skipped` (a column of buttons).
QList<int> shownColumns(const QTableView *view, int skipped = -1)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && logical != skipped)
            columns << logical;
    }
    return columns;
}

} // namespace

MainWindow::ExportResult MainWindow::exportDeliveriesCsv(const QString &path)
{
    // The deliveries the tab holds (the newest few thousand): written at once, no progress to show.
    const QTableView *view = m_deliveries->table();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_exportError = file.errorString();
        return ExportResult::Failed;
    }
    if (!CsvExporter::write(*view->model(), shownColumns(view), file, CsvExporter::delimiter())) {
        m_exportError = writeFailure(file);
        file.cancelWriting();
        return ExportResult::Failed;
    }
    return commitWhole(file, &m_exportError) ? ExportResult::Written : ExportResult::Failed;
}

MainWindow::ExportResult MainWindow::exportCsv(const QString &path)
{
    const QList<int> columns = shownColumns(m_table, TicketModel::RetryColumn);
    // The view as it is now, by ticket id: live updates go on while the file
    // is written (a million rows take seconds), and may move rows about.
    QList<qint64> ids;
    ids.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_model->row(m_proxy->sourceRow(r)).id;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_exportError = file.errorString();
        return ExportResult::Failed;
    }
    const char delimiter = CsvExporter::delimiter();
    if (!CsvExporter::writeHeader(*m_model, columns, file, delimiter)) {
        m_exportError = writeFailure(file);
        return ExportResult::Failed;
    }
    // Written in slices of about 30 ms under a progress dialog (shown after
    // half a second), which keeps the window painting and can cancel.
    QProgressDialog progress(tr("Exporting tickets…"), tr("Cancel"), 0, int(ids.size()), this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setAccessibleName(tr("Export progress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    constexpr qsizetype rowsPerWrite = 256;
    QList<int> rows;
    for (qsizetype i = 0; i < ids.size();) {
        QElapsedTimer slice;
        slice.start();
        while (i < ids.size() && slice.elapsed() < 30) {
            rows.clear();
            for (const qsizetype end = std::min(ids.size(), i + rowsPerWrite); i < end; ++i) {
                const int r = m_model->rowForId(ids[i]);
                if (r >= 0) // gone meanwhile (merged away): nothing to write
                    rows << r;
            }
            if (!CsvExporter::writeRows(*m_model, rows, columns, file, delimiter)) {
                m_exportError = writeFailure(file);
                file.cancelWriting();
                return ExportResult::Failed;
            }
        }
        progress.setValue(int(i)); // modal: lets the event loop run
        if (progress.wasCanceled()) {
            file.cancelWriting();
            return ExportResult::Cancelled;
        }
    }
    return commitWhole(file, &m_exportError) ? ExportResult::Written : ExportResult::Failed;
}

void MainWindow::exportView()
{
    if (m_tabs->currentWidget() == m_deliveries) {
        exportDeliveries();
        return;
    }
    const QString suggested = RecentFolders::datedFile(RecentFolders::Kind::Exports, QStringLiteral("tickets"),
                                                       QStringLiteral("csv"), m_clock.now().toLocalTime().date());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export tickets"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    RecentFolders::remember(RecentFolders::Kind::Exports, path);
    const int count = m_proxy->rowCount();
    switch (exportCsv(path)) {
    case ExportResult::Written:
        statusBar()->showMessage(tr("Exported %n ticket(s) to %1.", nullptr, count).arg(path), 8000);
        break;
    case ExportResult::Cancelled:
        statusBar()->showMessage(tr("Export cancelled; %1 was left as it was.").arg(path), 8000);
        break;
    case ExportResult::Failed:
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, m_exportError));
        break;
    }
}

void MainWindow::exportDeliveries()
{
    const QString suggested = RecentFolders::datedFile(RecentFolders::Kind::Exports, QStringLiteral("deliveries"),
                                                       QStringLiteral("csv"), m_clock.now().toLocalTime().date());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export deliveries"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    RecentFolders::remember(RecentFolders::Kind::Exports, path);
    const int count = m_deliveries->table()->model()->rowCount();
    if (exportDeliveriesCsv(path) == ExportResult::Written)
        statusBar()->showMessage(
            tr("Exported %n delivery(ies) to %1.", nullptr, count).arg(path) +
                (m_deliveries->model()->olderNotLoaded()
                     ? QLatin1Char(' ') + tr("Older deliveries stay in the database and are not in the file.")
                     : QString()),
            8000);
    else
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, m_exportError));
}

void MainWindow::copySummary()
{
    // In the order the table shows them.
    QList<int> proxyRows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        proxyRows << i.row();
    std::sort(proxyRows.begin(), proxyRows.end());
    QList<int> rows;
    for (int p : std::as_const(proxyRows))
        rows << m_proxy->sourceRow(p);
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(TicketReport::plainText(*m_model, rows));
    statusBar()->showMessage(rows.size() == 1 ? tr("Copied a summary of the ticket.")
                                              : tr("Copied a summary of %1 tickets.").arg(rows.size()),
                             5000);
}

void MainWindow::clearFilters()
{
    m_search->clear();
    for (QAction *a : m_statusActions)
        a->setChecked(true);
    m_proxy->setNarrowing({});
    m_narrowBar->hide();
    updateEmptyState();
}

void MainWindow::showInsights()
{
    m_tabs->setCurrentWidget(m_insights);
}

void MainWindow::showNarrowedTickets(const TicketNarrowing &narrowing)
{
    if (!narrowing.isActive())
        return;
    showTickets();
    m_search->clear();
    for (QAction *a : m_statusActions)
        a->setChecked(true);
    m_proxy->setNarrowing(narrowing);
    m_narrowBar->show();
    updateEmptyState();
    m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateEmptyState()
{
    const QString search = m_search->text().trimmed();
    const bool statusFiltered = m_proxy->statusMask() != TicketProxy::allStatuses || m_proxy->isNarrowed();
    // Esc on another tab must not clear, out of sight, what the ticket table is filtered by.
    const bool tickets = !m_tabs || m_tabs->currentWidget() == m_ticketsPage;
    m_clearFiltersAction->setEnabled(tickets && (!search.isEmpty() || statusFiltered));
    if (m_proxy->isNarrowed())
        m_narrowLabel->setText(tr("Showing only %1 (%2 in the table now).")
                                   .arg(m_proxy->narrowing().description, QLocale().toString(m_proxy->rowCount())));
    // Nothing is said while the list loads: an empty table then means nothing yet.
    if (!m_loaded || m_proxy->rowCount() > 0) {
        m_placeholder->showMessage(QString());
        return;
    }
    const QString newKeys = m_newAction->shortcut().toString(QKeySequence::NativeText);
    if (m_model->rowCount() == 0 && search.isEmpty() && !statusFiltered) {
        // A first start without credentials: they come first (on a team database the servers
        // hold them and send; a viewer's other TicketDesk sends).
        const QString first =
            m_api.kind == ApiState::Kind::NotConfigured && sendsItself()
                ? tr("First, open Settings (%1) and enter the client ID and secret Ripio gave you: until then, new "
                     "tickets wait in the queue. To try TicketDesk without them, start it with --demo.\n\n")
                      .arg(m_settingsAction->shortcut().toString(QKeySequence::NativeText))
                : QString();
        m_placeholder->showMessage(
            first +
            tr("No tickets yet.\n\nTo escalate a customer's problem to Ripio, choose File → New ticket… (%1).\n"
               "To pick customers by name instead of their UUID, import your customer list first (File → Import "
               "customers…).\n\nTickets appear here as they are queued, sent and answered.")
                .arg(newKeys));
        return;
    }
    QString what;
    if (m_proxy->isNarrowed())
        what = tr("None of the tickets of that chart is in the table now.");
    else if (!search.isEmpty() && statusFiltered)
        what = tr("No ticket with the statuses shown matches “%1”.").arg(search);
    else if (!search.isEmpty())
        what = tr("No ticket matches “%1”.").arg(search);
    else
        what = tr("No ticket has the statuses shown.");
    m_placeholder->showMessage(what + QStringLiteral("\n\n") +
                               tr("Press %1 to clear the search and show every status.")
                                   .arg(m_clearFiltersAction->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    SavedView view;
    view.name = trimmed;
    view.statusMask = m_proxy->statusMask();
    view.text = m_search->text();
    view.sortColumn = header->isSortIndicatorShown() ? header->sortIndicatorSection() : -1;
    view.ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    if (SavedViews::indexOf(m_savedViews, trimmed) < 0) {
        setSavedViews(SavedViews::with(m_savedViews, view));
        statusBar()->showMessage(tr("View “%1” saved.").arg(trimmed), 5000);
        return;
    }
    // The name is taken: replacing loses that view, so ask (Cancel, the default, keeps it).
    askBeforeDropping(this,
                      {QStringLiteral("replaceSavedViewConfirmation"), tr("Replace saved view"),
                       tr("A saved view is already named “%1”. Replace it with the statuses, search and sort "
                          "shown now?")
                           .arg(trimmed),
                       tr("Confirm replacing the saved view"), tr("&Replace"),
                       QStringLiteral("confirmReplaceSavedViewButton"), tr("Cancel"),
                       QStringLiteral("keepSavedViewButton")},
                      [this, view] {
                          setSavedViews(SavedViews::with(m_savedViews, view));
                          statusBar()->showMessage(tr("View “%1” replaced.").arg(view.name), 5000);
                      });
}

void MainWindow::applySavedView(qsizetype index)
{
    if (index < 0 || index >= m_savedViews.size())
        return;
    const SavedView view = m_savedViews[index];
    showTickets();
    for (TicketStatus s : allTicketStatuses)
        m_statusActions[size_t(int(s))]->setChecked(view.statusMask & (1u << int(s)));
    m_search->setText(view.text);
    if (view.sortColumn >= 0 && view.sortColumn < TicketModel::ColumnCount)
        m_table->sortByColumn(view.sortColumn, view.ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    statusBar()->showMessage(tr("View “%1”.").arg(view.name), 3000);
}

void MainWindow::askViewName()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("saveViewDialog"));
    dialog.setWindowTitle(tr("Save view"));
    dialog.setLabelText(tr("Name of this view (the statuses shown, the search and the sort):"));
    dialog.setAccessibleName(tr("Save view"));
    dialog.setOkButtonText(tr("&Save"));
    if (dialog.exec() == QDialog::Accepted)
        saveView(dialog.textValue());
}

void MainWindow::manageSavedViews()
{
    auto *dialog = new SavedViewsDialog(m_savedViews, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SavedViewsDialog::viewsChanged, this, &MainWindow::setSavedViews);
    dialog->open();
}

void MainWindow::setSavedViews(const QList<SavedView> &views)
{
    m_savedViews = views;
    QSettings settings;
    SavedViews::write(settings, m_savedViews);
    rebuildSavedViewsMenu();
}

void MainWindow::rebuildSavedViewsMenu()
{
    qDeleteAll(m_savedViewActions);
    m_savedViewActions.clear();
    for (qsizetype i = 0; i < m_savedViews.size(); ++i) {
        auto *a = new QAction(QString(m_savedViews[i].name).replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        a->setObjectName(QStringLiteral("savedViewAction_%1").arg(i + 1));
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { applySavedView(i); });
        m_viewMenu->addAction(a);
        m_savedViewActions << a;
    }
}

void MainWindow::placeAddedColumns(int savedColumns)
{
    QHeaderView *header = m_table->horizontalHeader();
    // The operator's own reference beside the customer; the UUID is in the
    // Customer column's tooltip, and its own column is there to show on demand.
    if (savedColumns <= TicketModel::ReferenceColumn)
        header->moveSection(header->visualIndex(TicketModel::ReferenceColumn),
                            header->visualIndex(TicketModel::CustomerColumn) + 1);
    if (savedColumns <= TicketModel::CustomerIdColumn)
        header->setSectionHidden(TicketModel::CustomerIdColumn, true);
}

void MainWindow::updateColumnsMenu()
{
    const QHeaderView *header = m_table->horizontalHeader();
    const QList<QAction *> actions = m_columnsMenu->actions();
    for (int c = 0; c < int(actions.size()); ++c) {
        const QSignalBlocker quiet(actions[c]);
        actions[c]->setChecked(!header->isSectionHidden(c));
    }
}

void MainWindow::setDetailsShown(bool shown)
{
    const QList<int> sizes = m_splitter->sizes();
    const int table = sizes.value(0);
    const int details = sizes.value(1);
    if (shown == (details > 0))
        return;
    if (shown) {
        const int width = std::clamp(m_detailsWidth, m_details->minimumSizeHint().width(),
                                     std::max(m_details->minimumSizeHint().width(), table / 2));
        m_splitter->setSizes({table - width, width});
    } else {
        m_detailsWidth = details;
        if (m_details->isAncestorOf(QApplication::focusWidget()))
            m_table->setFocus(Qt::OtherFocusReason);
        m_splitter->setSizes({table + details, 0});
    }
    updateDetailsAction();
}

void MainWindow::updateDetailsAction()
{
    const QSignalBlocker quiet(m_detailsAction);
    m_detailsAction->setChecked(m_splitter->sizes().value(1) > 0);
}

void MainWindow::restoreUi()
{
    QSettings settings;
    restoreGeometry(settings.value(settingsKey("geometry")).toByteArray());
    restoreState(settings.value(settingsKey("state")).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    // Off while the saved layout is put back, so that its widths stay as saved.
    m_columnFitter->setActive(false);
    if (header->restoreState(settings.value(settingsKey("tableHeader")).toByteArray())) {
        // A layout saved before some columns existed gets them (restoreState() appends them, shown) where they go.
        placeAddedColumns(settings.value(settingsKey("tableColumns"), int(TicketModel::ReferenceColumn)).toInt());
        header->setSectionHidden(TicketModel::StatusColumn, false); // hidden by an older TicketDesk
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        // A layout from before the fitting keeps its widths: they are the operator's.
        m_columnFitter->setActive(settings.value(settingsKey("tableFits"), false).toBool());
    } else {
        m_columnFitter->setActive(true);
    }
    m_splitter->restoreState(settings.value(settingsKey("splitter")).toByteArray());
    updateDetailsAction();
    bool ok = false;
    const quint32 mask = settings.value(settingsKey("statusFilter")).toUInt(&ok);
    if (ok) {
        for (TicketStatus s : allTicketStatuses)
            m_statusActions[size_t(int(s))]->setChecked(mask & (1u << int(s)));
    }
    m_savedViews = SavedViews::read(settings);
    rebuildSavedViewsMenu();
}

void MainWindow::saveUi()
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("tableHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(settingsKey("tableColumns"), int(TicketModel::ColumnCount));
    settings.setValue(settingsKey("tableFits"), m_columnFitter->isActive());
    settings.setValue(settingsKey("splitter"), m_splitter->saveState());
    settings.setValue(settingsKey("statusFilter"), m_proxy->statusMask());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Tickets kept on this computer reach the team database only from this computer, at its next
    // start: quitting without a word could leave them unsent for as long as no one comes back here.
    if (m_database.spooled > 0 && !m_quitWithKeptTickets) {
        event->ignore();
        askBeforeDropping(
            this,
            {QStringLiteral("keptTicketsQuitConfirmation"), tr("Quit with tickets kept here?"),
             tr("%n tickets typed while the team database could not be reached are kept on this computer. They "
                "are written to the database, and sent to Ripio, only when TicketDesk runs here again and the "
                "database answers.",
                nullptr, m_database.spooled),
             tr("Confirm quitting with tickets kept on this computer"), tr("&Quit anyway"),
             QStringLiteral("quitWithKeptTicketsButton"), tr("&Keep TicketDesk open"),
             QStringLiteral("keepOpenButton")},
            [this] {
                m_quitWithKeptTickets = true;
                close();
            });
        return;
    }
    saveUi();
    if (m_tray)
        m_tray->hide();
    QMainWindow::closeEvent(event);
}

} // namespace TicketDesk
