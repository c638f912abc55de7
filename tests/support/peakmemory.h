// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

// The freed-buffer quarantine of AddressSanitizer keeps every streamed chunk
// resident, which would turn a memory measurement into a measure of the
// sanitizer; a small quarantine keeps use-after-free detection working. (A
// definition, not a declaration: include this header from one source file of
// a test executable.)
#if defined(__SANITIZE_ADDRESS__)
#define TICKETDESK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TICKETDESK_ASAN 1
#endif
#endif
#ifdef TICKETDESK_ASAN
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=4";
}
#endif

namespace TicketDesk {

// The most a 50 MiB attachment may add to the peak resident memory while it is
// streamed (written into the database, or sent). A plain build stays near one
// chunk's copies (10-16 MiB measured) and must stay under 20 MiB. Under
// AddressSanitizer every 1-3 MiB buffer carries shadow memory and the allocator
// keeps freed pages (21-31 MiB measured for the same work), so the bound there
// is 45 MiB: still below what one whole copy of the file would add on its own.
#ifdef TICKETDESK_ASAN
constexpr qint64 streamedGrowthBoundKiB = 45 * 1024;
#else
constexpr qint64 streamedGrowthBoundKiB = 20 * 1024;
#endif

// This process's resident set size (VmRSS), in KiB; -1 when unknown.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// How far the resident memory grows while a test does something: samples
// residentKiB() every few milliseconds on a thread of its own from
// construction to stop(), so it sees the peak whether the test's thread is
// busy (a synchronous database write) or turning its event loop (an upload).
//
//     PeakMemory memory;
//     store.insertTicket(ticket);
//     qInfo("peak RSS growth %lld KiB", memory.growthKiB());
class PeakMemory final
{
public:
    PeakMemory()
        : m_before(residentKiB())
        , m_peak(m_before)
        , m_sampler([this] {
            while (!m_stop.load()) {
                sample();
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        })
    {}
    ~PeakMemory() { stop(); }
    Q_DISABLE_COPY_MOVE(PeakMemory)

    qint64 beforeKiB() const { return m_before; }
    // Ends the sampling (once) and takes a last sample.
    void stop()
    {
        m_stop.store(true);
        if (m_sampler.joinable())
            m_sampler.join();
        sample();
    }
    // The peak minus the size at construction; stops the sampling.
    qint64 growthKiB()
    {
        stop();
        return m_peak.load() - m_before;
    }

private:
    void sample()
    {
        const qint64 now = residentKiB();
        qint64 peak = m_peak.load();
        while (now > peak && !m_peak.compare_exchange_weak(peak, now)) {
        }
    }

    const qint64 m_before;
    std::atomic<qint64> m_peak;
    std::atomic<bool> m_stop{false};
    std::thread m_sampler;
};

} // namespace TicketDesk
