// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpresponse.h"

#include <QMetaType>
#include <QPointer>
#include <QString>

namespace TicketDesk {

class HttpConnection;

// The handle a request handler answers through, now or later (the webhook pipeline answers only
// after a database commit). Copyable; answering twice, or after the client has gone, does nothing.
// Use it in the server's thread. Responses on one connection go out in request order whatever
// order the handler answers in.
class HttpResponder final
{
public:
    HttpResponder() = default;

    // The connection is still there to answer on.
    bool isValid() const;
    void respond(const HttpResponse &response) const;
    // The peer's address as text ("127.0.0.1"), empty once the connection is gone.
    QString peerAddress() const;

private:
    friend class HttpConnection;
    HttpResponder(HttpConnection *connection, quint64 id);

    QPointer<HttpConnection> m_connection;
    quint64 m_id = 0;
};

} // namespace TicketDesk

Q_DECLARE_METATYPE(TicketDesk::HttpResponder)
