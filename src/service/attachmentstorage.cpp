// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/attachmentstorage.h"

#include "store/ticketstore.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace TicketDesk {

AttachmentStorage::AttachmentStorage(const TicketStore &store, const QString &dataDir)
    : m_inDatabase(store.isPostgres())
    , m_vault(dataDir)
{}

QList<Attachment> AttachmentStorage::store(const QStringList &paths, QString *error) const
{
    if (!m_inDatabase)
        return m_vault.store(paths, error);
    // The store reads these files when it saves the ticket: until then they are only named.
    static const QMimeDatabase mime;
    QList<Attachment> out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        Attachment a;
        a.fileName = info.fileName();
        a.contentType = mime.mimeTypeForFile(path).name();
        a.size = info.size();
        a.storedPath = path;
        out.append(a);
    }
    return out;
}

QList<Attachment> AttachmentStorage::copy(const QList<Attachment> &attachments, QString *error) const
{
    if (!m_inDatabase)
        return m_vault.copy(attachments, error);
    QList<Attachment> out;
    for (const Attachment &original : attachments) {
        Attachment a = original;
        a.id = 0;
        // Chunks already in the database are shared, not copied. An attachment
        // saved as a file (before the database kept bytes) is read from it again.
        if (a.contentFrom != 0)
            a.storedPath.clear();
        out.append(a);
    }
    return out;
}

void AttachmentStorage::discard(const QList<Attachment> &attachments) const
{
    // On a team database storedPath names the operator's own file, not a copy.
    if (m_inDatabase)
        return;
    for (const Attachment &a : attachments)
        QFile::remove(a.storedPath);
}

} // namespace TicketDesk
