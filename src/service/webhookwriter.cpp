// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/webhookwriter.h"

#include "core/logging.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <utility>

namespace TicketDesk {

WebhookWriter::WebhookWriter(TicketStore &shared)
    : m_shared(shared)
    , m_store(&shared)
    , m_context(std::make_unique<QObject>())
{}

WebhookWriter::~WebhookWriter()
{
    stopThread();
}

namespace {

// Starts `thread` (named `name`) with `context` in it, and opens `store` there:
// a SQL connection belongs to the thread that opens it. On failure `store` is
// left empty and the thread runs on (its owner stops it).
StoreError openInThread(QThread &thread, const QString &name, QObject &context, std::unique_ptr<TicketStore> &store,
                        const DatabaseLocation &location, const StoreOptions &options, const Clock &clock)
{
    thread.setObjectName(name);
    context.moveToThread(&thread);
    thread.start();
    StoreError error;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            store = std::make_unique<TicketStore>(clock);
            error = store->open(location, options);
            if (!error.ok())
                store.reset();
        },
        Qt::BlockingQueuedConnection);
    return error;
}

} // namespace

StoreError WebhookWriter::startThread(const DatabaseLocation &location, const StoreOptions &options, const Clock &clock,
                                      int checkpointEvery)
{
    stopThread();
    StoreOptions own = options;
    if (checkpointEvery > 0)
        own.walAutoCheckpointPages = 0;
    own.tempStoreInMemory = true;
    own.gatherWalWrites = true;
    m_thread = std::make_unique<QThread>();
    const StoreError error =
        openInThread(*m_thread, QStringLiteral("webhook-writer"), *m_context, m_own, location, own, clock);
    if (!error.ok()) {
        stopThread();
        return error;
    }
    m_store = m_own.get();
    m_checkpointEvery = m_own->isPostgres() ? 0 : checkpointEvery;
    m_sinceCheckpoint = 0;
    m_checkpointing = false;
    if (m_checkpointEvery > 0) {
        m_checkpointer = std::make_unique<QThread>();
        m_checkpointContext = std::make_unique<QObject>();
        const StoreError opened = openInThread(*m_checkpointer, QStringLiteral("wal-checkpointer"),
                                               *m_checkpointContext, m_checkpointStore, location, own, clock);
        if (!opened.ok()) {
            qCWarning(lcService).noquote() << "webhook writer: the checkpoint thread cannot open the database, so"
                                           << "the writer checkpoints itself:" << opened.message;
            stopCheckpointer();
        }
    }
    return {};
}

void WebhookWriter::stopCheckpointer()
{
    if (!m_checkpointer)
        return;
    QMetaObject::invokeMethod(
        m_checkpointContext.get(), [this] { m_checkpointStore.reset(); }, Qt::BlockingQueuedConnection);
    m_checkpointer->quit();
    m_checkpointer->wait();
    m_checkpointer.reset();
    m_checkpointContext.reset();
}

void WebhookWriter::checkpointHere()
{
    if (!m_store->checkpoint())
        qCWarning(lcService).noquote() << "webhook writer: checkpoint failed:" << m_store->lastError().message;
}

void WebhookWriter::checkpointAfterCommit()
{
    if (m_checkpointEvery <= 0 || m_checkpointing || ++m_sinceCheckpoint < m_checkpointEvery)
        return;
    m_sinceCheckpoint = 0;
    if (!m_checkpointer) {
        checkpointHere();
        return;
    }
    m_checkpointing = true;
    QMetaObject::invokeMethod(
        m_checkpointContext.get(),
        [this] {
            if (!m_checkpointStore->checkpoint(TicketStore::CheckpointSync::Flush))
                qCWarning(lcService).noquote()
                    << "webhook writer: background checkpoint failed:" << m_checkpointStore->lastError().message;
            // Back in the writer's thread, queued behind the batches already submitted.
            QMetaObject::invokeMethod(
                m_context.get(),
                [this] {
                    m_checkpointing = false;
                    checkpointHere();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WebhookWriter::stopThread()
{
    if (!m_thread)
        return;
    // Its last word (the writer's own checkpoint) is queued in m_thread, ahead of the close below.
    stopCheckpointer();
    QMetaObject::invokeMethod(
        m_context.get(), [this] { m_own.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    // Back where it was made: the commits run in the caller's thread again.
    m_context = std::make_unique<QObject>();
    m_store = &m_shared;
}

void WebhookWriter::submit(QList<FactInput> inputs, QObject *context, std::function<void(const Result &)> done)
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, inputs = std::move(inputs), context, done = std::move(done)] {
            QElapsedTimer timer;
            timer.start();
            Result result;
            result.outcomes = m_store->applyFacts(inputs);
            result.seconds = double(timer.nsecsElapsed()) / 1e9;
            QMetaObject::invokeMethod(
                context, [done, result] { done(result); }, Qt::QueuedConnection);
            // Between batches, not inside a commit: the answers are already on their way.
            checkpointAfterCommit();
        },
        Qt::QueuedConnection);
}

void WebhookWriter::wait()
{
    if (m_thread)
        QMetaObject::invokeMethod(
            m_context.get(), [] {}, Qt::BlockingQueuedConnection);
    else
        QCoreApplication::sendPostedEvents(m_context.get(), QEvent::MetaCall);
}

} // namespace TicketDesk
