// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>

namespace TicketDesk {

// An HTTP/1.1 response to write on the listener: status, body, content type and a few extra
// headers (Allow, Retry-After, ...). serialize() adds the status line, Date, Content-Length and
// Connection. Extra headers are checked so that no caller can inject a line break.
class HttpResponse final
{
public:
    HttpResponse() = default;
    explicit HttpResponse(int status);
    HttpResponse(int status, const QByteArray &body, const QByteArray &contentType = "application/json");

    // A small JSON error body: {"status":404,"error":"Not Found"}.
    static HttpResponse error(int status);

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    const QByteArray &contentType() const { return m_contentType; }

    // Sets (replaces) a header. Refuses, returning false, a name that is not a token, a value
    // with control characters, and the headers serialize() owns (Content-Length, Connection, Date).
    bool setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    // close: add "Connection: close". keepAlive10: answer an HTTP/1.0 keep-alive request with
    // "Connection: keep-alive".
    // now: the time for the Date header (the server's Clock). headOnly: the answer to a HEAD
    // request, the same headers (Content-Length included) without the body.
    QByteArray serialize(bool close, const QDateTime &now, bool keepAlive10 = false, bool headOnly = false) const;

    static QByteArray reasonPhrase(int status);
    static QByteArray httpDate(const QDateTime &time);

private:
    int m_status = 200;
    QByteArray m_body;
    QByteArray m_contentType;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace TicketDesk

Q_DECLARE_METATYPE(TicketDesk::HttpResponse)
