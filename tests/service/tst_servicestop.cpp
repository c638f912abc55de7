// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "service/newticket.h"
#include "service/ticketservice.h"
#include "store/ticketstore.h"
#include "support/localengine.h"
#include "support/scriptedripio.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;
using namespace TicketDesk::ScriptedRipio;

// How the engine stops (serve's SIGTERM, the desktop's Quit) while it sends tickets.
class TestServiceStop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aTicketOnItsWayGetsItsAnswerFirst();
};

// A ticket whose request has gone to Ripio gets Ripio's answer before the engine says it has
// stopped: stopped before it, it stayed SUBMITTING and came back UNCONFIRMED at the next start,
// with a Retry that could file it at Ripio twice.
void TestServiceStop::aTicketOnItsWayGetsItsAnswerFirst()
{
    ScriptedServer ripio;
    QVERIFY(ripio.listen());
    ripio.setFallback(tokenPath, tokenAnswer("tok"));
    ScriptedResponse slow = ScriptedResponse::json(202, QByteArrayLiteral("{\"ticketId\":\"") + ticketId(1).toUtf8() +
                                                            QByteArrayLiteral("\",\"status\":\"PENDING\"}"));
    slow.delayMs = 1500;
    ripio.enqueue(ticketsPath, slow);

    const SystemClock clock;
    QTemporaryDir dir;
    EngineConfig config = localEngineConfig(dir);
    config.runOutbox = true;
    config.client = settings(ripio.baseUrl());
    config.listen = false;
    TicketService service(clock);
    QSignalSpy started(&service, &TicketService::started);
    service.start(config);
    QTRY_VERIFY(!started.isEmpty());
    QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));

    QSignalSpy created(&service, &TicketService::createFinished);
    NewTicket ticket;
    ticket.customerId = customerId;
    ticket.summary = QStringLiteral("Card declined");
    service.createTicket(ticket, 1);
    QTRY_COMPARE(created.size(), 1);
    const qint64 id = created.first().at(1).toLongLong();
    QVERIFY(id > 0);
    QTRY_COMPARE(ripio.count(ticketsPath), 1); // on its way; the answer comes 1.5 s later

    QSignalSpy stopped(&service, &TicketService::stopped);
    QElapsedTimer waited;
    waited.start();
    service.stop();
    QVERIFY(stopped.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 15000);
    QVERIFY2(waited.elapsed() >= 1000, qPrintable(QString::number(waited.elapsed())));

    TicketStore store(clock);
    QVERIFY(store.open(config.dbPath).ok());
    const Ticket after = store.ticket(id).value();
    QCOMPARE(after.status, TicketStatus::Pending);
    QCOMPARE(after.ticketId, ticketId(1));
}

QTEST_GUILESS_MAIN(TestServiceStop)
#include "tst_servicestop.moc"
