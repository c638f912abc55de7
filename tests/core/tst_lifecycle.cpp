// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lifecycle.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace TicketDesk;

// Checks the ticket lifecycle: every status against every fact, duplicates,
// facts for unknown tickets, order independence of remote facts, retry rules.
class TestLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void mismatchedTicketId_data();
    void mismatchedTicketId();
    void duplicates_data();
    void duplicates();
    void noStoredTicket_data();
    void noStoredTicket();
    void allOrdersAgree();
    void allOrdersAgreeWithRepeats();
    void differentIssueKeys();
    void createdWithoutKey();
    void outcomeNeverBeforeCreation();
    void unknownTicketAllOrders();
    void retryOnce();
    void verdictStrings();
    void orphanMerge_data();
    void orphanMerge();
    void filedTwiceAlongRetries();
};

namespace {

const QString tid = QStringLiteral("3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a10");
const QString otherTid = QStringLiteral("00000000-0000-0000-0000-000000000001");
const QString customer = QStringLiteral("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d");

QDateTime at(int seconds)
{
    return QDateTime(QDate(2026, 6, 26), QTime(14, 0), Qt::UTC).addSecs(seconds);
}

// A ticket as the store would hold it in `status`, with times before any fact below.
Ticket ticketIn(TicketStatus status)
{
    Ticket t;
    t.id = 1;
    t.customerId = customer;
    t.summary = QStringLiteral("Card payment not credited");
    t.description = QStringLiteral("details");
    t.createdAt = at(0);
    t.updatedAt = at(0);
    t.status = status;
    switch (status) {
    case TicketStatus::Queued:
        t.message = QStringLiteral("offline");
        break;
    case TicketStatus::Submitting:
        break;
    case TicketStatus::Rejected:
        t.message = QStringLiteral("customer has no email");
        break;
    case TicketStatus::Unconfirmed:
        t.message = QStringLiteral("timeout after sending");
        break;
    case TicketStatus::Pending:
        t.ticketId = tid;
        t.submittedAt = at(1);
        break;
    case TicketStatus::Created:
        t.ticketId = tid;
        t.submittedAt = at(1);
        t.issueKey = QStringLiteral("SUP-1");
        t.outcomeAt = at(2);
        break;
    case TicketStatus::Failed:
        t.ticketId = tid;
        t.submittedAt = at(1);
        t.outcomeAt = at(2);
        break;
    }
    return t;
}

// Every fact the matrix applies, by name. All happen after ticketIn()'s times.
Fact namedFact(const QString &name)
{
    const QDateTime when = at(100);
    if (name == u"submit")
        return Fact::submit(when);
    if (name == u"requeue")
        return Fact::requeue(QStringLiteral("no token"), when);
    if (name == u"accepted")
        return Fact::accepted(tid, when);
    if (name == u"rejected")
        return Fact::rejected(QStringLiteral("bad customer"), when);
    if (name == u"answer-lost")
        return Fact::answerLost(QStringLiteral("timeout"), when);
    if (name == u"webhook-created")
        return Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-1"), customer, QStringLiteral("s"), when);
    if (name == u"webhook-failed")
        return Fact::webhook(tid, TicketStatus::Failed, QString(), customer, QStringLiteral("s"), when);
    if (name == u"retrieved-pending")
        return Fact::retrieved(tid, TicketStatus::Pending, QString(), when);
    if (name == u"retrieved-created")
        return Fact::retrieved(tid, TicketStatus::Created, QStringLiteral("SUP-1"), when);
    if (name == u"retrieved-failed")
        return Fact::retrieved(tid, TicketStatus::Failed, QString(), when);
    if (name == u"retried-as")
        return Fact::retriedAs(2, when);
    if (name == u"not-found")
        return Fact::notFound(QStringLiteral("404 at every check"), when);
    qFatal("unknown fact %s", qPrintable(name));
}

QString describe(const Ticket &t)
{
    return statusToString(t.status) + u' ' + t.ticketId + u" key=" + t.issueKey + u" msg=" + t.message +
           u" submitted=" + t.submittedAt.toString(Qt::ISODateWithMs) + u" outcome=" +
           t.outcomeAt.toString(Qt::ISODateWithMs) + u" created=" + t.createdAt.toString(Qt::ISODateWithMs) +
           u" conflict=" + (t.conflict ? u'1' : u'0') + u" retriedAs=" + QString::number(t.retriedAs);
}

std::optional<Ticket> applyAll(std::optional<Ticket> t, const std::vector<Fact> &facts)
{
    for (const Fact &f : facts) {
        Transition tr = applyFact(t, f);
        if (tr.ticket)
            t = std::move(tr.ticket);
    }
    return t;
}

// Applies every ordering of `facts` and checks they all end in `expected`.
void checkAllOrders(const std::optional<Ticket> &start, std::vector<Fact> facts, const Ticket &expected)
{
    std::vector<int> order(facts.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    int orders = 0;
    do {
        std::vector<Fact> sequence;
        QString names;
        for (int i : order) {
            sequence.push_back(facts[size_t(i)]);
            names += factKindToString(facts[size_t(i)].kind) + u'/' + statusToString(facts[size_t(i)].status) + u' ';
        }
        const std::optional<Ticket> end = applyAll(start, sequence);
        QVERIFY2(end.has_value(), qPrintable(names));
        QVERIFY2(*end == expected, qPrintable(names + u"\n got: " + describe(*end) + u"\nwant: " + describe(expected)));
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    QVERIFY(orders >= 1);
}

} // namespace

void TestLifecycle::matrix_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<QString>("fact");
    QTest::addColumn<TicketStatus>("to");
    QTest::addColumn<Verdict>("verdict");

    using S = TicketStatus;
    using V = Verdict;
    struct Row
    {
        const char *fact;
        S to[7]; // indexed like allTicketStatuses: Q S P C F R U
        V verdict[7];
    };
    // clang-format off
    const Row rows[] = {
        {"submit",            {S::Submitting, S::Submitting, S::Pending, S::Created, S::Failed, S::Rejected, S::Unconfirmed},
                              {V::Applied, V::Duplicate, V::Invalid, V::Invalid, V::Invalid, V::Invalid, V::Invalid}},
        {"requeue",           {S::Queued, S::Queued, S::Pending, S::Created, S::Failed, S::Rejected, S::Unconfirmed},
                              {V::Duplicate, V::Applied, V::Invalid, V::Invalid, V::Invalid, V::Invalid, V::Invalid}},
        {"accepted",          {S::Pending, S::Pending, S::Pending, S::Created, S::Failed, S::Rejected, S::Pending},
                              {V::Applied, V::Applied, V::Duplicate, V::Stale, V::Stale, V::Invalid, V::Applied}},
        {"rejected",          {S::Rejected, S::Rejected, S::Pending, S::Created, S::Failed, S::Rejected, S::Unconfirmed},
                              {V::Applied, V::Applied, V::Invalid, V::Invalid, V::Invalid, V::Duplicate, V::Invalid}},
        {"answer-lost",       {S::Queued, S::Unconfirmed, S::Pending, S::Created, S::Failed, S::Rejected, S::Unconfirmed},
                              {V::Invalid, V::Applied, V::Invalid, V::Invalid, V::Invalid, V::Invalid, V::Duplicate}},
        {"webhook-created",   {S::Created, S::Created, S::Created, S::Created, S::Created, S::Created, S::Created},
                              {V::Applied, V::Applied, V::Applied, V::Duplicate, V::Conflict, V::Applied, V::Applied}},
        {"webhook-failed",    {S::Failed, S::Failed, S::Failed, S::Created, S::Failed, S::Failed, S::Failed},
                              {V::Applied, V::Applied, V::Applied, V::Conflict, V::Duplicate, V::Applied, V::Applied}},
        {"retrieved-pending", {S::Pending, S::Pending, S::Pending, S::Created, S::Failed, S::Pending, S::Pending},
                              {V::Applied, V::Applied, V::Duplicate, V::Stale, V::Stale, V::Applied, V::Applied}},
        {"retrieved-created", {S::Created, S::Created, S::Created, S::Created, S::Created, S::Created, S::Created},
                              {V::Applied, V::Applied, V::Applied, V::Duplicate, V::Conflict, V::Applied, V::Applied}},
        {"retrieved-failed",  {S::Failed, S::Failed, S::Failed, S::Created, S::Failed, S::Failed, S::Failed},
                              {V::Applied, V::Applied, V::Applied, V::Conflict, V::Duplicate, V::Applied, V::Applied}},
        {"retried-as",        {S::Queued, S::Submitting, S::Pending, S::Created, S::Failed, S::Rejected, S::Unconfirmed},
                              {V::Invalid, V::Invalid, V::Invalid, V::Invalid, V::Applied, V::Applied, V::Applied}},
        // Only a PENDING ticket is one Ripio can stop knowing; its ID stays, for a late webhook.
        {"not-found",         {S::Queued, S::Submitting, S::Unconfirmed, S::Created, S::Failed, S::Rejected, S::Unconfirmed},
                              {V::Invalid, V::Invalid, V::Applied, V::Invalid, V::Invalid, V::Invalid, V::Duplicate}},
    };
    // clang-format on
    for (const Row &row : rows) {
        for (size_t i = 0; i < allTicketStatuses.size(); ++i) {
            const S from = allTicketStatuses[i];
            QTest::addRow("%s-%s", qPrintable(statusToString(from)), row.fact)
                << from << QString::fromLatin1(row.fact) << row.to[i] << row.verdict[i];
        }
    }
}

void TestLifecycle::matrix()
{
    QFETCH(TicketStatus, from);
    QFETCH(QString, fact);
    QFETCH(TicketStatus, to);
    QFETCH(Verdict, verdict);

    const Ticket before = ticketIn(from);
    const Fact f = namedFact(fact);
    const Transition tr = applyFact(before, f);
    QVERIFY(tr.ticket.has_value());
    const Ticket &after = *tr.ticket;
    QCOMPARE(verdictToString(tr.verdict), verdictToString(verdict));
    QCOMPARE(statusToString(after.status), statusToString(to));

    // What never changes, whatever the fact.
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.customerId, before.customerId);
    QCOMPARE(after.summary, before.summary);
    QCOMPARE(after.description, before.description);
    QCOMPARE(after.createdAt, before.createdAt);
    QCOMPARE(after.createdHere, true);

    switch (verdict) {
    case Verdict::Duplicate:
    case Verdict::Stale:
    case Verdict::Invalid:
        QVERIFY2(after == before, qPrintable(describe(after)));
        break;
    case Verdict::Conflict: {
        QVERIFY(after.conflict);
        Ticket expected = before;
        expected.conflict = true;
        if (to != from) { // CREATED over FAILED
            expected.status = to;
            expected.issueKey = f.issueKey;
            expected.outcomeAt = f.at;
        }
        QVERIFY2(after == expected, qPrintable(describe(after)));
        break;
    }
    case Verdict::Applied:
        QVERIFY(!after.conflict);
        if (f.isRemote()) {
            QCOMPARE(after.ticketId, tid);
            QVERIFY(after.message.isEmpty());
        }
        if (f.kind == Fact::Kind::Accepted)
            QCOMPARE(after.submittedAt, f.at);
        if (isTerminal(to) && f.isRemote()) {
            QCOMPARE(after.outcomeAt, f.at);
            QCOMPARE(after.issueKey, to == TicketStatus::Created ? QStringLiteral("SUP-1") : QString());
        }
        if (f.kind == Fact::Kind::Requeue || f.kind == Fact::Kind::Rejected || f.kind == Fact::Kind::AnswerLost ||
            f.kind == Fact::Kind::NotFound)
            QCOMPARE(after.message, f.message);
        if (f.kind == Fact::Kind::NotFound)
            QCOMPARE(after.ticketId, before.ticketId);
        QCOMPARE(after.retriedAs, f.kind == Fact::Kind::RetriedAs ? f.retryId : before.retriedAs);
        break;
    case Verdict::UnknownTicketCreated:
        QFAIL("a stored ticket never yields UnknownTicketCreated");
    }
}

void TestLifecycle::mismatchedTicketId_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("factTicketId");
    for (TicketStatus s : {TicketStatus::Pending, TicketStatus::Created, TicketStatus::Failed}) {
        for (Fact::Kind k : {Fact::Kind::Accepted, Fact::Kind::Webhook, Fact::Kind::Retrieved}) {
            QTest::addRow("%s-%s-other", qPrintable(statusToString(s)), qPrintable(factKindToString(k)))
                << s << int(k) << otherTid;
            QTest::addRow("%s-%s-empty", qPrintable(statusToString(s)), qPrintable(factKindToString(k)))
                << s << int(k) << QString();
        }
    }
}

void TestLifecycle::mismatchedTicketId()
{
    QFETCH(TicketStatus, from);
    QFETCH(int, kind);
    QFETCH(QString, factTicketId);

    const Ticket before = ticketIn(from);
    Fact f;
    switch (Fact::Kind(kind)) {
    case Fact::Kind::Accepted:
        f = Fact::accepted(factTicketId, at(100));
        break;
    case Fact::Kind::Webhook:
        f = Fact::webhook(factTicketId, TicketStatus::Created, QStringLiteral("SUP-2"), customer, QString(), at(100));
        break;
    default:
        f = Fact::retrieved(factTicketId, TicketStatus::Failed, QString(), at(100));
        break;
    }
    const Transition tr = applyFact(before, f);
    QCOMPARE(tr.verdict, Verdict::Invalid);
    QVERIFY(tr.ticket.has_value());
    QVERIFY(*tr.ticket == before);
}

void TestLifecycle::duplicates_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<QString>("fact");
    QTest::addRow("submit") << TicketStatus::Queued << QStringLiteral("submit");
    QTest::addRow("requeue") << TicketStatus::Submitting << QStringLiteral("requeue");
    QTest::addRow("accepted") << TicketStatus::Submitting << QStringLiteral("accepted");
    QTest::addRow("rejected") << TicketStatus::Submitting << QStringLiteral("rejected");
    QTest::addRow("answer-lost") << TicketStatus::Submitting << QStringLiteral("answer-lost");
    QTest::addRow("webhook-created") << TicketStatus::Pending << QStringLiteral("webhook-created");
    QTest::addRow("webhook-failed") << TicketStatus::Pending << QStringLiteral("webhook-failed");
    QTest::addRow("retrieved-pending") << TicketStatus::Submitting << QStringLiteral("retrieved-pending");
    QTest::addRow("retrieved-created") << TicketStatus::Submitting << QStringLiteral("retrieved-created");
    QTest::addRow("retrieved-failed") << TicketStatus::Pending << QStringLiteral("retrieved-failed");
    QTest::addRow("retried-as") << TicketStatus::Failed << QStringLiteral("retried-as");
    QTest::addRow("not-found") << TicketStatus::Pending << QStringLiteral("not-found");
}

void TestLifecycle::duplicates()
{
    QFETCH(TicketStatus, from);
    QFETCH(QString, fact);

    const Fact f = namedFact(fact);
    const Transition first = applyFact(ticketIn(from), f);
    QCOMPARE(first.verdict, Verdict::Applied);
    QVERIFY(first.ticket.has_value());
    for (int i = 0; i < 3; ++i) {
        const Transition again = applyFact(first.ticket, f);
        QCOMPARE(verdictToString(again.verdict), verdictToString(Verdict::Duplicate));
        QVERIFY(again.ticket.has_value());
        QVERIFY2(*again.ticket == *first.ticket, qPrintable(describe(*again.ticket)));
    }
    // The same remote outcome reported earlier moves its time back and nothing else.
    if (f.isRemote()) {
        Fact earlier = f;
        earlier.at = f.at.addSecs(-30);
        const Transition again = applyFact(first.ticket, earlier);
        QCOMPARE(again.verdict, Verdict::Duplicate);
        Ticket expected = *first.ticket;
        if (f.kind == Fact::Kind::Accepted)
            expected.submittedAt = earlier.at;
        else if (isTerminal(f.status))
            expected.outcomeAt = earlier.at;
        QVERIFY2(*again.ticket == expected, qPrintable(describe(*again.ticket)));
    }
}

void TestLifecycle::noStoredTicket_data()
{
    QTest::addColumn<QString>("fact");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<TicketStatus>("status");
    for (const char *local : {"submit", "requeue", "accepted", "rejected", "answer-lost", "retried-as"})
        QTest::addRow("%s", local) << QString::fromLatin1(local) << Verdict::Invalid << TicketStatus::Queued;
    QTest::addRow("webhook-created") << QStringLiteral("webhook-created") << Verdict::UnknownTicketCreated
                                     << TicketStatus::Created;
    QTest::addRow("webhook-failed") << QStringLiteral("webhook-failed") << Verdict::UnknownTicketCreated
                                    << TicketStatus::Failed;
    QTest::addRow("retrieved-pending") << QStringLiteral("retrieved-pending") << Verdict::UnknownTicketCreated
                                       << TicketStatus::Pending;
    QTest::addRow("retrieved-created") << QStringLiteral("retrieved-created") << Verdict::UnknownTicketCreated
                                       << TicketStatus::Created;
}

void TestLifecycle::noStoredTicket()
{
    QFETCH(QString, fact);
    QFETCH(Verdict, verdict);
    QFETCH(TicketStatus, status);

    const Fact f = namedFact(fact);
    const Transition tr = applyFact(std::nullopt, f);
    QCOMPARE(verdictToString(tr.verdict), verdictToString(verdict));
    if (verdict == Verdict::Invalid) {
        QVERIFY(!tr.ticket.has_value());
        return;
    }
    QVERIFY(tr.ticket.has_value());
    const Ticket &t = *tr.ticket;
    QCOMPARE(t.status, status);
    QCOMPARE(t.id, qint64(0));
    QCOMPARE(t.ticketId, tid);
    QCOMPARE(t.createdHere, false);
    QCOMPARE(t.createdAt, f.at);
    QCOMPARE(t.customerId, f.customerId);
    QCOMPARE(t.summary, f.summary);
    QCOMPARE(t.issueKey, f.issueKey);
    QCOMPARE(t.outcomeAt, isTerminal(status) ? f.at : QDateTime());
    QVERIFY(!t.submittedAt.isValid());
    QVERIFY(!t.conflict);

    // A remote fact that cannot name a ticket, or names a local status, makes no row.
    Fact noId = f;
    noId.ticketId.clear();
    QCOMPARE(applyFact(std::nullopt, noId).verdict, Verdict::Invalid);
    QVERIFY(!applyFact(std::nullopt, noId).ticket.has_value());
    Fact localStatus = f;
    localStatus.status = TicketStatus::Unconfirmed;
    QCOMPARE(applyFact(std::nullopt, localStatus).verdict, Verdict::Invalid);
}

void TestLifecycle::allOrdersAgree()
{
    // Every non-empty subset of these five facts, in every order, from SUBMITTING.
    const Fact accepted = Fact::accepted(tid, at(10));
    const Fact webhookCreated =
        Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-7"), customer, QStringLiteral("s"), at(20));
    const Fact webhookFailed =
        Fact::webhook(tid, TicketStatus::Failed, QString(), customer, QStringLiteral("s"), at(15));
    const Fact retrievedCreated = Fact::retrieved(tid, TicketStatus::Created, QStringLiteral("SUP-7"), at(30));
    const Fact retrievedPending = Fact::retrieved(tid, TicketStatus::Pending, QString(), at(5));
    const Fact all[] = {accepted, webhookCreated, webhookFailed, retrievedCreated, retrievedPending};

    Ticket start = ticketIn(TicketStatus::Submitting);
    start.message = QStringLiteral("left over from a requeue");
    int subsets = 0;
    for (int mask = 1; mask < 32; ++mask) {
        std::vector<Fact> facts;
        for (int i = 0; i < 5; ++i) {
            if (mask & (1 << i))
                facts.push_back(all[i]);
        }
        const bool hasA = mask & 1, hasWC = mask & 2, hasWF = mask & 4, hasRC = mask & 8;
        Ticket expected = start;
        expected.ticketId = tid;
        expected.message.clear();
        expected.submittedAt = hasA ? accepted.at : QDateTime();
        if (hasWC || hasRC) {
            expected.status = TicketStatus::Created;
            expected.issueKey = QStringLiteral("SUP-7");
            expected.outcomeAt = hasWC ? webhookCreated.at : retrievedCreated.at;
        } else if (hasWF) {
            expected.status = TicketStatus::Failed;
            expected.outcomeAt = webhookFailed.at;
        } else {
            expected.status = TicketStatus::Pending;
        }
        expected.conflict = hasWF && (hasWC || hasRC);
        checkAllOrders(start, facts, expected);
        if (QTest::currentTestFailed())
            return;
        ++subsets;
    }
    QCOMPARE(subsets, 31);
}

void TestLifecycle::allOrdersAgreeWithRepeats()
{
    // Redeliveries: the same CREATED twice (the second reported earlier) and a FAILED.
    const Ticket start = ticketIn(TicketStatus::Submitting);
    const std::vector<Fact> facts{
        Fact::accepted(tid, at(10)),
        Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-7"), customer, QString(), at(20)),
        Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-7"), customer, QString(), at(12)),
        Fact::webhook(tid, TicketStatus::Failed, QString(), customer, QString(), at(11)),
        Fact::accepted(tid, at(9)),
    };
    Ticket expected = start;
    expected.ticketId = tid;
    expected.status = TicketStatus::Created;
    expected.issueKey = QStringLiteral("SUP-7");
    expected.submittedAt = at(9);
    expected.outcomeAt = at(12);
    expected.conflict = true;
    checkAllOrders(start, facts, expected);
}

void TestLifecycle::differentIssueKeys()
{
    const Ticket start = ticketIn(TicketStatus::Pending);
    const Fact a = Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-9"), customer, QString(), at(20));
    const Fact b = Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-10"), customer, QString(), at(30));

    for (const auto &[first, second] : {std::pair{a, b}, std::pair{b, a}}) {
        const Transition one = applyFact(start, first);
        QCOMPARE(one.verdict, Verdict::Applied);
        const Transition two = applyFact(one.ticket, second);
        QCOMPARE(two.verdict, Verdict::Conflict);
        QVERIFY(two.ticket->conflict);
        QCOMPARE(two.ticket->status, TicketStatus::Created);
        // The lexically smaller key wins, whichever came first.
        QCOMPARE(two.ticket->issueKey, QStringLiteral("SUP-10"));
        QCOMPARE(two.ticket->outcomeAt, at(20));
    }
    checkAllOrders(start, {a, b}, *applyFact(applyFact(start, a).ticket, b).ticket);
}

void TestLifecycle::createdWithoutKey()
{
    // A Retrieve answer may say CREATED with issueKey null: it must neither beat
    // nor contradict a real key, in any order.
    const Ticket start = ticketIn(TicketStatus::Pending);
    const Fact keyless = Fact::retrieved(tid, TicketStatus::Created, QString(), at(10));
    const Fact keyed = Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-2"), customer, QString(), at(20));
    const Fact other = Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-1"), customer, QString(), at(30));

    const Transition first = applyFact(start, keyless);
    QCOMPARE(first.verdict, Verdict::Applied);
    QCOMPARE(first.ticket->issueKey, QString());
    const Transition filled = applyFact(first.ticket, keyed);
    QCOMPARE(filled.verdict, Verdict::Applied);
    QCOMPARE(filled.ticket->issueKey, QStringLiteral("SUP-2"));
    QVERIFY(!filled.ticket->conflict);
    const Transition late = applyFact(applyFact(start, keyed).ticket, keyless);
    QCOMPARE(late.verdict, Verdict::Duplicate);

    Ticket expected = start;
    expected.status = TicketStatus::Created;
    expected.issueKey = QStringLiteral("SUP-2");
    expected.outcomeAt = at(10);
    checkAllOrders(start, {keyless, keyed}, expected);
    expected.issueKey = QStringLiteral("SUP-1");
    expected.conflict = true;
    checkAllOrders(start, {keyless, keyed, other}, expected);
}

void TestLifecycle::outcomeNeverBeforeCreation()
{
    // Event times come from the sender: one years back (a skewed clock, a replay let through as
    // late) must not date the outcome before the ticket was made, or its time to outcome is negative.
    const QDateTime yearsBack = at(0).addYears(-6);
    const Ticket pending = ticketIn(TicketStatus::Pending);
    const Fact old = Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-2"), customer, QString(), yearsBack);
    const Transition created = applyFact(pending, old);
    QCOMPARE(created.verdict, Verdict::Applied);
    QCOMPARE(created.ticket->outcomeAt, pending.createdAt);
    // A duplicate of an outcome already known, dated before the ticket was made (years back, or a
    // minute before): it changes nothing. Both times were pulled back to the creation, and the
    // ticket's time to outcome became 0 (an audit's p50 fell from 500 to 0 ms).
    for (const TicketStatus status : {TicketStatus::Created, TicketStatus::Failed}) {
        const Ticket done = ticketIn(status);
        QVERIFY(done.submittedAt.isValid() && done.outcomeAt > done.submittedAt);
        for (const QDateTime &when : {yearsBack, done.createdAt.addSecs(-60)}) {
            const Fact again = Fact::webhook(tid, status, status == TicketStatus::Created ? done.issueKey : QString(),
                                             customer, QString(), when);
            const Transition duplicate = applyFact(done, again);
            QCOMPARE(duplicate.verdict, Verdict::Duplicate);
            QCOMPARE(duplicate.ticket->outcomeAt, done.outcomeAt);
            QCOMPARE(duplicate.ticket->submittedAt, done.submittedAt);
        }
        // Told again with an earlier time that is still after the acceptance (a Retrieve answer,
        // dated when it was asked, then Ripio's own webhook): the earlier time is the outcome's.
        const QDateTime between = done.submittedAt.addMSecs(done.submittedAt.msecsTo(done.outcomeAt) / 2);
        const Fact truer = Fact::webhook(tid, status, status == TicketStatus::Created ? done.issueKey : QString(),
                                         customer, QString(), between);
        QCOMPARE(applyFact(done, truer).ticket->outcomeAt, between);
    }
    // First seen through a webhook: the ticket dates from its earliest fact, and so may its outcome.
    const Transition remote = applyFact(std::nullopt, old);
    QCOMPARE(remote.ticket->outcomeAt, yearsBack);
    QCOMPARE(remote.ticket->createdAt, yearsBack);

    // A slow 202, received after the webhook that Ripio dated earlier: the ticket was accepted by
    // then, and its time to outcome is not negative (an audit's stats had a p50 of -2298 ms).
    Ticket sending = ticketIn(TicketStatus::Submitting);
    sending.ticketId.clear();
    sending.submittedAt = QDateTime();
    const Fact early = Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-3"), customer, QString(), at(10));
    const Transition first = applyFact(sending, early);
    QCOMPARE(first.ticket->status, TicketStatus::Created);
    const Transition accepted = applyFact(*first.ticket, Fact::accepted(tid, at(12)));
    QVERIFY(accepted.ticket);
    QCOMPARE(accepted.ticket->outcomeAt, at(10));
    QCOMPARE(accepted.ticket->submittedAt, at(10));
}

void TestLifecycle::unknownTicketAllOrders()
{
    // A ticket another desk created: the first fact makes the row, later ones
    // complete it, and the order does not matter.
    const Fact created =
        Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-3"), customer, QStringLiteral("s"), at(20));
    const Fact failed = Fact::webhook(tid, TicketStatus::Failed, QString(), customer, QStringLiteral("s"), at(15));
    const Fact retrieved = Fact::retrieved(tid, TicketStatus::Created, QStringLiteral("SUP-3"), at(30));

    Ticket expected;
    expected.ticketId = tid;
    expected.customerId = customer;
    expected.summary = QStringLiteral("s");
    expected.status = TicketStatus::Created;
    expected.issueKey = QStringLiteral("SUP-3");
    expected.outcomeAt = at(20);
    expected.createdAt = at(15);
    expected.createdHere = false;
    expected.conflict = true;
    checkAllOrders(std::nullopt, {created, failed, retrieved}, expected);
}

void TestLifecycle::retryOnce()
{
    const Ticket failed = ticketIn(TicketStatus::Failed);
    const Transition first = applyFact(failed, Fact::retriedAs(2, at(50)));
    QCOMPARE(first.verdict, Verdict::Applied);
    QCOMPARE(first.ticket->retriedAs, qint64(2));
    QCOMPARE(first.ticket->status, TicketStatus::Failed);

    // Once only: the same link again is a duplicate, a second retry is refused.
    QCOMPARE(applyFact(first.ticket, Fact::retriedAs(2, at(60))).verdict, Verdict::Duplicate);
    const Transition second = applyFact(first.ticket, Fact::retriedAs(3, at(60)));
    QCOMPARE(second.verdict, Verdict::Invalid);
    QCOMPARE(second.ticket->retriedAs, qint64(2));

    // No local id, no link.
    QCOMPARE(applyFact(failed, Fact::retriedAs(0, at(50))).verdict, Verdict::Invalid);
    QCOMPARE(applyFact(failed, Fact::retriedAs(-4, at(50))).verdict, Verdict::Invalid);

    // A late CREATED for a retried ticket is recorded as a conflict; the link stays.
    const Transition late = applyFact(
        first.ticket, Fact::webhook(tid, TicketStatus::Created, QStringLiteral("SUP-5"), customer, QString(), at(70)));
    QCOMPARE(late.verdict, Verdict::Conflict);
    QCOMPARE(late.ticket->status, TicketStatus::Created);
    QCOMPARE(late.ticket->retriedAs, qint64(2));
    QVERIFY(late.ticket->conflict);
    QCOMPARE(applyFact(late.ticket, Fact::retriedAs(3, at(80))).verdict, Verdict::Invalid);
}

void TestLifecycle::verdictStrings()
{
    QStringList names;
    for (Verdict v : {Verdict::Applied, Verdict::Duplicate, Verdict::Stale, Verdict::Conflict,
                      Verdict::UnknownTicketCreated, Verdict::Invalid}) {
        QVERIFY(!verdictToString(v).isEmpty());
        QVERIFY(!names.contains(verdictToString(v)));
        names.append(verdictToString(v));
    }
}

namespace {

// The local row right after its 202: PENDING with the ticketId, no outcome yet.
Ticket acceptedRow()
{
    Ticket t = ticketIn(TicketStatus::Pending);
    t.id = 5;
    t.submittedAt = at(40);
    return t;
}

// A row first seen through a webhook (or Retrieve) for the same ticketId.
Ticket orphanRow(TicketStatus status, const QString &issueKey)
{
    Ticket o;
    o.id = 9;
    o.ticketId = tid;
    o.customerId = customer;
    o.summary = QStringLiteral("from the webhook");
    o.status = status;
    o.issueKey = issueKey;
    o.createdHere = false;
    o.createdAt = at(20);
    o.updatedAt = at(20);
    if (status != TicketStatus::Pending)
        o.outcomeAt = at(30);
    return o;
}

} // namespace

void TestLifecycle::orphanMerge_data()
{
    // The orphan's side, the local row's side (acceptedRow() changed as given; a
    // local outcome dates from at(50)), then what the merge must give.
    QTest::addColumn<TicketStatus>("orphanStatus");
    QTest::addColumn<QString>("orphanKey");
    QTest::addColumn<bool>("orphanConflict");
    QTest::addColumn<qint64>("orphanRetriedAs");
    QTest::addColumn<TicketStatus>("localStatus");
    QTest::addColumn<QString>("localKey");
    QTest::addColumn<bool>("localConflict");
    QTest::addColumn<qint64>("localRetriedAs");
    QTest::addColumn<bool>("localCreatedHere");
    QTest::addColumn<QString>("orphanTicketId");
    QTest::addColumn<TicketStatus>("status");
    QTest::addColumn<QString>("issueKey");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<QDateTime>("outcomeAt");
    QTest::addColumn<QDateTime>("createdAt");
    QTest::addColumn<qint64>("retriedAs");
    QTest::addColumn<RetryLink>("retryLink");

    using S = TicketStatus;
    const auto P = S::Pending;
    const QString key = QStringLiteral("SUP-7");
    const QString none;
    // The local row was created here at(0); the orphan at(20), its outcome at(30).
    QTest::newRow("orphan CREATED meets 202")
        << S::Created << key << false << qint64(0) << P << none << false << qint64(0) << true << tid << S::Created
        << key << Verdict::Applied << false << at(30) << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("orphan CREATED without key")
        << S::Created << none << false << qint64(0) << P << none << false << qint64(0) << true << tid << S::Created
        << none << Verdict::Applied << false << at(30) << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("orphan FAILED meets 202")
        << S::Failed << none << false << qint64(0) << P << none << false << qint64(0) << true << tid << S::Failed
        << none << Verdict::Applied << false << at(30) << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("orphan PENDING meets 202")
        << S::Pending << none << false << qint64(0) << P << none << false << qint64(0) << true << tid << S::Pending
        << none << Verdict::Duplicate << false << QDateTime() << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("orphan flagged keeps its flag")
        << S::Created << key << true << qint64(0) << P << none << false << qint64(0) << true << tid << S::Created << key
        << Verdict::Applied << true << at(30) << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("local flagged keeps its flag")
        << S::Failed << none << false << qint64(0) << P << none << true << qint64(0) << true << tid << S::Failed << none
        << Verdict::Applied << true << at(30) << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("orphan FAILED, local CREATED")
        << S::Failed << none << false << qint64(0) << S::Created << key << false << qint64(0) << true << tid
        << S::Created << key << Verdict::Conflict << true << at(50) << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("orphan CREATED, local FAILED")
        << S::Created << key << false << qint64(0) << S::Failed << none << false << qint64(0) << true << tid
        << S::Created << key << Verdict::Conflict << true << at(30) << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("two keys keep the smaller")
        << S::Created << QStringLiteral("SUP-1") << false << qint64(0) << S::Created << QStringLiteral("SUP-2") << false
        << qint64(0) << true << tid << S::Created << QStringLiteral("SUP-1") << Verdict::Conflict << true << at(30)
        << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("same key is a duplicate")
        << S::Created << key << false << qint64(0) << S::Created << key << false << qint64(0) << true << tid
        << S::Created << key << Verdict::Duplicate << false << at(30) << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("not created here dates from the earliest")
        << S::Created << key << false << qint64(0) << P << none << false << qint64(0) << false << tid << S::Created
        << key << Verdict::Applied << false << at(30) << at(0) << qint64(0) << RetryLink::None;
    QTest::newRow("orphan retried, local not: adopt")
        << S::Failed << none << false << qint64(12) << P << none << false << qint64(0) << true << tid << S::Failed
        << none << Verdict::Applied << false << at(30) << at(0) << qint64(12) << RetryLink::Adopt;
    QTest::newRow("both retried: local keeps its own")
        << S::Failed << none << false << qint64(12) << P << none << false << qint64(11) << true << tid << S::Failed
        << none << Verdict::Applied << false << at(30) << at(0) << qint64(11) << RetryLink::Drop;
    QTest::newRow("other ticketId folds nothing")
        << S::Created << key << true << qint64(0) << P << none << false << qint64(0) << true << otherTid << S::Pending
        << none << Verdict::Invalid << true << QDateTime() << at(0) << qint64(0) << RetryLink::None;
}

void TestLifecycle::orphanMerge()
{
    QFETCH(TicketStatus, orphanStatus);
    QFETCH(QString, orphanKey);
    QFETCH(bool, orphanConflict);
    QFETCH(qint64, orphanRetriedAs);
    QFETCH(TicketStatus, localStatus);
    QFETCH(QString, localKey);
    QFETCH(bool, localConflict);
    QFETCH(qint64, localRetriedAs);
    QFETCH(bool, localCreatedHere);
    QFETCH(QString, orphanTicketId);

    Ticket local = acceptedRow();
    local.status = localStatus;
    local.issueKey = localKey;
    if (localStatus != TicketStatus::Pending)
        local.outcomeAt = at(50);
    local.conflict = localConflict;
    local.retriedAs = localRetriedAs;
    local.createdHere = localCreatedHere;
    if (!localCreatedHere)
        local.createdAt = at(60); // seen here later than the orphan: the orphan's time wins
    Ticket orphan = orphanRow(orphanStatus, orphanKey);
    orphan.ticketId = orphanTicketId;
    orphan.conflict = orphanConflict;
    orphan.retriedAs = orphanRetriedAs;

    const OrphanMerge merge = mergeOrphan(local, orphan);

    QTEST(merge.ticket.status, "status");
    QTEST(merge.ticket.issueKey, "issueKey");
    QTEST(merge.verdict, "verdict");
    QTEST(merge.ticket.conflict, "conflict");
    QTEST(merge.retryLink, "retryLink");
    QTEST(merge.ticket.retriedAs, "retriedAs");
    QCOMPARE(merge.deleteId, orphan.id);
    // The local row stays the row: its identity, own fields and 202 time survive; but a ticket is
    // never submitted after its outcome (the 202 came after Ripio's dated event: it had accepted
    // the ticket by then).
    QCOMPARE(merge.ticket.id, local.id);
    QCOMPARE(merge.ticket.ticketId, tid);
    QCOMPARE(merge.ticket.description, local.description);
    const bool outcomeFirst = merge.ticket.outcomeAt.isValid() && merge.ticket.outcomeAt < local.submittedAt;
    QCOMPARE(merge.ticket.submittedAt, outcomeFirst ? merge.ticket.outcomeAt : local.submittedAt);
    QVERIFY(!merge.ticket.outcomeAt.isValid() || merge.ticket.submittedAt <= merge.ticket.outcomeAt);
    QCOMPARE(merge.ticket.createdHere, localCreatedHere);
    QCOMPARE(merge.ticket.summary, local.summary);
    QCOMPARE(merge.ticket.customerId, local.customerId);
    if (localCreatedHere)
        QTEST(merge.ticket.createdAt, "createdAt");
    else
        QCOMPARE(merge.ticket.createdAt, orphan.outcomeAt.isValid() ? orphan.outcomeAt : orphan.createdAt);
    QTEST(merge.ticket.outcomeAt, "outcomeAt");
    if (merge.ticket.status != localStatus)
        QVERIFY(merge.ticket.message.isEmpty());
}

// The rule the table and `show` share: the first other CREATED ticket along the chain of
// retries, either way; none for a ticket not CREATED; a loop in damaged data ends.
void TestLifecycle::filedTwiceAlongRetries()
{
    using S = TicketStatus;
    QHash<qint64, RetryChainLink> chain{
        {1, {S::Created, 0, 2}},                             // A, registered after all
        {2, {S::Failed, 1, 3}},                              // B
        {3, {S::Created, 2, 0}},                             // C
        {4, {S::Created, 0, 0}},                             // alone
        {7, {S::Unconfirmed, 8, 8}}, {8, {S::Failed, 7, 7}}, // a loop
    };
    const auto linkOf = [&chain](qint64 id) -> std::optional<RetryChainLink> {
        const auto it = chain.constFind(id);
        return it == chain.constEnd() ? std::nullopt : std::optional<RetryChainLink>(*it);
    };
    QCOMPARE(filedTwiceWith(chain[1], linkOf), qint64(3));
    QCOMPARE(filedTwiceWith(chain[3], linkOf), qint64(1));
    QCOMPARE(filedTwiceWith(chain[2], linkOf), qint64(0)); // FAILED itself
    QCOMPARE(filedTwiceWith(chain[4], linkOf), qint64(0));
    QCOMPARE(filedTwiceWith({S::Created, 8, 0}, linkOf), qint64(0));  // ends in spite of the loop
    QCOMPARE(filedTwiceWith({S::Created, 99, 0}, linkOf), qint64(0)); // an unknown link ends the walk
    chain[2].status = S::Created;
    QCOMPARE(filedTwiceWith(chain[1], linkOf), qint64(2)); // the nearest one
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
