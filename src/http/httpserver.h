// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/headgate.h"
#include "http/httplimits.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httproute.h"
#include "http/httpserverstats.h"
#include "http/logbudget.h"

#include <QAbstractSocket>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

class QTcpServer;

namespace TicketDesk {

class Clock;
class HttpConnection;

// The webhook listener's HTTP/1.1 server on QTcpServer (QSslServer when TLS is configured).
// It applies the limits (connections in all and per peer, and through each HttpConnection the
// parser's limits and the deadlines) and answers protocol errors itself; complete requests go out
// through requestReceived() with an HttpResponder the handler answers through, now or later.
// Set limits and routes before listen(). Lives in one thread; answer in that thread. The Date
// header of every answer reads the clock, which must outlive the server; the deadlines against
// slow peers run on real timers.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(const Clock &clock, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const HttpLimits &limits);
    void setRoutes(const QList<HttpRoute> &routes);
    QList<HttpRoute> routes() const { return m_routes; }
    // Consulted after each header section that announces a body (see HeadGate);
    // set before listen(). Requests it refuses never reach requestReceived().
    void setHeadGate(HeadGate gate);
#if QT_CONFIG(ssl)
    // With a certificate and key set, listen() serves TLS only. An empty configuration: plain TCP.
    // Set while listening (TLS), it applies to the connections accepted from then on.
    void setSslConfiguration(const QSslConfiguration &configuration);
#endif

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const
    {
        return m_errorString;
    }
    // Why the last listen() failed (QAbstractSocket::AddressInUseError: a port already taken).
    QAbstractSocket::SocketError serverError() const
    {
        return m_serverError;
    }

    // Stop accepting connections; open ones carry on.
    void close();
    // Stop accepting, answer what is in flight, close every connection, then emit drained().
    void shutdown();

    HttpServerStats stats() const;
    int connectionCount() const
    {
        return int(m_connections.size());
    }

    // Lines a minute about refused requests and connections; the rest are counted.
    static constexpr int refusalLinesPerMinute = 10;

Q_SIGNALS:
    void requestReceived(const TicketDesk::HttpRequest &request, TicketDesk::HttpResponder responder);
    void drained();

private:
    void acceptPending();
    void refuse(QTcpSocket *socket, const char *why);
    // Whether a new connection may be accepted: under the limit, or a quiet one closed for it.
    bool makeRoom();
    void connectionClosed(HttpConnection *connection);
    void checkDrained();
    // Logs a refusal within the budget of such lines.
    void logRefusal(const QString &line);

    const Clock &m_clock;
    HttpLimits m_limits;
    QList<HttpRoute> m_routes;
    HeadGate m_headGate;
#if QT_CONFIG(ssl)
    QSslConfiguration m_sslConfiguration;
#endif
    QTcpServer *m_server = nullptr;
    QString m_errorString;
    QAbstractSocket::SocketError m_serverError = QAbstractSocket::UnknownSocketError;
    QList<HttpConnection *> m_connections;
    QHash<QHostAddress, int> m_perPeer;
    HttpServerStats m_stats;
    LogBudget m_refusalLog{refusalLinesPerMinute};
    bool m_shuttingDown = false;
};

} // namespace TicketDesk
