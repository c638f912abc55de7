// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/replaywindow.h"

namespace TicketDesk {

ReplayCheck checkReplayWindow(const QDateTime &eventTime, const Clock &clock, int windowSeconds)
{
    ReplayCheck check;
    // An event without a usable time cannot prove it is fresh.
    if (!eventTime.isValid())
        return check;
    check.skewMs = eventTime.msecsTo(clock.now());
    const qint64 windowMs = qint64(qMax(windowSeconds, 0)) * 1000;
    const qint64 distance = check.skewMs < 0 ? -check.skewMs : check.skewMs;
    check.withinWindow = distance <= windowMs;
    return check;
}

} // namespace TicketDesk
