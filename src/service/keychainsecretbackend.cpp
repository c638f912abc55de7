// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/keychainsecretbackend.h"

#include "core/logging.h"

#include <QCoreApplication>

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

QString describe(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return QString();
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("TicketDesk::SecretStore", "The system keychain refused access: %1")
            .arg(job->errorString());
    default: {
        // The library's "Unknown error" (no Secret Service on the session bus) says nothing more.
        const QString why = job->errorString().trimmed();
        if (why.isEmpty() || why.compare(QLatin1StringView("Unknown error"), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("TicketDesk::SecretStore",
                                               "No system keychain service is available; set the secret in the "
                                               "environment instead.");
        return QCoreApplication::translate("TicketDesk::SecretStore",
                                           "No system keychain service is available (%1); set the secret in the "
                                           "environment instead.")
            .arg(why);
    }
    }
}

SecretBackend::Answer answerOf(const QKeychain::Job *job)
{
    SecretBackend::Answer a;
    a.ok = job->error() == QKeychain::NoError;
    a.available = !isMissingBackend(job->error());
    a.error = describe(job);
    return a;
}

} // namespace

KeychainSecretBackend::KeychainSecretBackend(const QString &serviceName)
    : m_serviceName(serviceName)
{}

KeychainSecretBackend::~KeychainSecretBackend() = default;

void KeychainSecretBackend::read(const QString &key, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, &m_jobs);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, &m_jobs, [done = std::move(done)](QKeychain::Job *j) {
        Answer a = answerOf(j);
        a.value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        a.ok = a.ok && !a.value.isEmpty();
        if (!a.ok)
            a.value.clear();
        done(a);
    });
    job->start();
}

void KeychainSecretBackend::write(const QString &key, const QString &value, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName, &m_jobs);
    job->setKey(key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, &m_jobs, [done = std::move(done)](QKeychain::Job *j) {
        const Answer a = answerOf(j);
        // The job's own text names the failure, never the value.
        if (!a.error.isEmpty())
            qCWarning(lcService) << "keychain write failed:" << j->errorString();
        done(a);
    });
    job->start();
}

void KeychainSecretBackend::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName, &m_jobs);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, &m_jobs,
                     [done = std::move(done)](QKeychain::Job *j) { done(answerOf(j)); });
    job->start();
}

} // namespace TicketDesk
