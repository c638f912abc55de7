// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QString>

namespace TicketDesk {

// Why a Ripio call failed, as a value: a category the engine can act on, an
// operator-readable message, and the server's own words when it sent any.
struct ClientError
{
    enum class Category
    {
        None,            // no error
        BadCredentials,  // 401, or a 403 other than 20061, even after a fresh token
        NotEnabled,      // 403 / 20061: Ripio must enable support tickets for the account
        Validation,      // rejected by our own checks or by Ripio (4xx); serverMessage has Ripio's words
        CustomerUnknown, // Ripio does not know the customer, or has no email for it
        NotFound,        // 404
        RateLimited,     // 429; retryAfterSeconds when the server said
        ServerError,     // 5xx
        Offline,         // connection refused / reset / closed, host not found
        Tls,             // TLS handshake or certificate failure
        Timeout,         // no progress for ClientSettings::transferTimeoutMs
        Protocol,        // an answer we cannot use (not JSON, missing fields, redirect)
    };

    Category category = Category::None;
    int httpStatus = 0;         // 0: no HTTP answer
    int apiCode = 0;            // Ripio's "code" (20061), 0 if none
    QString apiType;            // Ripio's "type" (SupportTicketsNotEnabledException)
    QString serverMessage;      // the server's own text (detail/message or a body snippet)
    QString message;            // for the operator: what happened, what to do, and the server's text
    LocalizedText text;         // the same message, for a database that another reader words (may be empty)
    int retryAfterSeconds = -1; // -1: the server did not say
    // True when the server may have received the whole request: the upload
    // completed, or an HTTP answer came. False: it certainly did not.
    bool bodySent = false;

    bool isError() const { return category != Category::None; }
    // Sets `text`, and `message` worded from it in this process's language.
    void say(const LocalizedText &words)
    {
        text = words;
        message = words.toString();
    }
    // What a database keeps of the message: `text` in its stored form when there is one.
    QString storedMessage() const { return text.isEmpty() ? message : text.toStored(); }
};

// Stable, lowercase names ("bad-credentials", "not-enabled", ...) for logs and --json output.
QString categoryToString(ClientError::Category category);

} // namespace TicketDesk
