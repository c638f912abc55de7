// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"

#include <QChar>

#include <array>
#include <cstring>

namespace TicketDesk::TextFold {

namespace {

// What a character of U+0080–U+07FF (two bytes in UTF-8) folds to, as UTF-8.
struct Folded
{
    char bytes[7];
    quint8 length;
};

constexpr char16_t twoByteEnd = 0x800;

Folded foldCharacter(char16_t u)
{
    const QChar c(u);
    Folded f{};
    // Spacing accents (¨ ´ ^) would decompose to a space and a mark: they fold to nothing.
    if (c.category() == QChar::Symbol_Modifier)
        return f;
    QByteArray out;
    const QString folded = QString(c).normalized(QString::NormalizationForm_KD).toCaseFolded();
    for (const QChar d : folded) {
        const QChar::Category category = d.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Mark_NonSpacing ||
            category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
            continue;
        if (d.isSpace())
            out += ' ';
        else if (const QStringView spelled = spelledOut(d.unicode()); !spelled.isEmpty())
            out += spelled.toUtf8();
        else
            out += QString(d).toUtf8();
    }
    if (out.size() > qsizetype(sizeof f.bytes)) // never, in this range; kept as it is if so
        out = QString(c).toUtf8();
    f.length = quint8(out.size());
    std::memcpy(f.bytes, out.constData(), size_t(out.size()));
    return f;
}

const std::array<Folded, twoByteEnd> &twoByteFolds()
{
    static const std::array<Folded, twoByteEnd> table = [] {
        std::array<Folded, twoByteEnd> t{};
        for (char16_t u = 0x80; u < twoByteEnd; ++u)
            t[u] = foldCharacter(u);
        return t;
    }();
    return table;
}

bool isAsciiBytes(QByteArrayView text)
{
    const char *p = text.data();
    qsizetype n = text.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; n > 0; ++p, --n) {
        if (uchar(*p) & 0x80)
            return false;
    }
    return true;
}

void appendFolded(QByteArrayView utf8, QByteArray &out)
{
    const std::array<Folded, twoByteEnd> &folds = twoByteFolds();
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n;) {
        const auto b = uchar(utf8[i]);
        if (b < 0x80) {
            out += char(fold(char(b)));
            ++i;
            continue;
        }
        // A two-byte sequence (lead C2–DF, one continuation byte): by table.
        if (b >= 0xc2 && b <= 0xdf && i + 1 < n && (uchar(utf8[i + 1]) & 0xc0) == 0x80) {
            const Folded &f = folds[size_t(((b & 0x1f) << 6) | (uchar(utf8[i + 1]) & 0x3f))];
            out.append(f.bytes, f.length);
            i += 2;
            continue;
        }
        out += char(b); // longer sequences and stray bytes: as they are
        ++i;
    }
}

} // namespace

QStringView spelledOut(char16_t c)
{
    switch (c) {
    case u'ß':
        return u"ss";
    case u'æ':
        return u"ae";
    case u'œ':
        return u"oe";
    case u'ø':
        return u"o";
    case u'ł':
        return u"l";
    case u'đ':
    case u'ð':
        return u"d";
    case u'þ':
        return u"th";
    case u'ı':
        return u"i";
    default:
        return {};
    }
}

QByteArray searchKey(QStringView text)
{
    QByteArray key;
    appendFolded(text.toUtf8(), key);
    return key;
}

bool searchContains(QByteArrayView hay, QByteArrayView key, QByteArray &scratch)
{
    // Every byte of a key is folded, so a match in the text as it is is a match
    // in the text folded (UTF-8 sequences match only whole).
    if (contains(hay, key))
        return true;
    if (isAsciiBytes(hay))
        return false;
    scratch.clear();
    appendFolded(hay, scratch);
    return contains(scratch, key);
}

} // namespace TicketDesk::TextFold
