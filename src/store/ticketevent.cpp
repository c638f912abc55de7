// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ticketevent.h"

#include <algorithm>
#include <array>

namespace TicketDesk {

namespace {

struct Form
{
    TicketEventLink::Kind kind;
    QLatin1StringView before;
    QLatin1StringView after;
};

// Never change a form: databases hold them as written.
constexpr std::array forms{
    Form{TicketEventLink::Kind::RetryOf, QLatin1StringView("retry of #"), QLatin1StringView("")},
    Form{TicketEventLink::Kind::RetriedAs, QLatin1StringView("retried as #"), QLatin1StringView("")},
    Form{TicketEventLink::Kind::FoldedIn, QLatin1StringView("folded row #"),
         QLatin1StringView(" (first seen through a webhook) into this one")},
};

} // namespace

QString TicketEventLink::detail() const
{
    for (const Form &f : forms) {
        if (f.kind == kind)
            return f.before + QString::number(ticket) + f.after;
    }
    return QString();
}

std::optional<TicketEventLink> TicketEventLink::fromDetail(const QString &detail)
{
    for (const Form &f : forms) {
        if (!detail.startsWith(f.before) || !detail.endsWith(f.after))
            continue;
        const QStringView digits =
            QStringView(detail).mid(f.before.size(), detail.size() - f.before.size() - f.after.size());
        // Digits only: "#+5" or "# 5" is not a form the store writes.
        if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
            continue;
        bool ok = false;
        const qint64 id = digits.toLongLong(&ok);
        if (ok && id > 0)
            return TicketEventLink{f.kind, id};
    }
    return std::nullopt;
}

} // namespace TicketDesk
