// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace TicketDesk {

// One running TicketDesk process on a database, as its heartbeat row says.
struct ServerRecord
{
    QString instance;  // unique per process: host, pid and start time
    QString host;      // the machine's name
    QString role;      // "serve", "desktop" or "cli" (create / retry while they send)
    QString listenUrl; // where it receives webhooks; empty when it does not
    QString version;
    QDateTime startedAt;
    QDateTime lastSeen;
    QString counters; // a compact JSON object of the process's counters

    friend bool operator==(const ServerRecord &, const ServerRecord &) = default;
};

} // namespace TicketDesk
