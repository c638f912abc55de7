// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/terminationsignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace TicketDesk;

namespace {

// The handler now installed for `signalNumber` (SIG_DFL, SIG_IGN or a function).
void (*disposition(int signalNumber))(int)
{
    struct sigaction current = {};
    ::sigaction(signalNumber, nullptr, &current);
    return current.sa_handler;
}

} // namespace

// SIGINT/SIGTERM raised in this very process arrive as received() through the event loop.
class TestTerminationSignals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveredThroughTheEventLoop_data();
    void deliveredThroughTheEventLoop();
    void burstOfSignals();
    void oneInstanceAtATime();
    void previousHandlersRestored();
    void nohupIsRespected();
};

void TestTerminationSignals::deliveredThroughTheEventLoop_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    // Its default would end the process at once, without the clean stop.
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestTerminationSignals::deliveredThroughTheEventLoop()
{
    QFETCH(int, signalNumber);
    TerminationSignals termination;
    QVERIFY2(termination.install(), qPrintable(termination.errorString()));
    QVERIFY(termination.isInstalled());
    QSignalSpy received(&termination, &TerminationSignals::received);
    QCOMPARE(::raise(signalNumber), 0);
    // The handler only wrote a byte: nothing is emitted until the event loop runs.
    QCOMPARE(received.count(), 0);
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.first().first().toInt(), signalNumber);
}

void TestTerminationSignals::burstOfSignals()
{
    TerminationSignals termination;
    QVERIFY(termination.install());
    QSignalSpy received(&termination, &TerminationSignals::received);
    QCOMPARE(::raise(SIGTERM), 0);
    QCOMPARE(::raise(SIGINT), 0);
    QCOMPARE(::raise(SIGTERM), 0);
    QTRY_COMPARE(received.count(), 3);
    QCOMPARE(received.at(0).first().toInt(), int(SIGTERM));
    QCOMPARE(received.at(1).first().toInt(), int(SIGINT));
    QCOMPARE(received.at(2).first().toInt(), int(SIGTERM));
}

void TestTerminationSignals::oneInstanceAtATime()
{
    TerminationSignals first;
    QVERIFY(first.install());
    QVERIFY(first.install()); // installing twice is harmless
    {
        TerminationSignals second;
        QVERIFY(!second.install());
        QVERIFY(!second.isInstalled());
        QVERIFY(!second.errorString().isEmpty());
    }
    // The refused one took nothing away from the first.
    QSignalSpy received(&first, &TerminationSignals::received);
    QCOMPARE(::raise(SIGTERM), 0);
    QTRY_COMPARE(received.count(), 1);
}

void TestTerminationSignals::previousHandlersRestored()
{
    // QtTest's own crash handler, or the default: whatever it is comes back.
    const auto termBefore = disposition(SIGTERM);
    const auto intBefore = disposition(SIGINT);
    {
        TerminationSignals termination;
        QVERIFY(termination.install());
        QVERIFY(disposition(SIGTERM) != termBefore);
        QVERIFY(disposition(SIGINT) != intBefore);
    }
    QVERIFY(disposition(SIGTERM) == termBefore);
    QVERIFY(disposition(SIGINT) == intBefore);
    // And a new instance may install again.
    TerminationSignals again;
    QVERIFY(again.install());
}

void TestTerminationSignals::nohupIsRespected()
{
    // Started under nohup: SIGHUP is ignored, and stays so.
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    struct sigaction before = {};
    QCOMPARE(::sigaction(SIGHUP, &ignore, &before), 0);
    {
        TerminationSignals termination;
        QVERIFY(termination.install());
        QVERIFY(disposition(SIGHUP) == SIG_IGN);
        QSignalSpy received(&termination, &TerminationSignals::received);
        QCOMPARE(::raise(SIGHUP), 0); // ignored: the test goes on
        QTest::qWait(50);
        QCOMPARE(received.count(), 0);
        QCOMPARE(::raise(SIGTERM), 0); // the others are still handled
        QTRY_COMPARE(received.count(), 1);
    }
    QVERIFY(disposition(SIGHUP) == SIG_IGN);
    ::sigaction(SIGHUP, &before, nullptr);
}

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
