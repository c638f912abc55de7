// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/clearbutton.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace TicketDesk {

void enableNamedClearButton(QLineEdit *edit, const QString &name)
{
    edit->setClearButtonEnabled(true);
    // Qt's clear action and the button it shows it with: both named, whichever a reader asks.
    for (QAction *action : edit->findChildren<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        action->setText(name);
        action->setToolTip(name);
    }
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

} // namespace TicketDesk
