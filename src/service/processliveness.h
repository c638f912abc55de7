// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/serverrecord.h"

#include <QString>

namespace TicketDesk {

// Which running system and process ID namespace this process is in: its boot's ID and its PID
// namespace, as "bootid.inode"; empty where that cannot be read. Two machines (or containers)
// that share a host name differ in it, and a process ID means the same process only within it.
QString thisMachineIdentity();

// Whether the process a heartbeat row names is known to have ended: its instance
// ("host:pid:start:identity", Outbox's claimant) says it ran under this machine identity, and its
// process ID no longer runs here. A process
// killed with -9 writes no last heartbeat: its row looked alive for half a minute, and the tickets
// it was sending stayed SUBMITTING for the whole lease (two minutes), shown twice beside Ripio's
// webhook. A process killed and not yet reaped (a zombie) has ended. Anything not known for sure
// (another machine or container, even of the same host name, an instance of an older form, a
// process ID that runs again, for whoever) is false.
bool processHasEnded(const ServerRecord &record);

} // namespace TicketDesk
