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

    // i for a "files[i]" field; -1 for any other.
    static int fileIndex(const QString &field)
    {
        if (!field.startsWith(QLatin1StringView("files[")) || !field.endsWith(QLatin1Char(']')))
            return -1;
        bool ok = false;
        const int i = QStringView(field).mid(6).chopped(1).toInt(&ok);
        return ok && i >= 0 ? i : -1;
    }

    // "field: message; field: message" on one line. The closing full stop of a message that
    // another follows is dropped, so that no ".;" comes between two of them.
    static QString joined(const QList<FieldError> &errors)
    {
        QStringList parts;
        for (qsizetype i = 0; i < errors.size(); ++i) {
            QString message = errors.at(i).message;
            if (i + 1 < errors.size() && message.endsWith(QLatin1Char('.')) && !message.endsWith(QStringLiteral("..")))
                message.chop(1);
            parts << errors.at(i).field + QStringLiteral(": ") + message;
        }
        return parts.join(QStringLiteral("; "));
    }
};

} // namespace TicketDesk
