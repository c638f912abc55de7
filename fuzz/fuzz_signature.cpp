// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The webhook signature check on hostile header values, bodies and secrets. Input:
// [header length][secret length][previous-secret length][header][secret][previous][body];
// lengths are taken modulo what is left, so every input splits somehow.

#include "core/signature.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace TicketDesk;

void check(bool ok, const char *invariant)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_signature: invariant broken: %s\n", invariant);
        std::abort();
    }
}

// Takes up to `wanted` bytes off the front of `rest`.
QByteArrayView take(QByteArrayView *rest, qsizetype wanted)
{
    const qsizetype n = qMin(wanted, rest->size());
    const QByteArrayView part = rest->first(n);
    *rest = rest->sliced(n);
    return part;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    QByteArrayView rest(data + 3, static_cast<qsizetype>(size - 3));
    // 71 is the length of a well-formed value, so the prefix/length/hex checks all get reached.
    const QByteArrayView header = take(&rest, data[0] % 80);
    const QByteArrayView secret = take(&rest, data[1] % 48);
    const QByteArrayView previous = take(&rest, data[2] % 48);
    const QByteArrayView body = rest;

    // Arbitrary header values: any verdict is fine, but a valid one must be the real signature.
    const SignatureVerdict verdict = verifySignature(header, body, secret, previous);
    if (verdict == SignatureVerdict::ValidCurrent)
        check(header.toByteArray().toLower() == signatureHeaderValue(body, secret), "ValidCurrent only for the HMAC");
    if (verdict == SignatureVerdict::ValidPrevious)
        check(header.toByteArray().toLower() == signatureHeaderValue(body, previous),
              "ValidPrevious only for the previous secret's HMAC");
    check(!isValid(verdict) || !secret.isEmpty(), "nothing validates without a current secret");
    check(verifySignature(QByteArrayView(), body, secret, previous) == SignatureVerdict::Missing,
          "a null header is Missing");

    const QByteArray signature = signatureHeaderValue(body, secret);
    check(signature.size() == 71 && signature.startsWith("sha256="), "signature is sha256= and 64 hex digits");
    if (secret.isEmpty())
        return 0;

    check(verifySignature(signature, body, secret, previous) == SignatureVerdict::ValidCurrent,
          "our own signature verifies");
    check(verifySignature(QByteArray("sha256=" + signature.sliced(7).toUpper()), body, secret) ==
              SignatureVerdict::ValidCurrent,
          "upper-case hex verifies");
    // HMAC pads short keys with zero bytes, so "k" and "k\0" are the same key: only secrets that
    // sign differently can be told apart.
    const QByteArray previousSignature = signatureHeaderValue(body, previous);
    if (!previous.isEmpty() && previousSignature != signature) {
        check(verifySignature(previousSignature, body, secret, previous) == SignatureVerdict::ValidPrevious,
              "the previous secret's signature verifies as previous");
    }
    if (!body.isEmpty()) {
        QByteArray tampered = body.toByteArray();
        const qsizetype at = data[0] % tampered.size();
        tampered[at] = static_cast<char>(tampered[at] ^ 0x01);
        check(verifySignature(signature, tampered, secret) == SignatureVerdict::Mismatch, "a changed body is refused");
    }
    QByteArray truncated = signature;
    truncated.chop(1);
    check(verifySignature(truncated, body, secret) == SignatureVerdict::Malformed, "a short value is malformed");

    const QByteArray other = signatureHeaderValue(body, secret);
    check(constantTimeEquals(signature, other) && !constantTimeEquals(signature, truncated),
          "constantTimeEquals agrees with ==");
    check(constantTimeEquals(header, body) == (header == body), "constantTimeEquals agrees with == on any bytes");
    return 0;
}
