// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ticketfilter.h"

#include <QString>
#include <QVariantList>

namespace TicketDesk {

class SqlDialect;

// The columns of a tickets row, in the order the store reads them.
extern const QString ticketColumns;

// The statement behind TicketStore::tickets() and forEachTicket(): the tickets
// that pass `filter`, in its order, `limit` of them (-1: all) after `offset`.
// Its bound values are appended to `binds`. A page after TicketFilter::after is
// a walk of the index tickets_insights (created_at, id, ...), never a sort.
QString ticketListQuery(const SqlDialect &dialect, const TicketFilter &filter, QVariantList &binds, int limit,
                        int offset);

} // namespace TicketDesk
