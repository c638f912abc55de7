// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httplimits.h"
#include "http/httproute.h"
#include "http/parseresult.h"

#include <QByteArrayView>
#include <QList>

namespace TicketDesk {

// A narrow, strict HTTP/1.1 request parser with no sockets inside. Feed it bytes as they arrive;
// it answers NeedMore, Complete (with how many of the fed bytes it used) or Error (status and
// whether to close). After Complete or Error it is ready for the next request: feed it the bytes
// after `consumed` (unless the result said close). The route table lets it refuse a request
// (404/405/501/411/413/415) right after the header section, without reading the body.
// Memory is bounded by the limits: it never holds more than one header section and one body.
class RequestParser final
{
public:
    explicit RequestParser(const HttpLimits &limits = {}, const QList<HttpRoute> &routes = {});

    ParseResult feed(QByteArrayView data);

    // Forget any partial request.
    void reset();

    // No byte of a request has arrived yet (a connection is idle between requests).
    bool isIdle() const;
    // The header section is complete and the body is being read.
    bool inBody() const { return m_phase == Phase::Body; }
    // Return from feed() right after a header section that announces a body
    // (ParseResult::headComplete), so the caller can decide before any of it is read.
    void setStopAfterHead(bool stop) { m_stopAfterHead = stop; }
    // While inBody(): the request so far (method, path, headers; no body yet).
    const HttpRequest &head() const { return m_request; }
    // While inBody(): read the rest of this request's body and drop it; feed()
    // then goes on with the next request without reporting this one.
    void skipBody() { m_skipBody = true; }

    const HttpLimits &limits() const { return m_limits; }

private:
    enum class Phase
    {
        RequestLine,
        Headers,
        Body
    };

    ParseResult error(int status, QLatin1StringView reason, bool close = true);
    bool lineComplete(ParseResult *result);
    bool parseRequestLine(ParseResult *result);
    bool parseHeaderLine(ParseResult *result);
    bool headerSectionComplete(ParseResult *result);

    HttpLimits m_limits;
    QList<HttpRoute> m_routes;

    Phase m_phase = Phase::RequestLine;
    QByteArray m_line;
    bool m_sawCR = false;
    bool m_skippedEmptyLine = false;
    qsizetype m_headerBytes = 0;
    int m_headerLines = 0;
    qint64 m_bodyRemaining = 0;
    bool m_bodyStarted = false;
    bool m_continueReported = false;
    bool m_stopAfterHead = false;
    bool m_skipBody = false;
    HttpRequest m_request;
};

} // namespace TicketDesk
