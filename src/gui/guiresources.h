// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace TicketDesk {

// Registers the GUI's compiled-in resources (icons). The GUI lives in a static
// library, whose resource initialiser the linker would otherwise drop; every
// GUI entry point calls this (repeated calls are harmless).
void initGuiResources();

} // namespace TicketDesk
