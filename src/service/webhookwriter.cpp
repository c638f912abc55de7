// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/webhookwriter.h"

#include "core/logging.h"
#include "service/storethread.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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

StoreError WebhookWriter::startThread(const DatabaseLocation &location, const StoreOptions &options, const Clock &clock,
                                      int checkpointEvery)
{
    stopThread();
    StoreOptions own = options;
    if (checkpointEvery > 0)
        own.walAutoCheckpointPages = 0;
    own.tempStoreInMemory = true;
    own.gatherWalWrites = true;
    m_thread = std::make_unique<StoreThread>();
    if (const StoreError error = m_thread->start(QStringLiteral("webhook-writer"), location, own, clock); !error.ok()) {
        m_thread.reset();
        return error;
    }
    m_store = &m_thread->store();
    m_checkpointEvery = m_store->isPostgres() ? 0 : checkpointEvery;
    m_sinceCheckpoint = 0;
    m_checkpointing = false;
    if (m_checkpointEvery > 0) {
        m_checkpointer = std::make_unique<StoreThread>();
        const StoreError opened = m_checkpointer->start(QStringLiteral("wal-checkpointer"), location, own, clock);
        if (!opened.ok()) {
            qCWarning(lcService).noquote() << "webhook writer: the checkpoint thread cannot open the database, so"
                                           << "the writer checkpoints itself:" << opened.message;
            m_checkpointer.reset();
        }
    }
    return {};
}

QObject *WebhookWriter::context() const
{
    return m_thread ? m_thread->context() : m_context.get();
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
        m_checkpointer->context(),
        [this] {
            TicketStore &store = m_checkpointer->store();
            if (!store.checkpoint(TicketStore::CheckpointSync::Flush))
                qCWarning(lcService).noquote()
                    << "webhook writer: background checkpoint failed:" << store.lastError().message;
            // Back in the writer's thread, queued behind the batches already submitted.
            QMetaObject::invokeMethod(
                m_thread->context(),
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
    m_checkpointer.reset();
    m_thread.reset();
    // Back where it was made: the commits run in the caller's thread again.
    m_store = &m_shared;
}

void WebhookWriter::submit(QList<FactInput> inputs, QObject *context, std::function<void(const Result &)> done)
{
    QMetaObject::invokeMethod(
        this->context(),
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

void WebhookWriter::probe(QObject *context, std::function<void(const StoreError &)> done)
{
    QMetaObject::invokeMethod(
        this->context(),
        [this, context, done = std::move(done)] {
            const StoreError error = m_store->probe();
            QMetaObject::invokeMethod(
                context, [done, error] { done(error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WebhookWriter::wait()
{
    if (m_thread)
        QMetaObject::invokeMethod(
            m_thread->context(), [] {}, Qt::BlockingQueuedConnection);
    else
        QCoreApplication::sendPostedEvents(m_context.get(), QEvent::MetaCall);
}

} // namespace TicketDesk
