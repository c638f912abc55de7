// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/retrydelegate.h"

#include "gui/ticketmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace TicketDesk {

RetryDelegate::RetryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QRect RetryDelegate::buttonRect(const QRect &cell)
{
    return cell.adjusted(2, 1, -2, -1);
}

void RetryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(TicketModel::RetryableRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's selection background first, then the button on top of it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    QStyleOptionButton button;
    button.rect = buttonRect(option.rect);
    button.text = index.data(Qt::DisplayRole).toString();
    button.icon = QIcon(QStringLiteral(":/icons/action-retry.svg"));
    button.iconSize = QSize(14, 14);
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    if (option.state & QStyle::State_MouseOver)
        button.state |= QStyle::State_MouseOver;
    button.palette = option.palette;
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

void RetryDelegate::watch(QAbstractItemView *view)
{
    m_view = view;
    view->installEventFilter(this);
}

bool RetryDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // The base class takes whatever it filters for an editor (Tab, Escape ...): never the view.
    if (watched != m_view)
        return QStyledItemDelegate::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress) {
        const auto *ke = static_cast<QKeyEvent *>(event);
        const int key = ke->key();
        const bool presses =
            key == Qt::Key_Space || key == Qt::Key_Select || key == Qt::Key_Return || key == Qt::Key_Enter;
        const QModelIndex current = m_view->currentIndex();
        // Keypad Enter comes with KeypadModifier.
        if (presses && (ke->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && current.isValid() &&
            m_view->itemDelegateForIndex(current) == this && current.data(TicketModel::RetryableRole).toBool()) {
            Q_EMIT retryClicked(current.data(TicketModel::IdRole).toLongLong());
            return true;
        }
    }
    return false;
}

QSize RetryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return s.expandedTo(QSize(90, 24));
}

bool RetryDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (!index.data(TicketModel::RetryableRole).toBool())
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::LeftButton && buttonRect(option.rect).contains(me->position().toPoint())) {
            // A retry's new row moves the rows under the pointer: the second click of a double
            // click, or a click soon after, would land on another ticket's button and file a
            // ticket nobody asked for. Both are the button's, and do nothing.
            const bool settling = m_lastRetry.isValid() && !m_lastRetry.hasExpired(settleMs);
            m_pressed = event->type() == QEvent::MouseButtonDblClick || settling ? QPersistentModelIndex()
                                                                                 : QPersistentModelIndex(index);
            return true; // the click is the button's, not a selection change
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *me = static_cast<QMouseEvent *>(event);
        const bool hit = m_pressed == index && buttonRect(option.rect).contains(me->position().toPoint());
        m_pressed = QPersistentModelIndex();
        if (hit) {
            m_lastRetry.start();
            Q_EMIT retryClicked(index.data(TicketModel::IdRole).toLongLong());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace TicketDesk
