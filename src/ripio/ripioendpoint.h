// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace TicketDesk {

// The URL of an API path under the configured base, which may carry a path
// prefix of its own (a proxy): ("https://h/p/", "oauth2/token/") -> https://h/p/oauth2/token/.
QUrl ripioEndpoint(const QUrl &base, const QString &path);

// A request with the settings every Ripio call shares: no automatic
// redirects (a redirected POST could be replayed as something else), no
// cookies, no cache, and a User-Agent naming the app.
QNetworkRequest ripioRequest(const QUrl &url);
// How long an idle connection to Ripio is kept for the next request.
constexpr int idleConnectionSeconds = 2;

} // namespace TicketDesk
