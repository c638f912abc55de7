// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ticketjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace TicketDesk;

namespace {

const QStringList ticketKeys{
    QStringLiteral("apiBase"),    QStringLiteral("attachments"), QStringLiteral("conflict"),
    QStringLiteral("createdAt"),  QStringLiteral("createdBy"),   QStringLiteral("createdHere"),
    QStringLiteral("customerId"), QStringLiteral("description"), QStringLiteral("id"),
    QStringLiteral("issueKey"),   QStringLiteral("message"),     QStringLiteral("outcomeAt"),
    QStringLiteral("reference"),  QStringLiteral("retriedAs"),   QStringLiteral("retryOf"),
    QStringLiteral("status"),     QStringLiteral("submittedAt"), QStringLiteral("summary"),
    QStringLiteral("ticketId"),   QStringLiteral("updatedAt"),
};

QDateTime utc(int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(2026, 6, 1), QTime(hour, minute, second, ms), Qt::UTC);
}

// Every field set, two attachments.
Ticket fullTicket()
{
    Ticket t;
    t.id = 42;
    t.ticketId = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000001");
    t.customerId = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
    t.summary = QStringLiteral("Card declined, \"twice\"");
    t.description = QStringLiteral("Línea uno\nline two");
    t.status = TicketStatus::Created;
    t.issueKey = QStringLiteral("SUP-1234");
    t.message = QStringLiteral("resolved");
    t.createdAt = utc(9, 0, 0, 5);
    t.submittedAt = utc(9, 0, 1, 250);
    t.outcomeAt = utc(9, 2, 0, 0);
    t.updatedAt = utc(9, 2, 0, 999);
    t.retryOf = 41;
    t.retriedAs = 43;
    t.conflict = true;
    t.createdHere = false;
    t.createdBy = QStringLiteral("alice");
    t.reference = QStringLiteral("HD-2026/0042, \"urgent\"");
    t.apiBase = QStringLiteral("https://skala-sandbox.ripio.com");
    t.attachments = {
        Attachment{7, QStringLiteral("shot.png"), QStringLiteral("image/png"), 5120, QStringLiteral("/data/a/7")},
        Attachment{8, QStringLiteral("log.txt"), QStringLiteral("text/plain"), 0, QStringLiteral("/data/a/8")},
    };
    return t;
}

} // namespace

// The JSON shape of a ticket that `list/show/export --json` print and scripts read.
class TestTicketJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyField();
    void absentValuesAreNull();
    void emptyTextStaysText();
    void timesAreUtcWithMilliseconds();
    void attachments();
    void roundTrip_data();
    void roundTrip();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void fromJsonDefaults();
    void customer();
};

void TestTicketJson::everyField()
{
    const QJsonObject o = ticketToJson(fullTicket());
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys, ticketKeys);
    QCOMPARE(o.value(QLatin1StringView("id")).type(), QJsonValue::Double);
    QCOMPARE(o.value(QLatin1StringView("id")).toInteger(), 42);
    QCOMPARE(o.value(QLatin1StringView("ticketId")).toString(), QStringLiteral("bbbbbbbb-0000-0000-0000-000000000001"));
    QCOMPARE(o.value(QLatin1StringView("customerId")).toString(),
             QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001"));
    QCOMPARE(o.value(QLatin1StringView("summary")).toString(), QStringLiteral("Card declined, \"twice\""));
    QCOMPARE(o.value(QLatin1StringView("description")).toString(), QStringLiteral("Línea uno\nline two"));
    QCOMPARE(o.value(QLatin1StringView("status")).toString(), QStringLiteral("CREATED"));
    QCOMPARE(o.value(QLatin1StringView("issueKey")).toString(), QStringLiteral("SUP-1234"));
    QCOMPARE(o.value(QLatin1StringView("message")).toString(), QStringLiteral("resolved"));
    QCOMPARE(o.value(QLatin1StringView("createdAt")).toString(), QStringLiteral("2026-06-01T09:00:00.005Z"));
    QCOMPARE(o.value(QLatin1StringView("submittedAt")).toString(), QStringLiteral("2026-06-01T09:00:01.250Z"));
    QCOMPARE(o.value(QLatin1StringView("outcomeAt")).toString(), QStringLiteral("2026-06-01T09:02:00.000Z"));
    QCOMPARE(o.value(QLatin1StringView("updatedAt")).toString(), QStringLiteral("2026-06-01T09:02:00.999Z"));
    QCOMPARE(o.value(QLatin1StringView("retryOf")).type(), QJsonValue::Double);
    QCOMPARE(o.value(QLatin1StringView("retryOf")).toInteger(), 41);
    QCOMPARE(o.value(QLatin1StringView("retriedAs")).toInteger(), 43);
    QCOMPARE(o.value(QLatin1StringView("conflict")).type(), QJsonValue::Bool);
    QCOMPARE(o.value(QLatin1StringView("conflict")).toBool(), true);
    QCOMPARE(o.value(QLatin1StringView("createdHere")).type(), QJsonValue::Bool);
    QCOMPARE(o.value(QLatin1StringView("createdHere")).toBool(), false);
    QCOMPARE(o.value(QLatin1StringView("createdBy")).toString(), QStringLiteral("alice"));
    QCOMPARE(o.value(QLatin1StringView("reference")).toString(), QStringLiteral("HD-2026/0042, \"urgent\""));
    QCOMPARE(o.value(QLatin1StringView("apiBase")).toString(), QStringLiteral("https://skala-sandbox.ripio.com"));
    QCOMPARE(o.value(QLatin1StringView("attachments")).type(), QJsonValue::Array);
    QCOMPARE(o.value(QLatin1StringView("attachments")).toArray().size(), 2);
}

void TestTicketJson::absentValuesAreNull()
{
    // A ticket just saved here: no Ripio id, no key, no times but its creation, no retries.
    Ticket t;
    t.id = 1;
    t.customerId = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
    t.summary = QStringLiteral("Login fails");
    t.createdAt = utc(9, 0, 0, 0);
    const QJsonObject o = ticketToJson(t);
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys, ticketKeys); // absent is null, never a missing key
    for (const char *key :
         {"ticketId", "issueKey", "submittedAt", "outcomeAt", "updatedAt", "retryOf", "retriedAs", "apiBase"})
        QVERIFY2(o.value(QLatin1StringView(key)).isNull(), key);
    QCOMPARE(o.value(QLatin1StringView("status")).toString(), QStringLiteral("QUEUED"));
    QCOMPARE(o.value(QLatin1StringView("conflict")).toBool(true), false);
    QCOMPARE(o.value(QLatin1StringView("createdHere")).toBool(false), true);
    QCOMPARE(o.value(QLatin1StringView("attachments")).type(), QJsonValue::Array);
    QVERIFY(o.value(QLatin1StringView("attachments")).toArray().isEmpty());
}

void TestTicketJson::emptyTextStaysText()
{
    // customerId, summary, description, message and reference are always strings, empty ones included.
    Ticket t;
    t.id = 3;
    const QJsonObject o = ticketToJson(t);
    for (const char *key : {"customerId", "summary", "description", "message", "reference"}) {
        QCOMPARE(o.value(QLatin1StringView(key)).type(), QJsonValue::String);
        QVERIFY2(o.value(QLatin1StringView(key)).toString().isEmpty(), key);
    }
    QVERIFY(o.value(QLatin1StringView("createdAt")).isNull());
}

void TestTicketJson::timesAreUtcWithMilliseconds()
{
    Ticket t;
    t.id = 4;
    // 06:30:00.5 at UTC-3 (Buenos Aires) is 09:30:00.5 UTC.
    t.createdAt = QDateTime(QDate(2026, 6, 1), QTime(6, 30, 0, 500), QTimeZone(-3 * 3600));
    QCOMPARE(ticketToJson(t).value(QLatin1StringView("createdAt")).toString(),
             QStringLiteral("2026-06-01T09:30:00.500Z"));
}

void TestTicketJson::attachments()
{
    const QJsonArray array = ticketToJson(fullTicket()).value(QLatin1StringView("attachments")).toArray();
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    QStringList keys = first.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("contentType"), QStringLiteral("fileName"), QStringLiteral("id"),
                                QStringLiteral("size"), QStringLiteral("storedPath")}));
    QCOMPARE(first.value(QLatin1StringView("id")).type(), QJsonValue::Double);
    QCOMPARE(first.value(QLatin1StringView("id")).toInteger(), 7);
    QCOMPARE(first.value(QLatin1StringView("fileName")).toString(), QStringLiteral("shot.png"));
    QCOMPARE(first.value(QLatin1StringView("contentType")).toString(), QStringLiteral("image/png"));
    QCOMPARE(first.value(QLatin1StringView("size")).type(), QJsonValue::Double);
    QCOMPARE(first.value(QLatin1StringView("size")).toInteger(), 5120);
    QCOMPARE(first.value(QLatin1StringView("storedPath")).toString(), QStringLiteral("/data/a/7"));
    // Order kept; a zero size is 0, not null.
    const QJsonObject second = array.at(1).toObject();
    QCOMPARE(second.value(QLatin1StringView("fileName")).toString(), QStringLiteral("log.txt"));
    QCOMPARE(second.value(QLatin1StringView("size")).type(), QJsonValue::Double);
    QCOMPARE(second.value(QLatin1StringView("size")).toInteger(), 0);
    QCOMPARE(attachmentToJson(fullTicket().attachments.at(1)), second);
}

void TestTicketJson::roundTrip_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::newRow("every field") << fullTicket();
    Ticket minimal;
    minimal.id = 9;
    QTest::newRow("minimal") << minimal;
    for (TicketStatus s : allTicketStatuses) {
        Ticket t = fullTicket();
        t.status = s;
        QTest::newRow(qPrintable(statusToString(s))) << t;
    }
}

void TestTicketJson::roundTrip()
{
    QFETCH(Ticket, ticket);
    // Through text, as a script would read it back.
    const QByteArray text = QJsonDocument(ticketToJson(ticket)).toJson(QJsonDocument::Compact);
    const std::optional<Ticket> back = ticketFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back);
    QCOMPARE(*back, ticket);
}

void TestTicketJson::fromJsonRejects_data()
{
    QTest::addColumn<QJsonObject>("object");
    const QJsonObject full = ticketToJson(fullTicket());
    QJsonObject noId = full;
    noId.remove(QStringLiteral("id"));
    QTest::newRow("no id") << noId;
    QJsonObject textId = full;
    textId.insert(QStringLiteral("id"), QStringLiteral("42"));
    QTest::newRow("id as text") << textId;
    QJsonObject noStatus = full;
    noStatus.remove(QStringLiteral("status"));
    QTest::newRow("no status") << noStatus;
    QJsonObject badStatus = full;
    badStatus.insert(QStringLiteral("status"), QStringLiteral("DONE"));
    QTest::newRow("unknown status") << badStatus;
    QTest::newRow("empty object") << QJsonObject{};
}

void TestTicketJson::fromJsonRejects()
{
    QFETCH(QJsonObject, object);
    QVERIFY(!ticketFromJson(object));
}

void TestTicketJson::customer()
{
    CustomerRecord c;
    c.customerId = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
    c.name = QStringLiteral("María López");
    c.email = QStringLiteral("maria@example.com");
    c.externalRef = QStringLiteral("CRM-7");
    c.lastSummary = QStringLiteral("Card declined");
    c.lastSeenAt = utc(9, 0, 0, 5);
    const QJsonObject open = customerToJson(c);
    QStringList keys = open.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("closed"), QStringLiteral("closedAt"), QStringLiteral("customerId"),
                                QStringLiteral("email"), QStringLiteral("externalRef"), QStringLiteral("lastSeenAt"),
                                QStringLiteral("lastSummary"), QStringLiteral("name")}));
    QCOMPARE(open.value(QLatin1StringView("name")).toString(), c.name);
    QCOMPARE(open.value(QLatin1StringView("email")).toString(), c.email);
    QCOMPARE(open.value(QLatin1StringView("externalRef")).toString(), c.externalRef);
    QCOMPARE(open.value(QLatin1StringView("lastSeenAt")).toString(), QStringLiteral("2026-06-01T09:00:00.005Z"));
    QCOMPARE(open.value(QLatin1StringView("closed")).type(), QJsonValue::Bool);
    QCOMPARE(open.value(QLatin1StringView("closed")).toBool(true), false);
    QVERIFY(open.value(QLatin1StringView("closedAt")).isNull());

    // Seen only in an ACCOUNT.CLOSED webhook: text stays text, unknown times are null.
    CustomerRecord closed;
    closed.customerId = c.customerId;
    closed.closed = true;
    closed.closedAt = utc(10, 0, 0, 0);
    const QJsonObject o = customerToJson(closed);
    QCOMPARE(o.value(QLatin1StringView("closed")).toBool(), true);
    QCOMPARE(o.value(QLatin1StringView("closedAt")).toString(), QStringLiteral("2026-06-01T10:00:00.000Z"));
    QVERIFY(o.value(QLatin1StringView("lastSeenAt")).isNull());
    QCOMPARE(o.value(QLatin1StringView("name")).type(), QJsonValue::String);
}

void TestTicketJson::fromJsonDefaults()
{
    // Only the required fields: the rest take a ticket's defaults (createdHere true).
    const std::optional<Ticket> t =
        ticketFromJson(QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("status"), QStringLiteral("PENDING")}});
    QVERIFY(t);
    Ticket expected;
    expected.id = 5;
    expected.status = TicketStatus::Pending;
    QCOMPARE(*t, expected);
}

QTEST_GUILESS_MAIN(TestTicketJson)
#include "tst_ticketjson.moc"
