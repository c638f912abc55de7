// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/newticket.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace TicketDesk {

// Tickets typed on a team desktop while the team database could not be reached:
// each is kept on this computer (dataDir/spool/<database>/<clientKey>.json,
// written whole and synced before keep() returns) with its own copies of the
// attachments (AttachmentVault), until the database has it. The folder is the
// database's and its user's (user, host, port, database name: not the rest of
// the connection string): a desk that switches to another database, or another
// operator's login on the same account, does not write them there. Files that builds before that left in spool/ itself
// are still given back, to whichever database asks first. The client key makes the later write idempotent: writing a
// spooled ticket twice (the answer was lost, or the process died between the write and remove()) still makes one
// ticket.
//
// A file that cannot be read back is never deleted: it is renamed to
// <name>.unreadable and reported, so nothing typed disappears silently.
class OfflineSpool final
{
public:
    struct Entry
    {
        NewTicket ticket; // clientKey set; attachmentPaths are the spool's own copies
        QDateTime savedAt;
    };

    OfflineSpool(const QString &dataDir, const QString &databaseLocation);

    QString directory() const;
    // Copies the attachments and writes the entry. `ticket.clientKey` must be set.
    // False with `error` (which file, why) when it could not be kept; then nothing is left behind.
    bool keep(const NewTicket &ticket, const QDateTime &savedAt, QString *error) const;
    // Every entry, oldest first. Unreadable files are set aside and named in `problems`.
    QList<Entry> entries(QStringList *problems = nullptr) const;
    int count() const;
    // Forgets an entry and its attachment copies (once the database has the ticket).
    bool remove(const QString &clientKey) const;

private:
    QString fileFor(const QString &clientKey) const;
    QString legacyDirectory() const;

    QString m_dataDir;
    QString m_folder;
};

} // namespace TicketDesk
