// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clicreate.h"

#include "app/clibulkcreate.h"
#include "app/cliexit.h"
#include "app/clioptions.h"
#include "app/ticketjson.h"
#include "core/clock.h"
#include "core/localizedtext.h"
#include "service/engineconfig.h"
#include "service/secretstore.h"
#include "service/ticketservice.h"
#include "store/databaselocation.h"
#include "store/ticketstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

#include <optional>

namespace TicketDesk {

namespace {

using Cli::exitFailure;
using Cli::exitOk;
using Cli::exitOutcomeUnknown;
using Cli::exitUsage;
using Cli::fail;
using Cli::usageError;
constexpr int pollIntervalMs = 200;

// The shared options, plus those of create and retry.
struct Options : Cli::CommonOptions
{
    QCommandLineOption wait{QStringLiteral("wait"),
                            QCoreApplication::translate("CommandLine", "Wait up to SECONDS for CREATED or FAILED."),
                            QStringLiteral("SECONDS")};
    QCommandLineOption reconcileAfter{
        QStringLiteral("reconcile-after"),
        QCoreApplication::translate("CommandLine", "Ask Ripio about a PENDING ticket after this many seconds."),
        QStringLiteral("SECONDS")};
    QCommandLineOption customer{QStringLiteral("customer"),
                                QCoreApplication::translate("CommandLine", "Customer UUID."), QStringLiteral("UUID")};
    QCommandLineOption summary{QStringLiteral("summary"), QCoreApplication::translate("CommandLine", "Summary."),
                               QStringLiteral("TEXT")};
    QCommandLineOption description{QStringLiteral("description"),
                                   QCoreApplication::translate("CommandLine", "Description."), QStringLiteral("TEXT")};
    QCommandLineOption reference{
        QStringLiteral("reference"),
        QCoreApplication::translate("CommandLine", "Your own reference (kept here, never sent to Ripio)."),
        QStringLiteral("TEXT")};
    QCommandLineOption attach{QStringLiteral("attach"),
                              QCoreApplication::translate("CommandLine", "File to attach (repeatable)."),
                              QStringLiteral("FILE")};
    QCommandLineOption fromCsv{QStringLiteral("from-csv"),
                               QCoreApplication::translate("CommandLine", "Queue one ticket per row of a CSV file."),
                               QStringLiteral("FILE")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              QCoreApplication::translate("CommandLine", "With --from-csv: report, queue nothing.")};
    QCommandLineOption unconfirmed{
        QStringLiteral("unconfirmed"),
        QCoreApplication::translate("CommandLine", "Retry an UNCONFIRMED ticket, though Ripio may have it already.")};

    explicit Options(bool create)
        : CommonOptions(QCoreApplication::translate("CommandLine", "Ignored: create and retry never listen."))
    {
        for (const QCommandLineOption *o : {&json, &wait, &reconcileAfter})
            parser.addOption(*o);
        if (create) {
            for (const QCommandLineOption *o :
                 {&customer, &summary, &description, &reference, &attach, &fromCsv, &dryRun})
                parser.addOption(*o);
        } else {
            parser.addOption(unconfirmed);
        }
    }
};

// Whether a `serve` or a desktop that sends is running on this SQLite file (a fresh heartbeat).
bool senderRunningOn(const QString &dbPath, const Clock &clock)
{
    TicketStore store(clock);
    if (!store.open(dbPath).ok())
        return false; // the engine will say what is wrong with the file
    return !TicketService::liveSenders(store.servers(), clock.now()).isEmpty();
}

// The engine's config for a one-shot command: settings, then the command line and environment on top.
// `notes`: what the options given do not change (another process sends), for the caller to say once
// the ticket is saved: before it, they came ahead of the refusal of a bad --summary. `sends`: false
// for a command that only queues (create --from-csv), whose API the settings need not name.
std::optional<EngineConfig> buildConfig(const Options &o, const Clock &clock, QTextStream &err, int *code,
                                        QStringList *notes, bool sends = true)
{
    EngineConfig config;
    if (const std::optional<int> missing = o.badCommonOption(err)) {
        *code = *missing;
        return std::nullopt;
    }
    config = o.settings();
    config.dbPath = o.databasePath();
    config.dbPassword = Cli::databasePasswordFromEnvironment();
    config.dataDir = Cli::dataDirFor(config.dbPath);
    config.listen = false;
    // Its heartbeat (while it sends) tells a `serve` starting meanwhile that
    // its SUBMITTING tickets are in flight, not leftovers; it sends for no one else.
    config.role = QStringLiteral("cli");
    // On a team database the servers send and reconcile (only they hold the
    // Ripio credentials), and so does a `serve` or desktop running on the same
    // SQLite file: the command line queues and, with --wait, watches. Alone on
    // a file, it sends and reconciles itself.
    const bool team = DatabaseLocation::parse(config.dbPath).isPostgres();
    const bool othersSend = team || senderRunningOn(config.dbPath, clock);
    config.runOutbox = !othersSend;
    config.runReconciler = !othersSend;
    // A settings file naming no usable API: said now, not as a network error on every try.
    if (sends && !othersSend && !o.parser.isSet(o.apiBase)) {
        const std::unique_ptr<QSettings> settings = o.settingsFile();
        if (const QStringList problems = EngineConfig::apiSettingsProblems(*settings); !problems.isEmpty()) {
            *code = fail(err, QCoreApplication::translate("CommandLine", "settings file %1: %2")
                                  .arg(settings->fileName(), problems.join(QStringLiteral("; "))));
            return std::nullopt;
        }
    }
    if (o.parser.isSet(o.apiBase)) {
        const QUrl url(o.parser.value(o.apiBase), QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))) {
            *code = usageError(err, QCoreApplication::translate("CommandLine", "--api-base: not an http(s) URL"));
            return std::nullopt;
        }
        config.client.baseUrl = url;
        // Another process sends: a different API base here would change nothing, so say so.
        if (othersSend)
            notes->append(team ? QCoreApplication::translate(
                                     "CommandLine", "--api-base is not used: the team's servers send the ticket")
                               : QCoreApplication::translate("CommandLine",
                                                             "--api-base is not used: the TicketDesk running on this "
                                                             "database sends the ticket"));
    }
    if (o.parser.isSet(o.reconcileAfter)) {
        bool ok = false;
        const int seconds = o.parser.value(o.reconcileAfter).toInt(&ok);
        if (!ok || seconds < 1) {
            *code = usageError(err, QCoreApplication::translate(
                                        "CommandLine", "--reconcile-after: expected a whole number of seconds >= 1"));
            return std::nullopt;
        }
        config.reconcileAfterSeconds = seconds;
        // The process that sends is the one that asks Ripio: the setting here changes nothing.
        if (othersSend)
            notes->append(team ? QCoreApplication::translate(
                                     "CommandLine", "--reconcile-after is not used: the team's servers ask Ripio")
                               : QCoreApplication::translate("CommandLine",
                                                             "--reconcile-after is not used: the TicketDesk running "
                                                             "on this database asks Ripio"));
    }
    const QString envId = qEnvironmentVariable("TICKETDESK_CLIENT_ID");
    if (!envId.isEmpty())
        config.client.clientId = envId;
    SecretStore secrets;
    config.client.clientSecret = secrets.readBlocking(SecretStore::Secret::ClientSecret).value;
    return config;
}

std::optional<int> waitSeconds(const Options &o, QTextStream &err)
{
    if (!o.parser.isSet(o.wait))
        return -1;
    bool ok = false;
    const int seconds = o.parser.value(o.wait).toInt(&ok);
    if (!ok || seconds < 0) {
        usageError(err, QCoreApplication::translate("CommandLine", "--wait: expected a whole number of seconds"));
        return std::nullopt;
    }
    return seconds;
}

void print(const Ticket &t, bool json, QTextStream &out)
{
    if (json) {
        out << QString::fromUtf8(QJsonDocument(ticketToJson(t)).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    out << t.id << ' ' << statusToString(t.status);
    if (!t.issueKey.isEmpty())
        out << ' ' << t.issueKey;
    if (!t.ticketId.isEmpty())
        out << ' ' << t.ticketId;
    if (!t.message.isEmpty())
        out << " (" << LocalizedText::wordStored(t.message).simplified() << ')';
    out << Qt::endl;
}

// Whether a TicketDesk server's heartbeat on this team database is fresh (as `db status` says "running").
bool teamServerAlive(TicketStore &store)
{
    const QDateTime now = store.clock().now(); // the database's time: heartbeats are written in it
    bool alive = false;
    for (const ServerRecord &s : store.servers())
        alive = alive || (s.role == QLatin1StringView("serve") &&
                          std::abs(s.lastSeen.msecsTo(now)) < TicketService::heartbeatFreshMs);
    return alive;
}

// Without --wait, when another process sends (a team database's servers, or
// a `serve` or desktop running on the SQLite file): the ticket is queued for
// it; say who will send it.
int reportQueuedForOthers(TicketService &service, qint64 id, bool json, QTextStream &out, QTextStream &err)
{
    const std::optional<Ticket> t = service.store()->ticket(id);
    if (!t)
        return Cli::failOutcomeUnknown(
            err, QCoreApplication::translate("CommandLine", "ticket %1 vanished from the database").arg(id));
    print(*t, json, out);
    if (t->status != TicketStatus::Queued)
        return exitOk; // an earlier retry, already sent: nobody has it to send
    QString who;
    if (service.store()->isPostgres()) {
        who = teamServerAlive(*service.store())
                  ? QCoreApplication::translate(
                        "CommandLine", "ticket %1 is queued; a TicketDesk server on this database will send it")
                  : QCoreApplication::translate(
                        "CommandLine", "ticket %1 is queued, but no TicketDesk server has been seen on this database "
                                       "in the last minute: it is sent when one runs (ticketdesk serve)");
    } else {
        who = QCoreApplication::translate("CommandLine",
                                          "ticket %1 queued; a running TicketDesk on this database will send it");
    }
    err << "ticketdesk: " << who.arg(id) << Qt::endl;
    return exitOk;
}

// Waits for ticket `id`: for the end of its first send attempt (waitFor < 0),
// or for CREATED / FAILED within waitFor seconds. Reads the store every
// pollIntervalMs as well as following the engine's signals, because the
// outcome may be written by another process on the same database.
// How long `create --wait` goes on past its time while Ripio's answer waits to be stored: as long
// again, within these bounds.
constexpr int minUnrecordedGraceSeconds = 5;
constexpr int maxUnrecordedGraceSeconds = 30;

int follow(TicketService &service, qint64 id, int waitFor, bool json, QTextStream &out, QTextStream &err)
{
    const bool waitOutcome = waitFor >= 0;
    if (!waitOutcome && !service.config().runOutbox)
        return reportQueuedForOthers(service, id, json, out, err);
    // Without --wait: long enough for one send attempt, with its token request and idle timeout.
    const qint64 budgetMs =
        waitOutcome ? qint64(waitFor) * 1000 : qint64(service.config().client.transferTimeoutMs) * 2 + 5000;
    QDeadlineTimer deadline(budgetMs);
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    bool sawSubmitting = false;
    // Without --wait: an attempt of this run failed before the ticket was sent (the queue's
    // older tickets went first, Ripio could not be reached) and the outbox waits: so would this one.
    bool outboxPaused = service.apiState().retryAt.isValid();
    std::optional<Ticket> last;
    int code = -1;

    const auto examine = [&](const Ticket &t) {
        last = t;
        if (t.status == TicketStatus::Submitting) {
            sawSubmitting = true;
            return;
        }
        if (t.status == TicketStatus::Failed) {
            // An outcome, but not the one a script waits for: `create --wait && …` must not go on.
            code = exitFailure;
        } else if (isTerminal(t.status)) {
            code = exitOk;
        } else if (t.status == TicketStatus::Rejected) {
            // Never becomes CREATED or FAILED by itself: waiting longer cannot help, and
            // without --wait too `create … && next` must not go on as if it had worked.
            code = exitFailure;
        } else if (t.status == TicketStatus::Unconfirmed) {
            // Nor does this one, and Ripio may have it: `create … || create …` must not file it twice.
            code = exitOutcomeUnknown;
        } else if (!waitOutcome && (t.status != TicketStatus::Queued || sawSubmitting || outboxPaused)) {
            code = exitOk;
        }
        if (code >= 0)
            loop.quit();
    };
    QObject::connect(&service, &TicketService::ticketsChanged, &loop, [&](const QList<Ticket> &tickets) {
        for (const Ticket &t : tickets) {
            if (t.id == id)
                examine(t);
        }
    });
    QObject::connect(&service, &TicketService::apiStateChanged, &loop, [&](const ApiState &state) {
        outboxPaused = state.retryAt.isValid();
        if (outboxPaused && last && code < 0)
            examine(*last);
    });
    bool waitingForTheStore = false; // past the wait, for Ripio's answer to be stored
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (const std::optional<Ticket> t = service.store()->ticket(id);
            t && (!last || t->updatedAt != last->updatedAt || t->status != last->status))
            examine(*t);
        if (code < 0 && (deadline.hasExpired() || (waitingForTheStore && !service.answerUnrecorded(id))))
            loop.quit();
    });
    poll.start(pollIntervalMs);
    if (const std::optional<Ticket> t = service.store()->ticket(id))
        examine(*t);
    if (code < 0)
        loop.exec();
    // Ripio answered, but the store refused the answer (a full disk): it is written again every
    // second. Ending now would leave it to this process's last attempt; a little longer lets space
    // freed meanwhile take it.
    if (code < 0 && waitOutcome && service.answerUnrecorded(id)) {
        const int grace = std::clamp(waitFor, minUnrecordedGraceSeconds, maxUnrecordedGraceSeconds);
        err << QCoreApplication::translate("CommandLine",
                                           "Ripio answered for ticket %1, but its answer is not stored yet: the "
                                           "database refuses it (see above); trying for %2 s more")
                   .arg(id)
                   .arg(grace)
            << Qt::endl;
        deadline.setRemainingTime(qint64(grace) * 1000);
        waitingForTheStore = true;
        loop.exec();
    }
    poll.stop();
    if (const std::optional<Ticket> t = service.store()->ticket(id))
        last = t;
    if (!last)
        return Cli::failOutcomeUnknown(
            err, QCoreApplication::translate("CommandLine", "ticket %1 vanished from the database").arg(id));

    const ApiState api = service.apiState();
    const bool blocked = api.kind == ApiState::Kind::BadCredentials || api.kind == ApiState::Kind::NotEnabled ||
                         api.kind == ApiState::Kind::NotConfigured;
    // Only when this process sends: another (a serve with its own credentials) may well have sent it.
    if (code < 0 && waitOutcome && blocked && service.config().runOutbox && last->ticketId.isEmpty() &&
        (last->status == TicketStatus::Queued || last->status == TicketStatus::Submitting)) {
        // Ripio refuses every request without a token (or the feature): nothing of it reached
        // Ripio, and what stops it is not time. It is queued again as this command ends.
        Ticket queued = *last;
        queued.status = TicketStatus::Queued;
        print(queued, json, out);
        return Cli::failOutcomeUnknown(
            err, QCoreApplication::translate("CommandLine", "ticket %1 was not sent: %2 It stays queued, and the "
                                                            "next TicketDesk on this database sends it once that is "
                                                            "put right: do not create it again")
                     .arg(id)
                     .arg(api.message.simplified()));
    }
    if (QString ripioId; code < 0 && waitOutcome && service.answerUnrecorded(id, &ripioId)) {
        // Sent, and answered: not "still queued". Ripio's ID goes to stdout, the one place it is
        // kept beside this process's memory.
        Ticket answered = *last;
        if (answered.ticketId.isEmpty())
            answered.ticketId = ripioId;
        print(answered, json, out);
        const QString shownId = ripioId.isEmpty() ? QCoreApplication::translate("CommandLine", "none given") : ripioId;
        const QString kept = service.answerKeptFor(id);
        return Cli::failOutcomeUnknown(
            err, kept.isEmpty()
                     ? QCoreApplication::translate("CommandLine",
                                                   "Ripio answered for ticket %1 (Ripio's ticket ID: %2), but the "
                                                   "answer could not be stored, here or in a file: free space or "
                                                   "bring the database back. Do not create it again or retry it: "
                                                   "its webhook brings its outcome")
                           .arg(id)
                           .arg(shownId)
                     : QCoreApplication::translate("CommandLine",
                                                   "Ripio answered for ticket %1 (Ripio's ticket ID: %2), but the "
                                                   "database did not take the answer: it is kept in %3 and written "
                                                   "when TicketDesk next starts on this database. Do not create it "
                                                   "again or retry it")
                           .arg(id)
                           .arg(shownId, QDir::toNativeSeparators(kept)));
    }
    if (code < 0 && waitOutcome) {
        print(*last, json, out); // where it stands, for the script that reads stdout
        // The wait, and the time given meanwhile to Ripio's answer to be stored, if any.
        const qint64 seconds = waitingForTheStore ? std::max<qint64>(waitFor, waited.elapsed() / 1000) : waitFor;
        // Not sent yet, and this command was its sender (nothing else runs on the file), or no
        // server runs on the team database: nothing takes it further once this command ends. A
        // SUBMITTING one whose request has not left goes back to QUEUED as the engine stops; one
        // whose request left may have reached Ripio ("it goes on", below).
        const bool unsent =
            last->ticketId.isEmpty() && (last->status == TicketStatus::Queued ||
                                         (last->status == TicketStatus::Submitting && !service.requestLeft(last->id)));
        const bool teamWithoutServer = service.store()->isPostgres() && !teamServerAlive(*service.store());
        if (unsent && (service.config().runOutbox || teamWithoutServer)) {
            const QString text =
                service.config().runOutbox
                    ? QCoreApplication::translate("CommandLine",
                                                  "ticket %1 is still %2 after %3 s, and nothing else is running on "
                                                  "this database to send it: it is sent when `ticketdesk serve` or "
                                                  "the desktop runs; do not create it again")
                    : QCoreApplication::translate("CommandLine",
                                                  "ticket %1 is still %2 after %3 s, and no TicketDesk server has been "
                                                  "seen on this database in the last minute: it is sent when one runs "
                                                  "(ticketdesk serve); do not create it again");
            return Cli::failOutcomeUnknown(err, text.arg(id).arg(statusToString(last->status)).arg(seconds));
        }
        return Cli::failOutcomeUnknown(
            err, QCoreApplication::translate("CommandLine", "ticket %1 is still %2 after %3 s; it goes on without "
                                                            "this command: do not create it again")
                     .arg(id)
                     .arg(statusToString(last->status))
                     .arg(seconds));
    }
    print(*last, json, out);
    if (code == exitFailure || code == exitOutcomeUnknown) {
        // A FAILED webhook carries no reason: say what it means and what to do.
        const QString why =
            !last->message.isEmpty()
                ? LocalizedText::wordStored(last->message)
                : QCoreApplication::translate("CommandLine", "Ripio did not register it; `ticketdesk retry %1` sends "
                                                             "it again")
                      .arg(id);
        QString text = QCoreApplication::translate("CommandLine", "ticket %1 is %2: %3")
                           .arg(id)
                           .arg(statusToString(last->status), why);
        // Run again, create would file a second ticket where Ripio may have the first.
        if (last->status == TicketStatus::Unconfirmed)
            text += QLatin1Char(' ') +
                    QCoreApplication::translate("CommandLine", "Do not create it again: wait for its webhook, or run "
                                                               "`ticketdesk retry %1 --unconfirmed`.")
                        .arg(id);
        return code == exitOutcomeUnknown ? Cli::failOutcomeUnknown(err, text) : fail(err, text);
    }
    if (last->status == TicketStatus::Queued && blocked) {
        // What stops it first: a serve or --wait would only meet the same refusal. (Only a solo
        // file comes here: a team database's commands queue for its servers and return above.)
        if (api.kind == ApiState::Kind::NotConfigured) {
            // No credentials here: the desktop or a serve on this file sends it with theirs.
            err << "ticketdesk: "
                << QCoreApplication::translate("CommandLine",
                                               "ticket %1 queued, and not sent: %2 Once that is put right, `ticketdesk "
                                               "serve` or the desktop sends it, whichever runs on this database.")
                       .arg(id)
                       .arg(api.message.simplified())
                << Qt::endl;
            return exitOk;
        }
        // Refused by Ripio (the credentials, the feature): exit 3, as with --wait. The ticket
        // exists and is not sent; `create … && next` went on as if it had been (exit 0), and run
        // again it would be queued twice.
        return Cli::failOutcomeUnknown(
            err, QCoreApplication::translate("CommandLine",
                                             "ticket %1 queued, and not sent: %2 Once that is put right, `ticketdesk "
                                             "serve` or the desktop sends it, whichever runs on this database: do not "
                                             "create it again.")
                     .arg(id)
                     .arg(api.message.simplified()));
    }
    if (last->status == TicketStatus::Pending && !waitOutcome) {
        // Sent, and this process stops now: its webhook comes to no one (nothing else was running
        // when it started), so the ticket stays PENDING until something runs on the file.
        err << "ticketdesk: "
            << QCoreApplication::translate("CommandLine",
                                           "ticket %1 is PENDING; nothing is running on this database to receive its "
                                           "outcome: start `ticketdesk serve` or the desktop, which also ask Ripio, or "
                                           "run with --wait")
                   .arg(id)
            << Qt::endl;
    } else if (last->status == TicketStatus::Queued) {
        // This process tried once and stops now; nothing else was running when it started.
        err << "ticketdesk: "
            << QCoreApplication::translate("CommandLine",
                                           "ticket %1 queued; nothing is running on this database to send it: start "
                                           "`ticketdesk serve` or the desktop, or run with --wait")
                   .arg(id);
        // Its own attempt's reason, or the attempt that went before it in the queue.
        const QString why = !last->message.isEmpty() ? LocalizedText::wordStored(last->message).simplified()
                                                     : service.apiState().message.simplified();
        if (!why.isEmpty())
            err << " (" << QCoreApplication::translate("CommandLine", "last attempt: %1").arg(why) << ')';
        err << Qt::endl;
    }
    return exitOk;
}

struct Engine
{
    explicit Engine(const Clock &clock)
        : service(clock)
    {}
    TicketService service;

    // A ticket this command sent gets Ripio's answer before the process ends (TicketService::stop()
    // waits for it, bounded): left SUBMITTING, it came back UNCONFIRMED at the next start.
    ~Engine()
    {
        QEventLoop loop;
        bool stopped = false;
        QObject::connect(&service, &TicketService::stopped, &loop, [&] {
            stopped = true;
            loop.quit();
        });
        QTimer::singleShot(service.config().client.transferTimeoutMs + 10000, &loop, &QEventLoop::quit);
        service.stop();
        if (!stopped)
            loop.exec();
    }
};

std::optional<int> startEngine(Engine &engine, const EngineConfig &config, QTextStream &err)
{
    bool ok = false;
    QString error;
    QObject::connect(&engine.service, &TicketService::started, &engine.service, [&](bool success, const QString &e) {
        ok = success;
        error = e;
    });
    engine.service.start(config);
    if (!ok)
        return fail(err,
                    error.isEmpty() ? QCoreApplication::translate("CommandLine", "the engine did not start") : error);
    return std::nullopt;
}

// What create and retry do once their own arguments are checked: read
// --wait, build the engine's config and start the engine. Returns the exit
// code when any of it fails.
// Says buildConfig()'s notes, each on its own line.
void sayNotes(const QStringList &notes, QTextStream &err)
{
    for (const QString &note : notes)
        err << "ticketdesk: " << note << Qt::endl;
}

std::optional<int> prepare(const Options &o, Engine &engine, const Clock &clock, int *waitFor, QTextStream &err,
                           QStringList *notes)
{
    const std::optional<int> wait = waitSeconds(o, err);
    if (!wait)
        return exitUsage;
    *waitFor = *wait;
    int code = exitOk;
    std::optional<EngineConfig> config = buildConfig(o, clock, err, &code, notes);
    if (!config)
        return code;
    // Waiting alone on the file: no webhook reaches this process, so its outcome comes only
    // from asking Ripio. Ask within the wait, not after serve's 2 minutes.
    if (*waitFor > 0 && config->runReconciler && !o.parser.isSet(o.reconcileAfter))
        config->reconcileAfterSeconds = std::min(config->reconcileAfterSeconds, std::max(2, *waitFor / 6));
    return startEngine(engine, *config, err);
}

// Who sends the tickets a `create --from-csv` queued: this command never
// sends them itself (a list is sent at the API's pace, longer than one
// command should run), so it says who will, as a single create does.
QString whoSendsQueued(TicketStore &store, bool senderOnFile, qsizetype count)
{
    if (store.isPostgres()) {
        return teamServerAlive(store)
                   ? QCoreApplication::translate(
                         "CommandLine", "%n tickets queued; a TicketDesk server on this database will send them",
                         nullptr, int(count))
                   : QCoreApplication::translate(
                         "CommandLine",
                         "%n tickets queued, but no TicketDesk server has been seen on this database in "
                         "the last minute: they are sent when one runs (ticketdesk serve)",
                         nullptr, int(count));
    }
    return senderOnFile
               ? QCoreApplication::translate("CommandLine",
                                             "%n tickets queued; a running TicketDesk on this database will send them",
                                             nullptr, int(count))
               : QCoreApplication::translate("CommandLine",
                                             "%n tickets queued; nothing is running on this database to send them: "
                                             "start `ticketdesk serve` or the desktop",
                                             nullptr, int(count));
}

// `create --from-csv FILE [--dry-run] [--json]`: plans every row, queues the
// Ready ones in one transaction (unless --dry-run) and reports each row. Exit
// 1 when any row was refused for a fault of its own (not merely because its
// ticket is already open); the Ready rows are queued all the same.
int runFromCsv(const Options &o, QTextStream &out, QTextStream &err, const Clock &clock)
{
    for (const QCommandLineOption *single : {&o.customer, &o.summary, &o.description, &o.reference, &o.attach, &o.wait})
        if (o.parser.isSet(*single))
            return usageError(err,
                              QCoreApplication::translate("CommandLine", "create: --%1 does not go with --from-csv")
                                  .arg(single->names().constFirst()));
    const QString path = o.parser.value(o.fromCsv);
    const bool dryRun = o.parser.isSet(o.dryRun);
    const bool json = o.parser.isSet(o.json);
    // Every row names a customer of the directory, which a new database has not got: a mistyped --db
    // must neither become a new, empty database nor refuse every row for a cause it hides.
    if (const std::optional<QString> missing = o.missingNamedDatabase())
        return fail(err, *missing);
    int code = exitOk;
    QStringList notes;
    // It only queues: the API the settings name is the sender's business.
    std::optional<EngineConfig> config = buildConfig(o, clock, err, &code, &notes, false);
    if (!config)
        return code;
    // A row whose ticket is already open is not wrong: a re-run of the same file (after a
    // failure part way, or twice by mistake) queues nothing twice and succeeds.
    const auto refusedCode = [&](const BulkTicketPlan &plan) {
        if (plan.alreadyOpenCount > 0)
            err << "ticketdesk: "
                << QCoreApplication::translate("CommandLine",
                                               "%n rows of %1 already have an open ticket; nothing was queued for them",
                                               nullptr, plan.alreadyOpenCount)
                       .arg(path)
                << Qt::endl;
        const int wrong = plan.refusedCount - plan.alreadyOpenCount;
        return wrong == 0
                   ? exitOk
                   : fail(err, QCoreApplication::translate("CommandLine",
                                                           "%n rows of %1 were refused; nothing was queued for them",
                                                           nullptr, wrong)
                                   .arg(path));
    };
    if (dryRun) {
        TicketStore store(clock);
        if (const StoreError error = store.open(config->databaseLocation()); !error.ok())
            return fail(err, error.message);
        const std::optional<BulkTicketPlan> plan = Cli::planBulkCreate(store, path, config->client.limits, clock, err);
        if (!plan)
            return exitFailure;
        sayNotes(notes, err); // once the file could be used at all
        Cli::printBulkReport(*plan, {}, true, json, out);
        return refusedCode(*plan);
    }
    // Queued here, sent by a `serve` or desktop (or, on a team database, the servers).
    const bool senderOnFile = !config->runOutbox;
    config->runOutbox = false;
    config->runReconciler = false;
    Engine engine(clock);
    if (const auto failed = startEngine(engine, *config, err))
        return *failed;
    TicketStore &store = *engine.service.store();
    const std::optional<BulkTicketPlan> plan = Cli::planBulkCreate(store, path, config->client.limits, clock, err);
    if (!plan)
        return exitFailure;
    sayNotes(notes, err); // once the file could be used at all
    QList<qint64> ids;
    const QList<NewTicket> tickets = plan->ticketsToQueue();
    if (!tickets.isEmpty()) {
        QString error = QCoreApplication::translate("CommandLine", "the tickets were not saved");
        // Rows saved meanwhile (another run of the file, a desk): named by their lines.
        bool openAlready = false;
        QObject::connect(&engine.service, &TicketService::ticketsAlreadyOpen, &engine.service,
                         [&](quint64, const QList<qsizetype> &positions) {
                             openAlready = true;
                             const QList<int> lines = plan->linesOfQueued(positions);
                             const QString which = BulkTicketPlan::listed(lines);
                             error = (lines.size() == 1
                                          ? QCoreApplication::translate(
                                                "CommandLine", "nothing was queued: line %1 of %2 now duplicates an "
                                                               "open ticket saved since the file was read; run the "
                                                               "command again to queue the other rows")
                                          : QCoreApplication::translate(
                                                "CommandLine", "nothing was queued: lines %1 of %2 now duplicate "
                                                               "open tickets saved since the file was read; run the "
                                                               "command again to queue the other rows"))
                                         .arg(which, path);
                         });
        QObject::connect(&engine.service, &TicketService::ticketsCreated, &engine.service,
                         [&](quint64, const QList<qint64> &newIds, const QString &e) {
                             ids = newIds;
                             if (!openAlready)
                                 error = e;
                         });
        engine.service.createTickets(tickets, 1);
        if (ids.size() != tickets.size())
            return fail(err, error);
    }
    if (!ids.isEmpty())
        Cli::noteTicketMade();
    Cli::printBulkReport(*plan, ids, false, json, out);
    if (!ids.isEmpty())
        err << "ticketdesk: " << whoSendsQueued(store, senderOnFile, ids.size()) << Qt::endl;
    return refusedCode(*plan);
}

} // namespace

int runCreateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Options o(true);
    if (const std::optional<QString> error = Cli::parseArguments(o.parser, arguments))
        return usageError(err, QStringLiteral("create: ") + *error);
    if (!o.parser.positionalArguments().isEmpty())
        return usageError(err, QCoreApplication::translate("CommandLine", "create: unexpected argument '%1'")
                                   .arg(o.parser.positionalArguments().first()));
    if (o.parser.isSet(o.fromCsv))
        return runFromCsv(o, out, err, clock);
    if (o.parser.isSet(o.dryRun))
        return usageError(err, QCoreApplication::translate("CommandLine", "create: --dry-run goes with --from-csv"));
    if (!o.parser.isSet(o.customer) || !o.parser.isSet(o.summary))
        return usageError(err,
                          QCoreApplication::translate("CommandLine", "create: --customer and --summary are required"));
    Engine engine(clock);
    int waitFor = -1;
    QStringList notes;
    if (const auto failed = prepare(o, engine, clock, &waitFor, err, &notes))
        return *failed;
    NewTicket ticket;
    ticket.customerId = o.parser.value(o.customer);
    ticket.summary = o.parser.value(o.summary);
    ticket.description = o.parser.value(o.description);
    ticket.reference = o.parser.value(o.reference);
    ticket.attachmentPaths = o.parser.values(o.attach);

    qint64 id = 0;
    QList<FieldError> fieldErrors;
    QString error;
    QObject::connect(&engine.service, &TicketService::createFinished, &engine.service,
                     [&](quint64, qint64 newId, const QList<FieldError> &errors, const QString &e) {
                         id = newId;
                         fieldErrors = errors;
                         error = e;
                     });
    engine.service.createTicket(ticket, 1);
    if (!fieldErrors.isEmpty()) {
        // Named by the options that set them ("--customer: …"), not by the API's fields.
        for (FieldError &e : fieldErrors) {
            if (e.field == QLatin1StringView("customerId"))
                e.field = QStringLiteral("--customer");
            else if (e.field == QLatin1StringView("summary") || e.field == QLatin1StringView("description") ||
                     e.field == QLatin1StringView("reference"))
                e.field = QStringLiteral("--") + e.field;
            else if (e.field.startsWith(QLatin1StringView("files")))
                e.field = QStringLiteral("--attach");
        }
        // A bad value given on the command line: a usage error (exit 2), as the README says.
        return Cli::usageError(err, FieldError::joined(fieldErrors));
    }
    if (id > 0)
        Cli::noteTicketMade();
    if (id <= 0)
        return fail(err,
                    error.isEmpty() ? QCoreApplication::translate("CommandLine", "the ticket was not saved") : error);
    sayNotes(notes, err);
    return follow(engine.service, id, waitFor, o.parser.isSet(o.json), out, err);
}

int runRetryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock)
{
    Options o(false);
    if (const std::optional<QString> error = Cli::parseArguments(o.parser, arguments))
        return usageError(err, QStringLiteral("retry: ") + *error);
    const QStringList positional = o.parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(err, QCoreApplication::translate("CommandLine", "retry: expected exactly one ticket ID"));
    bool numeric = false;
    const qint64 original = positional.first().toLongLong(&numeric);
    if (!numeric || original <= 0)
        return usageError(
            err, QCoreApplication::translate("CommandLine", "retry: ID must be a local ticket id (a positive number)"));
    if (const std::optional<QString> missing = o.missingNamedDatabase())
        return fail(err, *missing);
    {
        TicketStore store(clock);
        if (const std::optional<int> code = o.openToRead(store, err))
            return *code;
        const std::optional<Ticket> t = store.ticket(original);
        // Refused before an engine starts: its outbox would send the queue (this very ticket,
        // when QUEUED) and the refusal would then name the status that sending gave it.
        if (t && t->retriedAs == 0 && !isRetryable(t->status))
            return fail(err, QCoreApplication::translate("CommandLine", "ticket %1 is %2: only FAILED, REJECTED or "
                                                                        "UNCONFIRMED tickets can be retried")
                                 .arg(original)
                                 .arg(statusToString(t->status)));
        // Ripio may have an UNCONFIRMED ticket (its answer was lost): sent again, it may be filed
        // twice. The desktop asks; a script says so with --unconfirmed.
        if (t && t->status == TicketStatus::Unconfirmed && !o.parser.isSet(o.unconfirmed))
            return fail(err, QCoreApplication::translate(
                                 "CommandLine", "ticket %1 is UNCONFIRMED: Ripio may have it already, and a retry may "
                                                "file it twice. Wait for its webhook, or retry with --unconfirmed to "
                                                "send it anyway.")
                                 .arg(original));
    }
    Engine engine(clock);
    int waitFor = -1;
    QStringList notes;
    if (const auto failed = prepare(o, engine, clock, &waitFor, err, &notes))
        return *failed;
    qint64 retryId = 0;
    QString error;
    bool existing = false;
    QObject::connect(&engine.service, &TicketService::retryFinished, &engine.service,
                     [&](qint64, qint64 newId, const QString &e, bool alreadyRetried) {
                         retryId = newId;
                         error = e;
                         existing = alreadyRetried;
                     });
    engine.service.retryTickets({original});
    if (retryId > 0 && !existing)
        Cli::noteTicketMade();
    if (retryId <= 0)
        return fail(err, error.isEmpty()
                             ? QCoreApplication::translate("CommandLine", "ticket %1 was not retried").arg(original)
                             : error);
    sayNotes(notes, err);
    if (existing) // A ticket is retried once: what follows is that retry, not a new one.
        err << "ticketdesk: "
            << QCoreApplication::translate("CommandLine", "ticket %1 was already retried as %2; it was not sent again")
                   .arg(original)
                   .arg(retryId)
            << Qt::endl;
    return follow(engine.service, retryId, waitFor, o.parser.isSet(o.json), out, err);
}

} // namespace TicketDesk
