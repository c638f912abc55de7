// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace TicketDesk {

class TicketModel;

// The text of "Copy summary": a short plain-text report of some tickets, made
// to be pasted into the operator's own helpdesk. One small block per ticket
// (issue key and status, customer by name when the directory knows it, the
// operator's reference, summary, outcome time in local time), blocks separated
// by an empty line, in the order given.
class TicketReport final
{
    Q_DECLARE_TR_FUNCTIONS(TicketReport)

public:
    // `rows` are rows of `model`.
    static QString plainText(const TicketModel &model, const QList<int> &rows);
};

} // namespace TicketDesk
