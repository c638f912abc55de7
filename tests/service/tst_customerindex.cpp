// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/customerindex.h"

#include <QTest>

using namespace TicketDesk;

using Field = CustomerMatch::Field;

// Completion over the customer directory: what matches, in which order, after updates.
class TestCustomerIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void latin1FoldsLikeAnyText();
    void finds_data();
    void finds();
    void ranking();
    void closedCustomersComeLast();
    void wordsInAnyOrder();
    void limitAndEmptyText();
    void updateReplacesAndAdds();
    void manyUpdatesKeepTheIndexRight();
    void duplicateIdsInTheListKeepTheLast();
};

static CustomerRecord customer(const QString &id, const QString &name, const QString &email = {},
                               const QString &ref = {}, bool closed = false)
{
    CustomerRecord c;
    c.customerId = id;
    c.name = name;
    c.email = email;
    c.externalRef = ref;
    c.closed = closed;
    return c;
}

static QString uuid(int n)
{
    return QStringLiteral("%1-0000-4000-8000-000000000000").arg(n, 8, 16, QLatin1Char('0'));
}

static QList<CustomerRecord> directory()
{
    return {
        customer(uuid(0xa1), u"María López"_qs, u"maria.lopez@correo.es"_qs, u"CRM-100"_qs),
        customer(uuid(0xb2), u"Lopez Hermanos S.A."_qs, u"ventas@lopezhnos.com"_qs, u"CRM-200"_qs),
        customer(uuid(0xc3), u"João Gonçalves"_qs, u"joao@empresa.com.br"_qs),
        customer(uuid(0xd4), u"Jürgen Straße"_qs, u"jurgen@example.de"_qs),
        customer(uuid(0xe5), QString(), u"anon@example.com"_qs, u"X-9"_qs),
        customer(uuid(0xf6), u"Søren Łukasz"_qs),
        customer(u"DEADBEEF-0000-4000-8000-000000000000"_qs, u"Upper Case Id"_qs),
    };
}

static QStringList namesOf(const QList<CustomerMatch> &matches)
{
    QStringList names;
    for (const CustomerMatch &m : matches)
        names.append(m.customer.name.isEmpty() ? m.customer.email : m.customer.name);
    return names;
}

void TestCustomerIndex::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << u"  Ana   BERG "_qs << u"ana berg"_qs;
    QTest::newRow("accents") << u"María José Gonçalves"_qs << u"maria jose goncalves"_qs;
    QTest::newRow("sharp s") << u"Straße STRASSE ẞ"_qs << u"strasse strasse ss"_qs;
    QTest::newRow("letters spelt out") << u"Søren Łukasz Æsir Œuvre Đorđe"_qs << u"soren lukasz aesir oeuvre dorde"_qs;
    QTest::newRow("compatibility") << u"ﬁle Ｗide"_qs << u"file wide"_qs;
    QTest::newRow("tabs and controls") << u"a\tb\nc\u0001d"_qs << u"a b cd"_qs;
    QTest::newRow("greek case") << u"ΣΟΦΊΑ"_qs << u"σοφια"_qs;
    QTest::newRow("soft hyphen and zero width") << u"Ma\u00ADría Ló\u200Bpez"_qs << u"maria lopez"_qs;
    QTest::newRow("no-break space") << u"Ana\u00A0 Berg"_qs << u"ana berg"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestCustomerIndex::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(CustomerIndex::fold(text), folded);
}

void TestCustomerIndex::latin1FoldsLikeAnyText()
{
    // Text up to U+00FF is folded by a table, other text by normalizing: a character folds the
    // same either way ("ł" sends the whole text down the normalizing path).
    for (char16_t u = 0x21; u < 0x100; ++u) {
        if (u == 0x7f || (u >= 0x80 && u <= 0xa0)) // controls and the no-break space
            continue;
        const QString c(QChar{u});
        const QString slow = CustomerIndex::fold(QString(u"x"_qs + c + u"\u0142"_qs));
        const QString table = CustomerIndex::fold(QString(u"x"_qs + c)) + u'l';
        QVERIFY2(slow == table,
                 qPrintable(QStringLiteral("U+%1: %2 / %3").arg(int(u), 4, 16, QLatin1Char('0')).arg(slow, table)));
    }
}

void TestCustomerIndex::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("field");

    QTest::newRow("name start") << u"mar"_qs << QStringList{u"María López"_qs} << int(Field::Name);
    QTest::newRow("accent typed") << u"MARÍA"_qs << QStringList{u"María López"_qs} << int(Field::Name);
    QTest::newRow("word of the name") << u"gonc"_qs << QStringList{u"João Gonçalves"_qs} << int(Field::Name);
    QTest::newRow("sharp s as ss") << u"strass"_qs << QStringList{u"Jürgen Straße"_qs} << int(Field::Name);
    QTest::newRow("spelt-out letters") << u"lukasz"_qs << QStringList{u"Søren Łukasz"_qs} << int(Field::Name);
    QTest::newRow("name with its space") << u"maria lo"_qs << QStringList{u"María López"_qs} << int(Field::Name);
    QTest::newRow("email start") << u"ventas@"_qs << QStringList{u"Lopez Hermanos S.A."_qs} << int(Field::Email);
    QTest::newRow("email domain") << u"empresa.com"_qs << QStringList{u"João Gonçalves"_qs} << int(Field::Email);
    QTest::newRow("no name: by email") << u"anon"_qs << QStringList{u"anon@example.com"_qs} << int(Field::Email);
    QTest::newRow("external ref") << u"crm-2"_qs << QStringList{u"Lopez Hermanos S.A."_qs} << int(Field::ExternalRef);
    QTest::newRow("uuid prefix") << u"000000c3-0000"_qs << QStringList{u"João Gonçalves"_qs} << int(Field::Id);
    QTest::newRow("uuid upper in directory") << u"deadbeef"_qs << QStringList{u"Upper Case Id"_qs} << int(Field::Id);
    QTest::newRow("middle of a word is no match") << u"opez"_qs << QStringList() << int(Field::Name);
    QTest::newRow("nothing") << u"zzz"_qs << QStringList() << int(Field::Name);
}

void TestCustomerIndex::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(int, field);
    const CustomerIndex index(directory());
    const QList<CustomerMatch> found = index.matches(text, 10);
    QCOMPARE(namesOf(found), names);
    if (!found.isEmpty())
        QCOMPARE(int(found.at(0).field), field);
}

void TestCustomerIndex::ranking()
{
    CustomerIndex index({
        customer(uuid(1), u"Ana Lopez"_qs),                        // a later word
        customer(uuid(2), u"Lopez"_qs),                            // exact name
        customer(uuid(3), u"Lopezito Perez"_qs),                   // name start
        customer(uuid(4), u"Bo Berg"_qs, u"lopez@example.com"_qs), // email
        customer(uuid(5), u"Lopeña Ruiz"_qs),                      // not "lopez"
        customer(uuid(6), u"Carla Lopez"_qs),                      // a later word, after Ana by name
        customer(uuid(7), u"Dee Dee"_qs, {}, u"LOPEZ-1"_qs),       // reference
    });
    QCOMPARE(namesOf(index.matches(u"lopez"_qs, 10)), (QStringList{u"Lopez"_qs, u"Lopezito Perez"_qs, u"Ana Lopez"_qs,
                                                                   u"Carla Lopez"_qs, u"Bo Berg"_qs, u"Dee Dee"_qs}));
    // An exact email beats a name that only starts with the text.
    index.update(customer(uuid(8), u"Lo Pez"_qs, u"lo@x.example"_qs));
    QCOMPARE(namesOf(index.matches(u"lo@x.example"_qs, 2)), QStringList{u"Lo Pez"_qs});
    const QList<CustomerMatch> top = index.matches(u"lo"_qs, 3);
    QCOMPARE(namesOf(top), (QStringList{u"Lo Pez"_qs, u"Lopeña Ruiz"_qs, u"Lopez"_qs}));
}

void TestCustomerIndex::closedCustomersComeLast()
{
    const CustomerIndex index({
        customer(uuid(1), u"Alba Closed"_qs, {}, {}, true),
        customer(uuid(2), u"Alba"_qs, {}, {}, true),
        customer(uuid(3), u"Zoe Alba"_qs),
        customer(uuid(4), u"Xavier"_qs, u"alba@example.com"_qs),
    });
    QCOMPARE(namesOf(index.matches(u"alba"_qs, 10)),
             (QStringList{u"Zoe Alba"_qs, u"Xavier"_qs, u"Alba"_qs, u"Alba Closed"_qs}));
}

void TestCustomerIndex::wordsInAnyOrder()
{
    const CustomerIndex index(directory());
    QCOMPARE(namesOf(index.matches(u"lopez maria"_qs, 10)), QStringList{u"María López"_qs});
    QCOMPARE(namesOf(index.matches(u"lop, mar"_qs, 10)), QStringList{u"María López"_qs});
    QCOMPARE(namesOf(index.matches(u"gon joa"_qs, 10)), QStringList{u"João Gonçalves"_qs});
    QVERIFY(index.matches(u"lopez jurgen"_qs, 10).isEmpty());
    // One word of several found is not enough.
    QVERIFY(index.matches(u"hermanos zzz"_qs, 10).isEmpty());
}

void TestCustomerIndex::limitAndEmptyText()
{
    const CustomerIndex index(directory());
    QCOMPARE(index.size(), 7);
    QCOMPARE(index.matches(u"0"_qs, 3).size(), 3); // every id starts with 0 but one
    QCOMPARE(index.matches(u"0"_qs, 100).size(), 6);
    QVERIFY(index.matches(u"   "_qs, 10).isEmpty());
    QVERIFY(index.matches(u"a"_qs, 0).isEmpty());
    QVERIFY(CustomerIndex().matches(u"a"_qs, 10).isEmpty());
}

void TestCustomerIndex::updateReplacesAndAdds()
{
    CustomerIndex index(directory());
    CustomerRecord maria = directory().at(0);
    maria.name = u"María Pérez"_qs;
    maria.customerId = maria.customerId.toUpper(); // the same customer in any case
    index.update(maria);
    QCOMPARE(index.size(), 7);
    QCOMPARE(namesOf(index.matches(u"perez"_qs, 10)), QStringList{u"María Pérez"_qs});
    QVERIFY(namesOf(index.matches(u"lopez"_qs, 10)) == QStringList{u"Lopez Hermanos S.A."_qs});

    index.update(customer(uuid(0x99), u"Pedro Perez"_qs));
    QCOMPARE(index.size(), 8);
    QCOMPARE(namesOf(index.matches(u"pe"_qs, 10)), (QStringList{u"Pedro Perez"_qs, u"María Pérez"_qs}));

    maria.closed = true;
    index.update(maria);
    QCOMPARE(namesOf(index.matches(u"perez"_qs, 10)), (QStringList{u"Pedro Perez"_qs, u"María Pérez"_qs}));
    QVERIFY(index.matches(u"perez"_qs, 10).at(1).customer.closed);
}

void TestCustomerIndex::manyUpdatesKeepTheIndexRight()
{
    // Enough updates to rebuild the index on the way; the answers stay those of a fresh index.
    QList<CustomerRecord> list;
    for (int i = 0; i < 50; ++i)
        list.append(
            customer(uuid(i), u"Name "_qs + QString::number(i), u"n"_qs + QString::number(i) + u"@x.example"_qs));
    CustomerIndex index(list);
    for (int round = 0; round < 20; ++round) {
        for (int i = round % 3; i < 50; i += 3) {
            list[i].name = u"Renamed "_qs + QString::number(round) + u' ' + QString::number(i);
            list[i].closed = (i + round) % 4 == 0;
            index.update(list.at(i));
            const CustomerIndex fresh(list);
            for (const QString &text : {u"renamed"_qs, u"name"_qs, u"n1"_qs, u"x.ex"_qs, u"0000"_qs}) {
                QCOMPARE(namesOf(index.matches(text, 100)), namesOf(fresh.matches(text, 100)));
            }
        }
    }
    QCOMPARE(index.size(), 50);
    QCOMPARE(index.matches(u"renamed 19"_qs, 100).size(), 17);
}

void TestCustomerIndex::duplicateIdsInTheListKeepTheLast()
{
    const CustomerIndex index({customer(uuid(1), u"First"_qs), customer(uuid(1).toUpper(), u"Second"_qs)});
    QCOMPARE(index.size(), 1);
    QVERIFY(index.matches(u"first"_qs, 10).isEmpty());
    QCOMPARE(namesOf(index.matches(u"second"_qs, 10)), QStringList{u"Second"_qs});
}

QTEST_GUILESS_MAIN(TestCustomerIndex)
#include "tst_customerindex.moc"
