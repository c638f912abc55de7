// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace TicketDesk {

// A named starting point for a ticket, shared by everyone on the database.
// Summary and description may hold placeholders such as {customer.name} and
// {reference}, filled in when the template is applied.
struct TicketTemplate
{
    QString name; // unique
    QString summary;
    QString description;
    QDateTime updatedAt; // UTC
    QString updatedBy;   // the operator who saved it last

    friend bool operator==(const TicketTemplate &, const TicketTemplate &) = default;
};

} // namespace TicketDesk
