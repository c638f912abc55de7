// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TicketDesk {

// What the status bar shows about the Ripio API: the last thing a call or a
// token request learnt about it.
enum class ApiHealth
{
    Unknown,        // nothing asked yet
    Ready,          // a token was obtained or a call succeeded
    BadCredentials, // the client id / secret were refused
    NotEnabled,     // 403 / 20061: Ripio has not enabled support tickets for this account
    Offline,        // no connection (DNS, refused, TLS, timeout)
    RateLimited,    // 429: Ripio asks for fewer calls; TicketDesk waits and tries again by itself
};

QString apiHealthToString(ApiHealth health);

} // namespace TicketDesk
