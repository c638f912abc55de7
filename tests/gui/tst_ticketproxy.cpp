// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ticketmodel.h"
#include "gui/ticketproxy.h"
#include "namedcustomer.h"
#include "support/manualclock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TicketDesk;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 6, 26), QTime(14, 30), Qt::UTC);

Ticket ticket(qint64 id, TicketStatus status, const QString &customer, const QString &summary, const QString &key,
              qint64 createdOffset)
{
    Ticket t;
    t.id = id;
    t.status = status;
    t.customerId = customer;
    t.summary = summary;
    t.issueKey = key;
    t.ticketId = QStringLiteral("0000-tid-%1").arg(id);
    t.createdAt = t0.addSecs(createdOffset);
    t.submittedAt = t0.addSecs(createdOffset + 1);
    return t;
}

QList<qint64> ids(const QAbstractItemModel &proxy)
{
    QList<qint64> out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out << proxy.index(r, 0).data(TicketModel::IdRole).toLongLong();
    return out;
}

QList<qint64> sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// The five rows every test starts from.
QList<Ticket> fixture()
{
    return {
        ticket(1, TicketStatus::Created, QStringLiteral("alice-uuid"), QStringLiteral("Deposit missing"),
               QStringLiteral("SUP-12"), 30),
        ticket(2, TicketStatus::Failed, QStringLiteral("bob-uuid"), QStringLiteral("card declined"), QString(), 10),
        ticket(3, TicketStatus::Pending, QStringLiteral("carol-uuid"), QStringLiteral("Niño: cambio de CBU"), QString(),
               20),
        ticket(4, TicketStatus::Rejected, QStringLiteral("alice-uuid"), QStringLiteral("Bank refund"), QString(), 40),
        ticket(5, TicketStatus::Created, QStringLiteral("dave-uuid"), QStringLiteral("email change"),
               QStringLiteral("SUP-120"), 5),
    };
}

} // namespace

class TestTicketProxy : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{t0.addSecs(100)};
    TicketModel *m_model = nullptr;
    TicketProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = new TicketModel(m_clock, this);
        m_model->appendLoaded(fixture());
        m_proxy = new TicketProxy(this);
        m_proxy->setTicketModel(m_model);
        m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_model;
    }

    void statusFilter_data()
    {
        QTest::addColumn<QList<int>>("shown");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("all") << QList<int>{0, 1, 2, 3, 4, 5, 6} << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("created") << QList<int>{int(TicketStatus::Created)} << QList<qint64>{1, 5};
        QTest::newRow("retryable") << QList<int>{int(TicketStatus::Failed), int(TicketStatus::Rejected),
                                                 int(TicketStatus::Unconfirmed)}
                                   << QList<qint64>{2, 4};
        QTest::newRow("none") << QList<int>{} << QList<qint64>{};
    }
    void statusFilter()
    {
        QFETCH(QList<int>, shown);
        QFETCH(QList<qint64>, expected);
        quint32 mask = 0;
        for (int s : shown)
            mask |= 1u << s;
        m_proxy->setStatusMask(mask);
        QCOMPARE(sorted(ids(*m_proxy)), expected);
    }

    void textFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("issue key, any case") << QStringLiteral("sup-12") << QList<qint64>{1, 5};
        QTest::newRow("exact longer key") << QStringLiteral("SUP-120") << QList<qint64>{5};
        QTest::newRow("customer") << QStringLiteral("ALICE") << QList<qint64>{1, 4};
        QTest::newRow("summary") << QStringLiteral("declined") << QList<qint64>{2};
        QTest::newRow("ticket id") << QStringLiteral("tid-3") << QList<qint64>{3};
        QTest::newRow("non-ascii, any case") << QStringLiteral("NIÑO") << QList<qint64>{3};
        QTest::newRow("typed without its accent") << QStringLiteral("nino") << QList<qint64>{3};
        QTest::newRow("an accent the text lacks") << QStringLiteral("CBÚ") << QList<qint64>{3};
        QTest::newRow("trimmed") << QStringLiteral("  refund ") << QList<qint64>{4};
        QTest::newRow("no match") << QStringLiteral("zzz") << QList<qint64>{};
        // The first byte's candidates: a failed lower-case one before an upper-case match,
        // an upper-case first letter, a match that ends the field, a first byte that is no letter.
        QTest::newRow("later candidate, other case") << QStringLiteral("cbu") << QList<qint64>{3};
        QTest::newRow("upper-case first letter") << QStringLiteral("bank") << QList<qint64>{4};
        QTest::newRow("at the very end") << QStringLiteral("-UUID") << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("not a letter first") << QStringLiteral("-12") << QList<qint64>{1, 5};
        QTest::newRow("longer than any field") << QString(QLatin1Char('a')).repeated(60) << QList<qint64>{};
        QTest::newRow("empty") << QString() << QList<qint64>{1, 2, 3, 4, 5};
    }
    void textFilter()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        m_proxy->setText(text);
        QCOMPARE(sorted(ids(*m_proxy)), expected);
    }

    void searchFindsNamesEmailsAndReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("name, any case") << QStringLiteral("souza") << QList<qint64>{1, 4};
        QTest::newRow("email") << QStringLiteral("BOB@EXAMPLE") << QList<qint64>{2};
        QTest::newRow("non-ascii name") << QStringLiteral("ÁVILA") << QList<qint64>{3};
        QTest::newRow("reference") << QStringLiteral("hd-77") << QList<qint64>{5};
        QTest::newRow("reference, non-ascii") << QStringLiteral("CAÑA") << QList<qint64>{2};
        QTest::newRow("name typed without accents") << QStringLiteral("avila") << QList<qint64>{3};
        QTest::newRow("reference typed without accents") << QStringLiteral("cana-") << QList<qint64>{2};
        QTest::newRow("uuid still") << QStringLiteral("carol-uu") << QList<qint64>{3};
        QTest::newRow("a directory customer without tickets") << QStringLiteral("nobody") << QList<qint64>{};
    }
    void searchFindsNamesEmailsAndReferences()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        const CustomerRecord alice = namedCustomer(QStringLiteral("alice-uuid"), QStringLiteral("Alice Souza"),
                                                   QStringLiteral("alice@example.com"));
        const CustomerRecord bob =
            namedCustomer(QStringLiteral("bob-uuid"), QString(), QStringLiteral("bob@example.com"));
        const CustomerRecord carol = namedCustomer(QStringLiteral("carol-uuid"), QStringLiteral("Carol Ávila"));
        const CustomerRecord nobody = namedCustomer(QStringLiteral("x-uuid"), QStringLiteral("Nobody"));
        m_model->setCustomerDirectory({alice, bob, carol, nobody});
        Ticket five = ticket(5, TicketStatus::Created, QStringLiteral("dave-uuid"), QStringLiteral("email change"),
                             QStringLiteral("SUP-120"), 5);
        five.reference = QStringLiteral("HD-7788");
        Ticket two =
            ticket(2, TicketStatus::Failed, QStringLiteral("bob-uuid"), QStringLiteral("card declined"), QString(), 10);
        two.reference = QStringLiteral("caña-1");
        m_model->enqueueChanged({five, two});
        m_model->applyPending();
        m_proxy->setText(text);
        QCOMPARE(sorted(ids(*m_proxy)), expected);
    }

    void directoryChangeRefiltersAndResorts()
    {
        m_proxy->sort(TicketModel::CustomerColumn, Qt::AscendingOrder);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{1, 4, 2, 3, 5})); // by UUID: alice, bob, carol, dave
        m_proxy->setText(QStringLiteral("zed"));
        QCOMPARE(ids(*m_proxy), QList<qint64>{});
        QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(m_proxy, &QAbstractItemModel::dataChanged);
        // Names arrive: "Zed" for dave, so the search finds him and he sorts last; Aaron sorts first.
        m_model->setCustomerDirectory({namedCustomer(QStringLiteral("dave-uuid"), QStringLiteral("Zed Díaz")),
                                       namedCustomer(QStringLiteral("bob-uuid"), QStringLiteral("Aaron Bob"))});
        QCOMPARE(ids(*m_proxy), QList<qint64>{5});
        m_proxy->setText(QString());
        QCOMPARE(ids(*m_proxy), (QList<qint64>{2, 1, 4, 3, 5}));

        // Sorted by something else, names only repaint the column.
        m_proxy->sort(TicketModel::CreatedColumn, Qt::AscendingOrder);
        layout.clear();
        changed.clear();
        m_model->setCustomer(namedCustomer(QStringLiteral("carol-uuid"), QStringLiteral("C")));
        QCOMPARE(layout.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), m_proxy->index(0, TicketModel::CustomerColumn));
        QCOMPARE(changed.first().at(1).toModelIndex(), m_proxy->index(4, TicketModel::CustomerColumn));
        QCOMPARE(m_proxy->index(2, TicketModel::CustomerColumn).data().toString(), QStringLiteral("C"));
    }

    void filtersCombine()
    {
        m_proxy->setText(QStringLiteral("alice"));
        m_proxy->setStatusShown(TicketStatus::Created, false);
        QCOMPARE(ids(*m_proxy), QList<qint64>{4});
    }

    void settersReturnEarly()
    {
        m_proxy->setText(QStringLiteral("alice"));
        QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
        m_proxy->setText(QStringLiteral("alice "));
        m_proxy->setStatusMask(TicketProxy::allStatuses);
        QCOMPARE(removed.count() + inserted.count() + layout.count() + reset.count(), 0);
    }

    // The tickets of a chart's bar: created in a range, by an operator, for a customer (any case), in a set of
    // statuses, optionally only those with both times; on top of the status filter and the search.
    void narrowing_data()
    {
        QTest::addColumn<TicketNarrowing>("narrowing");
        QTest::addColumn<QList<qint64>>("expected");
        const qint64 base = t0.toMSecsSinceEpoch();
        TicketNarrowing range;
        range.createdFromMs = base + 10 * 1000;  // ticket 2 created exactly here: in
        range.createdUntilMs = base + 30 * 1000; // ticket 1 created exactly here: out
        QTest::newRow("created range, end excluded") << range << QList<qint64>{2, 3};
        TicketNarrowing open;
        open.statusMask = (1u << int(TicketStatus::Queued)) | (1u << int(TicketStatus::Submitting)) |
                          (1u << int(TicketStatus::Pending));
        QTest::newRow("open statuses") << open << QList<qint64>{3};
        TicketNarrowing customer;
        customer.customerId = QStringLiteral("ALICE-UUID");
        QTest::newRow("customer in any case") << customer << QList<qint64>{1, 4};
        TicketNarrowing author;
        author.createdBy = QStringLiteral("ana");
        QTest::newRow("operator, exact") << author << QList<qint64>{1, 2};
        TicketNarrowing timed;
        timed.statusMask = (1u << int(TicketStatus::Created)) | (1u << int(TicketStatus::Failed));
        timed.timedOnly = true;
        QTest::newRow("timed CREATED and FAILED") << timed << QList<qint64>{1, 2};
        TicketNarrowing all = range;
        all.createdBy = QStringLiteral("ana");
        all.statusMask = 1u << int(TicketStatus::Failed);
        QTest::newRow("everything at once") << all << QList<qint64>{2};
    }
    void narrowing()
    {
        QFETCH(TicketNarrowing, narrowing);
        QFETCH(QList<qint64>, expected);
        // The rows with operators and outcome times: ana wrote 1 and 2 (both with outcomes), "anabel" wrote 5
        // (CREATED, but without both times). An operator never changes: it is there from the load.
        QList<Ticket> rows = fixture();
        for (Ticket &t : rows) {
            if (t.id == 1 || t.id == 2 || t.id == 5) {
                t.createdBy = t.id == 5 ? QStringLiteral("anabel") : QStringLiteral("ana");
                t.outcomeAt = t.createdAt.addSecs(60);
            }
            if (t.id == 5)
                t.submittedAt = QDateTime();
        }
        TicketModel model(m_clock);
        model.appendLoaded(rows);
        TicketProxy proxy;
        proxy.setTicketModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(narrowing.isActive());
        proxy.setNarrowing(narrowing);
        QVERIFY(proxy.isNarrowed());
        QCOMPARE(sorted(ids(proxy)), expected);
        // The status filter and the search still apply on top.
        proxy.setStatusShown(TicketStatus::Created, false);
        QList<qint64> withoutCreated;
        for (qint64 id : expected) {
            if (model.row(model.rowForId(id)).status != TicketStatus::Created)
                withoutCreated << id;
        }
        QCOMPARE(sorted(ids(proxy)), withoutCreated);
        proxy.setStatusShown(TicketStatus::Created, true);
        // Ended by a default value: every row again.
        proxy.setNarrowing({});
        QVERIFY(!proxy.isNarrowed());
        QCOMPARE(sorted(ids(proxy)), (QList<qint64>{1, 2, 3, 4, 5}));
    }

    void narrowingSetterReturnsEarly()
    {
        TicketNarrowing n;
        n.statusMask = 1u << int(TicketStatus::Created);
        m_proxy->setNarrowing(n);
        QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
        m_proxy->setNarrowing(n);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(sorted(ids(*m_proxy)), (QList<qint64>{1, 5}));
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("created asc") << int(TicketModel::CreatedColumn) << int(Qt::AscendingOrder)
                                     << QList<qint64>{5, 2, 3, 1, 4};
        QTest::newRow("created desc") << int(TicketModel::CreatedColumn) << int(Qt::DescendingOrder)
                                      << QList<qint64>{4, 1, 3, 2, 5};
        QTest::newRow("status asc, ties by id")
            << int(TicketModel::StatusColumn) << int(Qt::AscendingOrder) << QList<qint64>{3, 1, 5, 2, 4};
        QTest::newRow("summary, case-insensitive")
            << int(TicketModel::SummaryColumn) << int(Qt::AscendingOrder) << QList<qint64>{4, 2, 1, 5, 3};
        QTest::newRow("customer") << int(TicketModel::CustomerColumn) << int(Qt::AscendingOrder)
                                  << QList<qint64>{1, 4, 2, 3, 5};
        QTest::newRow("customer id") << int(TicketModel::CustomerIdColumn) << int(Qt::DescendingOrder)
                                     << QList<qint64>{5, 3, 2, 4, 1};
        QTest::newRow("retry affordance first")
            << int(TicketModel::RetryColumn) << int(Qt::DescendingOrder) << QList<qint64>{4, 2, 5, 3, 1};
    }
    void sort()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QList<qint64>, expected);
        m_proxy->sort(column, Qt::SortOrder(order));
        QCOMPARE(ids(*m_proxy), expected);
    }

    void sortRolesAreRaw()
    {
        const QModelIndex created = m_model->index(0, TicketModel::CreatedColumn);
        QCOMPARE(created.data(TicketModel::SortRole).toLongLong(), t0.addSecs(30).toMSecsSinceEpoch());
        QCOMPARE(m_model->index(1, TicketModel::StatusColumn).data(TicketModel::SortRole).toInt(),
                 int(TicketStatus::Failed));
    }

    void liveChangeRefilters()
    {
        m_proxy->setStatusMask(1u << int(TicketStatus::Pending));
        QCOMPARE(ids(*m_proxy), QList<qint64>{3});
        m_model->enqueueChanged({ticket(3, TicketStatus::Created, QStringLiteral("carol-uuid"),
                                        QStringLiteral("Niño: cambio de CBU"), QStringLiteral("SUP-77"), 20)});
        m_model->applyPending();
        QCOMPARE(ids(*m_proxy), QList<qint64>{});
        m_proxy->setStatusMask(TicketProxy::allStatuses);
        m_proxy->setText(QStringLiteral("sup-77"));
        QCOMPARE(ids(*m_proxy), QList<qint64>{3});
    }

    void unmovedChangeIsDataChangedOnly()
    {
        m_proxy->sort(TicketModel::CreatedColumn, Qt::AscendingOrder);
        QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(m_proxy, &QAbstractItemModel::dataChanged);
        m_model->enqueueChanged({ticket(2, TicketStatus::Failed, QStringLiteral("bob-uuid"),
                                        QStringLiteral("card declined twice"), QString(), 10)});
        m_model->applyPending();
        QCOMPARE(layout.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), m_proxy->index(1, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), m_proxy->index(1, TicketModel::ColumnCount - 1));
        QCOMPARE(ids(*m_proxy), (QList<qint64>{5, 2, 3, 1, 4}));
    }

    void liveChangeMovesRowAndKeepsPersistentIndexes()
    {
        m_proxy->sort(TicketModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{3, 1, 5, 2, 4}));
        const QPersistentModelIndex five = m_proxy->index(2, 0);
        QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
        // 3 goes PENDING -> FAILED: it moves between 5 and 2.
        m_model->enqueueChanged({ticket(3, TicketStatus::Failed, QStringLiteral("carol-uuid"),
                                        QStringLiteral("Niño: cambio de CBU"), QString(), 20)});
        m_model->applyPending();
        QCOMPARE(layout.count(), 1);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{1, 5, 2, 3, 4}));
        QVERIFY(five.isValid());
        QCOMPARE(five.data(TicketModel::IdRole).toLongLong(), 5);
        QCOMPARE(five.row(), 1);
    }

    void newRowsLandAtTheirSortedPosition()
    {
        m_proxy->sort(TicketModel::CreatedColumn, Qt::DescendingOrder);
        QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
        m_model->enqueueChanged(
            {ticket(6, TicketStatus::Queued, QStringLiteral("erin-uuid"), QStringLiteral("new"), QString(), 25)});
        m_model->applyPending();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4, 1, 6, 3, 2, 5}));
    }

    void olderRowsAppendAtTheEnd_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        // A newest-first load under the default sort: the rows all go after the last one.
        QTest::newRow("created, descending") << int(TicketModel::CreatedColumn) << int(Qt::DescendingOrder) << QString()
                                             << QList<qint64>{4, 1, 3, 2, 5, 7, 6, 8};
        QTest::newRow("source order") << -1 << int(Qt::AscendingOrder) << QString()
                                      << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8};
        QTest::newRow("filtered") << int(TicketModel::CreatedColumn) << int(Qt::DescendingOrder)
                                  << QStringLiteral("gus") << QList<qint64>{7};
        // Not after the last row: the rows land among the others.
        QTest::newRow("created, ascending") << int(TicketModel::CreatedColumn) << int(Qt::AscendingOrder) << QString()
                                            << QList<qint64>{8, 6, 7, 5, 2, 3, 1, 4};
    }
    void olderRowsAppendAtTheEnd()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        m_proxy->sort(column, Qt::SortOrder(order));
        m_proxy->setText(text);
        const int before = m_proxy->rowCount();
        QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
        // Created 3 s, 4 s and 1 s after t0: all older than the five rows there.
        m_model->appendLoaded({
            ticket(6, TicketStatus::Failed, QStringLiteral("fay-uuid"), QStringLiteral("old one"), QString(), 3),
            ticket(7, TicketStatus::Failed, QStringLiteral("gus-uuid"), QStringLiteral("older"), QString(), 4),
            ticket(8, TicketStatus::Created, QStringLiteral("hal-uuid"), QStringLiteral("oldest"), QString(), 1),
        });
        QCOMPARE(ids(*m_proxy), expected);
        if (order == int(Qt::AscendingOrder) && column >= 0)
            return; // placed by the general path; its signals are tested elsewhere
        // One insertion of exactly the shown rows, at the end, and no layout change.
        QCOMPARE(layout.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), before);
        QCOMPARE(inserted.first().at(2).toInt(), int(expected.size()) - 1);
    }

    void blockLandsBetweenTwoRows()
    {
        m_proxy->sort(TicketModel::CreatedColumn, Qt::DescendingOrder); // 4, 1, 3, 2, 5
        QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
        // Created between ticket 1 (30 s) and ticket 3 (20 s): one block at proxy row 2.
        m_model->appendLoaded({
            ticket(6, TicketStatus::Failed, QStringLiteral("fay-uuid"), QStringLiteral("six"), QString(), 25),
            ticket(7, TicketStatus::Failed, QStringLiteral("gus-uuid"), QStringLiteral("seven"), QString(), 22),
        });
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4, 1, 6, 7, 3, 2, 5}));
        QCOMPARE(layout.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 3);

        // Rows that interleave with the others still land where they belong.
        m_model->appendLoaded({
            ticket(8, TicketStatus::Failed, QStringLiteral("hal-uuid"), QStringLiteral("eight"), QString(), 35),
            ticket(9, TicketStatus::Failed, QStringLiteral("ida-uuid"), QStringLiteral("nine"), QString(), 15),
        });
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4, 8, 1, 6, 7, 3, 9, 2, 5}));
    }

    void sortIsHeldWhileLoading()
    {
        m_proxy->sort(TicketModel::SummaryColumn, Qt::AscendingOrder);
        const QList<qint64> bySummary{4, 2, 1, 5, 3};
        QCOMPARE(ids(*m_proxy), bySummary);
        const QPersistentModelIndex three = m_proxy->index(4, 0);
        m_proxy->setLoading(true);
        // Rows show in the order they load (newest first); the sort asked for is kept.
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4, 1, 3, 2, 5}));
        QVERIFY(m_proxy->isSortHeld());
        QCOMPARE(m_proxy->sortColumn(), int(TicketModel::SummaryColumn));
        QCOMPARE(three.data(TicketModel::IdRole).toLongLong(), 3);

        // A sort by creation time costs nothing while loading: it applies at once.
        m_proxy->sort(TicketModel::CreatedColumn, Qt::AscendingOrder);
        QVERIFY(!m_proxy->isSortHeld());
        QCOMPARE(ids(*m_proxy), (QList<qint64>{5, 2, 3, 1, 4}));
        // Any other is held again.
        m_proxy->sort(TicketModel::StatusColumn, Qt::AscendingOrder);
        m_proxy->sort(TicketModel::SummaryColumn, Qt::AscendingOrder);
        QVERIFY(m_proxy->isSortHeld());
        QCOMPARE(m_proxy->sortColumn(), int(TicketModel::SummaryColumn));
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4, 1, 3, 2, 5}));
        m_model->appendLoaded(
            {ticket(6, TicketStatus::Failed, QStringLiteral("fay-uuid"), QStringLiteral("Aardvark"), QString(), 1)});
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4, 1, 3, 2, 5, 6}));

        m_proxy->setLoading(false);
        QVERIFY(!m_proxy->isSortHeld());
        QCOMPARE(ids(*m_proxy), (QList<qint64>{6, 4, 2, 1, 5, 3}));
        QCOMPARE(three.data(TicketModel::IdRole).toLongLong(), 3);
        QCOMPARE(three.row(), 5);
    }

    void filteredNewRowIsNotShown()
    {
        m_proxy->setText(QStringLiteral("alice"));
        QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
        m_model->enqueueChanged(
            {ticket(6, TicketStatus::Queued, QStringLiteral("erin-uuid"), QStringLiteral("new"), QString(), 25)});
        m_model->applyPending();
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(sorted(ids(*m_proxy)), (QList<qint64>{1, 4}));
    }

    void removedRowsLeave()
    {
        m_proxy->sort(TicketModel::SummaryColumn, Qt::AscendingOrder);
        m_model->enqueueRemoved({2, 5});
        m_model->applyPending();
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4, 1, 3}));
        QCOMPARE(m_proxy->mapToSource(m_proxy->index(2, 0)).data(TicketModel::IdRole).toLongLong(), 3);
        QCOMPARE(m_proxy->mapFromSource(m_model->index(m_model->rowForId(1), 0)).row(), 1);
    }

    void narrowingAndWideningText()
    {
        m_proxy->setText(QStringLiteral("s"));
        m_proxy->setText(QStringLiteral("su"));
        m_proxy->setText(QStringLiteral("sup"));
        QCOMPARE(sorted(ids(*m_proxy)), (QList<qint64>{1, 5}));
        m_proxy->setText(QStringLiteral("su"));
        QCOMPARE(sorted(ids(*m_proxy)), (QList<qint64>{1, 5}));
        m_proxy->setText(QString());
        QCOMPARE(sorted(ids(*m_proxy)), (QList<qint64>{1, 2, 3, 4, 5}));
    }

    // Accents and case do not move a text away from its letters: "Ángela" before "Bank", "Ñandú"
    // among the n's. Sorted whole, and rows that arrive into a sorted table.
    void accentedTextSortsWithItsLetters_data()
    {
        QTest::addColumn<bool>("sortFirst");
        QTest::newRow("sorted whole") << false;
        QTest::newRow("arriving into the sort") << true;
    }
    void accentedTextSortsWithItsLetters()
    {
        QFETCH(bool, sortFirst);
        if (sortFirst)
            m_proxy->sort(TicketModel::SummaryColumn, Qt::AscendingOrder);
        m_model->enqueueChanged(
            {ticket(6, TicketStatus::Queued, QStringLiteral("x"), QStringLiteral("Ñandú: pago"), QString(), 50),
             ticket(7, TicketStatus::Queued, QStringLiteral("y"), QStringLiteral("nandu otro"), QString(), 60),
             ticket(8, TicketStatus::Queued, QStringLiteral("z"), QStringLiteral("Ángela: alta"), QString(), 70),
             ticket(9, TicketStatus::Queued, QStringLiteral("w"), QStringLiteral("Éxito"), QString(), 80)});
        m_model->applyPending();
        if (!sortFirst)
            m_proxy->sort(TicketModel::SummaryColumn, Qt::AscendingOrder);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{8, 4, 2, 1, 5, 9, 7, 6, 3}));
        m_proxy->sort(TicketModel::SummaryColumn, Qt::DescendingOrder);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{3, 6, 7, 9, 5, 1, 2, 4, 8}));
    }

    void reverseSortAndLongKeys()
    {
        m_model->enqueueChanged(
            {ticket(6, TicketStatus::Queued, QStringLiteral("x"), QStringLiteral("Deposit missing, second notice"),
                    QString(), 50),
             ticket(7, TicketStatus::Queued, QStringLiteral("y"), QStringLiteral("deposit missing"), QString(), 60)});
        m_model->applyPending();
        m_proxy->sort(TicketModel::SummaryColumn, Qt::AscendingOrder);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{4, 2, 1, 7, 6, 5, 3}));
        m_proxy->sort(TicketModel::SummaryColumn, Qt::DescendingOrder);
        QCOMPARE(ids(*m_proxy), (QList<qint64>{3, 5, 6, 7, 1, 2, 4}));
    }
};

QTEST_MAIN(TestTicketProxy)
#include "tst_ticketproxy.moc"
