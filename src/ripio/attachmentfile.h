// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace TicketDesk {

// One file to attach to a support ticket. It is streamed when the ticket is
// sent, never loaded whole into memory: from disk (path), or from a device
// that `open` makes (bytes kept elsewhere, such as a database).
struct AttachmentFile
{
    QString path;        // local file to read (unless `open` is set)
    QString fileName;    // name sent to Ripio; empty: the file name of path
    QString contentType; // empty: detected from the file (QMimeDatabase)
    qint64 size = -1;    // a file: informational (the size on disk is checked and sent); a device: its exact length
    // Set: a new device, open for reading, that gives exactly `size` bytes from
    // the start, read sequentially. Called once per attempt to send (each gets
    // a fresh one: the upload is never rewound). The upload owns it. nullptr
    // with a reason in `*error` when the bytes cannot be read.
    std::function<QIODevice *(QString *error)> open = nullptr;
};

} // namespace TicketDesk
