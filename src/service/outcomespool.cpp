// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/outcomespool.h"

#include "core/logging.h"
#include "core/savefile.h"
#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <optional>

namespace TicketDesk {

namespace {

const QLatin1StringView suffix(".json");

// The answers an outbox keeps: what finished() makes of a create call, but a requeue (see the class).
constexpr std::array keptKinds{Fact::Kind::Accepted, Fact::Kind::Rejected, Fact::Kind::AnswerLost};

std::optional<Fact::Kind> keptKind(const QString &name)
{
    for (const Fact::Kind kind : keptKinds) {
        if (factKindToString(kind) == name)
            return kind;
    }
    return std::nullopt;
}

// What names a database here: a SQLite file's absolute path, a team database's location without
// its password.
QString databaseIdentity(const QString &databaseLocation)
{
    const DatabaseLocation location = DatabaseLocation::parse(databaseLocation);
    // A file named relative to wherever a command started is still the same file.
    return location.isValid() && !location.isPostgres() ? QFileInfo(location.filePath()).absoluteFilePath()
                                                        : location.withoutPassword();
}

// The same, for the spool in `dataDir`: a SQLite file in that folder (where its data folder is) is
// named by its file name alone, so that the folder moved whole (to a new disk, a new computer)
// still finds the answers kept beside its database.
QString spoolIdentity(const QString &dataDir, const QString &databaseLocation)
{
    const QString identity = databaseIdentity(databaseLocation);
    const DatabaseLocation location = DatabaseLocation::parse(databaseLocation);
    if (!location.isValid() || location.isPostgres())
        return identity;
    const QFileInfo file(identity);
    return QDir(file.absolutePath()) == QDir(QFileInfo(dataDir).absoluteFilePath()) ? file.fileName() : identity;
}

} // namespace

QString spoolFolderName(const QString &identity)
{
    const QByteArray digest = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(16));
}

OutcomeSpool::OutcomeSpool(const QString &dataDir, const QString &databaseLocation)
    : m_database(spoolIdentity(dataDir, databaseLocation))
    , m_outcomes(QDir(dataDir).filePath(QStringLiteral("outcomes")))
{
    m_directory = QDir(m_outcomes).filePath(spoolFolderName(m_database));
}

bool OutcomeSpool::isKept(const Fact &fact)
{
    return std::find(keptKinds.cbegin(), keptKinds.cend(), fact.kind) != keptKinds.cend();
}

QString OutcomeSpool::directory() const
{
    return m_directory;
}

QString OutcomeSpool::fileFor(qint64 localId) const
{
    return QDir(m_directory).filePath(QString::number(localId) + suffix);
}

bool OutcomeSpool::keep(qint64 localId, const QDateTime &ticketCreatedAt, const Fact &fact, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = QCoreApplication::translate("OutcomeSpool", "Cannot create the folder %1")
                     .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QJsonObject o;
    o.insert(QStringLiteral("database"), m_database);
    o.insert(QStringLiteral("localId"), QString::number(localId));
    o.insert(QStringLiteral("ticketCreatedAt"), ticketCreatedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("kind"), factKindToString(fact.kind));
    o.insert(QStringLiteral("ticketId"), fact.ticketId);
    o.insert(QStringLiteral("message"), fact.message);
    o.insert(QStringLiteral("at"), fact.at.toUTC().toString(Qt::ISODateWithMs));
    const QByteArray json = QJsonDocument(o).toJson();
    // All of it on disk, or nothing: a full disk must not leave a short file said to be kept.
    const QString path = fileFor(localId);
    QString why;
    if (saveWhole(path, json, &why))
        return true;
    *error =
        QCoreApplication::translate("OutcomeSpool", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    return false;
}

namespace {

QJsonObject readObject(const QFileInfo &info)
{
    QFile file(info.absoluteFilePath());
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// The entry `o` read from `info`, if it is whole.
std::optional<OutcomeSpool::Entry> entryFrom(const QJsonObject &o, const QFileInfo &info)
{
    OutcomeSpool::Entry e;
    bool numeric = false;
    e.localId = o.value(QStringLiteral("localId")).toString().toLongLong(&numeric);
    const std::optional<Fact::Kind> kind = keptKind(o.value(QStringLiteral("kind")).toString());
    e.fact.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    e.ticketCreatedAt = QDateTime::fromString(o.value(QStringLiteral("ticketCreatedAt")).toString(), Qt::ISODateWithMs);
    if (!numeric || !kind || QString::number(e.localId) + suffix != info.fileName() || !e.fact.at.isValid() ||
        !e.ticketCreatedAt.isValid())
        return std::nullopt;
    e.fact.kind = *kind;
    e.fact.ticketId = o.value(QStringLiteral("ticketId")).toString();
    e.fact.message = o.value(QStringLiteral("message")).toString();
    return e;
}

} // namespace

QList<OutcomeSpool::Entry> OutcomeSpool::entries(QStringList *problems) const
{
    QList<Entry> result;
    QHash<qint64, QDateTime> seen; // local id -> the creation time of the entry given back
    const QStringList pattern{QStringLiteral("*") + suffix};
    for (const QFileInfo &info : QDir(m_directory).entryInfoList(pattern, QDir::Files, QDir::Name)) {
        const QJsonObject o = readObject(info);
        const std::optional<Entry> e = entryFrom(o, info);
        if (!e || o.value(QStringLiteral("database")).toString() != m_database) {
            // Set aside, not deleted: it may hold a ticket ID no one else has.
            const QString aside = info.absoluteFilePath() + QStringLiteral(".unreadable");
            QFile::rename(info.absoluteFilePath(), aside);
            qCWarning(lcService).noquote()
                << "kept outcome" << info.fileName() << "cannot be read; kept as" << QDir::toNativeSeparators(aside);
            if (problems)
                problems->append(QCoreApplication::translate("OutcomeSpool",
                                                             "An answer from Ripio kept on this computer cannot be "
                                                             "read: %1")
                                     .arg(QDir::toNativeSeparators(aside)));
            continue;
        }
        seen.insert(e->localId, e->ticketCreatedAt);
        result.append(*e);
    }
    // Earlier builds named a SQLite file's folder by the file's whole path then: wherever the data
    // folder has moved since, what they kept for a file of this name is this file's (the ticket's
    // creation time, checked before it is written, tells another database's apart). Only read here;
    // anything else in those folders is not this spool's to judge.
    m_earlierFiles.clear();
    if (m_database.contains(QLatin1Char('/')))
        return result; // named by its whole path (or a team database's URL), as before
    const QDir outcomes(m_outcomes);
    for (const QString &folder : outcomes.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = outcomes.filePath(folder);
        if (QFileInfo(path) == QFileInfo(m_directory))
            continue;
        for (const QFileInfo &info : QDir(path).entryInfoList(pattern, QDir::Files, QDir::Name)) {
            const QJsonObject o = readObject(info);
            const QString database = o.value(QStringLiteral("database")).toString();
            const std::optional<Entry> e = entryFrom(o, info);
            if (!e || !QDir::isAbsolutePath(database) || QFileInfo(database).fileName() != m_database)
                continue;
            // The newer folder's entry wins; an earlier one of the same ticket goes with it when it is
            // removed, one of another ticket of that id (an older file, restored since) stays.
            const auto given = seen.constFind(e->localId);
            if (given == seen.cend()) {
                seen.insert(e->localId, e->ticketCreatedAt);
                result.append(*e);
            } else if (*given != e->ticketCreatedAt) {
                continue;
            }
            m_earlierFiles[e->localId].append(info.absoluteFilePath());
        }
    }
    return result;
}

QString OutcomeSpool::heldFileFor(qint64 localId) const
{
    const QString file = fileFor(localId);
    if (QFileInfo::exists(file))
        return file;
    for (const QString &earlier : m_earlierFiles.value(localId)) {
        if (QFileInfo::exists(earlier))
            return earlier;
    }
    return file;
}

bool OutcomeSpool::holds(qint64 localId) const
{
    return QFileInfo::exists(heldFileFor(localId));
}

void OutcomeSpool::setAside(qint64 localId, const QString &why) const
{
    const QString file = heldFileFor(localId);
    const QString aside = file + QStringLiteral(".stale");
    QFile::remove(aside);
    QFile::rename(file, aside);
    qCWarning(lcService).noquote() << "kept answer for ticket" << localId << "not written (" << why << "); kept as"
                                   << QDir::toNativeSeparators(aside);
}

bool OutcomeSpool::remove(qint64 localId) const
{
    bool removed = true;
    for (const QString &path : QStringList{fileFor(localId)} + m_earlierFiles.take(localId)) {
        QFile file(path);
        removed = (!file.exists() || file.remove()) && removed;
    }
    return removed;
}

} // namespace TicketDesk
