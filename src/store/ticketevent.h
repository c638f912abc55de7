// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

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

} // namespace TicketDesk
