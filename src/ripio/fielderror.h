// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace TicketDesk {

// One problem found in a request before it is sent: which field and why.
struct FieldError
{
    QString field; // "customerId", "summary", "description", "files" or "files[i]"
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;

    // "field: message; field: message" on one line. A message's own closing full stop is
    // dropped, so that no ".;" comes between two of them.
    static QString joined(const QList<FieldError> &errors)
    {
        QStringList parts;
        for (const FieldError &e : errors) {
            QString message = e.message;
            if (message.endsWith(QLatin1Char('.')) && !message.endsWith(QStringLiteral("..")))
                message.chop(1);
            parts << e.field + QStringLiteral(": ") + message;
        }
        return parts.join(QStringLiteral("; "));
    }
};

} // namespace TicketDesk
