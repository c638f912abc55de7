// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/ripioendpoint.h"

namespace TicketDesk {

QUrl ripioEndpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    if (!prefix.endsWith(QLatin1Char('/')))
        prefix.append(QLatin1Char('/'));
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString ripioApiBase(const QUrl &base)
{
    QUrl url =
        base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (url.path() == QLatin1StringView("/")) // left by StripTrailingSlash
        url.setPath(QString());
    return url.toString();
}

namespace {

QString pathPrefix(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

bool sameRipioEnvironment(const QString &recorded, const QUrl &current)
{
    if (recorded.isEmpty())
        return true;
    const QUrl was(recorded);
    return was.host().compare(current.host(), Qt::CaseInsensitive) == 0 && pathPrefix(was) == pathPrefix(current);
}

QNetworkRequest ripioRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Drop idle connections before the server does: a create written into a connection the
    // server is just closing fails with its body sent, and turns UNCONFIRMED (Retry may then
    // file it twice). Apache's and Node's keep-alive ends after 5 s idle (nginx 75 s, the
    // sandbox 5 s): at 20 s here, one send in twenty met such a close.
    request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, idleConnectionSeconds);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("TicketDesk/" TICKETDESK_VERSION));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return request;
}

} // namespace TicketDesk
