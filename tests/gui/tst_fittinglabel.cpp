// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/fittinglabel.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace TicketDesk;

// A FittingLabel in a status bar beside another label, as the main window's counts sit: wide
// enough, it shows its long text; squeezed, its short one, whole and inside the bar, with the
// long one as its tooltip.
class TestFittingLabel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatFits_data()
    {
        QTest::addColumn<int>("room"); // the bar's width beyond the other label's and the short text's
        QTest::addColumn<bool>("whole");
        QTest::newRow("room for the long text") << 400 << true;
        QTest::newRow("room for the short text only") << 40 << false;
    }

    void showsWhatFits()
    {
        QFETCH(int, room);
        QFETCH(bool, whole);
        const QString longText = QStringLiteral("Queued: 1 · Pending: 2 · Created: 1,208 · Failed: 92 · Rejected: 25");
        const QString shortText = QStringLiteral("1,328 tickets");
        QStatusBar bar;
        bar.setSizeGripEnabled(false);
        auto *other = new QLabel(QStringLiteral("Listening on 127.0.0.1:8080"), &bar);
        auto *counts = new FittingLabel(&bar);
        counts->setTexts(longText, shortText);
        bar.addWidget(other);
        bar.addPermanentWidget(counts);
        const QFontMetrics fm = counts->fontMetrics();
        const int longWidth = fm.horizontalAdvance(longText);
        const int shortWidth = fm.horizontalAdvance(shortText);
        QVERIFY(counts->sizeHint().width() >= longWidth);
        QVERIFY(counts->minimumSizeHint().width() >= shortWidth);
        QVERIFY(counts->minimumSizeHint().width() < longWidth);

        bar.resize(other->sizeHint().width() + shortWidth + room + 40, 30);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QTRY_COMPARE(counts->text(), whole ? longText : shortText);
        QVERIFY2(fm.horizontalAdvance(counts->text()) <= counts->contentsRect().width(),
                 qPrintable(QStringLiteral("%1 px of text in %2 px")
                                .arg(fm.horizontalAdvance(counts->text()))
                                .arg(counts->contentsRect().width())));
        QVERIFY(counts->geometry().right() < bar.width());
        QCOMPARE(counts->toolTip(), whole ? QString() : longText);
        QCOMPARE(counts->accessibleDescription(), whole ? QString() : longText);

        // Room again: the long text is back.
        bar.resize(other->sizeHint().width() + longWidth + 200, 30);
        QTRY_COMPARE(counts->text(), longText);
        QVERIFY(counts->toolTip().isEmpty());
    }

    void oneTextOnly()
    {
        FittingLabel label;
        label.setTexts(QStringLiteral("No tickets"));
        label.resize(10, 20);
        QCOMPARE(label.text(), QStringLiteral("No tickets"));
        QVERIFY(label.toolTip().isEmpty());
        QCOMPARE(label.minimumSizeHint(), label.sizeHint());
    }
};

QTEST_MAIN(TestFittingLabel)
#include "tst_fittinglabel.moc"
