// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "ripio/attachmentfile.h"

#include <QByteArray>
#include <QIODevice>

namespace TicketDesk {

class TicketStore;

// Reads an attachment kept in the database (Attachment::contentFrom) chunk by
// chunk, asking the store for the next chunk only when the last one is used
// up: the source of its part of a multipart upload, so a 50 MiB attachment
// never sits whole in memory. Sequential, read-only and not rewindable, like
// the upload it feeds. It reads the store in the thread it is read in: the
// store's (Qt reads an upload body in its QNetworkAccessManager's thread).
//
//     request.attachments.append(AttachmentChunkDevice::uploadSource(store, attachment));
class AttachmentChunkDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentChunkDevice)

public:
    // `size`: the attachment's length; its chunks must hold exactly that.
    AttachmentChunkDevice(TicketStore &store, qint64 contentId, qint64 size, QObject *parent = nullptr);

    // What the Ripio client sends for `attachment`: its file, or (kept in the
    // database) a factory of devices like this one, which first checks that
    // the chunks hold the whole attachment. `store` must outlive the upload.
    static AttachmentFile uploadSource(TicketStore &store, const Attachment &attachment);

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override { return m_size - m_position + QIODevice::bytesAvailable(); }
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    TicketStore &m_store;
    qint64 m_contentId;
    qint64 m_size;
    qint64 m_position = 0;
    qint64 m_nextSeq = 0;
    QByteArray m_chunk; // the one chunk in memory
    qint64 m_chunkOffset = 0;
};

} // namespace TicketDesk
