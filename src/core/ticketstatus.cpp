// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ticketstatus.h"

namespace TicketDesk {

QString statusToString(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Queued:
        return QStringLiteral("QUEUED");
    case TicketStatus::Submitting:
        return QStringLiteral("SUBMITTING");
    case TicketStatus::Pending:
        return QStringLiteral("PENDING");
    case TicketStatus::Created:
        return QStringLiteral("CREATED");
    case TicketStatus::Failed:
        return QStringLiteral("FAILED");
    case TicketStatus::Rejected:
        return QStringLiteral("REJECTED");
    case TicketStatus::Unconfirmed:
        return QStringLiteral("UNCONFIRMED");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<TicketStatus> statusFromString(QStringView text)
{
    for (TicketStatus s : allTicketStatuses) {
        if (text.compare(statusToString(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

bool isTerminal(TicketStatus status)
{
    return status == TicketStatus::Created || status == TicketStatus::Failed;
}

bool isRetryable(TicketStatus status)
{
    return status == TicketStatus::Failed || status == TicketStatus::Rejected || status == TicketStatus::Unconfirmed;
}

} // namespace TicketDesk
