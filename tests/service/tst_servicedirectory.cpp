// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the engine offers the desktop for the operator's day, through its
// slots and signals as the GUI uses them: the customer directory and its
// import, the team's templates, the double-escalation guard, and a ticket's
// own reference.
#include "service/ticketservice.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TicketDesk;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
const QString customerA = QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71");
const QString customerB = QStringLiteral("0a2b3c4d-1111-4222-8333-944455566677");

CustomerRecord listed(const QString &id, const QString &name, const QString &email)
{
    CustomerRecord c;
    c.customerId = id;
    c.name = name;
    c.email = email;
    return c;
}

} // namespace

class TestServiceDirectory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void importThenDirectory();
    void failedImportWritesNothing();
    void templates();
    void similarTicketsAndKeys();
    void createKeepsReference();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketService> m_service;
    qint64 create(const NewTicket &ticket);
};

void TestServiceDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(t0);
    m_service = std::make_unique<TicketService>(*m_clock);
    EngineConfig config;
    config.dbPath = m_dir->filePath(QStringLiteral("tickets.sqlite"));
    config.dataDir = m_dir->path();
    config.listen = false;
    config.runOutbox = false; // tickets stay QUEUED: nothing here talks to Ripio
    config.runReconciler = false;
    QSignalSpy started(m_service.get(), &TicketService::started);
    m_service->start(config);
    QCOMPARE(started.size(), 1);
    QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
}

void TestServiceDirectory::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 TestServiceDirectory::create(const NewTicket &ticket)
{
    QSignalSpy finished(m_service.get(), &TicketService::createFinished);
    m_service->createTicket(ticket, 1);
    if (finished.size() != 1)
        return 0;
    return finished.first().at(1).toLongLong();
}

void TestServiceDirectory::importThenDirectory()
{
    QVERIFY(create(NewTicket{customerA, QStringLiteral("Printer"), QString(), {}}) > 0);
    QSignalSpy imported(m_service.get(), &TicketService::customersImported);
    QSignalSpy loaded(m_service.get(), &TicketService::customersLoaded);
    m_service->importCustomers(
        {listed(customerA.toUpper(), QStringLiteral("María López"), QStringLiteral("maria@example.com")),
         listed(customerB, QStringLiteral("Bravo Ltd"), QString())},
        17);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).toULongLong(), 17u);
    QCOMPARE(imported.first().at(1).toString(), QString());
    // Then the new directory, as the create form and the table want it.
    QCOMPARE(loaded.size(), 1);
    const QList<CustomerRecord> directory = loaded.first().at(0).value<QList<CustomerRecord>>();
    QCOMPARE(directory.size(), 2);
    QCOMPARE(directory[0].customerId, customerB);
    QCOMPARE(directory[0].name, QStringLiteral("Bravo Ltd"));
    QCOMPARE(directory[1].customerId, customerA);
    QCOMPARE(directory[1].name, QStringLiteral("María López"));
    QCOMPARE(directory[1].email, QStringLiteral("maria@example.com"));
    QCOMPARE(directory[1].lastSummary, QStringLiteral("Printer"));

    m_service->loadCustomers();
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.last().at(0).value<QList<CustomerRecord>>(), directory);
}

void TestServiceDirectory::failedImportWritesNothing()
{
    QSignalSpy imported(m_service.get(), &TicketService::customersImported);
    QSignalSpy loaded(m_service.get(), &TicketService::customersLoaded);
    m_service->importCustomers({listed(customerA, QStringLiteral("A"), QString()), listed(QString(), {}, {})}, 3);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).toULongLong(), 3u);
    const QString error = imported.first().at(1).toString();
    QVERIFY2(error.contains(QStringLiteral("nothing")), qPrintable(error));
    QCOMPARE(loaded.size(), 0);
    QVERIFY(m_service->store()->customers().isEmpty());
}

void TestServiceDirectory::templates()
{
    QSignalSpy loaded(m_service.get(), &TicketService::templatesLoaded);
    QSignalSpy failed(m_service.get(), &TicketService::templateFailed);
    m_service->loadTemplates();
    QCOMPARE(loaded.size(), 1);
    QVERIFY(loaded.last().at(0).value<QList<TicketTemplate>>().isEmpty());

    m_service->saveTemplate(TicketTemplate{QStringLiteral("Refund"),
                                           QStringLiteral("Refund for {customer.name}"),
                                           QStringLiteral("Your reference: {reference}"),
                                           {},
                                           {}},
                            {});
    QCOMPARE(loaded.size(), 2);
    QList<TicketTemplate> all = loaded.last().at(0).value<QList<TicketTemplate>>();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].name, QStringLiteral("Refund"));
    QCOMPARE(all[0].description, QStringLiteral("Your reference: {reference}"));
    QCOMPARE(all[0].updatedAt, t0);

    m_service->saveTemplate(TicketTemplate{QStringLiteral(" "), QStringLiteral("nameless"), {}, {}, {}}, {});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(loaded.size(), 2);
    m_service->deleteTemplate(QStringLiteral("Nope"), {});
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("Nope")));

    // Saved from a form that read an older version: refused, and the newer one is sent again
    // (before the refusal, so that the dialog can show both).
    TicketTemplate edited = all[0];
    edited.summary = QStringLiteral("Refund, edited from an old form");
    m_service->saveTemplate(edited, t0.addSecs(-60));
    QCOMPARE(failed.size(), 3);
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(loaded.last().at(0).value<QList<TicketTemplate>>().value(0).summary,
             QStringLiteral("Refund for {customer.name}"));
    QVERIFY2(failed.last().at(0).toString().contains(QStringLiteral("were not saved")),
             qPrintable(failed.last().at(0).toString()));

    // Renamed: the list comes back under the new name only; from an old form, refused and said.
    TicketTemplate renamed = all[0];
    renamed.name = QStringLiteral("Card refund");
    m_service->renameTemplate(QStringLiteral("Refund"), t0.addSecs(-60), renamed);
    QCOMPARE(failed.size(), 4);
    QVERIFY2(failed.last().at(0).toString().contains(QStringLiteral("was not renamed to Card refund")),
             qPrintable(failed.last().at(0).toString()));
    m_service->renameTemplate(QStringLiteral("Refund"), all[0].updatedAt, renamed);
    QCOMPARE(failed.size(), 4);
    all = loaded.last().at(0).value<QList<TicketTemplate>>();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].name, QStringLiteral("Card refund"));

    m_service->deleteTemplate(QStringLiteral("Card refund"), all[0].updatedAt);
    QCOMPARE(failed.size(), 4);
    QVERIFY(loaded.last().at(0).value<QList<TicketTemplate>>().isEmpty());
}

void TestServiceDirectory::similarTicketsAndKeys()
{
    // Eight days ago: outside the guard's window.
    const qint64 old = create(NewTicket{customerA, QStringLiteral("Card declined"), QString(), {}});
    QVERIFY(old > 0);
    m_clock->advance(qint64(8) * 24 * 3600 * 1000);
    const qint64 recent = create(NewTicket{customerA, QStringLiteral("Card declined "), QString(), {}});
    QVERIFY(recent > 0);
    QVERIFY(create(NewTicket{customerB, QStringLiteral("Card declined"), QString(), {}}) > 0);

    QSignalSpy similar(m_service.get(), &TicketService::similarFound);
    m_service->findSimilar(customerA.toUpper(), QStringLiteral("card DECLINED"), 5);
    QCOMPARE(similar.size(), 1);
    QCOMPARE(similar.first().at(0).toULongLong(), 5u);
    const QList<Ticket> found = similar.first().at(1).value<QList<Ticket>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].id, recent);
    m_service->findSimilar(customerA, QStringLiteral("Something else"), 6);
    QVERIFY(similar.last().at(1).value<QList<Ticket>>().isEmpty());

    QSignalSpy keys(m_service.get(), &TicketService::openTicketKeysLoaded);
    m_service->loadOpenTicketKeys(9);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().at(0).toULongLong(), 9u);
    QCOMPARE(keys.first().at(2).toString(), QString());
    QCOMPARE(keys.first().at(1).value<QSet<QString>>(),
             (QSet<QString>{TicketStore::openTicketKey(customerA, QStringLiteral("card declined")),
                            TicketStore::openTicketKey(customerB, QStringLiteral("card declined"))}));
}

void TestServiceDirectory::createKeepsReference()
{
    NewTicket t{customerA, QStringLiteral("Refund"), QStringLiteral("details"), {}};
    t.reference = QStringLiteral("ZD-88123");
    QSignalSpy changed(m_service.get(), &TicketService::ticketsChanged);
    const qint64 id = create(t);
    QVERIFY(id > 0);
    QCOMPARE(m_service->store()->ticket(id)->reference, QStringLiteral("ZD-88123"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QList<Ticket>>().first().reference, QStringLiteral("ZD-88123"));
}

QTEST_GUILESS_MAIN(TestServiceDirectory)
#include "tst_servicedirectory.moc"
