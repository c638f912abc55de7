// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/retrydelegate.h"
#include "gui/ticketmodel.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace TicketDesk;

// The Retry button in the ticket table: one click files one retry, of the ticket clicked.
class TestRetryDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aClickRetriesItsRow();
    void secondClickOfADoubleClickDoesNothing();
    void aClickSoonAfterARetryDoesNothing();
    void pressedHereReleasedElsewhereDoesNothing();

private:
    // Clicks (or double-clicks) row `row`'s button.
    QPoint buttonCentre(int row) const;
    // A retry's new row at the top: every row moves down one, as in the table.
    void insertRetryRowOnTop(qint64 id);

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;
    RetryDelegate *m_delegate = nullptr;
};

void TestRetryDelegate::init()
{
    m_model = std::make_unique<QStandardItemModel>(0, 1);
    for (int r = 0; r < 3; ++r) { // newest first, as the table opens: #18, #17, #16
        m_model->appendRow(new QStandardItem);
        m_model->setData(m_model->index(r, 0), QStringLiteral("Retry"), Qt::DisplayRole);
        m_model->setData(m_model->index(r, 0), true, TicketModel::RetryableRole);
        m_model->setData(m_model->index(r, 0), qint64(18 - r), TicketModel::IdRole);
    }
    m_view = std::make_unique<QTableView>();
    m_delegate = new RetryDelegate(m_view.get());
    m_view->setItemDelegate(m_delegate);
    m_delegate->watch(m_view.get());
    m_view->setModel(m_model.get());
    m_view->resize(300, 200);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestRetryDelegate::cleanup()
{
    m_view.reset();
    m_model.reset();
}

QPoint TestRetryDelegate::buttonCentre(int row) const
{
    return RetryDelegate::buttonRect(m_view->visualRect(m_model->index(row, 0))).center();
}

void TestRetryDelegate::insertRetryRowOnTop(qint64 id)
{
    auto *item = new QStandardItem(QStringLiteral("Retried as #99"));
    item->setData(false, TicketModel::RetryableRole);
    item->setData(id, TicketModel::IdRole);
    m_model->insertRow(0, item);
}

void TestRetryDelegate::aClickRetriesItsRow()
{
    QSignalSpy clicked(m_delegate, &RetryDelegate::retryClicked);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, buttonCentre(1));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toLongLong(), qint64(17));
}

void TestRetryDelegate::secondClickOfADoubleClickDoesNothing()
{
    // The audit's case: a double click on #17's button; its retry's row pushes #16's button under
    // the pointer before the second click, which filed a retry of #16 too.
    QSignalSpy clicked(m_delegate, &RetryDelegate::retryClicked);
    connect(m_delegate, &RetryDelegate::retryClicked, this, [this] { insertRetryRowOnTop(99); });
    // What a double click is to a widget: press, release, a double-click event, release.
    const QPoint at = buttonCentre(1);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked.size(), 1);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toLongLong(), qint64(17));
}

void TestRetryDelegate::aClickSoonAfterARetryDoesNothing()
{
    QSignalSpy clicked(m_delegate, &RetryDelegate::retryClicked);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, buttonCentre(0));
    QCOMPARE(clicked.size(), 1);
    insertRetryRowOnTop(99);
    // Clicked again at once, slower than a double click: the button there is another ticket's now.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, buttonCentre(1), 500);
    QCOMPARE(clicked.size(), 1);
    // Once the rows have settled, a click is a click.
    QTest::qWait(int(RetryDelegate::settleMs) + 50);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, buttonCentre(2));
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.last().at(0).toLongLong(), qint64(17));
}

void TestRetryDelegate::pressedHereReleasedElsewhereDoesNothing()
{
    QSignalSpy clicked(m_delegate, &RetryDelegate::retryClicked);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, buttonCentre(0));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, buttonCentre(2));
    QCOMPARE(clicked.size(), 0);
}

QTEST_MAIN(TestRetryDelegate)
#include "tst_retrydelegate.moc"
