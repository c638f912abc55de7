// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <memory>
#include <utility>

namespace TicketDesk {

// A TCP relay on 127.0.0.1 that forwards every connection to a target (a test's
// PostgreSQL server) and can cut the network: setOpen(false) drops every relayed
// connection and closes each new one at once, as a lost network does to a
// client; setOpen(true) lets them through again. setFrozen(true) keeps every
// connection open but forwards nothing (what arrives waits in the relay), as a
// server that is stopped, or hung while its host still answers TCP, does:
// setFrozen(false) forwards what waited and goes on. It runs in its own thread, so a
// client blocked inside libpq in the test's thread still gets its answers.
// Header-only.
class TcpRelay final
{
public:
    TcpRelay(const QHostAddress &targetHost, quint16 targetPort)
        : m_worker(new Worker(targetHost, targetPort))
    {
        m_worker->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(m_worker, &Worker::listen, Qt::BlockingQueuedConnection, &m_port);
    }
    // In front of the server `server` names (a postgresql:// URL).
    explicit TcpRelay(const QUrl &server)
        : TcpRelay(QHostAddress(server.host()), quint16(server.port()))
    {}
    ~TcpRelay()
    {
        // Deleted in its thread before that thread is told to quit: a queued deleteLater() could
        // still be waiting when the loop saw quit() and ended, and the worker leaked (LSan).
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(TcpRelay)

    quint16 port() const { return m_port; } // 0: listening failed
    // `server` (the URL it relays to) as reached through the relay.
    QUrl through(QUrl server) const
    {
        server.setHost(QStringLiteral("127.0.0.1"));
        server.setPort(m_port);
        return server;
    }
    void setOpen(bool open)
    {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, open] { w->setOpen(open); }, Qt::BlockingQueuedConnection);
    }
    void setFrozen(bool frozen)
    {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, frozen] { w->setFrozen(frozen); }, Qt::BlockingQueuedConnection);
    }
    // Connections refused while closed (setOpen(false)) so far.
    int refused() const
    {
        int n = 0;
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, &n] { n = w->refused(); }, Qt::BlockingQueuedConnection);
        return n;
    }

private:
    class Worker final : public QObject
    {
    public:
        Worker(const QHostAddress &host, quint16 port)
            : m_host(host)
            , m_port(port)
        {}

        quint16 listen()
        {
            m_server = new QTcpServer(this);
            QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
            return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
        }
        void setOpen(bool open)
        {
            m_open = open;
            if (open)
                return;
            for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
                if (s)
                    s->abort();
            }
            m_sockets.clear();
        }
        int refused() const { return m_refused; }
        void setFrozen(bool frozen)
        {
            m_frozen = frozen;
            if (frozen)
                return;
            for (const auto &[from, to] : std::as_const(m_pipes)) {
                if (from && to && from->bytesAvailable() > 0)
                    to->write(from->readAll());
            }
        }

    private:
        void accept()
        {
            while (QTcpSocket *client = m_server->nextPendingConnection()) {
                if (!m_open) {
                    ++m_refused;
                    client->abort();
                    client->deleteLater();
                    continue;
                }
                auto *upstream = new QTcpSocket(this);
                client->setParent(this);
                m_sockets << client << upstream;
                const auto pipe = [this](QTcpSocket *from, QTcpSocket *to) {
                    m_pipes.append(std::make_pair(QPointer<QTcpSocket>(from), QPointer<QTcpSocket>(to)));
                    QObject::connect(from, &QTcpSocket::readyRead, to, [this, from, to] {
                        if (!m_frozen)
                            to->write(from->readAll());
                    });
                    QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
                    QObject::connect(from, &QTcpSocket::disconnected, from, &QObject::deleteLater);
                };
                pipe(client, upstream);
                pipe(upstream, client);
                // What the client sends before the upstream connection is up waits in its socket.
                QObject::connect(upstream, &QTcpSocket::connected, client, [this, client, upstream] {
                    if (!m_frozen && client->bytesAvailable() > 0)
                        upstream->write(client->readAll());
                });
                QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
                upstream->connectToHost(m_host, m_port);
            }
        }

        QHostAddress m_host;
        quint16 m_port = 0;
        QTcpServer *m_server = nullptr;
        bool m_open = true;
        bool m_frozen = false;
        int m_refused = 0;
        QList<QPointer<QTcpSocket>> m_sockets;
        QList<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pipes; // from, to
    };

    QThread m_thread;
    Worker *m_worker;
    quint16 m_port = 0;
};

} // namespace TicketDesk
