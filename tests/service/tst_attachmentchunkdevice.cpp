// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/ripioclient.h"
#include "sandbox/multipartform.h"
#include "service/attachmentchunkdevice.h"
#include "service/outbox.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/peakmemory.h"
#include "support/pgtestdatabase.h"
#include "support/scrambledbytes.h"
#include "support/scriptedripio.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TicketDesk;
using namespace TicketDesk::ScriptedRipio;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray pattern(qint64 size)
{
    return scrambledBytes(size, quint32(size) + 11);
}

ScriptedResponse accepted(int n)
{
    return ScriptedResponse::json(202, QByteArrayLiteral("{\"ticketId\":\"") + ticketId(n).toUtf8() +
                                           QByteArrayLiteral("\",\"status\":\"PENDING\"}"));
}

} // namespace

// Sending an attachment kept in a team database: AttachmentChunkDevice reads
// it chunk by chunk from a real PostgreSQL 15, and the outbox sends it with
// the real client to a scripted Ripio that keeps (or counts) the body.
class TestAttachmentChunkDevice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void fiftyMiBSentFromChunks();
    void readsInPiecesOfAnySize_data();
    void readsInPiecesOfAnySize();
    void fileAttachmentStaysAFile();
    void missingChunkFailsTheRead();
    void outboxSendsTheChunks();

private:
    Attachment saved(const QString &name, const QByteArray &content, const QString &contentType = QString());
    Attachment savedFrom(const QString &path, const QString &contentType);
    bool rawExec(const QString &sql);

    ManualClock m_clock{QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_db;
    // Declared in the order they are built; the outbox and client (and their jobs) go first.
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<RipioClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
};

void TestAttachmentChunkDevice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<PgTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestAttachmentChunkDevice::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_server->setFallback(tokenPath, tokenAnswer("tok"));
    m_store = std::make_unique<TicketStore>(m_clock);
    const StoreError opened = m_store->open(m_db->url());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    m_client = std::make_unique<RipioClient>(m_clock);
    m_client->setSettings(settings(m_server->baseUrl()));
    m_outbox = std::make_unique<Outbox>(*m_store, *m_client, m_clock);
}

void TestAttachmentChunkDevice::cleanup()
{
    m_outbox.reset();
    m_client.reset();
    m_store.reset();
    m_server.reset();
}

void TestAttachmentChunkDevice::cleanupTestCase()
{
    m_db.reset();
}

Attachment TestAttachmentChunkDevice::saved(const QString &name, const QByteArray &content, const QString &contentType)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.close();
    return savedFrom(file.fileName(), contentType);
}

// An attachment saved with a ticket, its bytes now in the database only.
Attachment TestAttachmentChunkDevice::savedFrom(const QString &path, const QString &contentType)
{
    Ticket t;
    t.customerId = customerId;
    t.summary = QFileInfo(path).fileName();
    t.status = TicketStatus::Failed; // not for the outbox to send
    t.attachments = {Attachment{0, QFileInfo(path).fileName(), contentType, 0, path}};
    if (m_store->insertTicket(t) <= 0)
        qFatal("cannot save: %s", qPrintable(m_store->lastError().message));
    QFile::remove(path);
    return t.attachments.first();
}

bool TestAttachmentChunkDevice::rawExec(const QString &sql)
{
    QString error;
    const bool ok = pgTestValue(m_db->url(), sql, &error).has_value();
    if (!ok)
        qWarning() << error;
    return ok;
}

void TestAttachmentChunkDevice::readsInPiecesOfAnySize_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("piece");
    QTest::newRow("empty") << qint64(0) << qint64(100);
    QTest::newRow("bytes one by one") << qint64(3000) << qint64(1);
    QTest::newRow("odd pieces across chunks") << 2 * MiB + 333 << qint64(1000);
    QTest::newRow("a chunk at a time") << 2 * MiB + 333 << MiB;
    QTest::newRow("more than there is") << 2 * MiB + 333 << 3 * MiB;
}

void TestAttachmentChunkDevice::readsInPiecesOfAnySize()
{
    QFETCH(qint64, size);
    QFETCH(qint64, piece);
    const QByteArray bytes = pattern(size);
    const Attachment a = saved(QStringLiteral("pieces.bin"), bytes);
    const AttachmentFile upload = AttachmentChunkDevice::uploadSource(*m_store, a);
    QVERIFY(upload.open);
    QCOMPARE(upload.size, size);
    QCOMPARE(upload.fileName, QStringLiteral("pieces.bin"));
    QString error;
    std::unique_ptr<QIODevice> device(upload.open(&error));
    QVERIFY2(device, qPrintable(error));
    QVERIFY(device->isOpen() && device->isSequential());
    QCOMPARE(device->size(), size);
    QCOMPARE(device->bytesAvailable(), size);
    QByteArray read;
    while (read.size() < size) {
        const QByteArray got = device->read(piece);
        QVERIFY2(!got.isEmpty(), qPrintable(device->errorString()));
        QVERIFY(got.size() <= piece);
        read += got;
    }
    QCOMPARE(read, bytes);
    QCOMPARE(device->bytesAvailable(), 0);
    QCOMPARE(device->read(10), QByteArray());
}

void TestAttachmentChunkDevice::fileAttachmentStaysAFile()
{
    const Attachment a{0, QStringLiteral("x.txt"), QStringLiteral("text/plain"), 3, QStringLiteral("/vault/x.txt")};
    const AttachmentFile upload = AttachmentChunkDevice::uploadSource(*m_store, a);
    QVERIFY(!upload.open);
    QCOMPARE(upload.path, a.storedPath);
    QCOMPARE(upload.fileName, a.fileName);
    QCOMPARE(upload.contentType, a.contentType);
    QCOMPARE(upload.size, 3);
}

void TestAttachmentChunkDevice::missingChunkFailsTheRead()
{
    const QByteArray bytes = pattern(2 * MiB + 5);
    const Attachment a = saved(QStringLiteral("holed.bin"), bytes);
    const AttachmentFile upload = AttachmentChunkDevice::uploadSource(*m_store, a);
    QString error;
    std::unique_ptr<QIODevice> device(upload.open(&error));
    QVERIFY2(device, qPrintable(error));
    QCOMPARE(device->read(10), bytes.left(10));

    // Gone in the middle of the upload: the read fails rather than sending a short body.
    QVERIFY(rawExec(QStringLiteral("DELETE FROM attachment_chunks WHERE attachment = %1 AND seq = 1").arg(a.id)));
    QByteArray rest;
    qint64 got = 0;
    char buffer[4096];
    while ((got = device->read(buffer, sizeof buffer)) > 0)
        rest.append(buffer, got);
    QCOMPARE(got, -1);
    QCOMPARE(rest, bytes.mid(10, MiB - 10)); // the first chunk, and not a byte more
    QVERIFY2(device->errorString().contains(QStringLiteral("Chunk 1")), qPrintable(device->errorString()));

    // Before the next attempt the factory sees the hole and opens nothing.
    QVERIFY(!upload.open(&error));
    QVERIFY2(error.contains(QString::number(bytes.size())), qPrintable(error));
}

void TestAttachmentChunkDevice::outboxSendsTheChunks()
{
    const QByteArray log = pattern(MiB + MiB / 2);
    const QByteArray note = "short note";
    Ticket t;
    t.customerId = customerId;
    t.summary = QStringLiteral("Two files from the database");
    t.attachments = {saved(QStringLiteral("app.log"), log, QStringLiteral("text/x-log")),
                     saved(QStringLiteral("note.txt"), note, QStringLiteral("text/plain"))};
    for (Attachment &a : t.attachments)
        a.id = 0; // as a retry carries them: the same chunks
    QVERIFY2(m_store->insertTicket(t) > 0, qPrintable(m_store->lastError().message));
    m_server->enqueue(ticketsPath, accepted(1));

    m_outbox->kick();
    QTRY_COMPARE(m_store->ticket(t.id)->status, TicketStatus::Pending);
    const RecordedRequest sent = m_server->requestsTo(ticketsPath).value(0);
    const MultipartForm form = MultipartForm::parse(sent.header("Content-Type"), sent.body);
    QVERIFY2(form.ok(), qPrintable(form.error));
    const QList<MultipartForm::Part> files = form.all("files");
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0].fileName, QStringLiteral("app.log"));
    QCOMPARE(files[0].contentType, QByteArrayLiteral("text/x-log"));
    QCOMPARE(files[0].data, log);
    QCOMPARE(files[1].fileName, QStringLiteral("note.txt"));
    QCOMPARE(files[1].data, note);
}

void TestAttachmentChunkDevice::fiftyMiBSentFromChunks()
{
    constexpr qint64 size = 50 * MiB;
    // Written by another session (a desktop elsewhere), inside the server: this
    // process, first to run here, has held none of it.
    QString error;
    const std::optional<QVariant> held = pgTestValue(
        m_db->url(),
        QStringLiteral("WITH t AS (INSERT INTO tickets (customer_id, summary, status, created_at, updated_at)"
                       " VALUES ('%1', 'elsewhere', 'FAILED', 0, 0) RETURNING id),"
                       " a AS (INSERT INTO attachments (ticket, file_name, content_type, size, chunked)"
                       " SELECT id, 'fifty.bin', 'application/octet-stream', %2, 1 FROM t RETURNING id)"
                       " INSERT INTO attachment_chunks (attachment, seq, data) SELECT a.id, g,"
                       " decode(repeat('00', %3), 'hex') FROM a, generate_series(0, %4) AS g RETURNING attachment")
            .arg(customerId)
            .arg(size)
            .arg(MiB)
            .arg(size / MiB - 1),
        &error);
    QVERIFY2(held && held->toLongLong() > 0, qPrintable(error));
    Ticket t;
    t.customerId = customerId;
    t.summary = QStringLiteral("Fifty MiB from the database");
    t.attachments = {Attachment{0, QStringLiteral("fifty.bin"), QStringLiteral("application/octet-stream"), size,
                                QString(), held->toLongLong()}};
    QVERIFY2(m_store->insertTicket(t) > 0, qPrintable(m_store->lastError().message));

    ClientSettings s = settings(m_server->baseUrl());
    s.limits.maxFileBytes = s.limits.maxTotalBytes = size;
    s.transferTimeoutMs = 60000;
    m_client->setSettings(s);
    m_server->setKeepBodies(false);
    m_server->enqueue(ticketsPath, accepted(2));
    PeakMemory memory;
    QVERIFY(memory.beforeKiB() > 0);
    m_outbox->kick();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->ticket(t.id)->status, TicketStatus::Pending, 60000);
    const qint64 growthKiB = memory.growthKiB();
    QVERIFY(m_server->requestsTo(ticketsPath).value(0).bodySize > size);

    qInfo("50 MiB attachment sent from PostgreSQL: peak RSS growth %lld KiB", growthKiB);
    QVERIFY2(growthKiB < streamedGrowthBoundKiB, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growthKiB)));
}

QTEST_GUILESS_MAIN(TestAttachmentChunkDevice)
#include "tst_attachmentchunkdevice.moc"
