// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/secretbackend.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace TicketDesk {

// A keychain in memory, for tests. It answers from the event loop, as a real
// keychain does, so callers see the same asynchrony. Modes: a working keychain,
// none at all (`setAvailable(false)`: what a machine without a session bus
// reports), one that refuses (`setRefusal(text)`), one that never answers.
class FakeSecretBackend final : public SecretBackend
{
public:
    FakeSecretBackend() = default;
    Q_DISABLE_COPY_MOVE(FakeSecretBackend)

    void setAvailable(bool available) { m_available = available; }
    void setRefusal(const QString &error) { m_refusal = error; }
    // A keychain that never answers (a locked wallet waiting for a prompt nobody sees).
    void setSilent(bool silent) { m_silent = silent; }
    // A keychain that answers only when told to (a locked keyring's prompt, then unlocked).
    void setHeld(bool held) { m_held = held; }
    void release()
    {
        m_held = false;
        for (auto &answer : std::exchange(m_waiting, {}))
            QTimer::singleShot(0, &m_context, std::move(answer));
    }
    QHash<QString, QString> &values() { return m_values; }
    // Every call as "read key", "write key", "remove key": never a value.
    const QStringList &calls() const { return m_calls; }

    void read(const QString &key, Done done) override
    {
        m_calls.append(QStringLiteral("read ") + key);
        Answer a = failure();
        if (a.error.isEmpty()) {
            a.value = m_values.value(key);
            a.ok = !a.value.isEmpty();
        }
        answer(std::move(done), a);
    }
    void write(const QString &key, const QString &value, Done done) override
    {
        m_calls.append(QStringLiteral("write ") + key);
        Answer a = failure();
        if (a.error.isEmpty()) {
            m_values.insert(key, value);
            a.ok = true;
        }
        answer(std::move(done), a);
    }
    void remove(const QString &key, Done done) override
    {
        m_calls.append(QStringLiteral("remove ") + key);
        Answer a = failure();
        if (a.error.isEmpty())
            a.ok = m_values.remove(key) > 0;
        answer(std::move(done), a);
    }

    static QString noBackendError() { return QStringLiteral("No system keychain service is available (fake)."); }

private:
    Answer failure() const
    {
        Answer a;
        if (!m_available) {
            a.available = false;
            a.error = noBackendError();
        } else {
            a.error = m_refusal;
        }
        return a;
    }
    void answer(Done done, const Answer &a)
    {
        if (m_silent)
            return;
        if (m_held) {
            m_waiting.append([done = std::move(done), a] { done(a); });
            return;
        }
        QTimer::singleShot(0, &m_context, [done = std::move(done), a] { done(a); });
    }

    QHash<QString, QString> m_values;
    QStringList m_calls;
    bool m_available = true;
    bool m_silent = false;
    bool m_held = false;
    QList<std::function<void()>> m_waiting;
    QString m_refusal;
    QObject m_context; // deleting the fake drops its unanswered calls, as the keychain backend does
};

} // namespace TicketDesk
