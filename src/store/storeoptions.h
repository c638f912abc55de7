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
    // SQLite: PRAGMA wal_autocheckpoint for this connection; -1 leaves SQLite's
    // default (1,000 pages). 0: this connection never checkpoints inside a
    // commit; its owner calls TicketStore::checkpoint() when it has time.
    int walAutoCheckpointPages = -1;
    // SQLite: PRAGMA temp_store = MEMORY. A writer of many small transactions
    // then keeps its statement journals in memory instead of creating, writing
    // and deleting a temporary file in every transaction.
    bool tempStoreInMemory = false;
    // SQLite: open through SqliteWalGather, which hands each commit's log
    // writes to the kernel as one write instead of two per page.
    bool gatherWalWrites = false;
    // SQLite: the caller only reads (list, show, export, stats...). When the file already has
    // this build's schema, opening neither takes the write lock nor changes the journal mode, so
    // another process's long write (a big import, serve's batches) does not make it fail. A file
    // that needs its schema made or upgraded is still migrated, under the write lock.
    bool onlyReads = false;
    // PostgreSQL: the caller is `db init`, whose job it is to set TicketDesk up in a database that
    // holds other tables already. Any other caller refuses such a database (a typo in its name made
    // TicketDesk's tables in someone else's), and a reading one never makes the schema at all.
    bool settingUp = false;
    // SQLite: check the file's pages and indexes (checkIntegrity()) before anything is migrated
    // or written: for a process that acknowledges what it stores (serve).
    bool checkIntegrity = false;
};

} // namespace TicketDesk
