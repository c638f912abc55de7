// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/createticketrequest.h"
#include "ripio/createticketresult.h"
#include "ripio/ripiojob.h"

namespace TicketDesk {

// One "Create Support Ticket" call (multipart POST, attachments streamed from
// disk). Made by RipioClient::createTicket(); emits finished() exactly once,
// then deletes itself.
class CreateTicketJob final : public RipioJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateTicketJob)

Q_SIGNALS:
    void finished(const TicketDesk::CreateTicketResult &result);

private:
    friend class RipioClient;
    CreateTicketJob(QNetworkAccessManager *network, TokenManager *tokens, const Clock &clock,
                    const ClientSettings &settings, const CreateTicketRequest &request, QObject *parent);

    QNetworkReply *send(const QString &token, ClientError *error) override;
    ClientError deliver(const ClientError &error, int httpStatus, const QByteArray &body) override;

    CreateTicketRequest m_request;
};

} // namespace TicketDesk
