// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// The real `ticketdesk` binary deciding between the desktop and the command line: a mistyped
// command, a host without a display, and --lang on both paths.
class TestApplicationE2e final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mistypedCommandIsAUsageError();
    void noDisplayIsOneLine_data();
    void noDisplayIsOneLine();
    void langOnTheCommandLine_data();
    void langOnTheCommandLine();
    void outputThatCannotBeWrittenFails();
    void aTicketWhoseOutputIsLostIsSaidToBeMade();
    void argumentsThatAreNotUtf8AreRefused();
    void terminalControlsAreShownNotObeyed();
    void wordsTheDesktopDoesNotTake_data();
    void wordsTheDesktopDoesNotTake();
    void databaseBeforeTheCommand();
    void aLanguageWithoutTranslationIsSaid();
    void aDamagedDatabaseIsSaidOnce();
    void aFailureIsAnErrorInTheJournal();
    void aClosedStdoutIsSaidAndTakesNoFile();

private:
    struct Run
    {
        QProcess::ExitStatus status = QProcess::CrashExit;
        int exitCode = -1;
        QString out;
        QString err;
    };
    // `stdoutFile`: where its standard output goes instead of to this test; `closed`: started with
    // its standard output closed (`>&-`).
    enum class StdoutClosed
    {
        No,
        Yes
    };
    Run run(const QStringList &arguments, bool withDisplay, const QString &stdoutFile = QString(),
            StdoutClosed closed = StdoutClosed::No);
    // `program` run with `arguments` in the environment run() gives ticketdesk.
    Run runProgram(const QString &program, const QStringList &arguments, bool withDisplay,
                   const QString &stdoutFile = QString(), StdoutClosed closed = StdoutClosed::No);

    QTemporaryDir m_home;
};

void TestApplicationE2e::initTestCase()
{
    QVERIFY(m_home.isValid());
}

TestApplicationE2e::Run TestApplicationE2e::run(const QStringList &arguments, bool withDisplay,
                                                const QString &stdoutFile, StdoutClosed closed)
{
    return runProgram(QStringLiteral(TICKETDESK_EXE), arguments, withDisplay, stdoutFile, closed);
}

TestApplicationE2e::Run TestApplicationE2e::runProgram(const QString &program, const QStringList &arguments,
                                                       bool withDisplay, const QString &stdoutFile, StdoutClosed closed)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // English unless --lang says otherwise, and a private data folder.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    if (withDisplay) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    if (closed == StdoutClosed::Yes)
        process.setChildProcessModifier([] { ::close(STDOUT_FILENO); });
    process.start(program, arguments);
    Run r;
    if (!process.waitForFinished(30000)) {
        // A desktop that started instead of answering: the failure shows in the exit status.
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("ticketdesk did not finish within 30 s");
        return r;
    }
    r.status = process.exitStatus();
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestApplicationE2e::mistypedCommandIsAUsageError()
{
    // With a display at hand, so that starting the desktop would have been possible.
    const Run r = run({QStringLiteral("lsit"), QStringLiteral("--json")}, true);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("ticketdesk: unknown command 'lsit'; did you mean 'list'?\n")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--help")));
}

void TestApplicationE2e::outputThatCannotBeWrittenFails()
{
    // /dev/full takes the file open and refuses every write (ENOSPC), as a full disk does.
    const Run r = run({QStringLiteral("--help")}, false, QStringLiteral("/dev/full"));
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("ticketdesk: the output could not be written: ")), qPrintable(r.err));
    // A command's output too, with the write's own reason (on a database that holds a ticket:
    // reading commands refuse to make the default one).
    const Run queued = run({QStringLiteral("create"), QStringLiteral("--customer"),
                            QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"), QStringLiteral("--summary"),
                            QStringLiteral("Written to a full disk"), QStringLiteral("--api-base"),
                            QStringLiteral("http://127.0.0.1:9")},
                           false, QStringLiteral("/dev/null"));
    QVERIFY2(queued.exitCode == 0 || queued.exitCode == 1, qPrintable(queued.err));
    const Run list = run({QStringLiteral("list")}, false, QStringLiteral("/dev/full"));
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(
        list.err.startsWith(QStringLiteral("ticketdesk: the output could not be written: No space left on device")),
        qPrintable(list.err));
    // Written where it can be, the same command succeeds.
    const Run fine = run({QStringLiteral("--help")}, false, QStringLiteral("/dev/null"));
    QCOMPARE(fine.exitCode, 0);
    QVERIFY2(fine.err.isEmpty(), qPrintable(fine.err));
}

// `create` made its ticket, then could not print it: exit 3 ("made, outcome unknown"), not 1, so
// that `create … || create …` does not file it twice; and the ticket is there.
void TestApplicationE2e::aTicketWhoseOutputIsLostIsSaidToBeMade()
{
    const QString db = m_home.filePath(QStringLiteral("lost-output.sqlite"));
    const Run r = run({QStringLiteral("create"), QStringLiteral("--db"), db, QStringLiteral("--customer"),
                       QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"), QStringLiteral("--summary"),
                       QStringLiteral("Printed to a full disk"), QStringLiteral("--api-base"),
                       QStringLiteral("http://127.0.0.1:9")},
                      false, QStringLiteral("/dev/full"));
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("ticketdesk: the output could not be written: No space left on device; "
                                           "what the command made was saved all the same: do not run it again")),
             qPrintable(r.err));
    const Run list = run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")}, false);
    QCOMPARE(list.exitCode, 0);
    const QJsonArray tickets = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(tickets.size(), 1);
    QCOMPARE(tickets.first()[QStringLiteral("summary")].toString(), QStringLiteral("Printed to a full disk"));
    // Nothing made, the output lost all the same: 1, as for any other command.
    const Run help = run({QStringLiteral("create"), QStringLiteral("--help")}, false, QStringLiteral("/dev/full"));
    QCOMPARE(help.exitCode, 1);
    QVERIFY2(help.err.startsWith(QStringLiteral("ticketdesk: the output could not be written: ")),
             qPrintable(help.err));
    QVERIFY2(!help.err.contains(QStringLiteral("made")), qPrintable(help.err));
}

// Bytes that are not UTF-8 in an argument (a summary from a Latin-1 script) would reach Ripio
// replaced by U+FFFD: refused as a usage error, nothing made.
void TestApplicationE2e::argumentsThatAreNotUtf8AreRefused()
{
    const QString db = m_home.filePath(QStringLiteral("latin1.sqlite"));
    const Run r = runProgram(QStringLiteral("/bin/sh"),
                             {QStringLiteral("-c"),
                              QStringLiteral("exec \"$0\" create --db \"$1\" --customer "
                                             "6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71 --api-base http://127.0.0.1:9 "
                                             "--summary \"$(printf 'Caf\\351 closed')\""),
                              QStringLiteral(TICKETDESK_EXE), db},
                             false);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("ticketdesk: the value of --summary is not UTF-8 text\n")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(db));
    // Not shown, nor its neighbour: either may be a database URL with its password.
    const Run url = runProgram(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("exec \"$0\" list --db \"$(printf 'postgresql://alice:s\\351cret@127.0.0.1:9/td')\""),
         QStringLiteral(TICKETDESK_EXE)},
        false);
    QCOMPARE(url.exitCode, 2);
    QVERIFY2(url.err.startsWith(QStringLiteral("ticketdesk: the value of --db is not UTF-8 text\n")),
             qPrintable(url.err));
    QVERIFY2(!url.err.contains(QStringLiteral("cret")), qPrintable(url.err));
    const Run positional = runProgram(QStringLiteral("/bin/sh"),
                                      {QStringLiteral("-c"), QStringLiteral("exec \"$0\" show \"$(printf '\\377')\""),
                                       QStringLiteral(TICKETDESK_EXE)},
                                      false);
    QCOMPARE(positional.exitCode, 2);
    QVERIFY2(positional.err.startsWith(QStringLiteral("ticketdesk: argument 2 is not UTF-8 text\n")),
             qPrintable(positional.err));
}

// A summary with an ESC sequence (retitle the terminal, turn it red) and a carriage return:
// printed as text by the commands that show it, escaped in JSON as before.
namespace {

// `summary` stored as ticket `id`'s, as a webhook stores Ripio's own summary: `create` and the
// form refuse control characters, but a webhook brings whatever Ripio holds, and earlier builds
// took such text from `create`.
bool storeSummary(const QString &db, int id, const QString &summary)
{
    bool stored = false;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("summary"));
        sql.setDatabaseName(db);
        QSqlQuery q(sql);
        stored = sql.open() && q.prepare(QStringLiteral("UPDATE tickets SET summary = ? WHERE id = ?"));
        q.addBindValue(summary);
        q.addBindValue(id);
        stored = stored && q.exec() && q.numRowsAffected() == 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("summary"));
    return stored;
}

} // namespace

void TestApplicationE2e::terminalControlsAreShownNotObeyed()
{
    const QString db = m_home.filePath(QStringLiteral("controls.sqlite"));
    const QString summary = QStringLiteral("Card \x1b]0;pwned\x07\x1b[31mRED");
    const QStringList create{QStringLiteral("create"), QStringLiteral("--customer"),
                             QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"), QStringLiteral("--db"), db};
    // Not taken from the command line, and said without obeying it.
    const Run refused = run(create + QStringList{QStringLiteral("--summary"), summary}, false);
    QVERIFY2(refused.exitCode != 0 && refused.err.contains(QStringLiteral("control character (U+001B)")) &&
                 !refused.err.contains(QChar(0x1b)),
             qPrintable(refused.err));
    const Run created = run(create + QStringList{QStringLiteral("--summary"), QStringLiteral("Card"),
                                                 QStringLiteral("--description"), QStringLiteral("real\rfake")},
                            false);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(storeSummary(db, 1, summary));
    for (const QStringList &command :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("show"), QStringLiteral("1")}}) {
        const Run r = run(command + QStringList{QStringLiteral("--db"), db}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x07)) && !r.out.contains(QChar(u'\r')),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Card ^[]0;pwned^G^[[31mRED")), qPrintable(r.out));
    }
    const Run json =
        run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--db"), db}, false);
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.out.contains(QStringLiteral("\\u001b]0;pwned\\u0007")), qPrintable(json.out));
    // DEL and the C1 controls, which QJsonDocument writes raw: escaped too, the same text to a
    // parser (they were printed as "^?" and "<U+0085>", which changed the data).
    const QString odd = QStringLiteral("Next") + QChar(0x85) + QStringLiteral("line") + QChar(0x7f);
    const Run more = run(create + QStringList{QStringLiteral("--summary"), QStringLiteral("Next")}, false);
    QVERIFY2(more.exitCode == 0, qPrintable(more.err));
    QVERIFY(storeSummary(db, 2, odd));
    const Run second =
        run({QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("--db"), db}, false);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(!second.out.contains(QChar(0x85)) && !second.out.contains(QChar(0x7f)), qPrintable(second.out));
    QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value(QStringLiteral("summary")).toString(), odd);
    // `export -` into a pipe is data for a program: the very bytes the CSV file holds (CRLF line
    // ends, the cells' controls inside their quotes), not text shown to a person.
    const QString file = m_home.filePath(QStringLiteral("controls.csv"));
    const Run exported = run({QStringLiteral("export"), file, QStringLiteral("--db"), db}, false);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.contains("\r\n") && bytes.contains("real\rfake"));
    const Run piped = run({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--db"), db}, false);
    QCOMPARE(piped.exitCode, 0);
    QVERIFY2(piped.err.isEmpty(), qPrintable(piped.err));
    QCOMPARE(piped.out.toUtf8(), bytes);
    // An error that repeats what was typed says it the same way.
    const Run unknown = run({QStringLiteral("li\x1b[2Jst")}, false);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("li^[[2Jst")) && !unknown.err.contains(QChar(0x1b)),
             qPrintable(unknown.err));
}

void TestApplicationE2e::wordsTheDesktopDoesNotTake_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("a typo after --db") << QStringList{QStringLiteral("--db"), QStringLiteral("typo.sqlite"),
                                                      QStringLiteral("lsit")}
                                       << QStringLiteral("unknown command 'lsit'; did you mean 'list'?");
    QTest::newRow("a word after a desktop option")
        << QStringList{QStringLiteral("--palette"), QStringLiteral("dark"), QStringLiteral("lsit")}
        << QStringLiteral("unexpected argument 'lsit'");
    QTest::newRow("a palette there is not") << QStringList{QStringLiteral("--palette"), QStringLiteral("purple")}
                                            << QStringLiteral("--palette takes system, light or dark, not 'purple'");
    QTest::newRow("--demo-empty alone") << QStringList{QStringLiteral("--demo-empty")}
                                        << QStringLiteral("--demo-empty goes only with --demo");
    QTest::newRow("an option there is not")
        << QStringList{QStringLiteral("--bogus")} << QStringLiteral("Unknown option 'bogus'.");
    QTest::newRow("--demo-shot alone") << QStringList{QStringLiteral("--demo-shot"), QStringLiteral("deliveries")}
                                       << QStringLiteral("--demo-shot goes only with --demo");
}

// Where a display is, none of these starts the desktop (on the desk's real database, or a new one
// named by the typo's --db): each is a usage error that says what was wrong. Where none is, the
// same error is said, not that the desktop has no display to start on.
void TestApplicationE2e::wordsTheDesktopDoesNotTake()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    arguments.replaceInStrings(QStringLiteral("typo.sqlite"), m_home.filePath(QStringLiteral("typo.sqlite")));
    const QString desk = m_home.filePath(QStringLiteral("data/TicketDesk/ticketdesk/tickets.sqlite"));
    for (const bool withDisplay : {true, false}) {
        QFile::remove(desk); // an earlier command's
        const Run r = run(arguments, withDisplay);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 2, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("ticketdesk: ") + error), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("loaded")), qPrintable(r.err)); // no window's tickets
        QVERIFY2(!r.err.contains(QStringLiteral("display")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("typo.sqlite"))));
        QVERIFY(!QFile::exists(desk));
    }
}

void TestApplicationE2e::databaseBeforeTheCommand()
{
    // `ticketdesk --db FILE list` runs `list` (it had said there was no display for the desktop).
    const QString missing = m_home.filePath(QStringLiteral("nowhere.sqlite"));
    const Run r = run({QStringLiteral("--db"), missing, QStringLiteral("list")}, false);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("display")), qPrintable(r.err));
}

void TestApplicationE2e::aLanguageWithoutTranslationIsSaid()
{
    // Not silently English: one line says so, and the command runs all the same.
    const Run french = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version")}, false);
    QCOMPARE(french.exitCode, 0);
    QVERIFY2(french.out.startsWith(QStringLiteral("ticketdesk ")), qPrintable(french.out));
    QVERIFY2(
        french.err.startsWith(QStringLiteral("ticketdesk: no translation for --lang fr: TicketDesk shows English")),
        qPrintable(french.err));
    // The languages it speaks, English included, say nothing of the kind.
    for (const char *code : {"en", "en_GB", "es", "pt_BR", "pt"}) {
        const Run r = run({QStringLiteral("--lang"), QString::fromLatin1(code), QStringLiteral("--version")}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(QString::fromLatin1(code) + QStringLiteral(": ") + r.err));
    }
}

void TestApplicationE2e::aDamagedDatabaseIsSaidOnce()
{
    // The store's own log line of the failure came before the command's message: the same
    // sentence twice, once as "ticketdesk.store: open failed: …".
    const QString path = m_home.filePath(QStringLiteral("damaged.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'z'));
    file.close();
    for (const QStringList &command :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("create"), QStringLiteral("--customer"),
                      QStringLiteral("123e4567-e89b-12d3-a456-426614174000"), QStringLiteral("--summary"),
                      QStringLiteral("Card payment not credited"), QStringLiteral("--description"),
                      QStringLiteral("The payment of 12 December did not reach the balance.")},
          // The two that run on, and so keep the store's notes: once too.
          QStringList{QStringLiteral("watch")},
          QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--insecure-no-signature")}}) {
        const Run r = run(command + QStringList{QStringLiteral("--db"), path}, false);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ticketdesk: The file %1 is not a TicketDesk database").arg(path)),
                 qPrintable(r.err));
        QVERIFY2(r.err.count(QStringLiteral("is not a TicketDesk database")) == 1, qPrintable(r.err));
    }
}

// Under systemd the journal takes each line's priority from its start ("<3>" an error): a
// command's own failure (serve's on a damaged database among them) was filed as info.
void TestApplicationE2e::aFailureIsAnErrorInTheJournal()
{
    const QString log = m_home.filePath(QStringLiteral("journal.log"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    struct stat st = {};
    QCOMPARE(::fstat(file.handle(), &st), 0);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("JOURNAL_STREAM"),
               QString::number(quint64(st.st_dev)) + QLatin1Char(':') + QString::number(quint64(st.st_ino)));
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(log, QIODevice::Append);
    process.start(QStringLiteral(TICKETDESK_EXE),
                  {QStringLiteral("list"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("nowhere.sqlite"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.startsWith("<3>ticketdesk: "), written.constData());
}

void TestApplicationE2e::noDisplayIsOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("desktop") << QStringList{};
    QTest::newRow("desktop with options") << QStringList{QStringLiteral("--palette"), QStringLiteral("dark")};
}

void TestApplicationE2e::noDisplayIsOneLine()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments, false);
    QCOMPARE(r.status, QProcess::NormalExit); // no abort in the platform plugin, no core dump
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("ticketdesk: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("'ticketdesk serve'")), qPrintable(r.err));
}

void TestApplicationE2e::langOnTheCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withDisplay");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("english"); // in stdout + stderr without --lang
    QTest::addColumn<QString>("spanish"); // in stdout + stderr with it
    const QString es = QStringLiteral("es");
    const QString lang = QStringLiteral("--lang");
    QTest::newRow("--lang es --help") << QStringList{lang, es, QStringLiteral("--help")} << true << 0
                                      << QStringLiteral("Usage: ticketdesk") << QStringLiteral("Uso: ticketdesk");
    QTest::newRow("--help --lang=es") << QStringList{QStringLiteral("--help"), QStringLiteral("--lang=es")} << true << 0
                                      << QStringLiteral("Usage: ticketdesk") << QStringLiteral("Uso: ticketdesk");
    QTest::newRow("a command's error") << QStringList{QStringLiteral("list"), QStringLiteral("--status"),
                                                      QStringLiteral("DONE"), lang, es}
                                       << true << 2 << QStringLiteral("unknown status 'DONE'")
                                       << QStringLiteral("estado desconocido 'DONE'");
    // The desktop's path: --lang is read before it finds no display to start on.
    QTest::newRow("desktop without a display")
        << QStringList{lang, es} << false << 1 << QStringLiteral("no display to show the desktop on")
        << QStringLiteral("no hay pantalla");
}

void TestApplicationE2e::langOnTheCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withDisplay);
    QFETCH(int, exitCode);
    QFETCH(QString, english);
    QFETCH(QString, spanish);

    QStringList withoutLang = arguments;
    withoutLang.removeAll(QStringLiteral("--lang"));
    withoutLang.removeAll(QStringLiteral("--lang=es"));
    withoutLang.removeAll(QStringLiteral("es"));
    // The same run without --lang and with it: one language each, never the other.
    const auto check = [&](const QStringList &args, const QString &present, const QString &absent) {
        const Run r = run(args, withDisplay);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, exitCode);
        const QString text = r.out + r.err;
        QVERIFY2(text.contains(present), qPrintable(text));
        QVERIFY2(!text.contains(absent), qPrintable(text));
    };
    check(withoutLang, english, spanish);
    if (QTest::currentTestFailed())
        return;
    check(arguments, spanish, english);
}

// Run with its stdout closed (`>&-`): the output is said to be lost, and no file the command opens
// takes descriptor 1 (a CSV export's bytes were then mixed with what was printed, and the reason
// given was "Invalid argument").
void TestApplicationE2e::aClosedStdoutIsSaidAndTakesNoFile()
{
    const QString db = m_home.filePath(QStringLiteral("closed-stdout.sqlite"));
    const Run created = run({QStringLiteral("create"), QStringLiteral("--db"), db, QStringLiteral("--customer"),
                             QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"), QStringLiteral("--summary"),
                             QStringLiteral("Exported with stdout closed")},
                            false);
    QVERIFY2(created.exitCode == 0 || created.exitCode == 3, qPrintable(created.err));
    const QString csv = m_home.filePath(QStringLiteral("closed-stdout.csv"));
    const auto closedRun = [this](const QStringList &arguments) {
        return run(arguments, false, QString(), StdoutClosed::Yes);
    };
    const Run listed = closedRun({QStringLiteral("list"), QStringLiteral("--db"), db});
    QCOMPARE(listed.status, QProcess::NormalExit);
    QCOMPARE(listed.exitCode, 1);
    QCOMPARE(listed.err,
             QStringLiteral("ticketdesk: the output could not be written: the standard output is closed\n"));
    // A command whose output is what it made is not run at all: a ticket filed and not said
    // (exit 3) would be filed twice by a script that ran it again.
    const Run refused = closedRun({QStringLiteral("create"), QStringLiteral("--db"), db, QStringLiteral("--customer"),
                                   QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"), QStringLiteral("--summary"),
                                   QStringLiteral("Never made")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("the standard output is closed: nothing was done")),
             qPrintable(refused.err));
    const Run shown = run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")}, false);
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).array().size(), 1);
    const Run exported = closedRun({QStringLiteral("export"), csv, QStringLiteral("--db"), db});
    QCOMPARE(exported.status, QProcess::NormalExit);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith("id,") || bytes.startsWith("\xEF\xBB\xBF"), bytes.left(200).constData());
    QVERIFY2(bytes.contains("Exported with stdout closed") && !bytes.contains("ticketdesk"), bytes.constData());
}

QTEST_GUILESS_MAIN(TestApplicationE2e)
#include "tst_application_e2e.moc"
