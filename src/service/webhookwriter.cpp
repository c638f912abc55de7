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

StoreError WebhookWriter::startThread(const DatabaseLocation &location, const StoreOptions &options, const Clock &clock,
                                      int checkpointEvery)
{
    stopThread();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("webhook-writer"));
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    StoreOptions own = options;
    if (checkpointEvery > 0)
        own.walAutoCheckpointPages = 0;
    own.tempStoreInMemory = true;
    StoreError error;
    // A SQL connection belongs to the thread that opens it.
    QMetaObject::invokeMethod(
        m_context.get(),
        [&] {
            m_own = std::make_unique<TicketStore>(clock);
            error = m_own->open(location, own);
            if (!error.ok())
                m_own.reset();
        },
        Qt::BlockingQueuedConnection);
    if (!error.ok()) {
        stopThread();
        return error;
    }
    m_store = m_own.get();
    m_checkpointEvery = m_own->isPostgres() ? 0 : checkpointEvery;
    m_sinceCheckpoint = 0;
    return {};
}

void WebhookWriter::stopThread()
{
    if (!m_thread)
        return;
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
            if (m_checkpointEvery > 0 && ++m_sinceCheckpoint >= m_checkpointEvery) {
                m_sinceCheckpoint = 0;
                if (!m_store->checkpoint())
                    qCWarning(lcService).noquote()
                        << "webhook writer: checkpoint failed:" << m_store->lastError().message;
            }
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
