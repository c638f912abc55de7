// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/templatetext.h"

#include <QTest>

using namespace TicketDesk;

// Placeholders in templates: the known names, literal braces, unknown names reported.
class TestTemplateText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fill_data();
    void fill();
    void unknownNamesAreReportedOnce();
    void applyFillsBothTexts();
    void invalidDateIsToday();
    void placeholdersAreTheKnownOnes();
    void longRunsOfBracesStayLinear();
};

static TemplateValues sample()
{
    TemplateValues v;
    v.customerName = u"María López"_qs;
    v.customerEmail = u"maria@example.com"_qs;
    v.customerId = u"123e4567-e89b-12d3-a456-426614174000"_qs;
    v.customerExternalRef = u"CRM-42"_qs;
    v.reference = u"HD-7781"_qs;
    v.date = QDate(2026, 3, 1);
    return v;
}

void TestTemplateText::fill_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("filled");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("plain") << u"No placeholders"_qs << u"No placeholders"_qs << QStringList();
    QTest::newRow("all")
        << u"{customer.name} <{customer.email}> {customer.id} {customer.externalRef} {reference} {date}"_qs
        << u"María López <maria@example.com> 123e4567-e89b-12d3-a456-426614174000 CRM-42 HD-7781 "
           "2026-03-01"_qs
        << QStringList();
    QTest::newRow("case and spaces") << u"{ Customer.Name }/{REFERENCE}"_qs << u"María López/HD-7781"_qs
                                     << QStringList();
    QTest::newRow("twice") << u"{reference}-{reference}"_qs << u"HD-7781-HD-7781"_qs << QStringList();
    QTest::newRow("literal braces") << u"{{reference}} is {reference}"_qs << u"{reference} is HD-7781"_qs
                                    << QStringList();
    QTest::newRow("braces around a placeholder") << u"{{{reference}}}"_qs << u"{HD-7781}"_qs << QStringList();
    QTest::newRow("lone braces kept") << u"a } b { c"_qs << u"a } b { c"_qs << QStringList();
    QTest::newRow("unclosed at end") << u"x {reference"_qs << u"x {reference"_qs << QStringList();
    QTest::newRow("empty braces") << u"{}"_qs << u"{}"_qs << QStringList();
    QTest::newRow("JSON is text") << u"{\"a\": 1} {reference}"_qs << u"{\"a\": 1} HD-7781"_qs << QStringList();
    QTest::newRow("unknown kept and reported") << u"Hi {customer.nmae}, {reference}"_qs
                                               << u"Hi {customer.nmae}, HD-7781"_qs << QStringList{u"customer.nmae"_qs};
    QTest::newRow("unknown with spaces kept as written")
        << u"{ phone }"_qs << u"{ phone }"_qs << QStringList{u"phone"_qs};
    QTest::newRow("nested opening") << u"{a {reference}"_qs << u"{a HD-7781"_qs << QStringList();
    QTest::newRow("multi-line") << u"Ref: {reference}\nCustomer: {customer.name}\n"_qs
                                << u"Ref: HD-7781\nCustomer: María López\n"_qs << QStringList();
    QTest::newRow("value with braces is not filled again")
        << u"{customer.externalRef}"_qs << u"CRM-42"_qs << QStringList();
}

void TestTemplateText::fill()
{
    QFETCH(QString, text);
    QFETCH(QString, filled);
    QFETCH(QStringList, unknown);
    const FilledText result = TemplateText::fill(text, sample());
    QCOMPARE(result.text, filled);
    QCOMPARE(result.unknown, unknown);
}

void TestTemplateText::unknownNamesAreReportedOnce()
{
    TemplateValues values = sample();
    values.reference = u"{date}"_qs; // a value is never read as a template
    const FilledText r = TemplateText::fill(u"{b} {a} {b} {A} {reference}"_qs, values);
    QCOMPARE(r.text, u"{b} {a} {b} {A} {date}"_qs);
    QCOMPARE(r.unknown, (QStringList{u"b"_qs, u"a"_qs, u"A"_qs}));
}

void TestTemplateText::applyFillsBothTexts()
{
    TicketTemplate t;
    t.name = u"Refund"_qs;
    t.summary = u"Refund for {customer.name} ({reference}) {x}"_qs;
    t.description = u"Customer {customer.id} asked on {date}. {y} {x}"_qs;
    const FilledTemplate f = TemplateText::apply(t, sample());
    QCOMPARE(f.summary, u"Refund for María López (HD-7781) {x}"_qs);
    QCOMPARE(f.description, u"Customer 123e4567-e89b-12d3-a456-426614174000 asked on 2026-03-01. {y} {x}"_qs);
    QCOMPARE(f.unknown, (QStringList{u"x"_qs, u"y"_qs}));
}

void TestTemplateText::invalidDateIsToday()
{
    TemplateValues v;
    const FilledText r = TemplateText::fill(u"{date}"_qs, v);
    QCOMPARE(r.text, QDate::currentDate().toString(Qt::ISODate));
}

void TestTemplateText::placeholdersAreTheKnownOnes()
{
    const FilledText r = TemplateText::fill(TemplateText::placeholders().join(u' '), sample());
    QVERIFY(r.unknown.isEmpty());
    QVERIFY(!r.text.contains(u'{'));
}

void TestTemplateText::longRunsOfBracesStayLinear()
{
    const QString braces(200000, u'{');
    const FilledText r = TemplateText::fill(QString(braces + u"{reference}"_qs), sample());
    QCOMPARE(r.text.size(), 100000 + 7);
    QVERIFY(r.text.endsWith(u"{HD-7781"_qs));
}

QTEST_GUILESS_MAIN(TestTemplateText)
#include "tst_templatetext.moc"
