// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketstatus.h"

#include <QByteArray>
#include <QSortFilterProxyModel>
#include <QString>

namespace TicketDesk {

class TicketModel;

// Sorting and filtering of a TicketModel for the ticket table: by status (a set
// of shown statuses) and by free text over customer, summary, issue key and
// ticketId. It reads the model's compact rows directly instead of going through
// QVariant, which is what keeps a sort of a million rows under a second.
// Setters do nothing when the value is unchanged.
class TicketProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketProxy)

public:
    explicit TicketProxy(QObject *parent = nullptr);

    void setTicketModel(TicketModel *model);
    TicketModel *ticketModel() const { return m_model; }

    // Bit i set = status i (TicketStatus as int) shown.
    void setStatusMask(quint32 mask);
    quint32 statusMask() const { return m_statusMask; }
    void setStatusShown(TicketStatus status, bool shown);
    static constexpr quint32 allStatuses = (1u << 7) - 1;

    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesText(int sourceRow) const;
    void refilter();

    TicketModel *m_model = nullptr;
    quint32 m_statusMask = allStatuses;
    QString m_text;
    QByteArray m_asciiText; // the needle when it is plain ASCII: matched on UTF-8 bytes without decoding
    bool m_textIsAscii = true;
};

} // namespace TicketDesk
