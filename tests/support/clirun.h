// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"
#include "core/clock.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace TicketDesk::Test {

// One in-process run of the command line: its exit code and what it printed.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// `clock` is the command's "now" (a test's ManualClock).
inline CliRun runCli(const QStringList &args, const Clock &clock)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runCommandLine(args, out, err, clock);
    out.flush();
    err.flush();
    return r;
}

inline CliRun runCli(const QStringList &args)
{
    const SystemClock clock;
    return runCli(args, clock);
}

} // namespace TicketDesk::Test
