// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/clienterror.h"

namespace TicketDesk {

QString categoryToString(ClientError::Category category)
{
    using C = ClientError::Category;
    switch (category) {
    case C::None:
        return QStringLiteral("none");
    case C::BadCredentials:
        return QStringLiteral("bad-credentials");
    case C::NotEnabled:
        return QStringLiteral("not-enabled");
    case C::Validation:
        return QStringLiteral("validation");
    case C::CustomerUnknown:
        return QStringLiteral("customer-unknown");
    case C::NotFound:
        return QStringLiteral("not-found");
    case C::RateLimited:
        return QStringLiteral("rate-limited");
    case C::ServerError:
        return QStringLiteral("server-error");
    case C::Offline:
        return QStringLiteral("offline");
    case C::Tls:
        return QStringLiteral("tls");
    case C::Timeout:
        return QStringLiteral("timeout");
    case C::Protocol:
        return QStringLiteral("protocol");
    }
    return QStringLiteral("unknown");
}

} // namespace TicketDesk
