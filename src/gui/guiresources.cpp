// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initTicketDeskResources()
{
    Q_INIT_RESOURCE(ticketdesk);
}

namespace TicketDesk {

void initGuiResources()
{
    static const bool done = [] {
        initTicketDeskResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace TicketDesk
