// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "gui/enginehost.h"
#include "gui/mainwindow.h"
#include "sandbox/ripiosandbox.h"
#include "service/engineconfig.h"
#include "service/ticketservice.h"
#include "windowrows.h"

#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TicketDesk {

// The real main window on a real engine (SQLite file in `dir`) that sends to an in-process
// Ripio sandbox answering fast: what the "from CSV" dialog tests run against.
class SandboxDesktop final
{
public:
    // False (with a message in `error`) when something did not come up.
    bool start(const QTemporaryDir &dir, QString *error)
    {
        setUpWindowTest(dir);
        SandboxOptions options;
        options.webhookDelayMs = 20;
        m_sandbox = std::make_unique<RipioSandbox>(options);
        if (!m_sandbox->listen(QHostAddress::LocalHost, 0)) {
            *error = m_sandbox->errorString();
            return false;
        }
        EngineConfig config;
        config.dbPath = dir.filePath(QStringLiteral("tickets.sqlite"));
        config.dataDir = dir.path();
        config.runReconciler = false;
        config.client.baseUrl = m_sandbox->baseUrl();
        config.client.clientId = options.clientId;
        config.client.clientSecret = options.clientSecret;
        config.webhookSecret = options.webhookSecret;
        config.listen = true;
        config.address = QHostAddress::LocalHost;
        config.port = 0;

        m_host = std::make_unique<EngineHost>(m_clock);
        RipioSandbox *sb = m_sandbox.get();
        bool listening = false;
        QObject::connect(m_host->service(), &TicketService::listenerStateChanged, sb,
                         [sb, &listening](const ListenerState &s) {
                             if (s.listening) {
                                 sb->setWebhookUrl(QUrl(s.url));
                                 listening = true;
                             }
                         });
        m_window = std::make_unique<MainWindow>(m_host->service(), m_clock, config, nullptr, false);
        QSignalSpy ready(m_window.get(), &MainWindow::ticketsReady);
        m_window->show();
        m_host->start(config);
        if (!QTest::qWaitFor([&] { return ready.count() == 1 && listening; }, 10000)) {
            *error = QStringLiteral("the engine did not start");
            return false;
        }
        return true;
    }

    bool stop()
    {
        m_window.reset();
        const bool ok = m_host->shutdown(5000);
        m_host.reset();
        m_sandbox.reset();
        return ok;
    }

    MainWindow *window() const { return m_window.get(); }
    TicketService *service() const { return m_host->service(); }

    // The directory as the engine has it now (loadCustomers() answered).
    QList<CustomerRecord> customers() const
    {
        TicketService *s = service();
        QSignalSpy loaded(s, &TicketService::customersLoaded);
        QMetaObject::invokeMethod(
            s, [s] { s->loadCustomers(); }, Qt::QueuedConnection);
        // The engine's thread may answer before wait() starts: the spy has it already then.
        if (loaded.isEmpty() && !loaded.wait(5000))
            return {};
        return loaded.last().at(0).value<QList<CustomerRecord>>();
    }

private:
    SystemClock m_clock;
    std::unique_ptr<RipioSandbox> m_sandbox;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace TicketDesk
