// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/visibletext.h"

#include <algorithm>

namespace TicketDesk {

namespace {

bool isShownAsCode(char32_t c)
{
    if (c == U'\n' || c == U'\t')
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
    const QList<uint> chars = text.toUcs4();
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        // Joiners are part of writing between letters of other scripts (Persian's ZWNJ) and in an
        // emoji sequence (ZWJ); beside ASCII ("SUP-73\u200c31") they hide a difference.
        const bool joiner = c == 0x200c || c == 0x200d;
        const auto writing = [](char32_t n) {
            return n > 0x7f && !isShownAsCode(n) && QChar::category(n) != QChar::Separator_Space;
        };
        if (joiner && i > 0 && i + 1 < chars.size() && writing(chars.at(i - 1)) && writing(chars.at(i + 1))) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        if (joiner || isShownAsCode(c))
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
