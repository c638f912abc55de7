// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cstring>

namespace TicketDesk {

// Case folding on UTF-8 bytes, for searching and sorting a million ticket rows
// without decoding them: ASCII letters fold to lower case, every other byte is
// itself. So comparisons are case-insensitive for ASCII and in byte order
// beyond it (a locale-aware collation of a million strings costs seconds, and
// ticket text is mostly ASCII); sorting folds other text first (sortBytes()),
// so that accented letters sort with their base letters. An ASCII needle finds exactly the
// case-insensitive matches in UTF-8 text (ASCII letters fold only onto ASCII
// letters). A needle with other characters needs a decoded, Unicode-aware
// search instead (QString::contains with Qt::CaseInsensitive).
//
// The functions run once per row and field in a filter or sort pass, so they
// are inline here.
//
// Searching also folds accents away (searchKey(), searchContains()): people type
// "jose" for "José" and "sao paulo" for "São Paulo".
namespace TextFold {

inline constexpr std::array<uchar, 256> table = [] {
    std::array<uchar, 256> t{};
    for (int i = 0; i < 256; ++i)
        t[size_t(i)] = uchar(i >= 'A' && i <= 'Z' ? i + ('a' - 'A') : i);
    return t;
}();

inline uchar fold(char c)
{
    return table[uchar(c)];
}

inline bool isAscii(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() <= 0x7f; });
}

// `ascii` folded, as bytes: the needle contains() takes. Only for isAscii() text.
inline QByteArray foldedAscii(QStringView ascii)
{
    QByteArray folded = ascii.toLatin1();
    for (char &c : folded)
        c = char(fold(c));
    return folded;
}

// <0, 0 or >0 as a sorts before, with or after b.
inline int compare(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const uchar x = fold(a[i]);
        const uchar y = fold(b[i]);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

// Whether `hay` contains `needle`, which is already folded (foldedAscii()). An
// empty needle is in every hay.
inline bool contains(QByteArrayView hay, QByteArrayView needle)
{
    const qsizetype m = needle.size();
    if (m == 0)
        return true;
    if (hay.size() < m)
        return false;
    const char *h = hay.data();
    const char *end = h + hay.size() - m + 1; // one past the last possible start
    const char *n = needle.data();
    // Candidates for the first byte come from memchr (vectorised), once per
    // case of a letter; the other case is only looked for before the first hit.
    const char lower = n[0];
    const char upper = lower >= 'a' && lower <= 'z' ? char(lower - 'a' + 'A') : lower;
    for (const char *p = h; p < end;) {
        const auto *a = static_cast<const char *>(std::memchr(p, lower, size_t(end - p)));
        const auto *b =
            upper == lower ? nullptr : static_cast<const char *>(std::memchr(p, upper, size_t((a ? a : end) - p)));
        const char *at = b ? b : a;
        if (!at)
            return false;
        qsizetype j = 1;
        while (j < m && fold(at[j]) == uchar(n[j]))
            ++j;
        if (j == m)
            return true;
        p = at + 1;
    }
    return false;
}

// Eight folded bytes of `s` from `depth` on, big-endian and zero-padded, so
// that integer order is compare() order wherever the eight bytes differ.
inline quint64 prefixKey(QByteArrayView s, qsizetype depth)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const qsizetype p = depth + i;
        key = (key << 8) | (p < s.size() ? fold(s[p]) : 0u);
    }
    return key;
}

// The letters that compatibility decomposition leaves whole, as people type
// them without accents ("ß" as "ss", "ø" as "o"); empty for any other.
QStringView spelledOut(char16_t c);

// `text` folded for searching: case-folded, accents and other marks removed
// (by compatibility decomposition), letters such as "ß" spelled out. Characters
// beyond U+FFFF are left as they are. The needle searchContains() takes.
QByteArray searchKey(QStringView text);

// The bytes the UTF-8 text `utf8` sorts by, for compare() and prefixKey(): folded as searchKey()
// folds, so that "Ángela" sorts with "angela", before "Bruno", and "ñandú" with "nandu". Plain
// ASCII text is itself (compare() folds its case); other text is folded into `scratch`.
QByteArrayView sortBytes(QByteArrayView utf8, QByteArray &scratch);

// Whether the UTF-8 text `hay`, folded as searchKey() folds, contains `key`
// (a searchKey()). Plain ASCII text costs one contains() and one scan for a
// non-ASCII byte; other text is folded into `scratch`, which callers keep
// between calls so that a filter pass does not allocate per row.
bool searchContains(QByteArrayView hay, QByteArrayView key, QByteArray &scratch);

} // namespace TextFold

} // namespace TicketDesk
