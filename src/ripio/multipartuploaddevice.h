// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

namespace TicketDesk {

// A multipart/form-data body (RFC 7578) read part by part: text fields from
// memory, files from disk (or from any sequential device) in small reads, so
// a 50 MiB attachment never sits in memory. Sequential and not rewindable on purpose: after a connection
// closes with the answer still missing, Qt's HTTP stack silently sends a
// request again when it can rewind its body (QHttpMultiPart can); that
// would create a second ticket. With this device the reply fails instead
// (ContentReSendError) and the job reports the ticket as possibly sent.
// Post it with Content-Length = size() and DoNotBufferUploadDataAttribute.
class MultipartUploadDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultipartUploadDevice)

public:
    explicit MultipartUploadDevice(QObject *parent = nullptr);
    ~MultipartUploadDevice() override;

    void addField(const QByteArray &name, const QByteArray &value);
    // Opens the file now and fixes its size; false (with a reason) if it cannot be read.
    bool addFile(const QByteArray &name, const QString &path, const QString &fileName, const QByteArray &contentType,
                 QString *error);
    // A file part whose `length` bytes come from `source` (open for reading,
    // read from where it stands). Takes ownership of it.
    void addFile(const QByteArray &name, QIODevice *source, qint64 length, const QString &fileName,
                 const QByteArray &contentType);
    // Appends the closing boundary and opens the device for reading.
    void finish();

    QByteArray contentType() const;
    // The whole body's length, for the Content-Length header.
    qint64 totalSize() const { return m_total; }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_total; }
    qint64 bytesAvailable() const override { return m_total - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct Segment
    {
        QByteArray bytes;          // headers, field values, boundaries
        QIODevice *file = nullptr; // or a file's contents (a QFile, or another source)
        qint64 length = 0;
    };

    void append(const QByteArray &bytes);

    QByteArray m_boundary;
    QList<Segment> m_segments;
    qsizetype m_index = 0;
    qint64 m_offset = 0; // within the current segment
    qint64 m_position = 0;
    qint64 m_total = 0;
};

} // namespace TicketDesk
