// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/ripioerrorparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace TicketDesk {

namespace {

constexpr int notEnabledCode = 20061;
constexpr char ripioContext[] = "TicketDesk::RipioClient";
constexpr qsizetype maxServerMessage = 500;

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > maxServerMessage)
        text = text.left(maxServerMessage - 1) + QChar(0x2026);
    return text;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// "detail" may be a string, or an object of its own with a message inside.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const auto key :
             {QLatin1StringView("message"), QLatin1StringView("detail"), QLatin1StringView("description")}) {
            if (object.value(key).isString())
                return object.value(key).toString();
        }
        return object.isEmpty() ? QString() : compactJson(value);
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            const QString part = textOf(item);
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QLatin1StringView("; "));
    }
    return QString();
}

QString messageFromObject(const QJsonObject &object)
{
    for (const auto key : {QLatin1StringView("detail"), QLatin1StringView("message"),
                           QLatin1StringView("error_description"), QLatin1StringView("errors")}) {
        const QString text = textOf(object.value(key));
        if (!text.isEmpty())
            return text;
    }
    // Django REST framework style: {"summary": ["Ensure this field has no more than 255 characters."]}
    QStringList fields;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // The envelope's own keys are not field errors.
        static const QStringList envelope{QStringLiteral("code"), QStringLiteral("type"), QStringLiteral("status"),
                                          QStringLiteral("error")};
        if (envelope.contains(it.key()))
            continue;
        if (it.value().isArray() || it.value().isString()) {
            const QString text = textOf(it.value());
            if (!text.isEmpty())
                fields.append(it.key() + QLatin1StringView(": ") + text);
        }
    }
    if (!fields.isEmpty())
        return fields.join(QLatin1StringView("; "));
    return object.value(QLatin1StringView("error")).toString();
}

int codeOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool ok = false;
        const int code = value.toString().toInt(&ok);
        return ok ? code : 0;
    }
    return 0;
}

bool mentionsCustomer(const ClientError &error)
{
    return error.apiType.contains(QLatin1StringView("customer"), Qt::CaseInsensitive) ||
           error.serverMessage.contains(QLatin1StringView("customer"), Qt::CaseInsensitive);
}

} // namespace

LocalizedText withServerText(LocalizedText base, const QString &serverMessage)
{
    if (!serverMessage.isEmpty())
        base += LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient", "Ripio said: \"%1\""))
                    .arg(serverMessage);
    return base;
}

QString serverMessageFromBody(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QString();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (document.isObject())
            return clip(messageFromObject(document.object()));
        if (document.isArray())
            return clip(textOf(document.array()));
    }
    // Not JSON (a proxy's HTML page, plain text): a short snippet without markup.
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = QString::fromUtf8(trimmed.left(4096));
    text.remove(tags);
    return clip(text);
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(qMin<qlonglong>(seconds, std::numeric_limits<int>::max()));
    // HTTP date (IMF-fixdate, RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return -1;
    return static_cast<int>(std::clamp<qint64>(now.secsTo(when), 0, std::numeric_limits<int>::max()));
}

ClientError errorFromHttpAnswer(RipioCall call, int httpStatus, const QByteArray &body, const QByteArray &retryAfter,
                                const QDateTime &now)
{
    using C = ClientError::Category;
    ClientError error;
    error.httpStatus = httpStatus;
    error.bodySent = true; // an HTTP answer came, so the server had the request
    error.serverMessage = serverMessageFromBody(body);

    const QJsonDocument document = QJsonDocument::fromJson(body.trimmed());
    if (document.isObject()) {
        const QJsonObject object = document.object();
        error.apiCode = codeOf(object.value(QLatin1StringView("code")));
        error.apiType = object.value(QLatin1StringView("type")).toString();
        if (error.apiType.isEmpty())
            error.apiType = object.value(QLatin1StringView("error")).toString();
    }

    const bool notEnabled = error.apiCode == notEnabledCode ||
                            error.apiType.contains(QLatin1StringView("SupportTicketsNotEnabled"), Qt::CaseInsensitive);

    if (httpStatus == 403 && notEnabled) {
        error.category = C::NotEnabled;
        error.say(withServerText(
            LocalizedText(ripioContext,
                          QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                            "Support tickets are not enabled for this Ripio account (HTTP 403, code "
                                            "20061). Ripio must enable support tickets for the account before any "
                                            "ticket can be created; ask your Ripio account manager.")),
            error.serverMessage));
        return error;
    }
    if (httpStatus == 401 || httpStatus == 403 || (call == RipioCall::Token && httpStatus == 400)) {
        error.category = C::BadCredentials;
        error.say(withServerText(
            LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                          "Ripio refused the API credentials (HTTP %1). Check the "
                                                          "client ID and client secret in Settings, or "
                                                          "TICKETDESK_CLIENT_ID and TICKETDESK_CLIENT_SECRET "
                                                          "for the command line and serve."))
                .arg(httpStatus),
            error.serverMessage));
        return error;
    }
    if (httpStatus == 429) {
        error.category = C::RateLimited;
        error.retryAfterSeconds = parseRetryAfter(retryAfter, now);
        error.say(withServerText(
            error.retryAfterSeconds >= 0
                ? LocalizedText(
                      ripioContext,
                      QT_TRANSLATE_N_NOOP("TicketDesk::RipioClient",
                                          "Ripio is limiting requests (HTTP 429); try again in %n second(s)."),
                      error.retryAfterSeconds)
                : LocalizedText(ripioContext,
                                QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                  "Ripio is limiting requests (HTTP 429); try again later.")),
            error.serverMessage));
        return error;
    }
    if (httpStatus >= 500 && httpStatus <= 599) {
        error.category = C::ServerError;
        error.retryAfterSeconds = parseRetryAfter(retryAfter, now);
        error.say(withServerText(LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                                               "Ripio had a server error (HTTP %1)."))
                                     .arg(httpStatus),
                                 error.serverMessage));
        return error;
    }
    if (httpStatus == 404 && (call != RipioCall::CreateTicket || !mentionsCustomer(error))) {
        error.category = C::NotFound;
        error.say(withServerText(
            call == RipioCall::RetrieveTicket
                ? LocalizedText(ripioContext,
                                QT_TRANSLATE_NOOP("TicketDesk::RipioClient", "Ripio has no such ticket (HTTP 404)."))
                : LocalizedText(ripioContext,
                                QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                  "Ripio answered HTTP 404 Not Found; check the API base URL in the "
                                                  "settings.")),
            error.serverMessage));
        return error;
    }
    if (httpStatus >= 400 && httpStatus <= 499) {
        if (call == RipioCall::CreateTicket && mentionsCustomer(error)) {
            error.category = C::CustomerUnknown;
            error.say(withServerText(
                LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                              "Ripio does not know this customer, or has no email "
                                                              "address on file for them (HTTP %1)."))
                    .arg(httpStatus),
                error.serverMessage));
            return error;
        }
        error.category = C::Validation;
        error.say(withServerText(LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                                               "Ripio rejected the request (HTTP %1)."))
                                     .arg(httpStatus),
                                 error.serverMessage));
        return error;
    }
    error.category = C::Protocol;
    error.say(withServerText(
        LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                      "Ripio gave an answer TicketDesk does not expect (HTTP %1)."))
            .arg(httpStatus),
        error.serverMessage));
    return error;
}

} // namespace TicketDesk

namespace TicketDesk {

ClientError errorFromNetworkFailure(QNetworkReply::NetworkError code, bool timedOut, bool uploadComplete, int timeoutMs)
{
    using C = ClientError::Category;
    using E = QNetworkReply::NetworkError;
    ClientError error;
    error.bodySent = uploadComplete;
    const auto say = [&error, uploadComplete](C category, LocalizedText text) {
        error.category = category;
        if (uploadComplete)
            text += LocalizedText(ripioContext,
                                  QT_TRANSLATE_NOOP("TicketDesk::RipioClient", "The request had been sent completely, "
                                                                               "so Ripio may have acted on it."));
        error.say(text);
        return error;
    };
    if (timedOut || code == E::TimeoutError) {
        const int seconds = qMax(1, timeoutMs / 1000);
        return say(C::Timeout, LocalizedText(ripioContext,
                                             QT_TRANSLATE_N_NOOP("TicketDesk::RipioClient",
                                                                 "Ripio did not answer within %n second(s)."),
                                             seconds));
    }
    switch (code) {
    case E::SslHandshakeFailedError:
        return say(C::Tls, LocalizedText(ripioContext,
                                         QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                           "The secure (TLS) connection to Ripio failed; check the "
                                                           "system clock, the certificates and any proxy that "
                                                           "intercepts HTTPS.")));
    case E::UnknownProxyError:
        return say(C::Offline,
                   LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient", "The proxy failed.")));
    case E::HostNotFoundError:
        return say(C::Offline, LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                                             "Ripio's host name could not be "
                                                                             "resolved; check the network and the API "
                                                                             "base URL.")));
    case E::ConnectionRefusedError:
        return say(C::Offline, LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                                             "Ripio refused the connection; check the "
                                                                             "network and the API base URL.")));
    case E::RemoteHostClosedError:
    case E::ContentReSendError: // the connection closed and Qt may not send the body again (MultipartUploadDevice)
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::OperationCanceledError:
    case E::BackgroundRequestNotAllowedError:
        return say(C::Offline, LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                                             "The connection to Ripio was lost before "
                                                                             "an answer came.")));
    default:
        break;
    }
    return say(C::Protocol, LocalizedText(ripioContext, QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                                          "Ripio's answer could not be read (network "
                                                                          "error %1)."))
                                .arg(static_cast<int>(code)));
}

} // namespace TicketDesk
