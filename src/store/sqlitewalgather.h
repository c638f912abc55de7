// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace TicketDesk::SqliteWalGather {

// A SQLite VFS over the platform's own that gathers the contiguous writes to a
// write-ahead log and hands them to the kernel as one write. SQLite writes each
// WAL frame as two writes (its 24-byte header, then the page), so a commit of a
// few dozen pages costs a system call per page otherwise.
//
// Gathered bytes are written before anything that could look at them: a read,
// a sync, a size or truncate, a file control, a close, or a write elsewhere in
// the file. With synchronous = FULL (the only setting TicketStore uses) every
// commit syncs its log before other connections can see it, so they never read
// past what is in the file. A crash loses only frames of a commit that had not
// returned yet, as it would without the gathering.
//
// Registers the VFS on first use (thread-safe) and returns its name for the
// "vfs" URI parameter, or nullptr when SQLite has no default VFS to wrap.
const char *vfsName();

// Log writes SQLite asked for, and writes handed to the kernel for them, by
// every connection on the VFS since the process started.
struct Counts
{
    std::uint64_t asked = 0;
    std::uint64_t written = 0;
};
Counts counts();

} // namespace TicketDesk::SqliteWalGather
