// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>
#include <QAccessibleInterface>
#include <QString>
#include <QWidget>

namespace TicketDesk::Test {

// What a screen reader hears as `widget`'s name or description: its accessible interface's text,
// which for a label without an accessible name of its own is the text it shows.
inline QString accessibleText(QWidget *widget, QAccessible::Text which = QAccessible::Name)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
    return a ? a->text(which) : QString();
}

} // namespace TicketDesk::Test
