// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fact.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace TicketDesk {

// Ripio's answers to tickets this computer sent that the database did not take yet (a team
// database gone, a full disk): Ripio's ticket ID above all, without which the ticket's webhook
// comes back as a second row and the ticket, once its lease runs out, as UNCONFIRMED, an
// invitation to file it twice. The outbox keeps each here (dataDir/outcomes/<database>/<id>.json,
// written whole and synced) as soon as the database refuses it, and forgets it once written; a
// process that stops, or is killed, meanwhile leaves it for the next one on the same database.
//
// Entries are per database (its location without a password names the folder; a SQLite file in
// `dataDir` by its file name, so that the folder moved whole keeps them): a local ticket id
// means nothing in another one, and each names its ticket's creation time too, so that a database
// made anew at the same place does not give one ticket's answer to another. A file that cannot be
// read back is renamed <name>.unreadable.
//
// Only answers that send nothing when written again are kept (isKept()): Ripio's acceptance, a
// rejection, a lost answer. "Not sent, queue it again" is not: two processes sharing the folder
// could each put the ticket back in the queue, and Ripio would get it twice.
// A folder's name for what `identity` names (a database, a user on it) that does not spell it (a
// path, a host's or a user's name): 16 hex digits of its SHA-256. The spools kept per database use it.
QString spoolFolderName(const QString &identity);

class OutcomeSpool final
{
public:
    struct Entry
    {
        qint64 localId = 0;
        QDateTime ticketCreatedAt;
        Fact fact;
    };

    OutcomeSpool(const QString &dataDir, const QString &databaseLocation);

    static bool isKept(const Fact &fact);
    QString directory() const;
    // False with `error` (which file, why) when it could not be kept whole.
    bool keep(qint64 localId, const QDateTime &ticketCreatedAt, const Fact &fact, QString *error) const;
    bool holds(qint64 localId) const;
    // An entry whose ticket is not the one it was kept for: renamed <name>.stale, never applied.
    void setAside(qint64 localId, const QString &why) const;
    // This database's entries. Unreadable files are set aside and named in `problems`.
    QList<Entry> entries(QStringList *problems = nullptr) const;
    bool remove(qint64 localId) const;

private:
    QString fileFor(qint64 localId) const;
    // fileFor(), or the file an earlier build kept it in (found by entries()).
    QString heldFileFor(qint64 localId) const;

    QString m_database;
    QString m_outcomes; // dataDir/outcomes
    QString m_directory;
    // By entries(): the files earlier builds kept for this database, by local id (a moved folder's
    // too). remove() removes them with the new one.
    mutable QHash<qint64, QStringList> m_earlierFiles;
};

} // namespace TicketDesk
