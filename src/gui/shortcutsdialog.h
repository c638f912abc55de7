// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;
class QTreeWidget;

namespace TicketDesk {

// Help → Keyboard shortcuts (F1): every menu action that has a shortcut, read from the menu bar
// when the dialog opens (so it lists what the window really answers, saved views included), under
// its menu's name, then the keys that no menu shows (`extras`: one group of keys and what they do).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Key
    {
        QString keys;
        QString action;
    };
    struct Group
    {
        QString title;
        QList<Key> keys;
    };

    ShortcutsDialog(const QMenuBar *menuBar, const QList<Group> &extras, QWidget *parent = nullptr);

    // What the dialog lists, group by group, in its order (for tests and the accessible text).
    QList<Group> groups() const { return m_groups; }

    // The groups a menu bar's shortcuts make: one per top-level menu with at least one shortcut.
    static QList<Group> menuGroups(const QMenuBar *menuBar);

private:
    QList<Group> m_groups;
    QTreeWidget *m_tree;
};

} // namespace TicketDesk
