// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "ripio/ripioclient.h"
#include "store/ticketstore.h"
#include "support/scriptedripio.h"

#include <QTemporaryDir>

namespace TicketDesk {

// What the tests of the engine's parts (outbox, reconciler) stand on: a real
// SQLite store in a temporary folder and the real RipioClient talking to a
// ScriptedServer that hands out tokens, all on the test's clock. Check ready
// after construction. Header-only: only tests that link ticketdesk_service use it.
struct ScriptedEngine
{
    explicit ScriptedEngine(const Clock &clock)
        : store(clock)
        , client(clock)
    {
        if (!dir.isValid() || !server.listen() || !store.open(dir.filePath(QStringLiteral("t.sqlite"))).ok())
            return;
        server.setFallback(ScriptedRipio::tokenPath, ScriptedRipio::tokenAnswer("tok"));
        client.setSettings(ScriptedRipio::settings(server.baseUrl()));
        ready = true;
    }

    // Declared in the order they are built; the client (and its jobs) goes first.
    QTemporaryDir dir;
    ScriptedServer server;
    TicketStore store;
    RipioClient client;
    bool ready = false;
};

} // namespace TicketDesk
