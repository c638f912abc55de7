// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/visibletext.h"

#include <algorithm>

namespace TicketDesk {

namespace {

bool isShownAsCode(char32_t c)
{
    // Joiners are part of writing: Persian's ZWNJ between letters, the ZWJ of an emoji sequence.
    if (c == U'\n' || c == U'\t' || c == 0x200c || c == 0x200d)
        return false;
    const QChar::Category category = QChar::category(c);
    // U+2028 and U+2029 break the line as a newline would, where the text has none.
    return category == QChar::Other_Format || category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

} // namespace

QString VisibleText::shown(const QString &text)
{
    // Most text is printable ASCII: one pass over it, no copy.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x20 && u < 0x7f) || u == u'\n' || u == u'\t' || (u >= 0xa0 && u < 0xad);
    });
    if (plain)
        return text;
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (isShownAsCode(c))
            out += QStringLiteral("<U+%1>").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString VisibleTextDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return VisibleText::shown(QStyledItemDelegate::displayText(value, locale));
}

} // namespace TicketDesk
