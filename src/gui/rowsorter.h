// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace TicketDesk {

// The sort of a whole table by one column, for TicketProxy: rows 0..count-1 in
// ascending order of their key, ties by id (a total order, so descending is
// exactly ascending reversed).
//
// A key is read as big-endian 64-bit words: keyAt(row, depth) gives the word
// of the key's bytes from `depth` on (zero-padded), lengthOf(row) how many key
// bytes the row has. An integer key is one word (integerKey(), length 0); a
// text key is as many words as it needs (TextFold::prefixKey()). The rows are
// sorted on their first word, and only the runs that tie on it go on to the
// next word, as long as one of them has more bytes (most-significant first):
// the sort compares contiguous integers and never chases string pointers.
//
//   std::vector<int> order = RowSorter::sorted(n, keyAt, lengthOf, idOf);
namespace RowSorter {

// An order-preserving map of a signed integer key onto one unsigned word.
constexpr quint64 integerKey(qint64 value)
{
    return quint64(value) ^ (quint64(1) << 63);
}

template<typename KeyAt, typename LengthOf, typename IdOf>
std::vector<int> sorted(int count, KeyAt keyAt, LengthOf lengthOf, IdOf idOf)
{
    struct Entry
    {
        quint64 key;
        qint64 id;
        int row;
        quint32 length;
    };
    std::vector<Entry> e(size_t(std::max(count, 0)));
    quint32 longest = 0;
    for (int r = 0; r < count; ++r) {
        e[size_t(r)] = Entry{keyAt(r, 0), idOf(r), r, lengthOf(r)};
        longest = std::max(longest, e[size_t(r)].length);
    }
    const auto byKey = [](const Entry &a, const Entry &b) { return a.key < b.key; };
    const auto byId = [](const Entry &a, const Entry &b) { return a.id < b.id; };
    if (longest <= 8) {
        // One word each (integer keys, short texts): one sort settles everything.
        std::sort(e.begin(), e.end(),
                  [](const Entry &a, const Entry &b) { return a.key != b.key ? a.key < b.key : a.id < b.id; });
    } else {
        // Runs tied on a word whose rows have more bytes go on to the next word;
        // the other runs are settled by id. Ids are compared once, at the end:
        // deep runs (a customer's hundred tickets) are not re-sorted at every word.
        struct Range
        {
            size_t begin;
            size_t end;
            qsizetype depth;
        };
        std::sort(e.begin(), e.end(), byKey);
        std::vector<Range> todo{{0, e.size(), 0}};
        while (!todo.empty()) {
            const Range range = todo.back();
            todo.pop_back();
            const qsizetype next = range.depth + 8;
            for (size_t i = range.begin; i < range.end;) {
                size_t j = i + 1;
                quint32 runLongest = e[i].length;
                while (j < range.end && e[j].key == e[i].key) {
                    runLongest = std::max(runLongest, e[j].length);
                    ++j;
                }
                if (j - i > 1 && qsizetype(runLongest) > next) {
                    for (size_t k = i; k < j; ++k)
                        e[k].key = keyAt(e[k].row, next);
                    std::sort(e.begin() + qsizetype(i), e.begin() + qsizetype(j), byKey);
                    todo.push_back({i, j, next});
                } else if (j - i > 1) {
                    std::sort(e.begin() + qsizetype(i), e.begin() + qsizetype(j), byId);
                }
                i = j;
            }
        }
    }

    std::vector<int> order(e.size());
    for (size_t i = 0; i < e.size(); ++i)
        order[i] = e[i].row;
    return order;
}

} // namespace RowSorter

} // namespace TicketDesk
