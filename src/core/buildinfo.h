// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TicketDesk {

// Which build this is: the version, and the commit it was built from when the sources were a Git
// checkout ("0.1.0 (git 64bb060abcde)"), so that two builds of one version can be told apart in
// `--version`, `db status` and the About box. The commit is compiled into this file alone.
QString buildVersion();
// The commit alone; empty when unknown.
QString buildRevision();

} // namespace TicketDesk
