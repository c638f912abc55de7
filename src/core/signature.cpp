// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/signature.h"

#include "core/digest.h"

namespace TicketDesk {

namespace {

constexpr QByteArrayView signaturePrefix("sha256=");
constexpr qsizetype digestBytes = 32;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

QString signatureVerdictToString(SignatureVerdict verdict)
{
    switch (verdict) {
    case SignatureVerdict::ValidCurrent:
        return QStringLiteral("valid");
    case SignatureVerdict::ValidPrevious:
        return QStringLiteral("valid-previous-secret");
    case SignatureVerdict::Missing:
        return QStringLiteral("missing");
    case SignatureVerdict::Malformed:
        return QStringLiteral("malformed");
    case SignatureVerdict::Mismatch:
        return QStringLiteral("mismatch");
    }
    Q_UNREACHABLE();
    return QString();
}

bool isSignatureHeaderName(QByteArrayView name)
{
    return name.compare("Http-X-Wh-Signature-256", Qt::CaseInsensitive) == 0 ||
           name.compare("X-Wh-Signature-256", Qt::CaseInsensitive) == 0;
}

SignatureVerdict verifySignature(QByteArrayView headerValue, QByteArrayView body, QByteArrayView currentSecret,
                                 QByteArrayView previousSecret)
{
    if (headerValue.isNull())
        return SignatureVerdict::Missing;
    // The prefix is compared exactly: Ripio documents it in lower case and a
    // different spelling says the sender is not following the contract.
    if (!headerValue.startsWith(signaturePrefix))
        return SignatureVerdict::Malformed;
    const QByteArrayView hex = headerValue.sliced(signaturePrefix.size());
    if (hex.size() != 2 * digestBytes)
        return SignatureVerdict::Malformed;
    for (char c : hex) {
        if (!isHexDigit(c))
            return SignatureVerdict::Malformed;
    }
    // Upper-case hex names the same digest, so it is compared as bytes, not text.
    const QByteArray received = QByteArray::fromHex(hex.toByteArray());

    // Without a current secret nothing validates: an empty HMAC key is one
    // anybody can sign with, and rotation needs a current secret to rotate to.
    if (currentSecret.isEmpty())
        return SignatureVerdict::Mismatch;
    if (constantTimeEquals(received, hmacSha256(currentSecret, body)))
        return SignatureVerdict::ValidCurrent;
    if (!previousSecret.isEmpty() && constantTimeEquals(received, hmacSha256(previousSecret, body)))
        return SignatureVerdict::ValidPrevious;
    return SignatureVerdict::Mismatch;
}

QByteArray signatureHeaderValue(QByteArrayView body, QByteArrayView secret)
{
    return signaturePrefix.toByteArray() + hmacSha256(secret, body).toHex();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // A length mismatch still walks `a` so the time taken depends on the
    // length only, never on where the first differing byte is.
    const bool sameSize = a.size() == b.size();
    const QByteArrayView other = sameSize ? b : a;
    unsigned char diff = sameSize ? 0 : 1;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(other[i]);
    return diff == 0;
}

} // namespace TicketDesk
