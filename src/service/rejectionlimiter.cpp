// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/rejectionlimiter.h"

#include "core/clock.h"

#include <QHostAddress>

#include <algorithm>
#include <utility>

namespace TicketDesk {

namespace {

constexpr qint64 minuteMs = 60 * 1000;

} // namespace

RejectionLimiter::RejectionLimiter(const Clock &clock, int perMinute, int maxPeers)
    : m_clock(clock)
    , m_perMinute(std::max(perMinute, 0))
    , m_maxPeers(std::max(maxPeers, 1))
{}

void RejectionLimiter::setPerMinute(int perMinute)
{
    m_perMinute = std::max(perMinute, 0);
}

void RejectionLimiter::forget(QHash<QString, Window>::iterator it)
{
    if (it->suppressed > 0)
        m_ended.append(Suppressed{it.key(), it->suppressed, it->start});
    m_byAge.erase(it->order);
    m_peers.erase(it);
}

void RejectionLimiter::setLargeBodyBudget(qint64 bytes)
{
    m_largeBodyBudget = std::max<qint64>(bytes, 0);
}

RejectionLimiter::Window &RejectionLimiter::window(const QString &peer)
{
    const QDateTime now = m_clock.now();
    auto it = m_peers.find(peer);
    if (it != m_peers.end() && it->start.msecsTo(now) >= minuteMs) {
        forget(it);
        it = m_peers.end();
    }
    if (it == m_peers.end()) {
        if (m_peers.size() >= m_maxPeers)
            forget(m_peers.find(m_byAge.begin()->second));
        const qint64 order = m_nextOrder++;
        m_byAge.emplace(order, peer);
        it = m_peers.insert(peer, Window{now, order, 0, 0, 0, 0});
    }
    return *it;
}

const RejectionLimiter::Window *RejectionLimiter::liveWindow(const QString &peer) const
{
    const auto it = m_peers.constFind(peer);
    return it != m_peers.cend() && it->start.msecsTo(m_clock.now()) < minuteMs ? &*it : nullptr;
}

RejectionLimiter::Window *RejectionLimiter::liveWindow(const QString &peer)
{
    return const_cast<Window *>(std::as_const(*this).liveWindow(peer));
}

QString RejectionLimiter::peerKey(const QString &address)
{
    const QHostAddress a(address);
    bool mapped = false;
    a.toIPv4Address(&mapped);
    if (a.protocol() != QAbstractSocket::IPv6Protocol || mapped)
        return address;
    Q_IPV6ADDR bytes = a.toIPv6Address();
    std::fill(std::begin(bytes.c) + 8, std::end(bytes.c), quint8(0));
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

bool RejectionLimiter::admit(const QString &peer)
{
    Window &w = window(peerKey(peer));
    const QDateTime now = m_clock.now();
    if (!m_allStart.isValid() || m_allStart.msecsTo(now) >= minuteMs || now < m_allStart) {
        m_allStart = now;
        m_allRecorded = 0;
    }
    if (w.recorded < m_perMinute && m_allRecorded < m_perMinute * allPeersShare) {
        ++w.recorded;
        ++m_allRecorded;
        return true;
    }
    ++w.suppressed;
    // Counted all the same, but it does not make this peer one that is over its own cap.
    if (w.recorded < m_perMinute)
        ++w.sharedOut;
    return false;
}

bool RejectionLimiter::isSuppressing(const QString &peer) const
{
    const Window *w = liveWindow(peerKey(peer));
    return w && w->suppressed > w->sharedOut;
}

qint64 RejectionLimiter::allLargeBytes() const
{
    const QDateTime now = m_clock.now();
    const bool live = m_allLargeStart.isValid() && m_allLargeStart <= now && m_allLargeStart.msecsTo(now) < minuteMs;
    return live ? m_allLargeBytes : 0;
}

bool RejectionLimiter::refusedByItsOwn(const QString &peer, qint64 bytes) const
{
    if (isSuppressing(peer))
        return true;
    const Window *w = liveWindow(peerKey(peer));
    return w && w->largeBytes + bytes > m_largeBodyBudget;
}

bool RejectionLimiter::refusesLargeBodies(const QString &peer, qint64 bytes) const
{
    return refusedByItsOwn(peer, bytes) || allLargeBytes() + bytes > m_largeBodyBudget * allPeersShare;
}

void RejectionLimiter::reserve(const QString &peer, qint64 bytes)
{
    bytes = std::max<qint64>(bytes, 0);
    window(peerKey(peer)).largeBytes += bytes;
    if (allLargeBytes() == 0) { // a new minute for all of them
        m_allLargeStart = m_clock.now();
        m_allLargeBytes = 0;
    }
    m_allLargeBytes += bytes;
}

void RejectionLimiter::release(const QString &peer, qint64 bytes)
{
    // Only within the minute that reserved them: a new minute starts from zero anyway.
    bytes = std::max<qint64>(bytes, 0);
    if (Window *w = liveWindow(peerKey(peer)))
        w->largeBytes = std::max<qint64>(w->largeBytes - bytes, 0);
    if (allLargeBytes() > 0)
        m_allLargeBytes = std::max<qint64>(m_allLargeBytes - bytes, 0);
}

void RejectionLimiter::countUnread(const QString &peer, qint64 bytes)
{
    const bool byItself = refusedByItsOwn(peer, bytes);
    Window &w = window(peerKey(peer));
    ++w.suppressed;
    // Refused only for the budget of all peers (others used it up): counted, but it does not
    // make this peer one that is over its own cap.
    if (!byItself)
        ++w.sharedOut;
}

QList<RejectionLimiter::Suppressed> RejectionLimiter::takeSuppressed(bool all)
{
    const QDateTime now = m_clock.now();
    // Windows open in order of m_byAge, so the ended ones are at its front.
    while (!m_byAge.empty()) {
        auto it = m_peers.find(m_byAge.begin()->second);
        if (!all && it->start.msecsTo(now) < minuteMs)
            break;
        forget(it);
    }
    QList<Suppressed> ended = std::exchange(m_ended, {});
    // Folded only when two or more are left over: one is as well named.
    if (ended.size() <= maxSuppressedPeers + 1)
        return ended;
    std::stable_sort(ended.begin(), ended.end(),
                     [](const Suppressed &a, const Suppressed &b) { return a.count > b.count; });
    Suppressed others{QString(), 0, QDateTime(), 0};
    for (qsizetype i = maxSuppressedPeers; i < ended.size(); ++i) {
        const Suppressed &s = ended.at(i);
        others.count += s.count;
        others.peers += s.peers;
        if (!others.since.isValid() || s.since < others.since)
            others.since = s.since;
    }
    ended.resize(maxSuppressedPeers);
    ended.append(others);
    return ended;
}

} // namespace TicketDesk
