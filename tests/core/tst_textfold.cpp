// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"

#include <QTest>

using namespace TicketDesk;

// Checks the byte-level case folding behind the ticket table's search and sort.
class TestTextFold final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold();
    void isAscii_data();
    void isAscii();
    void foldedAscii();
    void compare_data();
    void compare();
    void contains_data();
    void contains();
    void searchKey_data();
    void searchKey();
    void searchContains_data();
    void searchContains();
    void prefixKey_data();
    void prefixKey();
    void prefixKeyOrdersLikeCompare_data();
    void prefixKeyOrdersLikeCompare();
    void sortBytes_data();
    void sortBytes();
};

void TestTextFold::fold()
{
    for (int c = 0; c < 256; ++c) {
        const int expected = c >= 'A' && c <= 'Z' ? c + 32 : c;
        QCOMPARE(int(TextFold::fold(char(c))), expected);
    }
}

void TestTextFold::isAscii_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ascii");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("letters and digits") << QStringLiteral("SUP-120 abc") << true;
    QTest::newRow("DEL is ASCII") << QStringLiteral("a\x7f") << true;
    QTest::newRow("latin-1") << QStringLiteral("Niño") << false;
    QTest::newRow("beyond latin-1") << QStringLiteral("a\u212a") << false; // KELVIN SIGN
}

void TestTextFold::isAscii()
{
    QFETCH(QString, text);
    QFETCH(bool, ascii);
    QCOMPARE(TextFold::isAscii(text), ascii);
}

void TestTextFold::foldedAscii()
{
    QCOMPARE(TextFold::foldedAscii(u"SUP-12 Bank"), QByteArrayLiteral("sup-12 bank"));
    QCOMPARE(TextFold::foldedAscii(u""), QByteArray());
}

void TestTextFold::compare_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal") << QByteArray("abc") << QByteArray("abc") << 0;
    QTest::newRow("equal but for case") << QByteArray("SUP-12") << QByteArray("sup-12") << 0;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << 0;
    QTest::newRow("empty first") << QByteArray() << QByteArray("a") << -1;
    QTest::newRow("prefix first") << QByteArray("Sup") << QByteArray("sup-1") << -1;
    QTest::newRow("longer after") << QByteArray("sup-12") << QByteArray("SUP") << 1;
    QTest::newRow("case does not order") << QByteArray("B") << QByteArray("a") << 1;
    QTest::newRow("digits before letters") << QByteArray("9") << QByteArray("a") << -1;
    // Folded 'Z' is 'z' (0x7a), after '_' (0x5f): unlike raw bytes, where 'Z' (0x5a) is before.
    QTest::newRow("folded, not raw") << QByteArray("Z") << QByteArray("_") << 1;
    QTest::newRow("non-ASCII after ASCII") << QByteArray("\xc3\xb1") << QByteArray("z") << 1;
    QTest::newRow("non-ASCII by byte, no case") << QByteArray("\xc3\x91") << QByteArray("\xc3\xb1") << -1; // Ñ ñ
}

void TestTextFold::compare()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(int, expected);
    QCOMPARE(TextFold::compare(a, b), expected);
    QCOMPARE(TextFold::compare(b, a), -expected);
}

void TestTextFold::contains_data()
{
    QTest::addColumn<QByteArray>("hay");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty needle") << QByteArray("abc") << QString() << true;
    QTest::newRow("empty needle, empty hay") << QByteArray() << QString() << true;
    QTest::newRow("empty hay") << QByteArray() << QStringLiteral("a") << false;
    QTest::newRow("whole") << QByteArray("SUP-12") << QStringLiteral("sup-12") << true;
    QTest::newRow("needle longer") << QByteArray("SUP") << QStringLiteral("sup-1") << false;
    QTest::newRow("at the start") << QByteArray("Deposit missing") << QStringLiteral("DEPO") << true;
    QTest::newRow("at the very end") << QByteArray("alice-uuid") << QStringLiteral("-UUID") << true;
    QTest::newRow("upper-case first letter in hay") << QByteArray("Bank refund") << QStringLiteral("bank") << true;
    // A lower-case candidate that fails comes before the upper-case one that matches.
    QTest::newRow("later candidate, other case") << QByteArray("cambio de CBU") << QStringLiteral("cbu") << true;
    QTest::newRow("upper candidate fails, lower matches") << QByteArray("Xa xb") << QStringLiteral("xb") << true;
    QTest::newRow("first byte not a letter") << QByteArray("SUP-120") << QStringLiteral("-12") << true;
    QTest::newRow("partial matches only") << QByteArray("aab aab") << QStringLiteral("aaa") << false;
    QTest::newRow("overlapping") << QByteArray("aaab") << QStringLiteral("aab") << true;
    QTest::newRow("across non-ASCII") << QByteArray("ni\xc3\xb1o") << QStringLiteral("NI") << true;
    QTest::newRow("no match") << QByteArray("card declined") << QStringLiteral("zzz") << false;
}

void TestTextFold::contains()
{
    QFETCH(QByteArray, hay);
    QFETCH(QString, needle);
    QFETCH(bool, expected);
    QVERIFY(TextFold::isAscii(needle));
    QCOMPARE(TextFold::contains(hay, TextFold::foldedAscii(needle)), expected);
    // The reference: an ASCII needle's case-insensitive matches in the decoded text.
    QCOMPARE(QString::fromUtf8(hay).contains(needle, Qt::CaseInsensitive), expected);
}

void TestTextFold::searchKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ASCII") << QStringLiteral("SUP-12 Alice") << QStringLiteral("sup-12 alice");
    QTest::newRow("accents") << QStringLiteral("José Núñez") << QStringLiteral("jose nunez");
    QTest::newRow("tilde, cedilla") << QStringLiteral("SÃO PAULO, Açaí") << QStringLiteral("sao paulo, acai");
    QTest::newRow("spelled out") << QStringLiteral("Straße, Ørsted, Æsir, Łódź")
                                 << QStringLiteral("strasse, orsted, aesir, lodz");
    QTest::newRow("combining marks") << QStringLiteral("Jose\u0301") << QStringLiteral("jose");
    QTest::newRow("Greek, case folded") << QStringLiteral("ΑΘΉΝΑ") << QStringLiteral("αθηνα");
    QTest::newRow("Cyrillic, case folded") << QStringLiteral("МОСКВА") << QStringLiteral("москва");
    QTest::newRow("three bytes: fullwidth, Vietnamese; CJK as it is")
        << QStringLiteral("東京 ＴＯＫＹＯ, NGUYỄN") << QStringLiteral("東京 tokyo, nguyen");
    QTest::newRow("beyond U+FFFF, as it is") << QStringLiteral("\U0001F600 Ok") << QStringLiteral("\U0001F600 ok");
    QTest::newRow("no-break space") << QStringLiteral("a\u00a0b") << QStringLiteral("a b");
    QTest::newRow("a lone accent") << QStringLiteral("´") << QString();
}

void TestTextFold::searchKey()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromUtf8(TextFold::searchKey(text)), expected);
}

void TestTextFold::searchContains_data()
{
    QTest::addColumn<QString>("hay");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ASCII") << QStringLiteral("Card declined") << QStringLiteral("DECL") << true;
    QTest::newRow("ASCII, no match") << QStringLiteral("Card declined") << QStringLiteral("refund") << false;
    QTest::newRow("typed without accents") << QStringLiteral("José Núñez") << QStringLiteral("jose nunez") << true;
    QTest::newRow("typed with accents") << QStringLiteral("Jose Nunez") << QStringLiteral("JOSÉ") << true;
    QTest::newRow("other accent typed") << QStringLiteral("Jose") << QStringLiteral("josè") << true;
    QTest::newRow("decomposed text") << QStringLiteral("Jose\u0301 Perez") << QStringLiteral("josé p") << true;
    QTest::newRow("spelled out") << QStringLiteral("Hauptstraße 5") << QStringLiteral("strasse") << true;
    QTest::newRow("ASCII part of non-ASCII text") << QStringLiteral("São Paulo") << QStringLiteral("paulo") << true;
    QTest::newRow("non-ASCII, no match") << QStringLiteral("São Paulo") << QStringLiteral("santos") << false;
    QTest::newRow("not a different letter") << QStringLiteral("año") << QStringLiteral("ano") << true;
    QTest::newRow("a letter is not its neighbour") << QStringLiteral("Ñu") << QStringLiteral("mu") << false;
    QTest::newRow("Cyrillic, any case") << QStringLiteral("Москва") << QStringLiteral("МОСК") << true;
    QTest::newRow("CJK") << QStringLiteral("東京都") << QStringLiteral("京都") << true;
    QTest::newRow("Vietnamese, any case") << QStringLiteral("Nguyễn Văn") << QStringLiteral("NGUYỄN") << true;
    QTest::newRow("Vietnamese, without accents")
        << QStringLiteral("Nguyễn Văn") << QStringLiteral("nguyen van") << true;
    QTest::newRow("fullwidth letters") << QStringLiteral("ＴＯＫＹＯ") << QStringLiteral("tokyo") << true;
    QTest::newRow("a three-byte character before") << QStringLiteral("\uFFFDabc") << QStringLiteral("abc") << true;
}

void TestTextFold::searchContains()
{
    QFETCH(QString, hay);
    QFETCH(QString, needle);
    QFETCH(bool, expected);
    QByteArray scratch("left over from the row before");
    QCOMPARE(TextFold::searchContains(hay.toUtf8(), TextFold::searchKey(needle), scratch), expected);
}

void TestTextFold::prefixKey_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("depth");
    QTest::addColumn<quint64>("expected");
    QTest::newRow("empty") << QByteArray() << 0 << quint64(0);
    QTest::newRow("short, zero-padded") << QByteArray("Ab") << 0 << quint64(0x6162000000000000);
    QTest::newRow("eight bytes") << QByteArray("ABCDEFGH") << 0 << quint64(0x6162636465666768);
    QTest::newRow("only the first eight") << QByteArray("abcdefghi") << 0 << quint64(0x6162636465666768);
    QTest::newRow("from depth") << QByteArray("abcdefghI") << 8 << quint64(0x6900000000000000);
    QTest::newRow("past the end") << QByteArray("abc") << 8 << quint64(0);
    QTest::newRow("non-ASCII as is") << QByteArray("\xc3\x91") << 0 << quint64(0xc391000000000000);
}

void TestTextFold::prefixKey()
{
    QFETCH(QByteArray, text);
    QFETCH(int, depth);
    QFETCH(quint64, expected);
    QCOMPARE(TextFold::prefixKey(text, depth), expected);
}

void TestTextFold::prefixKeyOrdersLikeCompare_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::newRow("case") << QByteArray("Bob") << QByteArray("alice");
    QTest::newRow("prefix") << QByteArray("sup") << QByteArray("SUP-1");
    QTest::newRow("folded, not raw") << QByteArray("Z") << QByteArray("_");
    QTest::newRow("in the eighth byte") << QByteArray("0000000a") << QByteArray("0000000B");
}

void TestTextFold::prefixKeyOrdersLikeCompare()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    const int c = TextFold::compare(a, b);
    const quint64 ka = TextFold::prefixKey(a, 0);
    const quint64 kb = TextFold::prefixKey(b, 0);
    QCOMPARE(ka < kb ? -1 : (ka > kb ? 1 : 0), c);
}

void TestTextFold::sortBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("itself"); // ASCII text is its own sort bytes: no copy
    QTest::newRow("ascii, its case left to compare()")
        << QStringLiteral("Bank refund") << QByteArray("Bank refund") << true;
    QTest::newRow("accents and case folded") << QStringLiteral("Ñandú ÁNGELA") << QByteArray("nandu angela") << false;
    QTest::newRow("spelled out") << QStringLiteral("Straße") << QByteArray("strasse") << false;
}

void TestTextFold::sortBytes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QFETCH(bool, itself);
    const QByteArray utf8 = text.toUtf8();
    QByteArray scratch;
    const QByteArrayView bytes = TextFold::sortBytes(utf8, scratch);
    QCOMPARE(bytes.toByteArray(), expected);
    QCOMPARE(bytes.data() == utf8.data(), itself);
}

QTEST_APPLESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
