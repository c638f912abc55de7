// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/discardprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace TicketDesk {

void askBeforeDropping(QWidget *parent, const TypedWorkQuestion &question, const std::function<void()> &drop,
                       const std::function<void()> &keep)
{
    // One just closed may still wait for its deletion: only a visible one counts.
    for (const QMessageBox *open : parent->findChildren<QMessageBox *>(question.objectName)) {
        if (open->isVisible())
            return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(question.objectName);
    box->setAccessibleName(question.accessibleName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *dropButton = box->addButton(question.dropLabel, QMessageBox::DestructiveRole);
    dropButton->setObjectName(question.dropName);
    QPushButton *keepButton = box->addButton(question.keepLabel, QMessageBox::RejectRole);
    keepButton->setObjectName(question.keepName);
    box->setDefaultButton(keepButton);
    box->setEscapeButton(keepButton);
    QObject::connect(dropButton, &QPushButton::clicked, parent, drop);
    if (keep)
        QObject::connect(keepButton, &QPushButton::clicked, parent, keep);
    box->open();
}

void askToDiscard(QWidget *parent, const DiscardPrompt &prompt, const std::function<void()> &discard)
{
    askBeforeDropping(parent,
                      {prompt.objectName, prompt.title, prompt.text, prompt.accessibleName,
                       QCoreApplication::translate("DiscardPrompt", "&Discard"),
                       prompt.buttonPrefix + QStringLiteral("DiscardButton"),
                       QCoreApplication::translate("DiscardPrompt", "&Keep editing"),
                       prompt.buttonPrefix + QStringLiteral("KeepEditingButton")},
                      discard);
}

} // namespace TicketDesk
