// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/columnfitter.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace TicketDesk;

namespace {

// Five columns of 100 px; the fill column is 1 (natural 200, minimum 80), the anchor 3.
constexpr int fill = 1;
constexpr int anchor = 3;

} // namespace

class TestColumnFitter : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model{3, 5};
    std::unique_ptr<QTableView> m_view;
    ColumnFitter *m_fitter = nullptr;

    QHeaderView *header() const { return m_view->horizontalHeader(); }
    int room() const { return m_view->viewport()->width(); }
    // Gives the viewport exactly `width` pixels.
    void setRoom(int width)
    {
        m_view->resize(m_view->width() + width - room(), 200);
        QTRY_COMPARE(room(), width);
    }

private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<QTableView>();
        m_view->setModel(&m_model);
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view->verticalHeader()->hide();
        for (int c = 0; c < 5; ++c)
            header()->resizeSection(c, 100);
        m_fitter = new ColumnFitter(m_view.get(), fill, anchor, {200, 80});
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void takesTheRoomLeftWhenEverythingFits()
    {
        setRoom(700); // 400 for the others, 300 for the fill column
        QCOMPARE(header()->sectionSize(fill), 300);
        QCOMPARE(header()->length(), 700);
        setRoom(650);
        QCOMPARE(header()->sectionSize(fill), 250);
        QCOMPARE(m_fitter->fittedWidth(), 250);
    }

    void shrinksUntilTheAnchorFits()
    {
        // Not everything fits at the natural 200: the columns up to the anchor do.
        setRoom(550);
        QCOMPARE(header()->sectionSize(fill), 200);
        setRoom(450); // 0, fill, 2, 3: 300 + 150
        QCOMPARE(header()->sectionSize(fill), 150);
        QCOMPARE(header()->sectionViewportPosition(anchor) + header()->sectionSize(anchor), 450);
        setRoom(300); // never under the minimum
        QCOMPARE(header()->sectionSize(fill), 80);
    }

    void followsColumnsShownHiddenAndMoved()
    {
        setRoom(450);
        QCOMPARE(header()->sectionSize(fill), 150);
        header()->setSectionHidden(2, true);
        // 0 and the anchor leave 250, but not everything fits: the natural width, no more.
        QCOMPARE(header()->sectionSize(fill), 200);
        QCOMPARE(header()->length(), 500);
        header()->setSectionHidden(2, false);
        QCOMPARE(header()->sectionSize(fill), 150);
        // The anchor moved first: only column 0 and the anchor must fit beside it.
        header()->moveSection(header()->visualIndex(anchor), 0);
        QCOMPARE(header()->sectionSize(fill), 200);
        // The anchor hidden: the columns up to the fill column must fit.
        header()->moveSection(header()->visualIndex(anchor), anchor);
        header()->setSectionHidden(anchor, true);
        setRoom(250);
        QCOMPARE(header()->sectionSize(fill), 150);
    }

    // A yielding column gives way only once the fill column is at its minimum, just enough for
    // the anchor to be in sight and never under its own minimum, and has its width back with room.
    void yieldingColumnGivesWayAfterTheFillColumn()
    {
        m_fitter->setYielding(0, {100, 40});
        setRoom(450);
        QCOMPARE(header()->sectionSize(fill), 150);
        QCOMPARE(header()->sectionSize(0), 100);
        setRoom(340); // the fill column at 80; 0 gives 40 so that 0, fill, 2, 3 fit in 340
        QCOMPARE(header()->sectionSize(fill), 80);
        QCOMPARE(header()->sectionSize(0), 60);
        QCOMPARE(header()->sectionViewportPosition(anchor) + header()->sectionSize(anchor), 340);
        setRoom(300); // never under its minimum: the table scrolls sideways instead
        QCOMPARE(header()->sectionSize(0), 40);
        QCOMPARE(header()->sectionSize(fill), 80);
        QVERIFY(m_fitter->isActive()); // its own resizing is not the operator's
        setRoom(700);
        QCOMPARE(header()->sectionSize(0), 100);
        QCOMPARE(header()->sectionSize(fill), 300);
        // After the anchor, giving way would not bring it into sight: the column keeps its width.
        header()->moveSection(header()->visualIndex(0), 4);
        setRoom(250); // fill, 2, 3 need 280 with the fill column at its minimum
        QCOMPARE(header()->sectionSize(fill), 80);
        QCOMPARE(header()->sectionSize(0), 100);
    }

    // A column fits its widest sample, or a widget in its cells if that is wider,
    // and never its title less.
    void sizesAColumnForItsSamplesOrItsWidget()
    {
        const QFontMetrics metrics = m_view->fontMetrics();
        const QString sample = QStringLiteral("Retried as #12345");
        const int text = metrics.horizontalAdvance(sample);
        sizeColumnFor(m_view.get(), 4, {sample});
        const int forText = header()->sectionSize(4);
        QVERIFY(forText > text);
        sizeColumnFor(m_view.get(), 4, {sample}, 0, text / 2); // a narrower widget changes nothing
        QCOMPARE(header()->sectionSize(4), forText);
        sizeColumnFor(m_view.get(), 4, {sample}, 0, text + 50); // a wider one widens the column
        QCOMPARE(header()->sectionSize(4), forText + 50);
    }

    void stopsOnceTheOperatorSizesAColumn()
    {
        setRoom(700);
        QVERIFY(m_fitter->isActive());
        header()->resizeSection(4, 140); // a drag on the header does the same
        QVERIFY(!m_fitter->isActive());
        QCOMPARE(header()->sectionSize(fill), 300);
        setRoom(420);
        QCOMPARE(header()->sectionSize(fill), 300);
        // Turned on again (a layout saved while it followed), it follows at once.
        m_fitter->setActive(true);
        QCOMPARE(header()->sectionSize(fill), 120); // 0, fill, 2 and the anchor fit
    }

    // ColumnCap: the one width the widest columns are cut to.
    void capCutsTheWidestToOneWidth_data()
    {
        QTest::addColumn<QList<int>>("widths");
        QTest::addColumn<int>("room");
        QTest::addColumn<int>("cap");
        QTest::newRow("everything fits: the widest") << QList<int>{40, 300, 120} << 500 << 300;
        QTest::newRow("the widest alone gives way") << QList<int>{40, 300, 120} << 400 << 240;
        QTest::newRow("the two widest give way") << QList<int>{40, 300, 320, 80} << 520 << 200;
        QTest::newRow("never under the floor") << QList<int>{40, 300, 320} << 150 << 80;
        QTest::newRow("no columns") << QList<int>{} << 300 << 300;
    }
    void capCutsTheWidestToOneWidth()
    {
        QFETCH(QList<int>, widths);
        QFETCH(int, room);
        QFETCH(int, cap);
        QCOMPARE(ColumnCap::capFor(widths, room, 80), cap);
    }

    // ColumnCap on a table whose last column stretches: the widest columns give way while the
    // table is narrow, get their natural widths back when it grows, and stop following once
    // the operator sizes one (the stretched last column resizing itself does not count).
    void capFollowsTheTableUntilTheOperatorSizesAColumn()
    {
        delete m_fitter;
        header()->setStretchLastSection(true);
        auto *cap = new ColumnCap(m_view.get());
        cap->setNaturalWidths({40, 300, 60, 320, 200});
        setRoom(600); // 40 + 60 = 100 whole; 500 left for three: 166 each
        QCOMPARE(header()->sectionSize(0), 40);
        QCOMPARE(header()->sectionSize(1), 166);
        QCOMPARE(header()->sectionSize(2), 60);
        QCOMPARE(header()->sectionSize(3), 166);
        QVERIFY(header()->sectionSize(4) >= 166);
        QVERIFY(cap->isActive());
        setRoom(1000);
        QCOMPARE(header()->sectionSize(1), 300);
        QCOMPARE(header()->sectionSize(3), 320);
        QCOMPARE(header()->sectionSize(4), 1000 - 40 - 300 - 60 - 320);
        QVERIFY(cap->isActive());
        header()->resizeSection(1, 150);
        QVERIFY(!cap->isActive());
        setRoom(600);
        QCOMPARE(header()->sectionSize(1), 150);
        QCOMPARE(header()->sectionSize(3), 320);
        // New contents: the rule follows again.
        cap->setNaturalWidths({40, 300, 60, 320, 200});
        QVERIFY(cap->isActive());
        QCOMPARE(header()->sectionSize(1), 166);
    }
};

QTEST_MAIN(TestColumnFitter)
#include "tst_columnfitter.moc"
