// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dbcommand.h"

#include "app/cliexit.h"
#include "app/clioptions.h"
#include "core/clock.h"
#include "core/localizedtext.h"
#include "core/settings.h"
#include "service/processliveness.h"
#include "service/ticketservice.h"
#include "store/databaselocation.h"
#include "store/schemamigrations.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace TicketDesk {

namespace {

using Cli::exitOk;
using Cli::fail;
using Cli::usageError;

struct DbOptions : Cli::CommonOptions
{
    DbOptions()
        : CommonOptions(QCoreApplication::translate("DbCommand", "Ignored: db never listens."))
    {
        parser.addOption(json);
    }
};

int runInit(const DbOptions &o, const DatabaseLocation &location, QTextStream &out, QTextStream &err,
            const Clock &clock)
{
    TicketStore store(clock);
    StoreOptions settingUp;
    settingUp.settingUp = true;
    if (const StoreError error = store.open(location, settingUp); !error.ok())
        return fail(err, error.message);
    if (!location.isPostgres()) {
        // Created or migrated by the open: the commands that only read a named file refuse
        // one that is not there, so this is the way to make one from a script.
        if (o.parser.isSet(o.json)) {
            const QJsonObject doc{{QStringLiteral("database"), store.displayName()},
                                  {QStringLiteral("backend"), QStringLiteral("sqlite")},
                                  {QStringLiteral("schemaVersion"), store.schemaVersion()}};
            out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
            out.flush();
            return exitOk;
        }
        out << QCoreApplication::translate("DbCommand", "SQLite database %1: schema version %2. A SQLite file has no "
                                                        "roles or grants to set up.")
                   .arg(store.displayName())
                   .arg(store.schemaVersion())
            << Qt::endl;
        return exitOk;
    }
    const TeamSetupResult setup = store.initTeamDatabase();
    if (!setup.error.ok())
        return fail(err, setup.error.message);

    if (o.parser.isSet(o.json)) {
        const QJsonObject doc{
            {QStringLiteral("database"), store.displayName()},
            {QStringLiteral("schemaVersion"), store.schemaVersion()},
            {QStringLiteral("createdRoles"), QJsonArray::fromStringList(setup.createdRoles)},
            {QStringLiteral("existingRoles"), QJsonArray::fromStringList(setup.existingRoles)},
            {QStringLiteral("tables"), QJsonArray::fromStringList(setup.tables)},
            {QStringLiteral("functions"), QJsonArray::fromStringList(setup.functions)},
        };
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        out.flush();
        return exitOk;
    }
    out << QCoreApplication::translate("DbCommand", "Team database %1: schema version %2.")
               .arg(store.displayName())
               .arg(store.schemaVersion())
        << Qt::endl;
    for (const QString &role : setup.createdRoles)
        out << QCoreApplication::translate("DbCommand", "Created the group role %1.").arg(role) << Qt::endl;
    for (const QString &role : setup.existingRoles)
        out << QCoreApplication::translate("DbCommand", "The group role %1 exists already.").arg(role) << Qt::endl;
    out << QCoreApplication::translate("DbCommand", "Set the grants and row-level security of %1.")
               .arg(setup.tables.join(QStringLiteral(", ")))
        << Qt::endl;
    out << QCoreApplication::translate("DbCommand", "Installed the functions %1.")
               .arg(setup.functions.join(QStringLiteral(", ")))
        << Qt::endl;
    out << Qt::endl
        << QCoreApplication::translate(
               "DbCommand", "Give people access with plain SQL (as a role that may create roles), for example:")
        << Qt::endl
        << QStringLiteral("  CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE %1;")
               .arg(QLatin1StringView(teamOperatorRole))
        << Qt::endl
        << QStringLiteral("  CREATE ROLE ticketdesk_srv1 LOGIN PASSWORD '...' IN ROLE %1;")
               .arg(QLatin1StringView(teamServerRole))
        << Qt::endl;
    return exitOk;
}

QString age(qint64 seconds)
{
    if (seconds < 120)
        return QCoreApplication::translate("DbCommand", "%1 s ago").arg(seconds);
    if (seconds < 7200)
        return QCoreApplication::translate("DbCommand", "%1 min ago").arg(seconds / 60);
    return QCoreApplication::translate("DbCommand", "%1 h ago").arg(seconds / 3600);
}

// The retention limits in force (those a running process that prunes reports in its heartbeat,
// else the settings file of --config, or the default one), what the delivery log holds, and the
// last prune a running process reported.
struct RetentionStatus
{
    int maxAgeDays = 0;
    qint64 maxDeliveries = 0;
    QString appliedBy{};        // "role @ host" of the running processes whose limits these are; empty: the settings'
    QStringList eachApplies{};  // "role @ host: limits", when those processes' limits differ
    bool configDiffers = false; // --config names a file whose limits a running serve does not apply
    int settingsMaxAgeDays = 0;
    qint64 settingsMaxDeliveries = 0;
    QString settingsFile{};
    DeliveryStats stats;
    QDateTime lastPruneAt;
    qint64 lastPruned = 0;
    QString lastPrunedBy;      // "role on host"
    QString settingsProblem{}; // the settings hold limits serve refuses; empty when they do not
};

QString limitsText(int maxAgeDays, qint64 maxDeliveries);

RetentionStatus retentionStatus(const DbOptions &o, const DeliveryStats &stats, const QList<ServerRecord> &servers,
                                const QDateTime &now)
{
    RetentionStatus r;
    const std::unique_ptr<const QSettings> settings = o.settingsFile();
    // The limits serve would refuse to start with ("-1", "ninety"): said, not shown as off.
    if (const QStringList problems = EngineConfig::listenerSettingsProblems(*settings); !problems.isEmpty())
        r.settingsProblem = QCoreApplication::translate("DbCommand", "settings file %1: %2 (serve refuses to start "
                                                                     "with them)")
                                .arg(settings->fileName(), problems.join(QStringLiteral("; ")));
    r.settingsMaxAgeDays = r.maxAgeDays = std::max(Settings::deliveryRetentionDays.read(*settings), 0);
    r.settingsMaxDeliveries = r.maxDeliveries = std::max<qint64>(Settings::maxDeliveries.read(*settings), 0);
    r.settingsFile = settings->fileName();
    r.stats = stats;
    // The strictest of two limits, where 0 is none.
    const auto stricter = [](qint64 a, qint64 b) { return a == 0 ? b : (b == 0 ? a : std::min(a, b)); };
    QStringList appliers;
    for (const ServerRecord &s : servers) {
        const QJsonObject counters = QJsonDocument::fromJson(s.counters.toUtf8()).object();
        // A running process prunes by the limits it started with (a serve; a desktop's change in
        // Settings at once), whatever the file says now: those are the ones in force. Each prunes
        // by its own, so the strictest wins.
        const bool fresh = s.lastSeen.isValid() && std::abs(s.lastSeen.msecsTo(now)) < TicketService::heartbeatFreshMs;
        if (fresh && counters.contains(QStringLiteral("retentionDays"))) {
            const int days = counters.value(QStringLiteral("retentionDays")).toInt();
            const qint64 most = counters.value(QStringLiteral("maxDeliveries")).toInteger();
            const QString who = s.role + QStringLiteral(" @ ") + s.host;
            r.maxAgeDays = appliers.isEmpty() ? days : int(stricter(r.maxAgeDays, days));
            r.maxDeliveries = appliers.isEmpty() ? most : stricter(r.maxDeliveries, most);
            appliers << who;
            r.eachApplies << who + QStringLiteral(": ") + limitsText(days, most);
            if (s.role == QLatin1StringView("serve") && o.parser.isSet(o.config) &&
                (days != r.settingsMaxAgeDays || most != r.settingsMaxDeliveries))
                r.configDiffers = true;
        }
        const QDateTime at =
            QDateTime::fromString(counters.value(QStringLiteral("lastPruneAt")).toString(), Qt::ISODateWithMs);
        if (at.isValid() && (!r.lastPruneAt.isValid() || at > r.lastPruneAt)) {
            r.lastPruneAt = at.toUTC();
            r.lastPruned = counters.value(QStringLiteral("lastPruned")).toInteger();
            r.lastPrunedBy = s.role + QStringLiteral(" @ ") + s.host;
        }
    }
    r.appliedBy = appliers.join(QStringLiteral(", "));
    // Said one by one only when they differ.
    const QString first = r.eachApplies.isEmpty() ? QString() : r.eachApplies.first().section(QStringLiteral(": "), 1);
    if (std::all_of(r.eachApplies.cbegin(), r.eachApplies.cend(),
                    [&](const QString &line) { return line.section(QStringLiteral(": "), 1) == first; }))
        r.eachApplies.clear();
    return r;
}

QString limitsText(int maxAgeDays, qint64 maxDeliveries)
{
    const int most = pluralCount(maxDeliveries);
    return QCoreApplication::translate("DbCommand", "%1, %2")
        .arg(maxAgeDays > 0 ? QCoreApplication::translate("DbCommand", "deliveries kept %n day(s)", nullptr, maxAgeDays)
                            : QCoreApplication::translate("DbCommand", "no age limit"),
             maxDeliveries > 0 ? QCoreApplication::translate("DbCommand", "at most %n delivery(s)", nullptr, most)
                               : QCoreApplication::translate("DbCommand", "no count limit"));
}

void printRetention(const RetentionStatus &r, QTextStream &out)
{
    if (r.appliedBy.isEmpty()) {
        out << QCoreApplication::translate("DbCommand", "Retention: %1").arg(limitsText(r.maxAgeDays, r.maxDeliveries))
            << Qt::endl;
    } else if (r.eachApplies.isEmpty()) {
        out << QCoreApplication::translate("DbCommand", "Retention: %1 (as %2 applies them)")
                   .arg(limitsText(r.maxAgeDays, r.maxDeliveries), r.appliedBy)
            << Qt::endl;
    } else {
        out << QCoreApplication::translate("DbCommand",
                                           "Retention: %1 (the strictest of the running processes' limits, each "
                                           "pruning by its own)")
                   .arg(limitsText(r.maxAgeDays, r.maxDeliveries))
            << Qt::endl;
        for (const QString &line : r.eachApplies)
            out << "  " << line << Qt::endl;
    }
    if (r.configDiffers)
        out << QCoreApplication::translate("DbCommand", "The settings file %1 says %2, unlike the running serve: a "
                                                        "serve reads its settings file only when it starts.")
                   .arg(r.settingsFile, limitsText(r.settingsMaxAgeDays, r.settingsMaxDeliveries))
            << Qt::endl;
    if (r.stats.count == 0)
        out << QCoreApplication::translate("DbCommand", "Deliveries kept: none") << Qt::endl;
    else
        out << QCoreApplication::translate("DbCommand", "Deliveries kept: %1 (oldest received %2)")
                   .arg(r.stats.count)
                   .arg(r.stats.oldest.toString(Qt::ISODate))
            << Qt::endl;
    const int pruned = pluralCount(r.lastPruned);
    if (r.lastPruneAt.isValid())
        out << QCoreApplication::translate("DbCommand", "Last prune: %1 by %2, %n deliveries deleted", nullptr, pruned)
                   .arg(r.lastPruneAt.toString(Qt::ISODate), r.lastPrunedBy)
            << Qt::endl;
    else
        out << QCoreApplication::translate("DbCommand", "Last prune: none reported by a running process") << Qt::endl;
}

QJsonObject retentionJson(const RetentionStatus &r)
{
    return QJsonObject{
        {QStringLiteral("maxAgeDays"), r.maxAgeDays},
        {QStringLiteral("maxDeliveries"), r.maxDeliveries},
        {QStringLiteral("deliveries"), r.stats.count},
        {QStringLiteral("oldestDelivery"),
         r.stats.oldest.isValid() ? QJsonValue(r.stats.oldest.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("lastPruneAt"),
         r.lastPruneAt.isValid() ? QJsonValue(r.lastPruneAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("lastPruned"), r.lastPruned},
        {QStringLiteral("lastPrunedBy"), r.lastPrunedBy},
        {QStringLiteral("appliedBy"), r.appliedBy},
        {QStringLiteral("settingsMaxAgeDays"), r.settingsMaxAgeDays},
        {QStringLiteral("settingsMaxDeliveries"), r.settingsMaxDeliveries},
    };
}

int runStatus(const DbOptions &o, const DatabaseLocation &location, QTextStream &out, QTextStream &err,
              const Clock &clock)
{
    // Status only looks: it must not leave a new, empty file behind a mistyped path (or make the
    // default one).
    if (const std::optional<QString> missing = o.missingNamedDatabase())
        return fail(err, *missing);
    TicketStore store(clock);
    StoreOptions reading;
    reading.onlyReads = true; // a file it may only read is read (a receiver's, as another user)
    // The administrator's check: a damaged file (a copy taken while it was written, a failing disk)
    // opens and reads as new up to its damaged pages, so its figures alone would say "fine".
    reading.checkIntegrity = true;
    // It reads every page: said first when that takes a while (one-shot commands print no notes).
    constexpr qint64 largeFileBytes = qint64(512) * 1024 * 1024;
    if (!location.isPostgres()) {
        if (const qint64 size = QFileInfo(location.filePath()).size(); size >= largeFileBytes)
            err << "ticketdesk: "
                << QCoreApplication::translate("DbCommand", "checking %1 (%2 MiB) for damage; this takes a while")
                       .arg(QDir::toNativeSeparators(location.filePath()))
                       .arg(size / (1024 * 1024))
                << Qt::endl;
    }
    if (const StoreError error = store.open(location, reading); !error.ok())
        return fail(err, error.message);
    const int version = store.schemaVersion();
    const QStringList roles = store.teamRoles();
    if (!store.lastError().ok())
        return fail(err, store.lastError().message);
    const QList<ServerRecord> servers = store.servers();
    if (!store.lastError().ok())
        return fail(err, store.lastError().message);
    const std::optional<DeliveryStats> stats = store.deliveryStats();
    if (!stats)
        return fail(err, store.lastError().message);
    const QDateTime now = clock.now();
    const RetentionStatus retention = retentionStatus(o, *stats, servers, now);
    if (!retention.settingsProblem.isEmpty())
        err << "ticketdesk: " << retention.settingsProblem << Qt::endl;
    const auto ageOf = [&](const ServerRecord &r) { return std::max<qint64>(0, r.lastSeen.secsTo(now)); };
    // A running process writes its heartbeat every 10 s. A row silent for longer than the
    // engines' own limit (three heartbeats: what `create` and a starting desktop go by) is one
    // that stopped (killed, or its host gone) or cannot reach the database: it stays as a record.
    constexpr qint64 runningWithinSeconds = TicketService::heartbeatFreshMs / 1000;
    // A process of this machine known to have ended (killed with -9: no last word) is not running,
    // however fresh its last heartbeat.
    const auto running = [&](const ServerRecord &r) {
        return r.lastSeen.isValid() && std::abs(r.lastSeen.msecsTo(now)) < TicketService::heartbeatFreshMs &&
               !processHasEnded(r);
    };
    const QString backend = store.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");

    if (o.parser.isSet(o.json)) {
        QJsonObject doc{
            {QStringLiteral("backend"), backend},
            {QStringLiteral("database"), store.displayName()},
            {QStringLiteral("schemaVersion"), version},
            {QStringLiteral("latestSchemaVersion"), latestSchemaVersion()},
        };
        if (store.isPostgres()) {
            QJsonObject roleObject;
            for (const char *role : {teamServerRole, teamOperatorRole})
                roleObject.insert(QLatin1StringView(role), roles.contains(QLatin1StringView(role)));
            doc.insert(QStringLiteral("roles"), roleObject);
        }
        QJsonArray processes;
        for (const ServerRecord &r : servers)
            processes.append(QJsonObject{
                {QStringLiteral("instance"), r.instance},
                {QStringLiteral("role"), r.role},
                {QStringLiteral("host"), r.host},
                {QStringLiteral("listenUrl"), r.listenUrl},
                {QStringLiteral("version"), r.version},
                {QStringLiteral("startedAt"), r.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("lastSeen"), r.lastSeen.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("ageSeconds"), ageOf(r)},
                {QStringLiteral("running"), running(r)},
            });
        doc.insert(QStringLiteral("servers"), processes);
        doc.insert(QStringLiteral("retention"), retentionJson(retention));
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        out.flush();
        return exitOk;
    }

    out << (store.isPostgres() ? QCoreApplication::translate("DbCommand", "Team database (PostgreSQL): %1")
                               : QCoreApplication::translate("DbCommand", "SQLite database: %1"))
               .arg(store.displayName())
        << Qt::endl;
    out << QCoreApplication::translate("DbCommand", "Schema version: %1 (this build: %2)")
               .arg(version)
               .arg(latestSchemaVersion())
        << Qt::endl;
    if (store.isPostgres()) {
        for (const char *role : {teamServerRole, teamOperatorRole}) {
            const QString name = QLatin1StringView(role);
            out << (roles.contains(name)
                        ? QCoreApplication::translate("DbCommand", "Group role %1: present")
                        : QCoreApplication::translate("DbCommand", "Group role %1: missing (run `ticketdesk db init`)"))
                       .arg(name)
                << Qt::endl;
        }
    }
    printRetention(retention, out);
    if (servers.isEmpty()) {
        out << QCoreApplication::translate("DbCommand", "No process has been seen on this database.") << Qt::endl;
        return exitOk;
    }
    out << QCoreApplication::translate("DbCommand", "Processes seen (newest first):") << Qt::endl;
    bool silent = false;
    for (const ServerRecord &r : servers) {
        silent = silent || !running(r);
        out << QStringLiteral("  %1  %2  %3  %4  %5  %6  %7")
                   .arg(running(r) ? QCoreApplication::translate("DbCommand", "running")
                                   : QCoreApplication::translate("DbCommand", "silent"),
                        r.role, r.host, r.listenUrl.isEmpty() ? QStringLiteral("-") : r.listenUrl, r.version,
                        age(ageOf(r)), r.instance)
            << Qt::endl;
    }
    if (silent)
        out << QCoreApplication::translate("DbCommand",
                                           "A silent process has written no heartbeat for %1 s or more, or ran "
                                           "on this computer and has ended: it stopped (or was killed), or it "
                                           "cannot reach the database.")
                   .arg(runningWithinSeconds)
            << Qt::endl;
    return exitOk;
}

} // namespace

int runDbCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock)
{
    const QString sub = arguments.value(0);
    if (sub != QLatin1StringView("init") && sub != QLatin1StringView("status")) {
        if (sub.isEmpty())
            return usageError(err, QCoreApplication::translate("DbCommand", "db: expected init or status"));
        return usageError(
            err,
            QCoreApplication::translate("DbCommand", "db: unknown subcommand '%1' (expected init or status)").arg(sub));
    }
    DbOptions o;
    if (const std::optional<QString> error = Cli::parseArguments(o.parser, arguments.mid(1)))
        return usageError(err, QStringLiteral("db %1: ").arg(sub) + *error);
    if (!o.parser.positionalArguments().isEmpty())
        return usageError(err, QCoreApplication::translate("DbCommand", "db %1: unexpected argument '%2'")
                                   .arg(sub, o.parser.positionalArguments().first()));
    if (const std::optional<int> code = o.badCommonOption(err)) // an address that names no database too
        return *code;
    const DatabaseLocation location = o.databaseLocation();
    return sub == QLatin1StringView("init") ? runInit(o, location, out, err, clock)
                                            : runStatus(o, location, out, err, clock);
}

} // namespace TicketDesk
