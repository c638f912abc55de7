// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ticketmodel.h"
#include "support/manualclock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TicketDesk;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 6, 26), QTime(14, 30), Qt::UTC);

Ticket ticket(qint64 id, TicketStatus status = TicketStatus::Pending, const QString &summary = QString())
{
    Ticket t;
    t.id = id;
    t.status = status;
    t.customerId = QStringLiteral("cust-%1").arg(id);
    t.summary = summary.isEmpty() ? QStringLiteral("Summary %1").arg(id) : summary;
    t.ticketId = QStringLiteral("tid-%1").arg(id);
    t.createdAt = t0.addSecs(id);
    t.submittedAt = t0.addSecs(id + 1);
    if (status == TicketStatus::Created)
        t.issueKey = QStringLiteral("SUP-%1").arg(id);
    return t;
}

QList<Ticket> tickets(qint64 from, qint64 to)
{
    QList<Ticket> list;
    for (qint64 id = from; id <= to; ++id)
        list << ticket(id);
    return list;
}

} // namespace

class TestTicketModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadInsertsEachChunkOnce()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendLoaded(tickets(1, 100));
        model.appendLoaded(tickets(101, 150));
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 100);
        QCOMPARE(inserted.at(1).at(2).toInt(), 149);
        QCOMPARE(model.rowForId(150), 149);
        QCOMPARE(model.index(149, TicketModel::SummaryColumn).data().toString(), QStringLiteral("Summary 150"));
        QCOMPARE(model.count(TicketStatus::Pending), 150);
    }

    void streamingLoadAppliesSlicesAndAsksForMore()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy wanted(&model, &TicketModel::moreLoadWanted);
        QSignalSpy finished(&model, &TicketModel::loadFinished);
        QSignalSpy progress(&model, &TicketModel::loadProgress);
        model.beginLoad(12000);
        QVERIFY(model.isLoading());
        model.queueLoaded(tickets(1, 6000), false);
        // Queued, not applied in the signal's own call: the event loop applies it.
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(wanted.count(), 1); // few rows in hand
        QTRY_COMPARE(model.rowCount(), 6000);
        QCOMPARE(wanted.count(), 1); // one request in flight at a time
        QCOMPARE(finished.count(), 0);
        QVERIFY(model.isLoading());
        model.queueLoaded(tickets(6001, 12000), true);
        QCOMPARE(wanted.count(), 1); // the last chunk is in
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 12000);
        // Several slices, contiguous, in arrival order.
        QVERIFY(inserted.count() > 2);
        int next = 0;
        for (const QList<QVariant> &args : std::as_const(inserted)) {
            QCOMPARE(args.at(1).toInt(), next);
            next = args.at(2).toInt() + 1;
        }
        QCOMPARE(next, 12000);
        for (int r : {0, 5999, 6000, 11999})
            QCOMPARE(model.row(r).id, qint64(r + 1));
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(12000));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(12000));
        QCOMPARE(model.count(TicketStatus::Pending), 12000);
        QTest::qWait(20);
        QCOMPARE(finished.count(), 1);
    }

    void streamingLoadKeepsWhatLiveChangesDid()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &TicketModel::loadFinished);
        model.beginLoad(10);
        model.queueLoaded(tickets(1, 10), true);
        // Before the load reaches them: ticket 5 got its outcome, ticket 3 was
        // merged away (removed).
        model.enqueueChanged({ticket(5, TicketStatus::Created)});
        model.enqueueRemoved({3});
        model.applyPending();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.rowForId(3), -1);
        QCOMPARE(model.row(model.rowForId(5)).status, TicketStatus::Created);
        QCOMPARE(model.count(TicketStatus::Created), 1);
        QCOMPARE(model.count(TicketStatus::Pending), 8);
        // Once loaded, a ticket with that id may come back (it is a live change then).
        model.enqueueChanged({ticket(3, TicketStatus::Failed)});
        model.applyPending();
        QVERIFY(model.rowForId(3) >= 0);
    }

    void bigBurstIsAppliedInSteps()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendLoaded(tickets(1, 1000));
        model.setBatchBudgetMs(0); // a step ends at every check: 255 changes
        QSignalSpy applied(&model, &TicketModel::batchApplied);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<Ticket> outcomes;
        for (qint64 id = 1; id <= 1000; ++id)
            outcomes << ticket(id, TicketStatus::Created);
        model.enqueueChanged(outcomes);
        model.applyPending();
        QVERIFY(model.hasPending()); // the rest waits for the next pass of the event loop
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().at(0).value<QList<qint64>>().size(), 255);
        QTRY_VERIFY(!model.hasPending());
        QCOMPARE(applied.count(), 4);
        // Every row changed exactly once, in arrival order across the steps.
        QList<qint64> ids;
        for (const QList<QVariant> &args : std::as_const(applied))
            ids << args.at(0).value<QList<qint64>>();
        QCOMPARE(ids.size(), 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(ids.at(i), qint64(i + 1));
        int rows = 0;
        for (const QList<QVariant> &args : std::as_const(changed))
            rows += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
        QCOMPARE(rows, 1000);
        QCOMPARE(model.count(TicketStatus::Created), 1000);
        QCOMPARE(model.count(TicketStatus::Pending), 0);
    }

    void changeRemovedThenChangedAgainIsOneRow()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.enqueueChanged({ticket(4)});
        model.enqueueRemoved({4});
        model.enqueueChanged({ticket(4, TicketStatus::Failed)});
        model.applyPending();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.row(0).status, TicketStatus::Failed);
    }

    void loadSkipsRowsAlreadyKnown()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        model.enqueueChanged({ticket(5, TicketStatus::Created)});
        model.applyPending();
        model.appendLoaded(tickets(1, 10));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.row(model.rowForId(5)).status, TicketStatus::Created);
    }

    void burstOfNewRowsIsOneInsert()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendLoaded(tickets(1, 3));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy batches(&model, &TicketModel::batchApplied);
        model.enqueueChanged({ticket(10)});
        model.enqueueChanged({ticket(11), ticket(12)});
        model.enqueueChanged({ticket(13)});
        QCOMPARE(inserted.count(), 0); // coalesced until the batch
        QTRY_COMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 6);
        QCOMPARE(model.rowForId(13), 6);
        QCOMPARE(batches.count(), 1);
        QCOMPARE(batches.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{10, 11, 12, 13}));
    }

    void changedRowsEmitOneDataChangedPerRun()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendLoaded(tickets(1, 10)); // id n at row n-1
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.enqueueChanged({ticket(7, TicketStatus::Failed), ticket(3, TicketStatus::Created),
                              ticket(2, TicketStatus::Created), ticket(4, TicketStatus::Created)});
        model.applyPending();
        QCOMPARE(changed.count(), 2);
        const auto check = [&](int i, int first, int last) {
            const QModelIndex tl = changed.at(i).at(0).toModelIndex();
            const QModelIndex br = changed.at(i).at(1).toModelIndex();
            QCOMPARE(tl.row(), first);
            QCOMPARE(br.row(), last);
            QCOMPARE(tl.column(), 0);
            QCOMPARE(br.column(), TicketModel::ColumnCount - 1);
            const auto roles = changed.at(i).at(2).value<QList<int>>();
            QVERIFY(roles.contains(Qt::DisplayRole));
            QVERIFY(roles.contains(TicketModel::SortRole));
            QVERIFY(roles.contains(Qt::DecorationRole));
            QVERIFY(roles.contains(TicketModel::RetryableRole));
        };
        check(0, 1, 3);
        check(1, 6, 6);
        QCOMPARE(model.index(2, TicketModel::IssueKeyColumn).data().toString(), QStringLiteral("SUP-3"));
        QCOMPARE(model.index(6, TicketModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.count(TicketStatus::Created), 3);
        QCOMPARE(model.count(TicketStatus::Failed), 1);
        QCOMPARE(model.count(TicketStatus::Pending), 6);
    }

    void latestChangeWins()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        model.appendLoaded(tickets(1, 2));
        QSignalSpy batches(&model, &TicketModel::batchApplied);
        Ticket a = ticket(1, TicketStatus::Failed);
        Ticket b = ticket(1, TicketStatus::Created);
        model.enqueueChanged({a});
        model.enqueueChanged({b});
        model.applyPending();
        QCOMPARE(model.row(0).status, TicketStatus::Created);
        QCOMPARE(model.text(model.row(0).issueKey), QStringLiteral("SUP-1"));
        // The intermediate FAILED was never shown, so nothing "newly failed".
        QCOMPARE(batches.at(0).at(1).value<QList<qint64>>(), QList<qint64>());
    }

    void newlyFailedIsReported()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        model.appendLoaded(tickets(1, 2));
        QSignalSpy batches(&model, &TicketModel::batchApplied);
        model.enqueueChanged({ticket(2, TicketStatus::Failed), ticket(9, TicketStatus::Failed)});
        model.applyPending();
        QCOMPARE(batches.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{2, 9}));
    }

    void removalsRemoveContiguousRuns()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendLoaded(tickets(1, 8));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.enqueueRemoved({2, 3, 6});
        model.applyPending();
        QCOMPARE(removed.count(), 2);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowForId(2), -1);
        QCOMPARE(model.rowForId(7), 3);
        QCOMPARE(model.row(3).id, 7);
        QCOMPARE(model.count(TicketStatus::Pending), 5);
    }

    void retryColumn_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("retriedAs");
        QTest::addColumn<qint64>("retryOf");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("text");
        QTest::newRow("failed") << int(TicketStatus::Failed) << qint64(0) << qint64(0) << true
                                << QStringLiteral("Retry");
        QTest::newRow("rejected") << int(TicketStatus::Rejected) << qint64(0) << qint64(0) << true
                                  << QStringLiteral("Retry");
        QTest::newRow("unconfirmed") << int(TicketStatus::Unconfirmed) << qint64(0) << qint64(0) << true
                                     << QStringLiteral("Retry");
        QTest::newRow("failed, retried") << int(TicketStatus::Failed) << qint64(12) << qint64(0) << false
                                         << QStringLiteral("Retried as #12");
        QTest::newRow("created retry") << int(TicketStatus::Created) << qint64(0) << qint64(4) << false
                                       << QStringLiteral("Retry of #4");
        QTest::newRow("pending") << int(TicketStatus::Pending) << qint64(0) << qint64(0) << false << QString();
    }
    void retryColumn()
    {
        QFETCH(int, status);
        QFETCH(qint64, retriedAs);
        QFETCH(qint64, retryOf);
        QFETCH(bool, retryable);
        QFETCH(QString, text);
        ManualClock clock(t0);
        TicketModel model(clock);
        Ticket t = ticket(1, TicketStatus(status));
        t.retriedAs = retriedAs;
        t.retryOf = retryOf;
        model.appendLoaded({t});
        const QModelIndex i = model.index(0, TicketModel::RetryColumn);
        QCOMPARE(i.data(TicketModel::RetryableRole).toBool(), retryable);
        QCOMPARE(i.data().toString(), text);
    }

    // An UNCONFIRMED ticket retried, then its own webhook after all: the request is at Ripio
    // twice. Both rows say so, and the pair is told once, when the second of them registers.
    void filedTwiceIsShownAndToldOnce()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ticket original = ticket(4, TicketStatus::Unconfirmed);
        original.ticketId.clear();
        original.retriedAs = 9;
        Ticket retry = ticket(9, TicketStatus::Pending);
        retry.retryOf = 4;
        Ticket other = ticket(5, TicketStatus::Created); // no retry: never "twice"
        model.appendLoaded({original, other, retry});
        QSignalSpy twice(&model, &TicketModel::filedTwice);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        retry = ticket(9, TicketStatus::Created);
        retry.retryOf = 4;
        model.enqueueChanged({retry});
        model.applyPending();
        QCOMPARE(twice.count(), 0); // the original's fate is still unknown
        QCOMPARE(model.filedTwiceWith(model.row(model.rowForId(9))), qint64(0));
        QCOMPARE(model.index(model.rowForId(9), TicketModel::RetryColumn).data().toString(),
                 QStringLiteral("Retry of #4"));

        original = ticket(4, TicketStatus::Created);
        original.retriedAs = 9;
        changed.clear();
        model.enqueueChanged({original});
        model.applyPending();
        QCOMPARE(twice.count(), 1);
        QCOMPARE(twice.at(0).at(0).toLongLong(), qint64(4));
        QCOMPARE(twice.at(0).at(1).toLongLong(), qint64(9));
        QCOMPARE(model.filedTwiceWith(model.row(model.rowForId(4))), qint64(9));
        QCOMPARE(model.filedTwiceWith(model.row(model.rowForId(9))), qint64(4));
        QCOMPARE(model.filedTwiceWith(model.row(model.rowForId(5))), qint64(0));
        QCOMPARE(model.index(model.rowForId(4), TicketModel::RetryColumn).data().toString(),
                 QStringLiteral("Retried as #9, both registered"));
        const QModelIndex retryCell = model.index(model.rowForId(9), TicketModel::RetryColumn);
        QCOMPARE(retryCell.data().toString(), QStringLiteral("Retry of #4, both registered"));
        QVERIFY(retryCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("#4 and ticket #9")));
        // The retry's row did not change itself, yet what it shows did: the view is told.
        bool retryRowTold = false;
        for (const QList<QVariant> &args : std::as_const(changed))
            retryRowTold |= args.at(0).toModelIndex().row() <= retryCell.row() &&
                            args.at(1).toModelIndex().row() >= retryCell.row();
        QVERIFY(retryRowTold);

        // Its key told again: no second notice.
        model.enqueueChanged({original});
        model.applyPending();
        QCOMPARE(twice.count(), 1);
    }

    // A chain: A's answer lost, retried as B, B FAILED and retried as C, C registered; then A's
    // own webhook. A and C are the request twice (B, between them, is not).
    void filedTwiceAlongAChainOfRetries()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        Ticket a = ticket(1, TicketStatus::Unconfirmed);
        a.retriedAs = 2;
        Ticket b = ticket(2, TicketStatus::Failed);
        b.retryOf = 1;
        b.retriedAs = 3;
        Ticket c = ticket(3, TicketStatus::Created);
        c.retryOf = 2;
        model.appendLoaded({a, b, c});
        QSignalSpy twice(&model, &TicketModel::filedTwice);
        QCOMPARE(model.filedTwiceWith(model.row(model.rowForId(3))), qint64(0));
        a.status = TicketStatus::Created;
        model.enqueueChanged({a});
        model.applyPending();
        QCOMPARE(twice.count(), 1);
        QCOMPARE(twice.first().at(0).toLongLong(), qint64(1));
        QCOMPARE(twice.first().at(1).toLongLong(), qint64(3));
        QCOMPARE(model.filedTwiceWith(model.row(model.rowForId(1))), qint64(3));
        QCOMPARE(model.filedTwiceWith(model.row(model.rowForId(3))), qint64(1));
        QCOMPARE(model.filedTwiceWith(model.row(model.rowForId(2))), qint64(0)); // FAILED
        QCOMPARE(model.index(model.rowForId(1), TicketModel::RetryColumn).data().toString(),
                 QStringLiteral("Retried as #2, registered twice (#3)"));
        QCOMPARE(model.index(model.rowForId(3), TicketModel::RetryColumn).data().toString(),
                 QStringLiteral("Retry of #2, registered twice (#1)"));
    }

    // While the table loads, a row that arrives CREATED is no news: an old pair is not told again
    // at every start.
    void filedTwiceIsNotToldWhileLoading()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        Ticket original = ticket(4, TicketStatus::Created);
        original.retriedAs = 9;
        Ticket retry = ticket(9, TicketStatus::Created);
        retry.retryOf = 4;
        QSignalSpy twice(&model, &TicketModel::filedTwice);
        model.beginLoad(2);
        model.queueLoaded({original}, false);
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(model.isLoading());
        model.enqueueChanged({retry}); // the feed's news of a row the load has not reached yet
        model.applyPending();
        QCOMPARE(twice.count(), 0);
        QCOMPARE(model.filedTwiceWith(model.row(model.rowForId(9))), qint64(4)); // shown all the same
    }

    void waitingIsLiveAndFlagsStuck()
    {
        ManualClock clock(t0.addSecs(2));
        TicketModel model(clock);
        model.setStuckThresholdSeconds(60);
        model.appendLoaded({ticket(1), ticket(2, TicketStatus::Created)});
        const QModelIndex waiting = model.index(0, TicketModel::WaitingColumn);
        QCOMPARE(waiting.data().toString(), QStringLiteral("0 s"));
        QVERIFY(!waiting.data(TicketModel::StuckRole).toBool());
        const qint64 sortBefore = waiting.data(TicketModel::SortRole).toLongLong();
        clock.advance(45 * 1000);
        QCOMPARE(waiting.data().toString(), QStringLiteral("45 s"));
        QVERIFY(model.takeNewlyStuck().isEmpty());
        clock.advance(30 * 1000);
        QVERIFY(waiting.data(TicketModel::StuckRole).toBool());
        QVERIFY(waiting.data().toString().contains(QStringLiteral("stuck")));
        QCOMPARE(model.takeNewlyStuck(), QList<qint64>{1});
        QVERIFY(model.takeNewlyStuck().isEmpty()); // reported once
        // The threshold in the words of a setting, not a count of seconds.
        QCOMPARE(waiting.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("No outcome after 1 min: Ripio is asked directly."));
        // Long waits in the Insights tab's words: minutes and seconds, then hours, then days.
        clock.advance((7 * 60 + 5 - 75) * 1000); // 75 s so far: 7 min 5 s in all
        QCOMPARE(waiting.data().toString(), QStringLiteral("7 min 5 s (stuck)"));
        clock.advance(qint64(3 * 86400 + 4 * 3600) * 1000);
        QCOMPARE(waiting.data().toString(), QStringLiteral("3 d 4 h (stuck)"));
        // The sort key does not move with the clock.
        QCOMPARE(waiting.data(TicketModel::SortRole).toLongLong(), sortBefore);
        QCOMPARE(model.index(1, TicketModel::WaitingColumn).data().toString(), QString());
    }

    void stuckThresholdInAHumanSpan_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("span");
        QTest::newRow("seconds") << 45 << QStringLiteral("45 s");
        QTest::newRow("the default") << 120 << QStringLiteral("2 min");
        QTest::newRow("minutes and seconds") << 90 << QStringLiteral("1 min 30 s");
        QTest::newRow("an hour") << 3600 << QStringLiteral("1 h");
        QTest::newRow("hours and minutes") << 5400 << QStringLiteral("1 h 30 min");
        QTest::newRow("a day") << 86400 << QStringLiteral("24 h");
    }

    void stuckThresholdInAHumanSpan()
    {
        QFETCH(int, seconds);
        QFETCH(QString, span);
        ManualClock clock(t0);
        TicketModel model(clock);
        model.setStuckThresholdSeconds(seconds);
        model.appendLoaded({ticket(1)});
        clock.advance((qint64(seconds) + 3) * 1000); // submitted at t0 + 2 s
        const QModelIndex waiting = model.index(0, TicketModel::WaitingColumn);
        QVERIFY(waiting.data(TicketModel::StuckRole).toBool());
        QCOMPARE(waiting.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("No outcome after %1: Ripio is asked directly.").arg(span));
    }

    void highlightExpires()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        model.setHighlightMs(50);
        model.appendLoaded(tickets(1, 3));
        QVERIFY(!model.index(1, 0).data(TicketModel::HighlightRole).toBool());
        model.enqueueChanged({ticket(2, TicketStatus::Created)});
        model.applyPending();
        QVERIFY(model.index(1, 0).data(TicketModel::HighlightRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY(!model.index(1, 0).data(TicketModel::HighlightRole).toBool());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), (QList<int>{Qt::BackgroundRole, TicketModel::HighlightRole}));
    }

    void textSurvivesUpdates()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        model.appendLoaded({ticket(1, TicketStatus::Pending, QStringLiteral("Café ñandú"))});
        const qint64 arena = model.textArenaBytes();
        model.enqueueChanged({ticket(1, TicketStatus::Created, QStringLiteral("Café ñandú"))});
        model.applyPending();
        QCOMPARE(model.index(0, TicketModel::SummaryColumn).data().toString(), QStringLiteral("Café ñandú"));
        // Only the new issue key was added to the arena; unchanged strings were kept.
        QCOMPARE(model.textArenaBytes(), arena + qint64(QByteArrayLiteral("SUP-1").size()));
    }

    void operatorColumnShowsWhoCreatedIt()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        Ticket mine = ticket(1);
        mine.createdBy = QStringLiteral("alice");
        Ticket webhookOnly = ticket(2); // first seen through a webhook: nobody here made it
        model.appendLoaded({mine, webhookOnly});
        QCOMPARE(model.headerData(TicketModel::OperatorColumn, Qt::Horizontal).toString(), QStringLiteral("Operator"));
        QCOMPARE(model.index(0, TicketModel::OperatorColumn).data().toString(), QStringLiteral("alice"));
        QCOMPARE(model.index(1, TicketModel::OperatorColumn).data().toString(), QString());
        QCOMPARE(model.index(0, TicketModel::OperatorColumn).data(TicketModel::SortRole).toString(),
                 QStringLiteral("alice"));
    }

    void referenceAndCustomerIdColumns()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        Ticket t = ticket(1);
        t.reference = QStringLiteral("HD-4411");
        model.appendLoaded({t, ticket(2)});
        QCOMPARE(model.headerData(TicketModel::ReferenceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Your reference"));
        QCOMPARE(model.headerData(TicketModel::CustomerIdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Customer ID"));
        QCOMPARE(model.index(0, TicketModel::ReferenceColumn).data().toString(), QStringLiteral("HD-4411"));
        QCOMPARE(model.index(1, TicketModel::ReferenceColumn).data().toString(), QString());
        QCOMPARE(model.index(0, TicketModel::CustomerIdColumn).data().toString(), QStringLiteral("cust-1"));

        // A reference set later (a retry carries it; an edit) changes the row in place.
        t.reference = QStringLiteral("HD-4412");
        model.enqueueChanged({t});
        model.applyPending();
        QCOMPARE(model.index(0, TicketModel::ReferenceColumn).data().toString(), QStringLiteral("HD-4412"));
    }

    void customerColumnShowsTheDirectorysName()
    {
        ManualClock clock(t0);
        TicketModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ticket upper = ticket(3);
        upper.customerId = QStringLiteral("CUST-1"); // the same customer, its UUID typed in capitals
        model.appendLoaded({ticket(1), ticket(2), upper});
        // Unknown customers: the id, in the column and in the tooltip.
        QCOMPARE(model.index(0, TicketModel::CustomerColumn).data().toString(), QStringLiteral("cust-1"));
        QCOMPARE(model.index(0, TicketModel::CustomerColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("cust-1"));

        QSignalSpy directory(&model, &TicketModel::customerDirectoryChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        CustomerRecord alice;
        alice.customerId = QStringLiteral("Cust-1");
        alice.name = QStringLiteral("Alice Souza");
        alice.email = QStringLiteral("alice@example.com");
        CustomerRecord nobody; // in the directory, not in any ticket
        nobody.customerId = QStringLiteral("cust-9");
        nobody.name = QStringLiteral("Nobody");
        model.setCustomerDirectory({alice, nobody});
        QCOMPARE(directory.count(), 1);
        // One signal for the whole Customer column, not one per row.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, TicketModel::CustomerColumn));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(2, TicketModel::CustomerColumn));
        for (int row : {0, 2}) {
            QCOMPARE(model.index(row, TicketModel::CustomerColumn).data().toString(), QStringLiteral("Alice Souza"));
            QCOMPARE(model.index(row, TicketModel::CustomerColumn).data(TicketModel::SortRole).toString(),
                     QStringLiteral("Alice Souza"));
        }
        // The UUID stays in the tooltip and in its own column, spelt as first seen: one customer, one spelling.
        QCOMPARE(model.index(0, TicketModel::CustomerColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Alice Souza\nalice@example.com\ncust-1"));
        QCOMPARE(model.index(2, TicketModel::CustomerIdColumn).data().toString(), QStringLiteral("cust-1"));
        QCOMPARE(model.index(1, TicketModel::CustomerColumn).data().toString(), QStringLiteral("cust-2"));
        QCOMPARE(model.customer(QStringLiteral("CUST-1")).email, QStringLiteral("alice@example.com"));
        QCOMPARE(model.customer(QStringLiteral("cust-2")).name, QString());
        QCOMPARE(model.customer(QStringLiteral("cust-2")).customerId, QStringLiteral("cust-2"));

        // The same directory again changes nothing.
        model.setCustomerDirectory({alice, nobody});
        QCOMPARE(directory.count(), 1);
        QCOMPARE(changed.count(), 1);

        // One record: the customer of row 1 gets a name; a new ticket of a known customer shows it at once.
        CustomerRecord bob;
        bob.customerId = QStringLiteral("cust-2");
        bob.name = QStringLiteral("Bob Lima");
        model.setCustomer(bob);
        QCOMPARE(directory.count(), 2);
        QCOMPARE(model.index(1, TicketModel::CustomerColumn).data().toString(), QStringLiteral("Bob Lima"));
        Ticket later = ticket(10);
        later.customerId = QStringLiteral("cust-9");
        model.enqueueChanged({later});
        model.applyPending();
        QCOMPARE(model.index(model.rowForId(10), TicketModel::CustomerColumn).data().toString(),
                 QStringLiteral("Nobody"));

        // A ticket moved to another customer (a corrected id) shows that one.
        Ticket moved = ticket(1);
        moved.customerId = QStringLiteral("cust-2");
        model.enqueueChanged({moved});
        model.applyPending();
        QCOMPARE(model.index(0, TicketModel::CustomerColumn).data().toString(), QStringLiteral("Bob Lima"));

        // A directory without the names: back to the ids.
        model.setCustomerDirectory({});
        QCOMPARE(model.index(0, TicketModel::CustomerColumn).data().toString(), QStringLiteral("cust-2"));
        QCOMPARE(model.index(2, TicketModel::CustomerColumn).data().toString(), QStringLiteral("cust-1"));
    }
};

QTEST_MAIN(TestTicketModel)
#include "tst_ticketmodel.moc"
