// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/fittinglabel.h"

#include <QResizeEvent>

namespace TicketDesk {

FittingLabel::FittingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
}

void FittingLabel::setTexts(const QString &longText, const QString &shortText)
{
    if (longText == m_long && shortText == m_short)
        return;
    m_long = longText;
    m_short = shortText;
    updateGeometry();
    choose();
}

QSize FittingLabel::sizeFor(const QString &text) const
{
    const QMargins m = contentsMargins();
    const int frame = 2 * margin();
    return {fontMetrics().horizontalAdvance(text) + m.left() + m.right() + frame,
            fontMetrics().height() + m.top() + m.bottom() + frame};
}

QSize FittingLabel::sizeHint() const
{
    return sizeFor(m_long);
}

QSize FittingLabel::minimumSizeHint() const
{
    return sizeFor(m_short.isEmpty() ? m_long : m_short);
}

void FittingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    choose();
}

void FittingLabel::choose()
{
    const bool fits = m_short.isEmpty() || sizeFor(m_long).width() <= width();
    setText(fits ? m_long : m_short);
    setToolTip(fits ? QString() : m_long);
    setAccessibleDescription(fits ? QString() : m_long);
}

} // namespace TicketDesk
