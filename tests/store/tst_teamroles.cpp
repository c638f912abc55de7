// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fact.h"
#include "store/schemamigrations.h"
#include "store/sqldialect.h"
#include "store/teamsetup.h"
#include "store/ticketstore.h"
#include "support/manualclock.h"
#include "support/pgtestdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <latch>
#include <memory>

using namespace TicketDesk;

namespace {

const QString customer = QStringLiteral("9b2c6c1e-1f1a-4d55-9e0e-2a8f6f7f1a01");

Ticket newTicket(TicketStatus status, const QString &summary)
{
    Ticket t;
    t.customerId = customer;
    t.summary = summary;
    t.description = QStringLiteral("description");
    t.status = status;
    return t;
}

// `url` with another login: the role's name and password replace the superuser's.
QString loginUrl(const QString &url, const QString &role, const QString &password)
{
    QUrl u(url);
    u.setUserName(role);
    u.setPassword(password);
    return u.toString(QUrl::FullyEncoded);
}

// Runs each statement on one fresh connection to `url`, whatever the one
// before gave, and returns the error of each (invalid: it succeeded). A failed
// connection gives one ConnectionError.
QList<QSqlError> rawExec(const QString &url, const QStringList &statements)
{
    const QString connection = QStringLiteral("raw");
    QList<QSqlError> errors;
    {
        QString why;
        QSqlDatabase db = openPgTestConnection(url, connection, &why);
        if (!db.isOpen()) {
            errors << QSqlError(QString(), why, QSqlError::ConnectionError);
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements)
                errors << (q.exec(sql) ? QSqlError() : q.lastError());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return errors;
}

} // namespace

// The database enforces the team roles of `ticketdesk db init`: an operator
// (alice, bob) reads everything, queues tickets of her own and requests
// retries, and every other write fails with SQLSTATE 42501; a server role (srv)
// does all the engine does. The login roles are the server's, so their names
// carry this process's id (tests run in parallel on one server).
class TestTeamRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void operatorQueuesOwnTicket();
    void operatorReadsEverything();
    void operatorRetries();
    void operatorQueuesBatch();
    void operatorImportsCustomers();
    void operatorsShareTemplates();
    void operatorRetriesWithAttachments();
    void twoOperatorsRetryAtOnce();
    void forbiddenWrites_data();
    void forbiddenWrites();
    void retryOfUnretryableTicketRefused();
    void serverDoesTheEngineWork();
    void initTwiceIsIdempotent();
    void aRoleInNoGroupIsToldWhy();
    void someoneElsesDatabaseIsSaidToAnyRole();
    void operatorMayNotInit();
    void initFromTwoThreadsAndOlderSchema();

private:
    std::unique_ptr<TicketStore> openAs(const QString &role);
    qint64 failedTicket(const QString &summary, const QList<Attachment> &attachments = {});
    bool adminExec(const QString &sql, QString *error = nullptr);
    // An attachment of a file with `content` (a team database reads it into chunks).
    Attachment attachment(const QString &name, const QByteArray &content);
    QByteArray chunk(TicketStore &store, qint64 contentId, qint64 seq);

    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<PgTestDatabase> m_db;
    QTemporaryDir m_files;
    std::unique_ptr<TicketStore> m_admin;
    QString m_alice;
    QString m_bob;
    QString m_srv;
    QString m_password;
    qint64 m_bobTicket = 0;
    qint64 m_createdTicket = 0;
};

bool TestTeamRoles::adminExec(const QString &sql, QString *error)
{
    const QSqlError e = rawExec(m_db->url(), {sql}).value(0);
    if (error)
        *error = e.text();
    return !e.isValid();
}

std::unique_ptr<TicketStore> TestTeamRoles::openAs(const QString &role)
{
    auto store = std::make_unique<TicketStore>(m_clock);
    const StoreError error = store->open(loginUrl(m_db->url(), role, m_password));
    if (!error.ok()) {
        qWarning() << "open as" << role << "failed:" << error.message;
        return nullptr;
    }
    return store;
}

qint64 TestTeamRoles::failedTicket(const QString &summary, const QList<Attachment> &attachments)
{
    std::unique_ptr<TicketStore> srv = openAs(m_srv);
    if (!srv)
        return 0;
    Ticket t = newTicket(TicketStatus::Failed, summary);
    t.message = QStringLiteral("customer not found");
    t.attachments = attachments;
    return srv->insertTicket(t);
}

Attachment TestTeamRoles::attachment(const QString &name, const QByteArray &content)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return Attachment{0, name, QStringLiteral("text/plain"), content.size(), file.fileName()};
}

QByteArray TestTeamRoles::chunk(TicketStore &store, qint64 contentId, qint64 seq)
{
    const std::optional<QByteArray> bytes = store.attachmentChunk(contentId, seq);
    if (!bytes)
        qWarning() << "chunk" << seq << "of" << contentId << ":" << store.lastError().message;
    return bytes.value_or(QByteArray());
}

void TestTeamRoles::initTestCase()
{
    QVERIFY(m_files.isValid());
    m_db = std::make_unique<PgTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_admin = std::make_unique<TicketStore>(m_clock);
    const StoreError opened = m_admin->open(m_db->url());
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const TeamSetupResult setup = m_admin->initTeamDatabase();
    QVERIFY2(setup.error.ok(), qPrintable(setup.error.message));
    QCOMPARE(setup.createdRoles.size() + setup.existingRoles.size(), 2);
    QVERIFY(setup.tables.contains(QStringLiteral("tickets")));
    QCOMPARE(m_admin->teamRoles(),
             QStringList({QLatin1StringView(teamOperatorRole), QLatin1StringView(teamServerRole)}));

    const QString suffix = QString::number(QCoreApplication::applicationPid());
    m_alice = QStringLiteral("td_alice_") + suffix;
    m_bob = QStringLiteral("td_bob_") + suffix;
    m_srv = QStringLiteral("td_srv_") + suffix;
    m_password = QStringLiteral("pw%1x").arg(suffix);
    const QList<std::pair<QString, const char *>> logins{
        {m_alice, teamOperatorRole}, {m_bob, teamOperatorRole}, {m_srv, teamServerRole}};
    for (const auto &[name, group] : logins) {
        QString error;
        QVERIFY2(adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name), &error), qPrintable(error));
        QVERIFY2(adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                               .arg(name, m_password, QLatin1StringView(group)),
                           &error),
                 qPrintable(error));
    }

    std::unique_ptr<TicketStore> bob = openAs(m_bob);
    QVERIFY(bob);
    QVERIFY(!bob->mayUpdateTickets());
    Ticket t = newTicket(TicketStatus::Queued, QStringLiteral("bob's ticket"));
    t.attachments = {attachment(QStringLiteral("bob.txt"), "bob's bytes")};
    m_bobTicket = bob->insertTicket(t);
    QVERIFY2(m_bobTicket > 0, qPrintable(bob->lastError().message));

    std::unique_ptr<TicketStore> srv = openAs(m_srv);
    QVERIFY(srv);
    QVERIFY(srv->mayUpdateTickets());
    Ticket created = newTicket(TicketStatus::Created, QStringLiteral("done"));
    created.issueKey = QStringLiteral("SUP-1");
    m_createdTicket = srv->insertTicket(created);
    QVERIFY2(m_createdTicket > 0, qPrintable(srv->lastError().message));
    QVERIFY2(srv->saveTemplate(TicketTemplate{QStringLiteral("server's"), QStringLiteral("s"), {}, {}, {}}, {}),
             qPrintable(srv->lastError().message));
}

void TestTeamRoles::cleanupTestCase()
{
    m_admin.reset();
    for (const QString &name : {m_alice, m_bob, m_srv}) {
        if (name.isEmpty())
            continue;
        QString error;
        if (!adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name), &error))
            qWarning() << "dropping" << name << "failed:" << error;
    }
    m_db.reset();
}

void TestTeamRoles::operatorQueuesOwnTicket()
{
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    // The client asks for more than an operator may set: the store queues a plain new ticket.
    Ticket t = newTicket(TicketStatus::Created, QStringLiteral("printer on fire"));
    t.issueKey = QStringLiteral("SUP-99");
    t.ticketId = QStringLiteral("T-forged");
    t.createdBy = m_bob;
    t.attachments = {attachment(QStringLiteral("log.txt"), "abc")};
    const qint64 id = alice->insertTicket(t);
    QVERIFY2(id > 0, qPrintable(alice->lastError().message));
    QCOMPARE(t.status, TicketStatus::Queued);
    QCOMPARE(t.createdBy, m_alice);
    // Its bytes went into the database, where a server reads them.
    QCOMPARE(t.attachments.first().contentFrom, t.attachments.first().id);
    std::unique_ptr<TicketStore> srv = openAs(m_srv);
    QVERIFY(srv);
    QCOMPARE(chunk(*srv, t.attachments.first().contentFrom, 0), QByteArrayLiteral("abc"));

    const std::optional<Ticket> stored = m_admin->ticket(id);
    QVERIFY(stored);
    QCOMPARE(stored->status, TicketStatus::Queued);
    QCOMPARE(stored->createdBy, m_alice);
    QCOMPARE(stored->issueKey, QString());
    QCOMPARE(stored->ticketId, QString());
    QCOMPARE(stored->attachments.size(), 1);
    QCOMPARE(stored->attachments.first(), t.attachments.first());
    const QList<TicketEvent> events = m_admin->events(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, QStringLiteral("created"));

    // The same client key again (a write whose answer was lost): the same row.
    Ticket keyed = newTicket(TicketStatus::Queued, QStringLiteral("keyed"));
    keyed.clientKey = QStringLiteral("alice-key-1");
    const qint64 first = alice->insertTicket(keyed);
    QVERIFY2(first > 0, qPrintable(alice->lastError().message));
    Ticket again = newTicket(TicketStatus::Queued, QStringLiteral("keyed"));
    again.clientKey = QStringLiteral("alice-key-1");
    QCOMPARE(alice->insertTicket(again), first);
}

void TestTeamRoles::operatorReadsEverything()
{
    QVERIFY(m_admin->recordDelivery(DeliveryRecord{}) > 0);
    QVERIFY(m_admin->markCustomerClosed(customer, m_clock.now()));
    QVERIFY(m_admin->heartbeat(ServerRecord{QStringLiteral("srv-a"),
                                            QStringLiteral("h1"),
                                            QStringLiteral("serve"),
                                            QString(),
                                            QStringLiteral("1.0"),
                                            {},
                                            {},
                                            QString()}));
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    QVERIFY(!alice->tickets().isEmpty());
    QVERIFY(alice->lastError().ok());
    QVERIFY(!alice->deliveries().isEmpty());
    QVERIFY(!alice->customers().isEmpty());
    QVERIFY(!alice->servers().isEmpty());
    QVERIFY(!alice->events(m_bobTicket).isEmpty());
    QVERIFY(alice->lastChange() > 0);
    const std::optional<TicketStore::Changes> changes = alice->changesSince(0);
    QVERIFY(changes);
    QVERIFY(!changes->tickets.isEmpty());
    QCOMPARE(alice->schemaVersion(), latestSchemaVersion());
    QCOMPARE(alice->countWithStatus(TicketStatus::Created), 1);
}

void TestTeamRoles::operatorRetries()
{
    const qint64 failed = failedTicket(QStringLiteral("to retry"));
    QVERIFY(failed > 0);
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    const qint64 before = alice->lastChange();
    const RetryResult r = alice->createRetry(failed, {});
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(r.created);
    QVERIFY(r.retry && r.original);
    QCOMPARE(r.retry->retryOf, failed);
    QCOMPARE(r.retry->status, TicketStatus::Queued);
    QCOMPARE(r.retry->createdBy, m_alice);
    QCOMPARE(r.original->retriedAs, r.retry->id);

    // Linked both ways in the database, in one change, with the original's timeline entry.
    const std::optional<Ticket> original = m_admin->ticket(failed);
    QVERIFY(original);
    QCOMPARE(original->retriedAs, r.retry->id);
    QCOMPARE(original->status, TicketStatus::Failed);
    QCOMPARE(alice->lastChange(), before + 1);
    const std::optional<TicketStore::Changes> changes = alice->changesSince(before);
    QVERIFY(changes);
    QCOMPARE(changes->tickets.size(), 2);
    const QList<TicketEvent> events = m_admin->events(failed);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().kind, QStringLiteral("retried-as"));
    QCOMPARE(events.last().detail, QStringLiteral("retried as #%1").arg(r.retry->id));

    // Asked again, by anyone: the same retry.
    std::unique_ptr<TicketStore> bob = openAs(m_bob);
    QVERIFY(bob);
    const RetryResult again = bob->createRetry(failed, {});
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QVERIFY(!again.created);
    QVERIFY(again.retry);
    QCOMPARE(again.retry->id, r.retry->id);
}

void TestTeamRoles::operatorQueuesBatch()
{
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    const qint64 before = alice->lastChange();
    QList<Ticket> batch;
    for (int i = 0; i < 3; ++i) {
        Ticket t = newTicket(TicketStatus::Queued, QStringLiteral("bulk %1").arg(i));
        t.reference = QStringLiteral("HD-%1").arg(i);
        t.clientKey = QStringLiteral("alice-bulk-%1").arg(i);
        batch << t;
    }
    batch[2].issueKey = QStringLiteral("SUP-forged"); // the store queues a plain new ticket
    QVERIFY2(alice->insertTickets(batch), qPrintable(alice->lastError().message));
    QCOMPARE(alice->lastChange(), before + 1);
    for (int i = 0; i < 3; ++i) {
        const std::optional<Ticket> stored = m_admin->ticket(batch[i].id);
        QVERIFY(stored);
        QCOMPARE(stored->createdBy, m_alice);
        QCOMPARE(stored->status, TicketStatus::Queued);
        QCOMPARE(stored->reference, QStringLiteral("HD-%1").arg(i));
        QCOMPARE(stored->issueKey, QString());
    }
    // Sent again (the answer was lost): the same rows, nothing new.
    QList<Ticket> again = batch;
    for (Ticket &t : again)
        t.id = 0;
    QVERIFY2(alice->insertTickets(again), qPrintable(alice->lastError().message));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(again[i].id, batch[i].id);
    // As the bulk path saves a list: compared with the open tickets under the lists' advisory
    // lock, which an operator may take; a ticket already open refuses the list.
    const QDateTime since = alice->clock().now().addDays(-TicketStore::duplicateWindowDays);
    QList<Ticket> twice{newTicket(TicketStatus::Queued, QStringLiteral("not yet")),
                        newTicket(TicketStatus::Queued, QStringLiteral("bulk 1"))};
    QList<qsizetype> open;
    QVERIFY(!alice->insertTickets(twice, since, &open));
    QCOMPARE(open, QList<qsizetype>{1});
    QCOMPARE(alice->lastError().kind, StoreError::Kind::Constraint);
    twice.removeLast();
    QVERIFY2(alice->insertTickets(twice, since, &open), qPrintable(alice->lastError().message));
    QVERIFY(open.isEmpty());

    // One ticket the database refuses (a retry of a CREATED ticket) fails the whole batch.
    const qsizetype count = m_admin->tickets().size();
    QList<Ticket> forged{newTicket(TicketStatus::Queued, QStringLiteral("fine")),
                         newTicket(TicketStatus::Queued, QStringLiteral("fine too"))};
    forged[1].retryOf = m_createdTicket; // not retryable: the database refuses it
    QVERIFY(!alice->insertTickets(forged));
    QCOMPARE(m_admin->tickets().size(), count);
}

void TestTeamRoles::operatorImportsCustomers()
{
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    CustomerRecord known;
    known.customerId = customer.toUpper();
    known.name = QStringLiteral("Known Customer");
    known.email = QStringLiteral("known@example.com");
    CustomerRecord fresh;
    fresh.customerId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    fresh.name = QStringLiteral("Fresh Customer");
    fresh.externalRef = QStringLiteral("CRM-9");
    QVERIFY2(alice->importCustomers({known, fresh}), qPrintable(alice->lastError().message));
    QHash<QString, CustomerRecord> byId;
    for (const CustomerRecord &c : m_admin->customers())
        byId.insert(c.customerId, c);
    QCOMPARE(byId.value(customer).name, known.name);
    QCOMPARE(byId.value(customer).email, known.email);
    QCOMPARE(byId.value(fresh.customerId).externalRef, fresh.externalRef);

    // Her tickets note their customers too; closing one stays the server's.
    Ticket t = newTicket(TicketStatus::Queued, QStringLiteral("noted by alice"));
    t.customerId = QStringLiteral("22222222-2222-4333-8444-555555555555");
    QVERIFY(alice->insertTicket(t) > 0);
    bool noted = false;
    for (const CustomerRecord &c : m_admin->customers())
        noted = noted || (c.customerId == t.customerId && c.lastSummary == t.summary);
    QVERIFY(noted);
    QVERIFY(!alice->markCustomerClosed(fresh.customerId, m_clock.now()));
    QCOMPARE(alice->lastError().kind, StoreError::Kind::Denied);
}

void TestTeamRoles::operatorsShareTemplates()
{
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    std::unique_ptr<TicketStore> bob = openAs(m_bob);
    QVERIFY(alice && bob);
    TicketTemplate t{QStringLiteral("Refund"), QStringLiteral("Refund for {customer.name}"), QString(), {}, m_bob};
    QVERIFY2(alice->saveTemplate(t, {}), qPrintable(alice->lastError().message));
    const auto find = [&](const QString &name) {
        for (const TicketTemplate &x : m_admin->templates()) {
            if (x.name == name)
                return x;
        }
        return TicketTemplate{};
    };
    const TicketTemplate alices = find(QStringLiteral("Refund"));
    QCOMPARE(alices.updatedBy, m_alice); // signed by the session, not the caller
    t.summary = QStringLiteral("Refund, changed by bob");
    QVERIFY2(bob->saveTemplate(t, alices.updatedAt), qPrintable(bob->lastError().message));
    const TicketTemplate bobs = find(QStringLiteral("Refund"));
    QCOMPARE(bobs.updatedBy, m_bob);
    QCOMPARE(bobs.summary, t.summary);
    QVERIFY(bobs.updatedAt > alices.updatedAt); // a new version, even within the same millisecond
    // Alice, still looking at her own version, neither replaces nor deletes Bob's unseen.
    TicketTemplate hers = t;
    hers.summary = QStringLiteral("Refund, alice's second thought");
    QVERIFY(!alice->saveTemplate(hers, alices.updatedAt));
    QCOMPARE(alice->lastError().kind, StoreError::Kind::Stale);
    QVERIFY2(alice->lastError().message.contains(m_bob), qPrintable(alice->lastError().message));
    QVERIFY(!alice->deleteTemplate(QStringLiteral("Refund"), alices.updatedAt));
    QCOMPARE(alice->lastError().kind, StoreError::Kind::Stale);
    QCOMPARE(find(QStringLiteral("Refund")).summary, t.summary);
    QCOMPARE(alice->templates().size(), m_admin->templates().size());
    QVERIFY2(alice->deleteTemplate(QStringLiteral("Refund"), bobs.updatedAt), qPrintable(alice->lastError().message));
    QCOMPARE(find(QStringLiteral("Refund")).name, QString());
    // A server's template is the team's too.
    QVERIFY2(bob->deleteTemplate(QStringLiteral("server's"), {}), qPrintable(bob->lastError().message));
    QVERIFY2(bob->saveTemplate(TicketTemplate{QStringLiteral("server's"), QStringLiteral("back"), {}, {}, {}}, {}),
             qPrintable(bob->lastError().message));
}

void TestTeamRoles::operatorRetriesWithAttachments()
{
    const QByteArray bytes = QByteArray(TicketStore::attachmentChunkBytes + 10, 'z');
    const qint64 failed =
        failedTicket(QStringLiteral("retry with a file"), {attachment(QStringLiteral("big.log"), bytes)});
    QVERIFY(failed > 0);
    const std::optional<Ticket> original = m_admin->ticket(failed);
    QVERIFY(original);
    QCOMPARE(original->attachments.size(), 1);
    const Attachment sent = original->attachments.first();
    QCOMPARE(sent.contentFrom, sent.id);

    // The engine's retry on a team database: the same chunks, not a copy (the
    // operator may not read the file it came from, and need not).
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    Attachment again = sent;
    again.id = 0;
    const RetryResult r = alice->createRetry(failed, {again});
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(r.created && r.retry);
    QCOMPARE(r.retry->createdBy, m_alice);
    QCOMPARE(r.retry->attachments.size(), 1);
    QCOMPARE(r.retry->attachments.first().contentFrom, sent.id);
    QCOMPARE(r.retry->attachments.first().size, bytes.size());

    // A server sending the retry finds every byte.
    std::unique_ptr<TicketStore> srv = openAs(m_srv);
    QVERIFY(srv);
    const std::optional<Ticket> retry = srv->ticket(r.retry->id);
    QVERIFY(retry);
    QCOMPARE(retry->attachments, r.retry->attachments);
    const std::optional<TicketStore::AttachmentContent> content = srv->attachmentContent(sent.id);
    QVERIFY(content);
    QCOMPARE(content->chunks, 2);
    QCOMPARE(content->size, bytes.size());
    QCOMPARE(chunk(*srv, sent.id, 0) + chunk(*srv, sent.id, 1), bytes);
    QCOMPARE(m_admin->ticket(failed)->retriedAs, r.retry->id);
}

void TestTeamRoles::twoOperatorsRetryAtOnce()
{
    constexpr int rounds = 4;
    for (int round = 0; round < rounds; ++round) {
        const qint64 failed = failedTicket(QStringLiteral("contested %1").arg(round));
        QVERIFY(failed > 0);
        RetryResult results[2];
        std::latch start(2);
        const QString names[2] = {m_alice, m_bob};
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([&, i] {
                std::unique_ptr<TicketStore> store = openAs(names[i]);
                start.arrive_and_wait();
                if (store)
                    results[i] = store->createRetry(failed, {});
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QVERIFY2(results[0].ok(), qPrintable(results[0].error.message));
        QVERIFY2(results[1].ok(), qPrintable(results[1].error.message));
        QVERIFY(results[0].retry && results[1].retry);
        QCOMPARE(results[0].retry->id, results[1].retry->id);
        QCOMPARE(int(results[0].created) + int(results[1].created), 1);
        const std::optional<Ticket> original = m_admin->ticket(failed);
        QVERIFY(original);
        QCOMPARE(original->retriedAs, results[0].retry->id);
        int retries = 0;
        for (const Ticket &t : m_admin->tickets())
            retries += t.retryOf == failed ? 1 : 0;
        QCOMPARE(retries, 1);
    }
}

void TestTeamRoles::forbiddenWrites_data()
{
    QTest::addColumn<QString>("sql");
    const QString bobTicket = QString::number(m_bobTicket);
    const QString insert = QStringLiteral("INSERT INTO tickets (customer_id, summary, status, created_at, updated_at,"
                                          " created_by%1) VALUES ('c', 's', %2, 1, 1, %3%4)");
    QTest::newRow("update status") << QStringLiteral("UPDATE tickets SET status = 'CREATED'");
    QTest::newRow("update issue key") << QStringLiteral("UPDATE tickets SET issue_key = 'SUP-9'");
    QTest::newRow("update outcome") << QStringLiteral("UPDATE tickets SET outcome_at = 5, message = 'x'");
    QTest::newRow("delete tickets") << QStringLiteral("DELETE FROM tickets");
    QTest::newRow("truncate tickets") << QStringLiteral("TRUNCATE tickets");
    QTest::newRow("insert delivery") << QStringLiteral("INSERT INTO deliveries (received_at) VALUES (1)");
    QTest::newRow("delete deliveries") << QStringLiteral("DELETE FROM deliveries");
    QTest::newRow("update deliveries") << QStringLiteral("UPDATE deliveries SET verdict = 'x'");
    QTest::newRow("insert CREATED ticket")
        << insert.arg(QString(), QStringLiteral("'CREATED'"), QStringLiteral("session_user"), QString());
    QTest::newRow("insert as bob") << insert.arg(QString(), QStringLiteral("'QUEUED'"),
                                                 QLatin1Char('\'') + m_bob + QLatin1Char('\''), QString());
    QTest::newRow("insert with issue key") << insert.arg(QStringLiteral(", issue_key"), QStringLiteral("'QUEUED'"),
                                                         QStringLiteral("session_user"), QStringLiteral(", 'SUP-1'"));
    QTest::newRow("insert claimed") << insert.arg(QStringLiteral(", claimed_by"), QStringLiteral("'QUEUED'"),
                                                  QStringLiteral("session_user"), QStringLiteral(", 'me'"));
    QTest::newRow("insert closed customer")
        << QStringLiteral("INSERT INTO customers (customer_id, closed) VALUES ('x', 1)");
    QTest::newRow("update customers") << QStringLiteral("UPDATE customers SET closed = 1");
    QTest::newRow("reopen customers") << QStringLiteral("UPDATE customers SET closed = 0, closed_at = NULL");
    QTest::newRow("delete customers") << QStringLiteral("DELETE FROM customers");
    QTest::newRow("template signed as bob")
        << QStringLiteral("INSERT INTO templates (name, updated_at, updated_by) VALUES ('forged', 1, '%1')").arg(m_bob);
    QTest::newRow("template re-signed") << QStringLiteral("UPDATE templates SET updated_by = 'someone else'");
    QTest::newRow("bob's ticket: reference")
        << QStringLiteral("UPDATE tickets SET reference = 'mine' WHERE id = ") + bobTicket;
    QTest::newRow("insert server") << QStringLiteral(
        "INSERT INTO servers (instance, started_at, last_seen) VALUES ('x', 1, 1)");
    QTest::newRow("delete servers") << QStringLiteral("DELETE FROM servers");
    QTest::newRow("delete events") << QStringLiteral("DELETE FROM ticket_events");
    QTest::newRow("insert tombstone") << QStringLiteral("INSERT INTO ticket_tombstones (id, change_seq) VALUES (1, 1)");
    QTest::newRow("rewind change counter") << QStringLiteral("UPDATE change_counter SET seq = 0");
    QTest::newRow("write schema version") << QStringLiteral("UPDATE ticketdesk_schema SET version = 1");
    QTest::newRow("bob's ticket: update")
        << QStringLiteral("UPDATE tickets SET summary = 'mine' WHERE id = ") + bobTicket;
    QTest::newRow("bob's ticket: delete") << QStringLiteral("DELETE FROM tickets WHERE id = ") + bobTicket;
    QTest::newRow("bob's ticket: attach")
        << QStringLiteral("INSERT INTO attachments (ticket, file_name) VALUES (%1, 'x.txt')").arg(bobTicket);
    QTest::newRow("bob's ticket: chunk")
        << QStringLiteral("INSERT INTO attachment_chunks (attachment, seq, data) SELECT id, 7, '\\x00'::bytea"
                          " FROM attachments WHERE ticket = %1")
               .arg(bobTicket);
    QTest::newRow("update chunks") << QStringLiteral("UPDATE attachment_chunks SET data = '\\x00'::bytea");
    QTest::newRow("delete chunks") << QStringLiteral("DELETE FROM attachment_chunks");
    QTest::newRow("bob's ticket: event")
        << QStringLiteral("INSERT INTO ticket_events (ticket, at, kind) VALUES (%1, 1, 'created')").arg(bobTicket);
    QTest::newRow("own ticket: other event")
        << QStringLiteral("INSERT INTO ticket_events (ticket, at, kind) SELECT id, 1, 'webhook' FROM tickets"
                          " WHERE created_by = session_user LIMIT 1");
}

void TestTeamRoles::forbiddenWrites()
{
    QFETCH(QString, sql);
    // The second statement, on the same connection, is one an operator may run:
    // what was refused is the statement, not the login.
    const QList<QSqlError> errors = rawExec(
        loginUrl(m_db->url(), m_alice, m_password),
        {sql, QStringLiteral("INSERT INTO tickets (customer_id, summary, status, created_at, updated_at, created_by)"
                             " VALUES ('c', 'allowed', 'QUEUED', 1, 1, session_user)")});
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).isValid(), "the operator's write went through");
    QCOMPARE(errors.at(0).nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY2(!errors.at(1).isValid(), qPrintable(errors.at(1).text()));
}

void TestTeamRoles::retryOfUnretryableTicketRefused()
{
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    const RetryResult r = alice->createRetry(m_createdTicket, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, StoreError::Kind::NotRetryable);

    // Around the store too: the database itself checks the original.
    const QList<QSqlError> errors =
        rawExec(loginUrl(m_db->url(), m_alice, m_password),
                {QStringLiteral("INSERT INTO tickets (customer_id, summary, status, created_at, updated_at, created_by,"
                                " retry_of) VALUES ('c', 's', 'QUEUED', 1, 1, session_user, %1)")
                     .arg(m_createdTicket)});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).nativeErrorCode(), QStringLiteral("23514"));
    const std::optional<Ticket> original = m_admin->ticket(m_createdTicket);
    QVERIFY(original);
    QCOMPARE(original->retriedAs, 0);
}

void TestTeamRoles::serverDoesTheEngineWork()
{
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    Ticket queued = newTicket(TicketStatus::Queued, QStringLiteral("for the server"));
    const qint64 id = alice->insertTicket(queued);
    QVERIFY(id > 0);

    std::unique_ptr<TicketStore> srv = openAs(m_srv);
    QVERIFY(srv);
    QList<Ticket> claimed = srv->claimQueued(QStringLiteral("srv-1"), 60000, 100);
    QVERIFY2(srv->lastError().ok(), qPrintable(srv->lastError().message));
    bool found = false;
    for (const Ticket &t : claimed)
        found = found || t.id == id;
    QVERIFY(found);
    QVERIFY(srv->renewClaims(QStringLiteral("srv-1"), {id}, 60000));

    const QString ticketId = QStringLiteral("T-srv-1");
    DeliveryRecord delivery;
    delivery.eventType = QStringLiteral("SUPPORT_TICKET.CREATED");
    const QList<FactOutcome> outcomes =
        srv->applyFacts({FactInput::forLocal(id, Fact::accepted(ticketId, m_clock.now())),
                         FactInput::forRemote(Fact::webhook(ticketId, TicketStatus::Created, QStringLiteral("SUP-42"),
                                                            customer, QStringLiteral("for the server"), m_clock.now()),
                                              delivery)});
    QCOMPARE(outcomes.size(), 2);
    QVERIFY2(outcomes.last().committed, qPrintable(outcomes.last().error.message));
    const std::optional<Ticket> done = alice->ticket(id);
    QVERIFY(done);
    QCOMPARE(done->status, TicketStatus::Created);
    QCOMPARE(done->issueKey, QStringLiteral("SUP-42"));

    QVERIFY(srv->recordDelivery(DeliveryRecord{}) > 0);
    QVERIFY(srv->recordEvent(id, QStringLiteral("reconcile-check"), QString(), QString()));
    QVERIFY(srv->markCustomerClosed(customer, m_clock.now()));
    QVERIFY(srv->heartbeat(ServerRecord{QStringLiteral("srv-1"),
                                        QStringLiteral("h"),
                                        QStringLiteral("serve"),
                                        QStringLiteral("http://127.0.0.1:1/webhooks/ripio"),
                                        QStringLiteral("1.0"),
                                        {},
                                        {},
                                        QStringLiteral("{}")}));
    QVERIFY(srv->removeHeartbeat(QStringLiteral("srv-1")));
    Ticket stuck = newTicket(TicketStatus::Queued, QStringLiteral("stuck"));
    QVERIFY(alice->insertTicket(stuck) > 0);
    QVERIFY(!srv->claimQueued(QStringLiteral("srv-2"), 1000, 100).isEmpty());
    m_clock.advance(5000);
    QVERIFY(!srv->expireClaims(QStringLiteral("lease ended")).isEmpty());
    QVERIFY2(srv->lastError().ok(), qPrintable(srv->lastError().message));
}

void TestTeamRoles::initTwiceIsIdempotent()
{
    const qint64 tickets = m_admin->tickets().size();
    const TeamSetupResult again = m_admin->initTeamDatabase();
    QVERIFY2(again.error.ok(), qPrintable(again.error.message));
    QVERIFY(again.createdRoles.isEmpty());
    QCOMPARE(again.existingRoles.size(), 2);
    QCOMPARE(m_admin->tickets().size(), tickets);
    // Still enforced after the re-run, and still allowed.
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    Ticket t = newTicket(TicketStatus::Queued, QStringLiteral("after re-init"));
    QVERIFY(alice->insertTicket(t) > 0);
    QVERIFY(!alice->mayUpdateTickets());
    QVERIFY(!alice->markCustomerClosed(customer, m_clock.now()));
    QCOMPARE(alice->lastError().kind, StoreError::Kind::Denied);
}

void TestTeamRoles::aRoleInNoGroupIsToldWhy()
{
    // CREATE ROLE without IN ROLE: PostgreSQL only says "permission denied for table ticketdesk_schema".
    // Created with capitals (quoted): the GRANT that mends it must quote it too.
    const QString lonely = QStringLiteral("Td_Lonely_") + QString::number(QCoreApplication::applicationPid());
    const QString quoted = QLatin1Char('"') + lonely + QLatin1Char('"');
    QString error;
    QVERIFY2(adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted), &error), qPrintable(error));
    QVERIFY2(adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(quoted, m_password), &error),
             qPrintable(error));
    const auto dropped = qScopeGuard([&] { adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted)); });
    TicketStore store(m_clock);
    const StoreError opened = store.open(loginUrl(m_db->url(), lonely, m_password));
    QCOMPARE(opened.kind, StoreError::Kind::Denied);
    QVERIFY2(opened.message.contains(QStringLiteral("The database role %1 is in neither TicketDesk group").arg(quoted)),
             qPrintable(opened.message));
    QVERIFY2(opened.message.contains(QStringLiteral("GRANT ticketdesk_operator TO %1;").arg(quoted)),
             qPrintable(opened.message));
    QVERIFY(!opened.message.contains(m_password));
}

// A team database's name typed wrong, by a role that may not create tables there (PostgreSQL
// 15's default for a database it does not own): told it is not a TicketDesk database. The check
// came after making the schema's table, whose refusal said to have `db init` run, which would set
// TicketDesk up in someone else's database.
void TestTeamRoles::someoneElsesDatabaseIsSaidToAnyRole()
{
    PgTestDatabase other;
    QVERIFY2(other.ok(), qPrintable(other.error()));
    QString error;
    QVERIFY2(pgTestValue(other.url(), QStringLiteral("CREATE TABLE invoices (id integer)"), &error), qPrintable(error));
    const QString role = QStringLiteral("td_typo_") + QString::number(QCoreApplication::applicationPid());
    QVERIFY2(adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), &error), qPrintable(error));
    QVERIFY2(adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, m_password), &error),
             qPrintable(error));
    const auto dropped = qScopeGuard([&] { adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)); });
    TicketStore store(m_clock);
    const StoreError opened = store.open(loginUrl(other.url(), role, m_password));
    QCOMPARE(opened.kind, StoreError::Kind::NotInitialised);
    QVERIFY2(opened.message.contains(QStringLiteral("not a TicketDesk database")), qPrintable(opened.message));
    QVERIFY(!opened.message.contains(m_password));
}

void TestTeamRoles::operatorMayNotInit()
{
    std::unique_ptr<TicketStore> alice = openAs(m_alice);
    QVERIFY(alice);
    const TeamSetupResult r = alice->initTeamDatabase();
    QVERIFY(!r.error.ok());
    QCOMPARE(r.error.kind, StoreError::Kind::Denied);
    QVERIFY(!r.error.message.contains(m_password));
}

void TestTeamRoles::initFromTwoThreadsAndOlderSchema()
{
    PgTestDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    // A database left at schema version 2 by an older TicketDesk.
    const SqlDialect dialect(SqlDialect::Backend::PostgreSql);
    const QStringList statements =
        migrationStatements(1, dialect) + migrationStatements(2, dialect) +
        QStringList{QStringLiteral("CREATE TABLE ticketdesk_schema (version BIGINT NOT NULL)"),
                    QStringLiteral("INSERT INTO ticketdesk_schema (version) VALUES (2)")};
    for (const QSqlError &e : rawExec(db.url(), statements))
        QVERIFY2(!e.isValid(), qPrintable(e.text()));

    TeamSetupResult results[2];
    int versions[2] = {0, 0};
    std::latch start(2);
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        threads << QThread::create([&, i] {
            TicketStore store(m_clock);
            start.arrive_and_wait();
            const StoreError opened = store.open(db.url());
            if (!opened.ok()) {
                results[i].error = opened;
                return;
            }
            results[i] = store.initTeamDatabase();
            versions[i] = store.schemaVersion();
        });
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(results[0].error.ok(), qPrintable(results[0].error.message));
    QVERIFY2(results[1].error.ok(), qPrintable(results[1].error.message));
    QCOMPARE(versions[0], latestSchemaVersion());
    QCOMPARE(versions[1], latestSchemaVersion());

    // The result works: alice queues a ticket in this database too.
    auto alice = std::make_unique<TicketStore>(m_clock);
    const StoreError opened = alice->open(loginUrl(db.url(), m_alice, m_password));
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    Ticket t = newTicket(TicketStatus::Queued, QStringLiteral("on the upgraded database"));
    QVERIFY2(alice->insertTicket(t) > 0, qPrintable(alice->lastError().message));
    QCOMPARE(t.createdBy, m_alice);
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
