// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/clienterror.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

namespace TicketDesk {

// Which call an HTTP error answered: the same status reads differently.
enum class RipioCall
{
    Token,
    CreateTicket,
    RetrieveTicket,
};

// Turns a non-2xx HTTP answer into a ClientError, leniently: the HTTP status
// first, then the JSON "code", "type" and "detail" (string or object) or
// "message" when present; a body that is not JSON gives a short text snippet.
// retryAfter is the raw Retry-After header (seconds or an HTTP date), read
// against now. No network here: a pure function, tested on byte arrays.
ClientError errorFromHttpAnswer(RipioCall call, int httpStatus, const QByteArray &body, const QByteArray &retryAfter,
                                const QDateTime &now);

// A call that got no HTTP answer: connection refused, DNS, TLS, reset, or our
// own idle timeout (timedOut). uploadComplete says whether the whole request
// body had been handed to the connection, i.e. whether Ripio may have it.
ClientError errorFromNetworkFailure(QNetworkReply::NetworkError code, bool timedOut, bool uploadComplete,
                                    int timeoutMs);

// Retry-After in seconds from "120" or "Wed, 21 Oct 2026 07:28:00 GMT"; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

// `base`, then "Ripio said: "…"" when the server said anything.
LocalizedText withServerText(LocalizedText base, const QString &serverMessage);

// The server's own words from an error body (JSON or not), at most about 500 characters.
QString serverMessageFromBody(const QByteArray &body);

} // namespace TicketDesk
