// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fact.h"

namespace TicketDesk {

Fact Fact::submit(const QDateTime &at)
{
    Fact f;
    f.kind = Kind::Submit;
    f.at = at;
    return f;
}

Fact Fact::requeue(const QString &reason, const QDateTime &at)
{
    Fact f;
    f.kind = Kind::Requeue;
    f.message = reason;
    f.at = at;
    return f;
}

Fact Fact::accepted(const QString &ticketId, const QDateTime &at)
{
    Fact f;
    f.kind = Kind::Accepted;
    f.ticketId = ticketId;
    f.at = at;
    return f;
}

Fact Fact::rejected(const QString &message, const QDateTime &at)
{
    Fact f;
    f.kind = Kind::Rejected;
    f.message = message;
    f.at = at;
    return f;
}

Fact Fact::answerLost(const QString &reason, const QDateTime &at)
{
    Fact f;
    f.kind = Kind::AnswerLost;
    f.message = reason;
    f.at = at;
    return f;
}

Fact Fact::webhook(const QString &ticketId, TicketStatus status, const QString &issueKey, const QString &customerId,
                   const QString &summary, const QDateTime &at)
{
    Fact f;
    f.kind = Kind::Webhook;
    f.ticketId = ticketId;
    f.status = status;
    f.issueKey = issueKey;
    f.customerId = customerId;
    f.summary = summary;
    f.at = at;
    return f;
}

Fact Fact::retrieved(const QString &ticketId, TicketStatus status, const QString &issueKey, const QDateTime &at)
{
    Fact f;
    f.kind = Kind::Retrieved;
    f.ticketId = ticketId;
    f.status = status;
    f.issueKey = issueKey;
    f.at = at;
    return f;
}

Fact Fact::retriedAs(qint64 retryId, const QDateTime &at)
{
    Fact f;
    f.kind = Kind::RetriedAs;
    f.retryId = retryId;
    f.at = at;
    return f;
}

Fact Fact::notFound(const QString &reason, const QDateTime &at)
{
    Fact f;
    f.kind = Kind::NotFound;
    f.message = reason;
    f.at = at;
    return f;
}

QString factKindToString(Fact::Kind kind)
{
    switch (kind) {
    case Fact::Kind::Submit:
        return QStringLiteral("submit");
    case Fact::Kind::Requeue:
        return QStringLiteral("requeue");
    case Fact::Kind::Accepted:
        return QStringLiteral("accepted");
    case Fact::Kind::Rejected:
        return QStringLiteral("rejected");
    case Fact::Kind::AnswerLost:
        return QStringLiteral("answer-lost");
    case Fact::Kind::Webhook:
        return QStringLiteral("webhook");
    case Fact::Kind::Retrieved:
        return QStringLiteral("retrieved");
    case Fact::Kind::RetriedAs:
        return QStringLiteral("retried-as");
    case Fact::Kind::NotFound:
        return QStringLiteral("not-found");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace TicketDesk
