// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localizedtext.h"
#include "support/markingtranslator.h"

#include <QCoreApplication>
#include <QTest>

#include <climits>

using namespace TicketDesk;

namespace {

constexpr char context[] = "Test";

LocalizedText refused(int status, const QString &said)
{
    LocalizedText text(context, "Refused (HTTP %1).");
    text.arg(status);
    if (!said.isEmpty())
        text += LocalizedText(context, "Ripio said: \"%1\"").arg(said);
    return text;
}

} // namespace

// A message that one process stores and another shows: worded by the reader, in its language.
class TestLocalizedText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordedWithItsArguments();
    void theReaderWordsWhatAWriterStored();
    void argumentsAreNotSearchedForPlaceholders();
    void countsAndPlurals();
    void pluralCountsFitAnInt();
    void otherTextIsShownAsItIs_data();
    void otherTextIsShownAsItIs();
};

void TestLocalizedText::wordedWithItsArguments()
{
    QVERIFY(LocalizedText().isEmpty());
    QCOMPARE(LocalizedText().toString(), QString());
    const LocalizedText text = refused(404, QStringLiteral("no such customer"));
    QVERIFY(!text.isEmpty());
    QCOMPARE(text.toString(), QStringLiteral("Refused (HTTP 404). Ripio said: \"no such customer\""));
    QCOMPARE(LocalizedText::wordStored(text.toStored()), text.toString());
    // A translation may put the arguments in another order.
    LocalizedText two(context, "%2 before %1");
    two.arg(QStringLiteral("first")).arg(QStringLiteral("second"));
    QCOMPARE(two.toString(), QStringLiteral("second before first"));
    QCOMPARE(LocalizedText::wordStored(two.toStored()), QStringLiteral("second before first"));
    // A placeholder without its argument stays visible rather than vanishing.
    QCOMPARE(LocalizedText(context, "%1 and %2").arg(QStringLiteral("one")).toString(), QStringLiteral("one and %2"));
}

void TestLocalizedText::theReaderWordsWhatAWriterStored()
{
    const QString stored = refused(400, QStringLiteral("Summary exceeds 120 characters")).toStored();
    {
        // The reader's language, installed after the text was stored.
        Test::MarkingTranslator reader(context);
        QCoreApplication::installTranslator(&reader);
        QCOMPARE(LocalizedText::wordStored(stored),
                 QStringLiteral(
                     "\u00abRefused (HTTP 400).\u00bb \u00abRipio said: \"Summary exceeds 120 characters\"\u00bb"));
    }
    QCOMPARE(LocalizedText::wordStored(stored),
             QStringLiteral("Refused (HTTP 400). Ripio said: \"Summary exceeds 120 characters\""));
}

void TestLocalizedText::argumentsAreNotSearchedForPlaceholders()
{
    LocalizedText text(context, "%1 then %2");
    text.arg(QStringLiteral("a %2 b %1")).arg(QStringLiteral("c"));
    QCOMPARE(text.toString(), QStringLiteral("a %2 b %1 then c"));
    QCOMPARE(LocalizedText::wordStored(text.toStored()), QStringLiteral("a %2 b %1 then c"));
    // Nor is the server's text after "Ripio said".
    QCOMPARE(refused(500, QStringLiteral("100% %1 sure")).toString(),
             QStringLiteral("Refused (HTTP 500). Ripio said: \"100% %1 sure\""));
}

void TestLocalizedText::countsAndPlurals()
{
    const LocalizedText text(context, "Try again in %n second(s).", 30);
    QCOMPARE(text.toString(), QStringLiteral("Try again in 30 second(s)."));
    QCOMPARE(LocalizedText::wordStored(text.toStored()), QStringLiteral("Try again in 30 second(s)."));
    // No count: a literal %n stays.
    QCOMPARE(LocalizedText(context, "%n left").toString(), QStringLiteral("%n left"));
}

// A count beyond an int (a flood's suppressed deliveries, a large database) is shown as the
// largest int rather than wrapped into a negative or small number.
void TestLocalizedText::pluralCountsFitAnInt()
{
    QCOMPARE(pluralCount(0), 0);
    QCOMPARE(pluralCount(1), 1);
    QCOMPARE(pluralCount(1'342), 1'342);
    QCOMPARE(pluralCount(qint64(INT_MAX)), INT_MAX);
    QCOMPARE(pluralCount(qint64(INT_MAX) + 1), INT_MAX);
    QCOMPARE(pluralCount(5'000'000'000), INT_MAX);
    QCOMPARE(pluralCount(-7), -7);
    QCOMPARE(pluralCount(qint64(INT_MIN) - 1), INT_MIN);
}

void TestLocalizedText::otherTextIsShownAsItIs_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("an older TicketDesk's message") << QStringLiteral("Ripio rejected the request (HTTP 400).");
    QTest::newRow("Ripio's own words") << QStringLiteral("customerId: customer not found");
    QTest::newRow("the prefix, not JSON") << QStringLiteral("tr: a note");
    QTest::newRow("truncated") << QStringLiteral("tr:[[\"Test\",\"x\",-1,[");
    QTest::newRow("an object") << QStringLiteral("tr:{\"a\":1}");
    QTest::newRow("no sentence") << QStringLiteral("tr:[]");
    QTest::newRow("a sentence of three") << QStringLiteral("tr:[[\"Test\",\"x\",-1]]");
    QTest::newRow("a number as source") << QStringLiteral("tr:[[\"Test\",7,-1,[]]]");
    QTest::newRow("a number as argument") << QStringLiteral("tr:[[\"Test\",\"%1\",-1,[7]]]");
    QTest::newRow("ten arguments") << QStringLiteral("tr:[[\"Test\",\"%1\",-1,[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\","
                                                     "\"g\",\"h\",\"i\",\"j\"]]]");
    QString many = QStringLiteral("tr:[");
    for (int i = 0; i < 17; ++i)
        many += QStringLiteral("[\"Test\",\"x\",-1,[]],");
    many.chop(1);
    many += QLatin1Char(']');
    QTest::newRow("seventeen sentences") << many;
}

void TestLocalizedText::otherTextIsShownAsItIs()
{
    QFETCH(QString, stored);
    QCOMPARE(LocalizedText::wordStored(stored), stored);
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
