// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/attachmentlistmodel.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace TicketDesk {

AttachmentListModel::AttachmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return QFileInfo(entry.path).fileName();
        if (entry.size < 0)
            return tr("unreadable");
        return QLocale().formattedDataSize(entry.size);
    case Qt::ToolTipRole:
        return entry.path;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case PathRole:
        return entry.path;
    case SizeRole:
        return entry.size;
    default:
        return QVariant();
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    default:
        return QVariant();
    }
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    // Drops land on the empty area (the root), never "into" a file.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QStringList AttachmentListModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions AttachmentListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

QStringList AttachmentListModel::localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

bool AttachmentListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                          const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    if (action != Qt::CopyAction && action != Qt::LinkAction)
        return false;
    return !localFiles(data).isEmpty();
}

bool AttachmentListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    addFiles(localFiles(data));
    return true;
}

int AttachmentListModel::addFiles(const QStringList &paths)
{
    QList<Entry> fresh;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString absolute = info.absoluteFilePath();
        const auto same = [&absolute](const Entry &e) { return e.path == absolute; };
        if (path.isEmpty() || std::any_of(m_entries.cbegin(), m_entries.cend(), same) ||
            std::any_of(fresh.cbegin(), fresh.cend(), same))
            continue;
        fresh.append(Entry{absolute, info.isFile() ? info.size() : -1});
    }
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    m_entries.append(fresh);
    endInsertRows();
    return int(fresh.size());
}

void AttachmentListModel::removeRowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_entries.size())
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
}

void AttachmentListModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows(QModelIndex(), 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

QStringList AttachmentListModel::paths() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        result.append(e.path);
    return result;
}

} // namespace TicketDesk
