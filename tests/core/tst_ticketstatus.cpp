// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ticketstatus.h"

#include <QSet>
#include <QTest>

using namespace TicketDesk;

// Checks the stable string forms of TicketStatus and its two predicates.
class TestTicketStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void caseInsensitiveParse();
    void unknownStrings_data();
    void unknownStrings();
    void allStatusesDistinct();
};

void TestTicketStatus::strings_data()
{
    QTest::addColumn<TicketStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("queued") << TicketStatus::Queued << QStringLiteral("QUEUED") << false << false;
    QTest::newRow("submitting") << TicketStatus::Submitting << QStringLiteral("SUBMITTING") << false << false;
    QTest::newRow("pending") << TicketStatus::Pending << QStringLiteral("PENDING") << false << false;
    QTest::newRow("created") << TicketStatus::Created << QStringLiteral("CREATED") << true << false;
    QTest::newRow("failed") << TicketStatus::Failed << QStringLiteral("FAILED") << true << true;
    QTest::newRow("rejected") << TicketStatus::Rejected << QStringLiteral("REJECTED") << false << true;
    QTest::newRow("unconfirmed") << TicketStatus::Unconfirmed << QStringLiteral("UNCONFIRMED") << false << true;
}

void TestTicketStatus::strings()
{
    QFETCH(TicketStatus, status);
    QFETCH(QString, text);
    QFETCH(bool, terminal);
    QFETCH(bool, retryable);

    QCOMPARE(statusToString(status), text);
    const std::optional<TicketStatus> parsed = statusFromString(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, status);
    QCOMPARE(isTerminal(status), terminal);
    QCOMPARE(isRetryable(status), retryable);
}

void TestTicketStatus::caseInsensitiveParse()
{
    for (TicketStatus s : allTicketStatuses) {
        const QString lower = statusToString(s).toLower();
        const std::optional<TicketStatus> parsed = statusFromString(lower);
        QVERIFY2(parsed.has_value(), qPrintable(lower));
        QCOMPARE(*parsed, s);
    }
}

void TestTicketStatus::unknownStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << QStringLiteral("RESOLVED");
    QTest::newRow("prefix") << QStringLiteral("CREATE");
    QTest::newRow("longer") << QStringLiteral("CREATED ");
    QTest::newRow("leading-space") << QStringLiteral(" PENDING");
}

void TestTicketStatus::unknownStrings()
{
    QFETCH(QString, text);
    QVERIFY(!statusFromString(text).has_value());
}

void TestTicketStatus::allStatusesDistinct()
{
    QSet<QString> names;
    for (TicketStatus s : allTicketStatuses)
        names.insert(statusToString(s));
    QCOMPARE(names.size(), qsizetype(allTicketStatuses.size()));
}

QTEST_GUILESS_MAIN(TestTicketStatus)
#include "tst_ticketstatus.moc"
