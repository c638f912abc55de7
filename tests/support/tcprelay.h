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

#include <memory>

namespace TicketDesk {

// A TCP relay on 127.0.0.1 that forwards every connection to a target (a test's
// PostgreSQL server) and can cut the network: setOpen(false) drops every relayed
// connection and closes each new one at once, as a lost network does to a
// client; setOpen(true) lets them through again. It runs in its own thread, so a
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
    void setOpen(bool open)
    {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, open] { w->setOpen(open); }, Qt::BlockingQueuedConnection);
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

    private:
        void accept()
        {
            while (QTcpSocket *client = m_server->nextPendingConnection()) {
                if (!m_open) {
                    client->abort();
                    client->deleteLater();
                    continue;
                }
                auto *upstream = new QTcpSocket(this);
                client->setParent(this);
                m_sockets << client << upstream;
                const auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                    QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
                    QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
                    QObject::connect(from, &QTcpSocket::disconnected, from, &QObject::deleteLater);
                };
                pipe(client, upstream);
                pipe(upstream, client);
                // What the client sends before the upstream connection is up waits in its socket.
                QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
                    if (client->bytesAvailable() > 0)
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
        QList<QPointer<QTcpSocket>> m_sockets;
    };

    QThread m_thread;
    Worker *m_worker;
    quint16 m_port = 0;
};

} // namespace TicketDesk
