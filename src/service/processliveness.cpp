// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/processliveness.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <signal.h>
#include <sys/stat.h>
#endif

namespace TicketDesk {

QString thisMachineIdentity()
{
#ifdef Q_OS_LINUX
    static const QString identity = []() -> QString {
        QFile boot(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (!boot.open(QIODevice::ReadOnly))
            return QString();
        const QString bootId = QString::fromLatin1(boot.readAll().trimmed()).remove(QLatin1Char('-'));
        struct stat ns = {};
        if (bootId.isEmpty() || ::stat("/proc/self/ns/pid", &ns) != 0)
            return QString();
        return bootId + QLatin1Char('.') + QString::number(quint64(ns.st_ino));
    }();
    return identity;
#else
    return QString();
#endif
}

bool processHasEnded(const ServerRecord &record)
{
#ifdef Q_OS_LINUX
    const QString identity = thisMachineIdentity();
    const QStringList parts = record.instance.split(QLatin1Char(':'));
    if (identity.isEmpty() || parts.size() != 4 || parts.at(3) != identity)
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    // This process's own ID: another engine of this very process (two desktops' engines in one
    // test), alive.
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    if (::kill(pid_t(pid), 0) != 0)
        return errno == ESRCH;
    // Killed, but not yet reaped by its parent (a shell that restarts it at once): a zombie,
    // whose ID still answers kill(). Its state is the letter after the name's closing bracket.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.read(4096);
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() && (line.at(close + 2) == 'Z' || line.at(close + 2) == 'X');
#else
    Q_UNUSED(record);
    return false;
#endif
}

} // namespace TicketDesk
