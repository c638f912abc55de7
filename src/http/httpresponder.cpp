// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponder.h"

#include "http/httpconnection.h"

namespace TicketDesk {

HttpResponder::HttpResponder(HttpConnection *connection, quint64 id)
    : m_connection(connection)
    , m_id(id)
{}

bool HttpResponder::isValid() const
{
    return m_connection && m_connection->isAwaiting(m_id);
}

void HttpResponder::respond(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->respond(m_id, response);
}

QString HttpResponder::peerAddress() const
{
    return m_connection ? m_connection->peerAddress().toString() : QString();
}

} // namespace TicketDesk
