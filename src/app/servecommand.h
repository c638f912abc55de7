// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace TicketDesk {

class Clock;

// `ticketdesk serve`: the engine without a GUI. Builds an EngineConfig from the
// settings file, the command line and the environment/keychain (secrets), runs
// TicketService in the calling thread until SIGINT, SIGTERM or SIGHUP, then stops
// accepting, answers what is in flight and exits 0.
//
// Use once per process from the command line dispatcher:
//     ServeCommand serve(out, err);
//     return serve.run(arguments);   // arguments after the word "serve"
// On start it prints "ticketdesk: listening on <URL>" on `err` (scripts and tests
// parse that line to learn the port when --listen asks for port 0).
class ServeCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeCommand)

public:
    ServeCommand(QTextStream &out, QTextStream &err, const Clock &clock, QObject *parent = nullptr);
    ~ServeCommand() override;

    // Runs the event loop until a termination signal; returns the exit code
    // (0 clean stop, 1 runtime failure, 2 usage error).
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
};

} // namespace TicketDesk
