// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/trustedproxies.h"

#include <QRegularExpression>

namespace TicketDesk {

namespace {

// An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d: one address, one form.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4) : address;
}

// Only the characters an address (with brackets and a port) can hold: QHostAddress is lenient.
bool addressCharacters(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' ||
                        c == ':' || c == '[' || c == ']';
        if (!ok)
            return false;
    }
    return !text.isEmpty();
}

} // namespace

TrustedProxies TrustedProxies::parse(const QString &list, QStringList *invalid)
{
    TrustedProxies proxies;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &entry : list.split(separators, Qt::SkipEmptyParts)) {
        QPair<QHostAddress, int> subnet;
        if (entry.contains(QLatin1Char('/'))) {
            subnet = QHostAddress::parseSubnet(entry);
        } else if (addressCharacters(entry.toLatin1())) {
            const QHostAddress address(entry);
            subnet = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            if (invalid)
                invalid->append(entry);
            continue;
        }
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::isTrusted(const QHostAddress &address) const
{
    const QHostAddress a = plain(address);
    for (const auto &subnet : m_subnets) {
        if (a.isInSubnet(subnet.first, subnet.second))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::parseHop(QByteArrayView hop)
{
    QByteArrayView text = hop.trimmed();
    if (!addressCharacters(text) || text.size() > 64)
        return QHostAddress();
    if (text.startsWith('[')) {
        // [v6] or [v6]:port
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return QHostAddress();
        const QByteArrayView rest = text.sliced(close + 1);
        if (!rest.isEmpty() && (rest.size() < 2 || rest.front() != ':' || rest.sliced(1).contains(':')))
            return QHostAddress();
        text = text.sliced(1, close - 1);
    } else if (text.count(':') == 1) {
        text = text.sliced(0, text.indexOf(':')); // a.b.c.d:port
    }
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(text)))
        return QHostAddress();
    return plain(address);
}

QString TrustedProxies::clientAddress(const QString &socketPeer, const QByteArrayList &forwardedFor) const
{
    if (m_subnets.isEmpty() || forwardedFor.isEmpty() || !isTrusted(QHostAddress(socketPeer)))
        return socketPeer;
    qsizetype bytes = 0;
    for (const QByteArray &value : forwardedFor)
        bytes += value.size() + 1;
    if (bytes > maxHeaderBytes)
        return socketPeer;
    QByteArrayList hops;
    for (const QByteArray &value : forwardedFor)
        hops += value.split(',');
    if (hops.size() > maxHops)
        return socketPeer;
    QHostAddress client;
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop = parseHop(hops.at(i));
        if (hop.isNull())
            return socketPeer; // not an address: the header is not to be believed at all
        client = hop;
        if (!isTrusted(hop))
            break;
    }
    // Every hop a trusted proxy: the farthest one is the best we know.
    return client.isNull() ? socketPeer : client.toString();
}

} // namespace TicketDesk
