// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace TicketDesk {

namespace {

// "&New ticket…" → "New ticket…"; "&&" stays one "&".
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1StringView("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void collect(const QMenu *menu, QList<ShortcutsDialog::Key> &keys)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, keys);
            continue;
        }
        QStringList sequences;
        for (const QKeySequence &sequence : action->shortcuts()) {
            if (!sequence.isEmpty())
                sequences.append(sequence.toString(QKeySequence::NativeText));
        }
        if (!sequences.isEmpty() && action->isVisible())
            keys.append({sequences.join(QStringLiteral(", ")), withoutMnemonic(action->text())});
    }
}

} // namespace

QList<ShortcutsDialog::Group> ShortcutsDialog::menuGroups(const QMenuBar *menuBar)
{
    QList<Group> groups;
    if (!menuBar)
        return groups;
    for (const QAction *top : menuBar->actions()) {
        const QMenu *menu = top->menu();
        if (!menu)
            continue;
        Group group{withoutMnemonic(top->text()), {}};
        collect(menu, group.keys);
        if (!group.keys.isEmpty())
            groups.append(group);
    }
    return groups;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, const QList<Group> &extras, QWidget *parent)
    : QDialog(parent)
    , m_groups(menuGroups(menuBar) + extras)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));

    auto *intro = new QLabel(tr("Every key the main window answers. Menus also open with Alt and their underlined "
                                "letter."),
                             this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("About the shortcuts"));

    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Shortcuts by menu"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setWordWrap(true); // a long description wraps rather than ends in "…"
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const Group &group : std::as_const(m_groups)) {
        auto *title = new QTreeWidgetItem(m_tree, {group.title});
        QFont bold = title->font(0);
        bold.setBold(true);
        title->setFont(0, bold);
        title->setFirstColumnSpanned(true);
        title->setFlags(Qt::ItemIsEnabled);
        for (const Key &key : group.keys) {
            auto *row = new QTreeWidgetItem(title, {key.action, key.keys});
            row->setToolTip(0, key.action);
            // A screen reader reads the row as one sentence.
            row->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(key.action, key.keys));
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(680, 560);
}

} // namespace TicketDesk
