// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace TicketDesk {

// Paints a "Retry" push button in the retry column of rows whose
// TicketModel::RetryableRole is true, and turns one click on it into
// retryClicked(id). Other rows show the column's text (retried as / retry of).
// Install with view->setItemDelegateForColumn(TicketModel::RetryColumn, ...) and
// watch(view): Space or Enter on the focused button presses it too.
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
    // Takes Space and Enter on `view`'s current cell when it shows the button (the view gives a
    // delegate Space only, and Enter to no one).
    void watch(QAbstractItemView *view);
    // How long after a retry by mouse a click on a Retry button does nothing (the rows moved).
    static constexpr qint64 settleMs = 1000;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void retryClicked(qint64 id);

private:
    QPersistentModelIndex m_pressed;
    QElapsedTimer m_lastRetry;
    QAbstractItemView *m_view = nullptr;
};

} // namespace TicketDesk
