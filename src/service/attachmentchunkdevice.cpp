// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/attachmentchunkdevice.h"

#include "store/ticketstore.h"

#include <algorithm>
#include <cstring>

namespace TicketDesk {

AttachmentChunkDevice::AttachmentChunkDevice(TicketStore &store, qint64 contentId, qint64 size, QObject *parent)
    : QIODevice(parent)
    , m_store(store)
    , m_contentId(contentId)
    , m_size(std::max<qint64>(size, 0))
{}

AttachmentFile AttachmentChunkDevice::uploadSource(TicketStore &store, const Attachment &attachment)
{
    AttachmentFile file;
    file.path = attachment.storedPath;
    file.fileName = attachment.fileName;
    file.contentType = attachment.contentType;
    file.size = attachment.size;
    if (attachment.contentFrom == 0)
        return file;
    file.open = [&store, contentId = attachment.contentFrom, size = attachment.size](QString *error) -> QIODevice * {
        const std::optional<TicketStore::AttachmentContent> held = store.attachmentContent(contentId);
        if (!held) {
            *error = store.lastError().message;
            return nullptr;
        }
        if (held->size != size) {
            *error = tr("the database holds %1 of its %2 bytes").arg(held->size).arg(size);
            return nullptr;
        }
        auto *device = new AttachmentChunkDevice(store, contentId, size);
        device->open(QIODevice::ReadOnly | QIODevice::Unbuffered); // the chunk is the buffer
        return device;
    };
    return file;
}

void AttachmentChunkDevice::close()
{
    m_chunk = QByteArray();
    m_chunkOffset = 0;
    QIODevice::close();
}

qint64 AttachmentChunkDevice::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && m_position < m_size) {
        if (m_chunkOffset >= m_chunk.size()) {
            // Drop the used chunk before the next one arrives: one in memory.
            m_chunk = QByteArray();
            m_chunkOffset = 0;
            std::optional<QByteArray> next = m_store.attachmentChunk(m_contentId, m_nextSeq);
            if (!next || next->isEmpty()) {
                setErrorString(next ? tr("Chunk %1 of the attachment is empty.").arg(m_nextSeq)
                                    : m_store.lastError().message);
                return done > 0 ? done : -1;
            }
            ++m_nextSeq;
            m_chunk = std::move(*next);
        }
        const qint64 n = std::min({maxSize - done, qint64(m_chunk.size()) - m_chunkOffset, m_size - m_position});
        std::memcpy(data + done, m_chunk.constData() + m_chunkOffset, size_t(n));
        done += n;
        m_chunkOffset += n;
        m_position += n;
    }
    if (m_position >= m_size)
        m_chunk = QByteArray();
    return done;
}

qint64 AttachmentChunkDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace TicketDesk
