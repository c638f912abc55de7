// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace TicketDesk {

// Client-side limits checked before a ticket is sent. Ripio documents none of
// its own, so these are our choice (settings); when Ripio rejects something
// anyway, its own message reaches the operator verbatim.
// The defaults: a summary is a one-line title (255 characters, the usual size
// of a ticket title field); a description fits a long email (10000
// characters); 10 files of at most 25 MiB each and 50 MiB in all, what common
// mail and help-desk systems accept.
struct ValidationLimits
{
    int maxSummaryChars = 255;
    int maxDescriptionChars = 10000;
    int maxFiles = 10;
    qint64 maxFileBytes = qint64(25) * 1024 * 1024;
    qint64 maxTotalBytes = qint64(50) * 1024 * 1024;
};

} // namespace TicketDesk
