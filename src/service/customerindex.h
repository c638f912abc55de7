// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/customerrecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace TicketDesk {

// One customer a completion offers, and what the typed text matched.
struct CustomerMatch
{
    enum class Field
    {
        Name,
        Email,
        ExternalRef,
        Id,
    };

    CustomerRecord customer;
    Field field = Field::Name;
};

// Completes what the operator types into the create form's customer field, over the whole
// directory in memory. A customer matches when the text starts its name or a word of its name
// ("lop" finds "María López"; several words each start a word of the name, in any order),
// its email or the domain after the "@", its external reference, or its id. Case and accents
// do not count ("maria" finds "María", "strasse" finds "Straße"). Ranked: an exact match of
// a whole name, email, reference or id; then a name that starts with the text; then a later
// word of a name; then the rest (email, domain, reference, id). Closed customers come after
// all open ones; ties go by name.
//
// Each keystroke costs two binary searches over the sorted folded words and a pass over the
// customers they hold, so it stays in the milliseconds at 100,000 customers
// (bench/customercompletion). matches() is const and may run while nothing updates.
//
//     CustomerIndex index(store.customers());
//     for (const CustomerMatch &m : index.matches(u"lop", 10)) ... m.customer.name
//     index.update(changedCustomer); // after a ticket or ACCOUNT.CLOSED
class CustomerIndex final
{
public:
    CustomerIndex() = default;
    explicit CustomerIndex(const QList<CustomerRecord> &customers);

    // Replaces everything with `customers`.
    void reset(const QList<CustomerRecord> &customers);
    // Adds the customer, or replaces the one with its customerId (any case).
    void update(const CustomerRecord &customer);

    // At most `limit` customers for `text`, best first; none for an empty text or limit.
    QList<CustomerMatch> matches(QStringView text, qsizetype limit) const;

    qsizetype size() const { return qsizetype(m_customers.size()); }

    // `text` as the index compares it: compatibility-decomposed, accents and other marks
    // dropped, a few letters spelt out (ß ss, æ ae, ø o, ł l...), case-folded, runs of
    // white space as one space, trimmed.
    static QString fold(QStringView text);

private:
    enum class Kind : quint8
    {
        FullName,
        NameWord, // a word of the name after the first
        Email,
        EmailDomain,
        ExternalRef,
        Id,
    };
    // One searchable folded word of a customer, its bytes in m_text.
    struct Entry
    {
        quint64 head; // the first eight bytes, big-endian: sorts like the bytes where they differ
        quint32 offset;
        quint32 customer;
        quint16 length;
        Kind kind;
    };
    struct Customer
    {
        CustomerRecord record;
        QByteArray sortKey; // folded name (or email, or id): ties and multi-word checks
    };

    void addEntries(quint32 customer, std::vector<Entry> &out);
    void addEntry(quint32 customer, Kind kind, QByteArrayView folded, std::vector<Entry> &out);
    QByteArrayView bytes(const Entry &e) const;
    bool less(const Entry &a, const Entry &b) const;
    // The entries whose bytes start with `prefix`.
    std::pair<qsizetype, qsizetype> range(QByteArrayView prefix) const;
    bool nameLess(quint32 a, quint32 b) const; // by sortKey, then customerId
    void rankCustomers();
    // m_rank and the place in m_order of the customers at places [from, to) of m_byName.
    void rankByName(size_t from, size_t to);

    std::vector<Customer> m_customers;
    QHash<QString, quint32> m_byId; // lower-case customerId -> index in m_customers
    std::vector<Entry> m_entries;   // sorted by bytes
    QByteArray m_text;              // every entry's bytes
    qsizetype m_deadBytes = 0;      // of m_text, left by update()
    std::vector<quint32> m_byName;  // customer indexes sorted by sortKey
    std::vector<quint32> m_rank;    // customer index -> position in m_byName
    std::vector<quint64> m_order;   // customer index -> closed << 40 | rank: what ranks ties
};

} // namespace TicketDesk
