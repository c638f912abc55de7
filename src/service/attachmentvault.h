// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace TicketDesk {

// Keeps TicketDesk's own copy of every attachment (dataDir/attachments/<n>/name),
// so a queued ticket survives the original being moved, and a retry can send
// the same files again. Copies stream through QFile::copy: never whole in memory.
class AttachmentVault final
{
public:
    explicit AttachmentVault(const QString &dataDir = QString());

    QString root() const;

    // Copies `paths` into a new folder. On failure nothing is left behind and
    // `error` says which file and why.
    QList<Attachment> store(const QStringList &paths, QString *error) const;
    // Copies already-stored attachments (for a retry).
    QList<Attachment> copy(const QList<Attachment> &attachments, QString *error) const;

private:
    QList<Attachment> storeAs(const QList<QPair<QString, QString>> &sourcesAndNames, QString *error) const;

    QString m_dataDir;
};

} // namespace TicketDesk
