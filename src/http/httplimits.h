// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace TicketDesk {

// The listener's limits and deadlines (DESIGN.md, "Webhook listener contract"). Every field is a
// setting; the defaults are the documented ones. Deadlines are in milliseconds.
struct HttpLimits
{
    qsizetype maxRequestLine = 8 * 1024;  // 414 beyond, counted without the CRLF
    qsizetype maxHeaderBytes = 16 * 1024; // 431 beyond, header lines with their CRLFs
    int maxHeaderLines = 64;              // 431 beyond
    qint64 maxBodyBytes = 1024 * 1024;    // 413 beyond, decided from Content-Length
    int headerDeadlineMs = 10'000;        // from the first byte of a request to the end of its header section
    int bodyDeadlineMs = 30'000;          // from the end of the header section to the last body byte
    int keepAliveIdleMs = 5'000;          // a connection with nothing in flight is closed after this
    int maxConnections = 256;
    int maxConnectionsPerPeer = 64;
    int maxOutstandingPerConnection = 16; // unanswered pipelined requests before reading pauses
    qint64 maxUnsentBytes = 64 * 1024;    // answers the peer has not taken yet, before reading pauses
    int writeDeadlineMs = 30'000;         // how long answers may wait for the peer to take them
    int lingerMs = 2'000;                 // how long a closing connection may drain what the peer still sends
};

} // namespace TicketDesk
