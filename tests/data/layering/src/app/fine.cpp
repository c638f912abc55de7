// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop.h"
#include "ticketstore.h"
#include "gui/mainwindow.h"
#include "tst_x.moc"
