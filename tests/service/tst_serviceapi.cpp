// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "service/newticket.h"
#include "service/servicestate.h"
#include "service/ticketservice.h"
#include "support/localengine.h"
#include "support/scriptedripio.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TicketDesk;
using namespace TicketDesk::ScriptedRipio;

// What the engine says of Ripio's API (the desktop's status bar).
class TestServiceApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void missingCredentialsAreNotBadOnes();
};

// Without a client ID nothing is asked of Ripio: the API is "not configured", not "bad
// credentials" (which sent an operator to retype a secret that was right).
void TestServiceApi::missingCredentialsAreNotBadOnes()
{
    ScriptedServer ripio;
    QVERIFY(ripio.listen());
    const SystemClock clock;
    QTemporaryDir dir;
    EngineConfig config = localEngineConfig(dir);
    config.runOutbox = true;
    config.client = settings(ripio.baseUrl());
    config.client.clientId.clear();
    config.listen = false;
    TicketService service(clock);
    QSignalSpy api(&service, &TicketService::apiStateChanged);
    QSignalSpy started(&service, &TicketService::started);
    service.start(config);
    QTRY_VERIFY(!started.isEmpty());
    QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));

    NewTicket ticket;
    ticket.customerId = customerId;
    ticket.summary = QStringLiteral("Card declined");
    service.createTicket(ticket, 1);
    // The outbox tries, and the client refuses to ask without an ID.
    const auto refused = [&api] {
        for (const QList<QVariant> &args : std::as_const(api)) {
            if (args.at(0).value<ApiState>().message.contains(QStringLiteral("enter them in Settings")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(refused());
    const ApiState last = api.last().at(0).value<ApiState>();
    QCOMPARE(int(last.kind), int(ApiState::Kind::NotConfigured));
    QCOMPARE(ripio.count(tokenPath), 0);

    QSignalSpy stopped(&service, &TicketService::stopped);
    service.stop();
    QTRY_COMPARE(stopped.size(), 1);
}

QTEST_GUILESS_MAIN(TestServiceApi)
#include "tst_serviceapi.moc"
