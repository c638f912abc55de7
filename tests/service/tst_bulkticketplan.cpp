// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvreader.h"
#include "service/bulkticketplan.h"

#include <QElapsedTimer>
#include <QTest>

using namespace TicketDesk;

using Verdict = BulkTicketRow::Verdict;

// Planning "create tickets from CSV": finding customers, templates, every reason to refuse.
class TestBulkTicketPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyRowsByIdAndByEmail();
    void refusals_data();
    void refusals();
    void templateFillsWhatTheRowLeavesEmpty();
    void templateWithUnknownPlaceholdersWarns();
    void openTicketIsADuplicate();
    void aRowFiledBeforeIsAlreadyOpen();
    void sameRowTwiceInTheFileIsADuplicate();
    void refusedRowDoesNotBlockALaterOne();
    void fileErrors_data();
    void fileErrors();
    void ignoredColumnsAreListed();
    void templateNamesAlikeButForCaseAreNotGuessed();
    void aRowNamingAFileIsRefused();
    void queuedTicketsAreNamedByTheirLines();
    void tenThousandRowsInWellUnderTwoSeconds();
};

static const QString Ana = u"11111111-1111-4111-8111-111111111111"_qs;
static const QString Bo = u"22222222-2222-4222-8222-222222222222"_qs;
static const QString Closed = u"33333333-3333-4333-8333-333333333333"_qs;
static const QString Twin1 = u"44444444-4444-4444-8444-444444444444"_qs;
static const QString Twin2 = u"55555555-5555-4555-8555-555555555555"_qs;
static const QString Stranger = u"66666666-6666-4666-8666-666666666666"_qs;

static CustomerRecord customer(const QString &id, const QString &name, const QString &email, bool closed = false)
{
    CustomerRecord c;
    c.customerId = id;
    c.name = name;
    c.email = email;
    c.externalRef = u"CRM-"_qs + id.left(2);
    c.closed = closed;
    return c;
}

static QList<CustomerRecord> directory()
{
    return {customer(Ana, u"María López"_qs, u"maria@example.com"_qs),
            customer(Bo, u"Bo Berg"_qs, u"Bo@Example.com"_qs),
            customer(Closed, u"Cy Closed"_qs, u"cy@example.com"_qs, true),
            customer(Twin1, u"Twin One"_qs, u"shared@example.com"_qs),
            customer(Twin2, u"Twin Two"_qs, u"shared@example.com"_qs)};
}

static QList<TicketTemplate> templates()
{
    TicketTemplate refund;
    refund.name = u"Refund"_qs;
    refund.summary = u"Refund for {customer.name} ({reference})"_qs;
    refund.description = u"Customer {customer.id} ({customer.externalRef}) asked on {date}."_qs;
    TicketTemplate typo;
    typo.name = u"Typo"_qs;
    typo.summary = u"Hello {customer.nmae}"_qs;
    typo.description = u"{oops}"_qs;
    return {refund, typo};
}

static BulkTicketPlan planOf(const QByteArray &csv, const QSet<QString> &openKeys = {})
{
    const BulkTicketPlanner planner(directory(), templates(), openKeys, ValidationLimits{}, QDate(2026, 3, 1));
    return planner.plan(CsvReader().parse(csv));
}

void TestBulkTicketPlan::readyRowsByIdAndByEmail()
{
    const BulkTicketPlan plan = planOf("customerId,email,summary,description,reference\n" + Ana.toUpper().toUtf8() +
                                       ",,Card blocked,\"Since Monday,\nplease check\",HD-1\n"
                                       ",BO@EXAMPLE.COM , Refund missing ,,HD-2\n" +
                                       Ana.toUtf8() + ",maria@example.com,Another,,\n");
    QVERIFY(plan.ok());
    QCOMPARE(plan.readyCount, 3);
    QCOMPARE(plan.refusedCount, 0);
    const BulkTicketRow &byId = plan.rows.at(0);
    QCOMPARE(byId.verdict, Verdict::Ready);
    QCOMPARE(byId.line, 2);
    QCOMPARE(byId.ticket.customerId, Ana); // the directory's id, not the row's spelling
    QCOMPARE(byId.ticket.summary, u"Card blocked"_qs);
    QCOMPARE(byId.ticket.description, u"Since Monday,\nplease check"_qs);
    QCOMPARE(byId.ticket.reference, u"HD-1"_qs);
    QCOMPARE(byId.customerName, u"María López"_qs);
    QVERIFY(byId.ticket.clientKey.isEmpty());

    const BulkTicketRow &byEmail = plan.rows.at(1);
    QCOMPARE(byEmail.line, 4);
    QCOMPARE(byEmail.ticket.customerId, Bo);
    QCOMPARE(byEmail.ticket.summary, u"Refund missing"_qs);
    QCOMPARE(plan.ticketsToQueue().size(), 3);
    QCOMPARE(plan.ticketsToQueue().at(1).reference, u"HD-2"_qs);
}

void TestBulkTicketPlan::refusals_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");

    const QByteArray ana = Ana.toUtf8();
    QTest::newRow("bad id") << QByteArray("12345,,Hello,,") << u"\"12345\" is not a UUID"_qs;
    QTest::newRow("id not in directory") << QByteArray(Stranger.toUtf8() + ",,Hello,,")
                                         << u"No customer with the id " + Stranger + u" is in the directory"_qs;
    QTest::newRow("email not found") << QByteArray(",nobody@example.com,Hello,,")
                                     << u"No customer in the directory has the email nobody@example.com"_qs;
    QTest::newRow("email of several") << QByteArray(",shared@example.com,Hello,,")
                                      << u"2 customers have the email shared@example.com"_qs;
    QTest::newRow("id and email disagree")
        << QByteArray(ana + ",bo@example.com,Hello,,") << u"not the email of customer"_qs;
    QTest::newRow("no customer") << QByteArray(",,Hello,,") << u"names no customer"_qs;
    QTest::newRow("closed") << QByteArray(Closed.toUtf8() + ",,Hello,,") << u"account is closed"_qs;
    QTest::newRow("no summary") << QByteArray(ana + ",,  ,Body,") << u"summary must not be empty"_qs;
    QTest::newRow("summary too long") << QByteArray(ana + ",," + QByteArray(256, 's') + ",,")
                                      << u"The summary has 256 characters; at most 255"_qs;
    QTest::newRow("summary on two lines") << QByteArray(ana + ",,\"One\nTwo\",,") << u"summary must be on one line"_qs;
    QTest::newRow("description too long") << QByteArray(ana + ",,Hello," + QByteArray(10001, 'd') + ",")
                                          << u"The description has 10001 characters; at most 10000"_qs;
    QTest::newRow("reference too long") << QByteArray(ana + ",,Hello,," + QByteArray(201, 'r'))
                                        << u"The reference has 201 characters; at most 200"_qs;
    QTest::newRow("reference on two lines")
        << QByteArray(ana + ",,Hello,,\"HD-1\nHD-2\"") << u"The reference must be on one line"_qs;
    QTest::newRow("too many fields") << QByteArray(ana + ",,Hello,,,extra") << u"6 fields"_qs;
    // A comma missing between summary and description: both would be sent as the summary.
    QTest::newRow("too few fields") << QByteArray(ana + ",,Refund missing Card declined") << u"3 fields"_qs;
}

void TestBulkTicketPlan::refusals()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    const BulkTicketPlan plan = planOf("customerId,email,summary,description,reference\n" + row + "\n");
    QVERIFY(plan.ok());
    QCOMPARE(plan.rows.size(), 1);
    const BulkTicketRow &r = plan.rows.at(0);
    QCOMPARE(r.verdict, Verdict::Refused);
    QVERIFY2(r.reasons.join(u'|').contains(reason), qPrintable(r.reasons.join(u'|')));
    QCOMPARE(plan.refusedCount, 1);
    QCOMPARE(plan.readyCount, 0);
    QVERIFY(plan.ticketsToQueue().isEmpty());
}

void TestBulkTicketPlan::templateFillsWhatTheRowLeavesEmpty()
{
    const BulkTicketPlan plan = planOf("email;template;summary;description;reference\n"
                                       "maria@example.com;refund;;;HD-9\n"
                                       "bo@example.com;Refund;My own summary;;HD-10\n"
                                       "bo@example.com;Refund;;My own text;HD-11\n"
                                       "bo@example.com;Missing;Hello;;\n");
    QVERIFY(plan.ok());
    const BulkTicketRow &filled = plan.rows.at(0);
    QCOMPARE(filled.verdict, Verdict::Ready);
    QCOMPARE(filled.templateName, u"Refund"_qs); // found without case
    QCOMPARE(filled.ticket.summary, u"Refund for María López (HD-9)"_qs);
    QCOMPARE(filled.ticket.description, u"Customer " + Ana + u" (CRM-11) asked on 2026-03-01."_qs);
    QVERIFY(filled.warnings.isEmpty());

    QCOMPARE(plan.rows.at(1).ticket.summary, u"My own summary"_qs);
    QCOMPARE(plan.rows.at(1).ticket.description, u"Customer " + Bo + u" (CRM-22) asked on 2026-03-01."_qs);
    QCOMPARE(plan.rows.at(2).ticket.summary, u"Refund for Bo Berg (HD-11)"_qs);
    QCOMPARE(plan.rows.at(2).ticket.description, u"My own text"_qs);

    const BulkTicketRow &missing = plan.rows.at(3);
    QCOMPARE(missing.verdict, Verdict::Refused);
    QCOMPARE(missing.reasons, QStringList{u"There is no template named \"Missing\"."_qs});
}

void TestBulkTicketPlan::templateWithUnknownPlaceholdersWarns()
{
    const BulkTicketPlan plan = planOf("customerId,template\n" + Ana.toUtf8() + ",Typo\n");
    const BulkTicketRow &r = plan.rows.at(0);
    QCOMPARE(r.verdict, Verdict::Ready); // a warning, not a refusal: the text is as written
    QCOMPARE(r.ticket.summary, u"Hello {customer.nmae}"_qs);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.at(0).contains(u"{customer.nmae}, {oops}"_qs), qPrintable(r.warnings.at(0)));
}

void TestBulkTicketPlan::openTicketIsADuplicate()
{
    const QSet<QString> open{BulkTicketPlanner::duplicateKey(Ana, u"  Card BLOCKED "_qs)};
    QCOMPARE(BulkTicketPlanner::duplicateKey(Ana.toUpper(), u"card blocked"_qs), *open.begin());
    const BulkTicketPlan plan = planOf(
        "customerId,summary\n" + Ana.toUpper().toUtf8() + ",card blocked\n" + Bo.toUtf8() + ",Card blocked\n", open);
    QCOMPARE(plan.rows.at(0).verdict, Verdict::Refused);
    QCOMPARE(plan.rows.at(0).reasons,
             QStringList{u"An open ticket for this customer with the same summary already exists."_qs});
    QCOMPARE(plan.rows.at(1).verdict, Verdict::Ready);
}

// A re-run: a row whose very request is open is alreadyOpen. Its template's {date} may have moved
// on since (another day); its own description may not, nor its reference.
void TestBulkTicketPlan::aRowFiledBeforeIsAlreadyOpen()
{
    const QString refund = u"Refund for María López (HD-9)"_qs;
    const QString blocked = u"Card blocked"_qs;
    const QSet<QString> open{BulkTicketPlanner::duplicateKey(Ana, refund),
                             BulkTicketPlanner::duplicateKey(Bo, blocked)};
    BulkTicketPlanner planner(directory(), templates(), open, ValidationLimits{}, QDate(2026, 3, 1));
    const QString filedTheDayBefore = u"Customer " + Ana + u" (CRM-11) asked on 2026-02-28."_qs;
    planner.setFiledRequests({BulkTicketPlanner::requestKey(Ana, refund, filedTheDayBefore, u"HD-9"_qs),
                              BulkTicketPlanner::requestKey(Ana, refund, std::nullopt, u"HD-9"_qs),
                              BulkTicketPlanner::requestKey(Bo, blocked, u"Since Monday"_qs, QString()),
                              BulkTicketPlanner::requestKey(Bo, blocked, std::nullopt, QString())});
    const BulkTicketPlan plan = planner.plan(CsvReader().parse("email;template;summary;description;reference\n"
                                                               "maria@example.com;refund;;;HD-9\n"
                                                               "bo@example.com;;Card blocked;Since Monday;\n"
                                                               "bo@example.com;;Card blocked;Since Friday;\n"
                                                               "bo@example.com;;Card blocked;Since Monday;HD-3\n"));
    QCOMPARE(plan.rows.at(0).ticket.description, u"Customer " + Ana + u" (CRM-11) asked on 2026-03-01."_qs);
    QCOMPARE(plan.rows.at(0).alreadyOpen, true);
    QCOMPARE(plan.rows.at(1).alreadyOpen, true);
    QCOMPARE(plan.rows.at(2).alreadyOpen, false); // other text on the same subject
    QCOMPARE(plan.rows.at(2).verdict, Verdict::Refused);
    QCOMPARE(plan.rows.at(3).alreadyOpen, false); // another reference
    QCOMPARE(plan.alreadyOpenCount, 2);
}

void TestBulkTicketPlan::sameRowTwiceInTheFileIsADuplicate()
{
    const BulkTicketPlan plan =
        planOf("customerId,email,summary\n" + Ana.toUtf8() + ",,Card blocked\n,maria@example.com, card blocked\n");
    QCOMPARE(plan.rows.at(0).verdict, Verdict::Ready);
    QCOMPARE(plan.rows.at(1).verdict, Verdict::Refused);
    QCOMPARE(plan.rows.at(1).reasons,
             QStringList{u"Line 2 already makes a ticket for this customer with the same summary."_qs});
    QCOMPARE(plan.readyCount, 1);
    QCOMPARE(plan.refusedCount, 1);

    // Summaries that read the same are the same: the spaces inside, and accents composed
    // (NFC, as most editors write them) or decomposed (NFD, as some systems export them).
    const QString composed = QString::fromUtf8("\u00dcn\u00efc\u00f6d\u00e9 refund");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(composed != decomposed);
    QCOMPARE(BulkTicketPlanner::duplicateKey(Ana, decomposed), BulkTicketPlanner::duplicateKey(Ana, composed));
    QCOMPARE(BulkTicketPlanner::duplicateKey(Ana, u"Case  Test "_qs),
             BulkTicketPlanner::duplicateKey(Ana, u"case test"_qs));
    QVERIFY(BulkTicketPlanner::duplicateKey(Ana, u"Case Test"_qs) !=
            BulkTicketPlanner::duplicateKey(Ana, u"CaseTest"_qs));
    const BulkTicketPlan forms =
        planOf("customerId,summary\n" + Ana.toUtf8() + "," + composed.toUtf8() + "\n" + Ana.toUtf8() + "," +
               decomposed.toUtf8() + "\n" + Ana.toUtf8() + ",Case  Test\n" + Ana.toUtf8() + ",case test\n");
    QCOMPARE(forms.readyCount, 2);
    QCOMPARE(forms.rows.at(1).verdict, Verdict::Refused);
    QCOMPARE(forms.rows.at(3).verdict, Verdict::Refused);
}

void TestBulkTicketPlan::refusedRowDoesNotBlockALaterOne()
{
    const BulkTicketPlan plan = planOf("customerId,summary,description\n" + Ana.toUtf8() + ",Card blocked," +
                                       QByteArray(10001, 'd') + "\n" + Ana.toUtf8() + ",Card blocked,Short\n");
    QCOMPARE(plan.rows.at(0).verdict, Verdict::Refused);
    QCOMPARE(plan.rows.at(1).verdict, Verdict::Ready);
}

void TestBulkTicketPlan::fileErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("line"); // errorLine: where the file went wrong, for the message's place
    QTest::newRow("no customer column") << QByteArray("name,summary\nAna,Hello\n") << u"customerId or an email"_qs << 0;
    QTest::newRow("no summary column") << QByteArray("customerId,description\nx,y\n") << u"summary column"_qs << 0;
    QTest::newRow("unreadable") << QByteArray("customerId,summary\n\"open\n") << u"never closed"_qs << 2;
    QTest::newRow("empty") << QByteArray() << u"empty"_qs << 0;
}

void TestBulkTicketPlan::fileErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QFETCH(int, line);
    const BulkTicketPlan plan = planOf(csv);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error.contains(error), qPrintable(plan.error));
    QCOMPARE(plan.errorLine, line);
    QVERIFY(plan.rows.isEmpty());
}

void TestBulkTicketPlan::ignoredColumnsAreListed()
{
    const BulkTicketPlan plan = planOf("Priority,customerId,summary,Owner\nhigh," + Ana.toUtf8() + ",Hello,me\n");
    QCOMPARE(plan.ignoredColumns, (QStringList{u"Priority"_qs, u"Owner"_qs}));
    QCOMPARE(plan.readyCount, 1);
}

void TestBulkTicketPlan::templateNamesAlikeButForCaseAreNotGuessed()
{
    TicketTemplate lower;
    lower.name = u"Card fail"_qs;
    lower.summary = u"Card fail for {customer.name}"_qs;
    TicketTemplate upper = lower;
    upper.name = u"CARD FAIL"_qs;
    upper.summary = u"Upper {customer.name}"_qs;
    const BulkTicketPlanner planner(directory(), {upper, lower}, {}, ValidationLimits{}, QDate(2026, 3, 1));
    const QByteArray csv = "customerId,template\n" + Ana.toUtf8() + ",card fail\n" + Bo.toUtf8() + ",Card fail\n";
    const BulkTicketPlan plan = planner.plan(CsvReader().parse(csv));
    QVERIFY(plan.ok());
    const BulkTicketRow &ambiguous = plan.rows.at(0);
    QCOMPARE(ambiguous.verdict, Verdict::Refused);
    QCOMPARE(ambiguous.reasons.first(),
             QString{u"2 templates are named \"card fail\" but for case (CARD FAIL, Card fail): "
                     u"write the name exactly."_qs});
    const BulkTicketRow &exact = plan.rows.at(1); // written exactly: that one
    QCOMPARE(exact.verdict, Verdict::Ready);
    QCOMPARE(exact.templateName, u"Card fail"_qs);
    QCOMPARE(exact.ticket.summary, u"Card fail for Bo Berg"_qs);
}

void TestBulkTicketPlan::aRowNamingAFileIsRefused()
{
    const BulkTicketPlan plan = planOf("customerId,summary,Attachment\n" + Ana.toUtf8() + ",With a file,/tmp/a.pdf\n" +
                                       Bo.toUtf8() + ",Without one,\n");
    QVERIFY(plan.ok());
    QVERIFY(plan.ignoredColumns.isEmpty());
    QCOMPARE(plan.rows.at(0).verdict, Verdict::Refused);
    QCOMPARE(plan.rows.at(0).reasons,
             QStringList{u"The row names a file (column Attachment), and tickets from a list carry none: create this "
                         u"one in the desktop or with `ticketdesk create --attach`."_qs});
    QCOMPARE(plan.rows.at(1).verdict, Verdict::Ready);
}

// The store names the list's tickets by position among the queued ones; the operator reads file
// lines (a refused row between them, the header line) and at most ten of them.
void TestBulkTicketPlan::queuedTicketsAreNamedByTheirLines()
{
    const BulkTicketPlan plan = planOf("customerId,summary\n" + Ana.toUtf8() + ",First\n" + Ana.toUtf8() + ",\n" +
                                       Bo.toUtf8() + ",Third\n" + Bo.toUtf8() + ",Fourth\n");
    QCOMPARE(plan.readyCount, 3);
    QCOMPARE(plan.linesOfQueued({0, 2}), (QList<int>{2, 5}));
    QCOMPARE(plan.linesOfQueued({1}), QList<int>{4});
    QCOMPARE(BulkTicketPlan::listed({2, 5}), u"2, 5"_qs);
    QList<int> many;
    for (int i = 1; i <= 12; ++i)
        many << i;
    QCOMPARE(BulkTicketPlan::listed(many), u"1, 2, 3, 4, 5, 6, 7, 8, 9, 10, \u2026"_qs);
}

void TestBulkTicketPlan::tenThousandRowsInWellUnderTwoSeconds()
{
    // A smaller cousin of bench/bulkpreview, as a guard: 20,000 customers, 10,000 rows.
    QList<CustomerRecord> customers;
    for (int i = 0; i < 20000; ++i)
        customers.append(customer(QStringLiteral("%1-1111-4111-8111-111111111111").arg(i, 8, 10, QLatin1Char('0')),
                                  u"Name "_qs + QString::number(i),
                                  u"user"_qs + QString::number(i) + u"@example.com"_qs));
    QByteArray csv = "customerId,email,summary,description,reference,template\n";
    for (int i = 0; i < 10000; ++i) {
        if (i % 2 == 0)
            csv += customers.at(i).customerId.toUtf8() + ",,Incident " + QByteArray::number(i) + ",Body,HD-" +
                   QByteArray::number(i) + ",\n";
        else
            csv += ",user" + QByteArray::number(i) + "@example.com,,,HD-" + QByteArray::number(i) + ",Refund\n";
    }
    QElapsedTimer timer;
    timer.start();
    const BulkTicketPlanner planner(customers, templates(), {}, ValidationLimits{}, QDate(2026, 3, 1));
    const BulkTicketPlan plan = planner.plan(CsvReader().parse(csv));
    const qint64 ms = timer.elapsed();
    QCOMPARE(plan.readyCount, 10000);
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms))); // the bound; it takes a fraction
}

QTEST_GUILESS_MAIN(TestBulkTicketPlan)
#include "tst_bulkticketplan.moc"
