// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/clicreate.h"
#include "app/cliexit.h"
#include "app/clioptions.h"
#include "app/clitable.h"
#include "app/customerscommand.h"
#include "app/dbcommand.h"
#include "app/servecommand.h"
#include "app/statscommand.h"
#include "app/terminaltext.h"
#include "app/ticketjson.h"
#include "app/watchcommand.h"
#include "core/absentfield.h"
#include "core/buildinfo.h"
#include "core/clock.h"
#include "core/csvwriter.h"
#include "core/lifecycle.h"
#include "core/localizedtext.h"
#include "core/nearestword.h"
#include "core/savefile.h"
#include "gui/deliverymodel.h"
#include "gui/detailspane.h"
#include "service/engineconfig.h"
#include "store/ticketstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <functional>
#include <limits>

namespace TicketDesk {

namespace {

using Cli::exitFailure;
using Cli::exitOk;
using Cli::exitUsage;
using Cli::fail;
using Cli::usageError;

// The command words; an unknown word is matched against these for a suggestion.
const QStringList commandWords{
    QStringLiteral("help"),  QStringLiteral("list"),      QStringLiteral("show"),  QStringLiteral("export"),
    QStringLiteral("serve"), QStringLiteral("create"),    QStringLiteral("retry"), QStringLiteral("watch"),
    QStringLiteral("db"),    QStringLiteral("customers"), QStringLiteral("stats"),
};
const QStringList knownCommands = commandWords + QStringList{QStringLiteral("--version"), QStringLiteral("-v"),
                                                             QStringLiteral("--help"), QStringLiteral("-h")};

// A mistyped command is a usage error, never a start of the desktop; the nearest command word
// within two edits, keeping at least one of its letters, is suggested (the first of a tie, in
// commandWords order).
int unknownCommand(const QString &command, QTextStream &err)
{
    constexpr qsizetype maxSuggestionDistance = 2;
    const QString nearest = nearestWord(command, commandWords, maxSuggestionDistance);
    if (nearest.isEmpty())
        return usageError(err, QCoreApplication::translate("CommandLine", "unknown command '%1'").arg(command));
    return usageError(
        err,
        QCoreApplication::translate("CommandLine", "unknown command '%1'; did you mean '%2'?").arg(command, nearest));
}

// One entry per line group of the help's command list, with the command word it belongs to:
// `ticketdesk COMMAND --help` prints only that command's lines and the options it takes.
struct CommandHelp
{
    const char *command;
    const char *text;
};
const CommandHelp commandHelps[] = {
    {"list", QT_TRANSLATE_NOOP("CommandLine", "  list [--status S] [--json]       List tickets (oldest first)\n")},
    {"show", QT_TRANSLATE_NOOP("CommandLine",
                               "  show ID [--json]                 Show one ticket; ID is the local id or Ripio's "
                               "ticketId\n")},
    {"export", QT_TRANSLATE_NOOP("CommandLine",
                                 "  export FILE [--status S]         Write tickets to FILE (.csv or .json; - for CSV "
                                 "on stdout)\n")},
    {"serve", QT_TRANSLATE_NOOP("CommandLine", "  serve [SERVE OPTIONS]            Run the headless engine (webhooks, "
                                               "outbox, reconciliation)\n")},
    {"create",
     QT_TRANSLATE_NOOP("CommandLine",
                       "  create --customer UUID --summary TEXT [--description TEXT] [--reference TEXT]\n"
                       "         [--attach FILE]...        Create a ticket and send it to Ripio (--reference: "
                       "your own\n"
                       "                                   reference, kept here and never sent to Ripio)\n")},
    {"retry", QT_TRANSLATE_NOOP("CommandLine", "  retry ID                         Retry a FAILED, REJECTED or "
                                               "UNCONFIRMED ticket as a new one\n")},
    {"watch", QT_TRANSLATE_NOOP("CommandLine", "  watch [--status S] [--json]      Print each ticket change as it is "
                                               "committed, until Ctrl+C\n")},
    {"db", QT_TRANSLATE_NOOP("CommandLine", "  db init --db URL                 Set up a team database (schema, roles, "
                                            "grants) or make a SQLite file\n")},
    {"db", QT_TRANSLATE_NOOP("CommandLine",
                             "  db status [--json]               Schema version, roles and the processes seen\n")},
    {"create",
     QT_TRANSLATE_NOOP("CommandLine",
                       "  create --from-csv FILE [--dry-run] [--json]\n"
                       "                                   Queue one ticket per ready row of a CSV list; exit "
                       "1 when a\n"
                       "                                   row was refused (the ready rows are queued all the "
                       "same)\n")},
    {"customers", QT_TRANSLATE_NOOP("CommandLine", "  customers list [--json]          List the customer directory "
                                                   "(names, emails, references)\n")},
    {"customers", QT_TRANSLATE_NOOP("CommandLine",
                                    "  customers import FILE [--dry-run] [--json]\n"
                                    "                                   Add or update customers from a CSV list; exit "
                                    "1 when a row\n"
                                    "                                   was invalid (the valid rows are written all "
                                    "the same)\n")},
    {"stats",
     QT_TRANSLATE_NOOP("CommandLine",
                       "  stats [--since DATE] [--until DATE] [--operator NAME] [--customer ID] [--status S] [--json]\n"
                       "                                   Outcomes, times to outcome (p50/p95 ms), "
                       "deliveries per local\n"
                       "                                   day (YYYY-MM-DD; default: the last 7 days), totals "
                       "and now\n")},
    {"help", QT_TRANSLATE_NOOP("CommandLine", "  help, --help, -h                 Show this help\n")},
    {"help", QT_TRANSLATE_NOOP("CommandLine", "  --version, -v                    Show the version\n")},
};

QString commandLines(const QString &command)
{
    QString text;
    for (const CommandHelp &entry : commandHelps) {
        if (command.isEmpty() || command == QLatin1StringView(entry.command))
            text += QCoreApplication::translate("CommandLine", entry.text);
    }
    return text;
}

QString commonOptionsHelp()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Common options:\n"
        "  --db PATH                        Database file (default: tickets.sqlite in the data folder),\n"
        "                                   or a team database's postgresql:// URL\n"
        "  --config FILE                    Settings file\n"
        "  --lang CODE                      Language, e.g. es or pt_BR\n");
}

QString createOptionsHelp()
{
    return QCoreApplication::translate(
        "CommandLine", "Create and retry options:\n"
                       "  --api-base URL                   Ripio API base URL\n"
                       "  --wait SECONDS                   Wait up to SECONDS for CREATED or FAILED\n"
                       "                                   (exit 1 if FAILED or REJECTED, 3 if\n"
                       "                                   still unknown: do not create it again)\n"
                       "  --reconcile-after SECONDS        Ask Ripio about the ticket once PENDING this long\n"
                       "  --json                           Print the ticket as JSON\n"
                       "  --unconfirmed                    (retry) Send an UNCONFIRMED ticket again,\n"
                       "                                   though Ripio may have it already\n");
}

QString serveOptionsHelp()
{
    return QCoreApplication::translate(
        "CommandLine", "Serve options:\n"
                       "  --listen HOST:PORT               Webhook listener address\n"
                       "  --path PATH                      Webhook path\n"
                       "  --api-base URL                   Ripio API base URL\n"
                       "  --reconcile-after SECONDS        Ask Ripio about a ticket PENDING this long\n"
                       "  --tls-cert FILE --tls-key FILE   Serve HTTPS with this certificate and private key\n"
                       "  --insecure-no-signature          Accept unsigned webhooks (testing only)\n"
                       "  --metrics HOST:PORT              Serve Prometheus metrics on GET /metrics there\n");
}

QString environmentHelp()
{
    return QCoreApplication::translate(
        "CommandLine", "Environment (secrets are never read from a settings file; without these, the keychain):\n"
                       "  TICKETDESK_CLIENT_ID, TICKETDESK_CLIENT_SECRET  Ripio API credentials\n"
                       "  TICKETDESK_WEBHOOK_SECRET        Webhook signing secret (serve)\n"
                       "  TICKETDESK_WEBHOOK_SECRET_PREVIOUS  The previous one, during a rotation\n"
                       "  TICKETDESK_DATABASE_PASSWORD     Team database password (or PGPASSWORD, ~/.pgpass)\n");
}

QString statusesAndExitCodesHelp()
{
    return QCoreApplication::translate(
        "CommandLine", "Statuses: QUEUED, SUBMITTING, PENDING, CREATED, FAILED, REJECTED, UNCONFIRMED (any case).\n"
                       "Exit codes: 0 success, 1 failure, 2 usage error, 3 (create, retry) ticket made,\n"
                       "outcome not known.\n");
}

QString usageText()
{
    // Option names, command names, status codes and exit codes stay in English in
    // every language; translators keep the alignment spaces of each line.
    return QCoreApplication::translate("CommandLine",
                                       "Usage: ticketdesk [COMMAND] [OPTIONS]\n"
                                       "\n"
                                       "Without a command, ticketdesk starts the desktop application.\n") +
           QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Commands:\n") + commandLines(QString()) +
           QLatin1Char('\n') + commonOptionsHelp() + QLatin1Char('\n') + createOptionsHelp() + QLatin1Char('\n') +
           QCoreApplication::translate(
               "CommandLine",
               "Desktop options (without a command):\n"
               "  --demo                           Use the built-in Ripio sandbox and a throwaway database\n"
               "  --demo-empty                     The same, without the sample customers and tickets\n"
               "  --db PATH                        Database file (default: tickets.sqlite in the data folder)\n"
               "  --palette NAME                   Colours: system (default), light or dark\n"
               "  --lang CODE                      Language, e.g. es or pt_BR (the commands take it too)\n") +
           QLatin1Char('\n') + serveOptionsHelp() + QLatin1Char('\n') + environmentHelp() + QLatin1Char('\n') +
           statusesAndExitCodesHelp();
}

// `ticketdesk COMMAND --help` and `ticketdesk help COMMAND`: that command's lines and the options
// it takes, not the whole text.
QString commandUsageText(const QString &command)
{
    QString text = QCoreApplication::translate("CommandLine", "Usage: ticketdesk %1 [OPTIONS]\n").arg(command) +
                   QLatin1Char('\n') + commandLines(command) + QLatin1Char('\n') + commonOptionsHelp();
    if (command == QLatin1StringView("create") || command == QLatin1StringView("retry"))
        text += QLatin1Char('\n') + createOptionsHelp();
    if (command == QLatin1StringView("serve"))
        text += QLatin1Char('\n') + serveOptionsHelp();
    // Ripio's and the webhook's secrets only for the commands that use them.
    const bool usesSecrets = command == QLatin1StringView("create") || command == QLatin1StringView("retry") ||
                             command == QLatin1StringView("serve");
    return text + QLatin1Char('\n') +
           (usesSecrets
                ? environmentHelp()
                : QCoreApplication::translate(
                      "CommandLine",
                      "Environment:\n"
                      "  TICKETDESK_DATABASE_PASSWORD     Team database password (or PGPASSWORD, ~/.pgpass)\n")) +
           QLatin1Char('\n') + statusesAndExitCodesHelp() + QLatin1Char('\n') +
           QCoreApplication::translate("CommandLine", "Every command: ticketdesk --help\n");
}

// The shared options, plus the ones a listing command adds.
struct Invocation : Cli::CommonOptions
{
    QCommandLineOption status{QStringLiteral("status"),
                              QCoreApplication::translate("CommandLine", "Only tickets with this status."),
                              QStringLiteral("S")};

    Invocation(bool withJson, bool withStatus)
        : CommonOptions(QCoreApplication::translate("CommandLine", "Listener address."))
    {
        if (withJson)
            parser.addOption(json);
        if (withStatus)
            parser.addOption(status);
    }
};

// Parses `args` (after the command word). Returns an exit code on error.
std::optional<int> parse(Invocation &inv, const QString &command, const QStringList &args, QTextStream &err)
{
    if (const std::optional<QString> error = Cli::parseArguments(inv.parser, args))
        return usageError(err, command + QStringLiteral(": ") + *error);
    return std::nullopt;
}

std::optional<int> statusFilter(const Invocation &inv, TicketFilter &filter, QTextStream &err)
{
    if (!inv.parser.isSet(inv.status))
        return std::nullopt;
    const QString text = inv.parser.value(inv.status);
    const auto status = statusFromString(text);
    if (!status) {
        return usageError(err, QCoreApplication::translate("CommandLine", "unknown status '%1' (expected one of %2)")
                                   .arg(text, Cli::statusNames()));
    }
    filter.status = status;
    return std::nullopt;
}

// What list and export share: the status filter (oldest first) and the open store.
std::optional<int> openListing(const Invocation &inv, TicketFilter &filter, TicketStore &store, QTextStream &err)
{
    filter.order = TicketFilter::Order::OldestFirst;
    if (auto code = statusFilter(inv, filter, err))
        return code;
    return inv.openToRead(store, err);
}

QString oneLine(const QString &text, int maxLength)
{
    QString s = text.simplified();
    if (s.size() > maxLength)
        s = s.left(maxLength - 1) + QChar(0x2026);
    return s;
}

QString jsonLine(const Ticket &t)
{
    return QString::fromUtf8(QJsonDocument(ticketToJson(t)).toJson(QJsonDocument::Compact));
}

int runList(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Invocation inv(true, true);
    if (auto code = parse(inv, QStringLiteral("list"), args, err))
        return *code;
    if (!inv.parser.positionalArguments().isEmpty())
        return usageError(err, QCoreApplication::translate("CommandLine", "list: unexpected argument '%1'")
                                   .arg(inv.parser.positionalArguments().first()));
    TicketFilter filter;
    TicketStore store(clock);
    if (auto code = openListing(inv, filter, store, err))
        return *code;

    if (inv.parser.isSet(inv.json)) {
        // Streamed: one compact object per line inside the array, so a large store
        // never sits in memory as one document.
        bool first = true;
        const bool ok = store.forEachTicket(filter, [&](const Ticket &t) {
            out << (first ? "[\n" : ",\n") << jsonLine(t);
            first = false;
            return true;
        });
        if (!ok)
            return fail(err, store.lastError().message);
        out << (first ? "[]\n" : "\n]\n");
        out.flush();
        return exitOk;
    }

    // Every time the commands print for reading is UTC: said once, in the column's title.
    const QStringList header{QCoreApplication::translate("CommandLine", "ID"),
                             QCoreApplication::translate("CommandLine", "STATUS"),
                             QCoreApplication::translate("CommandLine", "ISSUE KEY"),
                             QCoreApplication::translate("CommandLine", "CUSTOMER"),
                             QCoreApplication::translate("CommandLine", "SUMMARY"),
                             QCoreApplication::translate("CommandLine", "CREATED (UTC)")};
    Cli::ColumnWriter table(out, header);
    table.setMaxCell(64);
    const bool ok = store.forEachTicket(filter, [&](const Ticket &t) {
        table.add({QString::number(t.id), statusToString(t.status), t.issueKey, t.customerId, oneLine(t.summary, 48),
                   Cli::shortTime(t.createdAt)});
        return true;
    });
    if (!ok) // the rows still held are dropped: no table cut short unless it was long
        return fail(err, store.lastError().message);
    if (table.finish() == 0)
        out << QCoreApplication::translate("CommandLine", "No tickets.") << Qt::endl;
    return exitOk;
}

namespace {

// Where a ticket was sent (Ticket::apiBase), in words; empty when not recorded.
QString apiText(const QString &apiBase)
{
    const QString env = EngineConfig::environmentOf(apiBase);
    return env == QLatin1StringView("production")
               ? QCoreApplication::translate("CommandLine", "Ripio production (%1)").arg(apiBase)
           : env == QLatin1StringView("sandbox")
               ? QCoreApplication::translate("CommandLine", "Ripio sandbox (%1)").arg(apiBase)
               : apiBase;
}

} // namespace

int runShow(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Invocation inv(true, false);
    if (auto code = parse(inv, QStringLiteral("show"), args, err))
        return *code;
    const QStringList positional = inv.parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(err, QCoreApplication::translate("CommandLine", "show: expected exactly one ticket ID"));
    TicketStore store(clock);
    if (auto code = inv.openToRead(store, err))
        return *code;

    const QString key = positional.first();
    bool numeric = false;
    const qint64 localId = key.toLongLong(&numeric);
    std::optional<Ticket> ticket = numeric ? store.ticket(localId) : std::nullopt;
    if (!ticket)
        ticket = store.ticketByTicketId(key);
    if (!ticket && store.lastError().ok() && key != key.toLower()) // Ripio writes its UUIDs in lower case
        ticket = store.ticketByTicketId(key.toLower());
    if (!store.lastError().ok())
        return fail(err, store.lastError().message);
    if (!ticket)
        return fail(err, QCoreApplication::translate("CommandLine", "no ticket with id or ticketId '%1'").arg(key));

    // The webhooks that named it: applied here, and refused or unclaimed ones.
    const QList<DeliveryRecord> deliveries = store.deliveriesForTicket(ticket->ticketId);
    if (!store.lastError().ok())
        return fail(err, store.lastError().message);
    // Registered, and so is a retry of it (or its original), along the chain of retries: the
    // request is at Ripio twice (as the desktop's table says).
    const auto linkOf = [&store](qint64 id) -> std::optional<RetryChainLink> {
        const std::optional<Ticket> other = store.ticket(id);
        if (!other)
            return std::nullopt;
        return RetryChainLink{other->status, other->retryOf, other->retriedAs};
    };
    const qint64 twinId = filedTwiceWith({ticket->status, ticket->retryOf, ticket->retriedAs}, linkOf);
    if (!store.lastError().ok())
        return fail(err, store.lastError().message);
    const std::optional<Ticket> twin = twinId ? store.ticket(twinId) : std::nullopt;
    if (!store.lastError().ok())
        return fail(err, store.lastError().message);
    // What happened to it, oldest first: as the desktop's details pane shows it (which had it alone).
    const QList<TicketEvent> events = store.events(ticket->id);
    if (!store.lastError().ok())
        return fail(err, store.lastError().message);
    const auto time = [](const QDateTime &d) {
        return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QString();
    };

    if (inv.parser.isSet(inv.json)) {
        QJsonObject o = ticketToJson(*ticket);
        o.insert(QStringLiteral("filedTwiceWith"), twin ? QJsonValue(twin->id) : QJsonValue());
        QJsonArray history;
        for (const TicketEvent &e : events)
            history.append(QJsonObject{{QStringLiteral("at"), time(e.at)},
                                       {QStringLiteral("kind"), e.kind},
                                       {QStringLiteral("verdict"), e.verdict},
                                       {QStringLiteral("detail"), LocalizedText::wordStored(e.detail)},
                                       {QStringLiteral("text"), DetailsPane::eventText(e)}});
        o.insert(QStringLiteral("history"), history);
        QJsonArray list;
        for (const DeliveryRecord &d : deliveries)
            list.append(QJsonObject{
                {QStringLiteral("id"), d.id},
                {QStringLiteral("receivedAt"), time(d.receivedAt)},
                {QStringLiteral("eventTime"), d.eventTime.isValid() ? QJsonValue(time(d.eventTime)) : QJsonValue()},
                {QStringLiteral("eventType"), d.eventType},
                {QStringLiteral("verdict"), d.verdict},
                {QStringLiteral("detail"), d.detail},
                {QStringLiteral("peerAddress"), d.peerAddress},
                {QStringLiteral("bodySize"), d.bodySize},
                {QStringLiteral("bodySha256"), QString::fromLatin1(d.bodySha256)},
            });
        o.insert(QStringLiteral("deliveries"), list);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out.flush();
        return exitOk;
    }
    const Ticket &t = *ticket;
    // An empty field says why (as the details pane does): a blank reads as a value lost.
    const auto orWhy = [&t](const QString &value, AbsentField field) {
        return value.isEmpty() ? QCoreApplication::translate("CommandLine", "(%1)", "why a field is empty")
                                     .arg(absentFieldText(field, t))
                               : value;
    };
    const QList<std::pair<QString, QString>> fields{
        {QCoreApplication::translate("CommandLine", "Id:"), QString::number(t.id)},
        {QCoreApplication::translate("CommandLine", "Ticket id:"), orWhy(t.ticketId, AbsentField::TicketId)},
        {QCoreApplication::translate("CommandLine", "Status:"),
         statusToString(t.status) +
             (t.conflict ? QCoreApplication::translate("CommandLine", " (conflicting outcome reported)") : QString())},
        {QCoreApplication::translate("CommandLine", "Issue key:"), orWhy(t.issueKey, AbsentField::IssueKey)},
        {QCoreApplication::translate("CommandLine", "Customer:"), t.customerId},
        {QCoreApplication::translate("CommandLine", "Reference:"), orWhy(t.reference, AbsentField::Reference)},
        {QCoreApplication::translate("CommandLine", "Summary:"), t.summary},
        {QCoreApplication::translate("CommandLine", "Description:"), orWhy(t.description, AbsentField::Description)},
        {QCoreApplication::translate("CommandLine", "Message:"), LocalizedText::wordStored(t.message)},
        {QCoreApplication::translate("CommandLine", "Created:"), time(t.createdAt)},
        {QCoreApplication::translate("CommandLine", "Submitted:"), orWhy(time(t.submittedAt), AbsentField::Submitted)},
        {QCoreApplication::translate("CommandLine", "Outcome:"), orWhy(time(t.outcomeAt), AbsentField::OutcomeAt)},
        {QCoreApplication::translate("CommandLine", "Updated:"), time(t.updatedAt)},
        {QCoreApplication::translate("CommandLine", "Retry of:"),
         orWhy(t.retryOf ? QString::number(t.retryOf) : QString(), AbsentField::RetryOf)},
        {QCoreApplication::translate("CommandLine", "Retried as:"),
         orWhy(t.retriedAs ? QString::number(t.retriedAs) : QString(), AbsentField::RetriedAs)},
        // Only when it happened (an empty value is left out).
        {QCoreApplication::translate("CommandLine", "Filed twice:"),
         twin ? QCoreApplication::translate(
                    "CommandLine", "Ripio registered this request as ticket %1 too (%2). Ask Ripio to close one.")
                    .arg(twin->id)
                    .arg(twin->issueKey.isEmpty() ? QCoreApplication::translate("CommandLine", "no issue key yet")
                                                  : twin->issueKey)
              : QString()},
        {QCoreApplication::translate("CommandLine", "Origin:"),
         !t.createdHere ? QCoreApplication::translate("CommandLine", "first seen through a webhook")
         : t.createdBy.isEmpty()
             ? QCoreApplication::translate("CommandLine", "created in TicketDesk")
             : QCoreApplication::translate("CommandLine", "created in TicketDesk by %1").arg(t.createdBy)},
        // Only once sent (and recorded: from schema 10 on).
        {QCoreApplication::translate("CommandLine", "Sent to:"), apiText(t.apiBase)},
        {QCoreApplication::translate("CommandLine", "Attachments:"), QString::number(t.attachments.size())},
    };
    const QString deliveriesLabel = QCoreApplication::translate("CommandLine", "Deliveries:");
    const QString historyLabel = QCoreApplication::translate("CommandLine", "History:");
    // The value column: 14 in English, wider when a translated label needs it.
    qsizetype width = std::max<qsizetype>(14, std::max(deliveriesLabel.size(), historyLabel.size()) + 2);
    for (const auto &[label, value] : fields)
        width = std::max(width, label.size() + 2);
    const QString indent = QStringLiteral("\n") + QString(width, QLatin1Char(' '));
    for (const auto &[label, value] : fields) {
        // The fields above say why they are empty; one with nothing to say (no message) is left out.
        if (!value.isEmpty())
            out << label.leftJustified(width) << QString(value).replace(QLatin1Char('\n'), indent) << '\n';
    }
    for (const Attachment &a : t.attachments) {
        // A line break in a file's name would read as a line of its own here: shown as the
        // terminal shows other control characters.
        QString name = a.fileName;
        name.replace(QLatin1Char('\n'), QLatin1StringView("^J")).replace(QLatin1Char('\r'), QLatin1StringView("^M"));
        // lupdate 6.4 spins on a function call among translate()'s arguments: a variable.
        const int bytes = int(std::min<qint64>(a.size, std::numeric_limits<int>::max()));
        out << "  "
            << QCoreApplication::translate("CommandLine", "%1 (%2, %n bytes) %3", nullptr, bytes)
                   .arg(name, a.contentType,
                        a.contentFrom != 0 ? QCoreApplication::translate("CommandLine", "(kept in the team database)")
                                           : a.storedPath)
            << '\n';
    }
    // Oldest first, one line each: when, and what happened.
    out << historyLabel.leftJustified(width) << events.size() << '\n';
    for (const TicketEvent &e : events)
        out << "  " << time(e.at) << ' ' << DetailsPane::eventText(e).simplified() << '\n';
    // Newest first, one line each: when, what, the verdict, from where, and why.
    out << deliveriesLabel.leftJustified(width) << deliveries.size() << '\n';
    // lupdate 6.4 spins on a function call among translate()'s arguments: a variable.
    const QString earlyWord =
        QCoreApplication::translate("CommandLine", "early", "a delivery's verdict: issued after it arrived");
    for (const DeliveryRecord &d : deliveries) {
        // In words, as the Deliveries view says it ("issued 2 h after it arrived", not "-7200 s").
        const QString detail = DeliveryModel::detailText(d.detail).simplified();
        // Outside the replay window the other way: issued after it arrived (a clock ahead), not late.
        const bool early = d.verdict == QLatin1StringView("late") && d.skewMs && *d.skewMs < 0;
        out << "  "
            << QCoreApplication::translate("CommandLine", "%1 %2 %3 from %4")
                   .arg(time(d.receivedAt),
                        d.eventType.isEmpty() ? QCoreApplication::translate("CommandLine", "(undecoded)") : d.eventType,
                        early ? earlyWord : d.verdict,
                        d.peerAddress.isEmpty() ? QCoreApplication::translate("CommandLine", "(unknown)")
                                                : d.peerAddress)
            << (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail) << '\n';
    }
    out.flush();
    return exitOk;
}

// New columns come last (createdBy, then apiBase), so that a script reading the columns by
// position still finds the others.
const QStringList csvColumns{
    QStringLiteral("id"),          QStringLiteral("ticketId"),    QStringLiteral("customerId"),
    QStringLiteral("summary"),     QStringLiteral("description"), QStringLiteral("status"),
    QStringLiteral("issueKey"),    QStringLiteral("message"),     QStringLiteral("createdAt"),
    QStringLiteral("submittedAt"), QStringLiteral("outcomeAt"),   QStringLiteral("updatedAt"),
    QStringLiteral("retryOf"),     QStringLiteral("retriedAs"),   QStringLiteral("conflict"),
    QStringLiteral("createdHere"), QStringLiteral("reference"),   QStringLiteral("attachments"),
    QStringLiteral("createdBy"),   QStringLiteral("apiBase"),
};

// One ticket's cells in csvColumns order; CsvWriter quotes them and neutralises formulas.
QStringList csvCells(const Ticket &t)
{
    const QJsonObject o = ticketToJson(t);
    QStringList fields;
    for (const QString &column : csvColumns) {
        const QJsonValue v = o.value(column);
        if (column == QLatin1StringView("attachments")) {
            QStringList names;
            for (const Attachment &a : t.attachments)
                names << a.fileName;
            fields << names.join(QLatin1Char(';'));
        } else if (v.isBool()) {
            fields << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (v.isDouble()) {
            fields << QString::number(v.toInteger());
        } else {
            fields << v.toString();
        }
    }
    return fields;
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Invocation inv(false, true);
    if (auto code = parse(inv, QStringLiteral("export"), args, err))
        return *code;
    const QStringList positional = inv.parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(err, QCoreApplication::translate("CommandLine", "export: expected exactly one output FILE"));
    const QString fileName = positional.first();
    const bool toStdout = fileName == QLatin1StringView("-");
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!toStdout && suffix != QLatin1StringView("csv") && suffix != QLatin1StringView("json"))
        return usageError(err, QCoreApplication::translate("CommandLine",
                                                           "export: FILE must end in .csv or .json (or be - for CSV "
                                                           "on standard output)"));
    TicketFilter filter;
    TicketStore store(clock);
    if (auto code = openListing(inv, filter, store, err))
        return *code;

    if (toStdout) {
        // CSV for a pipe: the same rows and bytes as a file, streamed (to a terminal, its controls
        // shown as text); a failed write is the caller's to report (the exit code says the output
        // is incomplete). No summary line: stdout is the data.
        if (auto *device = qobject_cast<TerminalText *>(out.device()))
            device->passDataThrough();
        out << QString::fromUtf8(CsvWriter::row(csvColumns));
        const bool ok = store.forEachTicket(filter, [&](const Ticket &t) {
            out << QString::fromUtf8(CsvWriter::row(csvCells(t)));
            return out.status() == QTextStream::Ok;
        });
        if (!ok && out.status() == QTextStream::Ok)
            return fail(err, store.lastError().message);
        out.flush();
        return exitOk;
    }

    // QSaveFile: a failed or interrupted export never leaves a half-written file
    // where a previous good one was.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(err, QCoreApplication::translate("CommandLine", "cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(fileName), file.errorString()));
    // Every write is checked (a full disk may take part of one), and commitWhole() checks the
    // bytes the device still holds: the file is replaced only when all of it was written.
    const bool csv = suffix == QLatin1StringView("csv");
    CsvWriter csvWriter(file);
    const auto put = [&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); };
    qint64 count = 0;
    bool written = !csv || csvWriter.writeRow(csvColumns);
    const bool ok = store.forEachTicket(filter, [&](const Ticket &t) {
        if (csv)
            written = csvWriter.writeRow(csvCells(t));
        else
            written =
                put(count == 0 ? "[\n" : ",\n") && put(QJsonDocument(ticketToJson(t)).toJson(QJsonDocument::Compact));
        ++count;
        return written;
    });
    if (!ok && written) {
        file.cancelWriting();
        return fail(err, store.lastError().message);
    }
    if (written && !csv)
        written = put(count == 0 ? "[]\n" : "\n]\n");
    QString why = writeFailure(file);
    // Not written whole: QSaveFile's destructor discards the temporary file, the target stays.
    if (!written || !commitWhole(file, &why))
        return fail(err, QCoreApplication::translate("CommandLine", "cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(fileName), why));
    const QString target = QDir::toNativeSeparators(fileName);
    out << (count == 1 ? QCoreApplication::translate("CommandLine", "Exported 1 ticket to %1").arg(target)
                       : QCoreApplication::translate("CommandLine", "Exported %1 tickets to %2").arg(count).arg(target))
        << Qt::endl;
    return exitOk;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    // Any word that is not an option is a command, known or not: a typo must not start the desktop.
    return !arguments.isEmpty() &&
           (knownCommands.contains(arguments.first()) || !arguments.first().startsWith(QLatin1Char('-')));
}

QStringList commandFirst(const QStringList &arguments)
{
    const QStringList shared = Cli::CommonOptions(QString()).sharedNames();
    qsizetype i = 0;
    while (i < arguments.size()) {
        const QString &a = arguments.at(i);
        const qsizetype equals = a.indexOf(QLatin1Char('='));
        if (equals > 0 && shared.contains(a.left(equals)))
            i += 1; // --db=FILE
        else if (shared.contains(a) && i + 1 < arguments.size())
            i += 2; // --db FILE
        else
            break;
    }
    if (i < arguments.size() && !arguments.at(i).startsWith(QLatin1Char('-')))
        return i == 0 ? arguments : QStringList{arguments.at(i)} + arguments.mid(0, i) + arguments.mid(i + 1);
    // No command: the desktop's options, unless help or version is asked ("--db FILE --help",
    // "--demo --version"). After a command, "-v" may be an option's value ("--summary -v").
    for (qsizetype k = 0; k < arguments.size(); ++k) {
        const QString &a = arguments.at(k);
        if (a == QLatin1StringView("--help") || a == QLatin1StringView("-h") || a == QLatin1StringView("--version") ||
            a == QLatin1StringView("-v")) {
            QStringList rest = arguments;
            rest.removeAt(k);
            return QStringList{a} + rest;
        }
    }
    return arguments;
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock)
{
    if (arguments.isEmpty())
        return usageError(err, QCoreApplication::translate("CommandLine", "missing command"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1StringView("--version") || command == QLatin1StringView("-v")) {
        out << "ticketdesk " << buildVersion() << Qt::endl;
        return exitOk;
    }
    // `ticketdesk create --help` and `ticketdesk help create`: that command's help; `--help`,
    // `help` and the help after `--version` describe every command.
    const bool wantsHelp = command == QLatin1StringView("--help") || command == QLatin1StringView("-h") ||
                           command == QLatin1StringView("help") ||
                           (knownCommands.contains(command) &&
                            (rest.contains(QLatin1StringView("--help")) || rest.contains(QLatin1StringView("-h"))));
    if (wantsHelp) {
        QString subject = commandWords.contains(command) && command != QLatin1StringView("help") ? command : QString();
        if (command == QLatin1StringView("help") && !rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-'))) {
            subject = rest.first();
            if (!commandWords.contains(subject))
                return unknownCommand(subject, err);
        }
        out << (subject.isEmpty() || subject == QLatin1StringView("help") ? usageText() : commandUsageText(subject));
        out.flush();
        return exitOk;
    }
    // A usage error from here on points to the command's own help, which lists its options.
    const Cli::HelpSubject subject(commandWords.contains(command) ? command : QString());
    if (command == QLatin1StringView("list"))
        return runList(rest, out, err, clock);
    if (command == QLatin1StringView("show"))
        return runShow(rest, out, err, clock);
    if (command == QLatin1StringView("export"))
        return runExport(rest, out, err, clock);
    if (command == QLatin1StringView("serve"))
        return ServeCommand(out, err, clock).run(rest);
    if (command == QLatin1StringView("create"))
        return runCreateCommand(rest, out, err, clock);
    if (command == QLatin1StringView("retry"))
        return runRetryCommand(rest, out, err, clock);
    if (command == QLatin1StringView("watch"))
        return WatchCommand(out, err, clock).run(rest);
    if (command == QLatin1StringView("db"))
        return runDbCommand(rest, out, err, clock);
    if (command == QLatin1StringView("customers"))
        return runCustomersCommand(rest, out, err, clock);
    if (command == QLatin1StringView("stats"))
        return runStatsCommand(rest, out, err, clock);
    return unknownCommand(command, err);
}

} // namespace TicketDesk
