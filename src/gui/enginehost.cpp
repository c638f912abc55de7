// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/enginehost.h"

#include "service/ticketservice.h"

#include <QEventLoop>
#include <QTimer>

namespace TicketDesk {

EngineHost::EngineHost(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(new TicketService(clock))
{
    m_thread.setObjectName(QStringLiteral("ticketdesk-engine"));
    m_service->moveToThread(&m_thread);
    // Deleted by the engine thread as it finishes: its SQL connection and sockets belong there.
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    m_thread.start();
}

EngineHost::~EngineHost()
{
    shutdown();
}

void EngineHost::start(const EngineConfig &config)
{
    // A start that comes after shutdown() (a keychain that answered while the window closed)
    // would run the engine after it stopped.
    if (m_stopped)
        return;
    TicketService *service = m_service;
    QMetaObject::invokeMethod(
        m_service, [service, config] { service->start(config); }, Qt::QueuedConnection);
}

bool EngineHost::shutdown(int timeoutMs)
{
    m_stopped = true;
    if (!m_thread.isRunning())
        return true;
    QEventLoop loop;
    bool confirmed = false;
    connect(m_service, &TicketService::stopped, &loop, [&] {
        confirmed = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(m_service, &TicketService::stop, Qt::QueuedConnection);
    if (!confirmed)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    m_thread.quit();
    m_thread.wait();
    return confirmed;
}

} // namespace TicketDesk
