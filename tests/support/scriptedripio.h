// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/ripioclientsettings.h"
#include "support/scriptedserver.h"

#include <QByteArray>
#include <QString>

// What the tests that run the Ripio client against a ScriptedServer share: the
// API's paths, settings pointing at the server, and ids in Ripio's format.
// Header-only: only tests that link ticketdesk_ripio include it.
namespace TicketDesk::ScriptedRipio {

inline const QByteArray tokenPath = QByteArrayLiteral("/oauth2/token/");
inline const QByteArray ticketsPath = QByteArrayLiteral("/api/v1/supportTickets/");
inline const QString customerId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");

inline ClientSettings settings(const QUrl &baseUrl)
{
    ClientSettings s;
    s.baseUrl = baseUrl;
    s.clientId = QStringLiteral("client-id");
    s.clientSecret = QStringLiteral("s3cret");
    s.transferTimeoutMs = 5000;
    return s;
}

// The n-th of a family of distinct Ripio ticket ids (n < 256).
inline QString ticketId(int n)
{
    return QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f900%1").arg(n, 2, 16, QLatin1Char('0'));
}

// The path that retrieves one ticket.
inline QByteArray ticketPath(const QString &id)
{
    return ticketsPath + id.toUtf8() + '/';
}

// A token answer; expiresIn is the JSON value as written ("3600", "\"120\""), or empty for none.
inline ScriptedResponse tokenAnswer(const QByteArray &token, const QByteArray &expiresIn = QByteArrayLiteral("36000"))
{
    QByteArray body = QByteArrayLiteral("{\"accessToken\":\"") + token + '"';
    if (!expiresIn.isEmpty())
        body += QByteArrayLiteral(",\"expiresIn\":") + expiresIn;
    return ScriptedResponse::json(200, body + '}');
}

} // namespace TicketDesk::ScriptedRipio
