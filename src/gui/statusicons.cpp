// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/statusicons.h"

#include <array>

namespace TicketDesk {

QIcon statusIcon(TicketStatus status)
{
    static const std::array<QIcon, ticketStatusCount> icons = [] {
        std::array<QIcon, ticketStatusCount> all;
        for (TicketStatus s : allTicketStatuses)
            all[size_t(s)] = QIcon(QString(QLatin1StringView(":/icons/status-") + statusToString(s).toLower() +
                                           QLatin1StringView(".svg")));
        return all;
    }();
    return icons[size_t(status)];
}

} // namespace TicketDesk
