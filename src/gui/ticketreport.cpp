// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ticketreport.h"

#include "gui/ticketmodel.h"

#include <QDateTime>
#include <QStringList>

namespace TicketDesk {

namespace {

// Local time with its zone, since whoever reads the pasted report may be elsewhere.
QString localTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') + t.timeZoneAbbreviation();
}

} // namespace

QString TicketReport::plainText(const TicketModel &model, const QList<int> &rows)
{
    QStringList blocks;
    for (int r : rows) {
        const TicketRow &row = model.row(r);
        const QString key = row.issueKey.length ? model.text(row.issueKey) : tr("Ticket #%1").arg(row.id);
        QStringList lines;
        lines << tr("%1 — %2").arg(key, model.index(r, TicketModel::StatusColumn).data().toString());
        lines << tr("Customer: %1").arg(model.text(model.customerLabel(row)));
        if (row.reference.length)
            lines << tr("Your reference: %1").arg(model.text(row.reference));
        lines << tr("Summary: %1").arg(model.text(row.summary));
        if (row.outcomeMs)
            lines << tr("Outcome at: %1").arg(localTime(row.outcomeMs));
        blocks << lines.join(QLatin1Char('\n'));
    }
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace TicketDesk
