// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace TicketDesk {

// The files attached to a ticket in the create form: one row per file with its
// name and size on disk. Accepts local files dropped on a view (text/uri-list);
// a file already in the list is not added twice. Sizes are read once, when a
// file is added; the validator checks the file again before sending.
class AttachmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentListModel)

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ColumnCount,
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // absolute path
        SizeRole,                    // bytes as qint64, -1 when unknown
    };

    explicit AttachmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Appends the files not yet in the list; returns how many were added.
    int addFiles(const QStringList &paths);
    // Removes the given rows (any order, duplicates ignored).
    void removeRowList(QList<int> rows);
    void clear();

    QStringList paths() const;

private:
    struct Entry
    {
        QString path;
        qint64 size = -1;
    };
    static QStringList localFiles(const QMimeData *data);

    QList<Entry> m_entries;
};

} // namespace TicketDesk
