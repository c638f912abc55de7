// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QApplication;
class QTextStream;

namespace TicketDesk {

class Clock;

// Parses the desktop's own options (--demo, --db, --lang, ...) and runs the main
// window until the user quits. Returns the process exit code (2 on a usage error).
int runDesktop(QApplication &app, const QStringList &arguments, const Clock &clock);

// The desktop's options checked without a window (where no display is, say): a usage error is
// said on err and its exit code (2) returned; nothing when runDesktop() would take them.
std::optional<int> desktopUsageError(const QStringList &arguments, QTextStream &err);

} // namespace TicketDesk
