// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/apihealth.h"

namespace TicketDesk {

QString apiHealthToString(ApiHealth health)
{
    switch (health) {
    case ApiHealth::Unknown:
        return QStringLiteral("unknown");
    case ApiHealth::Ready:
        return QStringLiteral("ready");
    case ApiHealth::BadCredentials:
        return QStringLiteral("bad-credentials");
    case ApiHealth::NotEnabled:
        return QStringLiteral("not-enabled");
    case ApiHealth::Offline:
        return QStringLiteral("offline");
    case ApiHealth::RateLimited:
        return QStringLiteral("rate-limited");
    }
    return QStringLiteral("unknown");
}

} // namespace TicketDesk
