// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/insightsworker.h"

#include "store/ticketstore.h"

namespace TicketDesk {

InsightsWorker::InsightsWorker(const Clock &clock, const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_location(location)
{
    registerMetaTypes();
}

InsightsWorker::~InsightsWorker() = default;

void InsightsWorker::registerMetaTypes()
{
    qRegisterMetaType<InsightsQuery>();
    qRegisterMetaType<Insights>();
}

void InsightsWorker::setLocation(const DatabaseLocation &location)
{
    m_location = location;
    m_store.reset(); // opened there at the next request
}

TicketStore *InsightsWorker::store(quint64 request)
{
    if (!m_store || !m_store->isOpen()) {
        m_store = std::make_unique<TicketStore>(m_clock);
        if (const StoreError error = m_store->open(m_location); !error.ok()) {
            m_store.reset(); // tried again on the next request
            Q_EMIT failed(request, error.message);
            return nullptr;
        }
    }
    return m_store.get();
}

void InsightsWorker::compute(quint64 request, const InsightsQuery &query)
{
    TicketStore *s = store(request);
    if (!s)
        return;
    const std::optional<Insights> insights = s->insights(query);
    if (!insights) {
        Q_EMIT failed(request, s->lastError().message);
        return;
    }
    Q_EMIT computed(request, *insights);
}

void InsightsWorker::findDeliveredTickets(quint64 request, qint64 fromMs, qint64 untilMs,
                                          DeliveryFigures::Category category)
{
    TicketStore *s = store(request);
    if (!s)
        return;
    const std::optional<QList<qint64>> ids = s->deliveredTickets(fromMs, untilMs, category);
    if (!ids) {
        Q_EMIT failed(request, s->lastError().message);
        return;
    }
    Q_EMIT ticketsFound(request, *ids);
}

} // namespace TicketDesk
