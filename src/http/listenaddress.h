// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace TicketDesk {

// A listener's address as given on a command line (`--listen HOST:PORT`), read the same way by
// `ticketdesk serve` and `ripio-sandbox`. HOST is an IPv4 or IPv6 address (IPv6 may be written
// in brackets, "[::1]:8787") or "localhost" (127.0.0.1); PORT is 0..65535, 0 meaning "any free
// port". Names other than localhost are refused: a listener binds an address, it resolves nothing.
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    // Empty when `text` is not HOST:PORT as above.
    static std::optional<ListenAddress> fromString(const QString &text);
};

} // namespace TicketDesk
