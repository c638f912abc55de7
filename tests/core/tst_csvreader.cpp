// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvreader.h"
#include "core/csvwriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace TicketDesk;

// The CSV files operators import: delimiters, quoting, line ends, line numbers, errors, limits.
class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void lineNumbersCountPhysicalLines();
    void headerNamesIgnoreCaseAndSpaces();
    void shortRowsHaveFewerFields();
    void longerRowCarriesItsOwnError();
    void textAfterAClosingQuoteIsARowError();
    void aRowThatRunsOnNamesItsLastLine();
    void errors_data();
    void errors();
    void byteLimit();
    void rowLimit();
    void columnLimit();
    void readsFromADevice();
    void readStopsAtTheByteLimit();
    void readsBackWhatCsvWriterWrites();
    void arbitraryBytesNeverCrash();
};

// Records as "a|b|c" lines, to compare whole tables in one QCOMPARE.
static QStringList flatten(const CsvTable &table)
{
    QStringList out;
    out.append(table.header.join(u'|'));
    for (const CsvRecord &r : table.records)
        out.append(QString::number(r.line) + u':' + r.fields.join(u'|'));
    return out;
}

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("table");

    QTest::newRow("comma, LF") << QByteArray("a,b\n1,2\n3,4\n") << ','
                               << QStringList{u"a|b"_qs, u"2:1|2"_qs, u"3:3|4"_qs};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << ',' << QStringList{u"a|b"_qs, u"2:1|2"_qs};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ',' << QStringList{u"a|b"_qs, u"2:1|2"_qs};
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << ',' << QStringList{u"a|b"_qs, u"2:1|2"_qs};
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ';' << QStringList{u"a|b"_qs, u"2:1,5|2"_qs};
    QTest::newRow("semicolons outnumber commas")
        << QByteArray("a,x;b;c\n1;2;3\n") << ';' << QStringList{u"a,x|b|c"_qs, u"2:1|2|3"_qs};
    QTest::newRow("delimiter inside quotes does not count")
        << QByteArray("\"a;b;c\",d\n1,2\n") << ',' << QStringList{u"a;b;c|d"_qs, u"2:1|2"_qs};
    QTest::newRow("one column") << QByteArray("customerId\nx\n") << ',' << QStringList{u"customerId"_qs, u"2:x"_qs};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n")
                         << ',' << QStringList{u"a|b"_qs, u"2:1|2"_qs};
    QTest::newRow("quoted delimiter") << QByteArray("a,b\n\"1,5\",2\n") << ',' << QStringList{u"a|b"_qs, u"2:1,5|2"_qs};
    QTest::newRow("doubled quote") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << ','
                                   << QStringList{u"a"_qs, u"2:say \"hi\""_qs};
    QTest::newRow("quoted line break, CRLF kept as LF")
        << QByteArray("a,b\r\n\"x\r\ny\",z\r\n") << ',' << QStringList{u"a|b"_qs, u"2:x\ny|z"_qs};
    QTest::newRow("empty quoted") << QByteArray("a,b\n\"\",2\n") << ',' << QStringList{u"a|b"_qs, u"2:|2"_qs};
    QTest::newRow("spaces around quotes dropped")
        << QByteArray("a,b\n  \"x, y\"  ,2\n") << ',' << QStringList{u"a|b"_qs, u"2:x, y|2"_qs};
    QTest::newRow("spaces of unquoted kept")
        << QByteArray("a,b\n x , y\n") << ',' << QStringList{u"a|b"_qs, u"2: x | y"_qs};
    QTest::newRow("quote inside unquoted is literal")
        << QByteArray("a\n5\" disk\n") << ',' << QStringList{u"a"_qs, u"2:5\" disk"_qs};
    QTest::newRow("tab-separated") << QByteArray("customerId\tsummary\nc1\t\"Refund, late\"\n") << '\t'
                                   << QStringList{u"customerId|summary"_qs, u"2:c1|Refund, late"_qs};
    QTest::newRow("tabs fewer than commas")
        << QByteArray("a,b,c\td\n1,2,3\t4\n") << ',' << QStringList{u"a|b|c\td"_qs, u"2:1|2|3\t4"_qs};
    QTest::newRow("blank lines skipped") << QByteArray("\n\na,b\n\n1,2\n\n\n3,4\n") << ','
                                         << QStringList{u"a|b"_qs, u"5:1|2"_qs, u"8:3|4"_qs};
    QTest::newRow("rows of empty fields skipped")
        << QByteArray("a;b\n;\n1;2\n ; \n") << ';' << QStringList{u"a|b"_qs, u"3:1|2"_qs};
    QTest::newRow("UTF-8") << QByteArray("name\nMaría López\n") << ',' << QStringList{u"name"_qs, u"2:María López"_qs};
    QTest::newRow("trailing empty field") << QByteArray("a,b\n1,\n") << ',' << QStringList{u"a|b"_qs, u"2:1|"_qs};
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QStringList, table);
    const CsvTable t = CsvReader().parse(input);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.delimiter, delimiter);
    QCOMPARE(flatten(t), table);
    for (const CsvRecord &r : t.records)
        QVERIFY(r.error.isEmpty());
}

void TestCsvReader::lineNumbersCountPhysicalLines()
{
    // A quoted field over three lines: the next record starts three lines later.
    const CsvTable t = CsvReader().parse("id,text\r\n1,\"one\r\ntwo\r\nthree\"\r\n2,x\r\n\r\n3,y\r\n");
    QVERIFY(t.ok());
    QCOMPARE(t.records.size(), 3);
    QCOMPARE(t.records.at(0).line, 2);
    QCOMPARE(t.records.at(0).fields.at(1), u"one\ntwo\nthree"_qs);
    QCOMPARE(t.records.at(1).line, 5);
    QCOMPARE(t.records.at(2).line, 7);
}

void TestCsvReader::headerNamesIgnoreCaseAndSpaces()
{
    const CsvTable t = CsvReader().parse(" CustomerID ; Name;EMAIL \n1;2;3\n");
    QVERIFY(t.ok());
    QCOMPARE(t.header, (QStringList{u"CustomerID"_qs, u"Name"_qs, u"EMAIL"_qs}));
    QCOMPARE(t.column(u"customerId"), 0);
    QCOMPARE(t.column(u"name"), 1);
    QCOMPARE(t.column(u" email "), 2);
    QCOMPARE(t.column(u"externalRef"), -1);
}

void TestCsvReader::shortRowsHaveFewerFields()
{
    const CsvTable t = CsvReader().parse("a,b,c\n1\n");
    QVERIFY(t.ok());
    QCOMPARE(t.records.at(0).fields, QStringList{u"1"_qs});
    QCOMPARE(t.records.at(0).fields.value(2), QString());
    // A missing delimiter would put the values in the wrong columns: the row says so.
    const QString &error = t.records.at(0).error;
    QVERIFY2(error.contains(u"1 fields"_qs) && error.contains(u"header has 3"_qs), qPrintable(error));
    // An empty last cell is still a field.
    const CsvTable whole = CsvReader().parse("a,b,c\n1,,\n");
    QVERIFY(whole.records.at(0).error.isEmpty());
}

void TestCsvReader::longerRowCarriesItsOwnError()
{
    const CsvTable t = CsvReader().parse("a,b\n1,2\n1,2,3,4\n5,6\n");
    QVERIFY(t.ok());
    QCOMPARE(t.records.size(), 3);
    const CsvRecord &bad = t.records.at(1);
    QCOMPARE(bad.line, 3);
    QCOMPARE(bad.fields, (QStringList{u"1"_qs, u"2"_qs})); // no more than the header holds
    QVERIFY2(bad.error.contains(u"4 fields"_qs) && bad.error.contains(u"header has 2"_qs), qPrintable(bad.error));
    QVERIFY(t.records.at(2).error.isEmpty());
}

void TestCsvReader::textAfterAClosingQuoteIsARowError()
{
    // `"Row B" trailing`, or a quote inside a quoted value that was not doubled: the value is
    // kept as written, and the row says why it cannot be used as it is.
    const CsvTable t = CsvReader().parse("a,b\n\"Row B\" trailing,2\n\"He said \"hi\" ok\",3\n\"fine\"  ,4\n");
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.records.size(), 3);
    QCOMPARE(t.records.at(0).fields, (QStringList{u"Row Btrailing"_qs, u"2"_qs}));
    for (int i : {0, 1})
        QVERIFY2(t.records.at(i).error.contains(u"more text after its closing quote"_qs),
                 qPrintable(t.records.at(i).error));
    QVERIFY(t.records.at(2).error.isEmpty()); // spaces after a closing quote are dropped, as before
    // In the header, the file cannot be read at all.
    const CsvTable header = CsvReader().parse("\"customerId\"x,summary\n1,2\n");
    QVERIFY(!header.ok());
    QCOMPARE(header.errorLine, 1);
    QVERIFY(header.error.contains(u"closing quote"_qs));
}

// A quote not closed where meant runs the row on to the next line and takes its record in: an
// import listed one row fewer than the file's lines, and the lost one only inside a value.
void TestCsvReader::aRowThatRunsOnNamesItsLastLine()
{
    const CsvTable t =
        CsvReader().parse("id,name\n1,\"Bad \"\"row, x\n2,Second\" y\n3,Third\n4,\"Two\nlines\"\n5,\"A\r\nB\" tail");
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.records.size(), 4);
    const CsvRecord &ranOn = t.records.at(0);
    QCOMPARE(ranOn.line, 2);
    QCOMPARE(ranOn.fields.value(1), u"Bad \"row, x\n2,Secondy"_qs);
    QVERIFY2(ranOn.error.contains(u"runs on to line 3"_qs), qPrintable(ranOn.error));
    QVERIFY(t.records.at(1).error.isEmpty()); // line 4
    // A value on two lines is fine, and says nothing of them.
    QCOMPARE(t.records.at(2).line, 5);
    QVERIFY(t.records.at(2).error.isEmpty());
    // At the end of the data, with a CRLF inside the quotes.
    QCOMPARE(t.records.at(3).line, 7);
    QVERIFY2(t.records.at(3).error.contains(u"runs on to line 8"_qs), qPrintable(t.records.at(3).error));
    // One line only: nothing of the kind.
    const CsvTable one = CsvReader().parse("a,b\n\"Row B\" trailing,2\n");
    QVERIFY(!one.records.at(0).error.contains(u"runs on"_qs));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");

    QTest::newRow("empty") << QByteArray() << 0 << u"empty"_qs;
    QTest::newRow("only blank lines") << QByteArray("\r\n\n;;\n") << 0 << u"empty"_qs;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << 0 << u"empty"_qs;
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7\n") << 3 << u"never closed"_qs;
    QTest::newRow("unterminated quote in header") << QByteArray("\"a,b\n") << 1 << u"never closed"_qs;
    QTest::newRow("Latin-1") << QByteArray("name\nok\nMar\xED"
                                           "a\n")
                             << 3 << u"not UTF-8 text"_qs;
    QTest::newRow("truncated sequence at end") << QByteArray("name\n\xC3") << 2 << u"not UTF-8"_qs;
    QTest::newRow("overlong") << QByteArray("name\n\xC0\xAF\n") << 2 << u"not UTF-8"_qs;
    QTest::newRow("surrogate") << QByteArray("name\n\xED\xA0\x80\n") << 2 << u"not UTF-8"_qs;
    QTest::newRow("above U+10FFFF") << QByteArray("name\n\xF4\x90\x80\x80\n") << 2 << u"not UTF-8"_qs;
    QTest::newRow("line counted over CRLF and CR") << QByteArray("a\r\nb\rc\n\xFF") << 4 << u"not UTF-8"_qs;
    QTest::newRow("NUL") << QByteArray("name\nx\0y\n", 9) << 2 << u"NUL"_qs;
    QTest::newRow("UTF-16 little-endian") << QByteArray("\xFF\xFEn\0a\0m\0e\0\n\0", 12) << 0 << u"UTF-16"_qs;
    QTest::newRow("UTF-16 big-endian") << QByteArray("\xFE\xFF\0n\0a\0m\0e\0\n", 12) << 0 << u"UTF-16"_qs;
    QTest::newRow("column twice") << QByteArray("\nid,Name,NAME\n") << 2 << u"\"NAME\" appears twice"_qs;
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, says);
    const CsvTable t = CsvReader().parse(input);
    QVERIFY(!t.ok());
    QCOMPARE(t.errorLine, line);
    QVERIFY2(t.error.contains(says), qPrintable(t.error));
    // The place is errorLine's: whoever shows the error puts it before, so the text does not repeat it.
    QVERIFY2(!t.error.contains(u"Line"_qs, Qt::CaseInsensitive), qPrintable(t.error));
    QVERIFY(t.records.isEmpty());
    QVERIFY(t.header.isEmpty());
}

void TestCsvReader::byteLimit()
{
    const QByteArray data = "a\n" + QByteArray(98, 'x'); // 100 bytes
    QVERIFY(CsvReader(CsvLimits{100, 10, 10}).parse(data).ok());
    const CsvTable t = CsvReader(CsvLimits{99, 10, 10}).parse(data);
    QVERIFY(!t.ok());
    QCOMPARE(t.errorLine, 0);
}

void TestCsvReader::rowLimit()
{
    const QByteArray three = "a\n1\n2\n3\n";
    QCOMPARE(CsvReader(CsvLimits{1000, 3, 10}).parse(three).records.size(), 3);
    const CsvTable t = CsvReader(CsvLimits{1000, 2, 10}).parse(three);
    QVERIFY(!t.ok());
    QCOMPARE(t.errorLine, 4);
    QVERIFY2(t.error.contains(u"more than 2 rows"_qs), qPrintable(t.error));
}

void TestCsvReader::columnLimit()
{
    QVERIFY(CsvReader(CsvLimits{1000, 10, 3}).parse("a,b,c\n").ok());
    const CsvTable t = CsvReader(CsvLimits{1000, 10, 3}).parse("a,b,c,d\n");
    QVERIFY(!t.ok());
    QCOMPARE(t.errorLine, 1);
    // A row can be as long as the byte limit allows, but only the header's width is kept.
    const QByteArray wide = "a\n" + QByteArray(500, ',') + "x\n";
    const CsvTable w = CsvReader(CsvLimits{1000, 10, 3}).parse(wide);
    QVERIFY(w.ok());
    QCOMPARE(w.records.at(0).fields.size(), 1);
    QVERIFY(!w.records.at(0).error.isEmpty());
}

void TestCsvReader::readsFromADevice()
{
    QByteArray data = "customerId;name\n";
    for (int i = 0; i < 5000; ++i)
        data += QByteArray::number(i) + ";\"Name " + QByteArray::number(i) + "\"\n"; // over one read chunk
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const CsvTable t = CsvReader().read(buffer);
    QVERIFY(t.ok());
    QCOMPARE(t.delimiter, ';');
    QCOMPARE(t.records.size(), 5000);
    QCOMPARE(t.records.last().fields, (QStringList{u"4999"_qs, u"Name 4999"_qs}));
    QCOMPARE(t.records.last().line, 5001);
}

void TestCsvReader::readStopsAtTheByteLimit()
{
    QByteArray data(300 * 1024, 'x');
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const CsvTable t = CsvReader(CsvLimits{100 * 1024, 10, 10}).read(buffer);
    QVERIFY(!t.ok());
    QVERIFY(buffer.pos() < data.size()); // it did not read on to the end
    QBuffer closed;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QBuffer): device not open");
    const CsvTable unread = CsvReader().read(closed);
    QVERIFY2(unread.error.startsWith(u"Cannot read the file"_qs), qPrintable(unread.error));
}

void TestCsvReader::readsBackWhatCsvWriterWrites()
{
    const QList<QStringList> rows{
        {u"summary"_qs, u"description"_qs},
        {u"Refund, please"_qs, u"Line one\nLine \"two\""_qs},
        {u"ñandú"_qs, QString()},
    };
    QByteArray data;
    for (const QStringList &row : rows)
        data += CsvWriter::row(row);
    const CsvTable t = CsvReader().parse(data);
    QVERIFY(t.ok());
    QCOMPARE(t.header, rows.at(0));
    QCOMPARE(t.records.at(0).fields, rows.at(1));
    QCOMPARE(t.records.at(1).fields, rows.at(2));
}

void TestCsvReader::arbitraryBytesNeverCrash()
{
    // Random mixes of the bytes that matter; every result is a table or an error with a line.
    // Odd rounds may hold bytes that are not UTF-8; even rounds reach the record parser.
    static constexpr char alphabet[] = {',', ';', '"', '\r', '\n', ' ', 'a', 'b', '\xFF', '\0'};
    QRandomGenerator random(13);
    const CsvReader reader(CsvLimits{4096, 50, 20});
    for (int round = 0; round < 4000; ++round) {
        const int letters = round % 2 == 0 ? int(sizeof alphabet) - 2 : int(sizeof alphabet);
        QByteArray data(random.bounded(1, 200), Qt::Uninitialized);
        for (char &c : data)
            c = alphabet[random.bounded(letters)];
        const CsvTable t = reader.parse(data);
        if (t.ok()) {
            QVERIFY(!t.header.isEmpty());
            QVERIFY(t.records.size() <= 50);
            int previous = 0;
            for (const CsvRecord &r : t.records) {
                QVERIFY(r.line > previous);
                QVERIFY(r.fields.size() <= t.header.size());
                previous = r.line;
            }
        } else {
            QVERIFY(t.errorLine >= 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
