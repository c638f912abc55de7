// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

namespace TicketDesk {

class Clock;

// How much room is left on the volume that holds the database.
class FreeSpaceProbe
{
public:
    virtual ~FreeSpaceProbe() = default;
    // Bytes available to this process; -1 when it cannot be told.
    virtual qint64 bytesFree() = 0;
};

// The volume of a folder, through QStorageInfo (a SQLite file's folder).
class VolumeFreeSpace final : public FreeSpaceProbe
{
public:
    explicit VolumeFreeSpace(const QString &folder)
        : m_folder(folder)
    {}
    qint64 bytesFree() override;
    QString folder() const { return m_folder; }

private:
    QString m_folder;
};

// The listener's view of a filling disk. Under `lowBytes` free it stops
// recording rejected deliveries (they are only counted); under `criticalBytes`,
// or once the store has reported DiskFull, it refuses to write at all: valid
// events get 503 with Retry-After and /healthz answers 503. The probe runs at
// most once per check interval (by the clock), never per request. Without a
// probe (a PostgreSQL database: its server's disk is not ours to measure) only
// the store's DiskFull counts, for one interval at a time.
class DiskGuard final
{
public:
    enum class Level
    {
        Ok,
        Low,      // rejected deliveries are no longer recorded
        Critical, // nothing is written: 503
    };
    static constexpr qint64 defaultLowBytes = qint64(256) * 1024 * 1024;
    static constexpr qint64 defaultCriticalBytes = qint64(64) * 1024 * 1024;
    static constexpr qint64 defaultCheckIntervalMs = 5000;

    explicit DiskGuard(const Clock &clock);
    ~DiskGuard();

    void setProbe(std::unique_ptr<FreeSpaceProbe> probe);
    bool hasProbe() const { return m_probe != nullptr; }
    void setThresholds(qint64 lowBytes, qint64 criticalBytes);
    void setCheckIntervalMs(qint64 ms) { m_intervalMs = ms; }

    // The level now, probing first when the last check is older than the interval.
    Level level();
    // The store failed with DiskFull: Critical until a later check finds room.
    void noteDiskFull();

    // Free bytes at the last check; -1 when unknown.
    qint64 lastFreeBytes() const { return m_free; }
    // Why the level is not Ok, for people (status bar, /healthz); empty when Ok.
    QString reason() const;
    // "ok", "low" or "critical", for /healthz.
    static QString levelName(Level level);

private:
    void check();

    const Clock &m_clock;
    std::unique_ptr<FreeSpaceProbe> m_probe;
    qint64 m_lowBytes = defaultLowBytes;
    qint64 m_criticalBytes = defaultCriticalBytes;
    qint64 m_intervalMs = defaultCheckIntervalMs;
    QDateTime m_checkedAt;
    qint64 m_free = -1;
    bool m_storeFull = false;
    QDateTime m_storeFullAt;
    Level m_level = Level::Ok;
};

} // namespace TicketDesk
