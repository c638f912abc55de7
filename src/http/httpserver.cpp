// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpserver.h"

#include "core/clock.h"
#include "core/logging.h"
#include "http/httpconnection.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslKey>
#include <QSslServer>
#endif

#include <utility>

namespace TicketDesk {

namespace {

// A connection reset before it was accepted has no address any more.
QString addressForLog(const QHostAddress &address)
{
    return address.isNull() ? QStringLiteral("(a peer already gone)") : address.toString();
}

// One address per peer: an IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
QHostAddress peerKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

HttpServer::HttpServer(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

HttpServer::~HttpServer()
{
    // Connections are children; make sure none calls back into a half-destroyed server.
    for (HttpConnection *c : std::as_const(m_connections))
        disconnect(c, nullptr, this, nullptr);
}

void HttpServer::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
}

void HttpServer::setHeadGate(HeadGate gate)
{
    m_headGate = std::move(gate);
}

void HttpServer::setRoutes(const QList<HttpRoute> &routes)
{
    m_routes = routes;
}

#if QT_CONFIG(ssl)
void HttpServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
    // Listening: the connections it accepts from now on get it (a renewed certificate).
    if (auto *ssl = qobject_cast<QSslServer *>(m_server))
        ssl->setSslConfiguration(configuration);
}
#endif

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_server && m_server->isListening()) {
        m_errorString = QStringLiteral("already listening");
        return false;
    }
    delete m_server;
    m_server = nullptr;
    m_shuttingDown = false;
#if QT_CONFIG(ssl)
    if (!m_sslConfiguration.localCertificate().isNull() && !m_sslConfiguration.privateKey().isNull()) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(m_sslConfiguration);
        ssl->setHandshakeTimeout(m_limits.headerDeadlineMs);
        // A handshake that fails never becomes a connection here: counted and said (a sender that
        // does not trust the certificate loses every webhook at this step, and would go unseen).
        // Only a handshake begun counts (the socket in server mode: Qt starts it once a ClientHello
        // has come, and a first message OpenSSL refuses fails within that start): a port check
        // (connect, close) sends none, and Qt closes plain HTTP to the port without a signal.
        connect(ssl, &QSslServer::errorOccurred, this, [this](QSslSocket *socket, QAbstractSocket::SocketError error) {
            if (socket->mode() == QSslSocket::UnencryptedMode)
                return;
            ++m_stats.tlsHandshakeFailures;
            // A client that does not trust the certificate often just closes (Qt's does).
            logRefusal(error == QAbstractSocket::RemoteHostClosedError
                           ? QStringLiteral("TLS handshake with %1 not finished: the sender closed the connection "
                                            "(does it trust the certificate?)")
                                 .arg(addressForLog(socket->peerAddress()))
                           : QStringLiteral("TLS handshake with %1 failed: %2")
                                 .arg(addressForLog(socket->peerAddress()), socket->errorString()));
        });
        m_server = ssl;
    }
#endif
    if (!m_server)
        m_server = new QTcpServer(this);
    // A burst of webhook senders must queue in the kernel, not be dropped before we can accept them.
    m_server->setListenBacklogSize(qMax(50, m_limits.maxConnections));
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    // Out of descriptors (EMFILE), say: QTcpServer stops accepting for good. Try again shortly,
    // once connections have closed; the kernel's backlog holds the senders meanwhile.
    connect(m_server, &QTcpServer::acceptError, this, [this, server = m_server](QAbstractSocket::SocketError) {
        logRefusal(
            QStringLiteral("cannot accept connections: %1; trying again in a second").arg(server->errorString()));
        QTimer::singleShot(1000, server, [server] { server->resumeAccepting(); });
    });
    if (!m_server->listen(address, port)) {
        m_errorString = m_server->errorString();
        m_serverError = m_server->serverError();
        // The caller says it (errorString()), with what to do: said here too, it was said twice.
        qCDebug(lcHttp).noquote() << "cannot listen on" << address.toString() << port << ":" << m_errorString;
        return false;
    }
    m_errorString.clear();
    m_serverError = QAbstractSocket::UnknownSocketError;
    qCDebug(lcHttp).noquote() << "listening on" << m_server->serverAddress().toString() << m_server->serverPort();
    return true;
}

bool HttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 HttpServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::close()
{
    if (m_server)
        m_server->close();
}

void HttpServer::shutdown()
{
    close();
    m_shuttingDown = true;
    const QList<HttpConnection *> connections = m_connections;
    for (HttpConnection *c : connections)
        c->drain();
    checkDrained();
}

HttpServerStats HttpServer::stats() const
{
    HttpServerStats s = m_stats;
    s.openConnections = int(m_connections.size());
    return s;
}

void HttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        const QHostAddress peer = peerKey(socket->peerAddress());
        if (m_shuttingDown) {
            refuse(socket, "shutting down");
            continue;
        }
        if (m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
            refuse(socket, "per-peer connection limit");
            continue;
        }
        if (!makeRoom()) {
            refuse(socket, "connection limit");
            continue;
        }
        ++m_perPeer[peer];
        ++m_stats.acceptedConnections;
        auto *connection =
            new HttpConnection(socket, m_clock, m_limits, m_routes, m_headGate ? &m_headGate : nullptr, this);
        m_connections.append(connection);
        connect(connection, &HttpConnection::requestReceived, this,
                [this](const HttpRequest &request, HttpResponder responder) {
                    ++m_stats.requests;
                    Q_EMIT requestReceived(request, responder);
                });
        connect(connection, &HttpConnection::rejected, this, [this](int status) { ++m_stats.rejections[status]; });
        connect(connection, &HttpConnection::refusedRequest, this,
                [this, peer = connection->peerAddress()](int status, const QString &reason) {
                    logRefusal(
                        status == 0
                            ? QStringLiteral("closed the connection from %1: %2").arg(addressForLog(peer), reason)
                            : QStringLiteral("refused request from %1 with %2: %3")
                                  .arg(addressForLog(peer), QString::number(status), reason));
                });
        connect(connection, &HttpConnection::answered, this, &HttpServer::checkDrained);
        connect(connection, &HttpConnection::closed, this, [this, connection] { connectionClosed(connection); });
    }
}

bool HttpServer::makeRoom()
{
    if (m_connections.size() < m_limits.maxConnections)
        return true;
    // Connections closed to make room still count while they close, up to a quarter of the limit
    // more: memory stays bounded however fast new connections come.
    qsizetype evicted = 0;
    HttpConnection *quietest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isEvicted())
            ++evicted;
        else if (c->isQuiet() && (!quietest || c->quietForMs() > quietest->quietForMs()))
            quietest = c;
    }
    if (m_connections.size() - evicted < m_limits.maxConnections)
        return true;
    // At the limit, the connection quiet the longest (no byte from it for the longest) makes room:
    // idle, or sending its request slowly. Connections that hold them cannot keep the listener's
    // slots from Ripio's deliveries, and a request whose bytes are coming is the last to go.
    if (!quietest || evicted >= std::max(m_limits.maxConnections / 4, 1))
        return false;
    ++m_stats.evictedConnections;
    logRefusal(QStringLiteral("closed the connection from %1, quiet for %2 ms, to make room at the connection limit")
                   .arg(addressForLog(quietest->peerAddress()))
                   .arg(quietest->quietForMs()));
    quietest->evict();
    return true;
}

void HttpServer::logRefusal(const QString &line)
{
    qint64 held = 0;
    if (!m_refusalLog.admit(m_clock.now(), &held))
        return;
    if (held > 0)
        qCInfo(lcHttp).noquote()
            << line << QStringLiteral("(and %1 more refusals not logged since the last such line)").arg(held);
    else
        qCInfo(lcHttp).noquote() << line;
}

void HttpServer::refuse(QTcpSocket *socket, const char *why)
{
    ++m_stats.refusedConnections;
    logRefusal(QStringLiteral("refused connection from %1: %2")
                   .arg(addressForLog(socket->peerAddress()), QLatin1StringView(why)));
    // Answer without reading anything: the client learns why, and we buffer nothing for it.
    socket->setParent(this);
    HttpResponse busy = HttpResponse::error(503);
    busy.setHeader("Retry-After", "1");
    socket->write(busy.serialize(true, m_clock.now()));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_limits.lingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}

void HttpServer::connectionClosed(HttpConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    const QHostAddress peer = peerKey(connection->peerAddress());
    if (--m_perPeer[peer] <= 0)
        m_perPeer.remove(peer);
    connection->deleteLater();
    checkDrained();
}

void HttpServer::checkDrained()
{
    if (m_shuttingDown && m_connections.isEmpty()) {
        m_shuttingDown = false;
        Q_EMIT drained();
    }
}

} // namespace TicketDesk
