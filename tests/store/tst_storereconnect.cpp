// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storeoptions.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/pgtestdatabase.h"
#include "support/tcprelay.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrl>

using namespace TicketDesk;

// A team database restarts (an upgrade, a failover): every session drops and
// Qt 6.4's QPSQL says nothing. The store notices at the next statement, fails
// that one call with Unreachable, and connects again for the next: no restart
// of TicketDesk, no lost data. Runs alone: it restarts the suite's server.
class TestStoreReconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconnectsAfterServerRestart();
    void theFirstWriteAfterARestartGoesThrough();
    void anOutageIsNotACallOfReconnects();
    void aSchemaMigratedMeanwhileIsRefused();
    void aDatabaseThatIsNotTicketDesksIsLeftAlone();
};

namespace {

// A store on a fresh database of its own, through a relay that can cut its sessions.
struct RelayedStore
{
    PgTestDatabase db;
    TcpRelay relay{QUrl(db.url())};
    ManualClock clock{QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};
    TicketStore store{clock};

    bool open() { return db.ok() && relay.port() != 0 && store.open(relay.through(QUrl(db.url())).toString()).ok(); }
};

} // namespace

void TestStoreReconnect::reconnectsAfterServerRestart()
{
    PgTestDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    TicketStore store(clock);
    QVERIFY(store.open(db.url()).ok());
    Ticket before;
    before.customerId = QStringLiteral("c1");
    before.summary = QStringLiteral("before the restart");
    QVERIFY(store.insertTicket(before) > 0);
    QCOMPARE(store.tickets().size(), 1); // prepares the listing on this session

    QString error;
    QVERIFY2(PgTestDatabase::restartServer(&error), qPrintable(error));

    // The first call after the drop may fail, and then says why; at most one does.
    int failures = 0;
    QList<Ticket> listed;
    for (int attempt = 0; attempt < 2 && listed.isEmpty(); ++attempt) {
        listed = store.tickets();
        if (listed.isEmpty()) {
            ++failures;
            QCOMPARE(store.lastError().kind, StoreError::Kind::Unreachable);
            QVERIFY(!store.lastError().message.contains(QUrl(db.url()).password()));
        }
    }
    QVERIFY(failures <= 1);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed[0].summary, before.summary);

    // Writes work again, prepared anew, and the change feed carries on in order.
    const qint64 cursor = store.lastChange();
    Ticket after;
    after.customerId = QStringLiteral("c1");
    after.summary = QStringLiteral("after the restart");
    QVERIFY2(store.insertTicket(after) > 0, qPrintable(store.lastError().message));
    const std::optional<TicketStore::Changes> changes = store.changesSince(cursor);
    QVERIFY(changes);
    QCOMPARE(changes->tickets.size(), 1);
    QCOMPARE(changes->tickets[0].summary, after.summary);
    QCOMPARE(store.tickets().size(), 2);
}

// A session the server ended while it was idle is found closed at the next BEGIN, before
// anything was done: the write begins again on a new session instead of failing (a receiver's
// first batch of webhooks after a database restart answered 503 and marked it unavailable).
void TestStoreReconnect::theFirstWriteAfterARestartGoesThrough()
{
    PgTestDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    TicketStore store(clock);
    QVERIFY(store.open(db.url()).ok());
    Ticket first;
    first.customerId = QStringLiteral("c1");
    first.summary = QStringLiteral("before the restart");
    QVERIFY(store.insertTicket(first) > 0);

    QString error;
    QVERIFY2(PgTestDatabase::restartServer(&error), qPrintable(error));

    Ticket second;
    second.customerId = QStringLiteral("c1");
    second.summary = QStringLiteral("the first write after it");
    QVERIFY2(store.insertTicket(second) > 0, qPrintable(store.lastError().message));
    QVERIFY(store.lastError().ok());
    QCOMPARE(store.tickets().size(), 2);
}

// serve during an outage tried a new session for every webhook batch: 118 attempts a second at
// the server (an audit's soak). After a few failures in a row, one attempt a pause at most.
void TestStoreReconnect::anOutageIsNotACallOfReconnects()
{
    RelayedStore relayed;
    QVERIFY2(relayed.open(), qPrintable(relayed.db.error()));
    TcpRelay &relay = relayed.relay;
    TicketStore &store = relayed.store;
    QCOMPARE(store.tickets().size(), 0);

    relay.setOpen(false); // the server is gone: the session ends, new ones are refused
    QElapsedTimer elapsed;
    elapsed.start();
    int calls = 0;
    while (elapsed.elapsed() < 200) {
        QVERIFY(store.tickets().isEmpty());
        QCOMPARE(store.lastError().kind, StoreError::Kind::Unreachable);
        ++calls;
    }
    QVERIFY2(calls > 20, qPrintable(QString::number(calls)));
    const int attempts = relay.refused();
    QVERIFY2(attempts >= 1 && attempts <= 4, qPrintable(QString::number(attempts)));

    // Back: within a pause, a call gets through again.
    relay.setOpen(true);
    QTRY_VERIFY_WITH_TIMEOUT(store.tickets().isEmpty() && store.lastError().ok(), 2000);
    Ticket t;
    t.customerId = QStringLiteral("c1");
    t.summary = QStringLiteral("after the outage");
    QVERIFY2(store.insertTicket(t) > 0, qPrintable(store.lastError().message));
}

// A newer build migrated the schema while this session was cut: the new session is refused as a
// new start is (a server reconnected and went on storing webhooks in tables it did not know).
void TestStoreReconnect::aSchemaMigratedMeanwhileIsRefused()
{
    RelayedStore relayed;
    QVERIFY2(relayed.open(), qPrintable(relayed.db.error()));
    PgTestDatabase &db = relayed.db;
    TcpRelay &relay = relayed.relay;
    TicketStore &store = relayed.store;
    QCOMPARE(store.tickets().size(), 0);

    QString error;
    QVERIFY2(pgTestValue(db.url(), QStringLiteral("UPDATE ticketdesk_schema SET version = version + 1"), &error),
             qPrintable(error));
    relay.setOpen(false); // the session is cut
    relay.setOpen(true);
    StoreError why;
    const auto refusedOtherwise = [&store, &why] {
        store.tickets();
        why = store.lastError();
        return !why.ok() && why.kind != StoreError::Kind::Unreachable;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refusedOtherwise(), 3000);
    QCOMPARE(why.kind, StoreError::Kind::NewerSchema);
    QVERIFY2(why.message.contains(QStringLiteral("newer TicketDesk")), qPrintable(why.message));
    Ticket t;
    t.customerId = QStringLiteral("c1");
    t.summary = QStringLiteral("not written");
    QCOMPARE(store.insertTicket(t), qint64(0));
    QCOMPARE(store.lastError().kind, StoreError::Kind::NewerSchema);
    QCOMPARE(pgTestValue(db.url(), QStringLiteral("SELECT count(*) FROM tickets"), &error)->toInt(), 0);
}

// A database holding other tables, named by mistake: no command makes TicketDesk's tables in it
// (`list` made eleven), but `db init` may; and a reading command never makes the schema at all.
void TestStoreReconnect::aDatabaseThatIsNotTicketDesksIsLeftAlone()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    QString error;
    {
        PgTestDatabase empty;
        QVERIFY2(empty.ok(), qPrintable(empty.error()));
        StoreOptions reading;
        reading.onlyReads = true;
        TicketStore reader(clock);
        const StoreError refused = reader.open(empty.url(), reading);
        QCOMPARE(refused.kind, StoreError::Kind::NotInitialised);
        QVERIFY2(refused.message.contains(QStringLiteral("ticketdesk db init")), qPrintable(refused.message));
        QVERIFY(pgTestValue(empty.url(), QStringLiteral("SELECT to_regclass('tickets') IS NULL"), &error)->toBool());
        TicketStore writer(clock); // an empty database is made a TicketDesk one, as before
        QVERIFY(writer.open(empty.url()).ok());
    }
    PgTestDatabase other;
    QVERIFY2(other.ok(), qPrintable(other.error()));
    QVERIFY2(pgTestValue(other.url(), QStringLiteral("CREATE TABLE invoices (id integer)"), &error), qPrintable(error));
    for (const bool onlyReads : {true, false}) {
        StoreOptions options;
        options.onlyReads = onlyReads;
        TicketStore store(clock);
        const StoreError refused = store.open(other.url(), options);
        QCOMPARE(refused.kind, StoreError::Kind::NotInitialised);
        QVERIFY2(refused.message.contains(QStringLiteral("not a TicketDesk database")), qPrintable(refused.message));
    }
    QCOMPARE(pgTestValue(other.url(),
                         QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"), &error)
                 ->toInt(),
             1);
    StoreOptions settingUp;
    settingUp.settingUp = true;
    TicketStore init(clock);
    QVERIFY(init.open(other.url(), settingUp).ok());
    QVERIFY(!pgTestValue(other.url(), QStringLiteral("SELECT to_regclass('tickets') IS NULL"), &error)->toBool());
}

QTEST_GUILESS_MAIN(TestStoreReconnect)
#include "tst_storereconnect.moc"
