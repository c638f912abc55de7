// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demosandbox.h"

#include "core/logging.h"
#include "service/engineconfig.h"

#include <QTimer>

namespace TicketDesk {

DemoSandbox::DemoSandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_sandbox(new RipioSandbox(options))
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("ticketdesk-sandbox"));
    m_sandbox->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_sandbox, &QObject::deleteLater);
    m_thread.start();
}

DemoSandbox::~DemoSandbox()
{
    m_thread.quit();
    m_thread.wait();
}

bool DemoSandbox::start()
{
    RipioSandbox *sandbox = m_sandbox;
    bool ok = false;
    // Blocking once at start-up: the engine's config needs the port it got.
    QMetaObject::invokeMethod(
        m_sandbox,
        [&] {
            ok = sandbox->listen(QHostAddress::LocalHost, 0);
            m_baseUrl = sandbox->baseUrl();
            m_error = sandbox->errorString();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void DemoSandbox::configure(EngineConfig &config) const
{
    config.client.baseUrl = m_baseUrl;
    config.client.clientId = m_options.clientId;
    config.client.clientSecret = m_options.clientSecret;
    config.webhookSecret = m_options.webhookSecret;
    config.previousWebhookSecret.clear();
    config.listen = true;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
}

void DemoSandbox::setWebhookUrl(const QUrl &url)
{
    // Kept in the options too: setOptions() carries it over.
    m_options.webhookUrl = url;
    RipioSandbox *sandbox = m_sandbox;
    QMetaObject::invokeMethod(
        m_sandbox, [sandbox, url] { sandbox->setWebhookUrl(url); }, Qt::QueuedConnection);
}

void DemoSandbox::setOptions(const SandboxOptions &options)
{
    // The webhook address is the listener's, given by setWebhookUrl() whenever
    // it comes: options read before it came (a copy kept to restore later)
    // must not take it away.
    const QUrl webhookUrl = m_options.webhookUrl;
    m_options = options;
    m_options.webhookUrl = webhookUrl;
    RipioSandbox *sandbox = m_sandbox;
    QMetaObject::invokeMethod(
        m_sandbox, [sandbox, options = m_options] { sandbox->setOptions(options); }, Qt::QueuedConnection);
}

void DemoSandbox::setOnline(bool online)
{
    const quint64 turn = ++m_onlineTurn;
    if (!online) {
        // Down before this returns: a ticket sent right after must find the port closed. Queued,
        // the close could run after the engine had connected (the kernel accepts into the listen
        // backlog) and sent its request, which then ends unanswered, not refused.
        RipioSandbox *sandbox = m_sandbox;
        QMetaObject::invokeMethod(
            m_sandbox, [sandbox] { sandbox->close(); }, Qt::BlockingQueuedConnection);
        return;
    }
    const quint16 port = quint16(m_baseUrl.port());
    QMetaObject::invokeMethod(
        m_sandbox, [this, port, turn] { comeBack(port, turn); }, Qt::QueuedConnection);
}

void DemoSandbox::comeBack(quint16 port, quint64 turn)
{
    if (turn != m_onlineTurn || m_sandbox->isListening())
        return;
    if (m_sandbox->listen(QHostAddress::LocalHost, port)) {
        Q_EMIT backOnline();
        return;
    }
    qCWarning(lcRipio).noquote() << "demo sandbox: cannot listen on port" << port
                                 << "again, trying again in a second:" << m_sandbox->errorString();
    QTimer::singleShot(1000, m_sandbox, [this, port, turn] { comeBack(port, turn); });
}

} // namespace TicketDesk
