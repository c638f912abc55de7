// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httprequest.h"

#include <QByteArray>
#include <QLatin1StringView>

namespace TicketDesk {

// What RequestParser::feed() tells its caller after each piece of input.
struct ParseResult
{
    enum State
    {
        NeedMore, // every fed byte was taken; feed more
        Complete, // `request` is whole; the bytes after `consumed` belong to the next request
        Error,    // answer `status`; close after answering when `close` is set
    };

    State state = NeedMore;
    int status = 0;            // the error status, 0 otherwise
    bool close = false;        // framing is in doubt (or the client asked to close): answer, then close
    qsizetype consumed = 0;    // bytes of the last fed piece that were used
    HttpRequest request;       // complete request; on errors, whatever was known (for logs)
    QByteArray allowHeader;    // for 405: the value of the Allow header
    bool sendContinue = false; // write "100 Continue" now: headers asked for it and no body arrived yet
    // With RequestParser::setStopAfterHead(): the header section just ended and a
    // body follows; `consumed` ends there and RequestParser::head() holds it.
    bool headComplete = false;
    QLatin1StringView reason; // why an error was raised, for logs and tests; never contains input
};

} // namespace TicketDesk
