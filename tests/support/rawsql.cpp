// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/rawsql.h"

#include "support/pgtestdatabase.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace TicketDesk {

std::optional<QVariantList> rawSql(const QString &location, const QStringList &statements, bool onPostgres,
                                   const QString &schema, int column)
{
    const QString name = QStringLiteral("raw");
    std::optional<QVariantList> values = QVariantList();
    {
        QSqlDatabase db;
        bool ok = false;
        if (onPostgres) {
            QString error;
            db = openPgTestConnection(location, name, &error);
            ok = db.isOpen();
            if (!ok)
                qWarning() << "rawSql cannot connect:" << error;
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
            ok = db.open();
        }
        QSqlQuery q(db);
        if (ok && onPostgres && !schema.isEmpty())
            ok = q.exec(QStringLiteral("SET search_path TO ") + schema);
        for (const QString &s : statements) {
            ok = ok && q.exec(s);
            if (!ok) {
                qWarning() << "rawSql failed:" << s << q.lastError().text();
                break;
            }
        }
        while (ok && q.next())
            values->append(q.value(column));
        if (!ok)
            values.reset();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

std::optional<QString> queryPlan(const QString &location, const QString &sql, bool onPostgres, const QString &schema)
{
    const std::optional<QVariantList> steps =
        onPostgres ? rawSql(location, {QStringLiteral("SET enable_seqscan = off"), QStringLiteral("EXPLAIN ") + sql},
                            true, schema)
                   : rawSql(location, {QStringLiteral("EXPLAIN QUERY PLAN ") + sql}, false, QString(), 3);
    if (!steps)
        return std::nullopt;
    QStringList lines;
    for (const QVariant &step : *steps)
        lines << step.toString();
    return lines.join(QLatin1Char('\n'));
}

bool PgTestSchemas::next(const QString &prefix, QString *error)
{
    if (!m_db)
        m_db = std::make_unique<PgTestDatabase>();
    m_schema.clear();
    if (!m_db->ok()) {
        *error = m_db->error();
        return false;
    }
    const QString schema = QStringLiteral("%1_%2").arg(prefix).arg(++m_count);
    if (!rawSql(m_db->url(), {QStringLiteral("CREATE SCHEMA ") + schema}, true)) {
        *error = QStringLiteral("Creating the schema %1 failed.").arg(schema);
        return false;
    }
    m_schema = schema;
    return true;
}

QString PgTestSchemas::url() const
{
    return m_db ? m_db->url() + QStringLiteral("?options=-c%20search_path%3D") + m_schema : QString();
}

} // namespace TicketDesk
