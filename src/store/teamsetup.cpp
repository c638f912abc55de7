// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/teamsetup.h"

#include "core/logging.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace TicketDesk {

namespace {

// Not the migration's key: setting up roles waits only for another setup.
constexpr qint64 teamSetupLockKey = 0x7469636b726f6c65; // "tickrole"

const QStringList engineTables{
    QStringLiteral("tickets"),        QStringLiteral("attachments"),       QStringLiteral("ticket_events"),
    QStringLiteral("deliveries"),     QStringLiteral("customers"),         QStringLiteral("servers"),
    QStringLiteral("change_counter"), QStringLiteral("ticket_tombstones"), QStringLiteral("attachment_chunks"),
    QStringLiteral("templates"),
};

// The columns TicketStore names when it inserts these rows; row-level security
// below decides which values an operator may put in them.
const QString operatorTicketColumns =
    QStringLiteral("customer_id, summary, description, status, ticket_id, issue_key, message, created_at,"
                   " submitted_at, outcome_at, updated_at, retry_of, retried_as, conflict, created_here,"
                   " client_key, reference, change_seq, created_by");

// A new ticket of the operator's own, as the outbox will find it: nothing
// about its sending or outcome is set, and its author is the session's login.
const QString operatorTicketCheck =
    QStringLiteral("status = 'QUEUED' AND created_by = session_user AND ticket_id = '' AND issue_key = ''"
                   " AND message = '' AND submitted_at IS NULL AND outcome_at IS NULL AND retried_as = 0"
                   " AND conflict = 0 AND claimed_by = '' AND claimed_until IS NULL");

// The customer directory: an operator imports names and addresses and notes
// the customers of her tickets; whether an account is closed is the server's
// to say (Ripio's ACCOUNT.CLOSED webhook).
const QString operatorCustomerColumns =
    QStringLiteral("name, email, external_ref, updated_at, last_summary, last_seen_at");

// An attachment or a timeline row belongs to a ticket the operator is creating.
QString ownQueuedTicket(const QString &table)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM tickets t WHERE t.id = %1.ticket AND t.created_by = session_user"
                          " AND t.status = 'QUEUED')")
        .arg(table);
}

// A chunk holds bytes of an attachment the operator is creating, one that
// keeps its own chunks (not a retry's pointer to its original's).
const QString operatorChunkCheck =
    QStringLiteral("EXISTS (SELECT 1 FROM attachments a JOIN tickets t ON t.id = a.ticket"
                   " WHERE a.id = attachment_chunks.attachment AND a.chunked = 1 AND a.content_from IS NULL"
                   " AND t.created_by = session_user AND t.status = 'QUEUED')");

// Templates are the team's: any operator adds, changes or removes any of
// them, but signs what she writes with her own login.
QStringList templatePolicies()
{
    const QString op = QLatin1StringView(teamOperatorRole);
    return {
        QStringLiteral("DROP POLICY IF EXISTS ticketdesk_operator_update ON templates"),
        QStringLiteral("CREATE POLICY ticketdesk_operator_update ON templates FOR UPDATE TO %1 USING (true)"
                       " WITH CHECK (updated_by = session_user)")
            .arg(op),
        QStringLiteral("DROP POLICY IF EXISTS ticketdesk_operator_delete ON templates"),
        QStringLiteral("CREATE POLICY ticketdesk_operator_delete ON templates FOR DELETE TO %1 USING (true)").arg(op),
    };
}

QStringList policies(const QString &table, const QString &operatorInsertCheck)
{
    const QString server = QLatin1StringView(teamServerRole);
    const QString op = QLatin1StringView(teamOperatorRole);
    return {
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("DROP POLICY IF EXISTS ticketdesk_server_all ON %1").arg(table),
        QStringLiteral("CREATE POLICY ticketdesk_server_all ON %1 FOR ALL TO %2 USING (true) WITH CHECK (true)")
            .arg(table, server),
        QStringLiteral("DROP POLICY IF EXISTS ticketdesk_operator_read ON %1").arg(table),
        QStringLiteral("CREATE POLICY ticketdesk_operator_read ON %1 FOR SELECT TO %2 USING (true)").arg(table, op),
        QStringLiteral("DROP POLICY IF EXISTS ticketdesk_operator_insert ON %1").arg(table),
        QStringLiteral("CREATE POLICY ticketdesk_operator_insert ON %1 FOR INSERT TO %2 WITH CHECK (%3)")
            .arg(table, op, operatorInsertCheck),
    };
}

// `schema`: quoted. Functions pin their search path, so a role that can
// create objects elsewhere cannot slip its own `tickets` in front of ours.
QStringList functionStatements(const QString &schema)
{
    const QString searchPath = QStringLiteral(" SET search_path = %1, pg_temp").arg(schema);
    return {
        // An operator may not update tickets, yet requests retries: the
        // database links the retry to its original (the original must still be
        // retryable and unretried; the unique index on retry_of makes the
        // second of two simultaneous retries fail), writes the original's
        // timeline entry (in TicketEventLink's "retried as #N" form) and gives
        // it the same change number.
        QStringLiteral("CREATE OR REPLACE FUNCTION ticketdesk_link_retry() RETURNS trigger LANGUAGE plpgsql"
                       " SECURITY DEFINER") +
            searchPath +
            QStringLiteral(
                " AS $fn$ BEGIN"
                " UPDATE tickets SET retried_as = NEW.id, updated_at = NEW.updated_at, change_seq = NEW.change_seq"
                " WHERE id = NEW.retry_of AND retried_as = 0 AND status IN ('FAILED', 'REJECTED', 'UNCONFIRMED');"
                " IF NOT FOUND THEN"
                " RAISE EXCEPTION 'ticket #% cannot be retried', NEW.retry_of USING ERRCODE = '23514';"
                " END IF;"
                " INSERT INTO ticket_events (ticket, at, kind, verdict, detail)"
                " VALUES (NEW.retry_of, NEW.updated_at, 'retried-as', 'applied', 'retried as #' || NEW.id);"
                " RETURN NULL; END $fn$"),
        QStringLiteral("REVOKE ALL ON FUNCTION ticketdesk_link_retry() FROM PUBLIC"),
        QStringLiteral("DROP TRIGGER IF EXISTS ticketdesk_link_retry ON tickets"),
        QStringLiteral("CREATE TRIGGER ticketdesk_link_retry AFTER INSERT ON tickets FOR EACH ROW"
                       " WHEN (NEW.retry_of <> 0) EXECUTE FUNCTION ticketdesk_link_retry()"),
        // An operator bumps the change counter (every ticket-changing write
        // does) but may not move it anywhere else: readers would skip changes.
        QStringLiteral("CREATE OR REPLACE FUNCTION ticketdesk_change_counter_step() RETURNS trigger"
                       " LANGUAGE plpgsql") +
            searchPath +
            QStringLiteral(" AS $fn$ BEGIN"
                           " IF (NEW.id <> OLD.id OR NEW.seq <> OLD.seq + 1)"
                           " AND NOT pg_has_role(current_user, 'ticketdesk_server', 'USAGE') THEN"
                           " RAISE EXCEPTION 'the change counter only moves forward by one' USING ERRCODE = '42501';"
                           " END IF;"
                           " RETURN NEW; END $fn$"),
        QStringLiteral("DROP TRIGGER IF EXISTS ticketdesk_change_counter_step ON change_counter"),
        QStringLiteral("CREATE TRIGGER ticketdesk_change_counter_step BEFORE UPDATE ON change_counter FOR EACH ROW"
                       " EXECUTE FUNCTION ticketdesk_change_counter_step()"),
    };
}

QStringList grantStatements(const QString &schema, const QStringList &sequences)
{
    const QString server = QLatin1StringView(teamServerRole);
    const QString op = QLatin1StringView(teamOperatorRole);
    const QString all = engineTables.join(QStringLiteral(", "));
    QStringList sql{
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(schema, server, op),
        // From scratch each time: a re-run takes back what an older build granted.
        QStringLiteral("REVOKE ALL ON TABLE %1, ticketdesk_schema FROM %2, %3").arg(all, server, op),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %1 TO %2").arg(all, server),
        QStringLiteral("GRANT SELECT ON TABLE %1, ticketdesk_schema TO %2, %3").arg(all, server, op),
        QStringLiteral("GRANT INSERT (%1) ON TABLE tickets TO %2").arg(operatorTicketColumns, op),
        QStringLiteral("GRANT INSERT (ticket, file_name, content_type, size, stored_path, chunked, content_from)"
                       " ON TABLE attachments TO %1")
            .arg(op),
        QStringLiteral("GRANT INSERT (attachment, seq, data) ON TABLE attachment_chunks TO %1").arg(op),
        QStringLiteral("GRANT INSERT (ticket, at, kind, verdict, detail) ON TABLE ticket_events TO %1").arg(op),
        QStringLiteral("GRANT UPDATE (seq) ON TABLE change_counter TO %1").arg(op),
        QStringLiteral("GRANT INSERT (customer_id, %1) ON TABLE customers TO %2").arg(operatorCustomerColumns, op),
        QStringLiteral("GRANT UPDATE (%1) ON TABLE customers TO %2").arg(operatorCustomerColumns, op),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON TABLE templates TO %1").arg(op),
    };
    for (const QString &sequence : sequences) {
        sql << QStringLiteral("REVOKE ALL ON SEQUENCE %1 FROM %2, %3").arg(sequence, server, op)
            << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON SEQUENCE %1 TO %2").arg(sequence, server)
            << QStringLiteral("GRANT USAGE ON SEQUENCE %1 TO %2").arg(sequence, op);
    }
    return sql;
}

} // namespace

QStringList existingTeamRoles(QSqlDatabase &db, const SqlDialect &dialect, const QString &where, StoreError *error)
{
    QSqlQuery q(db);
    QStringList roles;
    if (!q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN ('%1', '%2') ORDER BY rolname")
                    .arg(QLatin1StringView(teamOperatorRole), QLatin1StringView(teamServerRole)))) {
        *error = dialect.classify(q.lastError(), where, 0);
        return {};
    }
    while (q.next())
        roles << q.value(0).toString();
    *error = {};
    return roles;
}

TeamSetupResult setUpTeamDatabase(QSqlDatabase &db, const SqlDialect &dialect, const QString &where)
{
    TeamSetupResult result;
    QSqlQuery q(db);
    const auto fail = [&] {
        result.error = dialect.classify(q.lastError(), where, 0);
        q.exec(QStringLiteral("ROLLBACK"));
        result.createdRoles.clear();
        result.existingRoles.clear();
        result.tables.clear();
        result.functions.clear();
        qCWarning(lcStore) << "team setup failed:" << result.error.message;
        return result;
    };
    // READ COMMITTED whatever the server's default: what is read after the lock below is what
    // the lock's last holder committed.
    if (!q.exec(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")))
        return fail();
    // "policy ... does not exist, skipping" and the like would reach the terminal through libpq.
    if (!q.exec(QStringLiteral("SET LOCAL client_min_messages = warning")))
        return fail();
    // It waits for another `db init` and for the sessions using the tables it changes.
    if (!q.exec(QStringLiteral("SET LOCAL lock_timeout = 0")))
        return fail();
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(teamSetupLockKey)))
        return fail();
    if (!q.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !q.next() || q.value(0).isNull())
        return fail();
    const QString schema = q.value(0).toString();
    // Grants and policies need the tables' owner: say so plainly rather than
    // let a long list of "no privileges were granted" warnings end in a refusal.
    if (!q.exec(QStringLiteral("SELECT pg_has_role(current_user, relowner, 'USAGE'), current_user FROM pg_class"
                               " WHERE oid = 'tickets'::regclass")) ||
        !q.next())
        return fail();
    if (!q.value(0).toBool()) {
        const QString user = q.value(1).toString();
        q.exec(QStringLiteral("ROLLBACK"));
        result.error = StoreError::make(
            StoreError::Kind::Denied,
            QCoreApplication::translate("TeamSetup", "Only the owner of the TicketDesk tables (or a superuser) can "
                                                     "set up the team roles on %1; %2 is neither.")
                .arg(where, user));
        return result;
    }

    StoreError error;
    const QStringList before = existingTeamRoles(db, dialect, where, &error);
    if (!error.ok()) {
        q.exec(QStringLiteral("ROLLBACK"));
        result.error = error;
        return result;
    }
    for (const char *role : {teamServerRole, teamOperatorRole}) {
        const QString name = QLatin1StringView(role);
        if (before.contains(name)) {
            result.existingRoles << name;
            continue;
        }
        // Roles belong to the server, not to this database: an init on another
        // database may create the same role at this moment, and that is fine.
        if (!q.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN;"
                                   " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                        .arg(name)))
            return fail();
        result.createdRoles << name;
    }

    QStringList sequences;
    if (!q.exec(QStringLiteral("SELECT pg_get_serial_sequence(t, 'id') FROM unnest(ARRAY['tickets', 'attachments',"
                               " 'deliveries', 'ticket_events']) AS t")))
        return fail();
    while (q.next()) {
        if (!q.value(0).isNull())
            sequences << q.value(0).toString();
    }

    QStringList statements = grantStatements(schema, sequences);
    statements << policies(QStringLiteral("tickets"), operatorTicketCheck)
               << policies(QStringLiteral("attachments"), ownQueuedTicket(QStringLiteral("attachments")))
               << policies(QStringLiteral("attachment_chunks"), operatorChunkCheck)
               << policies(QStringLiteral("templates"), QStringLiteral("updated_by = session_user"))
               << templatePolicies()
               << policies(QStringLiteral("ticket_events"),
                           QStringLiteral("kind = 'created' AND ") + ownQueuedTicket(QStringLiteral("ticket_events")))
               << functionStatements(schema);
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql))
            return fail();
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail();
    result.tables = engineTables + QStringList{QStringLiteral("ticketdesk_schema")};
    result.functions =
        QStringList{QStringLiteral("ticketdesk_link_retry"), QStringLiteral("ticketdesk_change_counter_step")};
    return result;
}

} // namespace TicketDesk
