// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace TicketDesk {

// Where SecretStore keeps secrets that do not come from the environment: the
// system keychain in the product (KeychainSecretBackend), a fake in tests. Every
// call answers exactly once through `done`, later or at once; an implementation
// never logs a value.
class SecretBackend
{
public:
    struct Answer
    {
        bool ok = false;       // the operation succeeded (a read found a value)
        QString value;         // read: the stored value when ok
        bool available = true; // false: there is no usable keychain here at all
        QString error;         // operator-facing; empty on success and for "not stored"
    };
    using Done = std::function<void(const Answer &)>;

    SecretBackend() = default;
    virtual ~SecretBackend() = default;
    Q_DISABLE_COPY_MOVE(SecretBackend)

    virtual void read(const QString &key, Done done) = 0;
    virtual void write(const QString &key, const QString &value, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
    // False for a backend that keeps values in this process's memory only: they are gone
    // when it quits (the demo's), and Settings says so rather than "in the keychain".
    virtual bool persistent() const { return true; }
};

} // namespace TicketDesk
