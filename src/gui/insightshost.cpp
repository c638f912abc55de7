// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/insightshost.h"

#include "service/insightsworker.h"

namespace TicketDesk {

InsightsHost::InsightsHost(const Clock &clock, const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_worker(new InsightsWorker(clock, location))
{
    m_thread.setObjectName(QStringLiteral("ticketdesk-insights"));
    m_worker->moveToThread(&m_thread);
    // Deleted by its own thread as it finishes: the SQL connection belongs there.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &InsightsWorker::computed, this, &InsightsHost::computed, Qt::QueuedConnection);
    connect(m_worker, &InsightsWorker::ticketsFound, this, &InsightsHost::ticketsFound, Qt::QueuedConnection);
    connect(m_worker, &InsightsWorker::failed, this, &InsightsHost::failed, Qt::QueuedConnection);
    m_thread.start();
}

InsightsHost::~InsightsHost()
{
    m_worker->disconnect(this);
    m_thread.quit();
    m_thread.wait();
}

void InsightsHost::setLocation(const DatabaseLocation &location)
{
    InsightsWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, location] { worker->setLocation(location); }, Qt::QueuedConnection);
}

quint64 InsightsHost::request(const InsightsQuery &query)
{
    const quint64 id = ++m_nextRequest;
    InsightsWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, id, query] { worker->compute(id, query); }, Qt::QueuedConnection);
    return id;
}

quint64 InsightsHost::requestDeliveredTickets(qint64 fromMs, qint64 untilMs, DeliveryFigures::Category category)
{
    const quint64 id = ++m_nextRequest;
    InsightsWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, id, fromMs, untilMs, category] { worker->findDeliveredTickets(id, fromMs, untilMs, category); },
        Qt::QueuedConnection);
    return id;
}

} // namespace TicketDesk
