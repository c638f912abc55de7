// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvreader.h"
#include "service/customerimport.h"

#include <QTest>

using namespace TicketDesk;

using Kind = CustomerImportRow::Kind;

// Planning a customer list import against the directory: new, updated, unchanged, invalid.
class TestCustomerImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plansEachKindOfRow();
    void exportedTextComesBackAsItWas();
    void emptyCellKeepsTheDirectoryValue();
    void invalidRows_data();
    void invalidRows();
    void secondRowWithTheSameIdIsInvalid();
    void missingCustomerIdColumnIsAFileError();
    void unreadableFileIsAFileError();
    void otherColumnsAreIgnoredAndListed();
    void directoryAsHashOrList();
    void plausibleEmail_data();
    void plausibleEmail();
};

static const QString Known = u"11111111-1111-4111-8111-111111111111"_qs;
static const QString Same = u"22222222-2222-4222-8222-222222222222"_qs;
static const QString Fresh = u"33333333-3333-4333-8333-333333333333"_qs;

static QList<CustomerRecord> directory()
{
    CustomerRecord known;
    known.customerId = Known;
    known.name = u"Ana Old"_qs;
    known.email = u"ana@old.example"_qs;
    known.lastSummary = u"Card blocked"_qs;
    known.lastSeenAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    known.closed = true;
    known.closedAt = known.lastSeenAt;
    CustomerRecord same;
    same.customerId = Same.toUpper(); // ids compare without case
    same.name = u"Bo Same"_qs;
    same.email = u"bo@example.com"_qs;
    same.externalRef = u"CRM-2"_qs;
    return {known, same};
}

static CustomerImportPlan planOf(const QByteArray &csv, const QList<CustomerRecord> &dir = directory())
{
    return CustomerImport::plan(CsvReader().parse(csv), dir);
}

void TestCustomerImport::exportedTextComesBackAsItWas()
{
    // A name `export` wrote with its formula guard ('=...) is imported without it.
    const CustomerImportPlan plan = planOf("customerId,name,externalRef\n" + Fresh.toUtf8() + ",'=Ana,'+CRM-9\n");
    QVERIFY(plan.ok());
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rows.first().record.name, u"=Ana"_qs);
    QCOMPARE(plan.rows.first().record.externalRef, u"+CRM-9"_qs);
}

void TestCustomerImport::plansEachKindOfRow()
{
    const CustomerImportPlan plan =
        planOf("customerId;name;email;externalRef\n" + Known.toUtf8() + ";Ana New;ana@new.example;CRM-1\n" +
               Same.toUtf8() + ";Bo Same;BO@example.com ;CRM-2\n" + Fresh.toUpper().toUtf8() +
               "; Cy Fresh ;cy@example.com;\n"
               "not-a-uuid;Dee;dee@example.com;\n");
    QVERIFY(plan.ok());
    QCOMPARE(plan.rows.size(), 4);
    QCOMPARE(plan.newCount, 1);
    QCOMPARE(plan.updatedCount, 2);
    QCOMPARE(plan.unchangedCount, 0);
    QCOMPARE(plan.invalidCount, 1);

    const CustomerImportRow &updated = plan.rows.at(0);
    QCOMPARE(updated.line, 2);
    QCOMPARE(updated.kind, Kind::Updated);
    QCOMPARE(updated.changedFields, (QStringList{u"name"_qs, u"email"_qs, u"externalRef"_qs}));
    QCOMPARE(updated.previous.name, u"Ana Old"_qs);
    QCOMPARE(updated.record.name, u"Ana New"_qs);
    QCOMPARE(updated.record.email, u"ana@new.example"_qs);
    // Everything else the directory knows is kept.
    QCOMPARE(updated.record.lastSummary, u"Card blocked"_qs);
    QVERIFY(updated.record.closed);
    QCOMPARE(updated.record.closedAt, updated.previous.closedAt);

    // An email differing only in case is a change the operator asked for.
    const CustomerImportRow &same = plan.rows.at(1);
    QCOMPARE(same.kind, Kind::Updated);
    QCOMPARE(same.changedFields, QStringList{u"email"_qs});
    QCOMPARE(same.record.customerId, Same.toUpper());

    const CustomerImportRow &fresh = plan.rows.at(2);
    QCOMPARE(fresh.kind, Kind::New);
    QCOMPARE(fresh.record.customerId, Fresh); // stored in lower case
    QCOMPARE(fresh.record.name, u"Cy Fresh"_qs);
    QVERIFY(fresh.record.externalRef.isEmpty());

    const CustomerImportRow &invalid = plan.rows.at(3);
    QCOMPARE(invalid.kind, Kind::Invalid);
    QCOMPARE(invalid.line, 5);
    QVERIFY2(invalid.reason.contains(u"not a UUID"_qs), qPrintable(invalid.reason));

    QCOMPARE(plan.toWrite, (QList<CustomerRecord>{updated.record, same.record, fresh.record}));
}

void TestCustomerImport::emptyCellKeepsTheDirectoryValue()
{
    const CustomerImportPlan plan = planOf("customerId,name,email,externalRef\n" + Same.toUtf8() + ",,,\n");
    QCOMPARE(plan.rows.at(0).kind, Kind::Unchanged);
    QCOMPARE(plan.rows.at(0).record, directory().at(1));
    QCOMPARE(plan.unchangedCount, 1);
    QVERIFY(plan.toWrite.isEmpty());
}

void TestCustomerImport::invalidRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");

    const QByteArray id = Fresh.toUtf8();
    QTest::newRow("no id") << QByteArray(",Name,a@b.example,") << u"customerId is missing"_qs;
    QTest::newRow("bad id") << QByteArray("12345,Name,,") << u"\"12345\" is not a UUID"_qs;
    QTest::newRow("bad email") << QByteArray(id + ",Name,not an email,") << u"\"not an email\" is not a valid"_qs;
    QTest::newRow("email without domain dot") << QByteArray(id + ",Name,a@b,") << u"not a valid address"_qs;
    QTest::newRow("name too long") << QByteArray(id + "," + QByteArray(201, 'n') + ",,")
                                   << u"The name has 201 characters; at most 200"_qs;
    QTest::newRow("name on two lines") << QByteArray(id + ",\"Ana\nBo\",,") << u"name must be on one line"_qs;
    QTest::newRow("ref too long") << QByteArray(id + ",,," + QByteArray(201, 'r'))
                                  << u"externalRef has 201 characters"_qs;
    QTest::newRow("too many fields") << QByteArray(id + ",Name,a@b.example,ref,extra") << u"5 fields"_qs;
    // A comma missing after the name: the address would be written into the name.
    QTest::newRow("too few fields") << QByteArray(id + ",Ana Lima ana@b.example") << u"2 fields"_qs;
}

void TestCustomerImport::invalidRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    const CustomerImportPlan plan = planOf("customerId,name,email,externalRef\n" + row + "\n");
    QVERIFY(plan.ok());
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rows.at(0).kind, Kind::Invalid);
    QVERIFY2(plan.rows.at(0).reason.contains(reason), qPrintable(plan.rows.at(0).reason));
    QCOMPARE(plan.invalidCount, 1);
    QVERIFY(plan.toWrite.isEmpty());
}

void TestCustomerImport::secondRowWithTheSameIdIsInvalid()
{
    const CustomerImportPlan plan =
        planOf("customerId,name\n" + Fresh.toUtf8() + ",One\n\n" + Fresh.toUpper().toUtf8() + ",Two\n");
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).kind, Kind::New);
    QCOMPARE(plan.rows.at(1).kind, Kind::Invalid);
    QCOMPARE(plan.rows.at(1).line, 4);
    QVERIFY2(plan.rows.at(1).reason.contains(u"already on line 2"_qs), qPrintable(plan.rows.at(1).reason));
    QCOMPARE(plan.toWrite.size(), 1);
    QCOMPARE(plan.toWrite.at(0).name, u"One"_qs);
}

void TestCustomerImport::missingCustomerIdColumnIsAFileError()
{
    const CustomerImportPlan plan = planOf("id;name\n" + Fresh.toUtf8() + ";x\n");
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error.contains(u"customerId"_qs) && plan.error.contains(u"id, name"_qs), qPrintable(plan.error));
    QVERIFY(plan.rows.isEmpty());
}

void TestCustomerImport::unreadableFileIsAFileError()
{
    const CustomerImportPlan plan = planOf("customerId\n\"" + Fresh.toUtf8() + "\n");
    QVERIFY(!plan.ok());
    QCOMPARE(plan.errorLine, 2);
    QVERIFY(plan.rows.isEmpty());
}

void TestCustomerImport::otherColumnsAreIgnoredAndListed()
{
    const CustomerImportPlan plan = planOf("Phone,CUSTOMERID,,Name,notes\n555," + Fresh.toUtf8() + ",,Ann,x\n");
    QVERIFY(plan.ok());
    QCOMPARE(plan.ignoredColumns, (QStringList{u"Phone"_qs, u"notes"_qs}));
    QCOMPARE(plan.rows.at(0).kind, Kind::New);
    QCOMPARE(plan.rows.at(0).record.name, u"Ann"_qs);
}

void TestCustomerImport::directoryAsHashOrList()
{
    QHash<QString, CustomerRecord> byId;
    for (const CustomerRecord &c : directory())
        byId.insert(c.customerId.toLower(), c);
    const QByteArray csv =
        "customerId,name\n" + Same.toUtf8() + ",Bo Same\n" + Known.toUtf8() + ",Ana\n" + Fresh.toUtf8() + ",Cy\n";
    const CsvTable table = CsvReader().parse(csv);
    const CustomerImportPlan fromHash = CustomerImport::plan(table, byId);
    const CustomerImportPlan fromList = CustomerImport::plan(table, directory());
    QCOMPARE(fromHash.toWrite, fromList.toWrite);
    QCOMPARE(fromHash.unchangedCount, 1);
    QCOMPARE(fromHash.updatedCount, 1);
    QCOMPARE(fromHash.newCount, 1);
}

void TestCustomerImport::plausibleEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("plain") << u"ana@example.com"_qs << true;
    QTest::newRow("plus and subdomain") << u"ana+ripio@mail.example.co.uk"_qs << true;
    QTest::newRow("unicode") << u"maría@correo.es"_qs << true;
    QTest::newRow("no at") << u"ana.example.com"_qs << false;
    QTest::newRow("two ats") << u"a@b@example.com"_qs << false;
    QTest::newRow("empty local") << u"@example.com"_qs << false;
    QTest::newRow("no dot") << u"ana@localhost"_qs << false;
    QTest::newRow("dot last") << u"ana@example."_qs << false;
    QTest::newRow("double dot") << u"ana@example..com"_qs << false;
    QTest::newRow("space") << u"ana @example.com"_qs << false;
    QTest::newRow("list") << u"ana@example.com,bo@example.com"_qs << false;
    QTest::newRow("display name") << u"Ana <ana@example.com>"_qs << false;
}

void TestCustomerImport::plausibleEmail()
{
    QFETCH(QString, email);
    QFETCH(bool, plausible);
    QCOMPARE(CustomerImport::isPlausibleEmail(email), plausible);
}

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "tst_customerimport.moc"
