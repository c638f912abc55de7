// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/factinput.h"
#include "store/factoutcome.h"
#include "store/storeerror.h"
#include "store/storeoptions.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace TicketDesk {

class Clock;
class DatabaseLocation;
class StoreThread;
class TicketStore;

// The webhook receiver's store writer: commits each submitted batch with
// TicketStore::applyFacts(), ONE transaction, and hands the outcomes back to the
// submitter's thread, which answers only then. Without startThread() it commits
// on a shared store in the caller's own thread (still after the caller returns
// to its event loop); after startThread() on a connection of its own in a thread
// of its own, so the next batch is parsed and verified while this one commits.
// One batch at a time is the caller's rule: submit the next after `done` ran.
class WebhookWriter final
{
public:
    explicit WebhookWriter(TicketStore &shared);
    ~WebhookWriter();
    Q_DISABLE_COPY_MOVE(WebhookWriter)

    // Opens a connection of its own to `location` in a new thread; on failure
    // the writer keeps using the shared store and the error is returned.
    // SQLite: with `checkpointEvery` > 0 the connection never checkpoints inside
    // a commit. After every that many commits, a third connection in a thread
    // of its own copies the log into the database and syncs the copy while
    // the batches go on; then this thread, between two batches, copies (and
    // syncs) only what they added meanwhile, so that the next commit starts
    // the log from its beginning again and the log stays a few megabytes.
    // Without that thread (it could not open), this one checkpoints alone,
    // once the answers are on their way.
    StoreError startThread(const DatabaseLocation &location, const StoreOptions &options, const Clock &clock,
                           int checkpointEvery = 32);
    bool isThreaded() const { return m_thread != nullptr; }

    struct Result
    {
        QList<FactOutcome> outcomes; // one per input, in order
        double seconds = 0;          // how long the commit took
    };
    // Commits `inputs`; then `done` runs in `context`'s thread (queued; not at
    // all if `context` is gone by then).
    void submit(QList<FactInput> inputs, QObject *context, std::function<void(const Result &)> done);
    // After the batches submitted before it: TicketStore::probe() on the writer's connection;
    // then `done` runs in `context`'s thread (as for submit()).
    void probe(QObject *context, std::function<void(const StoreError &)> done);
    // Returns once every batch submitted so far has committed and its `done` is
    // posted (not yet run: the caller's event loop or sendPostedEvents() runs it).
    void wait();

private:
    void stopThread();
    // Where the commits run: m_thread's context, or m_context in the caller's thread.
    QObject *context() const;
    // In m_thread, between batches: the writer's own checkpoint.
    void checkpointHere();
    // In m_thread: after `checkpointEvery` commits, the next checkpoint.
    void checkpointAfterCommit();

    TicketStore &m_shared;
    TicketStore *m_store;
    std::unique_ptr<StoreThread> m_thread;
    std::unique_ptr<QObject> m_context; // where the commits run without m_thread
    int m_checkpointEvery = 0;
    int m_sinceCheckpoint = 0;
    bool m_checkpointing = false; // m_checkpointer is copying the log (m_thread's)
    std::unique_ptr<StoreThread> m_checkpointer;
};

} // namespace TicketDesk
