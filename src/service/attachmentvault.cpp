// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/attachmentvault.h"

#include "core/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStorageInfo>
#include <QUuid>

namespace TicketDesk {

AttachmentVault::AttachmentVault(const QString &dataDir)
    : m_dataDir(dataDir)
{}

QString AttachmentVault::root() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("attachments"));
}

QList<Attachment> AttachmentVault::store(const QStringList &paths, QString *error) const
{
    QList<QPair<QString, QString>> items;
    for (const QString &p : paths)
        items.append({p, QFileInfo(p).fileName()});
    return storeAs(items, error);
}

QList<Attachment> AttachmentVault::copy(const QList<Attachment> &attachments, QString *error) const
{
    QList<QPair<QString, QString>> items;
    for (const Attachment &a : attachments)
        items.append({a.storedPath, a.fileName});
    return storeAs(items, error);
}

QList<Attachment> AttachmentVault::storeAs(const QList<QPair<QString, QString>> &items, QString *error) const
{
    if (items.isEmpty())
        return {};
    const QString folder = QDir(root()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("AttachmentVault", "Cannot create the folder %1 for attachment copies.")
                     .arg(QDir::toNativeSeparators(folder));
        return {};
    }
    static const QMimeDatabase mime;
    QList<Attachment> out;
    for (const auto &[source, name] : items) {
        // Two files of the same name from different folders must not overwrite each other: the
        // second goes into a folder of its own ("2/"), not under a longer name, which a name near
        // the system's limit of 255 bytes would not take.
        QString target = QDir(folder).filePath(name);
        for (int n = 2; QFileInfo::exists(target); ++n) {
            const QString own = QDir(folder).filePath(QString::number(n));
            if (!QDir().mkpath(own)) {
                *error =
                    QCoreApplication::translate("AttachmentVault", "Cannot create the folder %1 for attachment copies.")
                        .arg(QDir::toNativeSeparators(own));
                QDir(folder).removeRecursively();
                return {};
            }
            target = QDir(own).filePath(name);
        }
        // Gone since it was chosen (or, for a retry, since the ticket was saved): Qt's own words,
        // "Cannot open … for input", said nothing of what happened or what to do.
        if (!QFileInfo::exists(source)) {
            *error = QCoreApplication::translate("AttachmentVault",
                                                 "The file %1 is no longer there: it was moved or deleted since it "
                                                 "was attached. Attach it again, in a new ticket if this is a retry.")
                         .arg(QDir::toNativeSeparators(source));
            QDir(folder).removeRecursively();
            return {};
        }
        QFile in(source);
        if (!in.copy(target)) {
            // QFile::copy() says "Failure to write block" on a full disk: say what to do about it.
            const QStorageInfo disk(folder);
            *error = QCoreApplication::translate("AttachmentVault", "Cannot copy %1: %2")
                         .arg(QDir::toNativeSeparators(source),
                              describeWriteFailure(in.errorString(), disk.isValid() ? disk.bytesAvailable() : -1,
                                                   disk.rootPath(), QFileInfo(source).size()));
            QDir(folder).removeRecursively();
            return {};
        }
        Attachment a;
        a.fileName = name;
        a.storedPath = target;
        a.size = QFileInfo(target).size();
        a.contentType = mime.mimeTypeForFile(target).name();
        out.append(a);
    }
    return out;
}

} // namespace TicketDesk
