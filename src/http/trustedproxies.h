// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace TicketDesk {

// Which peers may tell the client's address: the reverse proxies in front of
// the listener. Only when the socket's peer is one of them is X-Forwarded-For
// believed, and then only its rightmost address that is not itself a trusted
// proxy (the one the nearest trusted proxy saw); anything to its left was
// written by the client and may be forged. Without trusted proxies, or when
// the header is absent, too long, or holds anything but addresses, the
// socket's peer is the client.
class TrustedProxies final
{
public:
    // All X-Forwarded-For values together, and the hops in them, beyond which the header is ignored.
    static constexpr qsizetype maxHeaderBytes = 2048;
    static constexpr int maxHops = 32;

    // "10.0.0.0/8, 192.0.2.7 2001:db8::/32": addresses or CIDR subnets, IPv4 or
    // IPv6, separated by commas or spaces. Entries that are neither are left out
    // and listed in `*invalid`.
    static TrustedProxies parse(const QString &list, QStringList *invalid = nullptr);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool isTrusted(const QHostAddress &address) const;
    // The client's address for a request from `socketPeer` that carried these
    // X-Forwarded-For values (in header order), as text.
    QString clientAddress(const QString &socketPeer, const QByteArrayList &forwardedFor) const;

    // One X-Forwarded-For entry ("192.0.2.1", "2001:db8::1", "[2001:db8::1]:443",
    // "192.0.2.1:8080") as an address; null when it is anything else ("unknown", junk).
    static QHostAddress parseHop(QByteArrayView hop);

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace TicketDesk
