// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/engineconfig.h"

#include <QTemporaryDir>

namespace TicketDesk {

// An engine on a SQLite file of its own in `dir` that neither sends tickets
// nor asks Ripio about them: for tests of what it does with its store.
inline EngineConfig localEngineConfig(const QTemporaryDir &dir)
{
    EngineConfig config;
    config.dbPath = dir.filePath(QStringLiteral("tickets.sqlite"));
    config.dataDir = dir.path();
    config.runOutbox = false;
    config.runReconciler = false;
    return config;
}

} // namespace TicketDesk
