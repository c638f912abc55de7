// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvreader.h"
#include "core/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace TicketDesk;

// The CSV dialect both exports write: RFC 4180 quoting and formula neutralisation.
class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void row_data();
    void row();
    void writeRowAppendsLines();
    void writeRowReportsAFailedDevice();
    void whatIsWrittenReadsBackAsItWas();
};

void TestCsvWriter::field_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << QStringLiteral("SUP-1") << QStringLiteral("SUP-1");
    QTest::newRow("not first") << QStringLiteral("a=b+c-d@e") << QStringLiteral("a=b+c-d@e");
    QTest::newRow("space first") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("utf-8") << QStringLiteral("Señal ñandú") << QStringLiteral("Señal ñandú");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab first") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    QTest::newRow("cr first") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    QTest::newRow("lone equals") << QStringLiteral("=") << QStringLiteral("'=");
    QTest::newRow("hyperlink, quoted after the apostrophe")
        << QStringLiteral("=HYPERLINK(\"http://evil.example/?x\",\"x\")")
        << QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example/?x\"\",\"\"x\"\")\"");
    QTest::newRow("formula with a comma") << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
    // Already an apostrophe before the formula: one more, so that the import's taking one off
    // gives back the text, apostrophe and all.
    QTest::newRow("apostrophe, formula") << QStringLiteral("'=1+1") << QStringLiteral("''=1+1");
    QTest::newRow("two apostrophes, minus") << QStringLiteral("''-007") << QStringLiteral("'''-007");
    QTest::newRow("apostrophe, text") << QStringLiteral("'hello") << QStringLiteral("'hello");
}

void TestCsvWriter::field()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(CsvWriter::field(in), out);
}

void TestCsvWriter::row_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("no cells") << QStringList{} << QByteArray("\r\n");
    QTest::newRow("one empty cell") << QStringList{QString()} << QByteArray("\r\n");
    QTest::newRow("two empty cells") << QStringList{QString(), QString()} << QByteArray(",\r\n");
    QTest::newRow("plain") << QStringList{QStringLiteral("1"), QStringLiteral("a")} << QByteArray("1,a\r\n");
    QTest::newRow("quoted and neutralised")
        << QStringList{QStringLiteral("a,b"), QStringLiteral("-2"), QStringLiteral("x")}
        << QByteArray("\"a,b\",'-2,x\r\n");
    QTest::newRow("utf-8") << QStringList{QStringLiteral("ñ")} << QByteArray("\xc3\xb1\r\n");
}

void TestCsvWriter::row()
{
    QFETCH(QStringList, cells);
    QFETCH(QByteArray, line);
    QCOMPARE(CsvWriter::row(cells), line);
}

void TestCsvWriter::writeRowAppendsLines()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(buffer);
    QVERIFY(csv.writeRow({QStringLiteral("id"), QStringLiteral("summary")}));
    QVERIFY(csv.writeRow({QStringLiteral("7"), QStringLiteral("@cmd")}));
    QCOMPARE(buffer.data(), QByteArray("id,summary\r\n7,'@cmd\r\n"));
}

void TestCsvWriter::writeRowReportsAFailedDevice()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvWriter csv(buffer);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!csv.writeRow({QStringLiteral("x")}));
}

void TestCsvWriter::whatIsWrittenReadsBackAsItWas()
{
    // Exported, then imported (customers import, create --from-csv): the apostrophe that keeps a
    // formula from running in a spreadsheet was read back as part of the text, so an imported
    // summary no longer equalled the exported one (and the duplicate check missed it).
    const QStringList cells{QStringLiteral("=HYPERLINK(\"http://x\")"),
                            QStringLiteral("+cmd"),
                            QStringLiteral("-5"),
                            QStringLiteral("@sum"),
                            QStringLiteral("plain, with a comma"),
                            QStringLiteral("it's"),
                            QStringLiteral("'"),
                            QStringLiteral("'quoted'"),
                            QStringLiteral("'=1+1 literal"),
                            QStringLiteral("'-007"),
                            QStringLiteral("''@x"),
                            QStringLiteral("''")};
    QStringList header;
    for (qsizetype i = 0; i < cells.size(); ++i)
        header << QStringLiteral("h%1").arg(i);
    const QByteArray file = CsvWriter::row(header) + CsvWriter::row(cells);
    const CsvTable table = CsvReader().parse(file);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.records.size(), 1);
    QStringList back;
    for (const QString &field : table.records.first().fields)
        back << CsvWriter::unguarded(field);
    QCOMPARE(back, cells);
    QCOMPARE(table.records.first().fields.first(), QStringLiteral("'=HYPERLINK(\"http://x\")")); // as written
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
