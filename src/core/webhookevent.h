// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace TicketDesk {

// One webhook body, decoded. Ripio posts every event family to the same URL;
// only SUPPORT_TICKET.* and ACCOUNT.CLOSED carry facts for this desk, the rest
// are acknowledged and logged (Kind::OtherFamily).
struct WebhookEvent
{
    enum class Kind
    {
        SupportTicket,
        AccountClosed,
        OtherFamily,
    };

    Kind kind = Kind::OtherFamily;
    QString eventType;       // as sent, e.g. "SUPPORT_TICKET.CREATED"
    QDateTime issueDatetime; // UTC; invalid for other families that lack it
    // SupportTicket
    QString ticketId;
    QString customerId; // also AccountClosed
    QString issueKey;   // empty when null (FAILED)
    QString summary;
    TicketStatus status = TicketStatus::Pending; // Created or Failed
    // AccountClosed
    bool isActive = false;
};

enum class DecodeError
{
    None,
    NotJson,      // not parseable JSON
    NotObject,    // JSON, but not an object at the top
    MissingField, // a field we use is absent (detail names it)
    WrongType,    // a field we use has the wrong JSON type (detail names it)
    BadValue,     // right type, unusable value: bad UUID, bad timestamp, unknown status
};

QString decodeErrorToString(DecodeError error);

struct DecodeResult
{
    DecodeError error = DecodeError::None;
    QString detail; // human-readable: which field and why
    // On an error, the fields read and found valid before it (eventType and kind, then such
    // as issueDatetime and ticketId); the others are left empty.
    WebhookEvent event;
    bool ok() const { return error == DecodeError::None; }
};

// Decodes the raw body. Lenient to unknown extra fields, strict on the types of
// the fields it uses. `issueDatetime` accepts UTC ISO-8601 with 0, 3 or 6
// fractional digits.
DecodeResult decodeWebhook(const QByteArray &body);

// Encodes an event as Ripio sends it: compact JSON, fields in Ripio's order,
// every non-ASCII character as a \uXXXX escape, `issueDatetime` in UTC with
// milliseconds and "Z". SupportTicket takes its eventType from `status`
// (CREATED or FAILED) and writes `issueKey` as null when empty; AccountClosed
// writes `account` with isActive false; OtherFamily writes `eventType` and,
// when valid, `issueDatetime`. decodeWebhook(encodeWebhook(e)) gives `e` back
// for every event decodeWebhook accepts.
QByteArray encodeWebhook(const WebhookEvent &event);

// Parses Ripio's issueDatetime ("2026-06-26T14:30:00.000Z"); invalid QDateTime on error.
QDateTime parseIssueDatetime(QStringView text);

// True for a canonical 8-4-4-4-12 hex UUID (either case).
bool isUuid(QStringView text);

} // namespace TicketDesk
