// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace TicketDesk {

class Clock;
struct Ticket;

// `ticketdesk watch [--db PATH|URL] [--status S] [--json]`: prints each ticket change as it is
// committed, by any process, on SQLite or PostgreSQL (store/changefeed.h), from the moment it
// starts until SIGINT, SIGTERM or SIGHUP; then exits 0. One line per change, flushed at once: with
// --json the ticket in exactly the shape of `show --json` (app/ticketjson.h), compact, or
// {"id":N,"removed":true} for a ticket folded into another row; otherwise a readable line.
// A lost or regained connection is said once on `err`; the watch goes on.
//
//     return WatchCommand(out, err, clock).run(arguments); // arguments after the word "watch"
class WatchCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchCommand)

public:
    WatchCommand(QTextStream &out, QTextStream &err, const Clock &clock, QObject *parent = nullptr);
    ~WatchCommand() override;

    // Returns the exit code: 0 after a termination signal, 1 when the database cannot be
    // opened at the start, 2 on a usage error.
    int run(const QStringList &arguments);

private:
    void print(const Ticket &ticket, bool json);
    void printRemoved(qint64 id, bool json);

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
};

} // namespace TicketDesk
