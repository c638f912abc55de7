// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/scriptedserver.h"

#include "support/unusedport.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace TicketDesk {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    return response;
}

ScriptedResponse ScriptedResponse::act(Action action)
{
    ScriptedResponse response;
    response.action = action;
    return response;
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer()
{
    close();
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ScriptedServer::close()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

QUrl ScriptedServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QUrl ScriptedServer::unreachableUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(unusedLoopbackPort()));
}

void ScriptedServer::enqueue(const QByteArray &path, const ScriptedResponse &response)
{
    m_queues[path].append(response);
}

void ScriptedServer::setFallback(const QByteArray &path, const ScriptedResponse &response)
{
    m_fallbacks.insert(path, response);
}

QList<RecordedRequest> ScriptedServer::requestsTo(const QByteArray &path) const
{
    QList<RecordedRequest> result;
    for (const RecordedRequest &request : m_requests) {
        if (request.path == path)
            result.append(request);
    }
    return result;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, Connection());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { process(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

ScriptedResponse ScriptedServer::take(const QByteArray &path)
{
    auto queue = m_queues.find(path);
    if (queue != m_queues.end() && !queue->isEmpty())
        return queue->takeFirst();
    if (m_fallbacks.contains(path))
        return m_fallbacks.value(path);
    return ScriptedResponse::json(599, QByteArrayLiteral("{\"detail\":\"no script for this path\"}"));
}

void ScriptedServer::process(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it;
    if (connection.stopped)
        return;
    connection.buffer.append(socket->readAll());

    for (;;) {
        if (connection.remaining < 0) {
            const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = connection.buffer.left(end).split('\n');
            connection.buffer.remove(0, end + 4);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            connection.current = RecordedRequest();
            connection.current.method = requestLine.value(0);
            connection.current.path = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    connection.current.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            connection.remaining = connection.current.header(QByteArrayLiteral("Content-Length")).toLongLong();
            connection.response = take(connection.current.path);
            if (connection.response.action == ScriptedResponse::Action::HangBeforeBody) {
                m_requests.append(connection.current);
                connection.stopped = true;
                // Stop draining the socket so the client's upload backs up.
                socket->setReadBufferSize(1);
                return;
            }
        }
        const qint64 chunk = qMin<qint64>(connection.remaining, connection.buffer.size());
        if (m_keepBodies)
            connection.current.body.append(connection.buffer.constData(), chunk);
        connection.current.bodySize += chunk;
        connection.buffer.remove(0, chunk);
        connection.remaining -= chunk;
        if (connection.remaining > 0)
            return;

        connection.remaining = -1;
        m_requests.append(connection.current);
        const ScriptedResponse response = connection.response;
        switch (response.action) {
        case ScriptedResponse::Action::CloseIfReused:
            if (connection.answered > 0) {
                connection.stopped = true;
                socket->abort();
                return;
            }
            [[fallthrough]];
        case ScriptedResponse::Action::Answer:
            if (response.delayMs > 0) {
                QTimer::singleShot(response.delayMs, socket, [this, socket, response] { respond(socket, response); });
            } else {
                respond(socket, response);
            }
            break;
        case ScriptedResponse::Action::CloseAfterBody:
            connection.stopped = true;
            socket->disconnectFromHost();
            return;
        case ScriptedResponse::Action::HangAfterBody:
        case ScriptedResponse::Action::HangBeforeBody:
            connection.stopped = true;
            return;
        }
        if (connection.buffer.isEmpty())
            return;
    }
}

void ScriptedServer::respond(QTcpSocket *socket, const ScriptedResponse &response)
{
    if (auto it = m_connections.find(socket); it != m_connections.end())
        ++it->answered;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    bool hasType = false;
    for (const auto &[key, value] : response.headers) {
        hasType = hasType || key.compare("Content-Type", Qt::CaseInsensitive) == 0;
        out += key + ": " + value + "\r\n";
    }
    if (!hasType)
        out += "Content-Type: application/json\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
}

} // namespace TicketDesk
