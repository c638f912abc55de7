// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/retrieveticketjob.h"

#include "core/logging.h"
#include "ripio/ripioendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace TicketDesk {

RetrieveTicketJob::RetrieveTicketJob(QNetworkAccessManager *network, TokenManager *tokens, const Clock &clock,
                                     const ClientSettings &settings, const QString &ticketId, QObject *parent)
    : RipioJob(network, tokens, clock, settings, RipioCall::RetrieveTicket, parent)
    , m_ticketId(ticketId)
{}

QNetworkReply *RetrieveTicketJob::send(const QString &token, ClientError *)
{
    QNetworkRequest request = ripioRequest(
        ripioEndpoint(settings().baseUrl, QStringLiteral("api/v1/supportTickets/") + m_ticketId + QLatin1Char('/')));
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
    return network()->get(request);
}

ClientError RetrieveTicketJob::deliver(const ClientError &error, int httpStatus, const QByteArray &body)
{
    RetrieveTicketResult result;
    result.error = error;
    result.ticketId = m_ticketId;
    if (!error.isError()) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString statusText = object.value(QLatin1StringView("status")).toString();
        const std::optional<TicketStatus> status = statusFromString(statusText);
        const bool known = status && (*status == TicketStatus::Pending || *status == TicketStatus::Created ||
                                      *status == TicketStatus::Failed);
        const QString answeredId = object.value(QLatin1StringView("ticketId")).toString();
        if (!known || (!answeredId.isEmpty() && answeredId.compare(m_ticketId, Qt::CaseInsensitive) != 0)) {
            result.error.category = ClientError::Category::Protocol;
            result.error.httpStatus = httpStatus;
            result.error.serverMessage = QString::fromUtf8(body.left(300)).simplified();
            result.error.say(LocalizedText("TicketDesk::RipioClient",
                                           QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                             "Ripio's answer about ticket %1 could not be read (status "
                                                             "\"%2\")."))
                                 .arg(m_ticketId)
                                 .arg(statusText));
        } else {
            result.status = *status;
            result.issueKey = object.value(QLatin1StringView("issueKey")).toString();
        }
    }
    Q_EMIT finished(result);
    return result.error;
}

} // namespace TicketDesk
