// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace TicketDesk {

// What a window asks before it drops unsaved work (a typed ticket, an edited template).
struct DiscardPrompt
{
    QString objectName; // the box's, for tests and accessibility tools
    QString title;
    QString text;
    QString accessibleName;
    QString buttonPrefix; // the buttons are named <prefix>DiscardButton and <prefix>KeepEditingButton
};

// Opens the question, window-modal over `parent`: "Discard", or "Keep editing" (the default,
// and Esc). `discard` runs on Discard. While one of the same name is open, asks nothing more.
void askToDiscard(QWidget *parent, const DiscardPrompt &prompt, const std::function<void()> &discard);

} // namespace TicketDesk
