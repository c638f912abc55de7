// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/bulkticketplan.h"

#include "core/csvreader.h"
#include "core/csvwriter.h"
#include "core/templatetext.h"
#include "core/webhookevent.h"
#include "ripio/createticketrequest.h"
#include "store/ticketstore.h"

#include <QCoreApplication>

namespace TicketDesk {

QList<int> BulkTicketPlan::linesOfQueued(const QList<qsizetype> &positions) const
{
    const QSet<qsizetype> wanted(positions.cbegin(), positions.cend());
    QList<int> lines;
    qsizetype position = 0;
    for (const BulkTicketRow &row : rows) {
        if (row.verdict != BulkTicketRow::Verdict::Ready)
            continue;
        if (wanted.contains(position))
            lines.append(row.line);
        ++position;
    }
    return lines;
}

QString BulkTicketPlan::listed(const QList<int> &numbers, int shown)
{
    QStringList out;
    for (qsizetype i = 0; i < numbers.size() && i < shown; ++i)
        out << QString::number(numbers.at(i));
    QString text = out.join(QStringLiteral(", "));
    if (numbers.size() > shown)
        text += QStringLiteral(", \u2026");
    return text;
}

namespace {

QString braced(const QStringList &names)
{
    QStringList out;
    out.reserve(names.size());
    for (const QString &name : names)
        out.append(u'{' + name + u'}');
    return out.join(QLatin1StringView(", "));
}

} // namespace

QList<NewTicket> BulkTicketPlan::ticketsToQueue() const
{
    QList<NewTicket> tickets;
    tickets.reserve(readyCount);
    for (const BulkTicketRow &row : rows) {
        if (row.verdict == BulkTicketRow::Verdict::Ready)
            tickets.append(row.ticket);
    }
    return tickets;
}

namespace {

// The template of this name; else the one whose name differs only in case. Of two or more such,
// none: `alike` lists them (which was meant cannot be told).
const TicketTemplate *templateNamed(const QList<TicketTemplate> &templates, const QString &name, QStringList *alike)
{
    const TicketTemplate *caseless = nullptr;
    for (const TicketTemplate &t : templates) {
        if (t.name == name)
            return &t;
        if (t.name.compare(name, Qt::CaseInsensitive) == 0) {
            caseless = &t;
            alike->append(t.name);
        }
    }
    return alike->size() == 1 ? caseless : nullptr;
}

} // namespace

BulkTicketPlanner::BulkTicketPlanner(const QList<CustomerRecord> &directory, const QList<TicketTemplate> &templates,
                                     QSet<QString> openKeys, ValidationLimits limits, QDate today)
    : m_customers(directory)
    , m_templates(templates)
    , m_openKeys(std::move(openKeys))
    , m_limits(limits)
    , m_today(today.isValid() ? today : QDate::currentDate())
{
    m_byId.reserve(m_customers.size());
    m_byEmail.reserve(m_customers.size());
    for (qsizetype i = 0; i < m_customers.size(); ++i) {
        const CustomerRecord &c = m_customers.at(i);
        m_byId.insert(c.customerId.toLower(), i);
        if (const QString email = c.email.trimmed().toLower(); !email.isEmpty())
            m_byEmail[email].append(i);
    }
}

QString BulkTicketPlanner::duplicateKey(QStringView customerId, QStringView summary)
{
    // The store's key, so that the keys it lists (openTicketKeys) match.
    return TicketStore::openTicketKey(customerId.toString(), summary.toString());
}

BulkTicketPlan BulkTicketPlanner::plan(const CsvTable &table) const
{
    BulkTicketPlan plan;
    if (!table.ok()) {
        plan.error = table.error;
        plan.errorLine = table.errorLine;
        return plan;
    }
    const qsizetype idColumn = table.column(u"customerId");
    const qsizetype emailColumn = table.column(u"email");
    const qsizetype summaryColumn = table.column(u"summary");
    const qsizetype descriptionColumn = table.column(u"description");
    const qsizetype referenceColumn = table.column(u"reference");
    const qsizetype templateColumn = table.column(u"template");
    const QString header = table.header.join(QLatin1StringView(", "));
    if (idColumn < 0 && emailColumn < 0) {
        plan.error = QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                 "The file needs a customerId or an email column to find each "
                                                 "row's customer. Its header has: %1.")
                         .arg(header);
        return plan;
    }
    if (summaryColumn < 0 && templateColumn < 0) {
        plan.error = QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                 "The file needs a summary column (or a template column). Its "
                                                 "header has: %1.")
                         .arg(header);
        return plan;
    }
    // A column naming files: a list's tickets carry none, and a row that names one must not go
    // without it unsaid (it went as "Ignored columns", queued without its file).
    QList<qsizetype> fileColumns;
    for (const char16_t *name : {u"attachment", u"attachments", u"attach", u"file", u"files"}) {
        if (const qsizetype c = table.column(name); c >= 0)
            fileColumns.append(c);
    }
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const bool used = i == idColumn || i == emailColumn || i == summaryColumn || i == descriptionColumn ||
                          i == referenceColumn || i == templateColumn || fileColumns.contains(i);
        if (!used && !table.header.at(i).isEmpty())
            plan.ignoredColumns.append(table.header.at(i));
    }

    QHash<QString, int> readyKeys; // duplicateKey -> line of the ready row that has it
    plan.rows.reserve(table.records.size());
    for (const CsvRecord &r : table.records) {
        BulkTicketRow row;
        row.line = r.line;
        // What `export` wrote comes back as it was (CsvWriter::unguarded()).
        const auto cell = [&r](qsizetype column) {
            return column < 0 ? QString() : CsvWriter::unguarded(r.fields.value(column).trimmed()).trimmed();
        };
        QStringList &reasons = row.reasons;
        if (!r.error.isEmpty())
            reasons.append(r.error);
        for (const qsizetype c : std::as_const(fileColumns)) {
            if (!cell(c).isEmpty()) {
                reasons.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                           "The row names a file (column %1), and tickets from a "
                                                           "list carry none: create this one in the desktop or "
                                                           "with `ticketdesk create --attach`.")
                                   .arg(table.header.at(c)));
                break;
            }
        }

        // The customer.
        const QString id = cell(idColumn);
        const QString email = cell(emailColumn);
        const CustomerRecord *customer = nullptr;
        if (!id.isEmpty()) {
            if (!isUuid(id)) {
                reasons.append(
                    QCoreApplication::translate(
                        "TicketDesk::BulkTicketPlanner",
                        "The customerId \"%1\" is not a UUID (such as 123e4567-e89b-12d3-a456-426614174000).")
                        .arg(id.left(60)));
            } else if (const auto found = m_byId.constFind(id.toLower()); found == m_byId.cend()) {
                reasons.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                           "No customer with the id %1 is in the directory.")
                                   .arg(id));
            } else {
                customer = &m_customers.at(*found);
                if (!email.isEmpty() && !customer->email.isEmpty() &&
                    email.compare(customer->email.trimmed(), Qt::CaseInsensitive) != 0) {
                    reasons.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                               "The email %1 is not the email of customer %2 (%3).")
                                       .arg(email.left(60), customer->customerId, customer->email));
                }
            }
        } else if (!email.isEmpty()) {
            const QList<qsizetype> found = m_byEmail.value(email.toLower());
            if (found.isEmpty())
                reasons.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                           "No customer in the directory has the email %1.")
                                   .arg(email.left(60)));
            else if (found.size() > 1)
                reasons.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                           "%1 customers have the email %2: give the customerId "
                                                           "instead.")
                                   .arg(found.size())
                                   .arg(email));
            else
                customer = &m_customers.at(found.constFirst());
        } else {
            reasons.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                       "The row names no customer: fill in customerId or email."));
        }
        if (customer) {
            row.customerName = customer->name;
            if (customer->closed)
                reasons.append(
                    QCoreApplication::translate("TicketDesk::BulkTicketPlanner", "The customer's account is closed."));
        }

        // The texts, from the row or its template.
        QString summary = cell(summaryColumn);
        QString description = cell(descriptionColumn);
        const bool describedInRow = !description.isEmpty(); // else its template's, or none
        const QString reference = cell(referenceColumn);
        if (const QString name = cell(templateColumn); !name.isEmpty()) {
            QStringList alike;
            const TicketTemplate *found = templateNamed(m_templates, name, &alike);
            if (!found && alike.size() > 1) {
                reasons.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                           "%1 templates are named \"%2\" but for case (%3): write "
                                                           "the name exactly.")
                                   .arg(alike.size())
                                   .arg(name.left(60), alike.join(QStringLiteral(", "))));
            } else if (!found) {
                reasons.append(
                    QCoreApplication::translate("TicketDesk::BulkTicketPlanner", "There is no template named \"%1\".")
                        .arg(name.left(60)));
            } else {
                row.templateName = found->name;
                TemplateValues values;
                if (customer) {
                    values.customerName = customer->name;
                    values.customerEmail = customer->email;
                    values.customerId = customer->customerId;
                    values.customerExternalRef = customer->externalRef;
                }
                values.reference = reference;
                values.date = m_today;
                QStringList unknown;
                const auto fillFrom = [&](QString &text, const QString &fromTemplate) {
                    if (!text.isEmpty())
                        return;
                    FilledText filled = TemplateText::fill(fromTemplate, values);
                    text = filled.text.trimmed();
                    for (const QString &n : std::as_const(filled.unknown)) {
                        if (!unknown.contains(n))
                            unknown.append(n);
                    }
                };
                fillFrom(summary, found->summary);
                fillFrom(description, found->description);
                if (!unknown.isEmpty())
                    row.warnings.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                                    "The template \"%1\" has unknown placeholders, "
                                                                    "left as written: %2.")
                                            .arg(found->name, braced(unknown)));
            }
        }
        row.ticket.customerId = customer ? customer->customerId : id;
        row.ticket.summary = summary;
        row.ticket.description = description;
        row.ticket.reference = reference;

        // The same checks as the create form; the customer was checked above, more precisely.
        const QList<FieldError> errors =
            checkNewTicket(CreateTicketRequest{row.ticket.customerId, summary, description, {}}, m_limits);
        for (const FieldError &e : errors) {
            if (e.field != QLatin1StringView("customerId"))
                reasons.append(e.message);
        }
        if (const QString problem = referenceProblem(reference); !problem.isEmpty())
            reasons.append(problem);

        QString key;
        bool openDuplicate = false;
        if (customer && !summary.isEmpty()) {
            key = duplicateKey(customer->customerId, summary);
            openDuplicate = m_openKeys.contains(key);
            if (openDuplicate)
                reasons.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                           "An open ticket for this customer with the same summary "
                                                           "already exists."));
            else if (const auto earlier = readyKeys.constFind(key); earlier != readyKeys.cend())
                reasons.append(QCoreApplication::translate("TicketDesk::BulkTicketPlanner",
                                                           "Line %1 already makes a ticket for this customer with "
                                                           "the same summary.")
                                   .arg(*earlier));
        }

        if (reasons.isEmpty()) {
            row.verdict = BulkTicketRow::Verdict::Ready;
            readyKeys.insert(key, r.line);
            ++plan.readyCount;
        } else {
            row.verdict = BulkTicketRow::Verdict::Refused;
            ++plan.refusedCount;
            row.alreadyOpen = openDuplicate && reasons.size() == 1 &&
                              m_filedRequests.contains(requestKey(
                                  row.ticket.customerId, summary,
                                  describedInRow ? std::optional<QString>(description) : std::nullopt, reference));
            plan.alreadyOpenCount += row.alreadyOpen ? 1 : 0;
        }
        plan.rows.append(std::move(row));
    }
    return plan;
}

QString BulkTicketPlanner::requestKey(const QString &customerId, const QString &summary,
                                      const std::optional<QString> &description, const QString &reference)
{
    return TicketStore::openRequestKey(customerId, summary, description, reference);
}

} // namespace TicketDesk
