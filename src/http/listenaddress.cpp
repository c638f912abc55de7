// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/listenaddress.h"

namespace TicketDesk {

std::optional<ListenAddress> ListenAddress::fromString(const QString &text)
{
    // The last colon: an unbracketed IPv6 address ("::1:8787") keeps its own colons.
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    ListenAddress result;
    result.port = quint16(port);
    if (host == QLatin1StringView("localhost"))
        result.address = QHostAddress(QHostAddress::LocalHost);
    else if (!result.address.setAddress(host))
        return std::nullopt;
    return result;
}

} // namespace TicketDesk
