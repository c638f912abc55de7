// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/ripioclient.h"

#include "core/logging.h"
#include "core/webhookevent.h"
#include "ripio/createticketjob.h"
#include "ripio/createticketvalidator.h"
#include "ripio/retrieveticketjob.h"
#include "ripio/tokenmanager.h"

#include <QNetworkAccessManager>
#include <QStringList>

namespace TicketDesk {

RipioClient::RipioClient(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new TokenManager(m_network, clock, this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_tokens, &TokenManager::tokenObtained, this, [this] {
        // A token proves the credentials, not that support tickets are enabled.
        if (m_health != ApiHealth::NotEnabled)
            noteResult(ClientError());
    });
    connect(m_tokens, &TokenManager::tokenFailed, this, &RipioClient::noteResult);
}

RipioClient::~RipioClient()
{
    // Jobs go first: they hold pointers to the token manager and the network manager.
    const QList<RipioJob *> jobs = findChildren<RipioJob *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

void RipioClient::setSettings(const ClientSettings &settings)
{
    // Another Ripio or other credentials: what was known of the old ones says nothing of these,
    // and their first answer is told whatever it is.
    if (settings.baseUrl != m_settings.baseUrl || settings.clientId != m_settings.clientId ||
        settings.clientSecret != m_settings.clientSecret)
        m_health = ApiHealth::Unknown;
    m_settings = settings;
    m_tokens->setSettings(settings);
}

int RipioClient::tokenRequestCount() const
{
    return m_tokens->requestCount();
}

CreateTicketJob *RipioClient::createTicket(const CreateTicketRequest &request)
{
    auto *job = new CreateTicketJob(m_network, m_tokens, m_clock, m_settings, request, this);
    connect(job, &RipioJob::completed, this, &RipioClient::noteResult);
    const QList<FieldError> problems = validateCreateRequest(request, m_settings.limits);
    if (!problems.isEmpty()) {
        ClientError error;
        error.category = ClientError::Category::Validation;
        QStringList lines;
        for (const FieldError &problem : problems)
            lines.append(problem.message);
        // Checked here, never sent: not Ripio's refusal (the limits in Settings may have been
        // tightened since the ticket was queued, or a stored attachment has gone).
        error.message = tr("TicketDesk refused to send it: %1").arg(lines.join(QLatin1Char('\n')));
        job->startFailed(error);
        return job;
    }
    job->start();
    return job;
}

RetrieveTicketJob *RipioClient::retrieveTicket(const QString &ticketId)
{
    auto *job = new RetrieveTicketJob(m_network, m_tokens, m_clock, m_settings, ticketId, this);
    connect(job, &RipioJob::completed, this, &RipioClient::noteResult);
    if (!isUuid(ticketId)) {
        ClientError error;
        error.category = ClientError::Category::Validation;
        error.say(LocalizedText("TicketDesk::RipioClient",
                                QT_TRANSLATE_NOOP("TicketDesk::RipioClient", "The ticket id %1 is not a UUID."))
                      .arg(ticketId.left(64)));
        job->startFailed(error);
        return job;
    }
    job->start();
    return job;
}

void RipioClient::noteResult(const ClientError &error)
{
    using C = ClientError::Category;
    if (error.isError())
        ++m_errorCounts[categoryToString(error.category)];
    ApiHealth health = m_health;
    switch (error.category) {
    case C::None:
        health = ApiHealth::Ready;
        break;
    case C::BadCredentials:
        health = ApiHealth::BadCredentials;
        break;
    case C::NotEnabled:
        health = ApiHealth::NotEnabled;
        break;
    case C::Offline:
    case C::Tls:
    case C::Timeout:
        health = ApiHealth::Offline;
        break;
    case C::RateLimited:
        // "API ready" while every call was refused with 429 misled (an audit): say so, until a
        // call goes through.
        if (error.httpStatus != 0)
            health = ApiHealth::RateLimited;
        break;
    case C::Validation:
    case C::CustomerUnknown:
    case C::NotFound:
        // Ripio answered about this one request, so the API itself works;
        // a check that never left this machine says nothing.
        if (error.httpStatus != 0)
            health = ApiHealth::Ready;
        break;
    case C::ServerError:
    case C::Protocol:
        break;
    }
    if (health == m_health)
        return;
    m_health = health;
    qCInfo(lcRipio) << "API health:" << apiHealthToString(m_health);
    Q_EMIT healthChanged(m_health, health == ApiHealth::Ready ? QString() : error.message);
}

} // namespace TicketDesk
