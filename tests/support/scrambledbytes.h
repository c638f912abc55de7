// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace TicketDesk {

// `size` bytes of a fixed pseudo-random sequence (the same for the same seed):
// content in which a piece out of place, lost or repeated shows. Header-only.
inline QByteArray scrambledBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

} // namespace TicketDesk
