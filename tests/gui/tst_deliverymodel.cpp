// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhookevent.h"
#include "gui/deliveriesview.h"
#include "gui/deliverymodel.h"
#include "gui/guiresources.h"
#include "support/markingtranslator.h"
#include "support/testedmodel.h"

#include <QComboBox>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace TicketDesk;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 6, 26), QTime(14, 30, 5, 250), Qt::UTC);

DeliveryRecord record(qint64 id, const QString &verdict, qint64 receivedOffsetMs = 0)
{
    DeliveryRecord r;
    r.id = id;
    r.receivedAt = t0.addMSecs(receivedOffsetMs);
    r.eventTime = t0.addMSecs(receivedOffsetMs - 1500);
    r.eventType = QStringLiteral("SUPPORT_TICKET.CREATED");
    r.ticketId = QStringLiteral("tid-%1").arg(id);
    r.verdict = verdict;
    r.skewMs = 1500;
    r.peerAddress = QStringLiteral("127.0.0.1");
    return r;
}

QList<DeliveryRecord> records(qint64 firstId, int count)
{
    QList<DeliveryRecord> out;
    for (int i = 0; i < count; ++i)
        out << record(firstId + i, QStringLiteral("applied"), i);
    return out;
}

QList<qint64> ids(const DeliveryModel &model)
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(DeliveryModel::IdRole).toLongLong();
    return out;
}

QString shown(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace

// Checks the delivery log's table model: columns, roles, newest-first inserts and the cap.
class TestDeliveryModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestedModel<DeliveryModel>> m_tested;
    DeliveryModel *m_model = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        initGuiResources();
    }

    void init()
    {
        m_tested = std::make_unique<TestedModel<DeliveryModel>>();
        m_model = &m_tested->model;
    }

    void cleanup()
    {
        // Rows are only ever inserted, removed or reset, never changed in place.
        QCOMPARE(m_tested->dataChanged.count(), 0);
        m_tested.reset();
    }

    void headers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("title");
        QTest::newRow("received") << int(DeliveryModel::ReceivedColumn) << QStringLiteral("Received");
        QTest::newRow("verdict") << int(DeliveryModel::VerdictColumn) << QStringLiteral("Verdict");
        QTest::newRow("event") << int(DeliveryModel::EventTypeColumn) << QStringLiteral("Event");
        QTest::newRow("event time") << int(DeliveryModel::EventTimeColumn) << QStringLiteral("Event time");
        QTest::newRow("skew") << int(DeliveryModel::SkewColumn) << QStringLiteral("Arrival delay");
        QTest::newRow("ticket") << int(DeliveryModel::TicketIdColumn) << QStringLiteral("Ticket ID");
        QTest::newRow("peer") << int(DeliveryModel::PeerColumn) << QStringLiteral("From");
    }
    void headers()
    {
        QFETCH(int, column);
        QFETCH(QString, title);
        QCOMPARE(m_model->columnCount(), int(DeliveryModel::ColumnCount));
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), title);
        QCOMPARE(m_model->headerData(column, Qt::Vertical).toInt(), column + 1); // the base class: row numbers
    }

    void display_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("sortValue");
        const DeliveryRecord r = record(7, QStringLiteral("bad-signature"));
        QTest::newRow("received") << int(DeliveryModel::ReceivedColumn) << shown(r.receivedAt)
                                  << QVariant(r.receivedAt.toMSecsSinceEpoch());
        // Sorted as shown: by the stored key, "Valid" (applied) came first and other languages
        // looked shuffled.
        QTest::newRow("verdict") << int(DeliveryModel::VerdictColumn) << QStringLiteral("Bad signature")
                                 << QVariant(QStringLiteral("Bad signature"));
        QTest::newRow("event") << int(DeliveryModel::EventTypeColumn) << QStringLiteral("SUPPORT_TICKET.CREATED")
                               << QVariant(QStringLiteral("SUPPORT_TICKET.CREATED"));
        QTest::newRow("event time") << int(DeliveryModel::EventTimeColumn) << shown(r.eventTime)
                                    << QVariant(r.eventTime.toMSecsSinceEpoch());
        QTest::newRow("skew") << int(DeliveryModel::SkewColumn) << QStringLiteral("1.5 s") << QVariant(qint64(1500));
        QTest::newRow("ticket") << int(DeliveryModel::TicketIdColumn) << QStringLiteral("tid-7")
                                << QVariant(QStringLiteral("tid-7"));
        QTest::newRow("peer") << int(DeliveryModel::PeerColumn) << QStringLiteral("127.0.0.1")
                              << QVariant(QStringLiteral("127.0.0.1"));
    }
    void display()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QVariant, sortValue);
        m_model->set({record(7, QStringLiteral("bad-signature"))});
        const QModelIndex i = m_model->index(0, column);
        QCOMPARE(i.data().toString(), text);
        QCOMPARE(i.data(Qt::ToolTipRole).toString(), text);
        QCOMPARE(i.data(DeliveryModel::SortRole), sortValue);
        QCOMPARE(i.data(DeliveryModel::VerdictRole).toString(), QStringLiteral("bad-signature"));
        QCOMPARE(i.data(DeliveryModel::IdRole).toLongLong(), 7);
        QVERIFY(!i.data(Qt::EditRole).isValid());
        QCOMPARE(i.data(Qt::DecorationRole).isValid(), column == DeliveryModel::VerdictColumn);
    }

    // Outside the replay window because the sender's clock is ahead: not "late".
    void aFutureEventIsNotLate()
    {
        DeliveryRecord early = record(1, QStringLiteral("late"));
        early.skewMs = -900'000;
        DeliveryRecord late = record(2, QStringLiteral("late"));
        late.skewMs = 3'600'000;
        m_model->set({early, late});
        const auto label = [this](qint64 id) {
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->index(r, 0).data(DeliveryModel::IdRole).toLongLong() == id)
                    return m_model->index(r, DeliveryModel::VerdictColumn).data().toString();
            }
            return QString();
        };
        QCOMPARE(label(1), QStringLiteral("Early (accepted)"));
        QCOMPARE(label(2), QStringLiteral("Late (accepted)"));
    }

    // The arrival delay speaks the locale's numbers, and minutes once it is long.
    void skewInTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("skewMs");
        QTest::addColumn<QString>("text");
        const QLocale c = QLocale::c();
        const QLocale br(QLocale::Portuguese, QLocale::Brazil);
        const QLocale de(QLocale::German, QLocale::Germany);
        QTest::newRow("C, under a second") << c << qint64(400) << QStringLiteral("0.4 s");
        QTest::newRow("pt_BR, under a second") << br << qint64(400) << QStringLiteral("0,4 s");
        QTest::newRow("de, just under a minute") << de << qint64(59'949) << QStringLiteral("59,9 s");
        QTest::newRow("pt_BR, seven minutes") << br << qint64(420'000) << QStringLiteral("7 min 0 s");
        QTest::newRow("C, two hours") << c << qint64(2 * 3600 * 1000 + 5 * 60 * 1000) << QStringLiteral("2 h 5 min");
        QTest::newRow("pt_BR, sender ahead") << br << qint64(-1'500) << QStringLiteral("-1,5 s");
        QTest::newRow("C, sender far ahead") << c << qint64(-90'000) << QStringLiteral("-1 min 30 s");
    }
    void skewInTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, skewMs);
        QFETCH(QString, text);
        QLocale::setDefault(locale);
        DeliveryRecord r = record(1, QStringLiteral("late"));
        r.skewMs = skewMs;
        m_model->set({r});
        const QString shownText = m_model->index(0, DeliveryModel::SkewColumn).data().toString();
        QLocale::setDefault(QLocale::c());
        QCOMPARE(shownText, text);
        QCOMPARE(m_model->index(0, DeliveryModel::SkewColumn).data(DeliveryModel::SortRole).toLongLong(), skewMs);
    }

    // The detail's fixed English parts in the operator's words; anything else as written.
    void detailInWords_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("wrong signature") << QStringLiteral("mismatch")
                                         << QStringLiteral("the signature does not match the webhook secret");
        QTest::newRow("no signature") << QStringLiteral("missing") << QStringLiteral("no signature header");
        QTest::newRow("unreadable signature")
            << QStringLiteral("malformed") << QStringLiteral("the signature header cannot be read");
        QTest::newRow("previous secret, then a verdict")
            << QStringLiteral("signed with the previous secret; duplicate")
            << QStringLiteral("signed with the previous webhook secret; Duplicate");
        QTest::newRow("previous secret alone") << QStringLiteral("signed with the previous secret; ")
                                               << QStringLiteral("signed with the previous webhook secret");
        QTest::newRow("late") << QStringLiteral("issueDatetime 400 s from arrival; applied")
                              << QStringLiteral("issued 6 min 40 s before it arrived; Valid");
        QTest::newRow("sender ahead") << QStringLiteral("issueDatetime -30 s from arrival")
                                      << QStringLiteral("issued 30.0 s after it arrived");
        QTest::newRow("not JSON") << QStringLiteral("not-json: illegal value")
                                  << QStringLiteral("the body is not JSON (illegal value)");
        QTest::newRow("a field missing") << QStringLiteral("missing-field: supportTicket.issueKey is missing")
                                         << QStringLiteral(
                                                "the event cannot be used: supportTicket.issueKey is missing");
        QTest::newRow("a part it does not know")
            << QStringLiteral("mismatch; written by a newer TicketDesk")
            << QStringLiteral("the signature does not match the webhook secret; written by a newer TicketDesk");
        QTest::newRow("a near miss") << QStringLiteral("issueDatetime soon s from arrival")
                                     << QStringLiteral("issueDatetime soon s from arrival");
    }
    void detailInWords()
    {
        QFETCH(QString, detail);
        QFETCH(QString, text);
        QCOMPARE(DeliveryModel::detailText(detail), text);
    }

    // Every sentence the webhook decoder stores for a signed body it cannot use comes out in
    // the reader's language, whatever field it names: bodies that make each one, run through
    // the decoder and stored as the receiver stores them ("code: sentence").
    void decoderFaultsInWords_data()
    {
        QTest::addColumn<QJsonObject>("body");
        const QJsonObject ticket{{QStringLiteral("ticketId"), QStringLiteral("8b1c2b3a-0001-4444-8555-000000000123")},
                                 {QStringLiteral("customerId"), QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001")},
                                 {QStringLiteral("summary"), QStringLiteral("Card blocked")},
                                 {QStringLiteral("status"), QStringLiteral("CREATED")},
                                 {QStringLiteral("issueKey"), QStringLiteral("SUP-1")}};
        const QJsonObject created{{QStringLiteral("eventType"), QStringLiteral("SUPPORT_TICKET.CREATED")},
                                  {QStringLiteral("issueDatetime"), QStringLiteral("2026-12-04T10:11:12.345Z")},
                                  {QStringLiteral("supportTicket"), ticket}};
        const auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return o;
        };
        const auto withTicket = [&](const QString &key, const QJsonValue &value) {
            return with(created, QStringLiteral("supportTicket"), with(ticket, key, value));
        };
        const QJsonObject closed{
            {QStringLiteral("eventType"), QStringLiteral("ACCOUNT.CLOSED")},
            {QStringLiteral("issueDatetime"), QStringLiteral("2026-12-04T10:11:12.345Z")},
            {QStringLiteral("account"),
             QJsonObject{{QStringLiteral("customerId"), QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001")}}}};
        const auto withAccount = [&](const QJsonValue &isActive) {
            QJsonObject account = closed.value(QStringLiteral("account")).toObject();
            account.insert(QStringLiteral("isActive"), isActive);
            return with(closed, QStringLiteral("account"), account);
        };
        QTest::newRow("is missing") << with(created, QStringLiteral("eventType"), QJsonValue::Undefined);
        QTest::newRow("is not a string") << with(created, QStringLiteral("eventType"), 5);
        QTest::newRow("is not an object") << with(created, QStringLiteral("supportTicket"), 5);
        QTest::newRow("is not a UTC time") << with(created, QStringLiteral("issueDatetime"), QStringLiteral("today"));
        QTest::newRow("is not a UUID") << withTicket(QStringLiteral("ticketId"), QStringLiteral("T-1"));
        QTest::newRow("is neither CREATED nor FAILED") << withTicket(QStringLiteral("status"), QStringLiteral("OPEN"));
        QTest::newRow("does not match eventType") << withTicket(QStringLiteral("status"), QStringLiteral("FAILED"));
        QTest::newRow("is empty") << withTicket(QStringLiteral("issueKey"), QString());
        const QJsonObject failedTicket =
            with(with(ticket, QStringLiteral("status"), QStringLiteral("FAILED")), QStringLiteral("issueKey"), 5);
        QTest::newRow("is not a string or null")
            << with(with(created, QStringLiteral("eventType"), QStringLiteral("SUPPORT_TICKET.FAILED")),
                    QStringLiteral("supportTicket"), failedTicket);
        QTest::newRow("is not a boolean") << withAccount(QStringLiteral("no"));
        QTest::newRow("is true in ACCOUNT.CLOSED") << withAccount(true);
        QTest::newRow("is not a support ticket event known here")
            << with(created, QStringLiteral("eventType"), QStringLiteral("SUPPORT_TICKET.DELETED"));
    }
    void decoderFaultsInWords()
    {
        QFETCH(QJsonObject, body);
        const DecodeResult decoded = decodeWebhook(QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY(!decoded.ok());
        const QString stored = decodeErrorToString(decoded.error) + QStringLiteral(": ") + decoded.detail;
        Test::MarkingTranslator reader("TicketDesk::DeliveryModel");
        QCoreApplication::installTranslator(&reader);
        const QString worded = DeliveryModel::detailText(stored);
        QCoreApplication::removeTranslator(&reader);
        // «the event cannot be used: «<field> is missing»», the field's path between the marks.
        static const QRegularExpression inWords(
            QStringLiteral("^\u00abthe event cannot be used: \u00ab\\S+ [^\u00ab\u00bb]+\u00bb\u00bb$"));
        QVERIFY2(inWords.match(worded).hasMatch(), qPrintable(stored + QStringLiteral(" -> ") + worded));
        QVERIFY2(worded.contains(decoded.detail.left(decoded.detail.indexOf(QLatin1Char(' ')))), qPrintable(worded));
    }

    void suppressionSinceInLocalTime()
    {
        const QDateTime since(QDate(2026, 12, 5), QTime(9, 30, 15, 250), Qt::UTC);
        const QString worded = DeliveryModel::detailText(QStringLiteral("rejected deliveries only counted since ") +
                                                         since.toString(Qt::ISODateWithMs));
        QCOMPARE(worded, QStringLiteral("further rejected deliveries only counted since ") +
                             QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
    }

    // The receiver's one row for a minute's other addresses reads as words, not as an address.
    void otherAddressesInWords()
    {
        QCOMPARE(DeliveryModel::peerText(QStringLiteral("(5 other addresses)")), QStringLiteral("5 other addresses"));
        QCOMPARE(DeliveryModel::peerText(QStringLiteral("203.0.113.7")), QStringLiteral("203.0.113.7"));
        QCOMPARE(DeliveryModel::peerText(QStringLiteral("(5 other addresses) x")),
                 QStringLiteral("(5 other addresses) x"));
    }

    void missingValues()
    {
        DeliveryRecord r = record(1, QStringLiteral("invalid"));
        r.eventTime = QDateTime();
        r.skewMs.reset();
        r.eventType.clear();
        m_model->set({r});
        QCOMPARE(m_model->index(0, DeliveryModel::EventTimeColumn).data().toString(), QString());
        QCOMPARE(m_model->index(0, DeliveryModel::EventTimeColumn).data(DeliveryModel::SortRole).toLongLong(), 0);
        QCOMPARE(m_model->index(0, DeliveryModel::SkewColumn).data().toString(), QString());
        QCOMPARE(m_model->index(0, DeliveryModel::SkewColumn).data(DeliveryModel::SortRole).toLongLong(), 0);
        QCOMPARE(m_model->index(0, DeliveryModel::EventTypeColumn).data().toString(), QString());
    }

    void verdictIcons()
    {
        m_model->set({record(1, QStringLiteral("applied")), record(2, QStringLiteral("late")),
                      record(3, QStringLiteral("store-failed"))});
        const auto icon = [this](int row) {
            return qvariant_cast<QIcon>(m_model->index(row, DeliveryModel::VerdictColumn).data(Qt::DecorationRole));
        };
        QVERIFY(!icon(0).isNull());
        QVERIFY(!icon(2).isNull());
        QCOMPARE(icon(1).cacheKey(), icon(0).cacheKey());  // both fine
        QVERIFY(icon(2).cacheKey() != icon(0).cacheKey()); // a problem
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("problem");
        QTest::newRow("applied") << QStringLiteral("applied") << QStringLiteral("Valid") << false;
        QTest::newRow("unknown-ticket-created")
            << QStringLiteral("unknown-ticket-created") << QStringLiteral("Valid (ticket from elsewhere)") << false;
        QTest::newRow("bad-signature") << QStringLiteral("bad-signature") << QStringLiteral("Bad signature") << true;
        QTest::newRow("missing-signature")
            << QStringLiteral("missing-signature") << QStringLiteral("Missing signature") << true;
        QTest::newRow("late") << QStringLiteral("late") << QStringLiteral("Late (accepted)") << false;
        QTest::newRow("rejected-late") << QStringLiteral("rejected-late") << QStringLiteral("Stale (rejected)") << true;
        QTest::newRow("stale") << QStringLiteral("stale") << QStringLiteral("Stale") << false;
        QTest::newRow("duplicate") << QStringLiteral("duplicate") << QStringLiteral("Duplicate") << false;
        QTest::newRow("conflict") << QStringLiteral("conflict") << QStringLiteral("Conflict") << true;
        QTest::newRow("other-family") << QStringLiteral("other-family") << QStringLiteral("Other event family")
                                      << false;
        QTest::newRow("account-closed") << QStringLiteral("account-closed") << QStringLiteral("Account closed")
                                        << false;
        QTest::newRow("quarantined") << QStringLiteral("quarantined") << QStringLiteral("Quarantined") << true;
        QTest::newRow("invalid") << QStringLiteral("invalid") << QStringLiteral("Invalid") << true;
        QTest::newRow("store-failed") << QStringLiteral("store-failed") << QStringLiteral("Store failed (503)") << true;
        QTest::newRow("suppressed") << QStringLiteral("suppressed") << QStringLiteral("Suppressed") << true;
        QTest::newRow("unknown: shown raw")
            << QStringLiteral("something-new") << QStringLiteral("something-new") << false;
    }
    void verdicts()
    {
        QFETCH(QString, verdict);
        QFETCH(QString, label);
        QFETCH(bool, problem);
        QCOMPARE(DeliveryModel::verdictLabel(verdict), label);
        QCOMPARE(DeliveryModel::isProblem(verdict), problem);
        QCOMPARE(DeliveryModel::knownVerdicts().contains(verdict), verdict != QLatin1StringView("something-new"));
    }

    // A flood's count is grouped as the locale groups numbers.
    void suppressedCountInTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        const QString text = DeliveryModel::suppressedText(12345);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(text, QStringLiteral("12.345 more from this address suppressed"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = DeliveryModel::suppressedText(12345);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(english, QStringLiteral("12,345 more from this address suppressed"));
    }

    void suppressedCount()
    {
        DeliveryRecord counted = record(2, QStringLiteral("suppressed"));
        counted.suppressed = 37;
        m_model->set({counted, record(1, QStringLiteral("bad-signature"))});
        const QModelIndex verdict = m_model->index(0, DeliveryModel::VerdictColumn);
        QCOMPARE(verdict.data().toString(), QStringLiteral("37 more from this address suppressed"));
        QCOMPARE(verdict.data(Qt::ToolTipRole).toString(), QStringLiteral("37 more from this address suppressed"));
        QCOMPARE(verdict.data(DeliveryModel::VerdictRole).toString(), QStringLiteral("suppressed"));
        QCOMPARE(m_model->index(0, DeliveryModel::PeerColumn).data().toString(), QStringLiteral("127.0.0.1"));
        // A record that stands for no count shows its verdict as before.
        QCOMPARE(m_model->index(1, DeliveryModel::VerdictColumn).data().toString(), QStringLiteral("Bad signature"));
    }

    void setResets()
    {
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        m_model->set(records(1, 3));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(ids(*m_model), (QList<qint64>{1, 2, 3})); // as given: the store answers newest first
        QCOMPARE(m_model->record(1).id, 2);
        m_model->set({});
        QCOMPARE(reset.count(), 2);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void prependNewestFirst()
    {
        m_model->set({record(1, QStringLiteral("applied"))});
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        m_model->prepend(records(10, 3)); // oldest first, as recorded
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(ids(*m_model), (QList<qint64>{12, 11, 10, 1}));
        m_model->prepend({});
        QCOMPARE(inserted.count(), 1);
    }

    // A record told twice (read from the database by one look, then reported by this process's
    // own receiver) is one row; a record with no id yet is never taken for another.
    void aRecordToldTwiceIsOneRow()
    {
        m_model->set({record(1, QStringLiteral("applied"))});
        m_model->prepend(records(10, 2));
        m_model->prepend(records(11, 2)); // 11 again, and 12
        QCOMPARE(ids(*m_model), (QList<qint64>{12, 11, 10, 1}));
        m_model->prepend({record(0, QStringLiteral("suppressed")), record(0, QStringLiteral("suppressed"))});
        QCOMPARE(m_model->rowCount(), 6);
    }

    void capDropsOldest()
    {
        constexpr int cap = DeliveryModel::cap;
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        m_model->set(records(1, cap + 10));
        QCOMPARE(m_model->rowCount(), cap);
        QCOMPARE(m_model->record(cap - 1).id, cap); // the first `cap` of the list: the newest

        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        m_model->prepend(records(100'000, 4));
        QCOMPARE(m_model->rowCount(), cap);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 3);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), cap);
        QCOMPARE(removed.first().at(2).toInt(), cap + 3);
        QCOMPARE(m_model->record(0).id, 100'003);
        QCOMPARE(m_model->record(cap - 1).id, cap - 4);

        // A batch larger than the cap keeps its newest `cap` records.
        inserted.clear();
        removed.clear();
        m_model->prepend(records(200'000, cap + 2));
        QCOMPARE(m_model->rowCount(), cap);
        QCOMPARE(inserted.first().at(2).toInt(), cap - 1);
        QCOMPARE(removed.first().at(1).toInt(), cap);
        QCOMPARE(removed.first().at(2).toInt(), 2 * cap - 1);
        QCOMPARE(m_model->record(0).id, 200'000 + cap + 1);
        QCOMPARE(m_model->record(cap - 1).id, 200'002);
        QCOMPARE(reset.count(), 1);
    }

    // A JSON body is laid out on lines but not rewritten: the keys in the order they came (Qt's
    // document sorted them), numbers and escapes as sent, spaces inside strings kept.
    void aJsonBodyKeepsItsOrderAndTokens()
    {
        const QByteArray sent = "{\"eventType\":\"SUPPORT_TICKET.CREATED\",\"data\":{\"supportTicket\":{"
                                "\"ticketId\":\"t-1\",\"customerId\":\"c 1\",\"amount\":1.50e2,\"tags\":[],"
                                "\"meta\":{ },\"list\":[1, \"a\\\"b,c\"]}}}";
        QCOMPARE(DeliveriesView::prettyBody(sent), QStringLiteral("{\n"
                                                                  "    \"eventType\": \"SUPPORT_TICKET.CREATED\",\n"
                                                                  "    \"data\": {\n"
                                                                  "        \"supportTicket\": {\n"
                                                                  "            \"ticketId\": \"t-1\",\n"
                                                                  "            \"customerId\": \"c 1\",\n"
                                                                  "            \"amount\": 1.50e2,\n"
                                                                  "            \"tags\": [],\n"
                                                                  "            \"meta\": {},\n"
                                                                  "            \"list\": [\n"
                                                                  "                1,\n"
                                                                  "                \"a\\\"b,c\"\n"
                                                                  "            ]\n"
                                                                  "        }\n"
                                                                  "    }\n"
                                                                  "}"));
        // Not JSON: as it came.
        QCOMPARE(DeliveriesView::prettyBody("{\"a\":1,"), QStringLiteral("{\"a\":1,"));
    }

    // An unauthenticated sender's bytes cannot rearrange or hide what the operator reads.
    void invisibleCharactersAreShown()
    {
        QCOMPARE(DeliveriesView::prettyBody("caf\xc3\xa9 \xe2\x80\xae{\"LTR\r\x01\xf3\xa0\x80\x81"),
                 QStringLiteral("caf\u00e9 <U+202E>{\"LTR<U+000D><U+0001><U+E0001>"));
        // Inside JSON too, sent as they are; an escape stays the escape that was sent.
        QCOMPARE(DeliveriesView::prettyBody("{\"x\":\"a\xe2\x80\xae"
                                            "b\xe2\x80\x8b\",\"y\":\"c\\u2028d\"}"),
                 QStringLiteral("{\n    \"x\": \"a<U+202E>b<U+200B>\",\n    \"y\": \"c\\u2028d\"\n}"));
        DeliveriesView view;
        auto *headers = view.findChild<QPlainTextEdit *>(QStringLiteral("deliveryHeadersText"));
        auto *table = view.findChild<QTableView *>(QStringLiteral("deliveriesTable"));
        DeliveryRecord forged = record(1, QStringLiteral("bad-signature"));
        forged.headers = QStringLiteral("User-Agent: Ripio\u2066-Webhooks\nContent-Type: application/json");
        view.model()->set({forged});
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY2(headers->toPlainText().startsWith(
                     QStringLiteral("User-Agent: Ripio<U+2066>-Webhooks\nContent-Type: application/json")),
                 qPrintable(headers->toPlainText()));
    }

    // The detail panes say what they hold: nothing selected, or a delivery kept without
    // headers or body (a count of suppressed requests), never the one as the other.
    void viewSaysWhenADeliveryKeptNoHeaders()
    {
        DeliveriesView view;
        auto *headers = view.findChild<QPlainTextEdit *>(QStringLiteral("deliveryHeadersText"));
        auto *body = view.findChild<QPlainTextEdit *>(QStringLiteral("deliveryBodyText"));
        auto *table = view.findChild<QTableView *>(QStringLiteral("deliveriesTable"));
        QVERIFY(headers && body && table);
        QVERIFY(headers->placeholderText().startsWith(QStringLiteral("Select a delivery")));
        QVERIFY(body->placeholderText().startsWith(QStringLiteral("Select a delivery")));

        DeliveryRecord bare = record(1, QStringLiteral("suppressed"));
        DeliveryRecord full = record(2, QStringLiteral("applied"));
        full.headers = QStringLiteral("Content-Type: application/json");
        full.body = QByteArrayLiteral("{}");
        view.model()->set({bare, full});
        const auto rowOf = [table](qint64 id) {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (table->model()->index(r, 0).data(DeliveryModel::IdRole).toLongLong() == id)
                    return r;
            }
            return -1;
        };
        table->setCurrentIndex(table->model()->index(rowOf(1), 0));
        QVERIFY(headers->toPlainText().isEmpty());
        QCOMPARE(headers->placeholderText(), QStringLiteral("No headers were kept for this delivery."));
        QCOMPARE(body->placeholderText(), QStringLiteral("No body was kept for this delivery."));
        table->setCurrentIndex(table->model()->index(rowOf(2), 0));
        QVERIFY(headers->toPlainText().contains(QStringLiteral("application/json")));
        table->setCurrentIndex(QModelIndex());
        QVERIFY(headers->toPlainText().isEmpty());
        QVERIFY(headers->placeholderText().startsWith(QStringLiteral("Select a delivery")));
    }

    // The line above the table says how many deliveries it lists, how many the filter lets
    // through, and when older ones were left in the database.
    void viewSaysHowManyItLists()
    {
        DeliveriesView view;
        auto *count = view.findChild<QLabel *>(QStringLiteral("deliveryCountLabel"));
        auto *filter = view.findChild<QComboBox *>(QStringLiteral("verdictFilterCombo"));
        QVERIFY(count && filter);
        QVERIFY(!count->accessibleName().isEmpty());

        QList<DeliveryRecord> some = records(1, 3);
        some << record(4, QStringLiteral("bad-signature"));
        view.model()->set(some);
        QCOMPARE(count->text(), QStringLiteral("4 deliveries."));
        filter->setCurrentIndex(filter->findData(QStringLiteral("*problems*")));
        QCOMPARE(count->text(), QStringLiteral("1 of 4 deliveries match."));
        view.model()->prepend({record(5, QStringLiteral("bad-signature"))});
        QCOMPARE(count->text(), QStringLiteral("2 of 5 deliveries match."));
        filter->setCurrentIndex(0);
        QCOMPARE(count->text(), QStringLiteral("5 deliveries."));

        // A first load that filled its limit: the database may hold more.
        view.model()->set(records(1, DeliveryModel::firstLoad));
        QVERIFY(view.model()->olderNotLoaded());
        QCOMPARE(count->text(), QStringLiteral("%1 deliveries. Only the newest are listed; older ones stay in the "
                                               "database.")
                                    .arg(QLocale().toString(DeliveryModel::firstLoad)));
        view.model()->set(records(1, DeliveryModel::firstLoad - 1));
        QVERIFY(!view.model()->olderNotLoaded());
        // Rows that fall off the end as new ones come in are still in the database.
        view.model()->prepend(records(100'000, DeliveryModel::cap));
        QVERIFY(view.model()->olderNotLoaded());
        QVERIFY2(count->text().endsWith(QStringLiteral("older ones stay in the database.")), qPrintable(count->text()));
    }
};

QTEST_MAIN(TestDeliveryModel)
#include "tst_deliverymodel.moc"
