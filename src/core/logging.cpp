// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "ticketdesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "ticketdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "ticketdesk.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRipio, "ticketdesk.ripio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "ticketdesk.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "ticketdesk.gui", QtInfoMsg)
