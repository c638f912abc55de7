// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The engine's listing of every ticket for the desktop: newest first, one chunk
// per request (the reader sets the pace), each ticket exactly once, even when
// many share a creation time at a chunk boundary.
#include "service/ticketservice.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 6, 26), QTime(14, 30), Qt::UTC);

// Fills the store in one transaction (the store's own insert commits each
// ticket). Ten tickets share each millisecond.
bool fill(const QString &path, int count)
{
    {
        ManualClock clock(t0);
        TicketStore store(clock); // the schema
        if (!store.open(path).ok())
            return false;
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("listing-fill"));
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO tickets (id, summary, status, created_at, updated_at) "
                                 "VALUES (?, ?, 'FAILED', ?, ?)"));
        for (int i = 1; ok && i <= count; ++i) {
            const qint64 created = t0.toMSecsSinceEpoch() + i / 10;
            q.bindValue(0, i);
            q.bindValue(1, QStringLiteral("ticket %1").arg(i));
            q.bindValue(2, created);
            q.bindValue(3, created);
            ok = q.exec();
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("listing-fill"));
    return ok;
}

// An engine on `path` that only reads: no listener, no sending, no reconciling.
bool startReader(TicketService &service, const QTemporaryDir &dir, const QString &path)
{
    EngineConfig config;
    config.dbPath = path;
    config.dataDir = dir.path();
    config.listen = false;
    config.runOutbox = false;
    config.runReconciler = false;
    bool ok = false;
    QObject::connect(&service, &TicketService::started, &service,
                     [&ok](bool success, const QString &) { ok = success; });
    service.start(config);
    return ok;
}

} // namespace

class TestTicketListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunksComeWhenAskedFor();
    void emptyStoreEndsAtOnce();
    void aReadErrorEndsTheListingAndSaysSo();
};

void TestTicketListing::chunksComeWhenAskedFor()
{
    QTemporaryDir dir;
    const int total = 12345;
    QVERIFY(fill(dir.filePath(QStringLiteral("t.sqlite")), total));
    ManualClock clock(t0);
    TicketService service(clock);
    QVERIFY(startReader(service, dir, dir.filePath(QStringLiteral("t.sqlite"))));

    QSignalSpy counted(&service, &TicketService::ticketLoadStarted);
    QSignalSpy chunks(&service, &TicketService::ticketsLoaded);
    QSignalSpy failed(&service, &TicketService::ticketLoadFailed);
    service.loadTickets();
    QCOMPARE(counted.count(), 1);
    QCOMPARE(counted.at(0).at(0).toLongLong(), qint64(total));
    QCOMPARE(chunks.count(), 1); // nothing more until asked

    QList<qint64> ids;
    QList<int> sizes;
    for (int guard = 0; guard < 10; ++guard) {
        const QList<QVariant> chunk = chunks.takeFirst();
        const auto list = chunk.at(0).value<QList<Ticket>>();
        sizes << int(list.size());
        for (const Ticket &t : list)
            ids << t.id;
        if (chunk.at(1).toBool())
            break;
        service.loadMoreTickets();
        QCOMPARE(chunks.count(), 1);
    }
    QCOMPARE(sizes, (QList<int>{5000, 5000, 2345}));
    // Newest first: the highest id has the latest creation time; ties by id, descending.
    QCOMPARE(ids.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(ids.at(i), qint64(total - i));

    // After the last chunk, asking again sends nothing.
    service.loadMoreTickets();
    QCOMPARE(chunks.count(), 0);
    QCOMPARE(failed.count(), 0);

    // A new listing starts over.
    service.loadTickets();
    QCOMPARE(chunks.count(), 1);
    QCOMPARE(chunks.at(0).at(0).value<QList<Ticket>>().first().id, qint64(total));
}

void TestTicketListing::emptyStoreEndsAtOnce()
{
    QTemporaryDir dir;
    ManualClock clock(t0);
    TicketService service(clock);
    QVERIFY(startReader(service, dir, dir.filePath(QStringLiteral("t.sqlite"))));
    QSignalSpy counted(&service, &TicketService::ticketLoadStarted);
    QSignalSpy chunks(&service, &TicketService::ticketsLoaded);
    service.loadTickets();
    QCOMPARE(counted.at(0).at(0).toLongLong(), qint64(0));
    QCOMPARE(chunks.count(), 1);
    QVERIFY(chunks.at(0).at(0).value<QList<Ticket>>().isEmpty());
    QVERIFY(chunks.at(0).at(1).toBool());
}

void TestTicketListing::aReadErrorEndsTheListingAndSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    QVERIFY(fill(path, 7000));
    ManualClock clock(t0);
    TicketService service(clock);
    QVERIFY(startReader(service, dir, path));
    QSignalSpy chunks(&service, &TicketService::ticketsLoaded);
    QSignalSpy failed(&service, &TicketService::ticketLoadFailed);
    service.loadTickets();
    QCOMPARE(chunks.count(), 1);
    QVERIFY(!chunks.at(0).at(1).toBool());
    {
        // Another process breaks the database between two chunks.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("listing-break"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE tickets RENAME TO tickets_gone")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("listing-break"));
    service.loadMoreTickets();
    QCOMPARE(chunks.count(), 2);
    QVERIFY(chunks.at(1).at(1).toBool()); // the listing ends here
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1StringView("tickets")),
             qPrintable(failed.at(0).at(0).toString()));
}

QTEST_GUILESS_MAIN(TestTicketListing)
#include "tst_ticketlisting.moc"
