// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvreader.h"
#include "core/csvwriter.h"
#include "gui/csvexporter.h"

#include <QBuffer>
#include <QLocale>
#include <QStandardItemModel>
#include <QTest>

using namespace TicketDesk;

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("SUP-1") << QStringLiteral("SUP-1");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(1)") << QStringLiteral("'=HYPERLINK(1)");
        QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("empty") << QString() << QString();
    }
    void field()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(CsvExporter::field(in), out);
    }

    void writesChosenColumnsInOrder()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("a0")));
        model.setItem(0, 2, new QStandardItem(QStringLiteral("ñ,0")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("a1")));
        model.setItem(1, 2, new QStandardItem(QStringLiteral("c1")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CsvExporter::write(model, {2, 0}, buffer, ','));
        // A byte-order mark first: a spreadsheet then reads "ñ" as UTF-8, not as "Ã±".
        QCOMPARE(buffer.data(), "\xEF\xBB\xBF" + QStringLiteral("C,A\r\n\"ñ,0\",a0\r\nc1,a1\r\n").toUtf8());
    }

    // Where numbers are written "1,5" (es, pt_BR), spreadsheets split a CSV line at semicolons:
    // the export does too, and quotes a cell that holds one.
    void semicolonsWhereTheCommaIsTheDecimalSeparator()
    {
        QCOMPARE(CsvWriter::spreadsheetDelimiter(QLocale(QLocale::Portuguese, QLocale::Brazil)), ';');
        QCOMPARE(CsvWriter::spreadsheetDelimiter(QLocale(QLocale::Spanish, QLocale::Argentina)), ';');
        QCOMPARE(CsvWriter::spreadsheetDelimiter(QLocale(QLocale::English, QLocale::UnitedStates)), ',');
        // The computer's regional settings, not the language TicketDesk speaks (--lang).
        QCOMPARE(CsvExporter::delimiter(), CsvWriter::spreadsheetDelimiter(QLocale::system()));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        const char underPortuguese = CsvExporter::delimiter();
        QLocale::setDefault(before);
        QCOMPARE(underPortuguese, CsvWriter::spreadsheetDelimiter(QLocale::system()));
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Cliente"), QStringLiteral("Resumo")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("João, Silva")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("Taxa; 1,5 %")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CsvExporter::write(model, {0, 1}, buffer, ';'));
        QCOMPARE(buffer.data(),
                 "\xEF\xBB\xBF" + QStringLiteral("Cliente;Resumo\r\nJoão, Silva;\"Taxa; 1,5 %\"\r\n").toUtf8());
        // And what it wrote reads back as written.
        const CsvTable table = CsvReader().parse(buffer.data());
        QVERIFY2(table.ok(), qPrintable(table.error));
        QCOMPARE(table.delimiter, ';');
        QCOMPARE(table.records.value(0).fields,
                 (QStringList{QStringLiteral("João, Silva"), QStringLiteral("Taxa; 1,5 %")}));
    }
};

QTEST_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
