// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/peakmemory.h"
#include "support/pgtestdatabase.h"
#include "support/scrambledbytes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TicketDesk;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray pattern(qint64 size)
{
    return scrambledBytes(size, quint32(size) + 7);
}

} // namespace

// A team database keeps the bytes of attachments itself, in rows of at most
// 1 MiB: TicketStore on the throwaway PostgreSQL 15 (the server that sends a
// ticket cannot read the desktop's files). The store reads a new attachment's
// file in the ticket's transaction, one chunk at a time, and gives the chunks
// back one at a time.
class TestAttachmentChunks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fiftyMiBWrittenInChunks();
    void roundTrip_data();
    void roundTrip();
    void rowsHoldAtMostOneMiB();
    void failureLeavesNothing();
    void retrySharesTheChunks();
    void deletingTheTicketDeletesItsChunks();
    void missingChunkIsNotFound();

private:
    QString file(const QString &name, const QByteArray &content);
    qint64 count(const QString &sql);
    Ticket ticketWith(const QList<Attachment> &attachments);
    QByteArray readBack(qint64 contentId);

    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
};

void TestAttachmentChunks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<PgTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_store = std::make_unique<TicketStore>(m_clock);
    const StoreError opened = m_store->open(m_db->url());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(m_store->isPostgres());
}

void TestAttachmentChunks::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
}

QString TestAttachmentChunks::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// One number from SQL run beside the store (-1 on failure).
qint64 TestAttachmentChunks::count(const QString &sql)
{
    QString error;
    const std::optional<QVariant> value = pgTestValue(m_db->url(), sql, &error);
    if (!value)
        qInfo() << error;
    return value ? value->toLongLong() : -1;
}

Ticket TestAttachmentChunks::ticketWith(const QList<Attachment> &attachments)
{
    Ticket t;
    t.customerId = QStringLiteral("9b2c6c1e-1f1a-4d55-9e0e-2a8f6f7f1a01");
    t.summary = QStringLiteral("with attachments");
    t.attachments = attachments;
    return t;
}

QByteArray TestAttachmentChunks::readBack(qint64 contentId)
{
    QByteArray all;
    const std::optional<TicketStore::AttachmentContent> content = m_store->attachmentContent(contentId);
    if (!content)
        return "(no content)";
    for (qint64 seq = 0; seq < content->chunks; ++seq) {
        const std::optional<QByteArray> chunk = m_store->attachmentChunk(contentId, seq);
        if (!chunk || chunk->size() > TicketStore::attachmentChunkBytes)
            return "(bad chunk)";
        all += *chunk;
    }
    return all;
}

void TestAttachmentChunks::roundTrip_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("chunks");
    QTest::newRow("empty") << qint64(0) << qint64(0);
    QTest::newRow("one byte") << qint64(1) << qint64(1);
    QTest::newRow("1 MiB exactly") << MiB << qint64(1);
    QTest::newRow("1 MiB + 1") << MiB + 1 << qint64(2);
    QTest::newRow("several MiB") << 3 * MiB + 12345 << qint64(4);
}

void TestAttachmentChunks::roundTrip()
{
    QFETCH(qint64, size);
    QFETCH(qint64, chunks);
    const QByteArray bytes = pattern(size);
    const QString path = file(QStringLiteral("round-%1.bin").arg(size), bytes);
    Ticket t =
        ticketWith({Attachment{0, QStringLiteral("round.bin"), QStringLiteral("application/octet-stream"), -1, path}});
    QVERIFY2(m_store->insertTicket(t) > 0, qPrintable(m_store->lastError().message));
    const Attachment &a = t.attachments.first();
    QVERIFY(a.id > 0);
    QCOMPARE(a.contentFrom, a.id);
    QCOMPARE(a.size, size);
    QVERIFY(a.storedPath.isEmpty()); // the operator's path means nothing to a server

    // The file is not needed any more.
    QVERIFY(QFile::remove(path));
    const std::optional<TicketStore::AttachmentContent> content = m_store->attachmentContent(a.contentFrom);
    QVERIFY(content);
    QCOMPARE(content->chunks, chunks);
    QCOMPARE(content->size, size);
    QCOMPARE(readBack(a.contentFrom), bytes);
    const std::optional<Ticket> loaded = m_store->ticket(t.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->attachments, t.attachments);
}

void TestAttachmentChunks::rowsHoldAtMostOneMiB()
{
    Ticket t = ticketWith({Attachment{0, QStringLiteral("big.bin"), QString(), 0,
                                      file(QStringLiteral("big.bin"), pattern(2 * MiB + 1))}});
    QVERIFY2(m_store->insertTicket(t) > 0, qPrintable(m_store->lastError().message));
    const QString id = QString::number(t.attachments.first().id);
    QCOMPARE(count(QStringLiteral("SELECT max(length(data)) FROM attachment_chunks WHERE attachment = ") + id), MiB);
    QCOMPARE(count(QStringLiteral("SELECT min(length(data)) FROM attachment_chunks WHERE attachment = ") + id), 1);
    QCOMPARE(count(QStringLiteral("SELECT max(length(data)) FROM attachment_chunks")), MiB);
    // The database itself refuses a larger row.
    QCOMPARE(count(QStringLiteral("INSERT INTO attachment_chunks (attachment, seq, data) SELECT %1, 99,"
                                  " decode(repeat('00', %2), 'hex') RETURNING 1")
                       .arg(id)
                       .arg(MiB + 1)),
             -1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_chunks WHERE attachment = ") + id), 3);
}

void TestAttachmentChunks::failureLeavesNothing()
{
    const qint64 tickets = count(QStringLiteral("SELECT count(*) FROM tickets"));
    const qint64 rows = count(QStringLiteral("SELECT count(*) FROM attachment_chunks"));
    QVERIFY(tickets >= 0 && rows >= 0);
    // The first file goes in whole before the second turns out to be missing.
    Ticket t = ticketWith(
        {Attachment{0, QStringLiteral("first.bin"), QString(), 0, file(QStringLiteral("first.bin"), pattern(2 * MiB))},
         Attachment{0, QStringLiteral("gone.bin"), QString(), 0, m_dir.filePath(QStringLiteral("gone.bin"))}});
    QCOMPARE(m_store->insertTicket(t), 0);
    QVERIFY2(m_store->lastError().message.contains(QStringLiteral("gone.bin")),
             qPrintable(m_store->lastError().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets")), tickets);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_chunks")), rows);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments WHERE file_name = 'first.bin'")), 0);
}

void TestAttachmentChunks::retrySharesTheChunks()
{
    const QByteArray bytes = pattern(MiB + 100);
    Ticket t = ticketWith(
        {Attachment{0, QStringLiteral("shared.bin"), QString(), 0, file(QStringLiteral("shared.bin"), bytes)}});
    t.status = TicketStatus::Failed;
    QVERIFY2(m_store->insertTicket(t) > 0, qPrintable(m_store->lastError().message));
    const qint64 rows = count(QStringLiteral("SELECT count(*) FROM attachment_chunks"));
    Attachment again = t.attachments.first();
    again.id = 0;
    const RetryResult r = m_store->createRetry(t.id, {again});
    QVERIFY2(r.ok() && r.retry, qPrintable(r.error.message));
    const Attachment &retried = r.retry->attachments.first();
    QVERIFY(retried.id != t.attachments.first().id);
    QCOMPARE(retried.contentFrom, t.attachments.first().id);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_chunks")), rows); // nothing copied
    QCOMPARE(m_store->ticket(r.retry->id)->attachments.first(), retried);
    QCOMPARE(readBack(retried.contentFrom), bytes);
    // While a retry reads them, the original's chunks cannot go.
    QCOMPARE(count(QStringLiteral("DELETE FROM tickets WHERE id = %1 RETURNING 1").arg(t.id)), -1);
    QCOMPARE(readBack(retried.contentFrom), bytes);
}

void TestAttachmentChunks::deletingTheTicketDeletesItsChunks()
{
    Ticket t = ticketWith({Attachment{0, QStringLiteral("doomed.bin"), QString(), 0,
                                      file(QStringLiteral("doomed.bin"), pattern(MiB + 1))}});
    QVERIFY2(m_store->insertTicket(t) > 0, qPrintable(m_store->lastError().message));
    const QString chunksOf =
        QStringLiteral("SELECT count(*) FROM attachment_chunks WHERE attachment = %1").arg(t.attachments.first().id);
    QCOMPARE(count(chunksOf), 2);
    QCOMPARE(count(QStringLiteral("DELETE FROM tickets WHERE id = %1 RETURNING 1").arg(t.id)), 1);
    QCOMPARE(count(chunksOf), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments WHERE ticket = %1").arg(t.id)), 0);
}

void TestAttachmentChunks::missingChunkIsNotFound()
{
    Ticket t = ticketWith(
        {Attachment{0, QStringLiteral("small.txt"), QString(), 0, file(QStringLiteral("small.txt"), "small")}});
    QVERIFY2(m_store->insertTicket(t) > 0, qPrintable(m_store->lastError().message));
    const qint64 id = t.attachments.first().contentFrom;
    QCOMPARE(m_store->attachmentChunk(id, 0).value_or(QByteArray()), QByteArrayLiteral("small"));
    QVERIFY(!m_store->attachmentChunk(id, 1));
    QCOMPARE(m_store->lastError().kind, StoreError::Kind::NotFound);
    QVERIFY(m_store->attachmentChunk(id, 0));
    QVERIFY(m_store->lastError().ok());
}

void TestAttachmentChunks::fiftyMiBWrittenInChunks()
{
    constexpr qint64 size = 50 * MiB;
    QFile big(m_dir.filePath(QStringLiteral("fifty.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(size)); // sparse: costs no disk
    big.close();
    Ticket t = ticketWith({Attachment{0, QStringLiteral("fifty.bin"), QString(), 0, big.fileName()}});

    // First in this process: nothing before has grown its heap or the connection's buffers.
    PeakMemory memory;
    QVERIFY(memory.beforeKiB() > 0);
    const qint64 id = m_store->insertTicket(t);
    const qint64 growthKiB = memory.growthKiB();
    QVERIFY2(id > 0, qPrintable(m_store->lastError().message));
    const std::optional<TicketStore::AttachmentContent> content =
        m_store->attachmentContent(t.attachments.first().contentFrom);
    QVERIFY(content);
    QCOMPARE(content->size, size);
    QCOMPARE(content->chunks, 50);

    qInfo("50 MiB attachment written into PostgreSQL: peak RSS growth %lld KiB", growthKiB);
    QVERIFY2(growthKiB < streamedGrowthBoundKiB, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growthKiB)));
}

QTEST_GUILESS_MAIN(TestAttachmentChunks)
#include "tst_attachmentchunks.moc"
