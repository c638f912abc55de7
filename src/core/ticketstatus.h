// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace TicketDesk {

// The local view of a ticket's lifecycle (DESIGN.md "Ticket lifecycle").
// The string forms are stable: they are stored in the database, printed by the
// command line and exported, so never rename them.
enum class TicketStatus
{
    Queued,      // saved locally, not yet sent
    Submitting,  // the create request is on its way
    Pending,     // 202 received, ticketId known
    Created,     // registered by Ripio, issueKey known (terminal)
    Failed,      // Ripio could not register it (terminal)
    Rejected,    // Ripio answered 4xx: the operator must change something
    Unconfirmed, // the body was sent but the answer was lost: a ticket may exist
};

// How many statuses there are: the size of every per-status array or mask.
inline constexpr std::size_t ticketStatusCount = 7;
static_assert(std::size_t(TicketStatus::Unconfirmed) + 1 == ticketStatusCount,
              "ticketStatusCount must follow the last TicketStatus");

inline constexpr std::array<TicketStatus, ticketStatusCount> allTicketStatuses{
    TicketStatus::Queued, TicketStatus::Submitting, TicketStatus::Pending,     TicketStatus::Created,
    TicketStatus::Failed, TicketStatus::Rejected,   TicketStatus::Unconfirmed,
};

QString statusToString(TicketStatus status);
std::optional<TicketStatus> statusFromString(QStringView text);

// CREATED and FAILED: Ripio's final word on a ticket.
bool isTerminal(TicketStatus status);
// FAILED, REJECTED and UNCONFIRMED may be retried (once) by creating a new ticket.
bool isRetryable(TicketStatus status);

} // namespace TicketDesk
