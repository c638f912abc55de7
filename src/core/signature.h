// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace TicketDesk {

// Verification of Ripio's webhook signature: header `Http-X-Wh-Signature-256`
// (on the wire also `X-Wh-Signature-256`), value `sha256=` + lowercase hex of
// HMAC-SHA256(secret, raw body). Always over the raw bytes, before parsing.
enum class SignatureVerdict
{
    ValidCurrent,  // matched the current secret
    ValidPrevious, // matched the previous secret (rotation in progress)
    Missing,       // no signature header
    Malformed,     // no `sha256=` prefix, wrong length, not hex
    Mismatch,      // well-formed but matches neither secret
};

QString signatureVerdictToString(SignatureVerdict verdict);
inline bool isValid(SignatureVerdict v)
{
    return v == SignatureVerdict::ValidCurrent || v == SignatureVerdict::ValidPrevious;
}

// True for either accepted header name, compared case-insensitively.
bool isSignatureHeaderName(QByteArrayView name);

// `headerValue` is the header's value, or a null view when the header is absent.
// An empty `previousSecret` means no rotation. Comparison is constant-time.
SignatureVerdict verifySignature(QByteArrayView headerValue, QByteArrayView body, QByteArrayView currentSecret,
                                 QByteArrayView previousSecret = {});

// "sha256=<lowercase hex>" for `body` under `secret`: what Ripio sends.
QByteArray signatureHeaderValue(QByteArrayView body, QByteArrayView secret);

// Constant-time equality for equal-length inputs; false (after a full pass) otherwise.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace TicketDesk
