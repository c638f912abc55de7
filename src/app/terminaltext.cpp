// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/terminaltext.h"

#include <cerrno>
#include <cstring>

namespace TicketDesk {

TerminalText::TerminalText(std::FILE *stream, QObject *parent)
    : QIODevice(parent)
    , m_stream(stream)
{}

QByteArray TerminalText::clean(QByteArrayView bytes, bool *pending)
{
    QByteArray out;
    out.reserve(bytes.size() + 8);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (*pending) {
            *pending = false;
            if (b >= 0x80 && b <= 0x9f) { // U+0080..U+009F: a C1 control
                out += "<U+00" + QByteArray::number(b, 16).toUpper().rightJustified(2, '0') + '>';
                continue;
            }
            out += char(0xc2);
        }
        if (b == 0xc2)
            *pending = true;
        else if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7f)
            out += '^' + QByteArray(1, char(b == 0x7f ? '?' : b + 0x40));
        else
            out += c;
    }
    return out;
}

qint64 TerminalText::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalText::writeData(const char *data, qint64 size)
{
    const QByteArray bytes = clean(QByteArrayView(data, size), &m_pending);
    // QTextStream writes when it flushes (Qt::endl, a full buffer): on at once, so that `watch`
    // and `serve` lines reach a pipe as they are printed.
    if ((!bytes.isEmpty() &&
         std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream) != size_t(bytes.size())) ||
        std::fflush(m_stream) != 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    return size;
}

} // namespace TicketDesk
