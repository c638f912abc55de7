// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clitable.h"
#include "app/terminaltext.h"
#include "core/logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>

#include <sys/stat.h>

using namespace TicketDesk;

// What the command line writes to a terminal: the controls in text typed by others are shown,
// not obeyed; everything else passes unchanged.
class TestTerminalText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean_data();
    void clean();
    void aC1ControlCutBetweenTwoWrites();
    void jsonKeepsItsData();
    void logLinesAreCleaned();
    void repeatedLinesAreCounted();
    void theDriversLinesOfALostSessionAreLeftOut();
    void linesCarryTheirTime();
    void theJournalIsRecognised();
    void columnsAreSizedFromTheFirstRows();
};

void TestTerminalText::clean_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");

    QTest::newRow("plain") << QByteArray("Card blocked\tSUP-1\n") << QByteArray("Card blocked\tSUP-1\n");
    QTest::newRow("UTF-8") << QByteArray("caf\xc3\xa9 \xc2\xa0 \xe2\x80\x94 \xd8\xa8 \xf0\x9f\x98\x80")
                           << QByteArray("caf\xc3\xa9 \xc2\xa0 \xe2\x80\x94 \xd8\xa8 \xf0\x9f\x98\x80");
    // What reorders the line after it is shown, not obeyed: "SUP-\u202e1337" read "SUP-7331".
    QTest::newRow("right-to-left override") << QByteArray("SUP-\xe2\x80\xae"
                                                          "1337")
                                            << QByteArray("SUP-<U+202E>1337");
    QTest::newRow("isolates and marks") << QByteArray("\xe2\x81\xa6\xe2\x81\xa9\xe2\x80\x8f\xd8\x9c")
                                        << QByteArray("<U+2066><U+2069><U+200F><U+061C>");
    QTest::newRow("window title") << QByteArray("esc \x1b]0;pwned\x07 end") << QByteArray("esc ^[]0;pwned^G end");
    QTest::newRow("colour") << QByteArray("\x1b[31mRED\x1b[0m") << QByteArray("^[[31mRED^[[0m");
    QTest::newRow("carriage return") << QByteArray("real\rfake") << QByteArray("real^Mfake");
    QTest::newRow("NUL and DEL") << QByteArray("a\0b\x7f", 4) << QByteArray("a^@b^?");
    QTest::newRow("C1 CSI") << QByteArray("x\xc2\x9b"
                                          "31m")
                            << QByteArray("x<U+009B>31m");
    QTest::newRow("C1 first and last") << QByteArray("\xc2\x80\xc2\x9f") << QByteArray("<U+0080><U+009F>");
}

void TestTerminalText::clean()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QByteArray pending;
    QCOMPARE(TerminalText::clean(in, &pending), out);
    QVERIFY(pending.isEmpty());
}

void TestTerminalText::aC1ControlCutBetweenTwoWrites()
{
    QByteArray pending;
    QCOMPARE(TerminalText::clean("ab\xc2", &pending), QByteArray("ab"));
    QVERIFY(!pending.isEmpty());
    QCOMPARE(TerminalText::clean("\x9b"
                                 "1m",
                                 &pending),
             QByteArray("<U+009B>1m"));
    QVERIFY(pending.isEmpty());
    QCOMPARE(TerminalText::clean("\xc2", &pending), QByteArray());
    QCOMPARE(TerminalText::clean("\xa0!", &pending), QByteArray("\xc2\xa0!"));
    // An override cut after its first byte, and after its second.
    QCOMPARE(TerminalText::clean("SUP-\xe2", &pending), QByteArray("SUP-"));
    QCOMPARE(TerminalText::clean("\x80", &pending), QByteArray());
    QCOMPARE(TerminalText::clean("\xae"
                                 "1",
                                 &pending),
             QByteArray("<U+202E>1"));
    QCOMPARE(TerminalText::clean("\xe2\x80", &pending), QByteArray());
    QCOMPARE(TerminalText::clean("\x94.", &pending), QByteArray("\xe2\x80\x94."));
    QVERIFY(pending.isEmpty());
}

// JSON has controls only inside strings: as escapes they read the same to a parser.
void TestTerminalText::jsonKeepsItsData()
{
    const QString summary =
        QStringLiteral("a") + QChar(0x85) + u'b' + QChar(0x7f) + u'c' + QChar(0x9b) + u'd' + QChar(0x202e) + u'e';
    const QByteArray written = QJsonDocument(QJsonObject{{QStringLiteral("summary"), summary}}).toJson();
    QByteArray pending;
    const QByteArray cleaned = TerminalText::clean(written, &pending, true);
    QVERIFY2(!cleaned.contains("\xc2\x85") && !cleaned.contains('\x7f') && cleaned.contains("\\u202e"),
             cleaned.constData());
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(cleaned, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.object().value(QStringLiteral("summary")).toString(), summary);
    QCOMPARE(TerminalText::clean("x\x1b", &pending, true), QByteArray("x\\u001b"));
}

// What the message handler writes to a file of its own while `write` runs (nothing, which every
// check below refuses, when the file cannot be made).
template<typename Write>
static QByteArray loggedWhile(Write write)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    std::FILE *stream = std::fopen(QFile::encodeName(file.fileName()).constData(), "w");
    if (!stream)
        return {};
    TerminalText::installMessageHandler(stream);
    write();
    qInstallMessageHandler(nullptr);
    std::fclose(stream);
    return file.readAll();
}

void TestTerminalText::logLinesAreCleaned()
{
    const QByteArray logged = loggedWhile([] { qWarning("webhook \x1b]0;pwned\x07 from 203.0.113.9"); });
    QVERIFY2(logged.contains("webhook ^[]0;pwned^G from 203.0.113.9\n") && !logged.contains('\x1b'),
             logged.constData());
}

// A lost team-database session made the receivers say "store failed" for each batch: written
// once, counted, and a message's trailing line break makes no empty line.
void TestTerminalText::repeatedLinesAreCounted()
{
    const QByteArray logged = loggedWhile([] {
        qWarning("first");
        for (int i = 0; i < 12; ++i)
            qWarning("store failed for 1 webhook deliveries\n");
        qWarning("reconnected");
        qWarning("reconnected");
        qWarning("done");
        qWarning("done");
        QTest::qWait(2100); // a burst is 2 s: the same line later is written again
        qWarning("done");
    });
    QCOMPARE(logged, QByteArray("first\n"
                                "store failed for 1 webhook deliveries\n"
                                "(the line above 11 more times)\n"
                                "reconnected\n"
                                "(the line above once more)\n"
                                "done\n"
                                "(the line above once more)\n"
                                "done\n"));
}

// Qt's PostgreSQL driver said "Unable to free statement" for each statement of a session the
// server ended, with libpq's lines under it, beside TicketDesk's own "cannot be reached" and
// "reconnected" (audit 31): those are left out.
void TestTerminalText::theDriversLinesOfALostSessionAreLeftOut()
{
    const QByteArray logged = loggedWhile([] {
        qWarning("ticketdesk.store: query failed: cannot be reached");
        qWarning("Unable to free statement: FATAL:  terminating connection due to administrator command\nserver "
                 "closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n");
        for (int i = 0; i < 3; ++i)
            qWarning("Unable to free statement: no connection to the server\n");
        // Any socket may say this, and of another than the driver's it tells of a fault: kept.
        qWarning("QSocketNotifier: Invalid socket 6 and type 'Read', disabling...");
        qWarning() << "reconnected";
        // The same words in TicketDesk's own category are TicketDesk's: kept.
        qCWarning(lcStore) << "Unable to free statement (quoted by a test)";
    });
    QVERIFY2(!logged.contains("no connection to the server") && !logged.contains("server closed") &&
                 !logged.contains("This probably means"),
             logged.constData());
    QVERIFY2(logged.contains("query failed: cannot be reached\n") && logged.contains("reconnected\n") &&
                 logged.contains("QSocketNotifier: Invalid socket 6") &&
                 logged.contains("Unable to free statement (quoted by a test)"),
             logged.constData());
}

void TestTerminalText::linesCarryTheirTime()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    std::FILE *stream = std::fopen(QFile::encodeName(file.fileName()).constData(), "w");
    QVERIFY(stream);
    {
        // A line written in pieces gets one stamp, at its start; every line gets its own.
        TerminalText device(stream);
        QVERIFY(device.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        device.setTimeStamps(true);
        device.write("ticketdesk: listening ");
        device.write("on http://127.0.0.1:8080/\nticketdesk: database t.sqlite\n");
        device.write("ticketdesk: stopped\n");
    }
    TerminalText::installMessageHandler(stream);
    TerminalText::setMessageTimeStamps(true);
    qWarning("pruned 6 deliveries");
    TerminalText::setMessageTimeStamps(false);
    qWarning("undated");
    qInstallMessageHandler(nullptr);
    std::fclose(stream);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (.*)$"));
    const QStringList texts{QStringLiteral("ticketdesk: listening on http://127.0.0.1:8080/"),
                            QStringLiteral("ticketdesk: database t.sqlite"), QStringLiteral("ticketdesk: stopped"),
                            QStringLiteral("pruned 6 deliveries")};
    QCOMPARE(lines.size(), texts.size() + 1);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QRegularExpressionMatch m = stamp.match(lines.at(i));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
        QCOMPARE(m.captured(1), texts.at(i));
    }
    QCOMPARE(lines.last(), QStringLiteral("undated"));
}

void TestTerminalText::theJournalIsRecognised()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    std::FILE *stream = std::fopen(QFile::encodeName(file.fileName()).constData(), "w");
    QVERIFY(stream);
    struct stat st = {};
    QCOMPARE(::fstat(::fileno(stream), &st), 0);
    const QByteArray previous = qgetenv("JOURNAL_STREAM");
    qunsetenv("JOURNAL_STREAM");
    QVERIFY(!TerminalText::isJournal(stream));
    qputenv("JOURNAL_STREAM", QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino)));
    QVERIFY(TerminalText::isJournal(stream));
    // Its log lines carry their syslog priority, so that `journalctl -p warning` finds them.
    TerminalText::installMessageHandler(stream);
    qWarning("the database is damaged");
    qCritical("a commit failed");
    qInfo("listening");
    // Every line of a message of several (libpq's error and its detail), not only its first.
    qCritical("connection lost\nDETAIL:  server closed the connection\n");
    qInstallMessageHandler(nullptr);
    std::fflush(stream);
    QCOMPARE(file.readAll(), QByteArray("<4>the database is damaged\n<3>a commit failed\n<6>listening\n"
                                        "<3>connection lost\n<3>DETAIL:  server closed the connection\n"));
    // A journal stream inherited by a process whose stderr went elsewhere (a shell's redirect).
    qputenv("JOURNAL_STREAM",
            QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino) + 1));
    QVERIFY(!TerminalText::isJournal(stream));
    if (previous.isEmpty())
        qunsetenv("JOURNAL_STREAM");
    else
        qputenv("JOURNAL_STREAM", previous);
    std::fclose(stream);
}

// `list` on a big desk: rows are written as they come once the first ones have sized the
// columns, so neither the output waits for the end nor the memory holds every row.
void TestTerminalText::columnsAreSizedFromTheFirstRows()
{
    QString text;
    QTextStream out(&text);
    Cli::ColumnWriter writer(out, {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("NOTE")}, 2);
    writer.add({QStringLiteral("1"), QStringLiteral("Ana"), QStringLiteral("a")});
    QCOMPARE(text, QString()); // held: the sample is not complete
    writer.add({QStringLiteral("22"), QStringLiteral("Bo"), QStringLiteral("b")});
    out.flush();
    QCOMPARE(text, QStringLiteral("ID  NAME  NOTE\n"
                                  "1   Ana   a\n"
                                  "22  Bo    b\n"));
    writer.add({QStringLiteral("333"), QStringLiteral("Carla"), QStringLiteral("c")}); // written at once, wider
    out.flush();
    QVERIFY2(text.endsWith(QStringLiteral("333  Carla  c\n")), qPrintable(text));
    // The wider cells widened their columns for the rows after them.
    writer.add({QStringLiteral("4"), QStringLiteral("Di"), QStringLiteral("d")});
    out.flush();
    QVERIFY2(text.endsWith(QStringLiteral("333  Carla  c\n4    Di     d\n")), qPrintable(text));
    // One odd long value is cut short, not padded onto every line after it (when asked, as
    // `list` asks); the last column is never padded, so it stays whole.
    writer.setMaxCell(64);
    writer.add({QStringLiteral("5"), QString(5000, QLatin1Char('k')), QString(100, QLatin1Char('n'))});
    writer.add({QStringLiteral("6"), QStringLiteral("Ed"), QStringLiteral("e")});
    out.flush();
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(lines.size() - 3), QStringLiteral("5    ") + QString(63, QLatin1Char('k')) + QChar(0x2026) +
                                             QStringLiteral("  ") + QString(100, QLatin1Char('n')));
    QCOMPARE(lines.at(lines.size() - 2),
             QStringLiteral("6    Ed") + QString(64, QLatin1Char(' ')) + QStringLiteral("e"));
    // Never half a character: an emoji across the cut goes whole.
    writer.add({QStringLiteral("7"), QString(62, QLatin1Char('e')) + QStringLiteral("😀tail"), QStringLiteral("g")});
    out.flush();
    QVERIFY2(text.endsWith(QStringLiteral("7    ") + QString(62, QLatin1Char('e')) + QChar(0x2026) +
                           QString(3, QLatin1Char(' ')) + QStringLiteral("g\n")),
             qPrintable(text.right(100)));
    QCOMPARE(writer.finish(), qsizetype(7));

    // No rows: nothing, unless the header is asked for; fewer rows than the sample: written at the end.
    QString none;
    QTextStream noneOut(&none);
    QCOMPARE(Cli::ColumnWriter(noneOut, {QStringLiteral("ID")}).finish(), qsizetype(0));
    QCOMPARE(none, QString());
    QCOMPARE(Cli::ColumnWriter(noneOut, {QStringLiteral("ID"), QStringLiteral("X")}).finish(true), qsizetype(0));
    QCOMPARE(none, QStringLiteral("ID  X\n"));
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
