// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace TicketDesk {

// The operator's main window. For now a frame with the menus and a status line;
// the ticket table, form and views arrive with the desktop issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(bool demo, QWidget *parent = nullptr);
};

} // namespace TicketDesk
