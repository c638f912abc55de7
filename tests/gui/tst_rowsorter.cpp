// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"
#include "gui/rowsorter.h"

#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>

using namespace TicketDesk;

namespace {

// Rows with a text key and an id each; what RowSorter::sorted() answers for them, as row numbers.
QList<int> sortByText(const QList<QByteArray> &texts, const QList<qint64> &ids)
{
    const std::vector<int> order = RowSorter::sorted(
        int(texts.size()), [&](int r, qsizetype depth) { return TextFold::prefixKey(texts[r], depth); },
        [&](int r) { return quint32(texts[r].size()); }, [&](int r) { return ids[r]; });
    return QList<int>(order.begin(), order.end());
}

QList<int> sortByInteger(const QList<qint64> &keys, const QList<qint64> &ids)
{
    const std::vector<int> order = RowSorter::sorted(
        int(keys.size()), [&](int r, qsizetype) { return RowSorter::integerKey(keys[r]); }, [](int) { return 0u; },
        [&](int r) { return ids[r]; });
    return QList<int>(order.begin(), order.end());
}

// The order written plainly: a comparison sort on the whole key, ties by id.
QList<int> referenceByText(const QList<QByteArray> &texts, const QList<qint64> &ids)
{
    QList<int> rows(texts.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = TextFold::compare(texts[a], texts[b]);
        return c != 0 ? c < 0 : ids[a] < ids[b];
    });
    return rows;
}

} // namespace

// Checks the table sort behind TicketProxy: integer and text keys, ties by id.
class TestRowSorter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integerKey();
    void byInteger_data();
    void byInteger();
    void byText_data();
    void byText();
    void byTextMatchesComparisonSort();
};

void TestRowSorter::integerKey()
{
    const qint64 values[] = {std::numeric_limits<qint64>::min(), -1'000'000, -1, 0, 1, 1'700'000'000'000,
                             std::numeric_limits<qint64>::max()};
    for (size_t i = 1; i < std::size(values); ++i)
        QVERIFY2(RowSorter::integerKey(values[i - 1]) < RowSorter::integerKey(values[i]),
                 qPrintable(QString::number(i)));
}

void TestRowSorter::byInteger_data()
{
    QTest::addColumn<QList<qint64>>("keys");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("none") << QList<qint64>{} << QList<qint64>{} << QList<int>{};
    QTest::newRow("one") << QList<qint64>{5} << QList<qint64>{1} << QList<int>{0};
    QTest::newRow("distinct") << QList<qint64>{30, 10, 20} << QList<qint64>{1, 2, 3} << QList<int>{1, 2, 0};
    QTest::newRow("negative before positive") << QList<qint64>{3, -2, std::numeric_limits<qint64>::min(), 0}
                                              << QList<qint64>{1, 2, 3, 4} << QList<int>{2, 1, 3, 0};
    QTest::newRow("ties by id, not by row")
        << QList<qint64>{7, 7, 1, 7} << QList<qint64>{9, 4, 5, 6} << QList<int>{2, 1, 3, 0};
}

void TestRowSorter::byInteger()
{
    QFETCH(QList<qint64>, keys);
    QFETCH(QList<qint64>, ids);
    QFETCH(QList<int>, expected);
    QCOMPARE(sortByInteger(keys, ids), expected);
}

void TestRowSorter::byText_data()
{
    QTest::addColumn<QList<QByteArray>>("texts");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("none") << QList<QByteArray>{} << QList<qint64>{} << QList<int>{};
    QTest::newRow("case-insensitive") << QList<QByteArray>{"bob", "Alice", "carol"} << QList<qint64>{1, 2, 3}
                                      << QList<int>{1, 0, 2};
    QTest::newRow("empty first") << QList<QByteArray>{"a", "", "B"} << QList<qint64>{1, 2, 3} << QList<int>{1, 0, 2};
    QTest::newRow("equal but for case: by id")
        << QList<QByteArray>{"SUP-1", "sup-1", "Sup-1"} << QList<qint64>{3, 1, 2} << QList<int>{1, 2, 0};
    // Keys that tie on their first eight bytes go on to the next eight.
    QTest::newRow("differ after eight bytes")
        << QList<QByteArray>{"customer-b", "customer-a", "CUSTOMER-"} << QList<qint64>{1, 2, 3} << QList<int>{2, 1, 0};
    QTest::newRow("differ after sixteen bytes")
        << QList<QByteArray>{"0123456789abcdefZ", "0123456789ABCDEFy", "0123456789abcdef"} << QList<qint64>{1, 2, 3}
        << QList<int>{2, 1, 0};
    QTest::newRow("exactly eight, then longer")
        << QList<QByteArray>{"abcdefgh!", "ABCDEFGH"} << QList<qint64>{1, 2} << QList<int>{1, 0};
    QTest::newRow("long and equal: by id")
        << QList<QByteArray>{"a long summary of twenty", "A LONG SUMMARY OF TWENTY", "a long summary"}
        << QList<qint64>{8, 7, 9} << QList<int>{2, 1, 0};
    QTest::newRow("non-ASCII after ASCII, by byte")
        << QList<QByteArray>{"\xc3\xb1o", "zz", "\xc3\x91o"} << QList<qint64>{1, 2, 3} << QList<int>{1, 2, 0};
}

void TestRowSorter::byText()
{
    QFETCH(QList<QByteArray>, texts);
    QFETCH(QList<qint64>, ids);
    QFETCH(QList<int>, expected);
    QCOMPARE(sortByText(texts, ids), expected);
    QCOMPARE(referenceByText(texts, ids), expected);
}

void TestRowSorter::byTextMatchesComparisonSort()
{
    // Many shared prefixes of every length, so every depth of refinement runs.
    QRandomGenerator random(20260626);
    const QByteArray alphabet("aAbB-0\xc3");
    QList<QByteArray> texts;
    QList<qint64> ids;
    for (int i = 0; i < 2000; ++i) {
        QByteArray t(random.bounded(0, 30), 'x');
        for (char &c : t)
            c = random.bounded(4) == 0 ? alphabet[random.bounded(int(alphabet.size()))] : 'a';
        texts.append(t);
        ids.append(random.bounded(1'000'000) * 2000 + i); // unique, unrelated to the row
    }
    QCOMPARE(sortByText(texts, ids), referenceByText(texts, ids));
}

QTEST_APPLESS_MAIN(TestRowSorter)
#include "tst_rowsorter.moc"
