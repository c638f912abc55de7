// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace TicketDesk {

// One webhook delivery as received, kept for the delivery log and for
// forensics: the raw body exactly as it came, what the listener decided and why.
// Redacting the signature header is the caller's job; the store keeps what it gets.
struct DeliveryRecord
{
    qint64 id = 0;            // assigned by the store
    QDateTime receivedAt;     // UTC
    QDateTime eventTime;      // issueDatetime; invalid when absent
    QString eventType;        // empty when the body could not be decoded
    QString ticketId;         // Ripio's ticketId; empty when none
    qint64 localTicketId = 0; // the row the delivery was applied to; set by the store for facts
    QByteArray body;
    QString headers; // headers of interest, one "Name: value" per line
    QString verdict; // e.g. "applied", "unauthorized", "quarantined"
    QString detail;
    std::optional<qint64> skewMs; // receivedAt - eventTime
    QString peerAddress;

    friend bool operator==(const DeliveryRecord &, const DeliveryRecord &) = default;
};

} // namespace TicketDesk
