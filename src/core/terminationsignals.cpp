// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/terminationsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <iterator>

#include <sys/socket.h>
#include <unistd.h>

namespace TicketDesk {

namespace {

// The handler can reach only globals: [0] is written by the handler, [1] read by the notifier.
int signalFds[2] = {-1, -1};
// SIGHUP: the terminal that started the program closed (an ssh session that dropped, say).
constexpr int handledSignals[] = {SIGINT, SIGTERM, SIGHUP};
// What was installed before, put back on uninstall (a test framework's crash handler, say).
struct sigaction previousActions[std::size(handledSignals)];

void onTerminationSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    // Nothing to do on failure inside a handler: a full socket already holds a wake-up.
    [[maybe_unused]] const ssize_t written = ::write(signalFds[0], &byte, 1);
    errno = savedErrno;
}

bool installHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < std::size(handledSignals); ++i) {
        // A SIGHUP ignored on purpose (`nohup ticketdesk serve &`) stays ignored.
        if (handledSignals[i] == SIGHUP && ::sigaction(SIGHUP, nullptr, &previousActions[i]) == 0 &&
            previousActions[i].sa_handler == SIG_IGN)
            continue;
        if (::sigaction(handledSignals[i], &action, &previousActions[i]) != 0) {
            while (i-- > 0)
                ::sigaction(handledSignals[i], &previousActions[i], nullptr);
            return false;
        }
    }
    return true;
}

void restoreHandlers()
{
    for (std::size_t i = 0; i < std::size(handledSignals); ++i)
        ::sigaction(handledSignals[i], &previousActions[i], nullptr);
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{}

TerminationSignals::~TerminationSignals()
{
    uninstall();
}

bool TerminationSignals::install()
{
    if (m_notifier)
        return true;
    if (signalFds[0] >= 0) {
        m_error = tr("termination signals are handled elsewhere in this process");
        return false;
    }
    // Non-blocking: neither the handler nor drain() may ever wait. Close-on-exec: a child
    // process (an editor, a helper) must not inherit the pair.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, signalFds) != 0) {
        m_error = qt_error_string(errno);
        return false;
    }
    if (!installHandlers()) {
        m_error = qt_error_string(errno);
        ::close(signalFds[0]);
        ::close(signalFds[1]);
        signalFds[0] = signalFds[1] = -1;
        return false;
    }
    m_notifier = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::drain);
    return true;
}

void TerminationSignals::uninstall()
{
    if (!m_notifier)
        return;
    restoreHandlers();
    delete m_notifier;
    m_notifier = nullptr;
    ::close(signalFds[0]);
    ::close(signalFds[1]);
    signalFds[0] = signalFds[1] = -1;
}

void TerminationSignals::drain()
{
    char buffer[16];
    ssize_t n = 0;
    while ((n = ::read(signalFds[1], buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < n; ++i)
            Q_EMIT received(int(buffer[i]));
    }
}

void ignoreBrokenPipes()
{
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, nullptr);
}

} // namespace TicketDesk
