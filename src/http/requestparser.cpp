// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/requestparser.h"

#include <algorithm>
#include <limits>

namespace TicketDesk {

namespace {

using L1 = QLatin1StringView;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    if (isAlpha(c) || isDigit(c))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isSubDelim(char c)
{
    switch (c) {
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
        return true;
    default:
        return false;
    }
}

bool isUnreserved(char c)
{
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

// origin-form: absolute-path [ "?" query ], pchar = unreserved / pct-encoded / sub-delims / ":" / "@".
bool isValidOriginForm(QByteArrayView target)
{
    if (target.isEmpty() || target.front() != '/')
        return false;
    for (qsizetype i = 0; i < target.size(); ++i) {
        const char c = target[i];
        if (c == '%') {
            if (i + 2 >= target.size() || !isHexDigit(target[i + 1]) || !isHexDigit(target[i + 2]))
                return false;
            i += 2;
            continue;
        }
        if (!(isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' || c == '/' || c == '?'))
            return false;
    }
    return true;
}

// uri-host [ ":" port ], loosely: the characters a reg-name, IPv4 or IP-literal may use.
bool isValidHost(QByteArrayView host)
{
    if (host.isEmpty())
        return false;
    for (char c : host) {
        if (!(isUnreserved(c) || isSubDelim(c) || c == ':' || c == '[' || c == ']' || c == '%'))
            return false;
    }
    return true;
}

// field-value characters: VCHAR, obs-text, SP and HTAB. No NUL, no other control character.
bool isValidFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\t')
            continue;
        if (u < 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedOws(QByteArrayView s)
{
    while (!s.isEmpty() && isOws(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isOws(s.back()))
        s.chop(1);
    return s;
}

QList<QByteArrayView> splitList(QByteArrayView s)
{
    QList<QByteArrayView> items;
    while (true) {
        const qsizetype comma = s.indexOf(',');
        items.append(trimmedOws(comma < 0 ? s : s.first(comma)));
        if (comma < 0)
            break;
        s = s.sliced(comma + 1);
    }
    return items;
}

bool isKnownMethod(QByteArrayView method)
{
    static constexpr const char *known[] = {"GET",     "HEAD",    "POST",  "PUT",  "DELETE",
                                            "CONNECT", "OPTIONS", "TRACE", "PATCH"};
    for (const char *k : known) {
        if (method == QByteArrayView(k))
            return true;
    }
    return false;
}

// Content-Length = 1*DIGIT. Leading zeros are valid; anything else (sign, hex, spaces, lists) is not.
// Values too large for any limit saturate instead of overflowing.
bool parseContentLength(QByteArrayView value, qint64 *length)
{
    if (value.isEmpty())
        return false;
    qint64 n = 0;
    constexpr qint64 cap = std::numeric_limits<qint64>::max() / 10 - 10;
    for (char c : value) {
        if (!isDigit(c))
            return false;
        if (n < cap)
            n = n * 10 + (c - '0');
    }
    *length = n;
    return true;
}

} // namespace

RequestParser::RequestParser(const HttpLimits &limits, const QList<HttpRoute> &routes)
    : m_limits(limits)
    , m_routes(routes)
{}

void RequestParser::reset()
{
    m_phase = Phase::RequestLine;
    m_line.clear();
    m_sawCR = false;
    m_skippedEmptyLine = false;
    m_headerBytes = 0;
    m_headerLines = 0;
    m_bodyRemaining = 0;
    m_bodyStarted = false;
    m_continueReported = false;
    m_skipBody = false;
    m_request = HttpRequest{};
}

bool RequestParser::isIdle() const
{
    return m_phase == Phase::RequestLine && m_line.isEmpty() && !m_sawCR;
}

ParseResult RequestParser::error(int status, QLatin1StringView reason, bool close)
{
    ParseResult r;
    r.state = ParseResult::Error;
    r.status = status;
    r.close = close;
    r.reason = reason;
    r.request = m_request;
    r.request.body.clear();
    return r;
}

ParseResult RequestParser::feed(QByteArrayView data)
{
    const auto finish = [this](ParseResult r, qsizetype consumed) {
        r.consumed = consumed;
        if (r.state != ParseResult::NeedMore)
            reset();
        return r;
    };

    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        if (m_phase == Phase::Body) {
            const qsizetype take = static_cast<qsizetype>(qMin<qint64>(m_bodyRemaining, n - i));
            if (!m_skipBody)
                m_request.body.append(data.sliced(i, take));
            i += take;
            m_bodyRemaining -= take;
            m_bodyStarted = true;
            if (m_bodyRemaining == 0 && m_skipBody) {
                reset();
                continue;
            }
            if (m_bodyRemaining == 0) {
                ParseResult r;
                r.state = ParseResult::Complete;
                r.request = std::move(m_request);
                return finish(std::move(r), i);
            }
            continue;
        }

        const char c = data[i];
        if (m_sawCR) {
            ++i;
            if (c != '\n')
                return finish(error(400, L1("bare CR")), i);
            m_sawCR = false;
            ParseResult r;
            if (lineComplete(&r))
                return finish(std::move(r), i);
            if (m_phase == Phase::Body && m_stopAfterHead) {
                r.headComplete = true;
                if (m_request.expectContinue && !m_continueReported) {
                    r.sendContinue = true;
                    m_continueReported = true;
                }
                return finish(std::move(r), i);
            }
            continue;
        }
        if (c == '\r') {
            m_sawCR = true;
            ++i;
            continue;
        }
        if (c == '\n')
            return finish(error(400, L1("bare LF")), i + 1);

        qsizetype end = i;
        while (end < n && data[end] != '\r' && data[end] != '\n')
            ++end;
        m_line.append(data.sliced(i, end - i));
        i = end;
        // Limits are checked as bytes arrive, so an endless line is refused at once, not after a deadline.
        if (m_phase == Phase::RequestLine && m_line.size() > m_limits.maxRequestLine)
            return finish(error(414, L1("request line too long")), i);
        if (m_phase == Phase::Headers && m_headerBytes + m_line.size() > m_limits.maxHeaderBytes)
            return finish(error(431, L1("header section too large")), i);
    }

    ParseResult r;
    if (m_phase == Phase::Body && m_request.expectContinue && !m_bodyStarted && !m_continueReported) {
        r.sendContinue = true;
        m_continueReported = true;
    }
    return finish(std::move(r), n);
}

bool RequestParser::lineComplete(ParseResult *result)
{
    if (m_phase == Phase::RequestLine) {
        if (m_line.isEmpty()) {
            // RFC 9112 2.2: ignore at least one empty line before a request line (some clients
            // send a CRLF after a POST body). One, not an endless stream of them.
            if (m_skippedEmptyLine) {
                *result = error(400, L1("empty lines before request line"));
                return true;
            }
            m_skippedEmptyLine = true;
            return false;
        }
        return parseRequestLine(result);
    }

    if (m_line.isEmpty())
        return headerSectionComplete(result);

    m_headerBytes += m_line.size() + 2;
    if (m_headerBytes > m_limits.maxHeaderBytes) {
        *result = error(431, L1("header section too large"));
        return true;
    }
    if (++m_headerLines > m_limits.maxHeaderLines) {
        *result = error(431, L1("too many header lines"));
        return true;
    }
    return parseHeaderLine(result);
}

bool RequestParser::parseRequestLine(ParseResult *result)
{
    const QByteArrayView line(m_line);
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        *result = error(400, L1("malformed request line"));
        return true;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);

    // HTTP-version = "HTTP/" DIGIT "." DIGIT, case-sensitive.
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.' ||
        !isDigit(version[7])) {
        *result = error(400, L1("malformed HTTP version"));
        return true;
    }
    if (version[5] != '1' || (version[7] != '0' && version[7] != '1')) {
        *result = error(505, L1("unsupported HTTP version"));
        return true;
    }
    if (!isToken(method)) {
        *result = error(400, L1("malformed method"));
        return true;
    }
    if (!isValidOriginForm(target)) {
        *result = error(400, L1("request target not in origin-form"));
        return true;
    }

    m_request.method = method.toByteArray();
    m_request.versionMinor = version[7] - '0';
    const qsizetype q = target.indexOf('?');
    m_request.path = (q < 0 ? target : target.first(q)).toByteArray();
    if (q >= 0)
        m_request.query = target.sliced(q + 1).toByteArray();
    m_phase = Phase::Headers;
    m_line.clear();
    return false;
}

bool RequestParser::parseHeaderLine(ParseResult *result)
{
    const QByteArrayView line(m_line);
    if (isOws(line.front())) {
        *result = error(400, L1("obsolete line folding"));
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        *result = error(400, L1("header line without colon"));
        return true;
    }
    const QByteArrayView name = line.first(colon);
    if (!name.isEmpty() && isOws(name.back())) {
        *result = error(400, L1("whitespace before colon"));
        return true;
    }
    if (!isToken(name)) {
        *result = error(400, L1("invalid header name"));
        return true;
    }
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    if (!isValidFieldValue(value)) {
        *result = error(400, L1("control character in header value"));
        return true;
    }
    m_request.headers.append({name.toByteArray(), value.toByteArray()});
    m_line.clear();
    return false;
}

bool RequestParser::headerSectionComplete(ParseResult *result)
{
    HttpRequest &req = m_request;

    const QByteArrayList hosts = req.headerValues("host");
    if (hosts.size() > 1 || (req.versionMinor == 1 && hosts.isEmpty())) {
        *result = error(400, hosts.isEmpty() ? L1("missing Host") : L1("duplicate Host"));
        return true;
    }
    if (!hosts.isEmpty() && !isValidHost(hosts.front())) {
        *result = error(400, L1("malformed Host"));
        return true;
    }

    // Framing first: anything doubtful here could smuggle a second request, so always close.
    const QByteArrayList lengths = req.headerValues("content-length");
    const QByteArrayList encodings = req.headerValues("transfer-encoding");
    if (!encodings.isEmpty()) {
        if (!lengths.isEmpty()) {
            *result = error(400, L1("Transfer-Encoding with Content-Length"));
            return true;
        }
        const QList<QByteArrayView> codings = splitList(encodings.back());
        const bool chunkedLast = codings.back().compare("chunked", Qt::CaseInsensitive) == 0;
        *result = error(chunkedLast ? 411 : 400, L1("Transfer-Encoding refused"));
        return true;
    }
    if (lengths.size() > 1) {
        *result = error(400, L1("duplicate Content-Length"));
        return true;
    }
    qint64 length = 0;
    const bool hasLength = !lengths.isEmpty();
    if (hasLength && !parseContentLength(lengths.front(), &length)) {
        *result = error(400, L1("malformed Content-Length"));
        return true;
    }

    bool sawClose = false;
    bool sawKeepAlive = false;
    for (const QByteArray &v : req.headerValues("connection")) {
        for (QByteArrayView option : splitList(v)) {
            if (option.compare("close", Qt::CaseInsensitive) == 0)
                sawClose = true;
            else if (option.compare("keep-alive", Qt::CaseInsensitive) == 0)
                sawKeepAlive = true;
        }
    }
    req.keepAlive = !sawClose && (req.versionMinor == 1 || sawKeepAlive);

    // From here on the framing is known. We never read a body we refuse, so a refused request
    // that declared one leaves the connection out of step: close it.
    const bool closeOnError = length > 0 || !req.keepAlive;

    if (!isKnownMethod(req.method)) {
        *result = error(501, L1("unknown method"), closeOnError);
        return true;
    }
    const HttpRoute *route = nullptr;
    for (const HttpRoute &r : m_routes) {
        if (!r.prefix && r.path == req.path) {
            route = &r;
            break;
        }
        if (!route && r.prefix && !r.path.isEmpty() && req.path.startsWith(r.path))
            route = &r;
    }
    if (!route) {
        *result = error(404, L1("unknown path"), closeOnError);
        return true;
    }
    if (!route->methods.contains(req.method)) {
        *result = error(405, L1("method not allowed"), closeOnError);
        result->allowHeader = route->methods.join(", ");
        return true;
    }

    if (req.method == "POST") {
        if (!hasLength) {
            *result = error(411, L1("Content-Length required"));
            return true;
        }
        if (length > m_limits.maxBodyBytes) {
            *result = error(413, L1("body too large"));
            return true;
        }
    } else if (length > 0) {
        *result = error(400, L1("body on a request that takes none"));
        return true;
    }

    if (req.hasHeader("content-encoding")) {
        *result = error(415, L1("Content-Encoding refused"), closeOnError);
        return true;
    }
    if (req.method == "POST") {
        const QByteArrayList types = req.headerValues("content-type");
        if (types.size() > 1) {
            *result = error(400, L1("duplicate Content-Type"), closeOnError);
            return true;
        }
        QByteArrayView type = types.isEmpty() ? QByteArrayView() : QByteArrayView(types.front());
        const qsizetype semicolon = type.indexOf(';');
        if (semicolon >= 0)
            type = type.first(semicolon);
        const QByteArrayView bare = trimmedOws(type);
        const bool accepted =
            std::any_of(route->contentTypes.cbegin(), route->contentTypes.cend(), [bare](const QByteArray &t) {
                return !bare.isEmpty() && bare.compare(t, Qt::CaseInsensitive) == 0;
            });
        if (!accepted) {
            *result = error(415, L1("Content-Type not accepted on this route"), closeOnError);
            return true;
        }
    }

    const QByteArrayList expectations = req.headerValues("expect");
    if (!expectations.isEmpty()) {
        if (expectations.size() > 1 || expectations.front().compare("100-continue", Qt::CaseInsensitive) != 0) {
            *result = error(417, L1("unsupported expectation"), closeOnError);
            return true;
        }
        // RFC 9110 10.1.1: an HTTP/1.0 client cannot expect 100 Continue.
        req.expectContinue = req.versionMinor == 1 && length > 0;
    }

    m_line.clear();
    if (length == 0) {
        result->state = ParseResult::Complete;
        result->request = std::move(m_request);
        return true;
    }
    m_phase = Phase::Body;
    m_bodyRemaining = length;
    return false;
}

} // namespace TicketDesk
