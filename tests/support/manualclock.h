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
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace TicketDesk
