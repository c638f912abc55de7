// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLineEdit;
class QString;

namespace TicketDesk {

// Turns on `edit`'s clear button and gives it a name and a tooltip: Qt's own has neither, so a
// screen reader announced an unnamed button beside the field.
void enableNamedClearButton(QLineEdit *edit, const QString &name);

} // namespace TicketDesk
