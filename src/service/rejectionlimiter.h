// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <map>

namespace TicketDesk {

class Clock;

// How many rejected webhook deliveries (bad signature, any 4xx) each peer may
// have recorded per minute; beyond that they are only counted. Ask admit() for
// each rejected delivery; takeSuppressed() hands over the counts of the peers
// whose minute has ended, once each, for the caller to store. A peer's minute
// starts at its first rejected delivery. Memory is bounded: at most `maxPeers`
// peers are tracked, and a new one pushes out the one tracked longest (its count
// is handed over early rather than lost).
//
// A sender with many addresses (a botnet, or an IPv6 host, which has a /64 of them) is not one
// peer: so an IPv6 peer is its /64 (its key, as "2001:db8:1:2::/64"), and all peers together may
// have at most allPeersShare times the cap recorded a minute; beyond that every peer's rejections
// are only counted.
//
// Large bodies have a budget of their own: a peer may have at most
// largeBodyBudget() bytes of large bodies read (reserve()d when their head
// arrives, release()d when they turn out valid) per minute. Beyond it, or
// beyond its cap, refusesLargeBodies(): the listener refuses them unread, and
// countUnread() counts each. So the first seconds of a flood of big bad bodies
// cost one or two bodies' reading and hashing, not a cap's worth of them. All
// peers together have allPeersShare times the budget: a sender with many
// addresses holds that much in memory at most, not a body per address.
class RejectionLimiter final
{
public:
    static constexpr int defaultPerMinute = 20;
    static constexpr int defaultMaxPeers = 4096;
    static constexpr qint64 defaultLargeBodyBudget = 1024 * 1024; // one body at the size limit
    static constexpr int allPeersShare = 10;                      // all peers together: this many peers' caps a minute
    // Whom a rejection from `address` counts against: the address, or an IPv6 address's /64.
    static QString peerKey(const QString &address);

    explicit RejectionLimiter(const Clock &clock, int perMinute = defaultPerMinute, int maxPeers = defaultMaxPeers);

    // 0 records none: every rejected delivery is only counted.
    void setPerMinute(int perMinute);
    int perMinute() const { return m_perMinute; }

    void setLargeBodyBudget(qint64 bytes);
    qint64 largeBodyBudget() const { return m_largeBodyBudget; }

    // True: record this rejected delivery from `peer`; false: it was only counted.
    bool admit(const QString &peer);
    // `peer` has gone over its cap this minute: its rejected deliveries are only
    // being counted (the listener then refuses its large bodies unread).
    bool isSuppressing(const QString &peer) const;

    // Whether a large body of `bytes` from `peer` is refused unread: the peer is
    // suppressing, or the body would take its large-body bytes this minute over
    // the budget.
    bool refusesLargeBodies(const QString &peer, qint64 bytes) const;
    // A large body from `peer` is about to be read: its bytes count against the
    // budget until release()d (a valid delivery) or for the rest of the minute.
    void reserve(const QString &peer, qint64 bytes);
    void release(const QString &peer, qint64 bytes);
    // A large body of `bytes` refused unread: counted as suppressed, never recorded.
    void countUnread(const QString &peer, qint64 bytes);

    // A takeSuppressed() hands over the counts of at most this many peers, the largest, and one
    // count for all the others: a sender with thousands of addresses makes a few rows and log
    // lines a minute, not one per address.
    static constexpr int maxSuppressedPeers = allPeersShare;

    struct Suppressed
    {
        QString peer; // empty for the count of several peers
        qint64 count = 0;
        QDateTime since; // start of the peer's minute (of the earliest, for several)
        int peers = 1;

        friend bool operator==(const Suppressed &, const Suppressed &) = default;
    };
    // The counts (non-zero) of peers whose minute has ended, or of every peer
    // when `all` (shutdown); each is handed over once and then forgotten. At most
    // maxSuppressedPeers of them, and one for the rest.
    QList<Suppressed> takeSuppressed(bool all = false);

    int trackedPeers() const { return int(m_peers.size()); }

private:
    struct Window
    {
        QDateTime start;
        qint64 order = 0; // key in m_byAge
        int recorded = 0;
        qint64 suppressed = 0;
        qint64 sharedOut = 0;  // of those, the ones only the budget of all peers left out
        qint64 largeBytes = 0; // large bodies read (or being read) this minute
    };
    void forget(QHash<QString, Window>::iterator it);
    // The peer's window of this minute, opened (and the oldest pushed out) if need be.
    Window &window(const QString &peer);
    // The peer's window if it is still in its minute; nullptr otherwise.
    const Window *liveWindow(const QString &peer) const;
    Window *liveWindow(const QString &peer);

    const Clock &m_clock;
    int m_perMinute;
    int m_maxPeers;
    qint64 m_largeBodyBudget = defaultLargeBodyBudget;
    qint64 m_nextOrder = 0;
    QDateTime m_allStart; // the minute of every peer's recorded rejections together
    int m_allRecorded = 0;
    QDateTime m_allLargeStart; // the minute of every peer's large bodies together
    qint64 m_allLargeBytes = 0;
    // m_allLargeBytes if its minute is still on, else 0.
    qint64 allLargeBytes() const;
    // A large body of `bytes` from `peer` refused for the peer's own doing (over its cap, or its
    // own budget), whatever the budget of all peers.
    bool refusedByItsOwn(const QString &peer, qint64 bytes) const;
    QHash<QString, Window> m_peers;
    std::map<qint64, QString> m_byAge; // oldest window first
    QList<Suppressed> m_ended;
};

} // namespace TicketDesk
