// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhookevent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <utility>

namespace TicketDesk {

namespace {

const QLatin1StringView supportTicketCreated("SUPPORT_TICKET.CREATED");
const QLatin1StringView supportTicketFailed("SUPPORT_TICKET.FAILED");
const QLatin1StringView accountClosed("ACCOUNT.CLOSED");

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHex(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Reads `count` decimal digits at `pos`; -1 when any is not a digit.
int digits(QStringView text, qsizetype pos, qsizetype count)
{
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i].unicode() - u'0');
    }
    return value;
}

DecodeResult failure(DecodeError error, const QString &detail)
{
    DecodeResult r;
    r.error = error;
    r.detail = detail;
    return r;
}

// Looks up a field the decoder needs as a string. `path` names it in errors.
DecodeResult requireString(const QJsonObject &object, QLatin1StringView key, const QString &path, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return failure(DecodeError::MissingField, path + QLatin1StringView(" is missing"));
    if (!value.isString())
        return failure(DecodeError::WrongType, path + QLatin1StringView(" is not a string"));
    *out = value.toString();
    return {};
}

DecodeResult requireUuid(const QJsonObject &object, QLatin1StringView key, const QString &path, QString *out)
{
    // Written to `out` only once it is a UUID: an error's partial event keeps valid fields only.
    QString text;
    DecodeResult r = requireString(object, key, path, &text);
    if (!r.ok())
        return r;
    if (!isUuid(text))
        return failure(DecodeError::BadValue, path + QLatin1StringView(" is not a UUID"));
    *out = text;
    return r;
}

DecodeResult requireObject(const QJsonObject &object, QLatin1StringView key, QJsonObject *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return failure(DecodeError::MissingField, key + QLatin1StringView(" is missing"));
    if (!value.isObject())
        return failure(DecodeError::WrongType, key + QLatin1StringView(" is not an object"));
    *out = value.toObject();
    return {};
}

DecodeResult requireIssueDatetime(const QJsonObject &object, QDateTime *out)
{
    QString text;
    DecodeResult r = requireString(object, QLatin1StringView("issueDatetime"), QStringLiteral("issueDatetime"), &text);
    if (!r.ok())
        return r;
    *out = parseIssueDatetime(text);
    if (!out->isValid())
        return failure(DecodeError::BadValue, QStringLiteral("issueDatetime is not a UTC ISO-8601 time"));
    return {};
}

DecodeResult decodeSupportTicket(const QJsonObject &root, WebhookEvent &event)
{
    const bool created = event.eventType == supportTicketCreated;
    DecodeResult r = requireIssueDatetime(root, &event.issueDatetime);
    if (!r.ok())
        return r;
    QJsonObject ticket;
    if (r = requireObject(root, QLatin1StringView("supportTicket"), &ticket); !r.ok())
        return r;
    if (r = requireUuid(ticket, QLatin1StringView("ticketId"), QStringLiteral("supportTicket.ticketId"),
                        &event.ticketId);
        !r.ok())
        return r;
    if (r = requireUuid(ticket, QLatin1StringView("customerId"), QStringLiteral("supportTicket.customerId"),
                        &event.customerId);
        !r.ok())
        return r;
    if (r = requireString(ticket, QLatin1StringView("summary"), QStringLiteral("supportTicket.summary"),
                          &event.summary);
        !r.ok())
        return r;

    QString status;
    if (r = requireString(ticket, QLatin1StringView("status"), QStringLiteral("supportTicket.status"), &status);
        !r.ok())
        return r;
    if (status == QLatin1StringView("CREATED"))
        event.status = TicketStatus::Created;
    else if (status == QLatin1StringView("FAILED"))
        event.status = TicketStatus::Failed;
    else
        return failure(DecodeError::BadValue, QStringLiteral("supportTicket.status is neither CREATED nor FAILED"));
    if ((event.status == TicketStatus::Created) != created)
        return failure(DecodeError::BadValue, QStringLiteral("supportTicket.status does not match eventType"));

    const QJsonValue key = ticket.value(QLatin1StringView("issueKey"));
    if (created) {
        if (key.isUndefined())
            return failure(DecodeError::MissingField, QStringLiteral("supportTicket.issueKey is missing"));
        if (!key.isString())
            return failure(DecodeError::WrongType, QStringLiteral("supportTicket.issueKey is not a string"));
        event.issueKey = key.toString();
        if (event.issueKey.isEmpty())
            return failure(DecodeError::BadValue, QStringLiteral("supportTicket.issueKey is empty"));
    } else {
        // FAILED means Ripio registered no issue, so a key sent anyway (or none
        // at all) carries no fact: it is dropped. Only a non-string, non-null
        // value says the body is not what we think it is.
        if (!key.isUndefined() && !key.isNull() && !key.isString())
            return failure(DecodeError::WrongType, QStringLiteral("supportTicket.issueKey is not a string or null"));
    }

    DecodeResult ok;
    ok.event = event;
    return ok;
}

DecodeResult decodeAccountClosed(const QJsonObject &root, WebhookEvent &event)
{
    DecodeResult r = requireIssueDatetime(root, &event.issueDatetime);
    if (!r.ok())
        return r;
    QJsonObject account;
    if (r = requireObject(root, QLatin1StringView("account"), &account); !r.ok())
        return r;
    if (r = requireUuid(account, QLatin1StringView("customerId"), QStringLiteral("account.customerId"),
                        &event.customerId);
        !r.ok())
        return r;
    const QJsonValue active = account.value(QLatin1StringView("isActive"));
    if (active.isUndefined())
        return failure(DecodeError::MissingField, QStringLiteral("account.isActive is missing"));
    if (!active.isBool())
        return failure(DecodeError::WrongType, QStringLiteral("account.isActive is not a boolean"));
    event.isActive = active.toBool();
    if (event.isActive)
        return failure(DecodeError::BadValue, QStringLiteral("account.isActive is true in ACCOUNT.CLOSED"));

    DecodeResult ok;
    ok.event = event;
    return ok;
}

// A JSON string as Ripio writes it: every non-ASCII UTF-16 unit (and every
// control character) as \uXXXX, the rest as is.
QByteArray jsonString(QStringView text)
{
    QByteArray out = "\"";
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'"') {
            out += "\\\"";
        } else if (c == u'\\') {
            out += "\\\\";
        } else if (c == u'\n') {
            out += "\\n";
        } else if (c == u'\r') {
            out += "\\r";
        } else if (c == u'\t') {
            out += "\\t";
        } else if (c < 0x20 || c >= 0x7f) {
            out += "\\u" + QByteArray::number(int(c), 16).rightJustified(4, '0');
        } else {
            out += char(c);
        }
    }
    out += '"';
    return out;
}

QByteArray jsonTime(const QDateTime &at)
{
    const QString text = at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
    return jsonString(text);
}

} // namespace

QString decodeErrorToString(DecodeError error)
{
    switch (error) {
    case DecodeError::None:
        return QStringLiteral("none");
    case DecodeError::NotJson:
        return QStringLiteral("not-json");
    case DecodeError::NotObject:
        return QStringLiteral("not-object");
    case DecodeError::MissingField:
        return QStringLiteral("missing-field");
    case DecodeError::WrongType:
        return QStringLiteral("wrong-type");
    case DecodeError::BadValue:
        return QStringLiteral("bad-value");
    }
    Q_UNREACHABLE();
    return QString();
}

DecodeResult decodeWebhook(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(DecodeError::NotJson, parseError.errorString());
    if (!document.isObject())
        return failure(DecodeError::NotObject, QStringLiteral("the body is not a JSON object"));
    const QJsonObject root = document.object();

    WebhookEvent event;
    DecodeResult r = requireString(root, QLatin1StringView("eventType"), QStringLiteral("eventType"), &event.eventType);
    if (!r.ok())
        return r;

    // A family's decoder fills `event` as it reads; on an error the fields read so far are kept.
    const auto decodeFamily = [&](WebhookEvent::Kind kind,
                                  DecodeResult (*decode)(const QJsonObject &, WebhookEvent &)) {
        event.kind = kind;
        DecodeResult result = decode(root, event);
        if (!result.ok())
            result.event = std::move(event);
        return result;
    };
    if (event.eventType == supportTicketCreated || event.eventType == supportTicketFailed)
        return decodeFamily(WebhookEvent::Kind::SupportTicket, decodeSupportTicket);
    if (event.eventType == accountClosed)
        return decodeFamily(WebhookEvent::Kind::AccountClosed, decodeAccountClosed);
    if (event.eventType.startsWith(QLatin1StringView("SUPPORT_TICKET."))) {
        // A support ticket event of a kind not known here (Ripio's next one): about a ticket, so
        // kept for the operator to look at, not passed over as another family's.
        event.kind = WebhookEvent::Kind::SupportTicket;
        const QJsonValue when = root.value(QLatin1StringView("issueDatetime"));
        if (when.isString())
            event.issueDatetime = parseIssueDatetime(when.toString());
        // Its ticket, when it names one as the known ones do: the row can be found by it.
        const QJsonValue ticketId =
            root.value(QLatin1StringView("supportTicket")).toObject().value(QLatin1StringView("ticketId"));
        if (ticketId.isString() && isUuid(ticketId.toString()))
            event.ticketId = ticketId.toString();
        DecodeResult unknown =
            failure(DecodeError::BadValue, QStringLiteral("eventType is not a support ticket event known here"));
        unknown.event = std::move(event);
        return unknown;
    }

    // Other families are only acknowledged and logged: their time is kept when
    // it reads well, and nothing else in them may make the delivery fail.
    event.kind = WebhookEvent::Kind::OtherFamily;
    const QJsonValue when = root.value(QLatin1StringView("issueDatetime"));
    if (when.isString())
        event.issueDatetime = parseIssueDatetime(when.toString());
    DecodeResult ok;
    ok.event = event;
    return ok;
}

QByteArray encodeWebhook(const WebhookEvent &event)
{
    switch (event.kind) {
    case WebhookEvent::Kind::SupportTicket: {
        const QString status = statusToString(event.status);
        return "{\"eventType\":" + jsonString(QString(QLatin1StringView("SUPPORT_TICKET.") + status)) +
               ",\"issueDatetime\":" + jsonTime(event.issueDatetime) +
               ",\"supportTicket\":{\"ticketId\":" + jsonString(event.ticketId) +
               ",\"customerId\":" + jsonString(event.customerId) +
               ",\"issueKey\":" + (event.issueKey.isEmpty() ? QByteArray("null") : jsonString(event.issueKey)) +
               ",\"summary\":" + jsonString(event.summary) + ",\"status\":" + jsonString(status) + "}}";
    }
    case WebhookEvent::Kind::AccountClosed:
        return "{\"eventType\":" + jsonString(QString(accountClosed)) +
               ",\"issueDatetime\":" + jsonTime(event.issueDatetime) +
               ",\"account\":{\"customerId\":" + jsonString(event.customerId) + ",\"isActive\":false}}";
    case WebhookEvent::Kind::OtherFamily:
        break;
    }
    QByteArray out = "{\"eventType\":" + jsonString(event.eventType);
    if (event.issueDatetime.isValid())
        out += ",\"issueDatetime\":" + jsonTime(event.issueDatetime);
    return out + '}';
}

QDateTime parseIssueDatetime(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fff|.ffffff](Z|+00:00): the forms Ripio's event pages
    // show. Anything else is refused rather than guessed at.
    constexpr qsizetype baseLength = 19;
    if (text.size() < baseLength + 1)
        return {};
    if (text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' || text[16] != u':')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};

    qsizetype pos = baseLength;
    int msec = 0;
    if (text[pos] == u'.') {
        qsizetype count = 0;
        while (pos + 1 + count < text.size() && isDigit(text[pos + 1 + count]))
            ++count;
        if (count != 3 && count != 6)
            return {};
        // Microseconds are truncated: QDateTime holds milliseconds.
        msec = digits(text, pos + 1, 3);
        pos += 1 + count;
    }
    const QStringView zone = text.sliced(pos);
    if (zone != u"Z" && zone != u"+00:00")
        return {};

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != u'-' : !isHex(text[i]))
            return false;
    }
    return true;
}

} // namespace TicketDesk
