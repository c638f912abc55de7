// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace TicketDesk {

// At most `perMinute` log lines of one kind a minute; the rest only counted. Anyone who can reach
// the listener can make it refuse requests: without a budget each refusal was a line, and the log
// grew without bound. The count of lines held back is said with the next line let through.
class LogBudget final
{
public:
    explicit LogBudget(int perMinute)
        : m_perMinute(perMinute)
    {}

    // Whether a line may be written at `now`; when it may, `*held` is the number of lines held
    // back since the last one written.
    bool admit(const QDateTime &now, qint64 *held)
    {
        if (!m_windowStart.isValid() || m_windowStart.msecsTo(now) >= 60'000 || now < m_windowStart) {
            m_windowStart = now;
            m_written = 0;
        }
        if (m_written >= m_perMinute) {
            ++m_held;
            return false;
        }
        ++m_written;
        *held = m_held;
        m_held = 0;
        return true;
    }

private:
    int m_perMinute;
    int m_written = 0;
    qint64 m_held = 0;
    QDateTime m_windowStart;
};

} // namespace TicketDesk
