// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"
#include "service/attachmentvault.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace TicketDesk {

class TicketStore;

// Where the attachments of a new ticket or a retry are kept, by backend. One
// desk (SQLite): copies in the data folder (AttachmentVault). A team database
// (PostgreSQL): the database itself, because the server that sends the ticket
// cannot read this computer's files; TicketStore reads each file in chunks
// when it saves the ticket, and a retry points at its original's chunks
// instead of copying them.
//
//     const AttachmentStorage storage(store, dataDir);
//     ticket.attachments = storage.store(paths, &error);
//     if (!store.insertTicket(ticket)) storage.discard(ticket.attachments);
class AttachmentStorage final
{
public:
    AttachmentStorage(const TicketStore &store, const QString &dataDir);

    // The attachments of a new ticket, from the operator's files. On failure
    // nothing is left behind and `error` says which file and why.
    QList<Attachment> store(const QStringList &paths, QString *error) const;
    // The attachments of the retry of a ticket that has `attachments`.
    QList<Attachment> copy(const QList<Attachment> &attachments, QString *error) const;
    // Removes what store() or copy() made for a ticket that was not saved
    // (never the operator's own files).
    void discard(const QList<Attachment> &attachments) const;

private:
    bool m_inDatabase;
    AttachmentVault m_vault;
};

} // namespace TicketDesk
