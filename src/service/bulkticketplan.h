// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tickettemplate.h"
#include "ripio/validationlimits.h"
#include "service/newticket.h"
#include "store/customerrecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace TicketDesk {

struct CsvTable;

// One data row of a "create tickets from CSV" file, as the run would treat it.
struct BulkTicketRow
{
    enum class Verdict
    {
        Ready,   // `ticket` will be queued
        Refused, // nothing is queued: reasons say why
    };

    int line = 0; // in the file
    Verdict verdict = Verdict::Refused;
    NewTicket ticket;       // Ready: what is queued; Refused: as far as the row got
    QString customerName{}; // from the directory, for the preview
    QString templateName{}; // as found in the templates, when the row names one
    QStringList reasons{};  // Refused: one sentence each
    QStringList warnings{}; // e.g. the template has unknown placeholders (left as written)
    // Refused only because an open ticket for the same customer and summary exists, and that
    // ticket is this very request (the same description and reference: see
    // BulkTicketPlanner::setFiledRequests()): the row was filed before (a re-run of the same file),
    // not wrong.
    bool alreadyOpen = false;
};

struct BulkTicketPlan
{
    QString error; // the file cannot be used at all (unreadable, no column for the customer)
    int errorLine = 0;
    QList<BulkTicketRow> rows; // in file order
    QStringList ignoredColumns;
    int readyCount = 0;
    int refusedCount = 0;
    int alreadyOpenCount = 0; // of refusedCount: the rows with alreadyOpen

    bool ok() const { return error.isEmpty(); }
    // The Ready rows' tickets, in file order.
    QList<NewTicket> ticketsToQueue() const;
    // The file lines of the tickets at these positions of ticketsToQueue() (as
    // TicketService::ticketsAlreadyOpen() gives them), ascending.
    QList<int> linesOfQueued(const QList<qsizetype> &positions) const;
    // A list of numbers for a message: the first `shown`, then "…" for the rest.
    static QString listed(const QList<int> &numbers, int shown = 10);
};

// Plans "create tickets from CSV" without writing anything: the preview shows the plan, the
// caller queues ticketsToQueue() in one transaction.
//
// Columns (any case and order): customerId or email (each row needs one of them to find the
// customer in the directory; customerId wins when both are given and must then match the
// email), summary, description, reference, template (a TicketTemplate name). With a template
// and an empty summary or description, the template fills it for the row's customer and
// reference; a value in the row wins. A row is refused for: an unknown customer (id not in
// the directory, no customer or several with that email), a closed customer, an id that is
// not a UUID, a missing, too long or multi-line summary, a too long description or reference,
// an unknown template, an open ticket for the same customer and summary (openKeys), or the
// same customer and summary on an earlier ready row of the file.
//
// The planner indexes the directory and templates once; plan() may run many times.
//
//     BulkTicketPlanner planner(store.customers(), store.templates(), openKeys, limits, QDate::currentDate());
//     const BulkTicketPlan plan = planner.plan(CsvReader().read(file));
class BulkTicketPlanner final
{
public:
    // `openKeys`: duplicateKey() of every open ticket (QUEUED, PENDING, CREATED recently).
    // `today`: for the templates' {date}; invalid: today's local date.
    BulkTicketPlanner(const QList<CustomerRecord> &directory, const QList<TicketTemplate> &templates,
                      QSet<QString> openKeys, ValidationLimits limits = {}, QDate today = {});

    BulkTicketPlan plan(const CsvTable &table) const;
    // TicketStore::openRequestKey() of every open ticket: a row refused as open whose request is
    // one of these (the same description and reference too) is marked alreadyOpen, filed before.
    void setFiledRequests(QSet<QString> requests) { m_filedRequests = std::move(requests); }

    // The key under which a ticket counts as "the same": customer id and trimmed summary, in
    // lower case, joined by a line feed.
    static QString duplicateKey(QStringView customerId, QStringView summary);
    // TicketStore::openRequestKey(): the key setFiledRequests() holds.
    static QString requestKey(const QString &customerId, const QString &summary,
                              const std::optional<QString> &description, const QString &reference);

private:
    QList<CustomerRecord> m_customers;
    QHash<QString, qsizetype> m_byId;           // lower-case customerId -> index
    QHash<QString, QList<qsizetype>> m_byEmail; // lower-case email -> indexes
    QList<TicketTemplate> m_templates;
    QSet<QString> m_openKeys;
    QSet<QString> m_filedRequests;
    ValidationLimits m_limits;
    QDate m_today;
};

} // namespace TicketDesk
