// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace TicketDesk {

// The seam through which code asks for "now", so tests can pin it (replay
// window, stuck-ticket timers, token lifetimes, backoff). One SystemClock is built at start-up
// (app/application.cpp) and passed down; never global. Tests use support/manualclock.h.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace TicketDesk
