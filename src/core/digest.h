// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace TicketDesk {

// SHA-256 and HMAC-SHA256, each returning the 32-byte digest. They go through
// OpenSSL's libcrypto, which uses the processor's SHA instructions: on the
// webhook path Qt's portable SHA-256 took a tenth of the listener's time. When
// libcrypto cannot provide the algorithm (a restricted provider set), they fall
// back to Qt's implementation, so the result never depends on which one ran.
QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

} // namespace TicketDesk
