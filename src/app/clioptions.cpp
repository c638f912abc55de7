// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clioptions.h"

#include "app/cliexit.h"
#include "core/ticketstatus.h"
#include "service/engineconfig.h"
#include "service/secretstore.h"
#include "store/databaselocation.h"
#include "store/ticketstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace TicketDesk::Cli {

CommonOptions::CommonOptions(const QString &listenHelp)
    : db(QStringLiteral("db"),
         QCoreApplication::translate("CommandLine", "Database: a SQLite file, or a team database's postgresql:// URL."),
         QStringLiteral("PATH|URL"))
    , config(QStringLiteral("config"), QCoreApplication::translate("CommandLine", "Settings file."),
             QStringLiteral("FILE"))
    , listen(QStringLiteral("listen"), listenHelp, QStringLiteral("HOST:PORT"))
    , apiBase(QStringLiteral("api-base"), QCoreApplication::translate("CommandLine", "Ripio API base URL."),
              QStringLiteral("URL"))
    , json(QStringLiteral("json"), QCoreApplication::translate("CommandLine", "JSON output."))
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QCommandLineOption *o : {&db, &config, &listen, &apiBase})
        parser.addOption(*o);
}

QStringList CommonOptions::sharedNames() const
{
    QStringList names;
    for (const QCommandLineOption *o : {&db, &config, &listen, &apiBase}) {
        for (const QString &name : o->names())
            names << QStringLiteral("--") + name;
    }
    return names;
}

QString CommonOptions::databasePath() const
{
    return parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
}

DatabaseLocation CommonOptions::databaseLocation() const
{
    DatabaseLocation location = DatabaseLocation::parse(databasePath());
    if (location.isValid() && location.isPostgres() && !location.hasPassword()) {
        if (const QString password = databasePasswordFromEnvironment(); !password.isEmpty())
            location.setPassword(password);
    }
    return location;
}

std::optional<int> CommonOptions::badCommonOption(QTextStream &err) const
{
    if (parser.isSet(config) && !QFileInfo::exists(parser.value(config)))
        return usageError(
            err,
            QCoreApplication::translate("CommandLine", "settings file %1 does not exist").arg(parser.value(config)));
    if (const DatabaseLocation location = DatabaseLocation::parse(databasePath()); !location.isValid())
        return usageError(err, location.errorMessage());
    return std::nullopt;
}

std::optional<int> CommonOptions::openToRead(TicketStore &store, QTextStream &err) const
{
    if (const std::optional<int> code = badCommonOption(err))
        return code;
    if (const std::optional<QString> missing = missingNamedDatabase())
        return fail(err, *missing);
    StoreOptions reading;
    reading.onlyReads = true;
    if (const StoreError error = store.open(databaseLocation(), reading); !error.ok())
        return fail(err, error.message);
    return std::nullopt;
}

std::unique_ptr<QSettings> CommonOptions::settingsFile() const
{
    return parser.isSet(config) ? std::make_unique<QSettings>(parser.value(config), QSettings::IniFormat)
                                : std::make_unique<QSettings>();
}

EngineConfig CommonOptions::settings() const
{
    return EngineConfig::fromSettings(*settingsFile());
}

std::optional<QString> CommonOptions::missingNamedDatabase() const
{
    if (parser.isSet(db))
        return missingDatabase(DatabaseLocation::parse(databasePath()));
    // The default file not there: nothing was stored as this user (or under this data folder).
    // An empty new one answering "No tickets." looked like every ticket gone.
    const DatabaseLocation location = DatabaseLocation::parse(databasePath());
    if (!missingDatabase(location))
        return std::nullopt;
    return QCoreApplication::translate("CommandLine",
                                       "There is no database at %1, the default place, yet: nothing has been stored "
                                       "there as this user. Name the database with --db.")
        .arg(location.filePath());
}

std::optional<QString> missingDatabase(const DatabaseLocation &location)
{
    if (!location.isValid() || location.isPostgres() || QFileInfo::exists(location.filePath()))
        return std::nullopt;
    return QCoreApplication::translate("CommandLine", "The database %1 does not exist.").arg(location.filePath());
}

QString databasePasswordFromEnvironment()
{
    return SecretStore::fromEnvironment(SecretStore::Secret::DatabasePassword).value;
}

QString statusNames()
{
    QStringList names;
    for (TicketStatus s : allTicketStatuses)
        names << statusToString(s);
    return names.join(QStringLiteral(", "));
}

QString defaultDatabasePath()
{
    return EngineConfig::defaultDatabasePath();
}

QString dataDirFor(const QString &database)
{
    if (DatabaseLocation::parse(database).isPostgres())
        return QFileInfo(defaultDatabasePath()).absolutePath();
    return QFileInfo(database).absolutePath();
}

std::optional<QString> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(QStringList{QStringLiteral("ticketdesk")} + arguments)) {
        // "show -1": no option "1", but a number written negative, which nothing here takes.
        static const QRegularExpression negative(QStringLiteral("^-[0-9]+([.,][0-9]*)?$"));
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const auto it = std::find_if(arguments.begin(), arguments.end(), [&unknown](const QString &word) {
                return negative.match(word).hasMatch() && word.mid(1) == unknown.constFirst();
            });
            if (it != arguments.end())
                return QCoreApplication::translate("CommandLine",
                                                   "'%1' is not an option, and no ticket number or count is negative")
                    .arg(*it);
        }
        return parser.errorText();
    }
    const QStringList given = parser.optionNames();
    // "--status A --status B" is a mistake to say, not a filter on whichever came last. Only
    // --attach (a file each) may be given more than once.
    for (const QString &name : given) {
        if (name != QLatin1StringView("attach") && parser.values(name).size() > 1)
            return QCoreApplication::translate("CommandLine", "--%1 is given more than once").arg(name);
    }
    const auto looksLikeOption = [](const QString &word) {
        return word.size() > 1 && word.startsWith(QLatin1Char('-')) && !word.at(1).isDigit();
    };
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QLatin1StringView("--"))
            break;
        if (!looksLikeOption(word) || word.contains(QLatin1Char('=')))
            continue;
        const QString name = word.mid(word.startsWith(QLatin1StringView("--")) ? 2 : 1);
        if (!given.contains(name) || parser.values(name).isEmpty())
            continue; // a flag: the next word is not its value
        const QString &next = arguments.at(i + 1);
        if (looksLikeOption(next))
            return QCoreApplication::translate("CommandLine",
                                               "%1 needs a value, and '%2' after it is an option (to give a value "
                                               "that begins with a dash, write %1=VALUE)")
                .arg(word, next);
        ++i; // its value
    }
    return std::nullopt;
}

} // namespace TicketDesk::Cli
