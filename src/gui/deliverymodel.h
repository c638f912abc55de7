// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/deliveryrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace TicketDesk {

// The webhook delivery log as a table, newest first: set() with what
// TicketService::loadDeliveries() answers, prepend() what deliveriesRecorded()
// reports live. Capped so a flood cannot grow it without bound.
class DeliveryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryModel)

public:
    enum Column
    {
        ReceivedColumn,
        VerdictColumn,
        EventTypeColumn,
        EventTimeColumn,
        SkewColumn,
        TicketIdColumn,
        PeerColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        VerdictRole, // the raw verdict ("applied", "bad-signature", ...)
        IdRole,
    };

    // The most rows kept: older ones drop off the end.
    static constexpr int cap = 5000;
    // How many of the newest rows prepend() looks through for a record told twice.
    static constexpr int recentlyTold = 256;
    // How many of the newest deliveries the desktop reads at start.
    static constexpr int firstLoad = 2000;

    explicit DeliveryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `records`: the newest, newest first. As many as firstLoad (or more) means older ones
    // may be in the database and not here.
    void set(const QList<TicketDesk::DeliveryRecord> &records);
    void prepend(const QList<TicketDesk::DeliveryRecord> &records);
    const DeliveryRecord &record(int row) const { return m_records.at(row); }
    // Whether the database may hold deliveries older than the rows here.
    bool olderNotLoaded() const { return m_olderNotLoaded; }

    // The operator's words for a raw verdict, and whether it is a problem.
    static QString verdictLabel(const QString &verdict);
    static bool isProblem(const QString &verdict);
    static QStringList knownVerdicts();
    // What a record standing for `count` rejected deliveries that were only counted says.
    static QString suppressedText(qint64 count);
    // How late a delivery arrived after its event time, in the locale's numbers:
    // "0.4 s" under a minute, "7 min 0 s" beyond; negative when the sender's clock runs ahead.
    static QString skewText(qint64 ms);
    // The operator's words for a delivery's detail, which the receiver and the store write in
    // fixed English parts joined by "; " ("mismatch", "issueDatetime 400 s from arrival",
    // "duplicate"): each part it knows is worded, any other kept as written.
    static QString detailText(const QString &detail);
    // A delivery's address, or the receiver's "(N other addresses)" in the reader's language.
    static QString peerText(const QString &peer);
    // One of the webhook decoder's sentences ("supportTicket.issueKey is missing") in the
    // operator's words, the field's JSON path kept; a sentence it does not know as written.
    static QString decoderFault(const QString &fault);

private:
    QList<DeliveryRecord> m_records;
    bool m_olderNotLoaded = false;
};

} // namespace TicketDesk
