// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/validationlimits.h"

#include <QString>
#include <QUrl>

namespace TicketDesk {

// Everything RipioClient needs to talk to one Ripio environment.
struct ClientSettings
{
    QUrl baseUrl; // https://skala-sandbox.ripio.com, https://skala.ripio.com, or a simulator
    QString clientId;
    QString clientSecret; // never logged
    // A call fails with Timeout when no byte moves either way for this long
    // (an idle timeout, so a large upload on a slow line is not cut off).
    int transferTimeoutMs = 30000;
    // A cached token is renewed this long before it expires.
    int tokenRefreshMarginSeconds = 60;
    ValidationLimits limits;
};

} // namespace TicketDesk
