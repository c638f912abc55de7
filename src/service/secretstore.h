// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/secretbackend.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace TicketDesk {

// Where TicketDesk keeps its secrets: the system keychain (a SecretBackend,
// QtKeychain's by default), or, for headless use and where no keychain service exists, the environment
// (TICKETDESK_CLIENT_SECRET, TICKETDESK_WEBHOOK_SECRET,
// TICKETDESK_WEBHOOK_SECRET_PREVIOUS, TICKETDESK_DATABASE_PASSWORD; libpq's own
// PGPASSWORD and ~/.pgpass work too). Never a plain file, never a log line.
//
// Reads prefer the environment, so `ticketdesk serve` under systemd works with an
// EnvironmentFile and no session bus. Calls are asynchronous; `readBlocking` is
// for command-line start-up only.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Secret
    {
        ClientSecret,
        WebhookSecret,
        PreviousWebhookSecret,
        DatabasePassword, // the team database's password, typed in the desktop's Settings
    };
    enum class Source
    {
        None,
        Environment,
        Keychain,
        Memory, // a backend that is not persistent(): this process holds it until it quits
    };
    struct Result
    {
        QString value; // empty when not found
        Source source = Source::None;
        bool keychainAvailable = true;
        QString error; // operator-facing, empty on success or plain "not stored"
        // Spaces or line breaks at the value's ends were removed (a .env file with CRLF, a
        // pasted line): Ripio's secrets and passwords have none, and kept they fail every
        // signature or sign-in with nothing to say why. A value of blanks only is no value.
        bool trimmed = false;
    };

    // Keeps secrets in the system keychain (KeychainSecretBackend).
    explicit SecretStore(QObject *parent = nullptr);
    // Keeps secrets in `backend` instead: tests pass a fake keychain.
    explicit SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain entry name ("client-secret", ...), also used in messages.
    static QString keyName(Secret secret);
    static QString environmentVariable(Secret secret);
    // The secret as the environment gives it (environmentVariable()), trimmed; Source::None
    // when unset or blank. read() tries this first.
    static Result fromEnvironment(Secret secret);

    void read(Secret secret, std::function<void(const Result &)> done);
    void write(Secret secret, const QString &value, std::function<void(const Result &)> done);
    void remove(Secret secret, std::function<void(const Result &)> done);

    Result readBlocking(Secret secret, int timeoutMs = 5000);

    // Whether a value written here outlives this process (see SecretBackend::persistent).
    bool persistent() const { return m_backend->persistent(); }

private:
    // Where a value the backend holds lives: the keychain, or this process's memory.
    Source heldIn() const;

    std::unique_ptr<SecretBackend> m_backend;
};

} // namespace TicketDesk
