// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/multipartuploaddevice.h"

#include <QFile>
#include <QRandomGenerator>

#include <cstring>

namespace TicketDesk {

namespace {

// RFC 7578 4.2: the name goes as UTF-8 inside the quotes; quotes and line
// breaks are percent-encoded as browsers do, so the header cannot be broken.
// A backslash too: a server that reads the quotes as an RFC 9110 quoted-string
// takes it for an escape (a name ending in one left the quotes unclosed, and
// the whole ticket was refused), one that reads them as browsers write them
// does not; encoded, both read the same name.
QByteArray quoted(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('%', QByteArrayLiteral("%25"));
    bytes.replace('"', QByteArrayLiteral("%22"));
    bytes.replace('\\', QByteArrayLiteral("%5C"));
    bytes.replace('\r', QByteArrayLiteral("%0D"));
    bytes.replace('\n', QByteArrayLiteral("%0A"));
    return bytes;
}

} // namespace

MultipartUploadDevice::MultipartUploadDevice(QObject *parent)
    : QIODevice(parent)
{
    // 128 random bits: a boundary that no attachment contains by accident.
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    m_boundary =
        QByteArrayLiteral("ticketdesk-") + QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();
}

MultipartUploadDevice::~MultipartUploadDevice() = default;

QByteArray MultipartUploadDevice::contentType() const
{
    return QByteArrayLiteral("multipart/form-data; boundary=") + m_boundary;
}

void MultipartUploadDevice::append(const QByteArray &bytes)
{
    if (!m_segments.isEmpty() && !m_segments.last().file) {
        m_segments.last().bytes.append(bytes);
        m_segments.last().length += bytes.size();
    } else {
        m_segments.append(Segment{bytes, nullptr, bytes.size()});
    }
    m_total += bytes.size();
}

void MultipartUploadDevice::addField(const QByteArray &name, const QByteArray &value)
{
    append(QByteArrayLiteral("--") + m_boundary + QByteArrayLiteral("\r\nContent-Disposition: form-data; name=\"") +
           name + QByteArrayLiteral("\"\r\n\r\n") + value + QByteArrayLiteral("\r\n"));
}

bool MultipartUploadDevice::addFile(const QByteArray &name, const QString &path, const QString &fileName,
                                    const QByteArray &contentType, QString *error)
{
    auto *file = new QFile(path, this);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = file->errorString();
        delete file;
        return false;
    }
    addFile(name, file, file->size(), fileName, contentType);
    return true;
}

void MultipartUploadDevice::addFile(const QByteArray &name, QIODevice *source, qint64 length, const QString &fileName,
                                    const QByteArray &contentType)
{
    source->setParent(this);
    append(QByteArrayLiteral("--") + m_boundary + QByteArrayLiteral("\r\nContent-Disposition: form-data; name=\"") +
           name + QByteArrayLiteral("\"; filename=\"") + quoted(fileName) + QByteArrayLiteral("\"\r\nContent-Type: ") +
           contentType + QByteArrayLiteral("\r\n\r\n"));
    m_segments.append(Segment{QByteArray(), source, length});
    m_total += length;
    append(QByteArrayLiteral("\r\n"));
}

void MultipartUploadDevice::finish()
{
    append(QByteArrayLiteral("--") + m_boundary + QByteArrayLiteral("--\r\n"));
    open(QIODevice::ReadOnly);
}

qint64 MultipartUploadDevice::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && m_index < m_segments.size()) {
        const Segment &segment = m_segments.at(m_index);
        const qint64 want = qMin(maxSize - done, segment.length - m_offset);
        if (want > 0) {
            qint64 got = 0;
            if (segment.file) {
                got = segment.file->read(data + done, want);
                if (got <= 0) {
                    // The source shrank or failed after Content-Length was fixed: the body cannot be completed.
                    setErrorString(segment.file->errorString());
                    return done > 0 ? done : -1;
                }
            } else {
                std::memcpy(data + done, segment.bytes.constData() + m_offset, static_cast<size_t>(want));
                got = want;
            }
            done += got;
            m_offset += got;
            m_position += got;
        }
        if (m_offset >= segment.length) {
            if (segment.file)
                segment.file->close(); // release the handle (or the source's buffer) as soon as it is sent
            ++m_index;
            m_offset = 0;
        }
    }
    return done;
}

qint64 MultipartUploadDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace TicketDesk
