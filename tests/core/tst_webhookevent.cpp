// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhookevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace TicketDesk;

// Checks the decoding of webhook bodies: every envelope Ripio documents, every
// field missing or mistyped, and the accepted issueDatetime forms; and their
// encoding: byte for byte as Ripio sends it, and back through the decoder.
class TestWebhookEvent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validSupportTicket_data();
    void validSupportTicket();
    void accountClosed();
    void otherFamilies_data();
    void otherFamilies();
    void unknownSupportTicketEvent();
    void errors_data();
    void errors();
    void escapedSummary();
    void issueDatetime_data();
    void issueDatetime();
    void uuid_data();
    void uuid();
    void errorStrings();
    void encodeRoundTrip_data();
    void encodeRoundTrip();
    void encodeBytes_data();
    void encodeBytes();
};

namespace {

const QString ticketUuid = QStringLiteral("3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a10");
const QString customerUuid = QStringLiteral("7A6B5C4D-3E2F-4A1B-8C9D-0E1F2A3B4C5D");

QJsonObject supportTicketBody(bool created, const QString &when = QStringLiteral("2026-06-26T14:30:00.000Z"))
{
    QJsonObject ticket{
        {QStringLiteral("ticketId"), ticketUuid},
        {QStringLiteral("customerId"), customerUuid},
        {QStringLiteral("issueKey"), created ? QJsonValue(QStringLiteral("SUP-1234")) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("summary"), QStringLiteral("Card payment not credited")},
        {QStringLiteral("status"), created ? QStringLiteral("CREATED") : QStringLiteral("FAILED")},
    };
    return QJsonObject{
        {QStringLiteral("eventType"),
         created ? QStringLiteral("SUPPORT_TICKET.CREATED") : QStringLiteral("SUPPORT_TICKET.FAILED")},
        {QStringLiteral("issueDatetime"), when},
        {QStringLiteral("supportTicket"), ticket},
    };
}

QJsonObject accountClosedBody()
{
    return QJsonObject{
        {QStringLiteral("eventType"), QStringLiteral("ACCOUNT.CLOSED")},
        {QStringLiteral("issueDatetime"), QStringLiteral("2026-06-26T14:30:00Z")},
        {QStringLiteral("account"),
         QJsonObject{{QStringLiteral("customerId"), customerUuid}, {QStringLiteral("isActive"), false}}},
    };
}

QByteArray toBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Returns `o` with `value` at `path` ("a.b"); an undefined value removes the field.
QJsonObject with(QJsonObject o, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot >= 0) {
        const QString head = path.left(dot);
        o.insert(head, with(o.value(head).toObject(), path.mid(dot + 1), value));
        return o;
    }
    if (value.isUndefined())
        o.remove(path);
    else
        o.insert(path, value);
    return o;
}

QDateTime utc(int h, int m, int s, int ms)
{
    return QDateTime(QDate(2026, 6, 26), QTime(h, m, s, ms), Qt::UTC);
}

} // namespace

void TestWebhookEvent::validSupportTicket_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<TicketStatus>("status");
    QTest::addColumn<QString>("issueKey");
    QTest::addColumn<QDateTime>("when");

    const QString z0 = QStringLiteral("2026-06-26T14:30:00Z");
    const QString z3 = QStringLiteral("2026-06-26T14:30:00.123Z");
    const QString z6 = QStringLiteral("2026-06-26T14:30:00.123999Z");
    const QString o3 = QStringLiteral("2026-06-26T14:30:00.500+00:00");
    const QString key = QStringLiteral("SUP-1234");

    QTest::newRow("created-0") << toBody(supportTicketBody(true, z0)) << TicketStatus::Created << key
                               << utc(14, 30, 0, 0);
    QTest::newRow("created-3") << toBody(supportTicketBody(true, z3)) << TicketStatus::Created << key
                               << utc(14, 30, 0, 123);
    QTest::newRow("created-6") << toBody(supportTicketBody(true, z6)) << TicketStatus::Created << key
                               << utc(14, 30, 0, 123);
    QTest::newRow("created-offset") << toBody(supportTicketBody(true, o3)) << TicketStatus::Created << key
                                    << utc(14, 30, 0, 500);
    QTest::newRow("failed-0") << toBody(supportTicketBody(false, z0)) << TicketStatus::Failed << QString()
                              << utc(14, 30, 0, 0);
    QTest::newRow("failed-3") << toBody(supportTicketBody(false, z3)) << TicketStatus::Failed << QString()
                              << utc(14, 30, 0, 123);
    QTest::newRow("failed-6") << toBody(supportTicketBody(false, z6)) << TicketStatus::Failed << QString()
                              << utc(14, 30, 0, 123);
    // FAILED means no issue was registered: a missing key is fine, a key sent anyway is dropped.
    QTest::newRow("failed-no-key") << toBody(with(supportTicketBody(false), QStringLiteral("supportTicket.issueKey"),
                                                  QJsonValue(QJsonValue::Undefined)))
                                   << TicketStatus::Failed << QString() << utc(14, 30, 0, 0);
    QTest::newRow("failed-string-key") << toBody(with(supportTicketBody(false),
                                                      QStringLiteral("supportTicket.issueKey"),
                                                      QStringLiteral("SUP-9")))
                                       << TicketStatus::Failed << QString() << utc(14, 30, 0, 0);
    QJsonObject extra = with(supportTicketBody(true), QStringLiteral("webhookVersion"), 2);
    extra = with(extra, QStringLiteral("supportTicket.priority"), QJsonObject{{QStringLiteral("level"), 3}});
    extra = with(extra, QStringLiteral("supportTicket.tags"), QJsonArray{1, 2});
    QTest::newRow("extra-fields") << toBody(extra) << TicketStatus::Created << key << utc(14, 30, 0, 0);
    QTest::newRow("pretty-printed") << QJsonDocument(supportTicketBody(true)).toJson(QJsonDocument::Indented)
                                    << TicketStatus::Created << key << utc(14, 30, 0, 0);
}

void TestWebhookEvent::validSupportTicket()
{
    QFETCH(QByteArray, body);
    QFETCH(TicketStatus, status);
    QFETCH(QString, issueKey);
    QFETCH(QDateTime, when);

    const DecodeResult r = decodeWebhook(body);
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QCOMPARE(r.event.kind, WebhookEvent::Kind::SupportTicket);
    QCOMPARE(r.event.eventType, status == TicketStatus::Created ? QStringLiteral("SUPPORT_TICKET.CREATED")
                                                                : QStringLiteral("SUPPORT_TICKET.FAILED"));
    QCOMPARE(r.event.status, status);
    QCOMPARE(r.event.issueKey, issueKey);
    QCOMPARE(r.event.ticketId, ticketUuid);
    QCOMPARE(r.event.customerId, customerUuid);
    QCOMPARE(r.event.summary, QStringLiteral("Card payment not credited"));
    QCOMPARE(r.event.issueDatetime, when);
    QCOMPARE(r.event.issueDatetime.timeSpec(), Qt::UTC);
}

void TestWebhookEvent::accountClosed()
{
    const DecodeResult r =
        decodeWebhook(toBody(with(accountClosedBody(), QStringLiteral("account.closedReason"), QStringLiteral("x"))));
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QCOMPARE(r.event.kind, WebhookEvent::Kind::AccountClosed);
    QCOMPARE(r.event.eventType, QStringLiteral("ACCOUNT.CLOSED"));
    QCOMPARE(r.event.customerId, customerUuid);
    QCOMPARE(r.event.isActive, false);
    QCOMPARE(r.event.issueDatetime, utc(14, 30, 0, 0));
    QVERIFY(r.event.ticketId.isEmpty());
}

void TestWebhookEvent::otherFamilies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<QDateTime>("when");

    QTest::newRow("on-ramp")
        << QByteArrayLiteral(
               R"({"eventType":"ON_RAMP.COMPLETED","issueDatetime":"2026-06-26T14:30:00.000Z","onRamp":{"amount":"10.5"}})")
        << QStringLiteral("ON_RAMP.COMPLETED") << utc(14, 30, 0, 0);
    QTest::newRow("off-ramp-no-time") << QByteArrayLiteral(R"({"eventType":"OFF_RAMP.FAILED","offRamp":{}})")
                                      << QStringLiteral("OFF_RAMP.FAILED") << QDateTime();
    QTest::newRow("off-ramp-odd-time") << QByteArrayLiteral(R"({"eventType":"OFF_RAMP.x","issueDatetime":"yesterday"})")
                                       << QStringLiteral("OFF_RAMP.x") << QDateTime();
    QTest::newRow("sell-and-pay-numeric-time")
        << QByteArrayLiteral(R"({"eventType":"SELL_AND_PAY.DONE","issueDatetime":17})")
        << QStringLiteral("SELL_AND_PAY.DONE") << QDateTime();
    QTest::newRow("account-other") << QByteArrayLiteral(R"({"eventType":"ACCOUNT.OPENED","account":"n/a"})")
                                   << QStringLiteral("ACCOUNT.OPENED") << QDateTime();
    QTest::newRow("lowercase-is-other") << QByteArrayLiteral(R"({"eventType":"support_ticket.created"})")
                                        << QStringLiteral("support_ticket.created") << QDateTime();
}

// A support ticket event of a kind not known here is about a ticket: not passed over as another
// family's (an audit's SUPPORT_TICKET.DELETED was counted as "another event family"), but kept
// for the operator as an event that cannot be used, with its time.
void TestWebhookEvent::unknownSupportTicketEvent()
{
    const DecodeResult r = decodeWebhook(
        QByteArrayLiteral(R"({"eventType":"SUPPORT_TICKET.DELETED","issueDatetime":"2026-06-26T14:30:00.000Z",)"
                          R"("supportTicket":{"ticketId":"6f1c2b3a-1111-4222-8333-000000000001"}})"));
    QCOMPARE(r.error, DecodeError::BadValue);
    QCOMPARE(r.detail, QStringLiteral("eventType is not a support ticket event known here"));
    QCOMPARE(r.event.kind, WebhookEvent::Kind::SupportTicket);
    QCOMPARE(r.event.eventType, QStringLiteral("SUPPORT_TICKET.DELETED"));
    QCOMPARE(r.event.issueDatetime, utc(14, 30, 0, 0));
    QCOMPARE(r.event.ticketId, QStringLiteral("6f1c2b3a-1111-4222-8333-000000000001")); // found by its ticket
    // No object there: what was read stays, the rest empty.
    const DecodeResult bare =
        decodeWebhook(QByteArrayLiteral(R"({"eventType":"SUPPORT_TICKET.UPDATED","supportTicket":5})"));
    QCOMPARE(bare.error, DecodeError::BadValue);
    QVERIFY(bare.event.ticketId.isEmpty());
}

void TestWebhookEvent::otherFamilies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, eventType);
    QFETCH(QDateTime, when);

    const DecodeResult r = decodeWebhook(body);
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QCOMPARE(r.event.kind, WebhookEvent::Kind::OtherFamily);
    QCOMPARE(r.event.eventType, eventType);
    QCOMPARE(r.event.issueDatetime.isValid(), when.isValid());
    if (when.isValid())
        QCOMPARE(r.event.issueDatetime, when);
}

void TestWebhookEvent::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<DecodeError>("error");
    QTest::addColumn<QString>("field"); // must be named in the detail

    const QJsonObject created = supportTicketBody(true);
    const QJsonObject failed = supportTicketBody(false);
    const QJsonObject account = accountClosedBody();
    const QJsonValue absent(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    auto row = [](const char *name, const QJsonObject &o, DecodeError e, const QString &field) {
        QTest::newRow(name) << toBody(o) << e << field;
    };

    QTest::newRow("empty") << QByteArray() << DecodeError::NotJson << QString();
    QTest::newRow("garbage") << QByteArrayLiteral("not json") << DecodeError::NotJson << QString();
    QTest::newRow("truncated") << toBody(created).chopped(1) << DecodeError::NotJson << QString();
    QTest::newRow("trailing-garbage") << QByteArray(toBody(created) + "x") << DecodeError::NotJson << QString();
    QTest::newRow("form-encoded") << QByteArrayLiteral("eventType=SUPPORT_TICKET.CREATED") << DecodeError::NotJson
                                  << QString();
    QTest::newRow("array") << QByteArrayLiteral("[]") << DecodeError::NotObject << QString();
    QTest::newRow("array-of-event") << QByteArray('[' + toBody(created) + ']') << DecodeError::NotObject << QString();

    // Missing fields, one at a time.
    row("no-eventType", with(created, QStringLiteral("eventType"), absent), DecodeError::MissingField,
        QStringLiteral("eventType"));
    row("no-issueDatetime", with(created, QStringLiteral("issueDatetime"), absent), DecodeError::MissingField,
        QStringLiteral("issueDatetime"));
    row("no-supportTicket", with(created, QStringLiteral("supportTicket"), absent), DecodeError::MissingField,
        QStringLiteral("supportTicket"));
    for (const char *f : {"ticketId", "customerId", "issueKey", "summary", "status"}) {
        const QString path = QLatin1StringView("supportTicket.") + QLatin1StringView(f);
        QTest::newRow(qPrintable(QLatin1StringView("created-no-") + QLatin1StringView(f)))
            << toBody(with(created, path, absent)) << DecodeError::MissingField << path;
    }
    for (const char *f : {"ticketId", "customerId", "summary", "status"}) {
        const QString path = QLatin1StringView("supportTicket.") + QLatin1StringView(f);
        QTest::newRow(qPrintable(QLatin1StringView("failed-no-") + QLatin1StringView(f)))
            << toBody(with(failed, path, absent)) << DecodeError::MissingField << path;
    }
    row("failed-no-issueDatetime", with(failed, QStringLiteral("issueDatetime"), absent), DecodeError::MissingField,
        QStringLiteral("issueDatetime"));
    row("account-no-account", with(account, QStringLiteral("account"), absent), DecodeError::MissingField,
        QStringLiteral("account"));
    row("account-no-customerId", with(account, QStringLiteral("account.customerId"), absent), DecodeError::MissingField,
        QStringLiteral("account.customerId"));
    row("account-no-isActive", with(account, QStringLiteral("account.isActive"), absent), DecodeError::MissingField,
        QStringLiteral("account.isActive"));
    row("account-no-issueDatetime", with(account, QStringLiteral("issueDatetime"), absent), DecodeError::MissingField,
        QStringLiteral("issueDatetime"));

    // Wrong types, one field at a time.
    row("eventType-number", with(created, QStringLiteral("eventType"), 42), DecodeError::WrongType,
        QStringLiteral("eventType"));
    row("eventType-null", with(created, QStringLiteral("eventType"), null), DecodeError::WrongType,
        QStringLiteral("eventType"));
    row("issueDatetime-number", with(created, QStringLiteral("issueDatetime"), 1750948200), DecodeError::WrongType,
        QStringLiteral("issueDatetime"));
    row("supportTicket-string", with(created, QStringLiteral("supportTicket"), QStringLiteral("x")),
        DecodeError::WrongType, QStringLiteral("supportTicket"));
    row("supportTicket-array", with(created, QStringLiteral("supportTicket"), QJsonArray{}), DecodeError::WrongType,
        QStringLiteral("supportTicket"));
    row("ticketId-number", with(created, QStringLiteral("supportTicket.ticketId"), 5), DecodeError::WrongType,
        QStringLiteral("supportTicket.ticketId"));
    row("customerId-bool", with(created, QStringLiteral("supportTicket.customerId"), true), DecodeError::WrongType,
        QStringLiteral("supportTicket.customerId"));
    row("created-issueKey-null", with(created, QStringLiteral("supportTicket.issueKey"), null), DecodeError::WrongType,
        QStringLiteral("supportTicket.issueKey"));
    row("created-issueKey-number", with(created, QStringLiteral("supportTicket.issueKey"), 1234),
        DecodeError::WrongType, QStringLiteral("supportTicket.issueKey"));
    row("failed-issueKey-number", with(failed, QStringLiteral("supportTicket.issueKey"), 1234), DecodeError::WrongType,
        QStringLiteral("supportTicket.issueKey"));
    row("summary-null", with(created, QStringLiteral("supportTicket.summary"), null), DecodeError::WrongType,
        QStringLiteral("supportTicket.summary"));
    row("summary-object", with(created, QStringLiteral("supportTicket.summary"), QJsonObject{}), DecodeError::WrongType,
        QStringLiteral("supportTicket.summary"));
    row("status-number", with(created, QStringLiteral("supportTicket.status"), 1), DecodeError::WrongType,
        QStringLiteral("supportTicket.status"));
    row("account-string", with(account, QStringLiteral("account"), QStringLiteral("closed")), DecodeError::WrongType,
        QStringLiteral("account"));
    row("account-customerId-number", with(account, QStringLiteral("account.customerId"), 7), DecodeError::WrongType,
        QStringLiteral("account.customerId"));
    row("account-isActive-string", with(account, QStringLiteral("account.isActive"), QStringLiteral("false")),
        DecodeError::WrongType, QStringLiteral("account.isActive"));

    // Right type, unusable value.
    for (const auto &[name, value] : {
             std::pair{"uuid-garbage", "not-a-uuid"},
             std::pair{"uuid-short", "3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a1"},
             std::pair{"uuid-long", "3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a100"},
             std::pair{"uuid-braces", "{3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a10}"},
             std::pair{"uuid-no-dashes", "3f1c2a9e8b7d4c1e9f2a6d5b4e3c2a10"},
             std::pair{"uuid-non-hex", "3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a1g"},
             std::pair{"uuid-dash-moved", "3f1c2a9e8-b7d-4c1e-9f2a-6d5b4e3c2a10"},
             std::pair{"uuid-empty", ""},
         }) {
        QTest::newRow(qPrintable(QLatin1StringView("ticketId-") + QLatin1StringView(name)))
            << toBody(with(created, QStringLiteral("supportTicket.ticketId"), QLatin1StringView(value)))
            << DecodeError::BadValue << QStringLiteral("supportTicket.ticketId");
        QTest::newRow(qPrintable(QLatin1StringView("customerId-") + QLatin1StringView(name)))
            << toBody(with(failed, QStringLiteral("supportTicket.customerId"), QLatin1StringView(value)))
            << DecodeError::BadValue << QStringLiteral("supportTicket.customerId");
    }
    row("account-customerId-bad", with(account, QStringLiteral("account.customerId"), QStringLiteral("c-1")),
        DecodeError::BadValue, QStringLiteral("account.customerId"));
    row("account-still-active", with(account, QStringLiteral("account.isActive"), true), DecodeError::BadValue,
        QStringLiteral("account.isActive"));
    row("created-issueKey-empty", with(created, QStringLiteral("supportTicket.issueKey"), QString()),
        DecodeError::BadValue, QStringLiteral("supportTicket.issueKey"));
    row("status-pending", with(created, QStringLiteral("supportTicket.status"), QStringLiteral("PENDING")),
        DecodeError::BadValue, QStringLiteral("supportTicket.status"));
    row("status-lowercase", with(created, QStringLiteral("supportTicket.status"), QStringLiteral("created")),
        DecodeError::BadValue, QStringLiteral("supportTicket.status"));
    row("created-event-failed-status", with(created, QStringLiteral("supportTicket.status"), QStringLiteral("FAILED")),
        DecodeError::BadValue, QStringLiteral("supportTicket.status"));
    row("failed-event-created-status", with(failed, QStringLiteral("supportTicket.status"), QStringLiteral("CREATED")),
        DecodeError::BadValue, QStringLiteral("supportTicket.status"));
    for (const auto &[name, value] : {
             std::pair{"time-1-digit", "2026-06-26T14:30:00.1Z"},
             std::pair{"time-9-digits", "2026-06-26T14:30:00.123456789Z"},
             std::pair{"time-no-zone", "2026-06-26T14:30:00"},
             std::pair{"time-other-offset", "2026-06-26T11:30:00-03:00"},
             std::pair{"time-epoch", "1750948200"},
             std::pair{"time-empty", ""},
             std::pair{"time-month-13", "2026-13-26T14:30:00Z"},
         }) {
        QTest::newRow(name) << toBody(with(created, QStringLiteral("issueDatetime"), QLatin1StringView(value)))
                            << DecodeError::BadValue << QStringLiteral("issueDatetime");
    }
    row("account-time-bad", with(account, QStringLiteral("issueDatetime"), QStringLiteral("2026-06-26")),
        DecodeError::BadValue, QStringLiteral("issueDatetime"));
}

void TestWebhookEvent::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(DecodeError, error);
    QFETCH(QString, field);

    const DecodeResult r = decodeWebhook(body);
    QVERIFY(!r.ok());
    QCOMPARE(decodeErrorToString(r.error), decodeErrorToString(error));
    QVERIFY(!r.detail.isEmpty());
    if (!field.isEmpty())
        QVERIFY2(r.detail.startsWith(field + u' '), qPrintable(r.detail));
}

void TestWebhookEvent::escapedSummary()
{
    // Ripio sends non-ASCII as \uXXXX escapes (six ASCII characters each); the
    // decoded summary holds the characters themselves, a surrogate pair included.
    const QByteArray body = QByteArrayLiteral(
        R"({"eventType":"SUPPORT_TICKET.FAILED","issueDatetime":"2026-06-26T14:31:02.123456Z",)"
        R"("supportTicket":{"ticketId":"3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a10",)"
        R"("customerId":"7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d","issueKey":null,)"
        R"("summary":"Se\u00f1or N\u00da\u00d1EZ: dep\u00f3sito \ud83d\ude00 \"ok\"","status":"FAILED"}})");
    QVERIFY(!body.contains('\xc3'));
    const DecodeResult r = decodeWebhook(body);
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QCOMPARE(r.event.summary, QStringLiteral("Se\u00f1or N\u00da\u00d1EZ: dep\u00f3sito \U0001F600 \"ok\""));
    QCOMPARE(r.event.status, TicketStatus::Failed);
    QCOMPARE(r.event.issueDatetime, utc(14, 31, 2, 123));
}

void TestWebhookEvent::issueDatetime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected

    const QDateTime bad;
    QTest::newRow("z-0") << QStringLiteral("2026-06-26T14:30:00Z") << utc(14, 30, 0, 0);
    QTest::newRow("z-3") << QStringLiteral("2026-06-26T14:30:00.007Z") << utc(14, 30, 0, 7);
    QTest::newRow("z-6") << QStringLiteral("2026-06-26T14:30:00.999999Z") << utc(14, 30, 0, 999);
    QTest::newRow("offset-0") << QStringLiteral("2026-06-26T14:30:00+00:00") << utc(14, 30, 0, 0);
    QTest::newRow("offset-6") << QStringLiteral("2026-06-26T23:59:59.000001+00:00") << utc(23, 59, 59, 0);
    QTest::newRow("leap-day") << QStringLiteral("2028-02-29T00:00:00Z")
                              << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("digits-1") << QStringLiteral("2026-06-26T14:30:00.1Z") << bad;
    QTest::newRow("digits-2") << QStringLiteral("2026-06-26T14:30:00.12Z") << bad;
    QTest::newRow("digits-4") << QStringLiteral("2026-06-26T14:30:00.1234Z") << bad;
    QTest::newRow("digits-9") << QStringLiteral("2026-06-26T14:30:00.123456789Z") << bad;
    QTest::newRow("dot-only") << QStringLiteral("2026-06-26T14:30:00.Z") << bad;
    QTest::newRow("no-zone") << QStringLiteral("2026-06-26T14:30:00.000") << bad;
    QTest::newRow("lowercase-z") << QStringLiteral("2026-06-26T14:30:00z") << bad;
    QTest::newRow("minus-zero") << QStringLiteral("2026-06-26T14:30:00-00:00") << bad;
    QTest::newRow("plus-one") << QStringLiteral("2026-06-26T15:30:00+01:00") << bad;
    QTest::newRow("compact-offset") << QStringLiteral("2026-06-26T14:30:00+0000") << bad;
    QTest::newRow("space-separator") << QStringLiteral("2026-06-26 14:30:00Z") << bad;
    QTest::newRow("lowercase-t") << QStringLiteral("2026-06-26t14:30:00Z") << bad;
    QTest::newRow("date-only") << QStringLiteral("2026-06-26") << bad;
    QTest::newRow("no-seconds") << QStringLiteral("2026-06-26T14:30Z") << bad;
    QTest::newRow("feb-30") << QStringLiteral("2026-02-30T14:30:00Z") << bad;
    QTest::newRow("hour-24") << QStringLiteral("2026-06-26T24:00:00Z") << bad;
    QTest::newRow("second-60") << QStringLiteral("2026-06-26T23:59:60Z") << bad;
    QTest::newRow("signed-digit") << QStringLiteral("2026-06-26T14:30:+1Z") << bad;
    QTest::newRow("trailing-text") << QStringLiteral("2026-06-26T14:30:00Zx") << bad;
    QTest::newRow("leading-space") << QStringLiteral(" 2026-06-26T14:30:00Z") << bad;
    QTest::newRow("empty") << QString() << bad;
}

void TestWebhookEvent::issueDatetime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime got = parseIssueDatetime(text);
    QCOMPARE(got.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(got, expected);
        QCOMPARE(got.timeSpec(), Qt::UTC);
    }
}

void TestWebhookEvent::uuid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower") << QStringLiteral("3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a10") << true;
    QTest::newRow("upper") << QStringLiteral("3F1C2A9E-8B7D-4C1E-9F2A-6D5B4E3C2A10") << true;
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << true;
    QTest::newRow("braces") << QStringLiteral("{3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a10}") << false;
    QTest::newRow("no-dashes") << QStringLiteral("3f1c2a9e8b7d4c1e9f2a6d5b4e3c2a10") << false;
    QTest::newRow("short") << QStringLiteral("3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a1") << false;
    QTest::newRow("non-hex") << QStringLiteral("3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2azz") << false;
    QTest::newRow("dash-instead-of-hex") << QStringLiteral("3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a-0") << false;
    QTest::newRow("non-ascii-digit") << QStringLiteral("3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a1\u0661") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWebhookEvent::uuid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isUuid(text), valid);
}

void TestWebhookEvent::errorStrings()
{
    QStringList names;
    for (DecodeError e : {DecodeError::None, DecodeError::NotJson, DecodeError::NotObject, DecodeError::MissingField,
                          DecodeError::WrongType, DecodeError::BadValue}) {
        QVERIFY(!decodeErrorToString(e).isEmpty());
        QVERIFY(!names.contains(decodeErrorToString(e)));
        names.append(decodeErrorToString(e));
    }
}

namespace {

WebhookEvent supportTicketEvent(TicketStatus status, const QString &issueKey, const QString &summary)
{
    WebhookEvent e;
    e.kind = WebhookEvent::Kind::SupportTicket;
    e.eventType = status == TicketStatus::Created ? QStringLiteral("SUPPORT_TICKET.CREATED")
                                                  : QStringLiteral("SUPPORT_TICKET.FAILED");
    e.issueDatetime = QDateTime(QDate(2026, 6, 26), QTime(14, 30, 0, 250), Qt::UTC);
    e.ticketId = ticketUuid;
    e.customerId = customerUuid;
    e.issueKey = issueKey;
    e.summary = summary;
    e.status = status;
    return e;
}

} // namespace

void TestWebhookEvent::encodeRoundTrip_data()
{
    QTest::addColumn<WebhookEvent>("event");
    const QString plain = QStringLiteral("Card payment not credited");
    QTest::newRow("created") << supportTicketEvent(TicketStatus::Created, QStringLiteral("SUP-1234"), plain);
    QTest::newRow("failed") << supportTicketEvent(TicketStatus::Failed, QString(), plain);
    QTest::newRow("empty summary") << supportTicketEvent(TicketStatus::Created, QStringLiteral("SUP-1"), QString());
    QTest::newRow("non-ASCII and escapes")
        << supportTicketEvent(TicketStatus::Created, QStringLiteral("SUP-ñ"),
                              QStringLiteral("Caf\u00e9 \"quoted\" \\ back\nslash\ttab \u20ac \U0001F600 \x01"));
    WebhookEvent whole = supportTicketEvent(TicketStatus::Failed, QString(), plain);
    whole.issueDatetime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QTest::newRow("whole second") << whole;
    WebhookEvent closed;
    closed.kind = WebhookEvent::Kind::AccountClosed;
    closed.eventType = QStringLiteral("ACCOUNT.CLOSED");
    closed.issueDatetime = QDateTime(QDate(2026, 6, 26), QTime(14, 30), Qt::UTC);
    closed.customerId = customerUuid;
    QTest::newRow("account closed") << closed;
    WebhookEvent other;
    other.kind = WebhookEvent::Kind::OtherFamily;
    other.eventType = QStringLiteral("ON_RAMP.COMPLETED");
    other.issueDatetime = QDateTime(QDate(2026, 6, 26), QTime(14, 30, 1, 5), Qt::UTC);
    QTest::newRow("other family") << other;
    other.issueDatetime = QDateTime();
    QTest::newRow("other family without time") << other;
}

void TestWebhookEvent::encodeRoundTrip()
{
    QFETCH(WebhookEvent, event);
    const QByteArray body = encodeWebhook(event);
    // What Ripio sends: compact, ASCII only.
    for (char c : body)
        QVERIFY2(uchar(c) >= 0x20 && uchar(c) < 0x7f, body.constData());
    QVERIFY(!body.contains(": "));
    QVERIFY(QJsonDocument::fromJson(body).isObject());

    const DecodeResult decoded = decodeWebhook(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.detail));
    const WebhookEvent &e = decoded.event;
    QCOMPARE(e.kind, event.kind);
    QCOMPARE(e.eventType, event.eventType);
    QCOMPARE(e.issueDatetime, event.issueDatetime);
    QCOMPARE(e.ticketId, event.ticketId);
    QCOMPARE(e.customerId, event.customerId);
    QCOMPARE(e.issueKey, event.issueKey);
    QCOMPARE(e.summary, event.summary);
    QCOMPARE(e.status, event.status);
    QCOMPARE(e.isActive, event.isActive);
    // Encoding what was decoded gives the same bytes: one canonical form.
    QCOMPARE(encodeWebhook(e), body);
}

void TestWebhookEvent::encodeBytes_data()
{
    QTest::addColumn<WebhookEvent>("event");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("created") << supportTicketEvent(TicketStatus::Created, QStringLiteral("SUP-1234"),
                                                   QStringLiteral("Caf\u00e9 \"quoted\" \u20ac"))
                             << QByteArray(
                                    "{\"eventType\":\"SUPPORT_TICKET.CREATED\",\"issueDatetime\":"
                                    "\"2026-06-26T14:30:00.250Z\",\"supportTicket\":{\"ticketId\":"
                                    "\"3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a10\",\"customerId\":"
                                    "\"7A6B5C4D-3E2F-4A1B-8C9D-0E1F2A3B4C5D\",\"issueKey\":\"SUP-1234\","
                                    "\"summary\":\"Caf\\u00e9 \\\"quoted\\\" \\u20ac\",\"status\":\"CREATED\"}}");
    QTest::newRow("failed: null key") << supportTicketEvent(TicketStatus::Failed, QString(), QStringLiteral("s"))
                                      << QByteArray("{\"eventType\":\"SUPPORT_TICKET.FAILED\",\"issueDatetime\":"
                                                    "\"2026-06-26T14:30:00.250Z\",\"supportTicket\":{\"ticketId\":"
                                                    "\"3f1c2a9e-8b7d-4c1e-9f2a-6d5b4e3c2a10\",\"customerId\":"
                                                    "\"7A6B5C4D-3E2F-4A1B-8C9D-0E1F2A3B4C5D\",\"issueKey\":null,"
                                                    "\"summary\":\"s\",\"status\":\"FAILED\"}}");
    WebhookEvent closed;
    closed.kind = WebhookEvent::Kind::AccountClosed;
    closed.issueDatetime = QDateTime(QDate(2026, 6, 26), QTime(14, 30), QTimeZone(3600));
    closed.customerId = customerUuid;
    QTest::newRow("account closed, time in UTC")
        << closed
        << QByteArray("{\"eventType\":\"ACCOUNT.CLOSED\",\"issueDatetime\":\"2026-06-26T13:30:00.000Z\","
                      "\"account\":{\"customerId\":\"7A6B5C4D-3E2F-4A1B-8C9D-0E1F2A3B4C5D\",\"isActive\":false}}");
}

void TestWebhookEvent::encodeBytes()
{
    QFETCH(WebhookEvent, event);
    QFETCH(QByteArray, body);
    QCOMPARE(encodeWebhook(event), body);
}

QTEST_GUILESS_MAIN(TestWebhookEvent)
#include "tst_webhookevent.moc"
