// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fact.h"
#include "core/ticket.h"

#include <optional>

namespace TicketDesk {

// What applying a fact did.
enum class Verdict
{
    Applied,              // the ticket changed
    Duplicate,            // the fact was already reflected; nothing changed
    Stale,                // the ticket is already past what the fact says; nothing changed
    Conflict,             // the fact contradicts a terminal outcome; recorded and flagged
    UnknownTicketCreated, // a remote fact for a ticket this desk has no row for: a new row
    Invalid,              // the fact cannot apply (no ticket for a local fact, retry not allowed)
};

QString verdictToString(Verdict verdict);

struct Transition
{
    std::optional<Ticket> ticket; // the new state; empty only for Invalid without a stored ticket
    Verdict verdict = Verdict::Applied;
};

// The ticket lifecycle as a pure function.
//
// Remote facts form a join: PENDING < FAILED < CREATED. Whatever order the same
// remote facts arrive in, the final ticket is the same. A terminal outcome never
// changes silently: a FAILED after CREATED keeps CREATED and sets `conflict`; a
// CREATED after FAILED moves to CREATED (Ripio has a registered ticket, that is the
// stronger evidence) and also sets `conflict`. Two CREATED with different issue
// keys keep the smaller key, flagged; a CREATED without a key neither replaces
// nor contradicts one. `outcomeAt` is the earliest time reported for the
// winning status.
Transition applyFact(const std::optional<Ticket> &stored, const Fact &fact);

} // namespace TicketDesk
