// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace TicketDesk {

// A file sent with a ticket. TicketDesk keeps its own copy so that a retry can
// send it again even when the original is gone: one desk (SQLite) in a file of
// its data folder (storedPath); a team database (PostgreSQL) in the database
// itself, in chunks (contentFrom), so that the server that sends the ticket
// can read it.
struct Attachment
{
    qint64 id = 0;
    QString fileName;    // name sent to Ripio
    QString contentType; // detected MIME type
    qint64 size = 0;
    QString storedPath; // copy inside the data folder; on a team database, before it is saved: the file to read
    // Not 0: the bytes are the database chunks of attachment `contentFrom` (this
    // one's own id, or for a retry the original's). 0: they are in storedPath.
    qint64 contentFrom = 0;
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

// One support ticket as this desk knows it. A value type: the store persists it,
// the lifecycle function computes the next one, the GUI shows it.
//
// `id` is the local identity (assigned by the store, 0 before it is saved);
// `ticketId` is Ripio's UUID, empty until a 202 answer or a webhook tells it.
struct Ticket
{
    qint64 id = 0;
    QString ticketId;
    QString customerId;
    QString summary;
    QString description;
    TicketStatus status = TicketStatus::Queued;
    QString issueKey;        // SUP-1234 once CREATED
    QString message;         // the server's text for REJECTED, the reason for UNCONFIRMED
    QDateTime createdAt;     // saved locally (UTC)
    QDateTime submittedAt;   // 202 received (UTC)
    QDateTime outcomeAt;     // CREATED/FAILED event time (UTC)
    QDateTime updatedAt;     // last change in the store (UTC)
    qint64 retryOf = 0;      // local id of the ticket this one retries
    qint64 retriedAs = 0;    // local id of the ticket that retries this one
    bool conflict = false;   // a conflicting outcome was reported and recorded
    bool createdHere = true; // false when first seen through a webhook (another desk or tool)
    QString createdBy;       // the operator: the database role (team) or the OS user (solo)
    QString clientKey;       // chosen by the creating client: writing the same key twice makes one ticket
    QString reference;       // the operator's own (helpdesk) reference: kept locally, never sent to Ripio
    // The Ripio API it was sent to (ripioApiBase(): the base URL, no credentials): a ticket is
    // asked about only where it was sent. Empty: not sent yet, or sent before schema 10 recorded it.
    QString apiBase;
    QList<Attachment> attachments;

    friend bool operator==(const Ticket &, const Ticket &) = default;
};

} // namespace TicketDesk
