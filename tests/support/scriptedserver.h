// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace TicketDesk {

// One request as the fake server saw it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;     // empty when the server discards bodies
    qint64 bodySize = 0; // bytes received, kept or not

    QByteArray header(const QByteArray &name) const;
};

// What the fake server does with one request.
struct ScriptedResponse
{
    enum class Action
    {
        Answer,         // read the request, answer status/body
        CloseAfterBody, // read the whole request, then close without answering
        HangAfterBody,  // read the whole request, never answer
        HangBeforeBody, // read the headers, then stop reading (the upload stalls)
        // On a connection that answered a request before: read the request, then close without
        // answering (a server's idle keep-alive close meeting the client's write); else Answer.
        CloseIfReused,
    };

    Action action = Action::Answer;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static ScriptedResponse json(int status, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static ScriptedResponse act(Action action);
};

// A tiny HTTP/1.1 server for client tests, on 127.0.0.1 port 0: parses just
// the request line, headers and a Content-Length body, records every request
// and answers from per-path scripts (a queue, then a fallback).
class ScriptedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    void close();
    QUrl baseUrl() const;
    // An http URL on 127.0.0.1 where nothing listens (a port bound, then released): "offline".
    static QUrl unreachableUrl();

    void enqueue(const QByteArray &path, const ScriptedResponse &response);
    void setFallback(const QByteArray &path, const ScriptedResponse &response);
    // false: bodies are counted and dropped (large uploads).
    void setKeepBodies(bool keep) { m_keepBodies = keep; }

    QList<RecordedRequest> requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QByteArray &path) const;
    int count(const QByteArray &path) const { return static_cast<int>(requestsTo(path).size()); }

private:
    struct Connection
    {
        QByteArray buffer;
        RecordedRequest current;
        qint64 remaining = -1; // -1: reading headers
        bool stopped = false;
        int answered = 0; // requests answered on it
        ScriptedResponse response;
    };

    void onNewConnection();
    void process(QTcpSocket *socket);
    ScriptedResponse take(const QByteArray &path);
    void respond(QTcpSocket *socket, const ScriptedResponse &response);

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<QByteArray, QList<ScriptedResponse>> m_queues;
    QHash<QByteArray, ScriptedResponse> m_fallbacks;
    QList<RecordedRequest> m_requests;
    bool m_keepBodies = true;
};

} // namespace TicketDesk
