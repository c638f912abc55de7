// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"

#include <QDateTime>
#include <QString>

namespace TicketDesk {

// Something that happened to a ticket. The lifecycle function folds facts into a
// Ticket; the store records them. Remote facts (Accepted, Webhook, Retrieved) are
// keyed by Ripio's ticketId, local ones by the local id.
struct Fact
{
    enum class Kind
    {
        Submit,     // local: the create request is being sent (QUEUED -> SUBMITTING)
        Requeue,    // local: sending failed before the body left (SUBMITTING -> QUEUED)
        Accepted,   // remote: 202 with ticketId (-> PENDING)
        Rejected,   // remote: 4xx on create, `message` holds the server's text
        AnswerLost, // local: body sent, answer lost (-> UNCONFIRMED)
        Webhook,    // remote: SUPPORT_TICKET.CREATED / FAILED event
        Retrieved,  // remote: result of Retrieve (PENDING / CREATED / FAILED)
        RetriedAs,  // local: a retry ticket was created, `retryId` is its local id
        NotFound,   // local: Ripio answered every recent Retrieve of it with 404 (PENDING -> UNCONFIRMED)
    };

    Kind kind = Kind::Submit;
    QString ticketId;                            // Accepted, Webhook, Retrieved
    TicketStatus status = TicketStatus::Pending; // Webhook, Retrieved: the remote status
    QString issueKey;                            // Webhook, Retrieved (CREATED)
    QString customerId;                          // Webhook: lets an unknown ticket get a row
    QString summary;                             // Webhook
    QString message;                             // Rejected, AnswerLost, NotFound
    qint64 retryId = 0;                          // RetriedAs
    QDateTime at;                                // event time (webhook issueDatetime) or observation time

    static Fact submit(const QDateTime &at);
    static Fact requeue(const QString &reason, const QDateTime &at);
    static Fact accepted(const QString &ticketId, const QDateTime &at);
    static Fact rejected(const QString &message, const QDateTime &at);
    static Fact answerLost(const QString &reason, const QDateTime &at);
    static Fact webhook(const QString &ticketId, TicketStatus status, const QString &issueKey,
                        const QString &customerId, const QString &summary, const QDateTime &at);
    static Fact retrieved(const QString &ticketId, TicketStatus status, const QString &issueKey, const QDateTime &at);
    static Fact retriedAs(qint64 retryId, const QDateTime &at);
    static Fact notFound(const QString &reason, const QDateTime &at);

    bool isRemote() const { return kind == Kind::Accepted || kind == Kind::Webhook || kind == Kind::Retrieved; }
};

QString factKindToString(Fact::Kind kind);

} // namespace TicketDesk
