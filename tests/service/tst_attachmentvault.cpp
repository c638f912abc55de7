// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/attachmentvault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

// Checks AttachmentVault: copies in the data folder with names, sizes and types,
// files of the same name, copies for a retry, and failures that leave nothing
// behind (a missing file, a folder that cannot be created).
class TestAttachmentVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storesCopies_data();
    void storesCopies();
    void sameNameTwice();
    void nothingToStore();
    void failures_data();
    void failures();
    void copyForRetry();

private:
    QString source(const QString &relativePath, const QByteArray &content);
    QStringList filesUnder(const QString &folder) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
};

void TestAttachmentVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
}

QString TestAttachmentVault::source(const QString &relativePath, const QByteArray &content)
{
    const QString path = m_dir->filePath(QStringLiteral("in/") + relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList TestAttachmentVault::filesUnder(const QString &folder) const
{
    QStringList files;
    QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (info.isDir())
            files += filesUnder(info.filePath());
        else
            files.append(info.filePath());
    }
    return files;
}

void TestAttachmentVault::storesCopies_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("contentType");
    QTest::newRow("text") << QStringLiteral("notes.txt") << QByteArray("hello\n") << QStringLiteral("text/plain");
    QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("text/plain");
    QTest::newRow("png") << QStringLiteral("shot.png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                         << QStringLiteral("image/png");
    QTest::newRow("non-ASCII name") << QStringLiteral("recibo año.pdf") << QByteArray("%PDF-1.4\n%\xe2\xe3\n")
                                    << QStringLiteral("application/pdf");
    QTest::newRow("large") << QStringLiteral("big.bin") << QByteArray(3 * 1024 * 1024 + 17, '\0')
                           << QStringLiteral("application/octet-stream");
}

void TestAttachmentVault::storesCopies()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString original = source(name, content);
    const QString other = source(QStringLiteral("second.txt"), "second");

    const AttachmentVault vault(m_dataDir);
    QCOMPARE(vault.root(), QDir(m_dataDir).filePath(QStringLiteral("attachments")));
    QString error;
    const QList<Attachment> stored = vault.store({original, other}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(stored.size(), 2);

    const Attachment &a = stored.first();
    QCOMPARE(a.fileName, name);
    QCOMPARE(a.size, qint64(content.size()));
    QTEST(a.contentType, "contentType");
    QCOMPARE(a.id, qint64(0)); // the store assigns ids
    QVERIFY(a.storedPath.startsWith(vault.root() + QLatin1Char('/')));
    QCOMPARE(QFileInfo(a.storedPath).fileName(), name);
    QFile copy(a.storedPath);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), content);
    // Both files of one call share a folder; the originals are untouched.
    QCOMPARE(QFileInfo(stored.last().storedPath).absolutePath(), QFileInfo(a.storedPath).absolutePath());
    QCOMPARE(stored.last().size, qint64(6));
    QVERIFY(QFile::exists(original));

    // A second call gets a folder of its own.
    const QList<Attachment> again = vault.store({original}, &error);
    QCOMPARE(again.size(), 1);
    QVERIFY(QFileInfo(again.first().storedPath).absolutePath() != QFileInfo(a.storedPath).absolutePath());
}

void TestAttachmentVault::sameNameTwice()
{
    const QString first = source(QStringLiteral("a/report.txt"), "first");
    const QString second = source(QStringLiteral("b/report.txt"), "second, longer");
    const QString third = source(QStringLiteral("c/report.txt"), "third");
    QString error;
    const QList<Attachment> stored = AttachmentVault(m_dataDir).store({first, second, third}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(stored.size(), 3);
    // Ripio gets the names as they were; the copies must not overwrite each other.
    for (const Attachment &a : stored)
        QCOMPARE(a.fileName, QStringLiteral("report.txt"));
    QCOMPARE(QFileInfo(stored.at(0).storedPath).fileName(), QStringLiteral("report.txt"));
    // Each later one in a folder of its own, under the same name.
    QCOMPARE(QFileInfo(stored.at(1).storedPath).fileName(), QStringLiteral("report.txt"));
    QCOMPARE(QFileInfo(stored.at(1).storedPath).dir().dirName(), QStringLiteral("2"));
    QCOMPARE(QFileInfo(stored.at(2).storedPath).dir().dirName(), QStringLiteral("3"));
    QCOMPARE(stored.at(1).size, qint64(14));
    QFile f(stored.at(1).storedPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("second, longer"));

    // A name at the system's limit (255 bytes), twice: a prefix made it too long to copy.
    const QString longName = QString(251, QLatin1Char('a')) + QStringLiteral(".txt");
    const QString one = source(QStringLiteral("d/") + longName, "1");
    const QString two = source(QStringLiteral("e/") + longName, "2");
    const QList<Attachment> both = AttachmentVault(m_dataDir).store({one, two}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(1).fileName, longName);
    QVERIFY(QFileInfo::exists(both.at(1).storedPath));
}

void TestAttachmentVault::nothingToStore()
{
    QString error = QStringLiteral("untouched");
    const AttachmentVault vault(m_dataDir);
    QVERIFY(vault.store({}, &error).isEmpty());
    QVERIFY(vault.copy({}, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("untouched"));
    QVERIFY(!QFileInfo::exists(vault.root())); // no folder for nothing
}

void TestAttachmentVault::failures_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message");
    // Said as what happened and what to do, not as Qt's "Cannot open ... for input".
    QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("The file ");
    QTest::newRow("a folder, not a file") << QStringLiteral("folder") << QStringLiteral("Cannot copy");
    // A file where the data folder should be: mkpath fails for every user, root included.
    QTest::newRow("folder cannot be created")
        << QStringLiteral("blocked") << QStringLiteral("Cannot create the folder");
}

void TestAttachmentVault::failures()
{
    QFETCH(QString, problem);
    QFETCH(QString, message);
    const QString good = source(QStringLiteral("good.txt"), "good");
    QString bad = m_dir->filePath(QStringLiteral("in/does-not-exist.txt"));
    QString dataDir = m_dataDir;
    if (problem == u"folder") {
        bad = m_dir->filePath(QStringLiteral("in/a-folder"));
        QVERIFY(QDir().mkpath(bad));
    } else if (problem == u"blocked") {
        dataDir = source(QStringLiteral("not-a-folder"), "x");
        bad = good;
    }

    QString error;
    const AttachmentVault vault(dataDir);
    const QList<Attachment> stored = vault.store({good, bad}, &error);
    QVERIFY(stored.isEmpty());
    QVERIFY2(error.startsWith(message), qPrintable(error));
    if (problem != u"blocked")
        QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
    if (problem == u"missing")
        QVERIFY2(error.contains(QStringLiteral("is no longer there: it was moved or deleted")), qPrintable(error));
    // All or nothing: the good file's copy is gone too.
    QCOMPARE(filesUnder(vault.root()), QStringList());
    QVERIFY(QFile::exists(good));
}

void TestAttachmentVault::copyForRetry()
{
    const AttachmentVault vault(m_dataDir);
    QString error;
    const QList<Attachment> stored =
        vault.store({source(QStringLiteral("one.txt"), "1"), source(QStringLiteral("two.txt"), "22")}, &error);
    QCOMPARE(stored.size(), 2);

    const QList<Attachment> copies = vault.copy(stored, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(copies.size(), 2);
    for (qsizetype i = 0; i < copies.size(); ++i) {
        QCOMPARE(copies.at(i).fileName, stored.at(i).fileName);
        QCOMPARE(copies.at(i).size, stored.at(i).size);
        QCOMPARE(copies.at(i).contentType, stored.at(i).contentType);
        QVERIFY(copies.at(i).storedPath != stored.at(i).storedPath);
    }
    // The retry keeps its files when the original ticket's copies go.
    QVERIFY(QDir(QFileInfo(stored.first().storedPath).absolutePath()).removeRecursively());
    QVERIFY(QFile::exists(copies.first().storedPath));

    // A copy of a copy that is gone fails, naming it.
    const QList<Attachment> lost = vault.copy(stored, &error);
    QVERIFY(lost.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(stored.first().storedPath)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAttachmentVault)
#include "tst_attachmentvault.moc"
