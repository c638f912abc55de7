// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/deliverypruner.h"

#include "core/clock.h"
#include "core/logging.h"
#include "store/ticketstore.h"

#include <algorithm>

namespace TicketDesk {

DeliveryPruner::DeliveryPruner(TicketStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_interval.setInterval(defaultIntervalMs);
    connect(&m_interval, &QTimer::timeout, this, &DeliveryPruner::runRound);
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, [this] {
        if (m_pruning)
            step();
        else
            runRound();
    });
}

void DeliveryPruner::setLimits(int maxAgeDays, qint64 maxDeliveries)
{
    m_maxAgeDays = std::max(maxAgeDays, 0);
    m_maxDeliveries = std::max<qint64>(maxDeliveries, 0);
}

void DeliveryPruner::setIntervalMs(int ms)
{
    m_interval.setInterval(std::max(ms, 1));
}

void DeliveryPruner::start()
{
    m_interval.start();
    m_next.start(m_firstDelayMs);
}

void DeliveryPruner::stop()
{
    m_interval.stop();
    m_next.stop();
    m_pruning = false;
}

void DeliveryPruner::runRound()
{
    if (m_pruning)
        return;
    m_pruning = true;
    m_roundDeleted = 0;
    step();
}

void DeliveryPruner::step()
{
    if (m_maxAgeDays == 0 && m_maxDeliveries == 0) {
        finish(true); // keep everything
        return;
    }
    const QDateTime before = m_maxAgeDays > 0 ? m_clock.now().addDays(-m_maxAgeDays) : QDateTime();
    const std::optional<DeliveryPruneStep> done = m_store.pruneDeliveries(before, m_maxDeliveries, m_stepRows);
    ++m_steps;
    if (!done) {
        qCWarning(lcService).noquote() << "pruning deliveries failed:" << m_store.lastError().message;
        finish(false);
        return;
    }
    m_roundDeleted += done->deleted;
    if (done->more) {
        m_next.start(m_pauseMs);
        return;
    }
    finish(true);
}

void DeliveryPruner::finish(bool ok)
{
    m_pruning = false;
    if (ok) {
        m_lastPruneAt = m_clock.now();
        m_lastPruned = m_roundDeleted;
        if (m_roundDeleted > 0)
            qCInfo(lcService).noquote() << "pruned" << m_roundDeleted << "deliveries";
    }
    Q_EMIT roundFinished(ok, m_roundDeleted);
}

} // namespace TicketDesk
