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

// What a ticket records of the API it was sent to (Ticket::apiBase): the base
// URL without credentials, query, fragment or a trailing slash.
QString ripioApiBase(const QUrl &base);
// Whether a ticket that records `recorded` (ripioApiBase(); empty: not known)
// belongs to the environment `current` points at, so may be asked about there:
// the same host and path prefix. Scheme and port do not count: a simulator
// started again on another port of the same host is the same one.
bool sameRipioEnvironment(const QString &recorded, const QUrl &current);

// A request with the settings every Ripio call shares: no automatic
// redirects (a redirected POST could be replayed as something else), no
// cookies, no cache, and a User-Agent naming the app.
QNetworkRequest ripioRequest(const QUrl &url);
// How long an idle connection to Ripio is kept for the next request.
constexpr int idleConnectionSeconds = 2;

} // namespace TicketDesk
