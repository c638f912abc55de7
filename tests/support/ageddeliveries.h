// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/engineconfig.h"
#include "service/servicestate.h"
#include "store/deliveryrecord.h"
#include "store/ticketstore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

namespace TicketDesk {

// Thirty deliveries in `store`: twelve received 200 days before `now`, eighteen
// the day before. The limits of tighterRetention() delete twenty of them: the
// twelve for their age, eight more for the count.
inline bool addAgedDeliveries(TicketStore &store, const QDateTime &now)
{
    for (int i = 0; i < 30; ++i) {
        DeliveryRecord r;
        r.receivedAt = now.addDays(-(i < 12 ? 200 : 1)).addMSecs(i);
        r.verdict = QStringLiteral("applied");
        if (store.recordDelivery(r) <= 0)
            return false;
    }
    return true;
}

// `config` keeping deliveries 30 days, at most 10 of them.
inline EngineConfig tighterRetention(EngineConfig config)
{
    config.deliveryRetentionDays = 30;
    config.maxDeliveries = 10;
    return config;
}

// Waits up to `timeoutMs` for a listener state (from `states`, a spy on
// TicketService::retentionStateChanged) that tells of a finished round, and
// checks that it deleted the twenty and that ten are left. The caller checks
// QTest::currentTestFailed() after it.
inline void expectAgedDeliveriesPruned(QSignalSpy &states, TicketStore &store, int timeoutMs)
{
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.last().first().value<RetentionState>().lastPruneAt.isValid(),
                             timeoutMs);
    const RetentionState state = states.last().first().value<RetentionState>();
    QVERIFY(state.prunes);
    QCOMPARE(state.lastPruned, 20);
    const std::optional<DeliveryStats> stats = store.deliveryStats();
    QVERIFY2(stats.has_value(), qPrintable(store.lastError().message));
    QCOMPARE(stats->count, 10);
}

} // namespace TicketDesk
