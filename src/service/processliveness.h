// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/serverrecord.h"

namespace TicketDesk {

// Whether the process a heartbeat row names is known to have ended: it ran on this machine
// (its host is this host's name) and its process ID no longer runs. A process killed with -9
// writes no last heartbeat: its row looked alive for half a minute, and the tickets it was
// sending stayed SUBMITTING for the whole lease (two minutes), shown twice beside Ripio's
// webhook. Anything not known for sure (another machine, an instance named otherwise, a
// process ID that runs again, for whoever) is false.
bool processHasEnded(const ServerRecord &record);

} // namespace TicketDesk
