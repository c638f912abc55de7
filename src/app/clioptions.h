// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace TicketDesk::Cli {

// The options every subcommand shares: --db, --config, --listen and
// --api-base are added to `parser` here; --json is declared for the commands
// that print records to add. Each command adds its own after these.
struct CommonOptions
{
    // `listenHelp`: what --listen means to this command (some never listen).
    explicit CommonOptions(const QString &listenHelp);

    // --db, or defaultDatabasePath().
    QString databasePath() const;

    QCommandLineParser parser;
    QCommandLineOption db;
    QCommandLineOption config;
    QCommandLineOption listen;
    QCommandLineOption apiBase;
    QCommandLineOption json;
};

// tickets.sqlite in the application data folder: the database of every command, of `serve` and
// of the desktop when no --db names another. The one place that says where it lives.
QString defaultDatabasePath();
// Where attachment copies go for a database: beside a SQLite file; for a team
// database, this computer's own data folder.
QString dataDirFor(const QString &database);

} // namespace TicketDesk::Cli
