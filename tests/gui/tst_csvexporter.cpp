// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/csvexporter.h"

#include <QBuffer>
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
        QVERIFY(CsvExporter::write(model, {2, 0}, buffer));
        QCOMPARE(buffer.data(), QStringLiteral("C,A\r\n\"ñ,0\",a0\r\nc1,a1\r\n").toUtf8());
    }
};

QTEST_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
