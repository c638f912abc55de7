// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/diskguard.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QStorageInfo>

#include <algorithm>
#include <utility>

namespace TicketDesk {

namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

qint64 VolumeFreeSpace::bytesFree()
{
    const QStorageInfo info(m_folder);
    if (!info.isValid() || !info.isReady())
        return -1;
    return info.bytesAvailable();
}

DiskGuard::DiskGuard(const Clock &clock)
    : m_clock(clock)
{}

DiskGuard::~DiskGuard() = default;

void DiskGuard::setProbe(std::unique_ptr<FreeSpaceProbe> probe)
{
    m_probe = std::move(probe);
    m_checkedAt = QDateTime();
}

void DiskGuard::setThresholds(qint64 lowBytes, qint64 criticalBytes)
{
    m_criticalBytes = std::max<qint64>(criticalBytes, 0);
    m_lowBytes = std::max(lowBytes, m_criticalBytes);
    m_checkedAt = QDateTime(); // judge again with the new thresholds
}

DiskGuard::Level DiskGuard::level()
{
    const QDateTime now = m_clock.now();
    if (!m_checkedAt.isValid() || m_checkedAt.msecsTo(now) >= m_intervalMs || m_checkedAt > now)
        check();
    return m_level;
}

void DiskGuard::check()
{
    const QDateTime now = m_clock.now();
    m_checkedAt = now;
    if (m_probe)
        m_free = m_probe->bytesFree();
    // A full store clears once a check finds room; without a probe, once an interval has passed.
    if (m_storeFull && m_storeFullAt.msecsTo(now) >= m_intervalMs &&
        (!m_probe || (m_free >= 0 && m_free >= m_criticalBytes)))
        m_storeFull = false;
    if (m_storeFull || (m_free >= 0 && m_free < m_criticalBytes))
        m_level = Level::Critical;
    else if (m_free >= 0 && m_free < m_lowBytes)
        m_level = Level::Low;
    else
        m_level = Level::Ok;
}

void DiskGuard::noteDiskFull()
{
    // What /healthz and the status bar show beside "full" is what the volume has now, not what it
    // had at the last check (up to an interval ago, often with room).
    if (m_probe)
        m_free = m_probe->bytesFree();
    m_storeFull = true;
    m_storeFullAt = m_clock.now();
    m_level = Level::Critical;
    m_checkedAt = m_storeFullAt;
}

QString DiskGuard::levelName(Level level)
{
    switch (level) {
    case Level::Low:
        return QStringLiteral("low");
    case Level::Critical:
        return QStringLiteral("critical");
    case Level::Ok:
        break;
    }
    return QStringLiteral("ok");
}

QString DiskGuard::reason() const
{
    switch (m_level) {
    case Level::Ok:
        return QString();
    case Level::Low:
        return QCoreApplication::translate("DiskGuard",
                                           "Disk space low (%1 MiB free): rejected webhooks are only counted.")
            .arg(mebibytes(m_free));
    case Level::Critical:
        if (m_storeFull)
            return QCoreApplication::translate(
                "DiskGuard", "The database's disk is full: webhooks are refused with 503 until there is room.");
        return QCoreApplication::translate(
                   "DiskGuard", "Disk almost full (%1 MiB free): webhooks are refused with 503 until there is room.")
            .arg(mebibytes(m_free));
    }
    return QString();
}

} // namespace TicketDesk
