// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"
#include "store/storeoptions.h"

#include <QString>

#include <memory>

class QObject;
class QThread;

namespace TicketDesk {

class Clock;
class DatabaseLocation;
class TicketStore;

// A thread of its own with a store connection of its own: a SQL connection
// belongs to the thread that opens it. Work posted to context() (with
// QMetaObject::invokeMethod) runs there one item at a time, in order, and may
// use store(). So a slow statement there never holds up the thread that posted
// it (the webhook listener's, the window's).
class StoreThread final
{
public:
    StoreThread();
    ~StoreThread();
    Q_DISABLE_COPY_MOVE(StoreThread)

    // Starts the thread, named `name`, and opens the store in it. On failure
    // the thread is stopped again and the error returned.
    StoreError start(const QString &name, const DatabaseLocation &location, const StoreOptions &options,
                     const Clock &clock);
    // After the work already posted: closes the store in its thread and ends
    // the thread. Post nothing afterwards (context() is null until start()).
    void stop();

    // Where the work runs. Valid while running.
    QObject *context() const { return m_context.get(); }
    // Only inside work posted to context().
    TicketStore &store() const { return *m_store; }

private:
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_context;
    std::unique_ptr<TicketStore> m_store; // created, used and destroyed in m_thread
};

} // namespace TicketDesk
