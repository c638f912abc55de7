// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/currentrowselection.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFocusEvent>
#include <QItemSelectionModel>

namespace TicketDesk {

namespace {

void selectCurrentIfNone(QAbstractItemView *view)
{
    QItemSelectionModel *selection = view->selectionModel();
    if (!selection || selection->hasSelection() || !selection->currentIndex().isValid())
        return;
    selection->select(selection->currentIndex(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

class FocusSelects final : public QObject
{
public:
    explicit FocusSelects(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Not for a click: the click chooses the row itself, and a Ctrl+click would add this one.
        if (watched == m_view && event->type() == QEvent::FocusIn &&
            static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason)
            selectCurrentIfNone(m_view);
        return false;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void keepCurrentRowSelected(QAbstractItemView *view)
{
    view->installEventFilter(new FocusSelects(view));
    // After the model is set (setModel() replaces the selection model).
    // Judged as the row changes (a keyboard user's move has the focus in the view), done a moment
    // later: when the selected row is removed, the current row moves before the selection loses the
    // removed one.
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, view,
                     [view](const QModelIndex &current) {
                         if (current.isValid() && view->hasFocus())
                             QMetaObject::invokeMethod(
                                 view, [view] { selectCurrentIfNone(view); }, Qt::QueuedConnection);
                     });
}

} // namespace TicketDesk
