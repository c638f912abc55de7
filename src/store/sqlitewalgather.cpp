// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitewalgather.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace TicketDesk::SqliteWalGather {

namespace {

// At most this much goes out in one write. SQLite's unix VFS takes no more than
// 128 KiB - 1 per call (it masks the length to 17 bits and reports a short
// write as a full disk), so a larger commit's log goes out in several writes.
constexpr sqlite3_int64 maxGathered = 128 * 1024 - 1;

std::atomic<std::uint64_t> g_asked{0};
std::atomic<std::uint64_t> g_written{0};

sqlite3_vfs *g_base = nullptr; // the platform's VFS, which does the work
sqlite3_vfs g_vfs{};

// A log file: ours in front, the base VFS's file right after it.
struct LogFile
{
    sqlite3_file head; // its pMethods are ours
    sqlite3_file *base;
    char *bytes; // maxGathered bytes once the first write is gathered; [start, start + size) in use
    sqlite3_int64 start;
    sqlite3_int64 size;
};

constexpr int baseOffset = int((sizeof(LogFile) + 15) & ~size_t(15));

LogFile *logOf(sqlite3_file *file)
{
    return reinterpret_cast<LogFile *>(file);
}

int writeThrough(LogFile *f, const void *bytes, int amount, sqlite3_int64 offset)
{
    g_written.fetch_add(1, std::memory_order_relaxed);
    return f->base->pMethods->xWrite(f->base, bytes, amount, offset);
}

int flush(LogFile *f)
{
    if (f->size == 0)
        return SQLITE_OK;
    const int rc = writeThrough(f, f->bytes, int(f->size), f->start);
    f->size = 0;
    return rc;
}

int logClose(sqlite3_file *file)
{
    LogFile *f = logOf(file);
    const int flushed = flush(f);
    std::free(f->bytes);
    f->bytes = nullptr;
    const int closed = f->base->pMethods->xClose(f->base);
    return flushed != SQLITE_OK ? flushed : closed;
}

int logRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    LogFile *f = logOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->base->pMethods->xRead(f->base, out, amount, offset);
}

int logWrite(sqlite3_file *file, const void *in, int amount, sqlite3_int64 offset)
{
    LogFile *f = logOf(file);
    g_asked.fetch_add(1, std::memory_order_relaxed);
    const bool follows = f->size > 0 && offset == f->start + f->size;
    if (!follows || f->size + amount > maxGathered) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
        if (amount >= maxGathered)
            return writeThrough(f, in, amount, offset);
        f->start = offset;
    }
    if (!f->bytes) {
        f->bytes = static_cast<char *>(std::malloc(size_t(maxGathered)));
        if (!f->bytes) // no memory to gather in: write it as the base would
            return writeThrough(f, in, amount, offset);
    }
    std::memcpy(f->bytes + f->size, in, size_t(amount));
    f->size += amount;
    return SQLITE_OK;
}

int logTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    LogFile *f = logOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->base->pMethods->xTruncate(f->base, size);
}

int logSync(sqlite3_file *file, int flags)
{
    LogFile *f = logOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->base->pMethods->xSync(f->base, flags);
}

int logFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    LogFile *f = logOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->base->pMethods->xFileSize(f->base, size);
}

int logLock(sqlite3_file *file, int level)
{
    return logOf(file)->base->pMethods->xLock(logOf(file)->base, level);
}

int logUnlock(sqlite3_file *file, int level)
{
    return logOf(file)->base->pMethods->xUnlock(logOf(file)->base, level);
}

int logCheckReservedLock(sqlite3_file *file, int *out)
{
    return logOf(file)->base->pMethods->xCheckReservedLock(logOf(file)->base, out);
}

int logFileControl(sqlite3_file *file, int op, void *arg)
{
    LogFile *f = logOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->base->pMethods->xFileControl(f->base, op, arg);
}

int logSectorSize(sqlite3_file *file)
{
    return logOf(file)->base->pMethods->xSectorSize(logOf(file)->base);
}

int logDeviceCharacteristics(sqlite3_file *file)
{
    return logOf(file)->base->pMethods->xDeviceCharacteristics(logOf(file)->base);
}

// Version 1: SQLite maps shared memory and pages through the database file, never the log.
const sqlite3_io_methods logMethods = {
    1,
    logClose,
    logRead,
    logWrite,
    logTruncate,
    logSync,
    logFileSize,
    logLock,
    logUnlock,
    logCheckReservedLock,
    logFileControl,
    logSectorSize,
    logDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    // Everything but a write-ahead log is the base VFS's own file, untouched.
    if ((flags & SQLITE_OPEN_WAL) == 0)
        return g_base->xOpen(g_base, name, file, flags, outFlags);
    LogFile *f = logOf(file);
    f->head.pMethods = nullptr;
    f->base = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + baseOffset);
    f->bytes = nullptr;
    f->start = 0;
    f->size = 0;
    const int rc = g_base->xOpen(g_base, name, f->base, flags, outFlags);
    if (rc != SQLITE_OK) {
        // The base closes what it half opened; SQLite calls no xClose on a file without methods.
        return rc;
    }
    f->head.pMethods = &logMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_base->xDelete(g_base, name, syncDir);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_base->xAccess(g_base, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_base->xFullPathname(g_base, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_base->xDlOpen(g_base, name);
}

void vfsDlError(sqlite3_vfs *, int size, char *out)
{
    g_base->xDlError(g_base, size, out);
}

void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))()
{
    return g_base->xDlSym(g_base, handle, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *handle)
{
    g_base->xDlClose(g_base, handle);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_base->xRandomness(g_base, size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return g_base->xSleep(g_base, microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return g_base->xCurrentTime(g_base, out);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_base->xGetLastError(g_base, size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_base->xCurrentTimeInt64(g_base, out);
}

} // namespace

Counts counts()
{
    return {g_asked.load(std::memory_order_relaxed), g_written.load(std::memory_order_relaxed)};
}

const char *vfsName()
{
    static std::once_flag once;
    static const char *name = nullptr;
    std::call_once(once, [] {
        sqlite3_vfs *base = sqlite3_vfs_find(nullptr);
        if (!base || base->iVersion < 2)
            return;
        g_base = base;
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = std::max(base->szOsFile, baseOffset + base->szOsFile);
        g_vfs.mxPathname = base->mxPathname;
        g_vfs.zName = "ticketdesk-walgather";
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        if (sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK)
            name = g_vfs.zName;
    });
    return name;
}

} // namespace TicketDesk::SqliteWalGather
