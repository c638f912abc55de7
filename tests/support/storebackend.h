// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"

#include <QString>

namespace TicketDesk {

// For the tests that ctest runs twice: once on SQLite files, once with
// TICKETDESK_TEST_BACKEND=postgresql on the throwaway PostgreSQL server (PgTestDatabase).
inline bool testsOnPostgres()
{
    return qEnvironmentVariable("TICKETDESK_TEST_BACKEND") == QLatin1StringView("postgresql");
}

// A new ticket as an operator fills it in, before the store gives it an id.
inline Ticket sampleTicket(const QString &customer, const QString &summary)
{
    Ticket t;
    t.customerId = customer;
    t.summary = summary;
    t.description = summary + QStringLiteral(" (details)");
    return t;
}

} // namespace TicketDesk
