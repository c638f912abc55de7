// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/recentfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace TicketDesk {

namespace {

QString settingsKey(RecentFolders::Kind kind)
{
    switch (kind) {
    case RecentFolders::Kind::Attachments:
        return QStringLiteral("recentFolders/attachments");
    case RecentFolders::Kind::Lists:
        return QStringLiteral("recentFolders/lists");
    case RecentFolders::Kind::Exports:
        break;
    }
    return QStringLiteral("recentFolders/exports");
}

} // namespace

QString RecentFolders::folder(Kind kind)
{
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void RecentFolders::remember(Kind kind, const QString &file)
{
    if (file.isEmpty())
        return;
    QSettings().setValue(settingsKey(kind), QFileInfo(file).absolutePath());
}

QString RecentFolders::datedFile(Kind kind, const QString &stem, const QString &extension, QDate day)
{
    return QDir(folder(kind))
        .filePath(stem + QLatin1Char('-') + day.toString(Qt::ISODate) + QLatin1Char('.') + extension);
}

} // namespace TicketDesk
