// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemamigrations.h"

#include <QList>

namespace TicketDesk {

namespace {

const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        // Version 1
        {
            QStringLiteral("CREATE TABLE tickets ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " ticket_id TEXT NOT NULL DEFAULT '',"
                           " customer_id TEXT NOT NULL DEFAULT '',"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " description TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL,"
                           " issue_key TEXT NOT NULL DEFAULT '',"
                           " message TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " submitted_at INTEGER,"
                           " outcome_at INTEGER,"
                           " updated_at INTEGER NOT NULL,"
                           " retry_of INTEGER NOT NULL DEFAULT 0,"
                           " retried_as INTEGER NOT NULL DEFAULT 0,"
                           " conflict INTEGER NOT NULL DEFAULT 0,"
                           " created_here INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE UNIQUE INDEX tickets_ticket_id ON tickets(ticket_id) WHERE ticket_id <> ''"),
            // A ticket is retried once: at most one row may name it in retry_of.
            QStringLiteral("CREATE UNIQUE INDEX tickets_retry_of ON tickets(retry_of) WHERE retry_of <> 0"),
            QStringLiteral("CREATE INDEX tickets_status ON tickets(status)"),
            QStringLiteral("CREATE INDEX tickets_created_at ON tickets(created_at)"),
            QStringLiteral("CREATE TABLE attachments ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " ticket INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
                           " file_name TEXT NOT NULL,"
                           " content_type TEXT NOT NULL DEFAULT '',"
                           " size INTEGER NOT NULL DEFAULT 0,"
                           " stored_path TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX attachments_ticket ON attachments(ticket)"),
            QStringLiteral("CREATE TABLE deliveries ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " received_at INTEGER NOT NULL,"
                           " event_time INTEGER,"
                           " event_type TEXT NOT NULL DEFAULT '',"
                           " ticket_id TEXT,"
                           " local_ticket INTEGER,"
                           " body BLOB,"
                           " headers TEXT NOT NULL DEFAULT '',"
                           " verdict TEXT NOT NULL DEFAULT '',"
                           " detail TEXT NOT NULL DEFAULT '',"
                           " skew_ms INTEGER,"
                           " peer_address TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX deliveries_ticket_id ON deliveries(ticket_id)"),
            QStringLiteral("CREATE INDEX deliveries_local_ticket ON deliveries(local_ticket)"),
            QStringLiteral("CREATE INDEX deliveries_received_at ON deliveries(received_at)"),
            QStringLiteral("CREATE TABLE customers ("
                           " customer_id TEXT PRIMARY KEY,"
                           " last_summary TEXT NOT NULL DEFAULT '',"
                           " last_seen_at INTEGER,"
                           " closed INTEGER NOT NULL DEFAULT 0,"
                           " closed_at INTEGER)"),
            QStringLiteral("CREATE TABLE ticket_events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " ticket INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
                           " at INTEGER NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " verdict TEXT NOT NULL DEFAULT '',"
                           " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX ticket_events_ticket ON ticket_events(ticket)"),
        },
        // Version 2: a rejected delivery keeps only a prefix of its body, so its
        // size and digest are kept beside it; `suppressed` counts rejected
        // deliveries that were only counted. Older rows kept whole bodies.
        {
            QStringLiteral("ALTER TABLE deliveries ADD COLUMN body_size INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE deliveries ADD COLUMN body_sha256 TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE deliveries ADD COLUMN suppressed INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE deliveries SET body_size = COALESCE(length(CAST(body AS BLOB)), 0)"),
        },
        // Version 3: team mode. Who created a ticket; a client-chosen key that
        // makes a re-sent insert idempotent; the lease of the process sending
        // it; the change feed (a counter bumped under its row lock once per
        // committed write, so numbers commit in order, and tombstones for
        // removed rows); and the heartbeats of running processes.
        {
            QStringLiteral("ALTER TABLE tickets ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN client_key TEXT"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN claimed_until INTEGER"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "CREATE UNIQUE INDEX tickets_client_key ON tickets(client_key) WHERE client_key IS NOT NULL"),
            QStringLiteral("CREATE INDEX tickets_change_seq ON tickets(change_seq)"),
            QStringLiteral("CREATE TABLE change_counter ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " seq INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO change_counter (id, seq) VALUES (1, 0)"),
            QStringLiteral("CREATE TABLE ticket_tombstones ("
                           " id INTEGER PRIMARY KEY,"
                           " change_seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX ticket_tombstones_change_seq ON ticket_tombstones(change_seq)"),
            QStringLiteral("CREATE TABLE servers ("
                           " instance TEXT PRIMARY KEY,"
                           " host TEXT NOT NULL DEFAULT '',"
                           " role TEXT NOT NULL DEFAULT '',"
                           " listen_url TEXT NOT NULL DEFAULT '',"
                           " version TEXT NOT NULL DEFAULT '',"
                           " started_at INTEGER NOT NULL,"
                           " last_seen INTEGER NOT NULL,"
                           " counters TEXT NOT NULL DEFAULT '')"),
        },
        // Version 4: on a team database the bytes of an attachment live in the
        // database (the server that sends a ticket cannot read the desktop's
        // files), in rows of at most 1 MiB so that no one row, and no one
        // read, holds a whole file. `chunked`: the bytes are in
        // attachment_chunks (else in the file stored_path); `content_from`:
        // they are another attachment's chunks (a retry points at its
        // original's instead of copying them).
        {
            QStringLiteral("ALTER TABLE attachments ADD COLUMN chunked INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE attachments ADD COLUMN content_from INTEGER REFERENCES attachments(id)"),
            QStringLiteral(
                "CREATE INDEX attachments_content_from ON attachments(content_from) WHERE content_from IS NOT NULL"),
            QStringLiteral("CREATE TABLE attachment_chunks ("
                           " attachment INTEGER NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " data BLOB NOT NULL CHECK (length(data) <= 1048576),"
                           " PRIMARY KEY (attachment, seq))"),
        },
        // Version 5: the operator's day. The customer directory gets the names
        // and addresses of an imported customer list (`updated_at`: when an
        // import last wrote them); a ticket gets the operator's own reference
        // (kept here, never sent to Ripio); templates are shared by the team.
        // Customer ids are UUIDs, equal in any case: an import finds the row a
        // ticket noted through lower(customer_id).
        {
            QStringLiteral("ALTER TABLE customers ADD COLUMN name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN external_ref TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN updated_at INTEGER"),
            QStringLiteral("CREATE INDEX customers_lower_id ON customers(lower(customer_id))"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN reference TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE templates ("
                           " name TEXT PRIMARY KEY,"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " description TEXT NOT NULL DEFAULT '',"
                           " updated_at INTEGER NOT NULL,"
                           " updated_by TEXT NOT NULL DEFAULT '')"),
        },
        // Version 6: insights. How a ticket's outcome (CREATED or FAILED) came
        // first: 'webhook' or 'reconciliation' (Retrieve); the store sets it
        // once, when such a fact first moves the ticket there. Older rows are
        // filled in from their timelines: the earliest applied webhook or
        // retrieved event that said CREATED or FAILED (the event's detail
        // starts with the status it reported; the kinds are
        // factKindToString()'s). Rows with no such event stay '' (unknown).
        {
            QStringLiteral("ALTER TABLE tickets ADD COLUMN outcome_via TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE tickets SET outcome_via = COALESCE(("
                           " SELECT CASE e.kind WHEN 'webhook' THEN 'webhook' ELSE 'reconciliation' END"
                           " FROM ticket_events e"
                           " WHERE e.ticket = tickets.id AND e.kind IN ('webhook', 'retrieved')"
                           " AND e.verdict IN ('applied', 'unknown-ticket-created')"
                           " AND (e.detail = 'CREATED' OR e.detail LIKE 'CREATED %' OR e.detail = 'FAILED'"
                           " OR e.detail LIKE 'FAILED %')"
                           " ORDER BY e.at, e.id LIMIT 1), '')"
                           " WHERE status IN ('CREATED', 'FAILED')"),
            // Insights read every ticket of a range and every delivery of it:
            // these hold all they read, so neither table's rows are visited
            // (bench/insightsbench). deliveries_received_at is their prefix.
            QStringLiteral("CREATE INDEX tickets_insights ON tickets(created_at, status, outcome_via, retry_of,"
                           " submitted_at, outcome_at, retried_as, created_by)"),
            QStringLiteral("CREATE INDEX deliveries_insights ON deliveries(received_at, verdict, suppressed)"),
            QStringLiteral("DROP INDEX deliveries_received_at"),
            // The open tickets, few among many: the "now" figures read only these.
            QStringLiteral("CREATE INDEX tickets_open ON tickets(status, submitted_at)"
                           " WHERE status IN ('QUEUED', 'SUBMITTING', 'PENDING')"),
        },
        // Version 7: tickets_open's condition as comparisons. Written with IN,
        // SQLite built a temporary table of the three statuses on every insert
        // into tickets to test a new row against it: a fifth of the webhook
        // writer's instructions (bench/storewritebench under callgrind). A query
        // uses the index when it states this same condition (InsightsSql::nowFigures()).
        {
            QStringLiteral("DROP INDEX tickets_open"),
            QStringLiteral("CREATE INDEX tickets_open ON tickets(status, submitted_at)"
                           " WHERE status = 'QUEUED' OR status = 'SUBMITTING' OR status = 'PENDING'"),
        },
        // Version 8: a ticket's deliveries are found through local_ticket;
        // ticket_id is indexed only for those linked to no ticket here (a
        // ticketId that was refused or not yet known). Indexed for every
        // delivery, it cost each webhook one more index write and two or three
        // more pages in every commit's log (bench/storewritebench: 6 to 11 %
        // more events a second without it). TicketStore::deliveriesForTicket()
        // reads both indexes.
        {
            QStringLiteral("DROP INDEX deliveries_ticket_id"),
            QStringLiteral("CREATE INDEX deliveries_unlinked_ticket_id ON deliveries(ticket_id)"
                           " WHERE local_ticket IS NULL"),
        },
        // Version 9: the ticket list's order, (created_at, id), joins the insights
        // index as its first two columns, and tickets_created_at, its prefix
        // until now, goes: one index write less for every ticket written
        // (bench/storewritebench: 10 to 20 % more webhook events a second). A
        // page of the list still walks one index in its order with no sort
        // (without id there, SQLite sorted each run of equal created_at).
        {
            QStringLiteral("DROP INDEX tickets_insights"),
            QStringLiteral("CREATE INDEX tickets_insights ON tickets(created_at, id, status, outcome_via, retry_of,"
                           " submitted_at, outcome_at, retried_as, created_by)"),
            QStringLiteral("DROP INDEX tickets_created_at"),
        },
        // Version 10: the Ripio API each ticket was sent to (Ticket::apiBase), so that a
        // ticket sent to the sandbox is not asked about in production after the settings
        // change (Ripio would answer 404 and it would end UNCONFIRMED). Older rows stay ''
        // (not known): asked about wherever the settings point, as before.
        {
            QStringLiteral("ALTER TABLE tickets ADD COLUMN api_base TEXT NOT NULL DEFAULT ''"),
        },
    };
    return all;
}

} // namespace

int latestSchemaVersion()
{
    return int(steps().size());
}

QStringList migrationStatements(int toVersion, const SqlDialect &dialect)
{
    if (toVersion < 1 || toVersion > latestSchemaVersion())
        return {};
    QStringList statements;
    for (const QString &sql : steps().at(toVersion - 1))
        statements << dialect.ddl(sql);
    return statements;
}

} // namespace TicketDesk
