// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSaveFile>
#include <QString>

namespace TicketDesk {

// Commits a QSaveFile only when every byte reached the file. Qt 6.4's commit() misses an error
// of the buffer it flushes itself (QTBUG-75077): on a full disk it renamed a short or empty
// file over the target and returned true. This flushes first and checks; on any error it
// cancels, so the target stays as it was, and returns false with `error` (the file's reason).
// A write() that returns less than it was given is still the caller's to notice.
bool commitWhole(QSaveFile &file, QString *error = nullptr);

} // namespace TicketDesk
