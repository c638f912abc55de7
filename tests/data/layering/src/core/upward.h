// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/ticket.h"
#include "store/ticketstore.h"
#include <QDateTime>
