// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/rejectionlimiter.h"
#include "support/manualclock.h"

#include <QTest>

using namespace TicketDesk;

// The per-peer cap on recorded rejected deliveries: which are admitted, what
// is counted, when the count is handed over, and that memory stays bounded.
class TestRejectionLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capPerMinute_data();
    void capPerMinute();
    void nextMinuteResets();
    void countHandedOverOnce();
    void peersStayBounded();
    void largeBodyBudget();
    void largeBodiesOfAllPeersShareABudget();
    void manyAddressesShareOneBudget();
    void anIpv6PeerIsItsSlash64();
    void theSharedBudgetSuppressesNoPeer();
};

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 6, 26), QTime(14, 0), Qt::UTC);
const QString peerA = QStringLiteral("203.0.113.7");
const QString peerB = QStringLiteral("198.51.100.2");

} // namespace

void TestRejectionLimiter::capPerMinute_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("admitted");
    QTest::newRow("under the cap") << 5 << 3 << 3;
    QTest::newRow("at the cap") << 5 << 5 << 5;
    QTest::newRow("over the cap") << 5 << 12 << 5;
    QTest::newRow("cap zero counts all") << 0 << 4 << 0;
}

void TestRejectionLimiter::capPerMinute()
{
    QFETCH(int, cap);
    QFETCH(int, sent);
    QFETCH(int, admitted);
    ManualClock clock(t0);
    RejectionLimiter limiter(clock, cap);
    int n = 0;
    for (int i = 0; i < sent; ++i) {
        n += limiter.admit(peerA) ? 1 : 0;
        clock.advance(1000); // all within the minute
    }
    QCOMPARE(n, admitted);
    // Another peer has a cap of its own.
    QCOMPARE(limiter.admit(peerB), cap > 0);
    // Nothing is handed over before the minute ends...
    QVERIFY(limiter.takeSuppressed().isEmpty());
    clock.set(t0.addSecs(60));
    // ...then the count, once, only for a peer that had any.
    const QList<RejectionLimiter::Suppressed> expected =
        sent > admitted ? QList<RejectionLimiter::Suppressed>{{peerA, sent - admitted, t0}}
                        : QList<RejectionLimiter::Suppressed>{};
    QCOMPARE(limiter.takeSuppressed(), expected);
}

void TestRejectionLimiter::nextMinuteResets()
{
    ManualClock clock(t0);
    RejectionLimiter limiter(clock, 2);
    QVERIFY(!limiter.isSuppressing(peerA));
    QVERIFY(limiter.admit(peerA));
    clock.advance(59'999);
    QVERIFY(limiter.admit(peerA));
    QVERIFY(!limiter.isSuppressing(peerA)); // at its cap, not over it
    QVERIFY(!limiter.admit(peerA));
    QVERIFY(limiter.isSuppressing(peerA));
    QVERIFY(!limiter.isSuppressing(peerB));
    clock.advance(1); // the peer's minute has ended
    QVERIFY(!limiter.isSuppressing(peerA));
    QVERIFY(limiter.admit(peerA));
    QVERIFY(limiter.admit(peerA));
    QVERIFY(!limiter.admit(peerA));
    QVERIFY(limiter.isSuppressing(peerA));
    QVERIFY(!limiter.admit(peerA));
    // The first minute's count was handed over when the second began.
    QCOMPARE(limiter.takeSuppressed(), (QList<RejectionLimiter::Suppressed>{{peerA, 1, t0}}));
    QCOMPARE(limiter.takeSuppressed(true), (QList<RejectionLimiter::Suppressed>{{peerA, 2, t0.addSecs(60)}}));
    QCOMPARE(limiter.trackedPeers(), 0);
}

void TestRejectionLimiter::countHandedOverOnce()
{
    ManualClock clock(t0);
    RejectionLimiter limiter(clock, 1);
    for (int i = 0; i < 100; ++i)
        limiter.admit(peerA);
    clock.advance(120'000);
    QCOMPARE(limiter.takeSuppressed(), (QList<RejectionLimiter::Suppressed>{{peerA, 99, t0}}));
    QVERIFY(limiter.takeSuppressed().isEmpty());
    QVERIFY(limiter.takeSuppressed(true).isEmpty());
}

void TestRejectionLimiter::peersStayBounded()
{
    ManualClock clock(t0);
    constexpr int maxPeers = 64;
    RejectionLimiter limiter(clock, 1, maxPeers);
    for (int i = 0; i < 10 * maxPeers; ++i) {
        const QString peer = QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256);
        // All of them within one minute: only the first allPeersShare are recorded.
        QCOMPARE(limiter.admit(peer), i < RejectionLimiter::allPeersShare);
        QVERIFY(!limiter.admit(peer));
        QVERIFY(limiter.trackedPeers() <= maxPeers);
    }
    QCOMPARE(limiter.trackedPeers(), maxPeers);
    // A peer pushed out hands its count over early rather than losing it: the largest counts each
    // on its own, the others as one.
    const auto total = [](const QList<RejectionLimiter::Suppressed> &counts, int *peers) {
        qint64 sum = 0;
        *peers = 0;
        for (const RejectionLimiter::Suppressed &s : counts) {
            sum += s.count;
            *peers += s.peers;
        }
        return sum;
    };
    const QList<RejectionLimiter::Suppressed> early = limiter.takeSuppressed();
    QCOMPARE(early.size(), RejectionLimiter::maxSuppressedPeers + 1);
    int peers = 0;
    // The first allPeersShare peers had one recorded and one counted; the others two counted.
    QCOMPARE(total(early, &peers), qint64(RejectionLimiter::allPeersShare + 2 * (9 * maxPeers - 10)));
    QCOMPARE(peers, 9 * maxPeers);
    QCOMPARE(early.first(), (RejectionLimiter::Suppressed{QStringLiteral("10.0.0.10"), 2, t0}));
    QCOMPARE(early.last().peer, QString());
    QCOMPARE(early.last().peers, 9 * maxPeers - RejectionLimiter::maxSuppressedPeers);
    QCOMPARE(early.last().since, t0);
    const QList<RejectionLimiter::Suppressed> rest = limiter.takeSuppressed(true);
    QCOMPARE(rest.size(), RejectionLimiter::maxSuppressedPeers + 1);
    QCOMPARE(total(rest, &peers), qint64(2 * maxPeers));
    QCOMPARE(peers, maxPeers);
    QCOMPARE(limiter.trackedPeers(), 0);
}

// Large bodies: at most the budget's bytes read per peer per minute; a valid
// one gives its bytes back; refused ones are counted as suppressed.
void TestRejectionLimiter::largeBodyBudget()
{
    ManualClock clock(t0);
    RejectionLimiter limiter(clock);
    limiter.setLargeBodyBudget(1000);
    // A peer never seen: its first body fits.
    QVERIFY(!limiter.refusesLargeBodies(peerA, 600));
    limiter.reserve(peerA, 600);
    // Two at once would not: the second is refused before it is read.
    QVERIFY(limiter.refusesLargeBodies(peerA, 600));
    QVERIFY(!limiter.refusesLargeBodies(peerA, 400)); // exactly the budget still fits
    QVERIFY(!limiter.refusesLargeBodies(peerB, 600)); // each peer has its own
    // The first turns out valid: its bytes are given back.
    limiter.release(peerA, 600);
    QVERIFY(!limiter.refusesLargeBodies(peerA, 1000));
    // A rejected one keeps them for the rest of the minute; refusals are counted, not recorded.
    limiter.reserve(peerA, 900);
    QVERIFY(limiter.admit(peerA)); // its rejection recorded (under the cap)
    QVERIFY(limiter.refusesLargeBodies(peerA, 200));
    limiter.countUnread(peerA, 200);
    limiter.countUnread(peerA, 200);
    QVERIFY(limiter.isSuppressing(peerA));
    // Suppressing: even a small large body is refused.
    QVERIFY(limiter.refusesLargeBodies(peerA, 1));
    limiter.release(peerA, 5000);                  // never below zero
    QVERIFY(limiter.refusesLargeBodies(peerA, 1)); // still suppressing
    // A new minute: the count handed over once, the budget whole again.
    clock.set(t0.addSecs(60));
    QVERIFY(!limiter.refusesLargeBodies(peerA, 1000));
    QCOMPARE(limiter.takeSuppressed(), (QList<RejectionLimiter::Suppressed>{{peerA, 2, t0}}));
    limiter.release(peerA, 100); // after its minute: nothing to give back, no window opened
    QVERIFY(limiter.takeSuppressed().isEmpty());
}

// 128 addresses each reading a 1 MiB body held 128 MiB: all peers together now read at most
// allPeersShare budgets' worth a minute.
void TestRejectionLimiter::largeBodiesOfAllPeersShareABudget()
{
    ManualClock clock(t0);
    RejectionLimiter limiter(clock);
    limiter.setLargeBodyBudget(1000);
    const auto peer = [](int i) { return QStringLiteral("10.1.0.%1").arg(i); };
    for (int i = 0; i < RejectionLimiter::allPeersShare; ++i) {
        QVERIFY(!limiter.refusesLargeBodies(peer(i), 1000));
        limiter.reserve(peer(i), 1000);
    }
    const QString next = peer(RejectionLimiter::allPeersShare);
    QVERIFY(limiter.refusesLargeBodies(next, 1)); // a peer never seen, with a budget of its own left
    // Refused for the others' use of the budget: counted, but this peer is not over its own cap
    // (its large bodies are not refused for the rest of its minute once the budget is back).
    limiter.countUnread(next, 1000);
    QVERIFY(!limiter.isSuppressing(next));
    // A valid one gives its bytes back to all of them too.
    limiter.release(peer(0), 1000);
    QVERIFY(!limiter.refusesLargeBodies(next, 1000));
    limiter.reserve(next, 1000);
    QVERIFY(limiter.refusesLargeBodies(peer(0), 1));
    // A new minute: the budget of all of them is whole again.
    clock.advance(60'000);
    QVERIFY(!limiter.refusesLargeBodies(peer(RejectionLimiter::allPeersShare + 1), 1000));
    limiter.release(peer(1), 1000); // after its minute: nothing below zero
    for (int i = 0; i < RejectionLimiter::allPeersShare; ++i)
        limiter.reserve(peer(20 + i), 1000);
    QVERIFY(limiter.refusesLargeBodies(peer(40), 1));
}

// 1,000 addresses sending 20 bad requests each recorded 20,000 rows (80 MiB) in 13 s: the cap was per
// address only. All peers together now record at most allPeersShare caps a minute.
void TestRejectionLimiter::manyAddressesShareOneBudget()
{
    ManualClock clock(t0);
    RejectionLimiter limiter(clock, 20);
    const int budget = 20 * RejectionLimiter::allPeersShare;
    int admitted = 0;
    for (int peer = 0; peer < 1000; ++peer) {
        for (int i = 0; i < 3; ++i)
            admitted += limiter.admit(QStringLiteral("10.0.%1.%2").arg(peer / 250).arg(peer % 250)) ? 1 : 0;
    }
    QCOMPARE(admitted, budget);
    // Counted, not lost: each peer's count is handed over when its minute ends.
    clock.advance(60'000);
    qint64 counted = 0;
    for (const RejectionLimiter::Suppressed &s : limiter.takeSuppressed())
        counted += s.count;
    QCOMPARE(counted + admitted, qint64(3000));
    // A new minute, a new budget.
    QVERIFY(limiter.admit(peerA));
}

// A peer left out only by the budget of all peers is not over its own cap: its large bodies are
// still read (Ripio's, while a botnet spends the budget).
void TestRejectionLimiter::theSharedBudgetSuppressesNoPeer()
{
    ManualClock clock(t0);
    RejectionLimiter limiter(clock, 20);
    for (int peer = 0; peer < 20 * RejectionLimiter::allPeersShare; ++peer)
        QVERIFY(limiter.admit(QStringLiteral("10.1.%1.%2").arg(peer / 250).arg(peer % 250)));
    QVERIFY(!limiter.admit(peerA)); // counted, not recorded
    QVERIFY(!limiter.isSuppressing(peerA));
    QVERIFY(!limiter.refusesLargeBodies(peerA, 100 * 1024));
    clock.advance(60'000);
    QCOMPARE(limiter.takeSuppressed().value(0), (RejectionLimiter::Suppressed{peerA, 1, t0}));
}

// An IPv6 host has a /64 of addresses: one peer, whichever of them it sends from.
void TestRejectionLimiter::anIpv6PeerIsItsSlash64()
{
    QCOMPARE(RejectionLimiter::peerKey(QStringLiteral("2001:db8:1:2:aaaa::7")), QStringLiteral("2001:db8:1:2::/64"));
    QCOMPARE(RejectionLimiter::peerKey(peerA), peerA);
    QCOMPARE(RejectionLimiter::peerKey(QStringLiteral("::ffff:203.0.113.7")), QStringLiteral("::ffff:203.0.113.7"));
    ManualClock clock(t0);
    RejectionLimiter limiter(clock, 3);
    int admitted = 0;
    for (int i = 1; i <= 10; ++i)
        admitted += limiter.admit(QStringLiteral("2001:db8:1:2::%1").arg(i, 0, 16)) ? 1 : 0;
    QCOMPARE(admitted, 3);
    QVERIFY(limiter.isSuppressing(QStringLiteral("2001:db8:1:2::ffff")));
    QVERIFY(!limiter.isSuppressing(QStringLiteral("2001:db8:1:3::1"))); // another /64
    QVERIFY(limiter.admit(QStringLiteral("2001:db8:1:3::1")));
    clock.advance(60'000);
    const QList<RejectionLimiter::Suppressed> counted = limiter.takeSuppressed();
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted[0].peer, QStringLiteral("2001:db8:1:2::/64"));
    QCOMPARE(counted[0].count, qint64(7));
}

QTEST_GUILESS_MAIN(TestRejectionLimiter)
#include "tst_rejectionlimiter.moc"
