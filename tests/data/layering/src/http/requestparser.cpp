// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/requestparser.h"
#include <QTcpSocket>
#include <QByteArray>
