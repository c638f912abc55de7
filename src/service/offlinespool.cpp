// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/offlinespool.h"

#include "core/logging.h"
#include "core/savefile.h"
#include "service/attachmentvault.h"
#include "service/outcomespool.h"
#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace TicketDesk {

namespace {

const QLatin1StringView suffix(".json");

bool validKey(const QString &key)
{
    // Client keys are UUIDs: nothing that could leave the spool folder.
    return !key.isEmpty() && key.size() <= 64 &&
           std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('-'); });
}

void removeCopies(const QStringList &paths, const QString &spoolDir)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        // Only the spool's own copies, never an operator's original.
        if (info.absoluteFilePath().startsWith(QDir(spoolDir).absolutePath() + QLatin1Char('/')))
            QDir(info.absolutePath()).removeRecursively();
    }
}

// Who types into which database: a SQLite file's absolute path; a team database's user, host,
// port, database name and service, as libpq takes them when the location leaves them out. Not the
// rest of the connection string: a desk that edits its sslmode or timeouts while the database is
// away still finds what it kept.
QString spoolIdentity(const QString &databaseLocation)
{
    const DatabaseLocation location = DatabaseLocation::parse(databaseLocation);
    if (!location.isValid() || !location.isPostgres())
        return QFileInfo(location.isValid() ? location.filePath() : databaseLocation).absoluteFilePath();
    const auto value = [&location](const char *keyword, const char *environment) {
        const QString set = location.parameter(QLatin1StringView(keyword));
        return set.isEmpty() ? qEnvironmentVariable(environment) : set;
    };
    QString user = value("user", "PGUSER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    QString host = value("host", "PGHOST");
    if (host.isEmpty())
        host = value("hostaddr", "PGHOSTADDR");
    return QStringList{user, host, value("port", "PGPORT"), value("dbname", "PGDATABASE"),
                       value("service", "PGSERVICE")}
        .join(QLatin1Char('\n'));
}

} // namespace

OfflineSpool::OfflineSpool(const QString &dataDir, const QString &databaseLocation)
    : m_dataDir(dataDir)
    // The folder's name says which database without spelling it.
    , m_folder(spoolFolderName(spoolIdentity(databaseLocation)))
{}

QString OfflineSpool::legacyDirectory() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("spool"));
}

QString OfflineSpool::directory() const
{
    return QDir(legacyDirectory()).filePath(m_folder);
}

QString OfflineSpool::fileFor(const QString &clientKey) const
{
    const QString own = QDir(directory()).filePath(clientKey + suffix);
    const QString legacy = QDir(legacyDirectory()).filePath(clientKey + suffix);
    return !QFileInfo::exists(own) && QFileInfo::exists(legacy) ? legacy : own;
}

bool OfflineSpool::keep(const NewTicket &ticket, const QDateTime &savedAt, QString *error) const
{
    if (!validKey(ticket.clientKey)) {
        *error = QCoreApplication::translate("OfflineSpool", "The ticket has no client key to keep it by.");
        return false;
    }
    if (!QDir().mkpath(directory())) {
        *error = QCoreApplication::translate("OfflineSpool", "Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(directory()));
        return false;
    }
    QString copyError;
    const QList<Attachment> copies = AttachmentVault(directory()).store(ticket.attachmentPaths, &copyError);
    if (!copyError.isEmpty()) {
        *error = copyError;
        return false;
    }
    QStringList copiedPaths;
    for (const Attachment &a : copies)
        copiedPaths.append(a.storedPath);

    QJsonObject o;
    o.insert(QStringLiteral("clientKey"), ticket.clientKey);
    o.insert(QStringLiteral("customerId"), ticket.customerId);
    o.insert(QStringLiteral("summary"), ticket.summary);
    o.insert(QStringLiteral("description"), ticket.description);
    o.insert(QStringLiteral("reference"), ticket.reference);
    o.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(copiedPaths));
    o.insert(QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs));
    QSaveFile file(fileFor(ticket.clientKey));
    const QByteArray json = QJsonDocument(o).toJson();
    QString why;
    // All of it on disk, or nothing: a full disk must not leave a short file said to be kept.
    const bool kept = file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && commitWhole(file, &why);
    if (!kept) {
        if (why.isEmpty())
            why = file.errorString();
        *error = QCoreApplication::translate("OfflineSpool", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), why);
        file.cancelWriting();
        removeCopies(copiedPaths, directory());
        return false;
    }
    return true;
}

QList<OfflineSpool::Entry> OfflineSpool::entries(QStringList *problems) const
{
    QList<Entry> result;
    QFileInfoList files = QDir(directory()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files += QDir(legacyDirectory()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : std::as_const(files)) {
        QFile file(info.absoluteFilePath());
        QJsonParseError parseError{};
        const QJsonDocument doc =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError) : QJsonDocument();
        file.close();
        const QJsonObject o = doc.object();
        Entry e;
        e.ticket.clientKey = o.value(QStringLiteral("clientKey")).toString();
        e.ticket.customerId = o.value(QStringLiteral("customerId")).toString();
        e.ticket.summary = o.value(QStringLiteral("summary")).toString();
        e.ticket.description = o.value(QStringLiteral("description")).toString();
        e.ticket.reference = o.value(QStringLiteral("reference")).toString(); // absent in files of older builds
        for (const QJsonValue &v : o.value(QStringLiteral("attachments")).toArray())
            e.ticket.attachmentPaths.append(v.toString());
        e.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        if (!doc.isObject() || e.ticket.clientKey + suffix != info.fileName()) {
            // Set aside, not deleted: someone can still read what was typed.
            const QString aside = info.absoluteFilePath() + QStringLiteral(".unreadable");
            QFile::rename(info.absoluteFilePath(), aside);
            qCWarning(lcService).noquote()
                << "spooled ticket" << info.fileName() << "cannot be read; kept as" << QDir::toNativeSeparators(aside);
            if (problems)
                problems->append(
                    QCoreApplication::translate("OfflineSpool", "A ticket kept on this computer cannot be read: %1")
                        .arg(QDir::toNativeSeparators(aside)));
            continue;
        }
        result.append(e);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Entry &a, const Entry &b) { return a.savedAt < b.savedAt; });
    return result;
}

int OfflineSpool::count() const
{
    return int(QDir(directory()).entryList({QStringLiteral("*.json")}, QDir::Files).size() +
               QDir(legacyDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files).size());
}

bool OfflineSpool::remove(const QString &clientKey) const
{
    if (!validKey(clientKey))
        return false;
    QFile file(fileFor(clientKey));
    QStringList paths;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &v : o.value(QStringLiteral("attachments")).toArray())
            paths.append(v.toString());
        file.close();
    }
    // The entry first: a copy without its entry is litter, an entry without its copies a loss.
    if (!file.remove())
        return false;
    removeCopies(paths, legacyDirectory()); // the copies of this database's entries are inside it too
    return true;
}

} // namespace TicketDesk
