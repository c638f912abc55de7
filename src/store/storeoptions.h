// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace TicketDesk {

// Tuning for TicketStore::open().
struct StoreOptions
{
    int busyTimeoutMs = 5000; // how long to wait for another connection's lock
    // Page quota for this connection (PRAGMA max_page_count); 0 leaves SQLite's
    // default. Lets tests hit SQLITE_FULL for real without filling a disk.
    int maxPageCount = 0;
};

} // namespace TicketDesk
