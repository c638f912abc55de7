// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace TicketDesk {

// One line of a ticket's timeline: a fact applied ("accepted", "webhook", ...),
// a reconciliation check, a merge. Written by the store, shown by the GUI.
struct TicketEvent
{
    qint64 id = 0;
    qint64 ticketLocalId = 0;
    QDateTime at;
    QString kind;
    QString verdict;
    QString detail;

    friend bool operator==(const TicketEvent &, const TicketEvent &) = default;
};

// The details that name another ticket, written by the store in one fixed English form
// (databases keep them so; a team database's retry trigger writes "retried as #N" itself)
// and read back by the GUI, which words them in the operator's language.
struct TicketEventLink
{
    enum class Kind
    {
        RetryOf,   // on a retry's "created": "retry of #N"
        RetriedAs, // on the original's "retried-as": "retried as #N"
        FoldedIn,  // on a "merge": "folded row #N (first seen through a webhook) into this one"
    };
    Kind kind = Kind::RetryOf;
    qint64 ticket = 0;

    QString detail() const;
    static std::optional<TicketEventLink> fromDetail(const QString &detail);
};

} // namespace TicketDesk
