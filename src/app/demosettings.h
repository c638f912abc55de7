// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/engineconfig.h"
#include "service/secretbackend.h"

#include <QString>

#include <memory>

namespace TicketDesk::DemoSettings {

// Points this process's settings (every default-constructed QSettings from now on) at a
// file in `dir`, preset to the built-in sandbox: the demo, its Settings dialog included,
// never changes the desk's own settings file, and the dialog shows the sandbox it runs on.
void isolate(const QString &dir);

// Secrets kept in this process's memory only: what the demo's Settings dialog reads and
// writes instead of the system keychain, which holds the desk's real secrets. They start
// as the built-in sandbox's (its client and webhook secrets in `sandbox`), which the demo
// does use, so the dialog shows them as held rather than missing.
std::unique_ptr<SecretBackend> sessionSecrets(const EngineConfig &sandbox = EngineConfig());

} // namespace TicketDesk::DemoSettings
