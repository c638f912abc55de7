// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"
#include "service/engineconfig.h"
#include "service/servicestate.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <array>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class QTimer;

namespace TicketDesk {

class Clock;
class CreateTicketDialog;
class DeliveriesView;
class DetailsPane;
class SecretStore;
class TicketModel;
class TicketProxy;
class TicketService;

// The operator's main window: the live ticket table (status filter buttons with
// counts, free-text search, one-click retry), the details pane, the delivery
// log, the status bar (listener, last event, API, counts) and the tray.
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

    TicketModel *ticketModel() const { return m_model; }
    TicketProxy *ticketProxy() const { return m_proxy; }
    // Selects a ticket (showing every status and clearing the search if it is hidden).
    bool selectTicket(qint64 id);
    QList<qint64> selectedIds() const;
    // Retries the given tickets; UNCONFIRMED ones are confirmed first.
    void retry(const QList<qint64> &ids);
    enum class ExportResult
    {
        Written,
        Failed,
        Cancelled,
    };
    // Writes the table as shown (rows, visible columns in their order) as CSV.
    // An existing file is replaced only by a complete export.
    ExportResult exportCsv(const QString &path);
    void showDeliveries();
    // Opens the create form, optionally filled in (demo screenshots).
    void openNewTicket(const QString &customerId = QString(), const QString &summary = QString());
    void showTickets();
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
    void buildActions();
    void buildTable();
    void buildStatusBar();
    void buildTray();
    void connectService();
    void restoreUi();
    void saveUi();
    void updateActions();
    void updateCounts();
    void updateListener(const ListenerState &state);
    void updateApi(const ApiState &state);
    void tick();
    void currentTicketChanged();
    void requestDetails(qint64 id);
    void newTicket();
    void openSettings();
    // The templates dialog (File > Templates…, or the create form's button), over `parent`.
    void openTemplates(QWidget *parent);
    void exportView();
    void notify(const QString &title, const QString &text, qint64 id);
    void rememberScroll();
    void restoreScroll();

    TicketService *m_service;
    const Clock &m_clock;
    EngineConfig m_config;
    SecretStore *m_secrets;
    bool m_demo;

    TicketModel *m_model;
    TicketProxy *m_proxy;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailsPane *m_details = nullptr;
    DeliveriesView *m_deliveries = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_listenerLabel = nullptr;
    QLabel *m_lastEventLabel = nullptr;
    QLabel *m_apiLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    DatabaseState m_database;
    void updateDatabase(const DatabaseState &state);
    void showDatabaseState();
    QLabel *m_countsLabel = nullptr;
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
    std::array<QAction *, ticketStatusCount> m_statusActions{};

    ListenerState m_listener;
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
};

} // namespace TicketDesk
