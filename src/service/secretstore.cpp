// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/secretstore.h"

#include "service/keychainsecretbackend.h"

#include <QEventLoop>
#include <QTimer>

namespace TicketDesk {

SecretStore::SecretStore(QObject *parent)
    : SecretStore(std::make_unique<KeychainSecretBackend>(), parent)
{}

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{}

SecretStore::~SecretStore() = default;

QString SecretStore::keyName(Secret secret)
{
    switch (secret) {
    case Secret::ClientSecret:
        return QStringLiteral("client-secret");
    case Secret::WebhookSecret:
        return QStringLiteral("webhook-secret");
    case Secret::PreviousWebhookSecret:
        return QStringLiteral("webhook-secret-previous");
    case Secret::DatabasePassword:
        return QStringLiteral("database-password");
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
    case Secret::DatabasePassword:
        return QStringLiteral("TICKETDESK_DATABASE_PASSWORD");
    }
    Q_UNREACHABLE();
    return QString();
}

SecretStore::Source SecretStore::heldIn() const
{
    return m_backend->persistent() ? Source::Keychain : Source::Memory;
}

SecretStore::Result SecretStore::fromEnvironment(Secret secret)
{
    const QString raw = qEnvironmentVariable(environmentVariable(secret).toLatin1().constData());
    const QString value = raw.trimmed();
    Result r{value, value.isEmpty() ? Source::None : Source::Environment, true, QString()};
    r.trimmed = value.size() != raw.size();
    return r;
}

void SecretStore::read(Secret secret, std::function<void(const Result &)> done)
{
    if (const Result env = fromEnvironment(secret); !env.value.isEmpty()) {
        done(env);
        return;
    }
    m_backend->read(keyName(secret), [done = std::move(done), held = heldIn()](const SecretBackend::Answer &a) {
        const QString value = a.ok ? a.value.trimmed() : QString();
        Result r{value, a.ok ? held : Source::None, a.available, a.error};
        r.trimmed = a.ok && value.size() != a.value.size();
        done(r);
    });
}

void SecretStore::write(Secret secret, const QString &value, std::function<void(const Result &)> done)
{
    m_backend->write(keyName(secret), value, [done = std::move(done), held = heldIn()](const SecretBackend::Answer &a) {
        done(Result{QString(), a.ok ? held : Source::None, a.available, a.error});
    });
}

void SecretStore::remove(Secret secret, std::function<void(const Result &)> done)
{
    m_backend->remove(keyName(secret), [done = std::move(done)](const SecretBackend::Answer &a) {
        done(Result{QString(), Source::None, a.available, a.error});
    });
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
