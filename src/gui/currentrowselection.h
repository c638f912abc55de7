// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;

namespace TicketDesk {

// Keeps the row a keyboard user is on selected whenever nothing is: a view reached with Tab, or
// whose selected row was just removed, has a current row (with its focus frame, and the details
// it shows) but no selection, so the actions that work on the selection (Retry, Remove, Delete)
// did nothing with no word why. A selection the user made (several rows, or none by Ctrl+Space on
// the row) is left as it is: only a change of the current row, or the focus arriving, selects.
void keepCurrentRowSelected(QAbstractItemView *view);

} // namespace TicketDesk
