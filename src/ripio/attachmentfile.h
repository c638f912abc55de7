// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TicketDesk {

// One file to attach to a support ticket. It is streamed from disk when the
// ticket is sent, never loaded whole into memory.
struct AttachmentFile
{
    QString path;        // local file to read
    QString fileName;    // name sent to Ripio; empty: the file name of path
    QString contentType; // empty: detected from the file (QMimeDatabase)
    qint64 size = -1;    // informational; the size on disk is what gets checked and sent
};

} // namespace TicketDesk
