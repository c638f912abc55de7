// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>

namespace TicketDesk {

// One parsed HTTP/1.x request, as RequestParser hands it over: the raw bytes of each part, headers
// in arrival order with their original spelling. Header lookups ignore ASCII case.
struct HttpRequest
{
    struct Header
    {
        QByteArray name;
        QByteArray value; // without surrounding whitespace
    };

    QByteArray method;
    QByteArray path;      // origin-form path, still percent-encoded
    QByteArray query;     // after '?', without it; empty when absent
    int versionMinor = 1; // HTTP/1.0 or HTTP/1.1
    QList<Header> headers;
    QByteArray body;
    bool keepAlive = true;
    bool expectContinue = false;

    // The first value of the named header, or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    QByteArrayList headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace TicketDesk

Q_DECLARE_METATYPE(TicketDesk::HttpRequest)
