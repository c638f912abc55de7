// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/replaywindow.h"
#include "support/manualclock.h"

#include <QTest>

using namespace TicketDesk;

// Checks the replay-window verdict and skew against a pinned clock.
class TestReplayWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void defaultWindowIsFiveMinutes();
    void invalidEventTime();
    void followsTheClock();
};

namespace {

QDateTime pinnedNow()
{
    return QDateTime(QDate(2026, 6, 26), QTime(14, 30, 0), Qt::UTC);
}

} // namespace

void TestReplayWindow::check_data()
{
    QTest::addColumn<qint64>("eventOffsetMs"); // event time relative to now
    QTest::addColumn<int>("windowSeconds");
    QTest::addColumn<bool>("within");
    QTest::addColumn<qint64>("skewMs");

    QTest::newRow("now") << qint64(0) << 300 << true << qint64(0);
    QTest::newRow("10s-ago") << qint64(-10'000) << 300 << true << qint64(10'000);
    QTest::newRow("10s-ahead") << qint64(10'000) << 300 << true << qint64(-10'000);
    QTest::newRow("edge-past") << qint64(-300'000) << 300 << true << qint64(300'000);
    QTest::newRow("edge-future") << qint64(300'000) << 300 << true << qint64(-300'000);
    QTest::newRow("just-past-edge") << qint64(-300'001) << 300 << false << qint64(300'001);
    QTest::newRow("just-future-edge") << qint64(300'001) << 300 << false << qint64(-300'001);
    QTest::newRow("hour-ago") << qint64(-3'600'000) << 300 << false << qint64(3'600'000);
    QTest::newRow("day-ahead") << qint64(86'400'000) << 300 << false << qint64(-86'400'000);
    QTest::newRow("custom-60-inside") << qint64(-59'999) << 60 << true << qint64(59'999);
    QTest::newRow("custom-60-edge") << qint64(-60'000) << 60 << true << qint64(60'000);
    QTest::newRow("custom-60-outside") << qint64(-60'001) << 60 << false << qint64(60'001);
    QTest::newRow("custom-3600-inside") << qint64(-3'000'000) << 3600 << true << qint64(3'000'000);
    QTest::newRow("zero-window-exact") << qint64(0) << 0 << true << qint64(0);
    QTest::newRow("zero-window-1ms") << qint64(1) << 0 << false << qint64(-1);
}

void TestReplayWindow::check()
{
    QFETCH(qint64, eventOffsetMs);
    QFETCH(int, windowSeconds);
    QFETCH(bool, within);
    QFETCH(qint64, skewMs);

    const ManualClock clock(pinnedNow());
    const ReplayCheck c = checkReplayWindow(pinnedNow().addMSecs(eventOffsetMs), clock, windowSeconds);
    QCOMPARE(c.withinWindow, within);
    QCOMPARE(c.skewMs, skewMs);
}

void TestReplayWindow::defaultWindowIsFiveMinutes()
{
    const ManualClock clock(pinnedNow());
    QVERIFY(checkReplayWindow(pinnedNow().addSecs(-300), clock).withinWindow);
    QVERIFY(!checkReplayWindow(pinnedNow().addSecs(-301), clock).withinWindow);
    QVERIFY(!checkReplayWindow(pinnedNow().addSecs(301), clock).withinWindow);
}

void TestReplayWindow::invalidEventTime()
{
    const ManualClock clock(pinnedNow());
    const ReplayCheck c = checkReplayWindow(QDateTime(), clock);
    QVERIFY(!c.withinWindow);
    QCOMPARE(c.skewMs, qint64(0));
}

void TestReplayWindow::followsTheClock()
{
    // The same event moves out of the window as the clock advances: the check
    // must read "now" from the clock it is given.
    ManualClock clock(pinnedNow());
    const QDateTime event = pinnedNow();
    QVERIFY(checkReplayWindow(event, clock).withinWindow);
    clock.advance(300'000);
    QCOMPARE(checkReplayWindow(event, clock).skewMs, qint64(300'000));
    QVERIFY(checkReplayWindow(event, clock).withinWindow);
    clock.advance(1);
    QVERIFY(!checkReplayWindow(event, clock).withinWindow);
    // A time in another offset is the same instant.
    clock.set(pinnedNow());
    const QDateTime sameInstantElsewhere = pinnedNow().toOffsetFromUtc(-3 * 3600);
    QCOMPARE(checkReplayWindow(sameInstantElsewhere, clock).skewMs, qint64(0));
}

QTEST_GUILESS_MAIN(TestReplayWindow)
#include "tst_replaywindow.moc"
