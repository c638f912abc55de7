// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"

#include <QIcon>

namespace TicketDesk {

// The icon of a ticket status (":/icons/status-<name>.svg"), for the table's
// status cells and the status filter buttons. Built once per status: an icon
// from SVG is costly, and the table asks for one for every painted cell.
QIcon statusIcon(TicketStatus status);

} // namespace TicketDesk
