// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/newticket.h"

#include <QTest>

using namespace TicketDesk;

// checkNewTicket(): what a ticket typed now must pass (the create form, `ticketdesk create`, a CSV
// list), beyond what every send checks.
class TestNewTicket final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlCharacters_data();
    void controlCharacters();
    void aControlIsNamedWhereItIs();
};

void TestNewTicket::controlCharacters_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("fields"); // the fields expected to be reported, in order

    const QString ok = QStringLiteral("Card payment stuck");
    QTest::newRow("none") << ok << QStringLiteral("one\r\ntwo\n\tthree") << QStringList{};
    // An escape sequence, a bell, a C1 control or DEL is invisible, or a terminal's command.
    QTest::newRow("escape in summary") << QStringLiteral("Card \x1b[31mRED") << QString()
                                       << QStringList{QStringLiteral("summary")};
    QTest::newRow("tab in summary") << QStringLiteral("Card\tstuck") << QString()
                                    << QStringList{QStringLiteral("summary")};
    QTest::newRow("C1 in summary") << QStringLiteral("Next") + QChar(0x85) + QStringLiteral("line") << QString()
                                   << QStringList{QStringLiteral("summary")};
    // A line break is said once, as such.
    QTest::newRow("line break in summary")
        << QStringLiteral("Card\nstuck") << QString() << QStringList{QStringLiteral("summary")};
    QTest::newRow("bell in description") << ok << QStringLiteral("ring\x07")
                                         << QStringList{QStringLiteral("description")};
    QTest::newRow("DEL in description") << ok << QStringLiteral("x") + QChar(0x7f)
                                        << QStringList{QStringLiteral("description")};
}

void TestNewTicket::controlCharacters()
{
    QFETCH(QString, summary);
    QFETCH(QString, description);
    QFETCH(QStringList, fields);
    const CreateTicketRequest request{QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"), summary, description, {}};
    QStringList reported;
    for (const FieldError &error : checkNewTicket(request, ValidationLimits()))
        reported.append(error.field);
    QCOMPARE(reported, fields);
}

// The message names the character and where it is, counted as the length is (an emoji is one); in
// a description, its line too (a place in a long text is not found by its count).
void TestNewTicket::aControlIsNamedWhereItIs()
{
    CreateTicketRequest request{QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"),
                                QString::fromUtf8("\xF0\x9F\x98\x80 Card\x1b[2J"),
                                QString(),
                                {}};
    QList<FieldError> errors = checkNewTicket(request, ValidationLimits());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message,
             QStringLiteral("The summary holds an invisible control character (U+001B) at character 7: remove it."));
    request.summary = QStringLiteral("Card");
    request.description = QStringLiteral("first line\nsecond\x0c line");
    errors = checkNewTicket(request, ValidationLimits());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, QStringLiteral("The description holds an invisible control character (U+000C) "
                                                    "on line 2, at character 7: remove it."));
}

QTEST_GUILESS_MAIN(TestNewTicket)
#include "tst_newticket.moc"
