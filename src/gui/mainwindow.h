// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"
#include "gui/detailspane.h"
#include "gui/savedviews.h"
#include "service/engineconfig.h"
#include "service/servicestate.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <array>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class QTimer;

namespace TicketDesk {

class Clock;
class ColumnFitter;
class CreateTicketDialog;
class DeliveriesView;
class DemoBanner;
class EngineHost;
class FittingLabel;
class InsightsHost;
class InsightsTab;
class SecretStore;
class SortMenu;
class TablePlaceholder;
class TicketModel;
class TicketProxy;
class TicketService;
struct TicketNarrowing;

// The operator's main window: the live ticket table (status filter buttons with
// counts, free-text search, one-click retry, saved views, a message in place of
// the rows when there are none), the details pane, the delivery log, the status
// bar (listener, last event, API, counts) and the tray. In the demo, a note
// across the top says what the sandbox is.
//
// It talks to a TicketService living in another thread only through queued
// connections and QMetaObject::invokeMethod. Build it before starting the
// engine: it asks for the tickets once the engine reports started().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(TicketService *service, const Clock &clock, const EngineConfig &config, SecretStore *secrets, bool demo,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // The size of a first window (before any saved geometry) on a screen whose free area is `free`.
    static QSize firstWindowSize(const QSize &free);

    // Reads the secrets the engine needs (the environment first, then the keychain), keeps them
    // as this window's settings, and starts `host` with them. So the Settings dialog starts from
    // what the engine uses: Apply with a secret field left empty hands that secret on.
    void startEngine(EngineHost &host, const EngineConfig &config);

    TicketModel *ticketModel() const { return m_model; }
    TicketProxy *ticketProxy() const { return m_proxy; }
    // Selects a ticket (showing every status and clearing the search if it is hidden).
    bool selectTicket(qint64 id);
    QList<qint64> selectedIds() const;
    // Retries the given tickets; UNCONFIRMED ones are confirmed first.
    void retry(const QList<qint64> &ids);
    // Puts a plain-text report of the selected tickets on the clipboard (Copy summary).
    void copySummary();
    // Saves the status filter, search text and sort as the view `name` (replacing one of that name).
    void saveView(const QString &name);
    QList<SavedView> savedViews() const { return m_savedViews; }
    // Shows the table as saved view `index` has it.
    void applySavedView(qsizetype index);
    // Clears the search and shows every status (Esc).
    void clearFilters();
    enum class ExportResult
    {
        Written,
        Failed,
        Cancelled,
    };
    // Writes the table as shown (rows, visible columns in their order) as CSV.
    // An existing file is replaced only by a complete export.
    ExportResult exportCsv(const QString &path);
    // The deliveries as the Deliveries tab shows them (filter, sort, columns), to `path`.
    ExportResult exportDeliveriesCsv(const QString &path);
    // Why the last export returned Failed, in the user's words.
    QString exportError() const { return m_exportError; }
    void showDeliveries();
    // Opens the create form, optionally filled in (demo screenshots).
    void openNewTicket(const QString &customerId = QString(), const QString &summary = QString());
    // File → Create tickets from CSV…, previewing `path` at once when it is given.
    void openBulkTickets(const QString &path = QString());
    void showTickets();
    void showInsights();
    // Gives `table` the keyboard, on its current row (the first, if none is).
    static void focusTable(QTableView *table);
    InsightsTab *insightsTab() const { return m_insights; }
    // Shows exactly the tickets of a chart's bar or point in the table (every
    // status shown, no search), with a bar saying so; Esc or its button ends it.
    void showNarrowedTickets(const TicketNarrowing &narrowing);
    // What clicking a desktop notification does: brings the window up and
    // selects the ticket it was about.
    void showNotifiedTicket();

Q_SIGNALS:
    // After the first full load of the ticket list.
    void ticketsReady();
    // A ticket failed or got stuck: shown in the tray (where the desktop has
    // one) and in the status bar.
    void notified(const QString &title, const QString &text, qint64 ticketId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTicketControls();
    void buildActions();
    void buildTable();
    void showShortcuts();
    void buildStatusBar();
    void buildTray();
    void connectService();
    // Puts the columns that came after a header layout of `savedColumns` columns where they belong.
    void placeAddedColumns(int savedColumns);
    void updateColumnsMenu();
    void setDetailsShown(bool shown);
    void updateDetailsAction();
    void restoreUi();
    void saveUi();
    void updateActions();
    void updateCounts();
    // Whether this window's own engine sends tickets and asks Ripio: not on a team database
    // (its servers do) nor as a viewer (the other TicketDesk on the file does).
    bool sendsItself() const;
    // Tells the details pane which API this window asks Ripio through (none: it does not).
    void updateCurrentApi();
    void updateListener(const ListenerState &state);
    void updateApi(const ApiState &state);
    void tick();
    void currentTicketChanged();
    void requestDetails(qint64 id);
    // The ticket `id` was filed twice with (see TicketModel::filedTwiceWith), for the details.
    FiledTwice twinOf(qint64 id) const;
    void newTicket();
    void openSettings();
    // The templates dialog (File > Templates…, or the create form's button), over `parent`.
    void openTemplates(QWidget *parent);
    void exportView();
    void exportDeliveries();
    void askViewName();
    void manageSavedViews();
    void setSavedViews(const QList<SavedView> &views);
    void rebuildSavedViewsMenu();
    void updateEmptyState();
    void notify(const QString &title, const QString &text, qint64 id);
    void rememberScroll();
    void restoreScroll();

    TicketService *m_service;
    const Clock &m_clock;
    EngineConfig m_config;
    SecretStore *m_secrets;
    bool m_demo;
    QUrl m_demoSandbox; // the demo's built-in sandbox, which Settings offers by name

    TicketModel *m_model;
    TicketProxy *m_proxy;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    ColumnFitter *m_columnFitter = nullptr;
    DetailsPane *m_details = nullptr;
    DeliveriesView *m_deliveries = nullptr;
    InsightsTab *m_insights = nullptr;
    InsightsHost *m_insightsHost = nullptr;
    QWidget *m_ticketsPage = nullptr;
    QWidget *m_narrowBar = nullptr;
    QLabel *m_narrowLabel = nullptr;
    QLineEdit *m_search = nullptr;
    TablePlaceholder *m_placeholder = nullptr;
    DemoBanner *m_banner = nullptr;
    QLabel *m_listenerLabel = nullptr;
    QLabel *m_lastEventLabel = nullptr;
    QLabel *m_apiLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    DatabaseState m_database;
    void updateDatabase(const DatabaseState &state);
    void showDatabaseState();
    FittingLabel *m_countsLabel = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    QTimer *m_tick = nullptr;
    QSystemTrayIcon *m_tray = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_copyKeyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_sendQueuedAction = nullptr;
    QAction *m_copySummaryAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    SortMenu *m_sortMenu = nullptr;
    QAction *m_detailsAction = nullptr;
    int m_detailsWidth = 320;            // the details pane's width before it was hidden
    QList<QAction *> m_savedViewActions; // at the end of the View menu, in m_savedViews' order
    QList<SavedView> m_savedViews;
    std::array<QAction *, ticketStatusCount> m_statusActions{};

    ListenerState m_listener;
    RetentionState m_retention;
    ApiState m_api;
    QPointer<CreateTicketDialog> m_createDialog;
    quint64 m_createTag = 0;
    quint64 m_similarTag = 0;
    quint64 m_nextTag = 0;
    qint64 m_notifiedId = 0;
    qint64 m_scrollAnchorId = 0;
    int m_scrollAnchorOffset = 0;
    QElapsedTimer m_loadClock;
    bool m_loaded = false;
    bool m_quitWithKeptTickets = false; // asked, and the operator chose to quit anyway
    QString m_exportError;
};

} // namespace TicketDesk
