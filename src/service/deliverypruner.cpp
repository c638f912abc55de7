// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/deliverypruner.h"

#include "core/clock.h"
#include "core/logging.h"
#include "service/storethread.h"
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
    ++m_round;
}

void DeliveryPruner::runRound()
{
    if (m_pruning)
        return;
    m_pruning = true;
    ++m_round;
    m_roundDeleted = 0;
    m_failedSteps = 0;
    step();
}

void DeliveryPruner::step()
{
    if (m_maxAgeDays == 0 && m_maxDeliveries == 0) {
        finish(true); // keep everything
        return;
    }
    const QDateTime before = m_maxAgeDays > 0 ? m_clock.now().addDays(-m_maxAgeDays) : QDateTime();
    const auto work = [before, keep = m_maxDeliveries, rows = m_stepRows](TicketStore &store) {
        StepResult result;
        result.done = store.pruneDeliveries(before, keep, rows);
        if (!result.done)
            result.error = store.lastError().message;
        return result;
    };
    const quint64 round = m_round;
    if (!m_thread) {
        stepDone(round, work(m_store));
        return;
    }
    QMetaObject::invokeMethod(
        m_thread->context(),
        [this, work, round, thread = m_thread] {
            const StepResult result = work(thread->store());
            QMetaObject::invokeMethod(
                this, [this, round, result] { stepDone(round, result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DeliveryPruner::stepDone(quint64 round, const StepResult &result)
{
    if (round != m_round || !m_pruning)
        return;
    ++m_steps;
    if (!result.done) {
        // The first statement on a session the server ended while it was idle fails, and the
        // next one opens a new session: a whole round (ten minutes) lost for it was too much.
        if (m_failedSteps < stepRetries) {
            ++m_failedSteps;
            qCWarning(lcService).noquote()
                << "pruning deliveries: a step failed, tried again in" << m_retryMs / 1000.0 << "s:" << result.error;
            m_next.start(m_retryMs);
            return;
        }
        qCWarning(lcService).noquote() << "pruning deliveries failed:" << result.error;
        finish(false);
        return;
    }
    m_failedSteps = 0;
    m_roundDeleted += result.done->deleted;
    if (result.done->more) {
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
