// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ticketmodel.h"
#include "gui/ticketproxy.h"
#include "support/manualclock.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace TicketDesk;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 6, 26), QTime(14, 30), Qt::UTC);

// TicketProxy's semantics written plainly, on Qt's own proxy: a status mask, a
// trimmed text found case-insensitively in the customer's UUID, name or email,
// summary, issue key, ticket ID or reference, and a sort by one column whose
// text columns (the Customer column's text is the name when the directory
// knows it, else the UUID) compare their UTF-8
// bytes folded as search folds them, without case or accents (other columns:
// the SortRole integer), ties by local id in both directions.
//
// One thing QSortFilterProxyModel cannot follow by itself: a model batch
// updates all its rows first and then signals one dataChanged per contiguous
// run, and Qt's proxy places each run by binary search among rows whose keys
// have changed already but are not placed yet (they come in a later run), so
// it leaves rows out of order. TicketProxy repositions a batch's rows only once
// the batch is complete; the reference sorts and filters again from scratch
// after every batch, which is the plain form of the same thing.
class ReferenceProxy final : public QSortFilterProxyModel
{
public:
    explicit ReferenceProxy(TicketModel *model)
        : m_model(model)
    {
        setDynamicSortFilter(true);
        setSortRole(TicketModel::SortRole);
        setSourceModel(model);
        connect(model, &TicketModel::batchApplied, this, &QSortFilterProxyModel::invalidate);
        connect(model, &TicketModel::customerDirectoryChanged, this, &QSortFilterProxyModel::invalidate);
    }

    void setStatusMask(quint32 mask)
    {
        m_mask = mask;
        invalidateFilter();
    }
    void setText(const QString &text)
    {
        m_text = folded(text.trimmed());
        invalidateFilter();
    }

    // Search ignores case and accents: the text decomposed, case-folded, without its marks.
    static QString folded(const QString &text)
    {
        QString out;
        for (const QChar c : text.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
            if (!c.isMark())
                out += c;
        }
        return out;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!(m_mask & (1u << m->index(sourceRow, 0, sourceParent).data(TicketModel::StatusRole).toUInt())))
            return false;
        if (m_text.isEmpty())
            return true;
        const QString customerId = m->index(sourceRow, TicketModel::CustomerIdColumn, sourceParent).data().toString();
        const CustomerRecord customer = m_model->customer(customerId);
        for (const QString &field : {customerId, customer.name.trimmed(), customer.email.trimmed()}) {
            if (folded(field).contains(m_text))
                return true;
        }
        for (int column : {TicketModel::SummaryColumn, TicketModel::IssueKeyColumn, TicketModel::TicketIdColumn,
                           TicketModel::ReferenceColumn}) {
            if (folded(m->index(sourceRow, column, sourceParent).data().toString()).contains(m_text))
                return true;
        }
        return false;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        switch (left.column()) {
        case TicketModel::IssueKeyColumn:
        case TicketModel::CustomerColumn:
        case TicketModel::SummaryColumn:
        case TicketModel::TicketIdColumn:
        case TicketModel::OperatorColumn:
        case TicketModel::ReferenceColumn:
        case TicketModel::CustomerIdColumn: {
            // Folded as search folds: case and accents away.
            const QByteArray a = folded(left.data().toString()).toUtf8();
            const QByteArray b = folded(right.data().toString()).toUtf8();
            if (a != b)
                return a < b;
            break;
        }
        default: {
            const qint64 a = left.data(TicketModel::SortRole).toLongLong();
            const qint64 b = right.data(TicketModel::SortRole).toLongLong();
            if (a != b)
                return a < b;
        }
        }
        return left.data(TicketModel::IdRole).toLongLong() < right.data(TicketModel::IdRole).toLongLong();
    }

private:
    const TicketModel *m_model;
    quint32 m_mask = TicketProxy::allStatuses;
    QString m_text;
};

QList<qint64> ids(const QAbstractItemModel &proxy)
{
    QList<qint64> out;
    out.reserve(proxy.rowCount());
    for (int r = 0; r < proxy.rowCount(); ++r)
        out << proxy.index(r, 0).data(TicketModel::IdRole).toLongLong();
    return out;
}

// Up to 40 ids from `from` on, with "..." where the list goes on.
QString describe(const QList<qint64> &list, qsizetype from)
{
    QStringList parts;
    for (qint64 id : list.mid(from, 40))
        parts << QString::number(id);
    return (from > 0 ? QStringLiteral("[... ") : QStringLiteral("[")) + parts.join(QLatin1Char(' ')) +
           (list.size() > from + 40 ? QStringLiteral(" ...]") : QStringLiteral("]"));
}

// Where two lists first differ, a few rows early so that the context shows.
qsizetype firstDifference(const QList<qint64> &a, const QList<qint64> &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return std::max<qsizetype>(0, i - 5);
}

// Words with shared prefixes, mixed case and a few non-ASCII letters, so that
// texts tie, differ only in case, and sort past their first eight bytes.
const QStringList words = {
    QStringLiteral("alpha"),  QStringLiteral("Alpha"), QStringLiteral("ALPHABET"), QStringLiteral("beta"),
    QStringLiteral("niño"),   QStringLiteral("NIÑO"),  QStringLiteral("Ñandú"),    QStringLiteral("café"),
    QStringLiteral("cafe"),   QStringLiteral("Nandu"), QStringLiteral("deposit"),  QStringLiteral("deposit-missing"),
    QStringLiteral("refund"), QStringLiteral("x"),
};

// Search texts: ASCII and not, any case, padded, ones that match nothing.
const QStringList needles = {
    QString(),
    QStringLiteral("a"),
    QStringLiteral("AL"),
    QStringLiteral("alpha"),
    QStringLiteral(" beta "),
    QStringLiteral("sup-1"),
    QStringLiteral("SUP-12"),
    QStringLiteral("ñ"),
    QStringLiteral("NIÑO"),
    QStringLiteral("É"),
    QStringLiteral("cust-b"),
    QStringLiteral("tid-1"),
    QStringLiteral("-"),
    QStringLiteral("deposit-m"),
    QStringLiteral("zzz"),
    QStringLiteral("@EX"),
    QStringLiteral("ana"),
    QStringLiteral("ÑAN"),
    QStringLiteral("nandu"),
    QStringLiteral("CAFÉ"),
    QStringLiteral("ref-"),
};

class Scenario
{
public:
    explicit Scenario(quint32 seed)
        : m_random(seed)
    {
        m_model.appendLoaded(newTickets(60));
        m_proxy.setTicketModel(&m_model);
    }

    TicketModel &model() { return m_model; }
    TicketProxy &proxy() { return m_proxy; }
    ReferenceProxy &reference() { return m_reference; }

    // One random step on the model or on both proxies alike; says what it did.
    QString step()
    {
        const int what = m_random.bounded(100);
        if (what < 20)
            return insert();
        if (what < 45)
            return change();
        if (what < 55)
            return remove();
        if (what < 68)
            return filterText();
        if (what < 80)
            return filterStatus();
        if (what < 87)
            return directory();
        return sort();
    }

private:
    QString text(int maxWords)
    {
        QStringList parts;
        const int n = m_random.bounded(maxWords + 1);
        for (int i = 0; i < n; ++i)
            parts << words[m_random.bounded(int(words.size()))];
        return parts.join(QLatin1Char(' '));
    }

    void randomise(Ticket &t)
    {
        t.status = allTicketStatuses[size_t(m_random.bounded(int(ticketStatusCount)))];
        t.customerId = QStringLiteral("cust-%1").arg(QChar(u'a' + m_random.bounded(4)));
        if (m_random.bounded(3) == 0)
            t.customerId = t.customerId.toUpper();
        t.summary = text(3);
        t.issueKey =
            t.status == TicketStatus::Created ? QStringLiteral("SUP-%1").arg(m_random.bounded(1, 30)) : QString();
        t.ticketId = t.status == TicketStatus::Queued ? QString() : QStringLiteral("tid-%1").arg(t.id);
        // Few distinct times, so time columns tie.
        t.createdAt = t0.addSecs(m_random.bounded(20));
        t.submittedAt = m_random.bounded(2) ? t.createdAt.addSecs(m_random.bounded(5)) : QDateTime();
        t.outcomeAt = isTerminal(t.status) ? t0.addSecs(m_random.bounded(10, 20)) : QDateTime();
        t.retriedAs = isRetryable(t.status) && m_random.bounded(3) == 0 ? t.id + 1000 : 0;
        t.reference = m_random.bounded(3) == 0 ? QStringLiteral("REF-") + text(1) : QString();
        t.createdBy = m_random.bounded(2) ? words[m_random.bounded(int(words.size()))] : QString();
    }

    // Names and emails for some of the customers (cust-a to cust-e; e has no tickets).
    QString directory()
    {
        const auto record = [this](QChar which) {
            CustomerRecord r;
            r.customerId = QStringLiteral("cust-%1").arg(which);
            if (m_random.bounded(3))
                r.name = text(2);
            if (m_random.bounded(2))
                r.email = words[m_random.bounded(int(words.size()))] + QStringLiteral("@example.com");
            return r;
        };
        if (m_random.bounded(3) == 0) {
            const CustomerRecord one = record(QChar(u'a' + m_random.bounded(5)));
            m_model.setCustomer(one);
            return QStringLiteral("customer %1 '%2' '%3'").arg(one.customerId, one.name, one.email);
        }
        QList<CustomerRecord> all;
        QStringList what;
        for (int i = 0; i < 5; ++i) {
            if (m_random.bounded(4) == 0)
                continue;
            all << record(QChar(u'a' + i));
            what << QStringLiteral("%1 '%2'").arg(all.last().customerId, all.last().name);
        }
        m_model.setCustomerDirectory(all);
        return QStringLiteral("directory ") + what.join(QStringLiteral(", "));
    }

    QList<Ticket> newTickets(int n)
    {
        QList<Ticket> out;
        for (int i = 0; i < n; ++i) {
            Ticket t;
            t.id = m_nextId;
            // Ids are not in row order: ties then break against the insertion order.
            m_nextId += m_random.bounded(1, 4);
            randomise(t);
            m_tickets.insert(t.id, t);
            out << t;
        }
        // A shuffled batch: rows arrive in any order.
        for (qsizetype i = out.size() - 1; i > 0; --i)
            out.swapItemsAt(i, m_random.bounded(int(i) + 1));
        return out;
    }

    QList<qint64> someIds(int n)
    {
        QList<qint64> out;
        const QList<qint64> known = m_tickets.keys();
        for (int i = 0; i < n && !known.isEmpty(); ++i)
            out << known[m_random.bounded(int(known.size()))];
        return out;
    }

    void apply()
    {
        while (m_model.hasPending())
            m_model.applyPending();
    }

    QString insert()
    {
        const int n = m_random.bounded(1, 8);
        const QList<Ticket> fresh = newTickets(n);
        if (m_random.bounded(4) == 0) {
            m_model.appendLoaded(fresh);
            return QStringLiteral("load %1 rows").arg(n);
        }
        m_model.enqueueChanged(fresh);
        apply();
        return QStringLiteral("insert %1 rows").arg(n);
    }

    QString change()
    {
        QList<Ticket> changed;
        QStringList what;
        for (qint64 id : someIds(m_random.bounded(1, 6))) {
            Ticket &t = m_tickets[id];
            switch (m_random.bounded(4)) {
            case 0:
                t.status = allTicketStatuses[size_t(m_random.bounded(int(ticketStatusCount)))];
                what << QStringLiteral("#%1 status %2").arg(id).arg(statusToString(t.status));
                break;
            case 1:
                t.summary = text(3);
                what << QStringLiteral("#%1 summary '%2'").arg(id).arg(t.summary);
                break;
            case 2:
                t.issueKey = QStringLiteral("sup-%1").arg(m_random.bounded(1, 30));
                t.outcomeAt = t0.addSecs(m_random.bounded(10, 20));
                what << QStringLiteral("#%1 issue key %2").arg(id).arg(t.issueKey);
                break;
            default:
                randomise(t);
                what << QStringLiteral("#%1 everything").arg(id);
                break;
            }
            changed << t;
        }
        m_model.enqueueChanged(changed);
        apply();
        return QStringLiteral("change ") + what.join(QStringLiteral(", "));
    }

    QString remove()
    {
        QList<qint64> gone = someIds(m_random.bounded(1, 5));
        for (qint64 id : std::as_const(gone))
            m_tickets.remove(id);
        m_model.enqueueRemoved(gone);
        apply();
        QStringList list;
        for (qint64 id : std::as_const(gone))
            list << QString::number(id);
        return QStringLiteral("remove ") + list.join(QLatin1Char(' '));
    }

    QString filterText()
    {
        // Sometimes typed on (a narrowing), sometimes a new search.
        const QString typed = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ-1ñ");
        const QString t = m_random.bounded(3) == 0 && !m_lastText.isEmpty()
                              ? QString(m_lastText + typed.at(m_random.bounded(int(typed.size()))))
                              : needles[m_random.bounded(int(needles.size()))];
        m_lastText = t;
        m_proxy.setText(t);
        m_reference.setText(t);
        return QStringLiteral("text '%1'").arg(t);
    }

    QString filterStatus()
    {
        quint32 mask = m_proxy.statusMask();
        if (m_random.bounded(3) == 0)
            mask = m_random.bounded(quint32(TicketProxy::allStatuses) + 1);
        else
            mask ^= 1u << m_random.bounded(int(ticketStatusCount));
        m_proxy.setStatusMask(mask);
        m_reference.setStatusMask(mask);
        return QStringLiteral("status mask %1").arg(mask, 0, 2);
    }

    QString sort()
    {
        const int column = m_random.bounded(-1, int(TicketModel::ColumnCount));
        const auto order = m_random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
        m_proxy.sort(column, order);
        m_reference.sort(column, order);
        return QStringLiteral("sort %1 %2")
            .arg(column)
            .arg(order == Qt::AscendingOrder ? QStringLiteral("up") : QStringLiteral("down"));
    }

    QRandomGenerator m_random;
    ManualClock m_clock{t0.addSecs(100)};
    TicketModel m_model{m_clock};
    TicketProxy m_proxy;
    ReferenceProxy m_reference{&m_model};
    QMap<qint64, Ticket> m_tickets; // ordered: the same seed makes the same steps
    qint64 m_nextId = 1;
    QString m_lastText;
};

} // namespace

// Drives TicketProxy and a plainly written QSortFilterProxyModel over the same
// random TicketModel through inserts, changes, removals, filter and sort
// changes, and compares the rows they show after every step.
class TestTicketProxyRandom final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matchesReference_data()
    {
        QTest::addColumn<quint32>("seed");
        // A failing run prints its seed; TICKETDESK_TEST_SEED repeats it.
        bool fromEnvironment = false;
        const quint32 pinned = qEnvironmentVariable("TICKETDESK_TEST_SEED").toUInt(&fromEnvironment);
        if (fromEnvironment) {
            QTest::newRow("TICKETDESK_TEST_SEED") << pinned;
            return;
        }
        // 1631867797: two hidden rows changed and swapped while a third moved
        // (CI found it on a fresh seed).
        for (quint32 seed : {1u, 2u, 3u, 20260626u, 1631867797u})
            QTest::addRow("seed %u", seed) << seed;
        const quint32 fresh = QRandomGenerator::global()->generate();
        QTest::addRow("fresh seed %u", fresh) << fresh;
    }

    void matchesReference()
    {
        QFETCH(quint32, seed);
        constexpr int steps = 300;
        Scenario s(seed);
        QAbstractItemModelTester tester(&s.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList history;
        for (int i = 0; i < steps; ++i) {
            history << s.step();
            if (history.size() > 8)
                history.removeFirst();
            const QList<qint64> expected = ids(s.reference());
            const QList<qint64> actual = ids(s.proxy());
            const qsizetype from = firstDifference(actual, expected);
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("seed %1 (TICKETDESK_TEST_SEED=%1), step %2, sorted by %8 %9: "
                                               "%3 rows shown, %4 expected\n  last steps: %5\n"
                                               "  shown:    %6\n  expected: %7")
                                    .arg(seed)
                                    .arg(i)
                                    .arg(actual.size())
                                    .arg(expected.size())
                                    .arg(history.join(QStringLiteral("; ")))
                                    .arg(describe(actual, from), describe(expected, from))
                                    .arg(s.reference().sortColumn())
                                    .arg(s.reference().sortOrder() == Qt::AscendingOrder ? QStringLiteral("up")
                                                                                         : QStringLiteral("down"))));
            // Every mapping agrees with the row list.
            for (int r = 0; r < s.proxy().rowCount(); ++r) {
                const QModelIndex source = s.proxy().mapToSource(s.proxy().index(r, 0));
                QCOMPARE(s.proxy().mapFromSource(source).row(), r);
            }
        }
    }
};

QTEST_MAIN(TestTicketProxyRandom)
#include "tst_ticketproxyrandom.moc"
