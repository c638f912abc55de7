// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/currentrowselection.h"

#include <QAbstractItemView>
#include <QEvent>
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
        if (watched == m_view && event->type() == QEvent::FocusIn)
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
    // Queued: when the selected row is removed, the current row moves before the selection loses
    // the removed one.
    QObject::connect(
        view->selectionModel(), &QItemSelectionModel::currentRowChanged, view,
        [view](const QModelIndex &current) {
            if (current.isValid() && view->hasFocus())
                selectCurrentIfNone(view);
        },
        Qt::QueuedConnection);
}

} // namespace TicketDesk
