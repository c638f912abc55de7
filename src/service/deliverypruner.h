// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/deliveryretention.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace TicketDesk {

class Clock;
class StoreThread;
class TicketStore;

// The delivery log's retention, in the background: every `intervalMs` a round
// deletes the deliveries older than `maxAgeDays` (0: no age limit) and those
// beyond the newest `maxDeliveries` (0: no count limit), in steps of at most
// `stepRows` rows, each its own short transaction, with `pauseMs` between
// steps so the listener's commits get the write lock in between. Tickets are
// never pruned. Only a process that owns the writing runs one (a `serve`, or a
// desktop on its own SQLite file). The steps run on `store` in this thread, or,
// after setStoreThread(), on that thread's own connection, so that neither the
// webhook listener nor the window waits for them.
class DeliveryPruner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryPruner)

public:
    static constexpr int defaultStepRows = 500;
    static constexpr int defaultPauseMs = 100;
    static constexpr int defaultIntervalMs = 10 * 60 * 1000;
    static constexpr int defaultFirstDelayMs = 5 * 1000;
    // A failed step (a team database restarted under the step's session, a lock held too long)
    // is tried again this many times, this long apart, before the round gives up.
    static constexpr int stepRetries = 3;
    static constexpr int defaultRetryMs = 5 * 1000;

    DeliveryPruner(TicketStore &store, const Clock &clock, QObject *parent = nullptr);

    void setLimits(int maxAgeDays, qint64 maxDeliveries);
    void setStepRows(int rows) { m_stepRows = std::max(rows, 1); }
    void setPauseMs(int ms) { m_pauseMs = std::max(ms, 0); }
    void setIntervalMs(int ms);
    void setFirstDelayMs(int ms) { m_firstDelayMs = std::max(ms, 0); }
    void setRetryMs(int ms) { m_retryMs = std::max(ms, 0); }
    // Where the steps run from the next one on; nullptr: on the store given above.
    // `thread` must outlive this pruner's rounds (stop it before destroying this).
    void setStoreThread(StoreThread *thread) { m_thread = thread; }

    // The first round after the first delay, then one every interval.
    void start();
    void stop();
    // Starts a round now unless one is under way.
    void runRound();
    bool isPruning() const { return m_pruning; }

    // The last finished round: when, and how many deliveries it deleted.
    QDateTime lastPruneAt() const { return m_lastPruneAt; }
    qint64 lastPruned() const { return m_lastPruned; }
    // Steps taken since construction (each one transaction).
    qint64 steps() const { return m_steps; }

Q_SIGNALS:
    // A round ended: all it could delete is gone (`ok`), or a step failed (and its
    // retries) and the next round tries again.
    void roundFinished(bool ok, qint64 deleted);

private:
    struct StepResult
    {
        std::optional<DeliveryPruneStep> done;
        QString error;
    };
    void step();
    void stepDone(quint64 round, const StepResult &result);
    void finish(bool ok);

    TicketStore &m_store;
    StoreThread *m_thread = nullptr;
    const Clock &m_clock;
    int m_maxAgeDays = 90;
    qint64 m_maxDeliveries = 1000000;
    int m_stepRows = defaultStepRows;
    int m_pauseMs = defaultPauseMs;
    int m_firstDelayMs = defaultFirstDelayMs;
    int m_retryMs = defaultRetryMs;
    int m_failedSteps = 0; // in a row, in this round
    QTimer m_interval;
    QTimer m_next; // the pause before the next step (or the first round)
    bool m_pruning = false;
    quint64 m_round = 0; // a step's result from an earlier (stopped) round is ignored
    qint64 m_roundDeleted = 0;
    QDateTime m_lastPruneAt;
    qint64 m_lastPruned = 0;
    qint64 m_steps = 0;
};

} // namespace TicketDesk
