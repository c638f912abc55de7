// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <atomic>
#include <chrono>
#include <ctime>

namespace TicketDesk {

// The seam through which code asks for "now", so tests can pin it (replay
// window, stuck-ticket timers, token lifetimes, backoff). One SystemClock, followed by an
// AlignedClock, is built at start-up (app/application.cpp) and passed down; never global. Tests use
// support/manualclock.h.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    // Milliseconds on a steady count from an arbitrary start: for how long something has lasted
    // (an uptime, a token's lifetime). Unlike now(), it never steps back or jumps with the
    // computer's clock or a followed one. This default is the wall clock's (for clocks whose now()
    // is set by hand, where a step is time passing).
    virtual qint64 elapsedMs() const { return now().toMSecsSinceEpoch(); }

    // A reference clock (a team database's) was found `aheadMs` ahead of now() (negative:
    // behind), while followedOffsetMs() was `seenOffsetMs`. A clock that follows one
    // (AlignedClock) moves to it and says true; others ignore it.
    virtual bool follow(qint64 seenOffsetMs, qint64 aheadMs) const
    {
        Q_UNUSED(seenOffsetMs);
        Q_UNUSED(aheadMs);
        return false;
    }
    // How far now() is set from the clock under it.
    virtual qint64 followedOffsetMs() const { return 0; }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    // Linux's CLOCK_BOOTTIME: steady, and it counts the time the computer slept (a laptop closed
    // overnight has outlived its token); CLOCK_MONOTONIC, under steady_clock, stands still then.
    qint64 elapsedMs() const override
    {
#ifdef CLOCK_BOOTTIME
        timespec ts{};
        if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0)
            return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
#endif
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

// A clock that keeps to a reference: another clock's time, moved by what follow() was told. On a
// team database every process takes the database server's time, so that leases, heartbeats and
// durations written by computers whose clocks disagree still compare (a server 5 minutes ahead
// took another's tickets in flight for abandoned). Safe to read and follow from any thread.
class AlignedClock final : public Clock
{
public:
    explicit AlignedClock(const Clock &base)
        : m_base(base)
    {}
    // Differences smaller than this are left alone (a round trip's uncertainty, not a wrong clock).
    static constexpr qint64 toleranceMs = 500;

    QDateTime now() const override { return m_base.now().addMSecs(m_offsetMs.load(std::memory_order_relaxed)); }
    qint64 elapsedMs() const override { return m_base.elapsedMs(); } // the offset is a step, not time passing
    // Moves only from the offset the measurement saw: of two threads that measured the same
    // difference at once, one moves it.
    bool follow(qint64 seenOffsetMs, qint64 aheadMs) const override
    {
        if (aheadMs > -toleranceMs && aheadMs < toleranceMs)
            return false;
        qint64 expected = seenOffsetMs;
        return m_offsetMs.compare_exchange_strong(expected, seenOffsetMs + aheadMs);
    }
    qint64 followedOffsetMs() const override { return m_offsetMs.load(); }

private:
    const Clock &m_base;
    mutable std::atomic<qint64> m_offsetMs{0};
};

} // namespace TicketDesk
