// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/createticketresult.h"

namespace TicketDesk {

// Ripio has no idempotency key, so a duplicate ticket is the harm to avoid:
// - nothing (or not all) of the body left this machine (refused, DNS, TLS,
//   token failure, timeout before the upload finished): NotSent, safe to resend;
// - 401/403 (after the one fresh-token repeat) and 403/20061: authorisation is
//   checked before the request is processed, so nothing was created: NotSent
//   (the engine holds the queue until credentials / enablement are fixed);
// - 429 and 503: the server says "not processed, come back later": NotSent,
//   resend after retryAfterSeconds;
// - any other 4xx: the server read the request and refused it: Rejected;
// - 500, 502, 504 and other 5xx, a timeout or a lost connection after the
//   upload finished, an unreadable 2xx: the ticket may exist: Unconfirmed.
CreateTicketResult::Disposition CreateTicketResult::disposition() const
{
    using C = ClientError::Category;
    if (!error.isError())
        return Disposition::Accepted;
    if (!error.bodySent)
        return error.category == C::Validation ? Disposition::Rejected : Disposition::NotSent;
    switch (error.category) {
    case C::BadCredentials:
    case C::NotEnabled:
    case C::RateLimited:
        return Disposition::NotSent;
    case C::ServerError:
        return error.httpStatus == 503 ? Disposition::NotSent : Disposition::Unconfirmed;
    case C::Validation:
    case C::CustomerUnknown:
    case C::NotFound:
        return Disposition::Rejected;
    case C::None:
    case C::Offline:
    case C::Tls:
    case C::Timeout:
    case C::Protocol:
        break;
    }
    return Disposition::Unconfirmed;
}

} // namespace TicketDesk
