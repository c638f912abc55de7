// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ripiosandbox.h"
#include "ui_form.h"
#include <QWidget>
