// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ticketstore.h"
#include "gui/mainwindow.h"
#include <QTcpServer>
#include <QCommandLineParser>
#include <QSqlQuery>
