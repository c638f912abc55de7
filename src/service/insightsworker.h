// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/databaselocation.h"
#include "store/insights.h"

#include <QMetaType>
#include <QObject>

#include <memory>

namespace TicketDesk {

class Clock;
class TicketStore;

// Computes the support lead's figures (TicketStore::insights()) on a store
// connection of its own, opened on the first request in the thread the worker
// lives in: a query of a second on a million tickets then never holds up the
// engine (the webhook listener) or the window. Requests are answered in the
// order they come, each with computed() (or ticketsFound()) or failed()
// carrying its number.
class InsightsWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsWorker)

public:
    InsightsWorker(const Clock &clock, const DatabaseLocation &location, QObject *parent = nullptr);
    ~InsightsWorker() override;

    // The metatypes the queued signals and slots carry.
    static void registerMetaTypes();

public Q_SLOTS:
    // From now on (a team database's password, known once the keychain has answered).
    void setLocation(const TicketDesk::DatabaseLocation &location);
    void compute(quint64 request, const TicketDesk::InsightsQuery &query);
    // The tickets of a delivery health bar (TicketStore::deliveredTickets()).
    void findDeliveredTickets(quint64 request, qint64 fromMs, qint64 untilMs,
                              TicketDesk::DeliveryFigures::Category category);

Q_SIGNALS:
    void computed(quint64 request, const TicketDesk::Insights &insights);
    void ticketsFound(quint64 request, const QList<qint64> &ids);
    // `error` is the store's message (never a password).
    void failed(quint64 request, const QString &error);

private:
    // The store, opened on first use; nullptr (and failed() emitted) when it cannot be.
    TicketStore *store(quint64 request);

    const Clock &m_clock;
    DatabaseLocation m_location;
    std::unique_ptr<TicketStore> m_store;
};

} // namespace TicketDesk

Q_DECLARE_METATYPE(TicketDesk::InsightsQuery)
Q_DECLARE_METATYPE(TicketDesk::Insights)
