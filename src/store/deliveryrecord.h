// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace TicketDesk {

// One webhook delivery as received, kept for the delivery log and for
// forensics: the raw body as it came (for a rejected delivery, or one that changed
// nothing, only its first bytes), its size and SHA-256, what the listener decided
// and why. Redacting the signature header and shortening a rejected body are the
// caller's job; the store shortens the body of a delivery it finds changed nothing.
// A record with `suppressed` > 0 stands for that many rejected deliveries from
// `peerAddress` that were only counted, not kept.
struct DeliveryRecord
{
    qint64 id = 0;            // assigned by the store
    QDateTime receivedAt;     // UTC
    QDateTime eventTime;      // issueDatetime; invalid when absent
    QString eventType;        // empty when the body could not be decoded
    QString ticketId;         // Ripio's ticketId; empty when none
    qint64 localTicketId = 0; // the row the delivery was applied to; set by the store for facts
    QByteArray body;          // whole, or a prefix when rejected or unchanging (see bodySize)
    qint64 bodySize = 0;      // of the body as received
    QByteArray bodySha256;    // hex digest of the body as received; empty when unknown
    QString headers;          // headers of interest, one "Name: value" per line
    QString verdict;          // e.g. "applied", "unauthorized", "quarantined"
    QString detail;
    std::optional<qint64> skewMs; // receivedAt - eventTime
    QString peerAddress;
    qint64 suppressed = 0; // rejected deliveries from peerAddress only counted

    friend bool operator==(const DeliveryRecord &, const DeliveryRecord &) = default;
};

} // namespace TicketDesk
