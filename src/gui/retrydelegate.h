// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace TicketDesk {

// Paints a "Retry" push button in the retry column of rows whose
// TicketModel::RetryableRole is true, and turns one click on it into
// retryClicked(id). Other rows show the column's text (retried as / retry of).
// Install with view->setItemDelegateForColumn(TicketModel::RetryColumn, ...).
class RetryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryDelegate)

public:
    explicit RetryDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // The button's rectangle inside a cell (tests click its centre).
    static QRect buttonRect(const QRect &cell);

Q_SIGNALS:
    void retryClicked(qint64 id);

private:
    QPersistentModelIndex m_pressed;
};

} // namespace TicketDesk
