// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/offlinespool.h"
#include "support/filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

namespace {

const QDateTime t0(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

NewTicket typed(const QString &key, const QString &summary)
{
    NewTicket t;
    t.clientKey = key;
    t.customerId = QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71");
    t.summary = summary;
    t.description = summary + QStringLiteral(" — détails, 中文");
    t.reference = QStringLiteral("HD-") + summary;
    return t;
}

} // namespace

// The desktop's keeping place for tickets typed while the team database is
// unreachable: what goes in comes out whole, in order, with its own copies of
// the attachments; nothing is ever dropped silently.
// The team database a desk was on when its tickets were kept.
const QString alice = QStringLiteral("postgresql://alice@db1/support");

class TestOfflineSpool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsAndGivesBackInOrder();
    void attachmentsAreCopied();
    void unreadableEntryIsSetAsideNotLost();
    void refusesWithoutAKey();
    void missingAttachmentLeavesNothing();
    void aFullDiskIsSaidAndLeavesNothing();
    void keptPerDatabaseAndUser();
};

void TestOfflineSpool::keepsAndGivesBackInOrder()
{
    QTemporaryDir dir;
    const OfflineSpool spool(dir.path(), alice);
    QCOMPARE(spool.count(), 0);
    QVERIFY(spool.entries().isEmpty());
    QString error;
    // Saved in the opposite order of their names: entries() follows the time.
    QVERIFY2(spool.keep(typed(QStringLiteral("b-2"), QStringLiteral("first")), t0, &error), qPrintable(error));
    QVERIFY(spool.keep(typed(QStringLiteral("a-1"), QStringLiteral("second")), t0.addSecs(1), &error));
    QCOMPARE(spool.count(), 2);
    const QList<OfflineSpool::Entry> entries = spool.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].ticket.summary, QStringLiteral("first"));
    QCOMPARE(entries[0].ticket.clientKey, QStringLiteral("b-2"));
    QCOMPARE(entries[0].ticket.description, typed(QString(), QStringLiteral("first")).description);
    QCOMPARE(entries[0].ticket.customerId, typed(QString(), QString()).customerId);
    QCOMPARE(entries[0].ticket.reference, QStringLiteral("HD-first"));
    QCOMPARE(entries[0].savedAt, t0);
    QCOMPARE(entries[1].ticket.summary, QStringLiteral("second"));
    QVERIFY(spool.remove(QStringLiteral("b-2")));
    QCOMPARE(spool.count(), 1);
    QCOMPARE(spool.entries().first().ticket.clientKey, QStringLiteral("a-1"));
    QVERIFY(!spool.remove(QStringLiteral("b-2"))); // already gone
    QVERIFY(!spool.remove(QStringLiteral("../../etc/passwd")));
}

void TestOfflineSpool::attachmentsAreCopied()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("screenshot.png"));
    {
        QFile f(original);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(10000, 'x'));
    }
    const OfflineSpool spool(dir.filePath(QStringLiteral("data")), alice);
    NewTicket t = typed(QStringLiteral("k-1"), QStringLiteral("with a file"));
    t.attachmentPaths = {original};
    QString error;
    QVERIFY2(spool.keep(t, t0, &error), qPrintable(error));
    // The operator may move or delete the original: the spool has its own copy.
    QVERIFY(QFile::remove(original));
    const QList<OfflineSpool::Entry> entries = spool.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].ticket.attachmentPaths.size(), 1);
    const QString copy = entries[0].ticket.attachmentPaths[0];
    QVERIFY(copy.startsWith(spool.directory()));
    QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("screenshot.png"));
    QCOMPARE(QFileInfo(copy).size(), 10000);
    // Removing the entry removes its copies too.
    QVERIFY(spool.remove(QStringLiteral("k-1")));
    QVERIFY(!QFileInfo::exists(copy));
}

// A desk that switches to another database, or another operator's login on the same account,
// is not given the tickets typed for this one; what an older build left in spool/ itself still is.
void TestOfflineSpool::keptPerDatabaseAndUser()
{
    QTemporaryDir dir;
    const OfflineSpool mine(dir.path(), alice);
    QString error;
    QVERIFY2(mine.keep(typed(QStringLiteral("k-mine"), QStringLiteral("alice's")), t0, &error), qPrintable(error));
    // The password is not part of what names the database, nor the connection's other settings.
    QCOMPARE(OfflineSpool(dir.path(), QStringLiteral("postgresql://alice:secret@db1/support")).count(), 1);
    QCOMPARE(
        OfflineSpool(dir.path(), QStringLiteral("postgresql://alice@db1/support?sslmode=require&connect_timeout=3"))
            .count(),
        1);
    QCOMPARE(OfflineSpool(dir.path(), QStringLiteral("host=db1 dbname=support user=alice")).count(), 1);
    for (const QString &other : {QStringLiteral("postgresql://bob@db1/support"),
                                 QStringLiteral("postgresql://alice@db1/other"), dir.filePath(u"t.sqlite"_qs)}) {
        const OfflineSpool spool(dir.path(), other);
        QCOMPARE(spool.count(), 0);
        QVERIFY(spool.entries().isEmpty());
        QVERIFY(!spool.remove(QStringLiteral("k-mine")));
        QVERIFY(spool.directory() != mine.directory());
    }
    QCOMPARE(mine.count(), 1);
    // The folder does not spell the database (a host's or a user's name).
    QVERIFY(!mine.directory().contains(QStringLiteral("alice")));

    // An entry an older build wrote in spool/ itself: given back, and removed, from here.
    const QString legacyDir = QDir(dir.path()).filePath(u"spool"_qs);
    QVERIFY(
        QFile::copy(QDir(mine.directory()).filePath(u"k-mine.json"_qs), QDir(legacyDir).filePath(u"k-old.json"_qs)));
    QFile legacy(QDir(legacyDir).filePath(u"k-old.json"_qs));
    QVERIFY(legacy.open(QIODevice::ReadWrite));
    QByteArray json = legacy.readAll().replace("k-mine", "k-old");
    QVERIFY(legacy.resize(0) && legacy.write(json) == json.size());
    legacy.close();
    const OfflineSpool other(dir.path(), QStringLiteral("postgresql://bob@db1/support"));
    QCOMPARE(other.count(), 1);
    QCOMPARE(other.entries().value(0).ticket.clientKey, QStringLiteral("k-old"));
    QCOMPARE(mine.count(), 2);
    QVERIFY(other.remove(QStringLiteral("k-old")));
    QCOMPARE(mine.count(), 1);
    QCOMPARE(other.count(), 0);
}

void TestOfflineSpool::unreadableEntryIsSetAsideNotLost()
{
    QTemporaryDir dir;
    const OfflineSpool spool(dir.path(), alice);
    QString error;
    QVERIFY(spool.keep(typed(QStringLiteral("good"), QStringLiteral("fine")), t0, &error));
    QVERIFY(QDir().mkpath(spool.directory()));
    QFile broken(QDir(spool.directory()).filePath(QStringLiteral("torn.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"clientKey\": \"torn\", \"summ");
    broken.close();
    QStringList problems;
    const QList<OfflineSpool::Entry> entries = spool.entries(&problems);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].ticket.clientKey, QStringLiteral("good"));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].contains(QStringLiteral("torn.json.unreadable")), qPrintable(problems[0]));
    QVERIFY(QFileInfo::exists(broken.fileName() + QStringLiteral(".unreadable")));
    QCOMPARE(spool.count(), 1);
}

void TestOfflineSpool::refusesWithoutAKey()
{
    QTemporaryDir dir;
    const OfflineSpool spool(dir.path(), alice);
    QString error;
    QVERIFY(!spool.keep(typed(QString(), QStringLiteral("no key")), t0, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!spool.keep(typed(QStringLiteral("../escape"), QStringLiteral("bad key")), t0, &error));
    QCOMPARE(spool.count(), 0);
}

void TestOfflineSpool::aFullDiskIsSaidAndLeavesNothing()
{
    // The desktop tells the operator a kept ticket is safe: on a full disk keep() must say it
    // is not, rather than leave a short file that reads back as nothing.
    QTemporaryDir dir;
    const OfflineSpool spool(dir.path(), alice);
    QString error;
    bool kept = true;
    {
        const Test::FileSizeLimit limit(100);
        QVERIFY(limit.ok());
        kept = spool.keep(typed(QStringLiteral("k-full"), QStringLiteral("disk full")), t0, &error);
    }
    QVERIFY(!kept);
    QVERIFY2(error.contains(QStringLiteral("k-full")), qPrintable(error));
    QCOMPARE(spool.count(), 0);
    QStringList problems;
    QVERIFY(spool.entries(&problems).isEmpty());
    QVERIFY(problems.isEmpty());
    QVERIFY(spool.keep(typed(QStringLiteral("k-full"), QStringLiteral("disk full")), t0, &error));
    QCOMPARE(spool.count(), 1);
}

void TestOfflineSpool::missingAttachmentLeavesNothing()
{
    QTemporaryDir dir;
    const OfflineSpool spool(dir.path(), alice);
    NewTicket t = typed(QStringLiteral("k-2"), QStringLiteral("file gone"));
    t.attachmentPaths = {dir.filePath(QStringLiteral("does-not-exist.pdf"))};
    QString error;
    QVERIFY(!spool.keep(t, t0, &error));
    QVERIFY2(error.contains(QStringLiteral("does-not-exist.pdf")), qPrintable(error));
    QCOMPARE(spool.count(), 0);
}

QTEST_GUILESS_MAIN(TestOfflineSpool)
#include "tst_offlinespool.moc"
