// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace TicketDesk {

// Whether the PEM private key `keyPem` belongs to the first certificate of `certPem` (its public
// half is the certificate's). A listener given a mismatched pair starts, and then fails every
// TLS handshake without a word; this lets it refuse to start instead. False too when either
// cannot be read (a key protected by a passphrase, say).
bool tlsKeyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem);

} // namespace TicketDesk
