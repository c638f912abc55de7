// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponse.h"

#include <QLocale>

#include <limits>

namespace TicketDesk {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

HttpResponse::HttpResponse(int status)
    : m_status(status)
{}

HttpResponse::HttpResponse(int status, const QByteArray &body, const QByteArray &contentType)
    : m_status(status)
    , m_body(body)
    , m_contentType(contentType)
{}

HttpResponse HttpResponse::error(int status)
{
    return HttpResponse(status,
                        "{\"status\":" + QByteArray::number(status) + ",\"error\":\"" + reasonPhrase(status) + "\"}");
}

bool HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        if (!isTokenChar(c))
            return false;
    }
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    for (const char *owned : {"content-length", "connection", "date", "transfer-encoding"}) {
        if (name.compare(owned, Qt::CaseInsensitive) == 0)
            return false;
    }
    if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
        m_contentType = value;
        return true;
    }
    for (auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return true;
        }
    }
    m_headers.append({name, value});
    return true;
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    if (name.compare("content-type", Qt::CaseInsensitive) == 0)
        return m_contentType;
    for (const auto &h : m_headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpResponse::serialize(bool close, const QDateTime &now, bool keepAlive10, bool headOnly) const
{
    QByteArray out;
    out.reserve(160 + m_body.size());
    out += "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    out += "Date: " + httpDate(now) + "\r\n";
    // 1xx, 204 and 304 carry no body and no Content-Length (RFC 9110 8.6).
    const bool bodyless = (m_status >= 100 && m_status < 200) || m_status == 204 || m_status == 304;
    if (!bodyless) {
        if (!m_body.isEmpty() && !m_contentType.isEmpty())
            out += "Content-Type: " + m_contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    }
    for (const auto &h : m_headers)
        out += h.first + ": " + h.second + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (keepAlive10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!bodyless && !headOnly)
        out += m_body;
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray HttpResponse::httpDate(const QDateTime &time)
{
    // IMF-fixdate, always in English whatever the user's locale.
    const auto format = [](const QDateTime &t) {
        return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    };
    if (!time.isValid())
        return format(time);
    // The answers of one second share their Date: formatted once, not per answer.
    thread_local qint64 second = std::numeric_limits<qint64>::min();
    thread_local QByteArray formatted;
    const qint64 now = time.toSecsSinceEpoch();
    if (now != second) {
        formatted = format(time);
        second = now;
    }
    return formatted;
}

} // namespace TicketDesk
