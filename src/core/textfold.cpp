// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"

#include <QChar>

#include <cstring>
#include <vector>

namespace TicketDesk::TextFold {

namespace {

// What a character of U+0080–U+FFFF (two or three bytes in UTF-8) folds to, as UTF-8.
struct Folded
{
    char bytes[7];
    quint8 length;
};

constexpr char32_t tableEnd = 0x10000;

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
    if (out.size() > qsizetype(sizeof f.bytes)) // a long compatibility form (U+FDFA): kept as it is
        out = QString(c).toUtf8();
    f.length = quint8(out.size());
    std::memcpy(f.bytes, out.constData(), size_t(out.size()));
    return f;
}

// Made on the first search (512 KiB, tens of milliseconds), then shared.
const std::vector<Folded> &folds()
{
    static const std::vector<Folded> table = [] {
        std::vector<Folded> t(tableEnd);
        for (char32_t u = 0x80; u < tableEnd; ++u) {
            if (u < 0xd800 || u > 0xdfff) // surrogates are no characters
                t[u] = foldCharacter(char16_t(u));
        }
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
    const std::vector<Folded> &table = folds();
    const qsizetype n = utf8.size();
    const auto continuation = [&](qsizetype at) { return at < n && (uchar(utf8[at]) & 0xc0) == 0x80; };
    for (qsizetype i = 0; i < n;) {
        const auto b = uchar(utf8[i]);
        if (b < 0x80) {
            out += char(fold(char(b)));
            ++i;
            continue;
        }
        // A two-byte sequence (lead C2–DF) or a three-byte one (lead E0–EF, neither overlong nor
        // a surrogate): by table.
        char32_t u = 0;
        qsizetype length = 0;
        if (b >= 0xc2 && b <= 0xdf && continuation(i + 1)) {
            u = char32_t(((b & 0x1f) << 6) | (uchar(utf8[i + 1]) & 0x3f));
            length = 2;
        } else if (b >= 0xe0 && b <= 0xef && continuation(i + 1) && continuation(i + 2)) {
            u = char32_t(((b & 0x0f) << 12) | ((uchar(utf8[i + 1]) & 0x3f) << 6) | (uchar(utf8[i + 2]) & 0x3f));
            length = u >= 0x800 && (u < 0xd800 || u > 0xdfff) ? 3 : 0;
        }
        if (length == 0) {
            out += char(b); // four-byte sequences and stray bytes: as they are
            ++i;
            continue;
        }
        const Folded &f = table[u];
        out.append(f.bytes, f.length);
        i += length;
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

QByteArrayView sortBytes(QByteArrayView utf8, QByteArray &scratch)
{
    if (isAsciiBytes(utf8))
        return utf8;
    scratch.clear();
    appendFolded(utf8, scratch);
    return scratch;
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
