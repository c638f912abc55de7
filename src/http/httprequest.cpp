// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httprequest.h"

namespace TicketDesk {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const Header &h : headers) {
        if (name.compare(h.name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QByteArrayList HttpRequest::headerValues(QByteArrayView name) const
{
    QByteArrayList values;
    for (const Header &h : headers) {
        if (name.compare(h.name, Qt::CaseInsensitive) == 0)
            values.append(h.value);
    }
    return values;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const Header &h : headers) {
        if (name.compare(h.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace TicketDesk
