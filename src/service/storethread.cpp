// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/storethread.h"

#include "store/ticketstore.h"

#include <QObject>
#include <QThread>

namespace TicketDesk {

StoreThread::StoreThread() = default;

StoreThread::~StoreThread()
{
    stop();
}

StoreError StoreThread::start(const QString &name, const DatabaseLocation &location, const StoreOptions &options,
                              const Clock &clock)
{
    stop();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(name);
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    StoreError error;
    QMetaObject::invokeMethod(
        m_context.get(),
        [&] {
            m_store = std::make_unique<TicketStore>(clock);
            error = m_store->open(location, options);
            if (!error.ok())
                m_store.reset();
        },
        Qt::BlockingQueuedConnection);
    if (!error.ok())
        stop();
    return error;
}

void StoreThread::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context.get(), [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_context.reset();
}

} // namespace TicketDesk
