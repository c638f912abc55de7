// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>

namespace TicketDesk {

namespace {

const QString hostKey = QStringLiteral("host");
const QString hostAddrKey = QStringLiteral("hostaddr");
const QString portKey = QStringLiteral("port");
const QString dbNameKey = QStringLiteral("dbname");
const QString userKey = QStringLiteral("user");
const QString passwordKey = QStringLiteral("password");

// What this libpq knows: its keywords in its own order, which of them are secrets (PQconndefaults
// marks them with dispchar '*': password, sslpassword) and the environment variable behind each.
struct LibpqKeywords
{
    QStringList all;
    QSet<QString> secret;
    QHash<QString, QString> environment;
};

const LibpqKeywords &libpqKeywords()
{
    static const LibpqKeywords keywords = [] {
        LibpqKeywords k;
        PQconninfoOption *defaults = PQconndefaults();
        if (!defaults)
            qFatal("libpq: out of memory reading its connection keywords");
        for (const PQconninfoOption *o = defaults; o->keyword; ++o) {
            const QString keyword = QString::fromUtf8(o->keyword);
            k.all << keyword;
            if (o->dispchar && QByteArrayView(o->dispchar).contains('*'))
                k.secret << keyword;
            if (o->envvar)
                k.environment.insert(keyword, QString::fromUtf8(o->envvar));
        }
        PQconninfoFree(defaults);
        return k;
    }();
    return keywords;
}

// Settings that make a dead or hung server show up as an error within seconds rather than a
// thread blocked in libpq for the kernel's TCP timeouts (QPSQL 6.4 calls libpq synchronously).
const QList<std::pair<QString, QString>> &connectionDefaults()
{
    static const QList<std::pair<QString, QString>> defaults{
        {QStringLiteral("application_name"), QStringLiteral("ticketdesk")},
        {QStringLiteral("connect_timeout"), QStringLiteral("10")},
        {QStringLiteral("keepalives"), QStringLiteral("1")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("30")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("10")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
        {QStringLiteral("tcp_user_timeout"), QStringLiteral("30000")},
    };
    return defaults;
}

// A value as libpq's conninfo grammar reads it: bare when it is one plain word, else in single
// quotes with backslash and quote escaped.
QString conninfoValue(const QString &value)
{
    static const QRegularExpression needsQuotes(QStringLiteral(R"([\s'\\])"));
    if (!value.isEmpty() && !value.contains(needsQuotes))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString percentEncoded(const QString &value, const QByteArray &keep = QByteArray())
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
}

// True when `word` occurs in `input` only as a keyword (`word=` at the start, after a space or
// after ? or &): then libpq quoting it names a setting, never a piece of a value.
bool onlyAsKeyword(const QString &word, const QString &input)
{
    const QRegularExpression asKey(QStringLiteral(R"((?:^|[\s?&]))") + QRegularExpression::escape(word) +
                                   QStringLiteral(R"(\s*=)"));
    const qsizetype everywhere = input.count(word);
    qsizetype asKeys = 0;
    for (auto it = asKey.globalMatch(input); it.hasNext(); it.next())
        ++asKeys;
    return everywhere == asKeys;
}

// libpq's parse errors quote pieces of the input, and in a URL that can be the whole URL with its
// password. Keep the sentence, drop every quoted piece except a setting name or one punctuation
// mark. libpq's messages may be translated, with other quotation marks: if any word of the input
// is still left in the sentence, or the input itself holds a quotation mark (the pieces cannot be
// told apart then), the detail is dropped entirely.
QString safeDetail(const QString &libpqMessage, const QString &input)
{
    static const QRegularExpression quoteMarks(QStringLiteral("[\"«»“”„‘’‹›「」]"));
    if (input.contains(quoteMarks))
        return QString();
    static const QRegularExpression quoted(
        QStringLiteral("\"([^\"]*)\"|«([^»]*)»|»([^«]*)«|“([^”]*)”|„([^“”]*)[“”]|‘([^’]*)’|‹([^›]*)›|「([^」]*)」"));
    static const QRegularExpression settingName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    QStringList allowed = libpqKeywords().all;
    QString detail;
    qsizetype from = 0;
    for (auto it = quoted.globalMatch(libpqMessage); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString piece;
        for (int group = 1; group <= m.lastCapturedIndex() && piece.isNull(); ++group)
            piece = m.captured(group);
        piece = piece.trimmed();
        const bool punctuation = piece.size() == 1 && !piece.at(0).isLetterOrNumber();
        const bool keyword = settingName.match(piece).hasMatch() && onlyAsKeyword(piece, input);
        if (keyword)
            allowed << piece;
        detail += QStringView(libpqMessage).mid(from, m.capturedStart() - from);
        detail += punctuation || keyword ? m.captured(0) : QStringLiteral("“…”");
        from = m.capturedEnd();
    }
    detail += QStringView(libpqMessage).mid(from);
    detail = detail.simplified();

    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (QString word : detail.split(space, Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && !word.front().isLetterOrNumber())
            word.remove(0, 1);
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        if (word.size() >= 3 && input.contains(word, Qt::CaseInsensitive) && !allowed.contains(word))
            return QString();
    }
    while (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    return detail;
}

// "host:port" pairs as a person writes them; libpq pairs the nth host with the nth port.
QString hostsAndPorts(const QString &hostList, const QString &portList)
{
    const QStringList hosts = hostList.isEmpty() ? QStringList() : hostList.split(QLatin1Char(','));
    const QStringList ports = portList.isEmpty() ? QStringList() : portList.split(QLatin1Char(','));
    const auto bracketed = [](const QString &host) {
        return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    };
    if (!hosts.isEmpty() && hosts.size() == ports.size()) {
        QStringList pairs;
        for (qsizetype i = 0; i < hosts.size(); ++i)
            pairs << (ports.at(i).isEmpty() ? bracketed(hosts.at(i))
                                            : bracketed(hosts.at(i)) + QLatin1Char(':') + ports.at(i));
        return pairs.join(QLatin1Char(','));
    }
    QStringList shown;
    for (const QString &host : hosts)
        shown << bracketed(host);
    QString text = shown.join(QLatin1Char(','));
    if (!portList.isEmpty())
        text += QLatin1Char(':') + portList;
    return text;
}

bool isSinglePort(const QString &ports)
{
    return !ports.isEmpty() && !ports.contains(QLatin1Char(','));
}

} // namespace

DatabaseLocation DatabaseLocation::invalid(const QString &message)
{
    DatabaseLocation location;
    location.m_error = message;
    return location;
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    if (path.isEmpty())
        return invalid(QCoreApplication::translate("DatabaseLocation", "No database file was given."));
    DatabaseLocation location;
    location.m_valid = true;
    location.m_filePath = path;
    return location;
}

DatabaseLocation DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QCoreApplication::translate(
            "DatabaseLocation", "No database was given: name a SQLite file or a PostgreSQL server."));

    // Something that looks like a URL but is not one libpq reads would otherwise become a
    // SQLite file named "mysql:" or "postgresql:": refuse it. One letter before "://" is left to
    // the file path branch (a drive letter).
    static const QRegularExpression scheme(
        QStringLiteral(R"(^([A-Za-z][A-Za-z0-9+.\-]*(?::[A-Za-z][A-Za-z0-9+.\-]*)*):(//)?)"));
    if (const QRegularExpressionMatch m = scheme.match(trimmed); m.hasMatch()) {
        const QString name = m.captured(1);
        const bool slashes = !m.captured(2).isEmpty();
        const bool postgresName = name == QLatin1StringView("postgresql") || name == QLatin1StringView("postgres");
        if (slashes && postgresName)
            return parsePostgres(trimmed, true);
        static const QRegularExpression lookalike(QStringLiteral("^(postgres(?:ql)?):"),
                                                  QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch postgresLike = lookalike.match(trimmed);
        if ((slashes && name.size() > 1) || postgresLike.hasMatch()) {
            return invalid(QCoreApplication::translate("DatabaseLocation",
                                                       "“%1:” is not a database address TicketDesk understands: give a "
                                                       "SQLite file path, a postgresql:// URL or libpq key=value "
                                                       "settings.")
                               .arg(slashes ? name : postgresLike.captured(1)));
        }
    }

    static const QRegularExpression leadingKeyword(QStringLiteral(R"(^([A-Za-z_]+)\s*=)"));
    if (const QRegularExpressionMatch m = leadingKeyword.match(trimmed);
        m.hasMatch() && libpqKeywords().all.contains(m.captured(1))) {
        return parsePostgres(trimmed, false);
    }
    return sqliteFile(text);
}

DatabaseLocation DatabaseLocation::parsePostgres(const QString &text, bool url)
{
    char *libpqError = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &libpqError);
    if (!options) {
        const QString detail = libpqError ? safeDetail(QString::fromUtf8(libpqError), text) : QString();
        PQfreemem(libpqError);
        if (detail.isEmpty())
            return invalid(QCoreApplication::translate(
                "DatabaseLocation", "The PostgreSQL connection settings could not be read: check the URL or key=value "
                                    "syntax."));
        return invalid(
            QCoreApplication::translate("DatabaseLocation", "The PostgreSQL connection settings could not be read: %1.")
                .arg(detail));
    }
    DatabaseLocation location;
    location.m_backend = Backend::PostgreSql;
    location.m_url = url;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && *o->val)
            location.m_parameters.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    }
    PQconninfoFree(options);
    if (const QString problem = location.validate(); !problem.isEmpty())
        return invalid(problem);
    location.m_valid = true;
    return location;
}

// What libpq accepts when parsing but QPSQL cannot be given: a port that is not a number
// (QSqlDatabase::setPort takes an int) and a ';' in anything that travels in the connect options.
QString DatabaseLocation::validate() const
{
    const QString ports = parameter(portKey);
    if (!ports.isEmpty()) {
        for (const QString &port : ports.split(QLatin1Char(','))) {
            bool ok = false;
            const uint number = port.toUInt(&ok);
            if (!port.isEmpty() && (!ok || number < 1 || number > 65535))
                return QCoreApplication::translate("DatabaseLocation",
                                                   "The PostgreSQL port is not a number from 1 to 65535.");
        }
    }
    QString error;
    connectOptions(&error);
    return error;
}

bool DatabaseLocation::isValid() const
{
    return m_valid;
}

QString DatabaseLocation::errorMessage() const
{
    return m_error;
}

DatabaseLocation::Backend DatabaseLocation::backend() const
{
    return m_backend;
}

QString DatabaseLocation::filePath() const
{
    return m_backend == Backend::Sqlite ? m_filePath : QString();
}

QString DatabaseLocation::parameter(const QString &keyword) const
{
    for (const auto &[key, value] : m_parameters) {
        if (key == keyword)
            return value;
    }
    return QString();
}

bool DatabaseLocation::hasPassword() const
{
    return !parameter(passwordKey).isEmpty();
}

void DatabaseLocation::setPassword(const QString &password)
{
    if (m_backend != Backend::PostgreSql)
        return;
    m_parameters.removeIf([](const auto &entry) { return entry.first == passwordKey; });
    if (password.isEmpty())
        return;
    // Keep libpq's order, so that withoutPassword() and configure() do not depend on history.
    const QStringList &order = libpqKeywords().all;
    const qsizetype rank = order.indexOf(passwordKey);
    auto at = m_parameters.begin();
    while (at != m_parameters.end() && order.indexOf(at->first) < rank)
        ++at;
    m_parameters.insert(at, {passwordKey, password});
}

QString DatabaseLocation::displayName() const
{
    if (m_backend == Backend::Sqlite)
        return QDir::toNativeSeparators(m_filePath);
    QString name;
    if (const QString user = parameter(userKey); !user.isEmpty())
        name += user + QLatin1Char('@');
    const QString host = parameter(hostKey);
    name += hostsAndPorts(host.isEmpty() ? parameter(hostAddrKey) : host, parameter(portKey));
    if (const QString dbName = parameter(dbNameKey); !dbName.isEmpty())
        name += QLatin1Char('/') + dbName;
    if (!name.isEmpty())
        return name;
    if (const QString service = parameter(QStringLiteral("service")); !service.isEmpty())
        return QStringLiteral("service=") + service;
    return QCoreApplication::translate("DatabaseLocation", "the default PostgreSQL server");
}

QString DatabaseLocation::withoutPassword() const
{
    if (m_backend == Backend::Sqlite)
        return m_filePath;
    return m_url ? urlWithoutPassword() : keyValueWithoutPassword();
}

QString DatabaseLocation::keyValueWithoutPassword() const
{
    QStringList pairs;
    for (const auto &[key, value] : m_parameters) {
        if (!libpqKeywords().secret.contains(key))
            pairs << key + QLatin1Char('=') + conninfoValue(value);
    }
    return pairs.join(QLatin1Char(' '));
}

QString DatabaseLocation::urlWithoutPassword() const
{
    QString url = QStringLiteral("postgresql://");
    if (const QString user = parameter(userKey); !user.isEmpty())
        url += percentEncoded(user) + QLatin1Char('@');

    // Network hosts read best in the authority part; a socket directory (a path) or host and
    // port lists that libpq would pair differently go to the query instead.
    const QString host = parameter(hostKey);
    const QString port = parameter(portKey);
    const QStringList hosts = host.split(QLatin1Char(','));
    const qsizetype portCount = port.isEmpty() ? 0 : port.count(QLatin1Char(',')) + 1;
    const bool inAuthority = !host.isEmpty() && (portCount == 0 || portCount == hosts.size()) &&
                             std::none_of(hosts.cbegin(), hosts.cend(), [](const QString &h) {
                                 return h.isEmpty() || h.startsWith(QLatin1Char('/'));
                             });
    if (inAuthority) {
        const QStringList ports = port.split(QLatin1Char(','));
        QStringList authority;
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            const QString &h = hosts.at(i);
            QString entry = h.contains(QLatin1Char(':')) ? QLatin1Char('[') + percentEncoded(h, ":") + QLatin1Char(']')
                                                         : percentEncoded(h);
            if (portCount > 0 && !ports.at(i).isEmpty())
                entry += QLatin1Char(':') + ports.at(i);
            authority << entry;
        }
        url += authority.join(QLatin1Char(','));
    }
    if (const QString dbName = parameter(dbNameKey); !dbName.isEmpty())
        url += QLatin1Char('/') + percentEncoded(dbName);

    QStringList query;
    for (const auto &[key, value] : m_parameters) {
        if (key == userKey || key == dbNameKey || libpqKeywords().secret.contains(key))
            continue;
        if (inAuthority && (key == hostKey || key == portKey))
            continue;
        query << key + QLatin1Char('=') + percentEncoded(value);
    }
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

// Every keyword that has no QSqlDatabase field, then the defaults the user did not set.
QString DatabaseLocation::connectOptions(QString *error) const
{
    const bool portField = isSinglePort(parameter(portKey));
    QStringList options;
    for (const auto &[key, value] : m_parameters) {
        if (key == hostKey || key == dbNameKey || key == userKey || key == passwordKey || (key == portKey && portField))
            continue;
        if (value.contains(QLatin1Char(';'))) {
            *error = QCoreApplication::translate(
                         "DatabaseLocation",
                         "The PostgreSQL setting %1 contains a “;”, which Qt's PostgreSQL driver cannot pass on.")
                         .arg(key);
            return QString();
        }
        options << key + QLatin1Char('=') + conninfoValue(value);
    }
    const LibpqKeywords &keywords = libpqKeywords();
    for (const auto &[key, value] : connectionDefaults()) {
        const QString environment = keywords.environment.value(key);
        const bool setByUser =
            !parameter(key).isEmpty() ||
            (!environment.isEmpty() && qEnvironmentVariableIsSet(environment.toLatin1().constData()));
        // A fallback name is the user's choice of default: application_name would override it.
        const bool fallbackName = key == QLatin1StringView("application_name") &&
                                  !parameter(QStringLiteral("fallback_application_name")).isEmpty();
        if (!setByUser && !fallbackName && keywords.all.contains(key))
            options << key + QLatin1Char('=') + value;
    }
    return options.join(QLatin1Char(';'));
}

bool DatabaseLocation::configure(QSqlDatabase &db, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_valid)
        return fail(m_error);
    if (m_backend == Backend::Sqlite) {
        db.setDatabaseName(m_filePath);
        return true;
    }
    QString optionsError;
    const QString options = connectOptions(&optionsError);
    if (!optionsError.isEmpty())
        return fail(optionsError);
    const QString port = parameter(portKey);
    db.setHostName(parameter(hostKey));
    db.setPort(isSinglePort(port) ? port.toInt() : -1);
    db.setDatabaseName(parameter(dbNameKey));
    db.setUserName(parameter(userKey));
    db.setPassword(parameter(passwordKey));
    db.setConnectOptions(options);
    return true;
}

} // namespace TicketDesk
