// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A customer directory that looks like an operator's: people with Spanish, Portuguese and
// English names (accents included, some with two surnames), a few companies, emails at common
// providers and company domains, most with a CRM reference, some accounts closed. The same
// seed gives the same directory. For bench/customercompletion and bench/bulkpreview.
#pragma once

#include "store/customerrecord.h"

#include <QList>
#include <QRandomGenerator>

namespace TicketDesk {

QList<CustomerRecord> syntheticCustomers(qsizetype count, QRandomGenerator &random);

// A random UUID from `random` (QUuid::createUuid() would not repeat with the seed).
QString syntheticUuid(QRandomGenerator &random);

} // namespace TicketDesk
