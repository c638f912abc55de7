// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/headgate.h"
#include "http/httplimits.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httproute.h"
#include "http/requestparser.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <optional>

class QTcpSocket;
class QTimer;

namespace TicketDesk {

class Clock;

// One accepted connection of HttpServer: owns its socket and a RequestParser, enforces the
// deadlines (header, body, keep-alive idle), hands complete requests on, and writes answers in
// request order. Reading pauses while too many requests wait for an answer, so memory stays
// bounded. It closes itself; the server deletes it after closed().
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // `gate`, when given, must outlive the connection (the server's own).
    HttpConnection(QTcpSocket *socket, const Clock &clock, const HttpLimits &limits, const QList<HttpRoute> &routes,
                   const HeadGate *gate = nullptr, QObject *parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peerAddress() const { return m_peer; }
    bool isAwaiting(quint64 id) const;
    void respond(quint64 id, const HttpResponse &response);

    // Take no new request; close once the ones in flight are answered.
    void drain();

    // No request of it waits for an answer and none is being written: an idle keep-alive
    // connection, or one whose request is still coming (slowly, perhaps on purpose). The server
    // may close such a one to make room for a new connection (evict()).
    bool isQuiet() const;
    // How long since it was accepted, or since it last sent a byte.
    qint64 quietForMs() const { return m_sinceProgress.elapsed(); }
    // Closes it to make room: a request still coming gets 503, an idle connection just closes.
    void evict();
    bool isEvicted() const { return m_evicted; }

Q_SIGNALS:
    void requestReceived(const TicketDesk::HttpRequest &request, TicketDesk::HttpResponder responder);
    void rejected(int status);
    // A request refused for what it was (the server logs it, within its budget).
    void refusedRequest(int status, const QString &reason);
    void answered();
    void closed();

private:
    struct Slot
    {
        quint64 id = 0; // 0: written by the connection itself (errors, 100 Continue)
        bool ready = false;
        bool close = false;
        bool keepAlive10 = false;
        bool interim = false;
        bool headOnly = false; // a HEAD request: the headers GET would get, never the body
        HttpResponse response;
    };

    enum class Deadline
    {
        None,
        Idle,
        Header,
        Body,
        Write, // answers wait for the peer to read them
    };

    void processInput();
    // Answers the peer has not taken yet fill Qt's buffer past the limit: reading pauses, or a
    // client that sends requests and never reads their answers grows that buffer without bound.
    bool outputBacklogged() const;
    void scheduleProcessInput();
    void reject(int status, bool close, const QByteArray &allow = {}, bool headOnly = false);
    // The gate refused the request whose head was just parsed: answer after its delay, unread.
    void refuseUnread(const HeadRefusal &refusal);
    void flush();
    void updateDeadline();
    void armDeadline(int ms);
    void startDeadlineTimer(qint64 ms);
    void deadlineExpired();
    bool movedOnByWaitingInput();
    void send(const QByteArray &bytes);
    void finishClose();
    void onBytesWritten();
    void onDisconnected();
    // Closed for good: the server may delete it.
    void finish();

    QTcpSocket *m_socket;
    bool m_plain = true;  // not TLS: the descriptor carries the HTTP bytes themselves
    const Clock &m_clock; // for the Date header
    QHostAddress m_peer;
    HttpLimits m_limits;
    RequestParser m_parser;
    QByteArray m_pending; // read from the socket, not yet fed (only while paused)
    QList<Slot> m_queue;
    quint64 m_nextId = 0;
    int m_outstanding = 0;     // requests handed on and not answered yet
    bool m_readClosed = false; // no further request will be parsed
    bool m_draining = false;
    bool m_closing = false; // the last response is out or going out
    bool m_lingering = false;
    bool m_closedEmitted = false;
    bool m_processScheduled = false;
    bool m_holding = false;         // a refusal waits out its delay: nothing is read meanwhile
    bool m_pausedForOutput = false; // reading waits for the peer to take the answers (outputBacklogged())
    // The same socket as m_socket's descriptor, kept for a peer that finishes sending (a half-close)
    // before its answers are written: Qt closes its own descriptor at the end of the input.
    int m_spareFd = -1;
    bool m_peerFinished = false; // it did: answers go out through m_spareFd
    bool m_evicted = false;
    QElapsedTimer m_sinceProgress; // see quietForMs()
    // Closing with answers the peer has not taken: by when it must have taken them.
    std::optional<QDeadlineTimer> m_closeWriteBy;
    const HeadGate *m_gate = nullptr;
    QTimer *m_deadline;
    Deadline m_deadlineKind = Deadline::None;
    // When m_deadlineKind's deadline falls, and when m_deadline fires if it runs:
    // the timer is left running across requests and only set earlier, never
    // restarted per request; firing early, it is set again for what is left.
    QDeadlineTimer m_deadlineAt;
    QDeadlineTimer m_timerDue;
};

} // namespace TicketDesk
