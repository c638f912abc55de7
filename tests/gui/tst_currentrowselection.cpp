// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/currentrowselection.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace TicketDesk;

// The row a keyboard user is on is selected whenever nothing is, so the actions on the selection
// act on it; a selection the user made is left alone.
class TestCurrentRowSelection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(4, 2);
        for (int r = 0; r < 4; ++r)
            m_model->setItem(r, 0, new QStandardItem(QStringLiteral("row %1").arg(r)));
        m_window = std::make_unique<QWidget>();
        m_field = new QLineEdit(m_window.get());
        m_view = new QTableView(m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_field);
        layout->addWidget(m_view);
        m_view->setModel(m_model.get());
        m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        keepCurrentRowSelected(m_view);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_field->setFocus();
        QTRY_VERIFY(m_field->hasFocus());
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
    }

    // Reached with Tab: the row it shows is the row selected.
    void focusSelectsTheCurrentRow()
    {
        m_view->selectionModel()->setCurrentIndex(m_model->index(2, 0), QItemSelectionModel::NoUpdate);
        QVERIFY(!m_view->selectionModel()->hasSelection());
        m_view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(m_view->hasFocus());
        QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(m_view->selectionModel()->selectedRows().first().row(), 2);
    }

    // A click gives the view the focus, and chooses the row itself: nothing is selected before it
    // (a Ctrl+click would have added the old current row).
    void aClickSelectsOnlyWhatItChooses()
    {
        m_view->selectionModel()->setCurrentIndex(m_model->index(2, 0), QItemSelectionModel::NoUpdate);
        m_view->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(m_view->hasFocus());
        QTest::qWait(20);
        QVERIFY(!m_view->selectionModel()->hasSelection());
    }

    // The selected row removed: the row that becomes current is selected, so Delete goes on.
    void removingTheSelectedRowSelectsTheNext()
    {
        m_view->setFocus();
        QTRY_VERIFY(m_view->hasFocus());
        m_view->selectionModel()->setCurrentIndex(m_model->index(1, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_model->removeRow(1);
        QTRY_COMPARE(m_view->selectionModel()->selectedRows().size(), 1);
        const QModelIndex selected = m_view->selectionModel()->selectedRows().first();
        QCOMPARE(selected.row(), m_view->selectionModel()->currentIndex().row()); // the row it is on
        QVERIFY(selected.data().toString() != QStringLiteral("row 1"));
    }

    // What the user chose stays: two rows, or none.
    void aChosenSelectionStays()
    {
        m_view->setFocus();
        QTRY_VERIFY(m_view->hasFocus());
        QItemSelectionModel *s = m_view->selectionModel();
        s->select(QItemSelection(m_model->index(0, 0), m_model->index(1, 1)), QItemSelectionModel::ClearAndSelect);
        s->setCurrentIndex(m_model->index(3, 0), QItemSelectionModel::NoUpdate); // Ctrl+Down
        QTest::qWait(20);
        QCOMPARE(s->selectedRows().size(), 2);
        s->select(QItemSelection(m_model->index(0, 0), m_model->index(1, 1)), QItemSelectionModel::Deselect);
        QTest::qWait(20);
        QVERIFY(!s->hasSelection()); // deselected on the same current row: left so
    }

private:
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_field = nullptr;
    QTableView *m_view = nullptr;
};

QTEST_MAIN(TestCurrentRowSelection)
#include "tst_currentrowselection.moc"
