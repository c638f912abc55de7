// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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
};

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
    PgTestDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    TcpRelay relay{QUrl(db.url())};
    QVERIFY(relay.port() != 0);
    ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    TicketStore store(clock);
    QVERIFY(store.open(relay.through(QUrl(db.url())).toString()).ok());
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

QTEST_GUILESS_MAIN(TestStoreReconnect)
#include "tst_storereconnect.moc"
