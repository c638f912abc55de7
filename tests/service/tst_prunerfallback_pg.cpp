// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "service/ticketservice.h"
#include "store/ticketstore.h"
#include "support/ageddeliveries.h"
#include "support/pgtestdatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace TicketDesk;

// The delivery pruner works on a connection of its own; when the server will not
// give it one, a `serve` says so and prunes on its own connection instead, rather
// than not at all. On a real PostgreSQL 15 server, with a login role that may hold
// one connection (CONNECTION LIMIT 1; a superuser is not held to it).
class TestPrunerFallbackPg final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void prunesOnItsOwnConnectionWhenRefusedAnother();
};

void TestPrunerFallbackPg::prunesOnItsOwnConnectionWhenRefusedAnother()
{
    auto db = std::make_unique<PgTestDatabase>();
    QVERIFY2(db->ok(), qPrintable(db->error()));
    const QString role = QStringLiteral("td_pruner_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("pw%1x").arg(QCoreApplication::applicationPid());
    const QString admin = db->adminUrl();
    QString error;
    QVERIFY2(pgTestValue(admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), &error), qPrintable(error));
    // Roles outlive databases: this one goes however the test ends, after the
    // database it owns.
    const auto dropRole = qScopeGuard([&] {
        db.reset();
        QString dropError;
        if (!pgTestValue(admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), &dropError))
            qWarning("dropping %s failed: %s", qPrintable(role), qPrintable(dropError));
    });
    QVERIFY2(pgTestValue(admin,
                         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' CONNECTION LIMIT 1").arg(role, password),
                         &error),
             qPrintable(error));
    // Its own database, so that it creates the schema and owns the tables.
    QVERIFY2(pgTestValue(admin, QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(db->name(), role), &error),
             qPrintable(error));

    QUrl url(db->url());
    url.setUserName(role);
    url.setPassword(password);
    const SystemClock clock;
    QTemporaryDir dir;
    {
        TicketService service(clock);
        EngineConfig config;
        config.role = QStringLiteral("serve");
        config.dbPath = url.toString();
        config.dataDir = dir.path();
        config.listen = false;
        config.runOutbox = false;
        config.runReconciler = false;
        config.followChanges = false;
        config.deliveryRetentionDays = 0;
        config.maxDeliveries = 0;
        QSignalSpy started(&service, &TicketService::started);
        QSignalSpy states(&service, &TicketService::retentionStateChanged);
        // Fails the test if the pruner got a connection after all (the limit did not hold),
        // or if the refusal were put down to a wrong password.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^delivery pruner: no connection of its own, so it "
                                                               "prunes on this thread: The team database .* has no "
                                                               "connection to spare \\(.*too many connections")));
        service.start(config);
        QCOMPARE(started.size(), 1);
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
        QVERIFY(!states.isEmpty() && states.last().first().value<RetentionState>().prunes);

        QVERIFY2(addAgedDeliveries(*service.store(), clock.now()), qPrintable(service.store()->lastError().message));
        states.clear();
        service.applyConfig(tighterRetention(config));
        expectAgedDeliveriesPruned(states, *service.store(), 5000);
        if (QTest::currentTestFailed())
            return;

        QSignalSpy stopped(&service, &TicketService::stopped);
        service.stop();
        QTRY_COMPARE(stopped.size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestPrunerFallbackPg)
#include "tst_prunerfallback_pg.moc"
