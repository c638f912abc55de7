// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

#include <QDateTime>

namespace TicketDesk {

// The replay-window check on `issueDatetime`. It only reports: Ripio signs no
// delivery time, so the listener decides what "outside" means (by default the
// event is still applied and flagged late).
struct ReplayCheck
{
    bool withinWindow = false;
    qint64 skewMs = 0; // now - eventTime: positive when the event is in the past
};

inline constexpr int defaultReplayWindowSeconds = 300;

ReplayCheck checkReplayWindow(const QDateTime &eventTime, const Clock &clock,
                              int windowSeconds = defaultReplayWindowSeconds);

} // namespace TicketDesk
