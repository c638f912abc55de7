// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/createticketvalidator.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace TicketDesk;

// validateCreateRequest(): the checks made before anything is sent.
class TestCreateTicketValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();
    void errorsJoinOnOneLine();
    void sizesInTheLanguageShown();
    void oneByteOverSaysSo();
    void fileIndexOfAField();

private:
    QString makeFile(const QString &name, qint64 size);

    QTemporaryDir m_dir;
};

QString TestCreateTicketValidator::makeFile(const QString &name, qint64 size)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        return QString();
    return file.fileName();
}

void TestCreateTicketValidator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!makeFile(QStringLiteral("small.txt"), 10).isEmpty());
    QVERIFY(!makeFile(QStringLiteral("exact.bin"), 1000).isEmpty());
    QVERIFY(!makeFile(QStringLiteral("over.bin"), 1001).isEmpty());
    QVERIFY(!makeFile(QStringLiteral("empty.txt"), 0).isEmpty());
    const QString locked = makeFile(QStringLiteral("locked.txt"), 10);
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
}

void TestCreateTicketValidator::validate_data()
{
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("fields"); // the fields expected to be reported, in order

    const QString uuid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    const QString ok = QStringLiteral("Card payment stuck");
    QTest::newRow("valid") << uuid << ok << QString() << QStringList{QStringLiteral("small.txt")} << QStringList{};
    QTest::newRow("valid at every limit")
        << uuid << QString(20, QLatin1Char('s')) << QString(50, QLatin1Char('d'))
        << QStringList{QStringLiteral("exact.bin"), QStringLiteral("small.txt"), QStringLiteral("small.txt")}
        << QStringList{};
    QTest::newRow("bad uuid") << QStringLiteral("12345") << ok << QString() << QStringList{}
                              << QStringList{QStringLiteral("customerId")};
    QTest::newRow("empty uuid") << QString() << ok << QString() << QStringList{}
                                << QStringList{QStringLiteral("customerId")};
    QTest::newRow("empty summary") << uuid << QString() << QString() << QStringList{}
                                   << QStringList{QStringLiteral("summary")};
    QTest::newRow("blank summary") << uuid << QStringLiteral("   ") << QString() << QStringList{}
                                   << QStringList{QStringLiteral("summary")};
    QTest::newRow("summary too long") << uuid << QString(21, QLatin1Char('s')) << QString() << QStringList{}
                                      << QStringList{QStringLiteral("summary")};
    // Counted as a person counts: an emoji is one character, not QString's two units.
    QTest::newRow("emoji at the limit") << uuid << QString(19, QLatin1Char('s')) + QString::fromUtf8("\xF0\x9F\x98\x80")
                                        << QString(49, QLatin1Char('d')) + QString::fromUtf8("\xF0\x9F\x98\x80")
                                        << QStringList{} << QStringList{};
    // What is sent is checked for its size, not for control characters: those are refused where a
    // ticket is typed (checkNewTicket(), tst_newticket), and a ticket already made (a retry of an
    // earlier build's, one a webhook brought) must still be sendable.
    QTest::newRow("escape in summary") << uuid << QStringLiteral("Card \x1b[31mRED") << QStringLiteral("ring\x07")
                                       << QStringList{} << QStringList{};
    QTest::newRow("description too long")
        << uuid << ok << QString(51, QLatin1Char('d')) << QStringList{} << QStringList{QStringLiteral("description")};
    QTest::newRow("missing file") << uuid << ok << QString() << QStringList{QStringLiteral("absent.txt")}
                                  << QStringList{QStringLiteral("files[0]")};
    QTest::newRow("directory") << uuid << ok << QString() << QStringList{QStringLiteral(".")}
                               << QStringList{QStringLiteral("files[0]")};
    QTest::newRow("empty file") << uuid << ok << QString()
                                << QStringList{QStringLiteral("small.txt"), QStringLiteral("empty.txt")}
                                << QStringList{QStringLiteral("files[1]")};
    // A size the system does not tell: it was copied, and sent, as 0 bytes.
    QTest::newRow("pseudo-file") << uuid << ok << QString() << QStringList{QStringLiteral("/proc/self/status")}
                                 << QStringList{QStringLiteral("files[0]")};
    QTest::newRow("file too big") << uuid << ok << QString()
                                  << QStringList{QStringLiteral("small.txt"), QStringLiteral("over.bin")}
                                  << QStringList{QStringLiteral("files[1]")};
    QTest::newRow("too many files") << uuid << ok << QString() << QStringList(4, QStringLiteral("small.txt"))
                                    << QStringList{QStringLiteral("files")};
    QTest::newRow("total too big") << uuid << ok << QString()
                                   << QStringList{QStringLiteral("exact.bin"), QStringLiteral("exact.bin")}
                                   << QStringList{QStringLiteral("files")};
    QTest::newRow("everything wrong") << QStringLiteral("x") << QString() << QString(51, QLatin1Char('d'))
                                      << QStringList{QStringLiteral("absent.txt")}
                                      << QStringList{QStringLiteral("customerId"), QStringLiteral("summary"),
                                                     QStringLiteral("description"), QStringLiteral("files[0]")};
    if (::geteuid() != 0) // root reads any file, so "unreadable" needs a normal user
        QTest::newRow("unreadable file") << uuid << ok << QString() << QStringList{QStringLiteral("locked.txt")}
                                         << QStringList{QStringLiteral("files[0]")};
}

void TestCreateTicketValidator::validate()
{
    QFETCH(QString, customerId);
    QFETCH(QString, summary);
    QFETCH(QString, description);
    QFETCH(QStringList, files);
    QFETCH(QStringList, fields);

    ValidationLimits limits;
    limits.maxSummaryChars = 20;
    limits.maxDescriptionChars = 50;
    limits.maxFiles = 3;
    limits.maxFileBytes = 1000;
    limits.maxTotalBytes = 1500;

    CreateTicketRequest request{customerId, summary, description, {}};
    for (const QString &name : files) {
        const QString path = QDir::isAbsolutePath(name) ? name : m_dir.filePath(name);
        request.attachments.append(AttachmentFile{path, QString(), QString(), -1});
    }
    const QList<FieldError> errors = validateCreateRequest(request, limits);
    QStringList reported;
    for (const FieldError &error : errors) {
        reported.append(error.field);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(reported, fields);
}

void TestCreateTicketValidator::errorsJoinOnOneLine()
{
    // The command line prints them on one line: it read "are allowed.; files: …".
    const QList<FieldError> errors{
        {QStringLiteral("files"),
         QStringLiteral("The file a.bin is 200.00 MiB; at most 25.00 MiB per file are allowed.")},
        {QStringLiteral("summary"), QStringLiteral("Summary is required")},
        {QStringLiteral("description"), QStringLiteral("Wait...")}};
    QCOMPARE(FieldError::joined(errors),
             QStringLiteral("files: The file a.bin is 200.00 MiB; at most 25.00 MiB per file are allowed; "
                            "summary: Summary is required; description: Wait..."));
    QCOMPARE(FieldError::joined({}), QString());
    // One alone keeps its sentence whole.
    QCOMPARE(FieldError::joined({errors.first()}),
             QStringLiteral("files: The file a.bin is 200.00 MiB; at most 25.00 MiB per file are allowed."));
}

// "3,50 KiB" in a Spanish window, as the attachment list beside the message writes it (the
// message said "3.50 KiB", from the system's locale rather than the one the app speaks).
void TestCreateTicketValidator::sizesInTheLanguageShown()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    const QString big = makeFile(QStringLiteral("big.bin"), 3 * 1024 + 512);
    QVERIFY(!big.isEmpty());
    ValidationLimits limits;
    limits.maxFileBytes = 2048;
    const CreateTicketRequest request{QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"),
                                      QStringLiteral("Card"),
                                      QString(),
                                      {AttachmentFile{big, QString(), QString(), -1}}};
    const QList<FieldError> errors = validateCreateRequest(request, limits);
    QLocale::setDefault(before);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(QStringLiteral("3,50 KiB")), qPrintable(errors.first().message));
    QVERIFY2(errors.first().message.contains(QStringLiteral("2,00 KiB")), qPrintable(errors.first().message));
}

// One byte over the limit read "25.00 MiB; at most 25.00 MiB" (the attachments audit): when the
// two would read the same, they are said in bytes.
void TestCreateTicketValidator::oneByteOverSaysSo()
{
    const QString over = makeFile(QStringLiteral("over.bin"), 1025);
    const QString other = makeFile(QStringLiteral("other.bin"), 1024);
    QVERIFY(!over.isEmpty() && !other.isEmpty());
    ValidationLimits limits;
    limits.maxFileBytes = 1024;
    limits.maxTotalBytes = 2048;
    const CreateTicketRequest request{
        QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"),
        QStringLiteral("Card"),
        QString(),
        {AttachmentFile{over, QString(), QString(), -1}, AttachmentFile{other, QString(), QString(), -1}}};
    const QList<FieldError> errors = validateCreateRequest(request, limits);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).message,
             QStringLiteral("The file over.bin is 1,025 bytes; at most 1,024 bytes per file are allowed."));
    QCOMPARE(errors.at(1).message,
             QStringLiteral("The attachments add up to 2,049 bytes; at most 2,048 bytes in all are allowed."));
}

void TestCreateTicketValidator::fileIndexOfAField()
{
    QCOMPARE(FieldError::fileIndex(QStringLiteral("files[0]")), 0);
    QCOMPARE(FieldError::fileIndex(QStringLiteral("files[12]")), 12);
    for (const char *other : {"files", "files[]", "files[x]", "files[-1]", "files[2", "summary", "customerId"})
        QCOMPARE(FieldError::fileIndex(QString::fromLatin1(other)), -1);
}

QTEST_GUILESS_MAIN(TestCreateTicketValidator)
#include "tst_createticketvalidator.moc"
