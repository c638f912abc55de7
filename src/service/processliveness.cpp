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
    // whose ID still answers kill(). Only where /proc numbers processes as kill() does: a /proc
    // of another PID namespace (not mounted again after `unshare --pid`, a host's bind-mounted
    // into a container) shows another process under that ID. So its namespace must be this
    // one's, and its ID in its own namespace (NSpid's last field) the one asked about.
    struct stat own = {};
    struct stat its = {};
    if (::stat("/proc/self/ns/pid", &own) != 0 ||
        ::stat(QStringLiteral("/proc/%1/ns/pid").arg(pid).toLocal8Bit().constData(), &its) != 0 ||
        own.st_ino != its.st_ino || own.st_dev != its.st_dev)
        return false;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    QByteArray state;
    qint64 innermost = -1;
    for (const QByteArray &line : status.read(16384).split('\n')) {
        if (line.startsWith("State:"))
            state = line.mid(6).trimmed().left(1);
        else if (line.startsWith("NSpid:"))
            innermost = line.mid(6).simplified().split(' ').constLast().toLongLong();
    }
    return innermost == pid && (state == "Z" || state == "X");
#else
    Q_UNUSED(record);
    return false;
#endif
}

} // namespace TicketDesk
