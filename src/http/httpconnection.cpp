// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpconnection.h"

#include "core/clock.h"
#include "core/logging.h"

#include <QTcpSocket>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <chrono>

namespace TicketDesk {

namespace {

// What one read takes from the socket, and the most Qt buffers for us: when reading pauses,
// TCP flow control pushes back on the sender instead of our memory growing.
constexpr qint64 readChunk = 16 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Clock &clock, const HttpLimits &limits,
                               const QList<HttpRoute> &routes, const HeadGate *gate, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_clock(clock)
    , m_peer(socket->peerAddress())
    , m_limits(limits)
    , m_parser(limits, routes)
    , m_gate(gate)
    , m_deadline(new QTimer(this))
{
#if QT_CONFIG(ssl)
    m_plain = qobject_cast<QSslSocket *>(m_socket) == nullptr;
#endif
    m_parser.setStopAfterHead(m_gate != nullptr);
#ifdef Q_OS_UNIX
    if (m_plain && m_socket->socketDescriptor() != -1)
        m_spareFd = ::fcntl(static_cast<int>(m_socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
#endif
    m_socket->setParent(this);
    m_socket->setReadBufferSize(readChunk);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &HttpConnection::deadlineExpired);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        // A TLS connection is over at its first error. Qt 6.4's QSslSocket, told the peer's
        // close_notify while an answer waits in its buffer (a 400 to "\n" then close_notify),
        // frees its TLS session and then runs the flush it had posted itself on that session:
        // a crash in OpenSSL, from any client. Aborting now drops the buffered answer (the peer
        // has ended its session) and leaves nothing for that flush.
        if (!m_plain && m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    m_sinceProgress.start();
    updateDeadline();
    if (m_socket->bytesAvailable() > 0)
        scheduleProcessInput();
}

HttpConnection::~HttpConnection()
{
#ifdef Q_OS_UNIX
    if (m_spareFd != -1)
        ::close(m_spareFd);
#endif
}

bool HttpConnection::isAwaiting(quint64 id) const
{
    if (m_closedEmitted)
        return false;
    for (const Slot &s : m_queue) {
        if (s.id == id)
            return !s.ready;
    }
    return false;
}

void HttpConnection::respond(quint64 id, const HttpResponse &response)
{
    if (id == 0)
        return;
    for (Slot &s : m_queue) {
        if (s.id != id)
            continue;
        if (s.ready)
            return;
        s.ready = true;
        s.response = response;
        // Reading pauses only on the outstanding limit; otherwise the next bytes
        // bring readyRead, and a queued pass per answer would find nothing to read.
        const bool paused = m_outstanding >= m_limits.maxOutstandingPerConnection;
        --m_outstanding;
        flush();
        Q_EMIT answered();
        if (paused)
            scheduleProcessInput();
        return;
    }
}

void HttpConnection::drain()
{
    if (m_draining)
        return;
    m_draining = true;
    m_readClosed = true;
    m_pending.clear();
    if (m_queue.isEmpty() && !m_closing) {
        m_closing = true;
        finishClose();
    }
    updateDeadline();
}

bool HttpConnection::isQuiet() const
{
    return !m_closing && !m_closedEmitted && !m_peerFinished && !m_evicted && m_outstanding == 0 && m_queue.isEmpty() &&
           !m_holding;
}

void HttpConnection::evict()
{
    if (!isQuiet())
        return;
    m_evicted = true;
    m_deadlineKind = Deadline::None;
    if (m_parser.isIdle() && m_pending.isEmpty() && m_socket->bytesAvailable() <= 0) {
        m_closing = true;
        m_readClosed = true;
        finishClose();
        return;
    }
    m_parser.reset();
    m_pending.clear();
    reject(503, true);
}

void HttpConnection::scheduleProcessInput()
{
    if (m_processScheduled || m_closing)
        return;
    m_processScheduled = true;
    QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::processInput()
{
    m_processScheduled = false;
    if (m_holding)
        return; // the sender's body stays in its socket buffers
    if (m_closing || m_readClosed) {
        // Drain and drop: what arrives after the last request we answer is never parsed.
        if (m_socket->isOpen())
            m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    while (!m_readClosed && !m_closing && !m_holding && m_outstanding < m_limits.maxOutstandingPerConnection &&
           !outputBacklogged()) {
        if (m_pending.isEmpty()) {
            if (m_socket->bytesAvailable() <= 0)
                break;
            // Into the same buffer each time: a read allocates nothing once it has grown.
            m_pending.resize(readChunk);
            m_pending.resize(std::max<qint64>(m_socket->read(m_pending.data(), readChunk), 0));
            if (m_pending.isEmpty())
                break;
            m_sinceProgress.start(); // a request still coming, but coming: not quiet
        }
        ParseResult r = m_parser.feed(m_pending);
        m_pending.remove(0, r.consumed);
        switch (r.state) {
        case ParseResult::NeedMore:
            if (r.headComplete && m_gate && *m_gate) {
                if (const std::optional<HeadRefusal> refusal = (*m_gate)(m_parser.head(), m_peer)) {
                    refuseUnread(*refusal);
                    break;
                }
            }
            if (r.sendContinue) {
                Slot s;
                s.ready = true;
                s.interim = true;
                m_queue.append(s);
                flush();
            }
            break;
        case ParseResult::Complete: {
            // The next request gets deadlines of its own.
            m_deadlineKind = Deadline::None;
            Slot s;
            s.id = ++m_nextId;
            s.close = !r.request.keepAlive;
            s.keepAlive10 = r.request.keepAlive && r.request.versionMinor == 0;
            s.headOnly = r.request.method == "HEAD";
            m_queue.append(s);
            ++m_outstanding;
            if (!r.request.keepAlive)
                m_readClosed = true;
            Q_EMIT requestReceived(r.request, HttpResponder(this, s.id));
            break;
        }
        case ParseResult::Error:
            m_deadlineKind = Deadline::None;
            Q_EMIT refusedRequest(r.status, r.reason);
            // A HEAD client reads no body: one sent would be taken for the next answer's start.
            reject(r.status, r.close, r.allowHeader, r.request.method == "HEAD");
            break;
        }
    }
    // The peer finished sending: once what it sent before is parsed, nothing more comes.
    if (m_peerFinished && m_pending.isEmpty() && m_socket->bytesAvailable() <= 0)
        m_readClosed = true;
    if (m_readClosed)
        m_pending.clear();
    m_pausedForOutput = !m_readClosed && !m_closing && outputBacklogged();
    updateDeadline();
}

bool HttpConnection::outputBacklogged() const
{
    return m_socket->bytesToWrite() >= m_limits.maxUnsentBytes;
}

void HttpConnection::reject(int status, bool close, const QByteArray &allow, bool headOnly)
{
    Slot s;
    s.ready = true;
    s.close = close;
    s.response = HttpResponse::error(status);
    s.headOnly = headOnly;
    if (!allow.isEmpty())
        s.response.setHeader("Allow", allow);
    m_queue.append(s);
    if (close)
        m_readClosed = true;
    Q_EMIT rejected(status);
    flush();
}

void HttpConnection::refuseUnread(const HeadRefusal &refusal)
{
    const HttpRequest &head = m_parser.head();
    Slot s;
    s.id = ++m_nextId; // never handed to a responder
    // A client waiting for 100 Continue may or may not send its body after a
    // final answer: the framing is in doubt, so that answer closes.
    s.close = !head.keepAlive || head.expectContinue;
    s.keepAlive10 = head.keepAlive && head.versionMinor == 0;
    s.headOnly = head.method == "HEAD";
    s.response = refusal.response;
    m_queue.append(s);
    if (s.close) {
        m_readClosed = true;
        m_parser.reset();
        m_pending.clear();
    } else {
        m_parser.skipBody();
    }
    m_holding = true;
    m_deadline->stop();
    m_deadlineKind = Deadline::None;
    Q_EMIT rejected(refusal.response.status());
    // Earlier requests on this connection are still answered first, in order.
    QTimer::singleShot(std::max(refusal.delayMs, 0), this, [this, id = s.id] {
        m_holding = false;
        for (Slot &slot : m_queue) {
            if (slot.id == id)
                slot.ready = true;
        }
        flush();
        scheduleProcessInput();
    });
}

void HttpConnection::flush()
{
    if (m_closing)
        return;
    const QDateTime now = m_clock.now();
    QByteArray out;
    while (!m_queue.isEmpty() && m_queue.front().ready) {
        const Slot s = m_queue.takeFirst();
        if (s.interim) {
            out += "HTTP/1.1 100 Continue\r\n\r\n";
            continue;
        }
        const bool close = s.close || (m_readClosed && m_queue.isEmpty());
        out += s.response.serialize(close, now, s.keepAlive10 && !close, s.headOnly);
        if (close) {
            m_closing = true;
            m_queue.clear();
            m_readClosed = true;
            break;
        }
    }
    if (!out.isEmpty())
        send(out);
    if (m_closing)
        finishClose();
    else
        updateDeadline();
}

void HttpConnection::send(const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    if (m_peerFinished) {
        // A peer that finished sending has little to take: what the kernel does not take now
        // (it is gone, or reads nothing) is dropped, with the rest of the connection.
        if (m_spareFd != -1 && ::send(m_spareFd, bytes.constData(), static_cast<size_t>(bytes.size()),
                                      MSG_NOSIGNAL | MSG_DONTWAIT) != bytes.size()) {
            ::close(m_spareFd);
            m_spareFd = -1;
        }
        return;
    }
    // Straight to the kernel when nothing waits before it in Qt's buffer. A buffered write
    // turns the socket's write notifier on, and the next loop pass turns it off again: with
    // the GLib event dispatcher each of those wakes the loop through its eventfd, two
    // system calls per answer for nothing. What the kernel does not take goes to Qt's buffer.
    const qintptr fd = m_socket->socketDescriptor();
    if (m_plain && fd != -1 && m_socket->bytesToWrite() == 0) {
        const ssize_t n = ::send(static_cast<int>(fd), bytes.constData(), static_cast<size_t>(bytes.size()),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n == bytes.size())
            return;
        if (n > 0) {
            m_socket->write(bytes.constData() + n, bytes.size() - n);
            return;
        }
        // Refused or failed: Qt's own write retries, or meets the same error and reports it.
    }
#endif
    m_socket->write(bytes);
}

void HttpConnection::finishClose()
{
    m_deadline->stop();
    m_deadlineKind = Deadline::None;
    if (m_lingering || m_closedEmitted)
        return;
    if (m_peerFinished) {
        finish();
        return;
    }
    if (m_socket->bytesToWrite() > 0) {
        // onBytesWritten() comes back here, as long as the peer reads; within one write deadline
        // from the start of the close, however little it reads at a time.
        if (!m_closeWriteBy)
            m_closeWriteBy = QDeadlineTimer(m_limits.writeDeadlineMs);
        m_deadlineKind = Deadline::Write;
        m_deadlineAt = *m_closeWriteBy;
        startDeadlineTimer(m_closeWriteBy->remainingTime());
        return;
    }
    m_lingering = true;
#ifdef Q_OS_UNIX
    if (m_plain && m_socket->socketDescriptor() != -1) {
        // Half-close and keep reading for a moment: closing with unread input makes the kernel
        // send a reset, which can destroy the response (a 413 to a client still sending) in flight.
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
        m_socket->skip(m_socket->bytesAvailable());
        startDeadlineTimer(m_limits.lingerMs);
        return;
    }
#endif
    m_socket->disconnectFromHost();
    startDeadlineTimer(m_limits.lingerMs);
}

void HttpConnection::updateDeadline()
{
    if (m_closing || m_closedEmitted)
        return;
    Deadline want = Deadline::None;
    if (m_pausedForOutput || m_peerFinished)
        want = Deadline::Write;
    else if (m_readClosed || m_outstanding >= m_limits.maxOutstandingPerConnection)
        want = Deadline::None;
    else if (m_parser.inBody())
        want = Deadline::Body;
    else if (!m_parser.isIdle())
        want = Deadline::Header;
    else if (m_outstanding == 0 && m_queue.isEmpty() && m_pending.isEmpty())
        want = Deadline::Idle;
    if (want == m_deadlineKind && (want == Deadline::None || m_deadline->isActive()))
        return; // a running deadline counts from its start, not from the latest byte
    m_deadlineKind = want;
    switch (want) {
    case Deadline::None:
        // The timer may run on: firing with no deadline, it does nothing.
        m_deadlineAt = QDeadlineTimer(QDeadlineTimer::Forever);
        break;
    case Deadline::Idle:
        armDeadline(m_limits.keepAliveIdleMs);
        break;
    case Deadline::Header:
        armDeadline(m_limits.headerDeadlineMs);
        break;
    case Deadline::Body:
        armDeadline(m_limits.bodyDeadlineMs);
        break;
    case Deadline::Write:
        armDeadline(m_limits.writeDeadlineMs);
        break;
    }
}

void HttpConnection::armDeadline(int ms)
{
    // Under load a connection goes idle and busy once per request: the timer
    // moves only when the new deadline falls before it would fire.
    m_deadlineAt = QDeadlineTimer(ms);
    if (!m_deadline->isActive() || m_deadlineAt < m_timerDue)
        startDeadlineTimer(ms);
}

void HttpConnection::startDeadlineTimer(qint64 ms)
{
    m_deadline->start(std::chrono::milliseconds(std::max<qint64>(ms, 0)));
    m_timerDue = QDeadlineTimer(ms);
}

void HttpConnection::deadlineExpired()
{
    if (m_lingering) {
        m_socket->abort();
        finish();
        return;
    }
    if (m_deadlineKind != Deadline::None && !m_deadlineAt.hasExpired()) {
        // Set for an earlier deadline since replaced, or fired a little early.
        startDeadlineTimer(m_deadlineAt.remainingTime());
        return;
    }
    if ((m_deadlineKind == Deadline::Idle || m_deadlineKind == Deadline::Header || m_deadlineKind == Deadline::Body) &&
        movedOnByWaitingInput())
        return;
    switch (m_deadlineKind) {
    case Deadline::None:
        return;
    case Deadline::Idle:
        qCDebug(lcHttp).noquote() << "closing idle connection from" << m_peer.toString();
        m_closing = true;
        m_readClosed = true;
        finishClose();
        return;
    case Deadline::Header:
    case Deadline::Body:
        // Logged by the server within its budget of lines: anyone can open slow connections.
        Q_EMIT refusedRequest(408, m_deadlineKind == Deadline::Header ? QStringLiteral("too slow: header deadline")
                                                                      : QStringLiteral("too slow: body deadline"));
        m_deadlineKind = Deadline::None;
        m_parser.reset();
        reject(408, true);
        return;
    case Deadline::Write:
        Q_EMIT refusedRequest(0, m_peerFinished ? QStringLiteral("answers not given in time after the peer finished")
                                                : QStringLiteral("answers not read: connection closed"));
        m_closing = true;
        m_socket->abort();
        finish();
        return;
    }
}

// A deadline can fire late, after bytes that came in time but that a busy event loop had not yet
// delivered: the next request of an idle connection, the rest of a head or a body. Those are
// read first, and the deadline holds only if they moved nothing on (bytes that start nothing,
// such as empty lines, extend no deadline). TLS connections are left to their own reads: Qt 6.4's
// QSslSocket does more than read in waitForReadyRead().
bool HttpConnection::movedOnByWaitingInput()
{
    if (!m_plain || m_holding || m_readClosed || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const Deadline kind = m_deadlineKind;
    const quint64 requests = m_nextId;
    // What the kernel holds, through readyRead and processInput(), a read chunk at a time: as much
    // as a whole request can be, no more (a sender streaming still gains nothing past that).
    const qint64 most = (m_limits.maxHeaderBytes + m_limits.maxBodyBytes) / readChunk + 2;
    for (qint64 i = 0; i < most && m_socket->state() == QAbstractSocket::ConnectedState; ++i) {
        if (!m_socket->waitForReadyRead(0) || m_closing || m_closedEmitted || m_nextId != requests ||
            m_deadlineKind != kind)
            break;
    }
    if (m_closing || m_closedEmitted || m_nextId != requests || m_deadlineKind != kind)
        return true;
    m_deadline->stop(); // processInput() may have armed it again for the same deadline
    return false;
}

void HttpConnection::onBytesWritten()
{
    if (m_closing) {
        finishClose();
        return;
    }
    if (m_pausedForOutput && !outputBacklogged()) {
        m_pausedForOutput = false;
        scheduleProcessInput();
        updateDeadline();
    }
}

void HttpConnection::onDisconnected()
{
    if (m_closedEmitted || m_peerFinished)
        return;
    // The peer finished sending (or went) before its answers were written. Its requests may be
    // on the disk already: answered all the same, or it would send them again.
    // Not when answers were still in Qt's buffer: they went with its descriptor, and the answers
    // after them would be read as theirs.
    if (m_spareFd != -1 && !m_closing && !m_lingering && m_socket->bytesToWrite() == 0 &&
        (!m_queue.isEmpty() || !m_pending.isEmpty() || m_socket->bytesAvailable() > 0)) {
        m_peerFinished = true;
        processInput(); // what it sent before the end
        if (m_readClosed && m_queue.isEmpty() && !m_closedEmitted)
            finish();
        else
            updateDeadline();
        return;
    }
    finish();
}

void HttpConnection::finish()
{
    if (m_closedEmitted)
        return;
#ifdef Q_OS_UNIX
    if (m_spareFd != -1) {
        ::close(m_spareFd);
        m_spareFd = -1;
    }
#endif
    m_closedEmitted = true;
    m_closing = true;
    m_readClosed = true;
    m_deadline->stop();
    m_queue.clear();
    m_outstanding = 0;
    Q_EMIT closed();
}

} // namespace TicketDesk
