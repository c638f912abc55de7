// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>

namespace TicketDesk {

bool commitWhole(QSaveFile &file, QString *error)
{
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        if (error)
            *error = writeFailure(file); // before the cancel frees the room the file took
        file.cancelWriting();
        file.commit(); // cancelled: removes the temporary file, leaves the target alone
        return false;
    }
    if (file.commit())
        return true;
    if (error)
        *error = writeFailure(file);
    return false;
}

bool saveWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly)) {
        why = file.errorString();
    } else if (file.write(bytes) != bytes.size()) {
        why = writeFailure(file);
        file.cancelWriting();
    } else if (commitWhole(file, &why)) {
        return true;
    } else if (why.isEmpty()) {
        why = writeFailure(file);
    }
    if (error)
        *error = why;
    return false;
}

QString writeFailure(const QFileDevice &file)
{
    const QStorageInfo storage(QFileInfo(file.fileName()).absolutePath());
    return describeWriteFailure(file.errorString(), storage.isValid() ? storage.bytesAvailable() : -1,
                                storage.isValid() ? storage.rootPath() : QString());
}

QString describeWriteFailure(const QString &reported, qint64 bytesFree, const QString &volume, qint64 needed)
{
    constexpr qint64 nearlyFull = 1024 * 1024;
    if (bytesFree >= 0 && bytesFree < std::max(nearlyFull, needed))
        return QCoreApplication::translate("TicketDesk::SaveFile", "no space is left on the disk that holds it (%1, "
                                                                   "%2 free)")
            .arg(QDir::toNativeSeparators(volume), QLocale().formattedDataSize(bytesFree));
    // QIODevice's own words when nothing set a reason, in English or as Qt's translations give them
    // (through variables: the words are Qt's to translate, not ours).
    static const char qtContext[] = "QIODevice";
    static const char unknown[] = "Unknown error";
    if (reported.isEmpty() || reported == QLatin1StringView(unknown) ||
        reported == QCoreApplication::translate(qtContext, unknown))
        return QCoreApplication::translate("TicketDesk::SaveFile",
                                           "only part of the data could be written (the disk may be full, or the "
                                           "file larger than this system allows)");
    return reported;
}

} // namespace TicketDesk
