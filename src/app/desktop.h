// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QApplication;

namespace TicketDesk {

class Clock;

// Parses the desktop's own options (--demo, --db, --lang, ...) and runs the main
// window until the user quits. Returns the process exit code (2 on a usage error).
int runDesktop(QApplication &app, const QStringList &arguments, const Clock &clock);

} // namespace TicketDesk
