// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

namespace TicketDesk {

// A clock that only moves when told to. For tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(start.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    // set() and advance() are time passing; step() is the computer's clock set forward or back
    // (by hand, NTP): now() moves, elapsedMs() does not.
    qint64 elapsedMs() const override { return m_now.toMSecsSinceEpoch() - m_steppedMs; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void step(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_steppedMs += ms;
    }

private:
    QDateTime m_now;
    qint64 m_steppedMs = 0;
};

} // namespace TicketDesk
