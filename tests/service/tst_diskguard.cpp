// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/diskguard.h"
#include "support/fakefreespace.h"
#include "support/manualclock.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TicketDesk;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// A guard on a fake probe that reports 1 GiB free, thresholds 256 and 64 MiB.
struct Probed
{
    ManualClock clock{QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC)};
    std::shared_ptr<FakeFreeSpace::State> disk = std::make_shared<FakeFreeSpace::State>();
    DiskGuard guard{clock};

    Probed()
    {
        disk->bytes = 1024 * MiB;
        guard.setProbe(std::make_unique<FakeFreeSpace>(disk));
        guard.setThresholds(256 * MiB, 64 * MiB);
    }
};

} // namespace

// DiskGuard: the two thresholds, the probe's rate, the store's DiskFull, no probe.
class TestDiskGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelsFollowFreeSpace();
    void probesAtMostOncePerInterval();
    void storeDiskFullHoldsUntilRoom();
    void withoutProbeOnlyStoreCounts();
    void realVolumeAnswers();
};

void TestDiskGuard::levelsFollowFreeSpace()
{
    Probed p;
    auto &[clock, disk, guard] = p;
    qint64 &free = disk->bytes;
    QCOMPARE(guard.level(), DiskGuard::Level::Ok);
    QVERIFY(guard.reason().isEmpty());

    free = 100 * MiB;
    clock.advance(DiskGuard::defaultCheckIntervalMs);
    QCOMPARE(guard.level(), DiskGuard::Level::Low);
    QVERIFY2(guard.reason().contains(QLatin1StringView("100.0 MiB")), qPrintable(guard.reason()));

    free = 10 * MiB;
    clock.advance(DiskGuard::defaultCheckIntervalMs);
    QCOMPARE(guard.level(), DiskGuard::Level::Critical);
    QVERIFY(guard.reason().contains(QLatin1StringView("503")));
    QCOMPARE(guard.lastFreeBytes(), 10 * MiB);

    free = 300 * MiB;
    clock.advance(DiskGuard::defaultCheckIntervalMs);
    QCOMPARE(guard.level(), DiskGuard::Level::Ok);
    QCOMPARE(DiskGuard::levelName(DiskGuard::Level::Critical), QStringLiteral("critical"));
}

void TestDiskGuard::probesAtMostOncePerInterval()
{
    Probed p;
    auto &[clock, disk, guard] = p;
    qint64 &free = disk->bytes;
    for (int i = 0; i < 1000; ++i)
        guard.level();
    QCOMPARE(disk->calls, 1);
    // A change inside the interval is seen only when it ends.
    free = 1 * MiB;
    clock.advance(DiskGuard::defaultCheckIntervalMs - 1);
    QCOMPARE(guard.level(), DiskGuard::Level::Ok);
    clock.advance(1);
    QCOMPARE(guard.level(), DiskGuard::Level::Critical);
    QCOMPARE(disk->calls, 2);
}

void TestDiskGuard::storeDiskFullHoldsUntilRoom()
{
    Probed p;
    auto &[clock, disk, guard] = p;
    QCOMPARE(guard.level(), DiskGuard::Level::Ok);
    QCOMPARE(guard.lastFreeBytes(), 1024 * MiB);
    // The volume filled since that check: the free space given with the failure is today's.
    disk->bytes = 0;
    guard.noteDiskFull();
    QCOMPARE(guard.level(), DiskGuard::Level::Critical);
    QVERIFY(guard.reason().contains(QLatin1StringView("full")));
    QCOMPARE(guard.lastFreeBytes(), 0);
    disk->bytes = 1024 * MiB;
    // The probe finds room at the next check: writing is tried again.
    clock.advance(DiskGuard::defaultCheckIntervalMs);
    QCOMPARE(guard.level(), DiskGuard::Level::Ok);
}

void TestDiskGuard::withoutProbeOnlyStoreCounts()
{
    ManualClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    DiskGuard guard(clock);
    QVERIFY(!guard.hasProbe());
    QCOMPARE(guard.level(), DiskGuard::Level::Ok);
    QCOMPARE(guard.lastFreeBytes(), -1);
    guard.noteDiskFull();
    QCOMPARE(guard.level(), DiskGuard::Level::Critical);
    clock.advance(DiskGuard::defaultCheckIntervalMs);
    QCOMPARE(guard.level(), DiskGuard::Level::Ok);
}

void TestDiskGuard::realVolumeAnswers()
{
    QTemporaryDir dir;
    VolumeFreeSpace volume(dir.path());
    QVERIFY(volume.bytesFree() > 0);
}

QTEST_GUILESS_MAIN(TestDiskGuard)
#include "tst_diskguard.moc"
