// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/retrieveticketresult.h"
#include "ripio/ripiojob.h"

namespace TicketDesk {

// One "Retrieve Support Ticket" call. Made by RipioClient::retrieveTicket();
// emits finished() exactly once, then deletes itself.
class RetrieveTicketJob final : public RipioJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetrieveTicketJob)

public:
    QString ticketId() const { return m_ticketId; }

Q_SIGNALS:
    void finished(const TicketDesk::RetrieveTicketResult &result);

private:
    friend class RipioClient;
    RetrieveTicketJob(QNetworkAccessManager *network, TokenManager *tokens, const Clock &clock,
                      const ClientSettings &settings, const QString &ticketId, QObject *parent);

    QNetworkReply *send(const QString &token, ClientError *error) override;
    ClientError deliver(const ClientError &error, int httpStatus, const QByteArray &body) override;

    QString m_ticketId;
};

} // namespace TicketDesk
