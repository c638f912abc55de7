// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/statscommand.h"

#include "app/cliexit.h"
#include "app/clioptions.h"
#include "app/clitable.h"
#include "core/clock.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace TicketDesk {

namespace {

using Cli::exitOk;
using Cli::fail;
using Cli::usageError;

// YYYY-MM-DD and a real date; an invalid QDate otherwise.
QDate parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QJsonValue msOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue(QJsonValue::Null);
}

QJsonValue shareOrNull(const std::optional<double> &share)
{
    return share ? QJsonValue(*share) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const OutcomeFigures &o)
{
    return {{QStringLiteral("created"), o.created},   {QStringLiteral("failed"), o.failed},
            {QStringLiteral("rejected"), o.rejected}, {QStringLiteral("unconfirmed"), o.unconfirmed},
            {QStringLiteral("open"), o.open},         {QStringLiteral("total"), o.total()}};
}

QJsonObject toJson(const DurationFigures &d)
{
    return {{QStringLiteral("count"), d.count},
            {QStringLiteral("p50Ms"), msOrNull(d.p50Ms)},
            {QStringLiteral("p95Ms"), msOrNull(d.p95Ms)}};
}

QJsonObject toJson(const DeliveryFigures &f)
{
    return {{QStringLiteral("valid"), f.valid},
            {QStringLiteral("late"), f.late},
            {QStringLiteral("duplicate"), f.duplicate},
            {QStringLiteral("badSignature"), f.badSignature},
            {QStringLiteral("quarantined"), f.quarantined},
            {QStringLiteral("otherFamily"), f.otherFamily},
            {QStringLiteral("other"), f.other},
            {QStringLiteral("total"), f.total()}};
}

QJsonObject toJson(const Insights &in)
{
    QJsonArray days;
    for (const InsightsDay &d : in.days)
        days.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                                {QStringLiteral("outcomes"), toJson(d.outcomes)},
                                {QStringLiteral("durations"), toJson(d.durations)},
                                {QStringLiteral("deliveries"), toJson(d.deliveries)}});
    QJsonArray histogram;
    for (const DurationBucket &b : in.histogram)
        histogram.append(QJsonObject{
            {QStringLiteral("upperMs"), b.upperMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(b.upperMs)},
            {QStringLiteral("count"), b.count}});
    const ArrivalFigures &a = in.arrivals;
    const QJsonObject arrivals{{QStringLiteral("byWebhook"), a.byWebhook},
                               {QStringLiteral("byReconciliation"), a.byReconciliation},
                               {QStringLiteral("unknown"), a.unknown},
                               {QStringLiteral("retries"), a.retries},
                               {QStringLiteral("firstFailures"), a.firstFailures},
                               {QStringLiteral("curedByRetry"), a.curedByRetry},
                               {QStringLiteral("failureRate"), shareOrNull(a.failureRate)},
                               {QStringLiteral("curedShare"), shareOrNull(a.curedShare)}};
    const QJsonObject now{{QStringLiteral("at"), timeOrNull(in.query.now)},
                          {QStringLiteral("open"), in.now.open},
                          {QStringLiteral("stuck"), in.now.stuck},
                          {QStringLiteral("oldestPendingSince"), timeOrNull(in.now.oldestPendingSince)},
                          {QStringLiteral("lastWebhookAt"), timeOrNull(in.now.lastWebhookAt)}};
    return {{QStringLiteral("zone"), QString::fromUtf8(in.query.zone.id())},
            {QStringLiteral("since"), in.query.from.toString(Qt::ISODate)},
            {QStringLiteral("until"), in.query.until.toString(Qt::ISODate)},
            {QStringLiteral("operator"),
             in.query.createdBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(in.query.createdBy)},
            {QStringLiteral("customer"),
             in.query.customerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(in.query.customerId)},
            {QStringLiteral("status"),
             in.query.status ? QJsonValue(statusToString(*in.query.status)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("days"), days},
            {QStringLiteral("totals"), QJsonObject{{QStringLiteral("outcomes"), toJson(in.outcomes)},
                                                   {QStringLiteral("durations"), toJson(in.durations)},
                                                   {QStringLiteral("deliveries"), toJson(in.deliveries)}}},
            {QStringLiteral("histogram"), histogram},
            {QStringLiteral("arrivals"), arrivals},
            {QStringLiteral("now"), now}};
}

QString msText(const std::optional<qint64> &ms)
{
    return ms ? QString::number(*ms) : QStringLiteral("-");
}

QString percentText(const std::optional<double> &share)
{
    return share ? QString::number(*share * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

QStringList dayRow(const QString &label, const OutcomeFigures &o, const DurationFigures &d, const DeliveryFigures &f)
{
    return {label,
            QString::number(o.created),
            QString::number(o.failed),
            QString::number(o.rejected),
            QString::number(o.unconfirmed),
            QString::number(o.open),
            msText(d.p50Ms),
            msText(d.p95Ms),
            QString::number(f.valid),
            QString::number(f.total() - f.valid)};
}

void printText(const Insights &in, QTextStream &out)
{
    out << QCoreApplication::translate("CommandLine", "Insights from %1 to %2 (%3)")
               .arg(in.query.from.toString(Qt::ISODate), in.query.until.toString(Qt::ISODate),
                    QString::fromUtf8(in.query.zone.id()));
    if (!in.query.createdBy.isEmpty())
        out << ' ' << QCoreApplication::translate("CommandLine", "for operator %1").arg(in.query.createdBy);
    if (!in.query.customerId.isEmpty())
        out << ' ' << QCoreApplication::translate("CommandLine", "for customer %1").arg(in.query.customerId);
    if (in.query.status)
        out << ' '
            << QCoreApplication::translate("CommandLine", "(status now: %1)").arg(statusToString(*in.query.status));
    out << "\n\n";
    const QStringList header{QCoreApplication::translate("CommandLine", "DAY"),
                             QCoreApplication::translate("CommandLine", "CREATED"),
                             QCoreApplication::translate("CommandLine", "FAILED"),
                             QCoreApplication::translate("CommandLine", "REJECTED"),
                             QCoreApplication::translate("CommandLine", "UNCONFIRMED"),
                             QCoreApplication::translate("CommandLine", "OPEN"),
                             QCoreApplication::translate("CommandLine", "P50 MS"),
                             QCoreApplication::translate("CommandLine", "P95 MS"),
                             QCoreApplication::translate("CommandLine", "VALID WEBHOOKS"),
                             QCoreApplication::translate("CommandLine", "OTHER DELIVERIES")};
    QList<QStringList> rows;
    for (const InsightsDay &d : in.days)
        rows.append(dayRow(d.day.toString(Qt::ISODate), d.outcomes, d.durations, d.deliveries));
    rows.append(dayRow(QCoreApplication::translate("CommandLine", "TOTAL"), in.outcomes, in.durations, in.deliveries));
    Cli::printColumns(out, header, rows);

    const ArrivalFigures &a = in.arrivals;
    const DeliveryFigures &f = in.deliveries;
    out << '\n'
        << QCoreApplication::translate("CommandLine",
                                       "Outcomes arrived: %1 by webhook, %2 by reconciliation, %3 unknown.")
               .arg(a.byWebhook)
               .arg(a.byReconciliation)
               .arg(a.unknown)
        << '\n'
        << QCoreApplication::translate("CommandLine",
                                       "Failure rate: %1. Retries: %2; first failures cured by a retry: %3 of %4 (%5).")
               .arg(percentText(a.failureRate))
               .arg(a.retries)
               .arg(a.curedByRetry)
               .arg(a.firstFailures)
               .arg(percentText(a.curedShare))
        << '\n'
        << QCoreApplication::translate(
               "CommandLine",
               "Deliveries: %1 valid, %2 late, %3 duplicate, %4 bad signature, %5 quarantined, %6 other family, "
               "%7 other.")
               .arg(f.valid)
               .arg(f.late)
               .arg(f.duplicate)
               .arg(f.badSignature)
               .arg(f.quarantined)
               .arg(f.otherFamily)
               .arg(f.other)
        << '\n'
        << QCoreApplication::translate("CommandLine",
                                       "Now: %1 open, %2 stuck; oldest PENDING since: %3; last webhook: %4.")
               .arg(in.now.open)
               .arg(in.now.stuck)
               .arg(in.now.oldestPendingSince.isValid()
                        ? Cli::shortTime(in.now.oldestPendingSince) + QStringLiteral(" UTC")
                        : QCoreApplication::translate("CommandLine", "none"),
                    in.now.lastWebhookAt.isValid() ? Cli::shortTime(in.now.lastWebhookAt) + QStringLiteral(" UTC")
                                                   : QCoreApplication::translate("CommandLine", "none"))
        << Qt::endl;
}

} // namespace

int runStatsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Cli::CommonOptions o(QCoreApplication::translate("CommandLine", "Listener address."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QCoreApplication::translate("CommandLine", "First day (YYYY-MM-DD, local time)."),
                                   QStringLiteral("date"));
    const QCommandLineOption until(
        QStringLiteral("until"),
        QCoreApplication::translate("CommandLine", "Last day (YYYY-MM-DD, local time); default: today."),
        QStringLiteral("date"));
    const QCommandLineOption operatorName(
        QStringLiteral("operator"), QCoreApplication::translate("CommandLine", "Only tickets this operator created."),
        QStringLiteral("name"));
    // The Insights tab's narrowings, on the command line too.
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      QCoreApplication::translate("CommandLine", "Only tickets of this customer (ID)."),
                                      QStringLiteral("id"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QCoreApplication::translate("CommandLine", "Only tickets in this status now."),
                                    QStringLiteral("S"));
    o.parser.addOptions({o.json, since, until, operatorName, customer, status});
    if (const std::optional<QString> error = Cli::parseArguments(o.parser, arguments))
        return usageError(err, QStringLiteral("stats: ") + *error);
    if (!o.parser.positionalArguments().isEmpty())
        return usageError(err, QCoreApplication::translate("CommandLine", "stats: unexpected argument '%1'")
                                   .arg(o.parser.positionalArguments().first()));

    InsightsQuery query;
    query.zone = InsightsQuery::localZone();
    if (!QTimeZone::systemTimeZone().isValid())
        err << "ticketdesk: "
            << QCoreApplication::translate("CommandLine", "the system's time zone (TZ=%1) is not known: days are "
                                                          "counted in UTC")
                   .arg(qEnvironmentVariable("TZ"))
            << Qt::endl;
    query.now = clock.now();
    const QDate today = query.now.toTimeZone(query.zone).date();
    constexpr int defaultDays = 7;
    for (const QCommandLineOption *option : {&since, &until}) {
        if (o.parser.isSet(*option) && !parseDate(o.parser.value(*option)).isValid())
            return usageError(err,
                              QCoreApplication::translate("CommandLine", "stats: --%1 '%2' is not a date (YYYY-MM-DD)")
                                  .arg(option->names().first(), o.parser.value(*option)));
    }
    query.until = o.parser.isSet(until) ? parseDate(o.parser.value(until)) : today;
    query.from = o.parser.isSet(since) ? parseDate(o.parser.value(since)) : query.until.addDays(1 - defaultDays);
    if (query.from > query.until) {
        const QString message =
            o.parser.isSet(until) ? QCoreApplication::translate("CommandLine", "stats: --since %1 is after --until %2")
                                  : QCoreApplication::translate("CommandLine", "stats: --since %1 is after today, %2");
        return usageError(err, message.arg(query.from.toString(Qt::ISODate), query.until.toString(Qt::ISODate)));
    }
    if (query.from.daysTo(query.until) + 1 > InsightsQuery::maxDays)
        return usageError(
            err, QCoreApplication::translate("CommandLine", "stats: the range from %1 to %2 is longer than %3 days")
                     .arg(query.from.toString(Qt::ISODate), query.until.toString(Qt::ISODate))
                     .arg(InsightsQuery::maxDays));
    query.createdBy = o.parser.value(operatorName);
    query.customerId = o.parser.value(customer).trimmed();
    if (o.parser.isSet(status)) {
        query.status = statusFromString(o.parser.value(status));
        if (!query.status)
            return usageError(
                err, QCoreApplication::translate("CommandLine", "stats: unknown status '%1' (expected one of %2)")
                         .arg(o.parser.value(status), Cli::statusNames()));
    }

    TicketStore store(clock);
    if (auto code = o.openToRead(store, err))
        return *code;
    // Stuck as the desktop's Insights and the engine count it: PENDING past the check threshold.
    query.stuckAfterMs = qint64(o.settings().reconcileAfterSeconds) * 1000;
    const std::optional<Insights> insights = store.insights(query);
    if (!insights)
        return fail(err, store.lastError().message);
    if (o.parser.isSet(o.json)) {
        out << QJsonDocument(toJson(*insights)).toJson(QJsonDocument::Indented);
        out.flush();
    } else {
        printText(*insights, out);
    }
    return exitOk;
}

} // namespace TicketDesk
