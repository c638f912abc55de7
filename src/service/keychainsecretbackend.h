// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/secretbackend.h"

#include <QObject>

namespace TicketDesk {

// The system keychain through QtKeychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store), entries named `key` under `serviceName`.
// A keychain that cannot be reached at all (no session bus, no backend)
// answers with `available` false.
class KeychainSecretBackend final : public SecretBackend
{
public:
    explicit KeychainSecretBackend(const QString &serviceName = QStringLiteral("TicketDesk"));
    ~KeychainSecretBackend() override;
    Q_DISABLE_COPY_MOVE(KeychainSecretBackend)

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &value, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_serviceName;
    // Parent and context of the running jobs: deleting the backend ends them
    // without their callbacks.
    QObject m_jobs;
};

} // namespace TicketDesk
