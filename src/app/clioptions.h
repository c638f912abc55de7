// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/engineconfig.h"
#include "store/databaselocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSettings>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace TicketDesk {
class TicketStore;
} // namespace TicketDesk

namespace TicketDesk::Cli {

// The options every subcommand shares: --db, --config, --listen and
// --api-base are added to `parser` here; --json is declared for the commands
// that print records to add. Each command adds its own after these.
struct CommonOptions
{
    // `listenHelp`: what --listen means to this command (some never listen).
    explicit CommonOptions(const QString &listenHelp);

    // "--db", "--config", "--listen", "--api-base": the options above, as typed.
    QStringList sharedNames() const;
    // --db, or defaultDatabasePath().
    QString databasePath() const;
    // databasePath() parsed; a team database's password, when its URL has none, from
    // TICKETDESK_DATABASE_PASSWORD (libpq's PGPASSWORD and ~/.pgpass apply after that).
    DatabaseLocation databaseLocation() const;
    // Opens the database for a command that only reads it (list, show, export, stats, watch,
    // customers list); an exit code on failure, the error on `err`. A --db that names a SQLite
    // file that is not there is refused, not created: a mistyped path would otherwise leave an
    // empty database behind and answer "No tickets." as if that were so. The default database is
    // created on first use, as the desktop and serve create it.
    std::optional<int> openToRead(TicketStore &store, QTextStream &err) const;
    // A --config FILE that does not exist, or a --db that names no database ("", "mysql://x"):
    // a usage error (exit 2), said on `err`. A mistyped settings file must not pass for an
    // empty one, nor a mistyped address for a SQLite file.
    std::optional<int> badCommonOption(QTextStream &err) const;
    // The settings file this command reads: the --config FILE, else the user's.
    std::unique_ptr<QSettings> settingsFile() const;
    // The engine's settings from settingsFile().
    EngineConfig settings() const;
    // "The database PATH does not exist." when --db names a SQLite file that is not there (and
    // why, when the default file is not there): for the commands that act only on what a
    // database already holds (openToRead, retry, a dry run).
    std::optional<QString> missingNamedDatabase() const;

    QCommandLineParser parser;
    QCommandLineOption db;
    QCommandLineOption config;
    QCommandLineOption listen;
    QCommandLineOption apiBase;
    QCommandLineOption json;
};

// "The database PATH does not exist." when `location` names a SQLite file that is not there.
std::optional<QString> missingDatabase(const DatabaseLocation &location);

// Parses a command's `arguments` (the words after the command); the error text on failure. Beyond
// QCommandLineParser's own checks, an option that takes a value and is followed by another option
// ("--status --json") is refused: the parser would take "--json" as the status, and the command
// would go on without the JSON the user asked for. "--status=--json" still passes such a value.
// An option given twice (but --attach) and a negative number ("show -1") are refused too.
std::optional<QString> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// TICKETDESK_DATABASE_PASSWORD: a team database's password for the commands, when its URL has none.
QString databasePasswordFromEnvironment();

// "QUEUED, SUBMITTING, …": the statuses --status takes, for its error message.
QString statusNames();

// tickets.sqlite in the application data folder: the database of every command, of `serve` and
// of the desktop when no --db names another. The one place that says where it lives.
QString defaultDatabasePath();
// Where attachment copies go for a database: beside a SQLite file; for a team
// database, this computer's own data folder.
QString dataDirFor(const QString &database);

} // namespace TicketDesk::Cli
