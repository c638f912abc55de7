// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/engineconfig.h"

#include <QObject>
#include <QThread>

namespace TicketDesk {

class Clock;
class TicketService;

// Runs a TicketService in a QThread of its own for the desktop. Everything
// else talks to service() only through queued connections and
// QMetaObject::invokeMethod. shutdown() (also called by the destructor) asks
// the engine to stop, waits a bounded time for stopped(), and ends the thread;
// the service is deleted inside its own thread.
class EngineHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineHost)

public:
    explicit EngineHost(const Clock &clock, QObject *parent = nullptr);
    ~EngineHost() override;

    TicketService *service() const { return m_service; }
    // Queues TicketService::start(config) in the engine's thread (not after shutdown()).
    void start(const EngineConfig &config);
    // Returns false when the engine did not confirm within timeoutMs (the thread is ended anyway).
    bool shutdown(int timeoutMs = 12000);

private:
    QThread m_thread;
    TicketService *m_service;
    bool m_stopped = false; // shutdown() was called: start() does nothing
};

} // namespace TicketDesk
