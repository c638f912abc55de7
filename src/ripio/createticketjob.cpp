// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/createticketjob.h"

#include "core/logging.h"
#include "ripio/multipartuploaddevice.h"
#include "ripio/ripioendpoint.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace TicketDesk {

CreateTicketJob::CreateTicketJob(QNetworkAccessManager *network, TokenManager *tokens, const Clock &clock,
                                 const ClientSettings &settings, const CreateTicketRequest &request, QObject *parent)
    : RipioJob(network, tokens, clock, settings, RipioCall::CreateTicket, parent)
    , m_request(request)
{}

QNetworkReply *CreateTicketJob::send(const QString &token, ClientError *error)
{
    // A fresh body per attempt: a repeat after 401 streams the files again from the start.
    auto *body = new MultipartUploadDevice;
    body->addField(QByteArrayLiteral("customerId"), m_request.customerId.toUtf8());
    body->addField(QByteArrayLiteral("summary"), m_request.summary.toUtf8());
    body->addField(QByteArrayLiteral("description"), m_request.description.toUtf8());

    const QMimeDatabase mimeDatabase;
    for (const AttachmentFile &attachment : std::as_const(m_request.attachments)) {
        const QString fileName =
            attachment.fileName.isEmpty() ? QFileInfo(attachment.path).fileName() : attachment.fileName;
        const QString contentType = !attachment.contentType.isEmpty() ? attachment.contentType
                                    : attachment.open
                                        ? mimeDatabase.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name()
                                        : mimeDatabase.mimeTypeForFile(attachment.path).name();
        QString reason;
        bool added = false;
        if (attachment.open) {
            if (QIODevice *source = attachment.open(&reason)) {
                body->addFile(QByteArrayLiteral("files"), source, attachment.size, fileName, contentType.toUtf8());
                added = true;
            }
        } else {
            added = body->addFile(QByteArrayLiteral("files"), attachment.path, fileName, contentType.toUtf8(), &reason);
        }
        if (!added) {
            error->category = ClientError::Category::Validation;
            error->say(
                LocalizedText("TicketDesk::RipioClient",
                              QT_TRANSLATE_NOOP("TicketDesk::RipioClient", "The attachment %1 cannot be read: %2"))
                    .arg(attachment.open ? fileName : attachment.path)
                    .arg(reason));
            delete body;
            return nullptr;
        }
    }
    body->finish();

    QNetworkRequest request = ripioRequest(ripioEndpoint(settings().baseUrl, QStringLiteral("api/v1/supportTickets/")));
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, body->contentType());
    request.setHeader(QNetworkRequest::ContentLengthHeader, body->totalSize());
    // With a known length Qt streams the device instead of copying it into memory first.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    setUploadSize(body->totalSize());
    QNetworkReply *reply = network()->post(request, body);
    body->setParent(reply);
    qCInfo(lcRipio) << "creating a support ticket with" << m_request.attachments.size() << "attachment(s),"
                    << body->totalSize() << "bytes";
    return reply;
}

ClientError CreateTicketJob::deliver(const ClientError &error, int httpStatus, const QByteArray &body)
{
    CreateTicketResult result;
    result.error = error;
    if (!error.isError()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        const bool json = parseError.error == QJsonParseError::NoError && document.isObject();
        const QJsonObject object = document.object();
        result.ticketId = object.value(QLatin1StringView("ticketId")).toString();
        result.status = object.value(QLatin1StringView("status")).toString();
        if (result.ticketId.isEmpty()) {
            // Ripio said yes but not to what: a ticket may exist, so this is not a plain failure.
            result.error.category = ClientError::Category::Protocol;
            result.error.httpStatus = httpStatus;
            result.error.bodySent = true;
            result.error.serverMessage = QString::fromUtf8(body.left(300)).simplified();
            result.error.say(withServerText(
                LocalizedText("TicketDesk::RipioClient",
                              json ? QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                       "Ripio accepted the ticket (HTTP %1) but its answer has no "
                                                       "ticket id; the ticket may exist at Ripio.")
                                   : QT_TRANSLATE_NOOP("TicketDesk::RipioClient",
                                                       "Ripio accepted the ticket (HTTP %1) but its answer is not a "
                                                       "JSON object, so its ticket id cannot be read; the ticket may "
                                                       "exist at Ripio."))
                    .arg(httpStatus),
                result.error.serverMessage));
            if (!json)
                qCWarning(lcRipio) << "the answer to a new ticket is not a JSON object:" << parseError.errorString();
        } else {
            if (result.status.isEmpty())
                result.status = QStringLiteral("PENDING");
            qCInfo(lcRipio) << "support ticket accepted:" << result.ticketId << result.status;
        }
    }
    result.bodySent = result.ok() || result.error.bodySent;
    result.error.bodySent = result.bodySent;
    Q_EMIT finished(result);
    return result.error;
}

} // namespace TicketDesk
