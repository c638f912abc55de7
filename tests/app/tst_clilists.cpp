// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/commandline.h"
#include "store/ticketstore.h"
#include "support/clirun.h"
#include "support/manualclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace TicketDesk;

namespace {

using Run = Test::CliRun;

Run run(const QStringList &args)
{
    return Test::runCli(args);
}

QJsonObject jsonOf(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << r.out;
    return doc.object();
}

const QString ana = QStringLiteral("11111111-2222-4333-8444-555555555501");
const QString bruno = QStringLiteral("11111111-2222-4333-8444-555555555502");
const QString closedOne = QStringLiteral("11111111-2222-4333-8444-555555555503");
const QString unknown = QStringLiteral("11111111-2222-4333-8444-555555555599");

} // namespace

// The list commands on CSV files: `customers import FILE` and `create --from-csv FILE`,
// each with --dry-run and --json, run in-process on a fresh SQLite file.
class TestCliLists final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importGoodFile();
    void importBadRowStoresTheGoodOnes();
    void importDryRunWritesNothing();
    void importJson();
    void importUnusableFile();
    void fromCsvDryRun();
    void fromCsvQueuesReadyRows();
    void fromCsvAllGoodThenDuplicates();
    void fromCsvUsage_data();
    void fromCsvUsage();
    void oneRowIsOneRow();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("t.sqlite")); }
    QString write(const QString &name, const QString &text) const;
    void seedDirectory();
    QList<CustomerRecord> customers();
    QList<Ticket> tickets();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliLists::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TicketDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ticketdesk-test"));
}

void TestCliLists::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliLists::write(const QString &name, const QString &text) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

void TestCliLists::seedDirectory()
{
    const SystemClock clock;
    TicketStore store(clock);
    QVERIFY(store.open(db()).ok());
    const auto record = [](const QString &id, const QString &name, const QString &email) {
        CustomerRecord r;
        r.customerId = id;
        r.name = name;
        r.email = email;
        return r;
    };
    const CustomerRecord a = record(ana, QStringLiteral("Ana Souza"), QStringLiteral("ana@example.com"));
    const CustomerRecord b = record(bruno, QStringLiteral("Bruno Díaz"), QStringLiteral("bruno@example.com"));
    const CustomerRecord c = record(closedOne, QStringLiteral("Closed Co"), QStringLiteral("closed@example.com"));
    QVERIFY(store.importCustomers({a, b, c}));
    QVERIFY(store.markCustomerClosed(closedOne, clock.now()));
}

QList<CustomerRecord> TestCliLists::customers()
{
    const SystemClock clock;
    TicketStore store(clock);
    if (!store.open(db()).ok())
        return {};
    return store.customers();
}

QList<Ticket> TestCliLists::tickets()
{
    const SystemClock clock;
    TicketStore store(clock);
    if (!store.open(db()).ok())
        return {};
    TicketFilter oldest;
    oldest.order = TicketFilter::Order::OldestFirst;
    return store.tickets(oldest);
}

void TestCliLists::importGoodFile()
{
    const QString file = write(QStringLiteral("c.csv"), QStringLiteral("customerId;name;email;notes\n"
                                                                       "%1;Ana Souza;ana@example.com;vip\n"
                                                                       "%2;Bruno Díaz;;\n")
                                                            .arg(ana.toUpper(), bruno));
    const Run r = run({QStringLiteral("customers"), QStringLiteral("import"), file, QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("line 2: new %1 Ana Souza").arg(ana)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("line 3: new %1 Bruno Díaz").arg(bruno)), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Ignored columns: notes")));
    QVERIFY(r.out.contains(QStringLiteral("Totals: 2 new, 0 updated, 0 unchanged, 0 invalid. 2 customers written.")));
    const QList<CustomerRecord> stored = customers();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].customerId, ana); // a new customer's id in lower case
    QCOMPARE(stored[0].email, QStringLiteral("ana@example.com"));
    QCOMPARE(stored[1].name, QStringLiteral("Bruno Díaz"));

    const Run again = run({QStringLiteral("customers"), QStringLiteral("import"), file, QStringLiteral("--db"), db()});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QStringLiteral("line 2: unchanged")));
    QVERIFY(again.out.contains(QStringLiteral("0 new, 0 updated, 2 unchanged, 0 invalid. 0 customers written.")));
}

void TestCliLists::importBadRowStoresTheGoodOnes()
{
    seedDirectory();
    const QString file =
        write(QStringLiteral("c.csv"), QStringLiteral("customerId,name,email\n"
                                                      "%1,Ana S. Souza,\n"
                                                      "not-a-uuid,Nobody,nobody@example.com\n"
                                                      "%2,Carla,carla(at)example\n"
                                                      "%3,Dora,dora@example.com\n")
                                           .arg(ana, unknown, QStringLiteral("22222222-2222-4333-8444-555555555501")));
    const Run r = run({QStringLiteral("customers"), QStringLiteral("import"), file, QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("line 2: updated %1 Ana S. Souza (name)").arg(ana)), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("line 3: invalid not-a-uuid Nobody: ")));
    QVERIFY(r.out.contains(QStringLiteral("line 4: invalid %1 Carla: ").arg(unknown)));
    QVERIFY(r.out.contains(QStringLiteral("line 5: new")));
    QVERIFY(r.out.contains(QStringLiteral("1 new, 1 updated, 0 unchanged, 2 invalid. 2 customers written.")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QStringLiteral("2 rows of %1 are invalid").arg(file)), qPrintable(r.err));

    const QList<CustomerRecord> stored = customers();
    QCOMPARE(stored.size(), 4); // the three seeded and Dora; neither invalid row
    const auto it =
        std::find_if(stored.begin(), stored.end(), [](const CustomerRecord &c) { return c.customerId == ana; });
    QVERIFY(it != stored.end());
    QCOMPARE(it->name, QStringLiteral("Ana S. Souza"));
    QCOMPARE(it->email, QStringLiteral("ana@example.com")); // an empty cell keeps the value
    QVERIFY(
        std::none_of(stored.begin(), stored.end(), [](const CustomerRecord &c) { return c.customerId == unknown; }));
}

void TestCliLists::importDryRunWritesNothing()
{
    seedDirectory();
    const QList<CustomerRecord> before = customers();
    const QString file =
        write(QStringLiteral("c.csv"), QStringLiteral("customerId,name\n%1,Renamed\n%2,New One\n").arg(ana, unknown));
    const Run r = run({QStringLiteral("customers"), QStringLiteral("import"), file, QStringLiteral("--dry-run"),
                       QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("line 2: updated")));
    QVERIFY(r.out.contains(QStringLiteral("line 3: new")));
    QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was written.")));
    QCOMPARE(customers(), before);
}

void TestCliLists::importJson()
{
    seedDirectory();
    const QString file = write(QStringLiteral("c.csv"), QStringLiteral("customerId,email,externalRef\n"
                                                                       "%1,ana@example.com,CRM-9\n"
                                                                       "%2,bruno@example.com,\n"
                                                                       "bad,,\n")
                                                            .arg(ana, bruno));
    for (const bool dry : {true, false}) {
        QStringList args{QStringLiteral("customers"), QStringLiteral("import"), file,
                         QStringLiteral("--json"),    QStringLiteral("--db"),   db()};
        if (dry)
            args << QStringLiteral("--dry-run");
        const Run r = run(args);
        QCOMPARE(r.code, 1);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QLatin1StringView("dryRun")).toBool(!dry), dry);
        const QJsonArray rows = o.value(QLatin1StringView("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        const QJsonObject first = rows[0].toObject();
        QCOMPARE(first.value(QLatin1StringView("line")).toInt(), 2);
        QCOMPARE(first.value(QLatin1StringView("kind")).toString(), QStringLiteral("updated"));
        QCOMPARE(first.value(QLatin1StringView("customerId")).toString(), ana);
        QCOMPARE(first.value(QLatin1StringView("externalRef")).toString(), QStringLiteral("CRM-9"));
        QCOMPARE(first.value(QLatin1StringView("changedFields")).toArray(), QJsonArray{QStringLiteral("externalRef")});
        QVERIFY(!first.contains(QLatin1StringView("reason")));
        QCOMPARE(rows[1].toObject().value(QLatin1StringView("kind")).toString(), QStringLiteral("unchanged"));
        const QJsonObject bad = rows[2].toObject();
        QCOMPARE(bad.value(QLatin1StringView("kind")).toString(), QStringLiteral("invalid"));
        QVERIFY(!bad.value(QLatin1StringView("reason")).toString().isEmpty());
        const QJsonObject totals = o.value(QLatin1StringView("totals")).toObject();
        QCOMPARE(totals.value(QLatin1StringView("new")).toInt(-1), 0);
        QCOMPARE(totals.value(QLatin1StringView("updated")).toInt(), 1);
        QCOMPARE(totals.value(QLatin1StringView("unchanged")).toInt(), 1);
        QCOMPARE(totals.value(QLatin1StringView("invalid")).toInt(), 1);
        QCOMPARE(totals.value(QLatin1StringView("written")).toInt(-1), dry ? 0 : 1);
    }
    QCOMPARE(customers().first().externalRef, QStringLiteral("CRM-9"));
}

void TestCliLists::importUnusableFile()
{
    seedDirectory();
    const QList<CustomerRecord> before = customers();
    const QString noId = write(QStringLiteral("c.csv"), QStringLiteral("name,email\nAna,ana@example.com\n"));
    const Run r = run({QStringLiteral("customers"), QStringLiteral("import"), noId, QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("ticketdesk: %1").arg(noId)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("customerId")), qPrintable(r.err));

    const QString missing = m_dir->filePath(QStringLiteral("missing.csv"));
    const Run gone =
        run({QStringLiteral("customers"), QStringLiteral("import"), missing, QStringLiteral("--db"), db()});
    QCOMPARE(gone.code, 1);
    QVERIFY2(gone.err.contains(QStringLiteral("cannot read the file")), qPrintable(gone.err));
    QCOMPARE(customers(), before);
}

// A list of four rows: two ready, one for an unknown customer, one for a closed one.
static QString mixedList()
{
    return QStringLiteral("customerId,summary,reference\n"
                          "%1,Card blocked,HD-1\n"
                          "%2,Card blocked,\n"
                          "%3,Who is this,\n"
                          "%4,Account gone,\n")
        .arg(ana, bruno, unknown, closedOne);
}

void TestCliLists::fromCsvDryRun()
{
    seedDirectory();
    const QString file = write(QStringLiteral("t.csv"), mixedList());
    const Run r = run({QStringLiteral("create"), QStringLiteral("--from-csv"), file, QStringLiteral("--dry-run"),
                       QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("line 2: ready Ana Souza \u2014 Card blocked\n")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("line 3: ready Bruno Díaz \u2014 Card blocked\n")));
    QVERIFY(r.out.contains(QStringLiteral("line 4: refused ")));
    QVERIFY(r.out.contains(QStringLiteral("line 5: refused ")));
    QVERIFY(r.out.contains(QStringLiteral("Totals: 2 ready, 2 refused, 0 already open. Dry run: nothing was queued.")));
    QVERIFY2(r.err.contains(QStringLiteral("2 rows of %1 were refused").arg(file)), qPrintable(r.err));
    QVERIFY(tickets().isEmpty());
    // It only queues: settings that name no usable API are the sender's concern, not its own.
    const QString noApi = write(QStringLiteral("no-api.ini"), QStringLiteral("[api]\nenvironment=prod\n"));
    const Run anyApi = run({QStringLiteral("create"), QStringLiteral("--from-csv"), file, QStringLiteral("--dry-run"),
                            QStringLiteral("--config"), noApi, QStringLiteral("--db"), db()});
    QCOMPARE(anyApi.code, 1);
    QCOMPARE(anyApi.out, r.out);

    const Run j = run({QStringLiteral("create"), QStringLiteral("--from-csv"), file, QStringLiteral("--dry-run"),
                       QStringLiteral("--json"), QStringLiteral("--db"), db()});
    QCOMPARE(j.code, 1);
    const QJsonObject o = jsonOf(j);
    QCOMPARE(o.value(QLatin1StringView("dryRun")).toBool(), true);
    const QJsonArray rows = o.value(QLatin1StringView("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    const QJsonObject first = rows[0].toObject();
    QCOMPARE(first.value(QLatin1StringView("verdict")).toString(), QStringLiteral("ready"));
    QCOMPARE(first.value(QLatin1StringView("customerName")).toString(), QStringLiteral("Ana Souza"));
    QCOMPARE(first.value(QLatin1StringView("reference")).toString(), QStringLiteral("HD-1"));
    QVERIFY(first.value(QLatin1StringView("id")).isNull());
    const QJsonObject refused = rows[2].toObject();
    QCOMPARE(refused.value(QLatin1StringView("verdict")).toString(), QStringLiteral("refused"));
    QCOMPARE(refused.value(QLatin1StringView("line")).toInt(), 4);
    QVERIFY(!refused.value(QLatin1StringView("reasons")).toArray().isEmpty());
    const QJsonObject totals = o.value(QLatin1StringView("totals")).toObject();
    QCOMPARE(totals.value(QLatin1StringView("ready")).toInt(), 2);
    QCOMPARE(totals.value(QLatin1StringView("refused")).toInt(), 2);
    QCOMPARE(totals.value(QLatin1StringView("queued")).toInt(-1), 0);
    QVERIFY(tickets().isEmpty());
}

void TestCliLists::fromCsvQueuesReadyRows()
{
    seedDirectory();
    const QString file = write(QStringLiteral("t.csv"), mixedList());
    const Run r = run({QStringLiteral("create"), QStringLiteral("--from-csv"), file, QStringLiteral("--json"),
                       QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 1); // refused rows, but the ready ones are queued
    const QList<Ticket> queued = tickets();
    QCOMPARE(queued.size(), 2);
    for (const Ticket &t : queued)
        QCOMPARE(t.status, TicketStatus::Queued);
    QCOMPARE(queued[0].customerId, ana);
    QCOMPARE(queued[0].reference, QStringLiteral("HD-1"));
    QCOMPARE(queued[1].customerId, bruno);
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(QLatin1StringView("dryRun")).toBool(true), false);
    const QJsonArray rows = o.value(QLatin1StringView("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].toObject().value(QLatin1StringView("id")).toInteger(), queued[0].id);
    QCOMPARE(rows[1].toObject().value(QLatin1StringView("id")).toInteger(), queued[1].id);
    QVERIFY(rows[2].toObject().value(QLatin1StringView("id")).isNull());
    QCOMPARE(o.value(QLatin1StringView("totals")).toObject().value(QLatin1StringView("queued")).toInt(), 2);
    // Nothing runs on this file: the command says who would send them, as a single create does.
    QVERIFY2(r.err.contains(QStringLiteral("2 tickets queued; nothing is running on this database to send them")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("2 rows of %1 were refused").arg(file)));
}

void TestCliLists::fromCsvAllGoodThenDuplicates()
{
    seedDirectory();
    const QString file = write(QStringLiteral("t.csv"), QStringLiteral("email;summary;description\n"
                                                                       "ana@example.com;Deposit missing;Since Monday\n"
                                                                       "bruno@example.com;Deposit missing;\n"));
    const Run r = run({QStringLiteral("create"), QStringLiteral("--from-csv"), file, QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 0);
    const QList<Ticket> queued = tickets();
    QCOMPARE(queued.size(), 2);
    QVERIFY2(r.out.contains(QStringLiteral("line 2: ready as ticket %1 Ana Souza").arg(queued[0].id)),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("line 3: ready as ticket %1 Bruno Díaz").arg(queued[1].id)));
    QVERIFY(r.out.contains(QStringLiteral("Totals: 2 ready, 0 refused, 0 already open. 2 tickets queued.")));
    QCOMPARE(queued[0].description, QStringLiteral("Since Monday"));

    // The same list again: both are open already (the double-escalation guard), nothing is queued,
    // and that is what a re-run is for: it succeeds, saying why nothing was queued.
    const Run again = run({QStringLiteral("create"), QStringLiteral("--from-csv"), file, QStringLiteral("--db"), db()});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QStringLiteral("Totals: 0 ready, 0 refused, 2 already open. 0 tickets queued.")),
             qPrintable(again.out));
    QVERIFY2(again.out.contains(QStringLiteral("line 2: already open Ana Souza")), qPrintable(again.out));
    QVERIFY(!again.err.contains(QStringLiteral("tickets queued")));
    QVERIFY2(again.err.contains(QStringLiteral("2 rows of %1 already have an open ticket").arg(file)),
             qPrintable(again.err));
    QVERIFY(!again.err.contains(QStringLiteral("were refused")));
    QCOMPARE(tickets().size(), 2);

    // An open ticket beside a row that is wrong: the wrong one still fails the run (and an open
    // ticket's row that is wrong as well counts as wrong). Nor is a different request on the same
    // subject (another description) taken as filed: it is refused as a duplicate, and fails the run.
    const QString more =
        write(QStringLiteral("more.csv"), QStringLiteral("email;summary;description;template\n"
                                                         "ana@example.com;Deposit missing;Since Monday;\n"
                                                         "nobody@example.com;Deposit missing;;\n"
                                                         "bruno@example.com;Deposit missing;;\n"
                                                         "ana@example.com;Deposit missing;;Nope\n"
                                                         "ana@example.com;Deposit missing;Since Friday;\n"));
    const Run mixed = run({QStringLiteral("create"), QStringLiteral("--from-csv"), more, QStringLiteral("--json"),
                           QStringLiteral("--db"), db()});
    QCOMPARE(mixed.code, 1);
    QVERIFY2(mixed.err.contains(QStringLiteral("2 rows of %1 already have an open ticket").arg(more)),
             qPrintable(mixed.err));
    QVERIFY(mixed.err.contains(QStringLiteral("3 rows of %1 were refused").arg(more)));
    const QJsonObject o = jsonOf(mixed);
    QCOMPARE(o.value(QLatin1StringView("totals")).toObject().value(QLatin1StringView("alreadyOpen")).toInt(), 2);
    QCOMPARE(o.value(QLatin1StringView("totals")).toObject().value(QLatin1StringView("refused")).toInt(), 5);
    const QJsonArray rows = o.value(QLatin1StringView("rows")).toArray();
    QCOMPARE(rows.size(), 5);
    const QList<bool> open{true, false, true, false, false};
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i].toObject().value(QLatin1StringView("alreadyOpen")).toBool(!open[i]), open[i]);
    QCOMPARE(tickets().size(), 2);
}

void TestCliLists::fromCsvUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("list.csv");
    QTest::newRow("with --customer") << QStringList{QStringLiteral("--from-csv"), file, QStringLiteral("--customer"),
                                                    ana}
                                     << 2 << QStringLiteral("--customer does not go with --from-csv");
    QTest::newRow("with --wait") << QStringList{QStringLiteral("--from-csv"), file, QStringLiteral("--wait"),
                                                QStringLiteral("5")}
                                 << 2 << QStringLiteral("--wait does not go with --from-csv");
    QTest::newRow("dry run alone") << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--customer"), ana,
                                                  QStringLiteral("--summary"), QStringLiteral("x")}
                                   << 2 << QStringLiteral("--dry-run goes with --from-csv");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--from-csv"), QStringLiteral("missing.csv")} << 1
                                  << QStringLiteral("cannot read the file");
}

void TestCliLists::fromCsvUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    seedDirectory(); // a list is refused at once on a database that does not exist (tst_commandline)
    const Run r = run(QStringList{QStringLiteral("create")} + args + QStringList{QStringLiteral("--db"), db()});
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(tickets().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliLists)
// One row, ticket or customer is one, in English too (its plurals are a translation).
void TestCliLists::oneRowIsOneRow()
{
    installTranslators(QStringLiteral("en"));
    seedDirectory();
    const QString tickets =
        write(QStringLiteral("t.csv"), QStringLiteral("customerId,summary\n%1,Who is this\n").arg(unknown));
    const Run planned = run({QStringLiteral("create"), QStringLiteral("--from-csv"), tickets,
                             QStringLiteral("--dry-run"), QStringLiteral("--db"), db()});
    QCOMPARE(planned.code, 1);
    QCOMPARE(planned.err,
             QStringLiteral("ticketdesk: 1 row of %1 was refused; nothing was queued for it\n").arg(tickets));
    const QString list = write(QStringLiteral("c.csv"), QStringLiteral("customerId,name\nnot-a-uuid,Nobody\n"));
    const Run imported =
        run({QStringLiteral("customers"), QStringLiteral("import"), list, QStringLiteral("--db"), db()});
    QCOMPARE(imported.code, 1);
    QCOMPARE(imported.err, QStringLiteral("ticketdesk: 1 row of %1 is invalid and was not imported\n").arg(list));

    const QString good =
        write(QStringLiteral("g.csv"), QStringLiteral("customerId,summary\n%1,Card blocked\n").arg(ana));
    const Run queued =
        run({QStringLiteral("create"), QStringLiteral("--from-csv"), good, QStringLiteral("--db"), db()});
    QCOMPARE(queued.code, 0);
    QVERIFY2(queued.out.contains(QStringLiteral("Totals: 1 ready, 0 refused, 0 already open. 1 ticket queued.\n")),
             qPrintable(queued.out));
    QVERIFY2(queued.err.startsWith(QStringLiteral("ticketdesk: 1 ticket queued; nothing is running on this database")),
             qPrintable(queued.err));
    const Run again = run({QStringLiteral("create"), QStringLiteral("--from-csv"), good, QStringLiteral("--db"), db()});
    QCOMPARE(again.code, 0);
    QCOMPARE(
        again.err,
        QStringLiteral("ticketdesk: 1 row of %1 already has an open ticket; nothing was queued for it\n").arg(good));
    const QString one =
        write(QStringLiteral("o.csv"),
              QStringLiteral("customerId,name\n%1,Dora\n").arg(QStringLiteral("22222222-2222-4333-8444-555555555501")));
    const Run written = run({QStringLiteral("customers"), QStringLiteral("import"), one, QStringLiteral("--db"), db()});
    QCOMPARE(written.code, 0);
    QVERIFY2(written.out.endsWith(QStringLiteral(" 1 customer written.\n")), qPrintable(written.out));
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

#include "tst_clilists.moc"
