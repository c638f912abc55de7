// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace TicketDesk {

// A question before a window drops or replaces what the operator typed: one answer loses it,
// the other (the default, and Esc) keeps it.
struct TypedWorkQuestion
{
    QString objectName; // the box's, for tests and accessibility tools
    QString title;
    QString text;
    QString accessibleName;
    QString dropLabel; // e.g. "&Discard", "&Replace"
    QString dropName;  // that button's object name
    QString keepLabel; // e.g. "&Keep editing"
    QString keepName;
};

// Opens the question, window-modal over `parent`. `drop` runs on the losing answer, `keep` (when
// given) on the other. While a question of the same name is open, asks nothing more.
void askBeforeDropping(QWidget *parent, const TypedWorkQuestion &question, const std::function<void()> &drop,
                       const std::function<void()> &keep = {});

// The common case, before a window closes over unsaved work: "Discard" or "Keep editing".
struct DiscardPrompt
{
    QString objectName;
    QString title;
    QString text;
    QString accessibleName;
    QString buttonPrefix; // the buttons are named <prefix>DiscardButton and <prefix>KeepEditingButton
};
void askToDiscard(QWidget *parent, const DiscardPrompt &prompt, const std::function<void()> &discard);

} // namespace TicketDesk
