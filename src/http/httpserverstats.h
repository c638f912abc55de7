// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QtGlobal>

namespace TicketDesk {

// Counters the listener keeps for /healthz and the status bar.
struct HttpServerStats
{
    int openConnections = 0;
    quint64 acceptedConnections = 0;
    quint64 refusedConnections = 0;   // over the total or per-peer limit
    quint64 evictedConnections = 0;   // quiet ones closed at the total limit to make room for a new one
    quint64 tlsHandshakeFailures = 0; // TLS connections whose handshake failed or was given up (a
                                      // sender that does not trust the certificate, a timeout)
    quint64 requests = 0;             // complete requests handed to the handler
    QMap<int, quint64> rejections;    // status -> count, for requests refused by the HTTP layer (incl. 408)
};

} // namespace TicketDesk
