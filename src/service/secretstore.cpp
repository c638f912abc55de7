// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/secretstore.h"

#include "core/logging.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <qt6keychain/keychain.h>

namespace TicketDesk {

namespace {

// Without a session bus QtKeychain reports OtherError ("Unknown error") rather
// than NoBackendAvailable: anything but success, "not found" and a refusal means
// there is no usable keychain, and the environment must stand in.
bool isMissingBackend(QKeychain::Error e)
{
    return e != QKeychain::NoError && e != QKeychain::EntryNotFound && e != QKeychain::AccessDenied &&
           e != QKeychain::AccessDeniedByUser;
}

QString describe(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return QString();
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::tr("The system keychain refused access: %1").arg(job->errorString());
    default:
        return SecretStore::tr("No system keychain service is available (%1); set the secret in the environment "
                               "instead.")
            .arg(job->errorString());
    }
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , m_serviceName(QStringLiteral("TicketDesk"))
{}

QString SecretStore::keyName(Secret secret)
{
    switch (secret) {
    case Secret::ClientSecret:
        return QStringLiteral("client-secret");
    case Secret::WebhookSecret:
        return QStringLiteral("webhook-secret");
    case Secret::PreviousWebhookSecret:
        return QStringLiteral("webhook-secret-previous");
    }
    Q_UNREACHABLE();
    return QString();
}

QString SecretStore::environmentVariable(Secret secret)
{
    switch (secret) {
    case Secret::ClientSecret:
        return QStringLiteral("TICKETDESK_CLIENT_SECRET");
    case Secret::WebhookSecret:
        return QStringLiteral("TICKETDESK_WEBHOOK_SECRET");
    case Secret::PreviousWebhookSecret:
        return QStringLiteral("TICKETDESK_WEBHOOK_SECRET_PREVIOUS");
    }
    Q_UNREACHABLE();
    return QString();
}

void SecretStore::read(Secret secret, std::function<void(const Result &)> done)
{
    const QString fromEnv = qEnvironmentVariable(environmentVariable(secret).toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        done(Result{fromEnv, Source::Environment, true, QString()});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setKey(keyName(secret));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        Result r;
        r.keychainAvailable = !isMissingBackend(j->error());
        r.error = describe(j);
        if (j->error() == QKeychain::NoError && !read->textData().isEmpty()) {
            r.value = read->textData();
            r.source = Source::Keychain;
        }
        done(r);
    });
    job->start();
}

void SecretStore::write(Secret secret, const QString &value, std::function<void(const Result &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setKey(keyName(secret));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        Result r;
        r.keychainAvailable = !isMissingBackend(j->error());
        r.error = describe(j);
        r.source = j->error() == QKeychain::NoError ? Source::Keychain : Source::None;
        if (!r.error.isEmpty())
            qCWarning(lcService) << "keychain write failed:" << j->errorString();
        done(r);
    });
    job->start();
}

void SecretStore::remove(Secret secret, std::function<void(const Result &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setKey(keyName(secret));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        Result r;
        r.keychainAvailable = !isMissingBackend(j->error());
        r.error = describe(j);
        done(r);
    });
    job->start();
}

SecretStore::Result SecretStore::readBlocking(Secret secret, int timeoutMs)
{
    // Shared with the callback: a keychain that answers after the timeout must
    // not write into this (by then gone) stack frame.
    struct State
    {
        Result result;
        bool finished = false;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    QTimer::singleShot(timeoutMs, &state->loop, &QEventLoop::quit);
    read(secret, [state](const Result &r) {
        state->result = r;
        state->finished = true;
        state->loop.quit();
    });
    if (!state->finished)
        state->loop.exec();
    if (!state->finished) {
        Result r;
        r.keychainAvailable = false;
        r.error = tr("The system keychain did not answer within %1 s.").arg(timeoutMs / 1000);
        return r;
    }
    return state->result;
}

} // namespace TicketDesk
