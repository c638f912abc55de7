// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/customerimport.h"

#include "core/csvreader.h"
#include "core/csvwriter.h"
#include "core/webhookevent.h"

#include <QCoreApplication>

#include <utility>

namespace TicketDesk {

namespace {

bool hasLineBreak(QStringView text)
{
    return text.contains(u'\n') || text.contains(u'\r');
}

enum class Field
{
    Name,
    Email,
    ExternalRef,
};

// What is wrong with an optional value (too long, a line break); empty when nothing is.
// Whole sentences per field, so each language can word them its own way.
QString problemOf(const QString &value, Field field)
{
    const int size = int(value.size());
    switch (field) {
    case Field::Name:
        if (size > CustomerImport::MaxNameChars)
            return QCoreApplication::translate("TicketDesk::CustomerImport",
                                               "The name has %1 characters; at most %2 are allowed.")
                .arg(size)
                .arg(CustomerImport::MaxNameChars);
        if (hasLineBreak(value))
            return QCoreApplication::translate("TicketDesk::CustomerImport", "The name must be on one line.");
        break;
    case Field::Email:
        if (size > CustomerImport::MaxEmailChars)
            return QCoreApplication::translate("TicketDesk::CustomerImport",
                                               "The email has %1 characters; at most %2 are allowed.")
                .arg(size)
                .arg(CustomerImport::MaxEmailChars);
        if (!value.isEmpty() && !CustomerImport::isPlausibleEmail(value))
            return QCoreApplication::translate("TicketDesk::CustomerImport", "The email \"%1\" is not a valid address.")
                .arg(value.left(60));
        break;
    case Field::ExternalRef:
        if (size > CustomerImport::MaxExternalRefChars)
            return QCoreApplication::translate("TicketDesk::CustomerImport",
                                               "The externalRef has %1 characters; at most %2 are allowed.")
                .arg(size)
                .arg(CustomerImport::MaxExternalRefChars);
        if (hasLineBreak(value))
            return QCoreApplication::translate("TicketDesk::CustomerImport", "The externalRef must be on one line.");
        break;
    }
    return {};
}

} // namespace

bool CustomerImport::isPlausibleEmail(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at > 64 || email.lastIndexOf(u'@') != at || email.size() > MaxEmailChars)
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u',' || c == u';' || c == u'<' || c == u'>' ||
            c == u'"')
            return false;
    }
    const QStringView domain = email.sliced(at + 1);
    return domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.') && !domain.startsWith(u'-') &&
           !domain.contains(QLatin1StringView(".."));
}

CustomerImportPlan CustomerImport::plan(const CsvTable &table, const QList<CustomerRecord> &directory)
{
    QHash<QString, CustomerRecord> byId;
    byId.reserve(directory.size());
    for (const CustomerRecord &c : directory)
        byId.insert(c.customerId.toLower(), c);
    return plan(table, byId);
}

CustomerImportPlan CustomerImport::plan(const CsvTable &table, const QHash<QString, CustomerRecord> &directory)
{
    CustomerImportPlan plan;
    if (!table.ok()) {
        plan.error = table.error;
        plan.errorLine = table.errorLine;
        return plan;
    }
    const qsizetype idColumn = table.column(u"customerId");
    if (idColumn < 0) {
        plan.error = QCoreApplication::translate("TicketDesk::CustomerImport",
                                                 "The file has no customerId column. Its header has: %1.")
                         .arg(table.header.join(QLatin1StringView(", ")));
        return plan;
    }
    const qsizetype nameColumn = table.column(u"name");
    const qsizetype emailColumn = table.column(u"email");
    const qsizetype refColumn = table.column(u"externalRef");
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        if (i != idColumn && i != nameColumn && i != emailColumn && i != refColumn && !table.header.at(i).isEmpty())
            plan.ignoredColumns.append(table.header.at(i));
    }
    QHash<QString, int> firstLine; // lower-case customerId -> the line that named it first
    plan.rows.reserve(table.records.size());
    for (const CsvRecord &r : table.records) {
        CustomerImportRow row;
        row.line = r.line;
        // What `export` wrote comes back as it was (CsvWriter::unguarded()).
        const auto cell = [&r](qsizetype column) {
            return column < 0 ? QString() : CsvWriter::unguarded(r.fields.value(column).trimmed()).trimmed();
        };
        const QString id = cell(idColumn);
        row.record.customerId = id;
        row.record.name = cell(nameColumn);
        row.record.email = cell(emailColumn);
        row.record.externalRef = cell(refColumn);

        QStringList problems;
        if (!r.error.isEmpty())
            problems.append(r.error);
        const QString key = id.toLower();
        if (id.isEmpty()) {
            problems.append(QCoreApplication::translate("TicketDesk::CustomerImport", "The customerId is missing."));
        } else if (!isUuid(id)) {
            problems.append(QCoreApplication::translate(
                                "TicketDesk::CustomerImport",
                                "The customerId \"%1\" is not a UUID (such as 123e4567-e89b-12d3-a456-426614174000).")
                                .arg(id.left(60)));
        } else if (const auto earlier = firstLine.constFind(key); earlier != firstLine.cend()) {
            problems.append(
                QCoreApplication::translate("TicketDesk::CustomerImport", "This customerId is already on line %1.")
                    .arg(*earlier));
        } else {
            firstLine.insert(key, r.line);
        }
        for (const auto &[value, field] :
             {std::pair{&row.record.name, Field::Name}, std::pair{&row.record.email, Field::Email},
              std::pair{&row.record.externalRef, Field::ExternalRef}}) {
            if (const QString p = problemOf(*value, field); !p.isEmpty())
                problems.append(p);
        }

        if (!problems.isEmpty()) {
            row.kind = CustomerImportRow::Kind::Invalid;
            row.reason = problems.join(u' ');
            ++plan.invalidCount;
            plan.rows.append(std::move(row));
            continue;
        }

        const auto known = directory.constFind(key);
        if (known == directory.cend()) {
            row.kind = CustomerImportRow::Kind::New;
            row.record.customerId = key;
            ++plan.newCount;
            plan.toWrite.append(row.record);
            plan.rows.append(std::move(row));
            continue;
        }
        // Known: empty cells keep what the directory has.
        row.previous = *known;
        CustomerRecord merged = *known;
        const auto take = [&](QString CustomerRecord::*field, const char *name) {
            const QString &value = row.record.*field;
            if (!value.isEmpty() && value != merged.*field) {
                merged.*field = value;
                row.changedFields.append(QLatin1StringView(name));
            }
        };
        take(&CustomerRecord::name, "name");
        take(&CustomerRecord::email, "email");
        take(&CustomerRecord::externalRef, "externalRef");
        row.record = merged;
        if (row.changedFields.isEmpty()) {
            row.kind = CustomerImportRow::Kind::Unchanged;
            ++plan.unchangedCount;
        } else {
            row.kind = CustomerImportRow::Kind::Updated;
            ++plan.updatedCount;
            plan.toWrite.append(merged);
        }
        plan.rows.append(std::move(row));
    }
    return plan;
}

} // namespace TicketDesk
