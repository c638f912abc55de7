// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ripiosandbox.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace TicketDesk {

struct EngineConfig;

// The embedded Ripio sandbox of `ticketdesk --demo` (and of the GUI tests):
// a RipioSandbox in its own QThread, listening on 127.0.0.1. configure() points
// an EngineConfig at it; setWebhookUrl() and setOptions() are queued to its
// thread. Ends its thread on destruction.
class DemoSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSandbox)

public:
    explicit DemoSandbox(const SandboxOptions &options, QObject *parent = nullptr);
    ~DemoSandbox() override;

    // Starts listening (waits for the sandbox thread). False with errorString() on failure.
    bool start();
    QString errorString() const { return m_error; }
    QUrl baseUrl() const { return m_baseUrl; }
    SandboxOptions options() const { return m_options; }

    // Client base URL and credentials, webhook secret, listener on 127.0.0.1 port 0.
    void configure(EngineConfig &config) const;

    void setWebhookUrl(const QUrl &url);
    // Every option but the webhook address, which only setWebhookUrl() changes.
    void setOptions(const SandboxOptions &options);
    // false: the API goes down (stops listening) before this returns; true: listens again on the same
    // port (the engine knows no other), trying again every second, with a
    // warning, while another socket holds it.
    void setOnline(bool online);
    RipioSandbox *sandbox() const { return m_sandbox; }

Q_SIGNALS:
    // setOnline(true) took effect: the sandbox listens again (emitted from its thread).
    void backOnline();

private:
    // In the sandbox's thread, while `turn` is the latest setOnline().
    void comeBack(quint16 port, quint64 turn);

    QThread m_thread;
    RipioSandbox *m_sandbox;
    SandboxOptions m_options;
    QUrl m_baseUrl;
    QString m_error;
    std::atomic<quint64> m_onlineTurn{0}; // one more at each setOnline()
};

} // namespace TicketDesk
