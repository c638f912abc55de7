// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "store/customerrecord.h"
#include "store/deliveryrecord.h"
#include "store/ticketevent.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace TicketDesk {

// Everything about the selected ticket: every field (with the customer's name
// and email when the directory knows them, and the operator's own reference), the description, the
// attachments, the retry chain (links that jump to the other ticket) and the
// timeline (submission, each webhook delivery with event vs arrival time and
// verdict, each reconciliation check). Fill it with what
// TicketService::detailsLoaded() delivers; clear() when nothing is selected.
// A ticket the same request was also registered as (its retry or its original), for the details.
struct FiledTwice
{
    qint64 id = 0;
    QString issueKey;
};

class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // `customer`: what the directory knows of the ticket's customer (name, email), if anything.
    void showTicket(const TicketDesk::Ticket &ticket, const QList<TicketDesk::DeliveryRecord> &deliveries,
                    const QList<TicketDesk::TicketEvent> &events,
                    const TicketDesk::CustomerRecord &customer = TicketDesk::CustomerRecord(),
                    const FiledTwice &twin = FiledTwice());
    void clear();
    // The API this desk sends to (EngineConfig's base URL): a ticket sent to
    // another says so. Takes effect at the next showTicket().
    void setCurrentApi(const QUrl &baseUrl);
    // Ticket `id` is selected but its details cannot be read now (`why`): said, instead of
    // leaving another ticket's details in the pane.
    void showUnavailable(qint64 id, const QString &why);
    qint64 ticketId() const { return m_ticket.id; }
    QString html() const;
    // A timeline line for a store event, in the operator's words: its kind ("submit"),
    // its verdict unless the fact simply applied, and its detail, where a leading
    // Ripio status ("CREATED SUP-4") is named as the status column names it.
    static QString eventText(const TicketDesk::TicketEvent &event);

Q_SIGNALS:
    void ticketLinkActivated(qint64 id);

private:
    // Where a ticket was sent (Ticket::apiBase), in words, and whether it is the current API.
    QString apiText(const Ticket &ticket) const;

    Ticket m_ticket;
    QUrl m_currentApi;
    QLabel *m_title;
    QPushButton *m_copyKey;
    QTextBrowser *m_text;
};

} // namespace TicketDesk
