// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/outcomespool.h"
#include "support/filesizelimit.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

namespace {

const QDateTime t0(QDate(2026, 12, 2), QTime(10, 0, 0, 250), Qt::UTC);
const QString teamUrl = QStringLiteral("postgresql://ana:s3cr3t-pw@db.example:5432/desk");

QString everythingUnder(const QString &dir)
{
    QString all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += it.filePath() + QLatin1Char('\n') + QString::fromUtf8(f.readAll());
    }
    return all;
}

} // namespace

// Where the outbox keeps Ripio's answers that the database did not take: what goes in comes out
// whole, for its own database only, and nothing is ever dropped silently.
class TestOutcomeSpool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsAndGivesBack()
    {
        QTemporaryDir dir;
        const OutcomeSpool spool(dir.path(), teamUrl);
        QString error;
        QVERIFY(spool.entries().isEmpty());
        QVERIFY2(spool.keep(41, t0, Fact::accepted(QStringLiteral("7d1e-ripio"), t0), &error), qPrintable(error));
        QVERIFY(spool.keep(42, t0, Fact::rejected(QStringLiteral("summary: too long — ñ"), t0.addSecs(1)), &error));
        QVERIFY(spool.keep(41, t0, Fact::accepted(QStringLiteral("7d1e-ripio"), t0), &error)); // again: one entry
        const QList<OutcomeSpool::Entry> kept = OutcomeSpool(dir.path(), teamUrl).entries();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).localId, 41);
        QCOMPARE(kept.at(0).fact.kind, Fact::Kind::Accepted);
        QCOMPARE(kept.at(0).fact.ticketId, QStringLiteral("7d1e-ripio"));
        QCOMPARE(kept.at(0).fact.at, t0);
        QCOMPARE(kept.at(1).localId, 42);
        QCOMPARE(kept.at(1).fact.kind, Fact::Kind::Rejected);
        QCOMPARE(kept.at(1).fact.message, QStringLiteral("summary: too long — ñ"));
        QCOMPARE(kept.at(1).ticketCreatedAt, t0);
        // Kept: what sends nothing when written twice. A requeue would send the ticket again.
        QVERIFY(OutcomeSpool::isKept(Fact::accepted(QStringLiteral("x"), t0)));
        QVERIFY(OutcomeSpool::isKept(Fact::rejected(QStringLiteral("x"), t0)));
        QVERIFY(OutcomeSpool::isKept(Fact::answerLost(QStringLiteral("x"), t0)));
        QVERIFY(!OutcomeSpool::isKept(Fact::requeue(QStringLiteral("x"), t0)));
        QVERIFY(spool.remove(41));
        QVERIFY(spool.remove(41)); // already gone: nothing to do
        QCOMPARE(spool.entries().size(), 1);
        // The database's password is nowhere on disk; its host is not in a file's name either.
        const QString files = everythingUnder(dir.path());
        QVERIFY2(!files.contains(QStringLiteral("s3cr3t")), qPrintable(files));
        QVERIFY(!spool.directory().contains(QStringLiteral("db.example")));
    }

    // A local ticket id means nothing in another database: each has its own entries. The same
    // database with or without its password, or a file named from elsewhere, is the same.
    void eachDatabaseHasItsOwn()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(OutcomeSpool(dir.path(), teamUrl).keep(7, t0, Fact::accepted(QStringLiteral("a"), t0), &error));
        QCOMPARE(OutcomeSpool(dir.path(), QStringLiteral("postgresql://ana@db.example:5432/desk")).entries().size(), 1);
        QVERIFY(OutcomeSpool(dir.path(), QStringLiteral("postgresql://ana@db.example:5432/other")).entries().isEmpty());
        const QString file = dir.filePath(QStringLiteral("t.sqlite"));
        QVERIFY(OutcomeSpool(dir.path(), file).entries().isEmpty());
        QVERIFY(OutcomeSpool(dir.path(), file).keep(7, t0, Fact::answerLost(QStringLiteral("timeout"), t0), &error));
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(dir.path());
        const QList<OutcomeSpool::Entry> relative = OutcomeSpool(dir.path(), QStringLiteral("t.sqlite")).entries();
        QDir::setCurrent(cwd);
        QCOMPARE(relative.size(), 1);
        QCOMPARE(relative.first().fact.kind, Fact::Kind::AnswerLost);
    }

    // A data folder moved whole (a new disk, a new computer) keeps Ripio's answers for its
    // database: left behind, the ticket would turn UNCONFIRMED and a Retry would file it twice.
    void aMovedFolderKeepsItsEntries()
    {
        QTemporaryDir root;
        const QString before = root.filePath(QStringLiteral("desk"));
        QVERIFY(QDir().mkpath(before));
        QString error;
        QVERIFY(OutcomeSpool(before, before + QStringLiteral("/t.sqlite"))
                    .keep(7, t0, Fact::accepted(QStringLiteral("moved-along"), t0), &error));
        const QString after = root.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(before, after));
        const OutcomeSpool moved(after, after + QStringLiteral("/t.sqlite"));
        const QList<OutcomeSpool::Entry> kept = moved.entries();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().fact.ticketId, QStringLiteral("moved-along"));
        QVERIFY(moved.holds(7));
        // Another file in the same folder is another database.
        QVERIFY(OutcomeSpool(after, after + QStringLiteral("/other.sqlite")).entries().isEmpty());
        // A file outside its data folder is still named by its whole path.
        QVERIFY(OutcomeSpool(after, root.filePath(QStringLiteral("t.sqlite"))).entries().isEmpty());
    }

    // What an earlier build kept (in a folder named by the file's absolute path then) is still
    // given back and removed once written: at the same place, and in a folder moved since (the
    // usual move to a new computer: the new build installed, the old folder copied in).
    void entriesOfAnEarlierBuildAreStillRead_data()
    {
        QTest::addColumn<bool>("moved");
        QTest::newRow("same place") << false;
        QTest::newRow("moved since") << true;
    }

    void entriesOfAnEarlierBuildAreStillRead()
    {
        QFETCH(bool, moved);
        QTemporaryDir dir;
        const QString file = QFileInfo(dir.filePath(QStringLiteral("t.sqlite"))).absoluteFilePath();
        const QString then = moved ? QStringLiteral("/home/ana/old-disk/t.sqlite") : file;
        const auto keepAsEarlier = [&](const QString &database, qint64 id, const QString &ticketId,
                                       const QDateTime &createdAt = t0) {
            const QString folder = dir.filePath(QStringLiteral("outcomes/") + spoolFolderName(database));
            QDir().mkpath(folder);
            QFile entry(folder + QStringLiteral("/%1.json").arg(id));
            if (!entry.open(QIODevice::WriteOnly))
                return QString();
            entry.write(
                QJsonDocument(QJsonObject{{QStringLiteral("database"), database},
                                          {QStringLiteral("localId"), QString::number(id)},
                                          {QStringLiteral("ticketCreatedAt"), createdAt.toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("kind"), QStringLiteral("accepted")},
                                          {QStringLiteral("ticketId"), ticketId},
                                          {QStringLiteral("message"), QString()},
                                          {QStringLiteral("at"), t0.toString(Qt::ISODateWithMs)}})
                    .toJson());
            return entry.fileName();
        };
        const QString earlier = keepAsEarlier(then, 3, QStringLiteral("from-before"));
        QVERIFY(!earlier.isEmpty());
        // Another file's answers in the same data folder: neither read nor touched.
        const QString other = keepAsEarlier(QStringLiteral("/home/ana/old-disk/other.sqlite"), 4, QStringLiteral("x"));
        const OutcomeSpool spool(dir.path(), file);
        QVERIFY(!earlier.startsWith(spool.directory()));
        QStringList problems;
        const QList<OutcomeSpool::Entry> kept = spool.entries(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().localId, 3);
        QCOMPARE(kept.first().fact.ticketId, QStringLiteral("from-before"));
        QVERIFY(spool.holds(3));
        QVERIFY(!spool.holds(4));
        QVERIFY(QFile::exists(other));

        // Another generation of the file (a ticket 3 made before a restore): left where it is.
        const QString older =
            keepAsEarlier(QStringLiteral("/srv/restored/t.sqlite"), 3, QStringLiteral("older"), t0.addDays(-30));
        QVERIFY(!older.isEmpty());
        // Kept by this build as well: one entry (the newer folder's); removing it removes both.
        QString error;
        QVERIFY(spool.keep(3, t0, Fact::accepted(QStringLiteral("kept-now"), t0), &error));
        const QList<OutcomeSpool::Entry> both = spool.entries();
        QCOMPARE(both.size(), 1);
        QCOMPARE(both.first().fact.ticketId, QStringLiteral("kept-now"));
        QVERIFY(spool.remove(3));
        QVERIFY(!spool.holds(3));
        QVERIFY(!QFile::exists(earlier));
        QVERIFY(QFile::exists(older)); // not this ticket's: never removed unread
        const QList<OutcomeSpool::Entry> left = spool.entries();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().fact.ticketId, QStringLiteral("older"));
        QVERIFY(QFile::exists(other));
    }

    void unreadableEntryIsSetAsideNotLost()
    {
        QTemporaryDir dir;
        const OutcomeSpool spool(dir.path(), teamUrl);
        QString error;
        QVERIFY(spool.keep(5, t0, Fact::accepted(QStringLiteral("b"), t0), &error));
        QFile broken(QDir(spool.directory()).filePath(QStringLiteral("6.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"localId\": \"6\", \"kind\": \"acc");
        broken.close();
        QStringList problems;
        const QList<OutcomeSpool::Entry> kept = spool.entries(&problems);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().localId, 5);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("6.json.unreadable")), qPrintable(problems.first()));
        QVERIFY(QFile::exists(broken.fileName() + QStringLiteral(".unreadable")));
    }

    void aFullDiskKeepsNothingHalfWritten()
    {
        QTemporaryDir dir;
        const OutcomeSpool spool(dir.path(), teamUrl);
        QString error;
        bool kept = true;
        {
            QVERIFY(QDir().mkpath(spool.directory()));
            const Test::FileSizeLimit limit(40);
            QVERIFY(limit.ok());
            kept = spool.keep(9, t0, Fact::accepted(QStringLiteral("c"), t0), &error);
        }
        QVERIFY(!kept);
        QVERIFY2(error.contains(QStringLiteral("9.json")), qPrintable(error));
        QVERIFY(spool.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutcomeSpool)
#include "tst_outcomespool.moc"
