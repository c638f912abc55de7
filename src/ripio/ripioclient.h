// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/apihealth.h"
#include "ripio/clienterror.h"
#include "ripio/createticketrequest.h"
#include "ripio/ripioclientsettings.h"

#include <QMap>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace TicketDesk {

class Clock;
class CreateTicketJob;
class RetrieveTicketJob;
class TokenManager;

// The client side of Ripio's support-ticket API: token, create, retrieve.
// Each call returns a job that emits finished(result) exactly once and then
// deletes itself; connect to it right away (it starts on the next event-loop
// turn). Lives in one thread (the engine's); jobs are children of the client.
// Token lifetimes and Retry-After dates are read against the clock, which
// must outlive the client.
//
//   auto *job = client->createTicket(request);
//   connect(job, &CreateTicketJob::finished, this, &Engine::onCreated);
class RipioClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RipioClient)

public:
    explicit RipioClient(const Clock &clock, QObject *parent = nullptr);
    ~RipioClient() override;

    // Takes effect for calls made afterwards; new credentials drop the cached token.
    void setSettings(const ClientSettings &settings);
    const ClientSettings &settings() const { return m_settings; }

    // Checks the request against settings().limits first: a request that
    // fails finishes with a Validation error and nothing is sent.
    CreateTicketJob *createTicket(const CreateTicketRequest &request);
    // ticketId must be a UUID (it becomes part of the URL).
    RetrieveTicketJob *retrieveTicket(const QString &ticketId);
    ApiHealth health() const { return m_health; }
    // How many token requests were sent so far; for diagnostics and tests.
    int tokenRequestCount() const;

    // Failed calls so far, by categoryToString() of their category (for `serve --metrics`).
    QMap<QString, quint64> errorCounts() const { return m_errorCounts; }

Q_SIGNALS:
    void healthChanged(TicketDesk::ApiHealth health, const QString &message);

private:
    void noteResult(const ClientError &error);

    const Clock &m_clock;
    ClientSettings m_settings;
    QNetworkAccessManager *m_network;
    TokenManager *m_tokens;
    ApiHealth m_health = ApiHealth::Unknown;
    QMap<QString, quint64> m_errorCounts;
};

} // namespace TicketDesk
