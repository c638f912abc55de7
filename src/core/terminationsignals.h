// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace TicketDesk {

// SIGINT, SIGTERM and SIGHUP delivered through the event loop, for the headless programs
// (`ticketdesk serve`, `ripio-sandbox`) that stop cleanly on Ctrl+C, a service manager's stop or
// the loss of their terminal. A SIGHUP ignored when install() runs (nohup) stays ignored. The classic
// self-pipe: the handler only write()s the signal number to a non-blocking, close-on-exec
// socket pair; a QSocketNotifier reads it in the owner's thread and emits received().
//
//     TerminationSignals termination;
//     if (!termination.install()) ... // errorString()
//     connect(&termination, &TerminationSignals::received, &app, &QCoreApplication::quit);
//
// One instance installed at a time per process (a signal handler has only globals to reach);
// the destructor puts back the handlers that were there before.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // Creates the socket pair and installs the handlers. False (and nothing installed) when the
    // system refuses, or when another instance is installed already.
    bool install();
    bool isInstalled() const { return m_notifier != nullptr; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // Once per signal caught (SIGINT, SIGTERM or SIGHUP), in the thread that owns this object.
    void received(int signalNumber);

private:
    void uninstall();
    void drain();

    QSocketNotifier *m_notifier = nullptr;
    QString m_error;
};

// For the same headless programs: a write to a pipe whose reader has gone (`serve | head`, a log
// collector restarted, a terminal's `tee` stopped) fails with EPIPE instead of killing the process
// with SIGPIPE, so a receiver keeps answering webhooks when its log reader goes away. Its log
// lines are lost meanwhile; nothing else is written to a pipe. For the whole process, kept.
void ignoreBrokenPipes();

} // namespace TicketDesk
