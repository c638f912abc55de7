// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "store/customerrecord.h"

#include <QJsonObject>

#include <optional>

namespace TicketDesk {

// The one JSON shape of a ticket, shared by `ticketdesk list/show/export --json`
// and the engine. Field names are camelCase and stable: scripts depend on them.
// Absent values are null: ticketId, issueKey, the timestamps (ISO-8601 UTC with
// milliseconds), retryOf and retriedAs (local ids). `reference` (the
// operator's own) is text, empty when none was given.
QJsonObject ticketToJson(const Ticket &ticket);
QJsonObject attachmentToJson(const Attachment &attachment);

// The inverse, for tools and tests; empty when a required field (id, status) is
// missing or malformed.
std::optional<Ticket> ticketFromJson(const QJsonObject &object);

// A customer of the directory (`ticketdesk customers list --json`): customerId,
// name, email, externalRef and lastSummary as text (empty when unknown),
// closed, and lastSeenAt and closedAt as times or null.
QJsonObject customerToJson(const CustomerRecord &customer);

} // namespace TicketDesk
