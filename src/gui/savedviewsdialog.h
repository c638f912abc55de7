// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/savedviews.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace TicketDesk {

// View → Manage saved views…: the saved views in order (the first nine answer
// Ctrl+1 to Ctrl+9), to delete (Delete) or move up and down (Ctrl+Up,
// Ctrl+Down). Every change is announced at once through viewsChanged(); the
// caller stores it.
class SavedViewsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsDialog)

public:
    explicit SavedViewsDialog(const QList<SavedView> &views, QWidget *parent = nullptr);

    QList<SavedView> views() const { return m_views; }

Q_SIGNALS:
    void viewsChanged(const QList<TicketDesk::SavedView> &views);

private:
    void fill(int current);
    void removeCurrent();
    void moveCurrent(int by);
    void updateButtons();

    QList<SavedView> m_views;
    QListWidget *m_list;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace TicketDesk
