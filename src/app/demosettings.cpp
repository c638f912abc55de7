// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demosettings.h"

#include "core/settings.h"
#include "service/secretstore.h"

#include <QHash>
#include <QObject>
#include <QSettings>
#include <QTimer>

namespace TicketDesk::DemoSettings {

namespace {

class SessionSecrets final : public SecretBackend
{
public:
    explicit SessionSecrets(QHash<QString, QString> values)
        : m_values(std::move(values))
    {}

    void read(const QString &key, Done done) override
    {
        Answer a;
        a.ok = m_values.contains(key);
        a.value = m_values.value(key);
        answer(std::move(done), a);
    }
    void write(const QString &key, const QString &value, Done done) override
    {
        m_values.insert(key, value);
        answer(std::move(done), Answer{true, QString(), true, QString()});
    }
    void remove(const QString &key, Done done) override
    {
        Answer a;
        a.ok = m_values.remove(key) > 0;
        answer(std::move(done), a);
    }
    bool persistent() const override { return false; }

private:
    // Later, as a keychain answers: callers may not expect their callback inside the call.
    void answer(Done done, const Answer &a)
    {
        QTimer::singleShot(0, &m_context, [done = std::move(done), a] { done(a); });
    }

    QHash<QString, QString> m_values;
    QObject m_context; // the calls still unanswered go with the backend
};

} // namespace

void isolate(const QString &dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings settings;
    Settings::apiEnvironment.write(settings, QStringLiteral("demo"));
}

std::unique_ptr<SecretBackend> sessionSecrets(const EngineConfig &sandbox)
{
    QHash<QString, QString> values;
    if (!sandbox.client.clientSecret.isEmpty())
        values.insert(SecretStore::keyName(SecretStore::Secret::ClientSecret), sandbox.client.clientSecret);
    if (!sandbox.webhookSecret.isEmpty())
        values.insert(SecretStore::keyName(SecretStore::Secret::WebhookSecret),
                      QString::fromUtf8(sandbox.webhookSecret));
    return std::make_unique<SessionSecrets>(std::move(values));
}

} // namespace TicketDesk::DemoSettings
