// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/buildinfo.h"

#ifndef TICKETDESK_REVISION
#define TICKETDESK_REVISION ""
#endif

namespace TicketDesk {

QString buildRevision()
{
    return QStringLiteral(TICKETDESK_REVISION);
}

QString buildVersion()
{
    const QString revision = buildRevision();
    return revision.isEmpty() ? QStringLiteral(TICKETDESK_VERSION)
                              : QStringLiteral(TICKETDESK_VERSION " (git ") + revision + QLatin1Char(')');
}

} // namespace TicketDesk
