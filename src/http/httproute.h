// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace TicketDesk {

// One entry of the listener's route table: a path and the methods it accepts. The parser
// uses the table to answer 404/405/415/501 right after the header section, before any body is read.
// The webhook listener uses the defaults (exact path, JSON only); the Ripio sandbox needs form and
// multipart bodies and a path with an id in it, so those are opt-in per route.
struct HttpRoute
{
    QByteArray path;        // exact match on the raw (undecoded) path, e.g. "/webhooks/ripio"
    QByteArrayList methods; // e.g. {"POST"}; POST requests must carry a body with Content-Length
    // Media types (without parameters, compared case-insensitively) a POST body may have.
    QByteArrayList contentTypes = {QByteArrayLiteral("application/json")};
    // True: `path` is a prefix ("/api/v1/supportTickets/") and any longer path matches too.
    // An exact route of the same path wins, whatever the table order.
    bool prefix = false;
};

} // namespace TicketDesk
