// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/savefile.h"
#include "support/filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;
using TicketDesk::Test::FileSizeLimit;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Row by row, as the exports write: a short count is the writer's to check, the
    // bytes held in the device's buffer are commitWhole()'s.
    for (qsizetype at = 0; at < bytes.size(); at += 100)
        file.write(bytes.mid(at, 100));
    return commitWhole(file, error);
}

} // namespace

class TestSaveFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesTheWholeFile();
    void aWriteThatDoesNotFitLeavesTheTargetAlone_data();
    void aWriteThatDoesNotFitLeavesTheTargetAlone();
    void aFullDiskIsNamed();
    void saveWholeWritesAllOrNothing();

private:
    QTemporaryDir m_dir;
};

void TestSaveFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSaveFile::writesTheWholeFile()
{
    const QString path = m_dir.filePath(QStringLiteral("whole.csv"));
    QString error;
    QVERIFY2(writeWhole(path, "a,b\r\n1,2\r\n", &error), qPrintable(error));
    QCOMPARE(contentOf(path), QByteArray("a,b\r\n1,2\r\n"));
    QVERIFY2(writeWhole(path, "replaced\n", &error), qPrintable(error));
    QCOMPARE(contentOf(path), QByteArray("replaced\n"));
}

void TestSaveFile::aWriteThatDoesNotFitLeavesTheTargetAlone_data()
{
    QTest::addColumn<int>("size");
    // Under the device's 16 KiB buffer: every byte waits for the flush commit() makes itself,
    // whose error Qt's commit() missed. Over it: a flush on the way fails, which it saw.
    QTest::newRow("held in the buffer") << 4000;
    QTest::newRow("written on the way") << 64 * 1024;
}

void TestSaveFile::aWriteThatDoesNotFitLeavesTheTargetAlone()
{
    QFETCH(int, size);
    QDir dir(m_dir.filePath(QString::number(size)));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY2(writeWhole(path, "good\n", &error), qPrintable(error));

    bool written = true;
    {
        const FileSizeLimit limit(1024);
        QVERIFY(limit.ok());
        written = writeWhole(path, QByteArray(size, 'x'), &error);
    }
    QVERIFY(!written);
    // Qt keeps no reason for a write cut short ("Unknown error"): the error says what happened.
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QStringLiteral("Unknown error")), qPrintable(error));
    QCOMPARE(contentOf(path), QByteArray("good\n"));
    // No temporary file left behind either.
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("export.csv")});
}

void TestSaveFile::aFullDiskIsNamed()
{
    // Under 1 MiB free: the disk is full, whatever Qt said.
    const QString full = describeWriteFailure(QStringLiteral("Unknown error"), 4096, QStringLiteral("/srv"));
    QVERIFY2(full.startsWith(QStringLiteral("no space is left on the disk that holds it (/srv, ")), qPrintable(full));
    QVERIFY2(full.endsWith(QLocale().formattedDataSize(4096) + QStringLiteral(" free)")), qPrintable(full));
    QVERIFY(describeWriteFailure(QStringLiteral("Permission denied"), 0, QStringLiteral("/")).startsWith(u"no space"));
    // Room left: Qt's reason, or, when it has none, what a short write means.
    QCOMPARE(describeWriteFailure(QStringLiteral("Permission denied"), qint64(1) << 40, QStringLiteral("/")),
             QStringLiteral("Permission denied"));
    QVERIFY(describeWriteFailure(QStringLiteral("Unknown error"), qint64(1) << 40, QStringLiteral("/"))
                .startsWith(u"only part of the data could be written"));
    QVERIFY(describeWriteFailure(QString(), -1, QString()).startsWith(u"only part of the data could be written"));
    // A copy that is gone when the reason is asked (QFile::copy()): less free than it needed.
    const qint64 tenMiB = qint64(10) << 20;
    QVERIFY(describeWriteFailure(QStringLiteral("Failure to write block"), tenMiB, QStringLiteral("/"), 5 * tenMiB)
                .startsWith(u"no space is left"));
    QCOMPARE(describeWriteFailure(QStringLiteral("Failure to write block"), 5 * tenMiB, QStringLiteral("/"), tenMiB),
             QStringLiteral("Failure to write block"));
}

// saveWhole(): what the Insights exports and the outcome spool write with.
void TestSaveFile::saveWholeWritesAllOrNothing()
{
    QDir dir(m_dir.filePath(QStringLiteral("save-whole")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(saveWhole(path, "first\n", &error), qPrintable(error));
    QCOMPARE(contentOf(path), QByteArray("first\n"));
    // Cut short: the file as it was, and why.
    bool written = true;
    {
        const FileSizeLimit limit(1024);
        QVERIFY(limit.ok());
        written = saveWhole(path, QByteArray(64 * 1024, 'x'), &error);
    }
    QVERIFY(!written);
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QStringLiteral("Unknown error")), qPrintable(error));
    QCOMPARE(contentOf(path), QByteArray("first\n"));
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("chart.svg")});
    // A folder that is not there: said.
    QVERIFY(!saveWhole(dir.filePath(QStringLiteral("missing/x.csv")), "x", &error));
    QVERIFY2(error.contains(QStringLiteral("No such file or directory")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
