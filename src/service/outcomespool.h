// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fact.h"

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
// Entries are per database (its location without a password names the folder): a local ticket id
// means nothing in another one. A file that cannot be read back is renamed <name>.unreadable.
class OutcomeSpool final
{
public:
    struct Entry
    {
        qint64 localId = 0;
        Fact fact;
    };

    OutcomeSpool(const QString &dataDir, const QString &databaseLocation);

    QString directory() const;
    // False with `error` (which file, why) when it could not be kept whole.
    bool keep(qint64 localId, const Fact &fact, QString *error) const;
    // This database's entries. Unreadable files are set aside and named in `problems`.
    QList<Entry> entries(QStringList *problems = nullptr) const;
    bool remove(qint64 localId) const;

private:
    QString fileFor(qint64 localId) const;

    QString m_directory;
    QString m_database;
};

} // namespace TicketDesk
