// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tableplaceholder.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace TicketDesk {

TablePlaceholder::TablePlaceholder(QAbstractScrollArea *table)
    : QLabel(table->viewport())
    , m_table(table)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(24);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    table->viewport()->installEventFilter(this);
    hide();
}

void TablePlaceholder::showMessage(const QString &text)
{
    if (text == this->text() && isHidden() == text.isEmpty())
        return;
    setText(text);
    m_table->setAccessibleDescription(text);
    if (text.isEmpty()) {
        hide();
        return;
    }
    fit();
    show();
}

bool TablePlaceholder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fit();
    return QLabel::eventFilter(watched, event);
}

void TablePlaceholder::fit()
{
    setGeometry(m_table->viewport()->rect());
}

} // namespace TicketDesk
