// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/savedviewsdialog.h"

#include "gui/discardprompt.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace TicketDesk {

SavedViewsDialog::SavedViewsDialog(const QList<SavedView> &views, QWidget *parent)
    : QDialog(parent)
    , m_views(views)
    , m_list(new QListWidget(this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move d&own"), this))
{
    setObjectName(QStringLiteral("savedViewsDialog"));
    setWindowTitle(tr("Saved views"));
    setAccessibleName(tr("Saved views"));

    auto *label = new QLabel(tr("The first nine views open with Ctrl+1 to Ctrl+9, in this order."), this);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("savedViewsHintLabel"));
    label->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("savedViewsList"));
    m_list->setAccessibleName(tr("Saved views"));
    m_delete->setObjectName(QStringLiteral("deleteSavedViewButton"));
    m_delete->setAccessibleName(tr("Delete the selected view"));
    m_up->setObjectName(QStringLiteral("moveSavedViewUpButton"));
    m_up->setAccessibleName(tr("Move the selected view up"));
    m_down->setObjectName(QStringLiteral("moveSavedViewDownButton"));
    m_down->setAccessibleName(tr("Move the selected view down"));

    // The keys work in the list as well as the buttons' mnemonics.
    const auto key = [this](const QKeySequence &keys, const char *name, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1StringView(name));
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    key(QKeySequence::Delete, "deleteSavedViewAction", [this] { removeCurrent(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Up), "moveSavedViewUpAction", [this] { moveCurrent(-1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Down), "moveSavedViewDownAction", [this] { moveCurrent(1); });
    connect(m_delete, &QPushButton::clicked, this, &SavedViewsDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedViewsDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("savedViewsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(m_delete);
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(middle);
    layout->addWidget(buttons);

    fill(0);
}

void SavedViewsDialog::fill(int current)
{
    m_list->clear();
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        const QString name = m_views[i].name;
        const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
        m_list->addItem(i < 9 ? tr("%1 (%2)").arg(name, keys.toString(QKeySequence::NativeText)) : name);
    }
    if (!m_views.isEmpty())
        m_list->setCurrentRow(std::clamp(current, 0, int(m_views.size()) - 1));
    updateButtons();
}

void SavedViewsDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_views.size())
        return;
    // A view is the operator's work too, and nothing brings a deleted one back: ask (Cancel, the
    // default, keeps it), then find it by name rather than trust a row number kept across the question.
    const QString name = m_views[row].name;
    askBeforeDropping(this,
                      {QStringLiteral("deleteSavedViewConfirmation"), tr("Delete saved view"),
                       tr("Delete the saved view “%1”? This cannot be undone.").arg(name),
                       tr("Confirm deleting the saved view"), tr("&Delete"),
                       QStringLiteral("confirmDeleteSavedViewButton"), tr("Cancel"),
                       QStringLiteral("keepSavedViewButton")},
                      [this, name] {
                          const qsizetype at = SavedViews::indexOf(m_views, name);
                          if (at < 0)
                              return;
                          m_views.removeAt(at);
                          fill(int(at));
                          Q_EMIT viewsChanged(m_views);
                      });
}

void SavedViewsDialog::moveCurrent(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_views.size())
        return;
    m_views.move(row, to);
    fill(to);
    Q_EMIT viewsChanged(m_views);
}

void SavedViewsDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_views.size());
}

} // namespace TicketDesk
