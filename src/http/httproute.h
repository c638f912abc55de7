// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace TicketDesk {

// One entry of the listener's route table: an exact path and the methods it accepts. The parser
// uses the table to answer 404/405/501 right after the header section, before any body is read.
struct HttpRoute
{
    QByteArray path;        // exact match on the raw (undecoded) path, e.g. "/webhooks/ripio"
    QByteArrayList methods; // e.g. {"POST"}; POST requests must carry a JSON body with Content-Length
};

} // namespace TicketDesk
