// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/processliveness.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace TicketDesk {

bool processHasEnded(const ServerRecord &record)
{
#ifdef Q_OS_UNIX
    const QString here = QSysInfo::machineHostName();
    if (here.isEmpty() || record.host != here)
        return false;
    // The instance is "host:pid:start" (Outbox's claimant): the process ID is the next to last part.
    const QStringList parts = record.instance.split(QLatin1Char(':'));
    if (parts.size() < 3 || parts.first() != here)
        return false;
    bool ok = false;
    const qint64 pid = parts.at(parts.size() - 2).toLongLong(&ok);
    if (!ok || pid <= 1 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(record);
    return false;
#endif
}

} // namespace TicketDesk
