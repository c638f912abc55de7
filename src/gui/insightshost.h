// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/databaselocation.h"
#include "store/insights.h"

#include <QObject>
#include <QThread>

namespace TicketDesk {

class Clock;
class InsightsWorker;

// Runs an InsightsWorker in a QThread of its own (neither the window's nor the
// engine's). request() queues a computation and returns its number; the answer
// comes back as computed() or failed() with that number (ticketsFound() for
// requestDeliveredTickets()). The destructor ends
// the thread once the computation under way (if any) is done; the worker and
// its store connection are deleted inside that thread.
class InsightsHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsHost)

public:
    InsightsHost(const Clock &clock, const DatabaseLocation &location, QObject *parent = nullptr);
    ~InsightsHost() override;
    // The database from now on, before the requests that follow: the desktop's, once the keychain
    // (or TICKETDESK_DATABASE_PASSWORD) has given a team database's password.
    void setLocation(const DatabaseLocation &location);

    quint64 request(const InsightsQuery &query);
    // Asks for the tickets of a delivery health bar; answered by ticketsFound() or failed().
    quint64 requestDeliveredTickets(qint64 fromMs, qint64 untilMs, DeliveryFigures::Category category);

Q_SIGNALS:
    void computed(quint64 request, const TicketDesk::Insights &insights);
    void ticketsFound(quint64 request, const QList<qint64> &ids);
    void failed(quint64 request, const QString &error);

private:
    QThread m_thread;
    InsightsWorker *m_worker;
    quint64 m_nextRequest = 0;
};

} // namespace TicketDesk
