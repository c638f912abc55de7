// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "store/ticketstore.h"

#include <QFile>
#include <QString>

namespace TicketDesk {

// Makes `path` a SQLite TicketDesk file damaged in its middle, as a failing disk or a copy taken
// while it was written leaves one: 400 tickets, then 16 pages of garbage halfway. It still opens,
// and reads as new up to the damaged pages. Empty on success, else what went wrong. Header-only:
// for the tests that link the store.
inline QString makeDamagedDatabase(const QString &path)
{
    {
        SystemClock clock;
        TicketStore store(clock);
        if (const StoreError opened = store.open(path); !opened.ok())
            return opened.message;
        QList<Ticket> many;
        for (int i = 0; i < 400; ++i) {
            Ticket t;
            t.customerId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
            t.summary = QStringLiteral("ticket %1").arg(i);
            t.description = QString(2000, QLatin1Char('a' + i % 26));
            many << t;
        }
        if (!store.insertTickets(many))
            return store.lastError().message;
        if (!store.checkIntegrity().ok())
            return QStringLiteral("damaged before it was damaged");
    }
    QFile file(path);
    constexpr qint64 pageSize = 4096;
    if (!file.open(QIODevice::ReadWrite) || file.size() <= 64 * pageSize ||
        !file.seek(file.size() / 2 / pageSize * pageSize))
        return QStringLiteral("%1: %2 bytes, %3").arg(path).arg(file.size()).arg(file.errorString());
    QByteArray garbage(16 * pageSize, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131 + 7) % 251);
    return file.write(garbage) == garbage.size() ? QString() : file.errorString();
}

} // namespace TicketDesk
