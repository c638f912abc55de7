// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStyledItemDelegate>

namespace TicketDesk {

// Whoever can reach the listener (or sign an event) chooses text the operator reads: a
// right-to-left override (U+202E) would reverse what follows it ("SUP-\u202e1337" read
// "SUP-7331"), a zero-width space hide a difference, a control draw as nothing.
namespace VisibleText {

// Every control and format character but the line break and the tab, and the line and paragraph
// separators (U+2028, U+2029), shown as <U+XXXX>; the joiners (U+200C, U+200D) only where they do
// not join two characters of other scripts than ASCII (a Persian word, an emoji sequence). Text
// with none is returned as it is.
QString shown(const QString &text);

} // namespace VisibleText

// A view's cells drawn through VisibleText::shown(); the model's data (copied, exported) stays
// as it is.
class VisibleTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};

} // namespace TicketDesk
