// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/discardprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace TicketDesk {

void askToDiscard(QWidget *parent, const DiscardPrompt &prompt, const std::function<void()> &discard)
{
    // One just closed may still wait for its deletion: only a visible one counts.
    for (const QMessageBox *open : parent->findChildren<QMessageBox *>(prompt.objectName)) {
        if (open->isVisible())
            return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, prompt.title, prompt.text, QMessageBox::NoButton, parent);
    box->setObjectName(prompt.objectName);
    box->setAccessibleName(prompt.accessibleName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discardButton =
        box->addButton(QCoreApplication::translate("DiscardPrompt", "&Discard"), QMessageBox::DestructiveRole);
    discardButton->setObjectName(prompt.buttonPrefix + QStringLiteral("DiscardButton"));
    QPushButton *keep =
        box->addButton(QCoreApplication::translate("DiscardPrompt", "&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(prompt.buttonPrefix + QStringLiteral("KeepEditingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    QObject::connect(discardButton, &QPushButton::clicked, parent, discard);
    box->open();
}

} // namespace TicketDesk
