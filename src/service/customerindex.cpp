// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/customerindex.h"

#include "core/textfold.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace TicketDesk {

namespace {

// Longest folded word kept, in bytes: a longer text still matches on its first 255 bytes.
constexpr qsizetype MaxWordBytes = 255;

// Tiers of a match, best first (see the class comment).
constexpr quint8 Exact = 0;
constexpr quint8 NameStart = 1;
constexpr quint8 NameWord = 2;
constexpr quint8 Other = 3;
constexpr quint8 NoMatch = 0xff;

bool isWordByte(char c)
{
    const auto u = uchar(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z');
}

// The words of folded text: runs of letters and digits (any non-ASCII byte counts as a letter).
template<typename Fn>
void forEachWord(QByteArrayView text, Fn &&fn)
{
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordByte(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && isWordByte(text[i]))
            ++i;
        if (i > start)
            fn(start, text.sliced(start, i - start));
    }
}

// Whether every word of `query` starts some word of `name` (both folded).
bool wordsStartWords(QByteArrayView name, const QList<QByteArrayView> &query)
{
    QList<QByteArrayView> words;
    forEachWord(name, [&words](qsizetype, QByteArrayView w) { words.append(w); });
    return std::all_of(query.begin(), query.end(), [&words](QByteArrayView q) {
        return std::any_of(words.begin(), words.end(), [q](QByteArrayView w) { return w.startsWith(q); });
    });
}

// fold() of any text: compatibility decomposition, case folding, then character by character.
QString foldUnicode(QStringView text)
{
    // Spacing accents (¨ ´ ^) would decompose to a space and a mark: they go first.
    QString source;
    source.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() != QChar::Symbol_Modifier)
            source += c;
    }
    const QString folded = source.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Mark_NonSpacing ||
            category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
            continue;
        if (space) {
            out += u' ';
            space = false;
        }
        if (const QStringView spelled = TextFold::spelledOut(c.unicode()); !spelled.isEmpty())
            out += spelled;
        else
            out += c;
    }
    return out;
}

// What each character up to U+00FF folds to, as UTF-8, taken once from foldUnicode(): text in
// that range (every email, reference and id, and most names in Western languages) is folded
// by table, without the cost of normalizing. Folding is per character there (Latin-1 holds no
// combining marks), so the result is the same.
struct Latin1Fold
{
    char bytes[7];
    qint8 length; // -1: white space
};

const std::array<Latin1Fold, 256> &latin1Folds()
{
    static const std::array<Latin1Fold, 256> table = [] {
        std::array<Latin1Fold, 256> t{};
        for (char16_t u = 0; u < 256; ++u) {
            Latin1Fold &f = t[u];
            const QChar c(u);
            if (c.isSpace()) {
                f.length = -1;
                continue;
            }
            const QByteArray folded = foldUnicode(QStringView(&c, 1)).toUtf8();
            f.length = qint8(std::min<qsizetype>(folded.size(), qsizetype(sizeof f.bytes)));
            std::memcpy(f.bytes, folded.constData(), size_t(f.length));
        }
        return t;
    }();
    return table;
}

bool isLatin1(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 256; });
}

QByteArray foldLatin1(QStringView text)
{
    const std::array<Latin1Fold, 256> &folds = latin1Folds();
    QByteArray out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        const Latin1Fold &f = folds[c.unicode()];
        if (f.length < 0) {
            space = !out.isEmpty();
            continue;
        }
        if (f.length == 0)
            continue;
        if (space) {
            out += ' ';
            space = false;
        }
        out.append(f.bytes, f.length);
    }
    return out;
}

// fold() as UTF-8, what the index holds.
QByteArray foldUtf8(QStringView text)
{
    return isLatin1(text) ? foldLatin1(text) : foldUnicode(text).toUtf8();
}

// The first eight bytes, big-endian and zero-padded: orders like the bytes where they differ
// (folded text holds no NUL).
quint64 headOf(QByteArrayView bytes)
{
    quint64 head = 0;
    for (qsizetype i = 0; i < 8; ++i)
        head = (head << 8) | (i < bytes.size() ? uchar(bytes[i]) : 0u);
    return head;
}

} // namespace

QString CustomerIndex::fold(QStringView text)
{
    return isLatin1(text) ? QString::fromUtf8(foldLatin1(text)) : foldUnicode(text);
}

CustomerIndex::CustomerIndex(const QList<CustomerRecord> &customers)
{
    reset(customers);
}

void CustomerIndex::reset(const QList<CustomerRecord> &customers)
{
    m_customers.clear();
    m_byId.clear();
    m_entries.clear();
    m_text.clear();
    m_deadBytes = 0;
    m_customers.reserve(size_t(customers.size()));
    m_byId.reserve(customers.size());
    for (const CustomerRecord &c : customers) {
        const QString key = c.customerId.toLower();
        if (const auto known = m_byId.constFind(key); known != m_byId.cend()) {
            m_customers[*known].record = c; // the list's last word on a customer wins
            continue;
        }
        m_byId.insert(key, quint32(m_customers.size()));
        m_customers.push_back(Customer{c, {}});
    }
    m_entries.reserve(m_customers.size() * 6);
    m_text.reserve(qsizetype(m_customers.size()) * 96);
    for (quint32 i = 0; i < m_customers.size(); ++i)
        addEntries(i, m_entries);
    std::sort(m_entries.begin(), m_entries.end(), [this](const Entry &a, const Entry &b) { return less(a, b); });
    rankCustomers();
}

void CustomerIndex::update(const CustomerRecord &customer)
{
    const QString key = customer.customerId.toLower();
    quint32 index = 0;
    size_t oldPlace = 0;
    if (const auto known = m_byId.constFind(key); known != m_byId.cend()) {
        index = *known;
        if (m_customers[index].record == customer)
            return;
        std::erase_if(m_entries, [this, index](const Entry &e) {
            if (e.customer != index)
                return false;
            m_deadBytes += e.length;
            return true;
        });
        m_customers[index].record = customer;
        oldPlace = m_rank[index];
        m_byName.erase(m_byName.begin() + std::ptrdiff_t(oldPlace));
    } else {
        index = quint32(m_customers.size());
        m_byId.insert(key, index);
        m_customers.push_back(Customer{customer, {}});
        m_rank.push_back(0);
        m_order.push_back(0);
        oldPlace = m_byName.size() + 1;
    }
    if (m_deadBytes > m_text.size() / 2) {
        // Mostly garbage after many updates: build afresh.
        QList<CustomerRecord> records;
        records.reserve(qsizetype(m_customers.size()));
        for (const Customer &c : m_customers)
            records.append(c.record);
        reset(records);
        return;
    }
    std::vector<Entry> added;
    addEntries(index, added);
    std::sort(added.begin(), added.end(), [this](const Entry &a, const Entry &b) { return less(a, b); });
    // Merged in from the back, in place: only the entries after the first new one move.
    auto from = std::ptrdiff_t(m_entries.size()) - 1;
    auto next = std::ptrdiff_t(added.size()) - 1;
    m_entries.resize(m_entries.size() + added.size());
    for (auto to = std::ptrdiff_t(m_entries.size()) - 1; next >= 0; --to) {
        if (from >= 0 && less(added[size_t(next)], m_entries[size_t(from)]))
            m_entries[size_t(to)] = m_entries[size_t(from--)];
        else
            m_entries[size_t(to)] = added[size_t(next--)];
    }

    const auto place = std::lower_bound(m_byName.begin(), m_byName.end(), index,
                                        [this](quint32 a, quint32 b) { return nameLess(a, b); });
    const auto newPlace = size_t(place - m_byName.begin());
    m_byName.insert(place, index);
    // Only the places between the old and the new one changed.
    m_order[index] = quint64(customer.closed ? 1 : 0) << 40;
    rankByName(std::min(oldPlace, newPlace), std::min(std::max(oldPlace, newPlace) + 1, m_byName.size()));
}

bool CustomerIndex::nameLess(quint32 a, quint32 b) const
{
    const Customer &x = m_customers[a];
    const Customer &y = m_customers[b];
    return x.sortKey != y.sortKey ? x.sortKey < y.sortKey : x.record.customerId < y.record.customerId;
}

void CustomerIndex::rankCustomers()
{
    // Sorted by the first bytes of the keys, next to each other in memory, before the keys
    // themselves are looked at.
    struct Named
    {
        quint64 head;
        quint32 customer;
    };
    std::vector<Named> named(m_customers.size());
    for (quint32 c = 0; c < m_customers.size(); ++c)
        named[c] = Named{headOf(m_customers[c].sortKey), c};
    std::sort(named.begin(), named.end(), [this](const Named &a, const Named &b) {
        return a.head != b.head ? a.head < b.head : nameLess(a.customer, b.customer);
    });
    m_byName.resize(m_customers.size());
    for (size_t r = 0; r < named.size(); ++r)
        m_byName[r] = named[r].customer;
    m_rank.resize(m_customers.size());
    m_order.resize(m_customers.size());
    for (quint32 c = 0; c < m_customers.size(); ++c)
        m_order[c] = quint64(m_customers[c].record.closed ? 1 : 0) << 40;
    rankByName(0, m_byName.size());
}

void CustomerIndex::rankByName(size_t from, size_t to)
{
    for (size_t r = from; r < to; ++r) {
        const quint32 c = m_byName[r];
        m_rank[c] = quint32(r);
        m_order[c] = (m_order[c] & ~quint64(0xffffffffu)) | r;
    }
}

void CustomerIndex::addEntries(quint32 customer, std::vector<Entry> &out)
{
    Customer &c = m_customers[customer];
    const QByteArray name = foldUtf8(c.record.name);
    const QByteArray email = foldUtf8(c.record.email);
    const QByteArray id = foldUtf8(c.record.customerId);
    c.sortKey = !name.isEmpty() ? name : (!email.isEmpty() ? email : id);
    if (!name.isEmpty()) {
        addEntry(customer, Kind::FullName, name, out);
        // The first word is already the start of the full name.
        forEachWord(name, [&](qsizetype start, QByteArrayView word) {
            if (start > 0)
                addEntry(customer, Kind::NameWord, word, out);
        });
    }
    if (!email.isEmpty()) {
        addEntry(customer, Kind::Email, email, out);
        if (const qsizetype at = email.lastIndexOf('@'); at >= 0 && at + 1 < email.size())
            addEntry(customer, Kind::EmailDomain, QByteArrayView(email).sliced(at + 1), out);
    }
    addEntry(customer, Kind::ExternalRef, foldUtf8(c.record.externalRef), out);
    addEntry(customer, Kind::Id, id, out);
}

void CustomerIndex::addEntry(quint32 customer, Kind kind, QByteArrayView folded, std::vector<Entry> &out)
{
    if (folded.isEmpty())
        return;
    folded = folded.first(std::min(folded.size(), MaxWordBytes));
    out.push_back(Entry{headOf(folded), quint32(m_text.size()), customer, quint16(folded.size()), kind});
    m_text.append(folded);
}

QByteArrayView CustomerIndex::bytes(const Entry &e) const
{
    return QByteArrayView(m_text.constData() + e.offset, e.length);
}

bool CustomerIndex::less(const Entry &a, const Entry &b) const
{
    if (a.head != b.head)
        return a.head < b.head;
    // The first eight bytes are equal (and without NUL): a word that ends there sorts first.
    if (a.length <= 8 || b.length <= 8)
        return a.length < b.length;
    const int c = std::memcmp(m_text.constData() + a.offset + 8, m_text.constData() + b.offset + 8,
                              size_t(std::min(a.length, b.length) - 8));
    return c != 0 ? c < 0 : a.length < b.length;
}

std::pair<qsizetype, qsizetype> CustomerIndex::range(QByteArrayView prefix) const
{
    // <0: the entry sorts before every entry that starts with prefix; 0: it starts with it.
    const auto order = [this, prefix](const Entry &e) {
        const QByteArrayView b = bytes(e);
        const int c = std::memcmp(b.data(), prefix.data(), size_t(std::min(b.size(), prefix.size())));
        if (c != 0)
            return c;
        return b.size() < prefix.size() ? -1 : 0;
    };
    const auto lo =
        std::partition_point(m_entries.begin(), m_entries.end(), [&order](const Entry &e) { return order(e) < 0; });
    const auto hi = std::partition_point(lo, m_entries.end(), [&order](const Entry &e) { return order(e) == 0; });
    return {qsizetype(lo - m_entries.begin()), qsizetype(hi - m_entries.begin())};
}

QList<CustomerMatch> CustomerIndex::matches(QStringView text, qsizetype limit) const
{
    const QByteArray query = foldUtf8(text);
    if (query.isEmpty() || limit <= 0 || m_customers.empty())
        return {};

    // Per customer: the best tier so far in the low four bits, its field above them.
    std::vector<quint8> best(m_customers.size(), NoMatch);
    std::vector<quint32> touched;
    const auto note = [&](quint32 customer, quint8 tier, CustomerMatch::Field field) {
        quint8 &b = best[customer];
        if (b == NoMatch)
            touched.push_back(customer);
        if (tier < (b & 0x0f))
            b = quint8(tier | quint8(field) << 4);
    };
    const auto tierOf = [&best](quint32 customer) { return quint8(best[customer] & 0x0f); };

    using Field = CustomerMatch::Field;
    const auto [lo, hi] = range(query);
    for (qsizetype i = lo; i < hi; ++i) {
        const Entry &e = m_entries[size_t(i)];
        const bool exact = e.length == query.size();
        switch (e.kind) {
        case Kind::FullName:
            note(e.customer, exact ? Exact : NameStart, Field::Name);
            break;
        case Kind::NameWord:
            note(e.customer, NameWord, Field::Name);
            break;
        case Kind::Email:
            note(e.customer, exact ? Exact : Other, Field::Email);
            break;
        case Kind::EmailDomain:
            note(e.customer, Other, Field::Email);
            break;
        case Kind::ExternalRef:
            note(e.customer, exact ? Exact : Other, Field::ExternalRef);
            break;
        case Kind::Id:
            note(e.customer, exact ? Exact : Other, Field::Id);
            break;
        }
    }

    // Several words: each must start a word of the name, in any order ("lopez maria"). The
    // longest word gives the fewest candidates; the others are checked on each.
    QList<QByteArrayView> words;
    forEachWord(query, [&words](qsizetype, QByteArrayView w) { words.append(w); });
    if (words.size() > 1) {
        const QByteArrayView longest = *std::max_element(
            words.begin(), words.end(), [](QByteArrayView a, QByteArrayView b) { return a.size() < b.size(); });
        const auto [wordLo, wordHi] = range(longest);
        for (qsizetype i = wordLo; i < wordHi; ++i) {
            const Entry &e = m_entries[size_t(i)];
            if ((e.kind != Kind::FullName && e.kind != Kind::NameWord) || tierOf(e.customer) <= NameWord)
                continue;
            if (wordsStartWords(m_customers[e.customer].sortKey, words))
                note(e.customer, NameWord, Field::Name);
        }
    }

    // One integer per candidate: closed, then tier, then place by name.
    std::vector<quint64> order;
    order.reserve(touched.size());
    for (const quint32 c : touched)
        order.push_back(m_order[c] | quint64(tierOf(c)) << 32);
    const auto count = std::min<size_t>(order.size(), size_t(limit));
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(count), order.end());
    QList<CustomerMatch> result;
    result.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const quint32 c = m_byName[order[i] & 0xffffffffu];
        result.append(CustomerMatch{m_customers[c].record, CustomerMatch::Field(best[c] >> 4)});
    }
    return result;
}

} // namespace TicketDesk
