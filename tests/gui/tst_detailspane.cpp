// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/detailspane.h"
#include "gui/visibletext.h"

#include "core/localizedtext.h"
#include "support/markingtranslator.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace TicketDesk;

namespace {

const QString uuid = QStringLiteral("8b1c2b3a-0001-4444-8555-000000000123");

// The laid-out lines of the first block holding `text` after the block that is
// `after` (from the start when empty); 0 when no block holds it.
int linesOfBlockWith(QTextDocument *doc, const QString &text, const QString &after = {})
{
    doc->documentLayout(); // lays out on demand
    bool searching = after.isEmpty();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        // A cell that keeps its text whole holds no-break spaces.
        if (searching && b.text().replace(QChar::Nbsp, QLatin1Char(' ')).contains(text))
            return b.layout() ? b.layout()->lineCount() : 0;
        searching = searching || b.text() == after;
    }
    return 0;
}

// The text of each cell of the document's first table, row by row; a cell spanning two
// columns counts once.
QStringList fieldCells(QTextDocument *doc)
{
    QStringList cells;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.column() != c)
                    continue;
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                cells.append(cursor.selectedText().replace(QChar::Nbsp, QLatin1Char(' ')));
            }
        }
        break;
    }
    return cells;
}

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

private:
    static Ticket ticket()
    {
        Ticket t;
        t.id = 7;
        t.ticketId = uuid;
        t.customerId = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
        t.issueKey = QStringLiteral("SUP-4242");
        t.summary = QStringLiteral("Deposit not credited after the bank confirmed the transfer");
        t.reference = QStringLiteral("HD-4725");
        t.status = TicketStatus::Created;
        t.createdAt = QDateTime(QDate(2026, 12, 4), QTime(10, 11, 12, 345), Qt::UTC);
        t.outcomeAt = t.createdAt.addSecs(3);
        return t;
    }
    // The webhook that brought t's outcome, `lateMs` after its event time.
    static DeliveryRecord delivery(const Ticket &t, qint64 lateMs)
    {
        DeliveryRecord d;
        d.receivedAt = t.outcomeAt.addMSecs(lateMs);
        d.eventTime = t.outcomeAt;
        d.eventType = QStringLiteral("SUPPORT_TICKET.CREATED");
        d.ticketId = uuid;
        d.verdict = QStringLiteral("applied");
        d.skewMs = lateMs;
        return d;
    }

private Q_SLOTS:
    // A narrow pane (a small window, the splitter pulled left) wraps prose,
    // never an identifier someone reads out or a timeline's time.
    void identifiersAndTimesStayOnOneLine()
    {
        DetailsPane pane;
        // Short as well: a ticket's details are usually taller than the pane, and the
        // vertical scroll bar takes its width from the lines.
        pane.resize(330, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        const Ticket t = ticket();
        TicketEvent accepted;
        accepted.at = t.createdAt;
        accepted.kind = QStringLiteral("accepted");
        accepted.detail = QStringLiteral("202 from Ripio after one attempt, with a longer detail that wraps");
        const DeliveryRecord d = delivery(t, 250);
        pane.showTicket(t, {d}, {accepted}, {});

        auto *text = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"));
        QVERIFY(text);
        QTextDocument *doc = text->document();
        QCOMPARE(linesOfBlockWith(doc, uuid), 1);
        QCOMPARE(linesOfBlockWith(doc, t.customerId), 1);
        const QString createdAt =
            QLocale().toString(t.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        const QString receivedAt =
            QLocale().toString(d.receivedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        QCOMPARE(linesOfBlockWith(doc, createdAt), 1); // the Saved field
        const QString timeline = QStringLiteral("Timeline");
        QCOMPARE(linesOfBlockWith(doc, createdAt, timeline), 1);
        QCOMPARE(linesOfBlockWith(doc, receivedAt, timeline), 1);
        // Prose still wraps to the pane rather than widening it: nothing is cut at its edge.
        QVERIFY(linesOfBlockWith(doc, QStringLiteral("longer detail that wraps")) > 1);
        QVERIFY(linesOfBlockWith(doc, QStringLiteral("never sent to Ripio")) > 1);
        QVERIFY(text->verticalScrollBar()->isVisible());
        QCOMPARE(text->horizontalScrollBar()->maximum(), 0);
    }

    // A signed event chooses the issue key and the summary: a right-to-left override or a control
    // in them is shown, not obeyed ("SUP-\u202e1337" read "SUP-7331").
    void reorderingCharactersAreShown()
    {
        DetailsPane pane;
        Ticket t = ticket();
        t.issueKey = QStringLiteral("SUP-") + QChar(0x202e) + QStringLiteral("1337");
        t.summary = QStringLiteral("Refund ") + QChar(0x202e) + QStringLiteral("gnp.exe") + QChar(0x202c) +
                    QStringLiteral(" ") + QChar(0x1b) + QStringLiteral("[31m");
        pane.showTicket(t, {}, {}, {});
        auto *title = pane.findChild<QLabel *>(QStringLiteral("detailsTitleLabel"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Ticket #7 — SUP-<U+202E>1337"));
        const QString text = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("SUP-<U+202E>1337")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Refund <U+202E>gnp.exe<U+202C> <U+001B>[31m")), qPrintable(text));
        QVERIFY(!text.contains(QChar(0x202e)));
        // Text with nothing to show is itself (and costs no copy).
        const QString plain = QStringLiteral("Deposit missing");
        QCOMPARE(VisibleText::shown(plain).constData(), plain.constData());
        QCOMPARE(VisibleText::shown(QStringLiteral("São Paulo\tñandú\n")), QStringLiteral("São Paulo\tñandú\n"));
        // Joiners are writing, not tricks: a Persian word, an emoji sequence.
        const QString persian = QStringLiteral("می") + QChar(0x200c) + QStringLiteral("خواهم");
        QCOMPARE(VisibleText::shown(persian), persian);
        const QString coder = QStringLiteral("👩") + QChar(0x200d) + QStringLiteral("💻");
        QCOMPARE(VisibleText::shown(coder), coder);
        QCOMPARE(VisibleText::shown(QStringLiteral("a") + QChar(0x200b) + QStringLiteral("b")),
                 QStringLiteral("a<U+200B>b"));
        // Between ASCII they hide a difference: "SUP-7331" that is not.
        QCOMPARE(VisibleText::shown(QStringLiteral("SUP-73") + QChar(0x200c) + QStringLiteral("31")),
                 QStringLiteral("SUP-73<U+200C>31"));
        QCOMPARE(VisibleText::shown(QChar(0x200d) + QStringLiteral("x")), QStringLiteral("<U+200D>x"));
        // A table's cells are drawn so; the model's data (copied, exported) stays as it is.
        const VisibleTextDelegate delegate;
        QCOMPARE(delegate.displayText(t.issueKey, QLocale()), QStringLiteral("SUP-<U+202E>1337"));
    }

    // A ticket selected while its details cannot be read: the pane names it and says why, rather
    // than keeping the last ticket's details under the new selection.
    void unavailableDetailsSaySo()
    {
        DetailsPane pane;
        const Ticket t = ticket();
        pane.showTicket(t, {}, {}, {});
        QCOMPARE(pane.ticketId(), t.id);
        pane.showUnavailable(858, QStringLiteral("The team database db1 cannot be reached (timeout)."));
        QCOMPARE(pane.ticketId(), qint64(858));
        auto *title = pane.findChild<QLabel *>(QStringLiteral("detailsTitleLabel"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Ticket #858"));
        const QString shown = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"))->toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("The details of ticket #858 cannot be read now: The team database "
                                                 "db1 cannot be reached (timeout).")),
                 qPrintable(shown));
        QVERIFY2(!shown.contains(t.summary), qPrintable(shown));
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("copyIssueKeyButton"))->isEnabled());
    }

    // Registered, and its retry too: the pane names the other ticket and its key, as a link.
    void filedTwiceNamesTheOtherTicket()
    {
        DetailsPane pane;
        auto *text = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"));
        QVERIFY(text);
        Ticket t = ticket();
        pane.showTicket(t, {}, {}, {});
        QVERIFY(!text->toPlainText().contains(QStringLiteral("Filed twice")));
        pane.showTicket(t, {}, {}, {}, FiledTwice{77, QStringLiteral("SUP-9001")});
        QVERIFY2(text->toPlainText().contains(QStringLiteral(
                     "Ripio registered this request as ticket #77 too (SUP-9001). Ask Ripio to close one.")),
                 qPrintable(text->toPlainText()));
        QVERIFY(text->toHtml().contains(QStringLiteral("ticket:77")));
    }

    // Who made it, on a team database too ("Created on this desk" was said of a colleague's).
    void originSaysWhoCreatedIt()
    {
        DetailsPane pane;
        auto *text = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"));
        QVERIFY(text);
        Ticket t = ticket();
        t.createdBy = QStringLiteral("alice");
        pane.showTicket(t, {}, {}, {});
        QVERIFY2(text->toPlainText().contains(QStringLiteral("Created in TicketDesk by alice")),
                 qPrintable(text->toPlainText()));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("this desk")));
        t.createdHere = false;
        pane.showTicket(t, {}, {}, {});
        QVERIFY(text->toPlainText().contains(QStringLiteral("First seen in a webhook")));
    }

    // Where a ticket was sent, named; one sent to another API than the settings' says it is not
    // checked with Ripio until they point there again (the reconciler leaves it alone).
    void sentToNamesTheApi()
    {
        DetailsPane pane;
        auto *text = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"));
        QVERIFY(text);
        Ticket t = ticket();
        pane.showTicket(t, {}, {}, {});
        QVERIFY(!text->toPlainText().contains(QStringLiteral("Sent to"))); // not recorded: not said
        t.apiBase = QStringLiteral("https://skala-sandbox.ripio.com");
        pane.setCurrentApi(QUrl(QStringLiteral("https://skala-sandbox.ripio.com/")));
        pane.showTicket(t, {}, {}, {});
        QVERIFY2(
            text->toPlainText().contains(QStringLiteral("Sent to\nRipio sandbox (https://skala-sandbox.ripio.com)")),
            qPrintable(text->toPlainText()));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("not the API")));
        pane.setCurrentApi(QUrl(QStringLiteral("https://skala.ripio.com")));
        pane.showTicket(t, {}, {}, {}); // CREATED: nothing more to ask, nothing to say
        QVERIFY2(!text->toPlainText().contains(QStringLiteral("not the API")), qPrintable(text->toPlainText()));
        t.status = TicketStatus::Pending;
        t.issueKey.clear();
        pane.showTicket(t, {}, {}, {});
        QVERIFY2(text->toPlainText().contains(
                     QStringLiteral("Ripio sandbox (https://skala-sandbox.ripio.com) — not the API TicketDesk uses now "
                                    "(https://skala.ripio.com), so it is not checked with Ripio until Settings point "
                                    "there again")),
                 qPrintable(text->toPlainText()));
        // A window that does not ask Ripio itself (a team's desktop, a viewer) says nothing of it.
        pane.setCurrentApi(QUrl());
        pane.showTicket(t, {}, {}, {});
        QVERIFY2(text->toPlainText().contains(QStringLiteral("Ripio sandbox (https://skala-sandbox.ripio.com)")),
                 qPrintable(text->toPlainText()));
        QVERIFY2(!text->toPlainText().contains(QStringLiteral("not the API")), qPrintable(text->toPlainText()));
    }

    // The timeline names what happened in the operator's words, not the store's codes.
    void timelineEventsInWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("text");
        QTest::newRow("saved") << QStringLiteral("created") << QString() << QString() << QStringLiteral("Saved");
        QTest::newRow("sent") << QStringLiteral("submit") << QStringLiteral("applied") << QString()
                              << QStringLiteral("Sent to Ripio");
        QTest::newRow("webhook") << QStringLiteral("webhook") << QStringLiteral("applied")
                                 << QStringLiteral("CREATED SUP-4")
                                 << QStringLiteral("Outcome from a webhook: Created SUP-4");
        QTest::newRow("repeat") << QStringLiteral("webhook") << QStringLiteral("duplicate") << QStringLiteral("FAILED")
                                << QStringLiteral("Outcome from a webhook — already known: Failed");
        // A check that found the ticket still pending, every few minutes: not "already known".
        QTest::newRow("still pending") << QStringLiteral("retrieved") << QStringLiteral("duplicate")
                                       << QStringLiteral("PENDING")
                                       << QStringLiteral("Checked with Ripio: still pending");
        QTest::newRow("a check that found the outcome again")
            << QStringLiteral("retrieved") << QStringLiteral("duplicate") << QStringLiteral("CREATED SUP-4")
            << QStringLiteral("Outcome from a check with Ripio — already known: Created SUP-4");
        QTest::newRow("lost answer") << QStringLiteral("answer-lost") << QStringLiteral("applied")
                                     << QStringLiteral("Ripio refused the connection")
                                     << QStringLiteral("Ripio's answer lost: Ripio refused the connection");
        QTest::newRow("unknown to Ripio")
            << QStringLiteral("not-found") << QStringLiteral("applied") << QStringLiteral("404 at every check")
            << QStringLiteral("Unknown to Ripio: 404 at every check");
        QTest::newRow("check failed") << QStringLiteral("reconcile-check") << QStringLiteral("error")
                                      << QStringLiteral("timeout")
                                      << QStringLiteral("Check with Ripio — failed: timeout");
        QTest::newRow("a message starting with a status word")
            << QStringLiteral("reconcile-check") << QStringLiteral("error") << QStringLiteral("failed to connect")
            << QStringLiteral("Check with Ripio — failed: failed to connect");
        // The links to other tickets, in the forms databases hold.
        QTest::newRow("a retry") << QStringLiteral("created") << QString() << QStringLiteral("retry of #7")
                                 << QStringLiteral("Saved as a retry of #7");
        QTest::newRow("retried") << QStringLiteral("retried-as") << QStringLiteral("applied")
                                 << QStringLiteral("retried as #12") << QStringLiteral("Retried as #12");
        QTest::newRow("merged") << QStringLiteral("merge") << QStringLiteral("applied")
                                << QStringLiteral("folded row #5 (first seen through a webhook) into this one")
                                << QStringLiteral("Merged with #5, first seen through a webhook");
        QTest::newRow("merged, not applied")
            << QStringLiteral("merge") << QStringLiteral("conflict")
            << QStringLiteral("folded row #5 (first seen through a webhook) into this one")
            << QStringLiteral("Merged with #5, first seen through a webhook — conflicting, ignored");
        QTest::newRow("a link's form under another kind")
            << QStringLiteral("answer-lost") << QStringLiteral("applied") << QStringLiteral("retried as #12")
            << QStringLiteral("Ripio's answer lost: retried as #12");
        QTest::newRow("not quite a link")
            << QStringLiteral("retried-as") << QStringLiteral("applied") << QStringLiteral("retried as #12 by Ana")
            << QStringLiteral("Retried: retried as #12 by Ana");
        QTest::newRow("a message stored for its reader")
            << QStringLiteral("reconcile-check") << QStringLiteral("error")
            << LocalizedText("Test", "Ripio did not answer within %n second(s).", 30).toStored()
            << QStringLiteral("Check with Ripio — failed: Ripio did not answer within 30 second(s).");
        QTest::newRow("a newer version's code") << QStringLiteral("escalated") << QStringLiteral("odd")
                                                << QStringLiteral("x") << QStringLiteral("escalated — odd: x");
    }
    void timelineEventsInWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, verdict);
        QFETCH(QString, detail);
        QFETCH(QString, text);
        TicketEvent e;
        e.at = ticket().createdAt;
        e.kind = kind;
        e.verdict = verdict;
        e.detail = detail;
        QCOMPARE(DetailsPane::eventText(e), text);
        DetailsPane pane;
        pane.showTicket(ticket(), {}, {e}, {});
        const QString plain = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"))->toPlainText();
        QVERIFY2(plain.contains(text), qPrintable(plain));
    }

    // A message that another process stored comes out in this reader's language.
    void storedMessagesInTheReadersLanguage()
    {
        Ticket t = ticket();
        t.status = TicketStatus::Rejected;
        t.message = LocalizedText("Test", "Ripio rejected the request (HTTP %1).").arg(400).toStored();
        TicketEvent e;
        e.at = t.createdAt;
        e.kind = QStringLiteral("rejected");
        e.verdict = QStringLiteral("applied");
        e.detail = t.message;
        Test::MarkingTranslator reader("Test");
        QCoreApplication::installTranslator(&reader);
        DetailsPane pane;
        pane.showTicket(t, {}, {e}, {});
        const QString plain = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"))->toPlainText();
        const QString worded = QStringLiteral("\u00abRipio rejected the request (HTTP 400).\u00bb");
        QCOMPARE(plain.count(worded), 2); // the Message row and the timeline's line
        QVERIFY2(!plain.contains(QStringLiteral("tr:")), qPrintable(plain));
    }

    // A field without a value says why instead of staying blank (which reads as a fault).
    void emptyFieldsSayWhy_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("createdHere");
        QTest::addColumn<QStringList>("expected"); // label, then what its value cell says

        // Unconfirmed: a lost answer, or an error (a 500) that said nothing of the ticket.
        const QString lost = QStringLiteral("Unknown: no answer from Ripio confirmed the request");
        const QString refused = QStringLiteral("None: Ripio refused the request");
        const QString notRegistered = QStringLiteral("Not yet: Ripio gives one when it registers the ticket");
        QTest::newRow("queued") << int(TicketStatus::Queued) << true
                                << QStringList{QStringLiteral("Issue key"),
                                               notRegistered,
                                               QStringLiteral("Ticket ID"),
                                               QStringLiteral("Not yet: Ripio assigns one when it accepts the request"),
                                               QStringLiteral("Your reference"),
                                               QStringLiteral("None"),
                                               QStringLiteral("Submitted"),
                                               QStringLiteral("Not yet"),
                                               QStringLiteral("Outcome at"),
                                               QStringLiteral("Not yet")};
        QTest::newRow("unconfirmed")
            << int(TicketStatus::Unconfirmed) << true
            << QStringList{
                   QStringLiteral("Issue key"),  QStringLiteral("Unknown: Ripio gives one if it registered the ticket"),
                   QStringLiteral("Ticket ID"),  lost,
                   QStringLiteral("Submitted"),  QStringLiteral("Sent, but no answer from Ripio confirmed it"),
                   QStringLiteral("Outcome at"), QStringLiteral("Not yet")};
        QTest::newRow("rejected")
            << int(TicketStatus::Rejected) << true
            << QStringList{QStringLiteral("Issue key"),  QStringLiteral("None: Ripio did not register the ticket"),
                           QStringLiteral("Ticket ID"),  refused,
                           QStringLiteral("Submitted"),  refused,
                           QStringLiteral("Outcome at"), refused};
        QTest::newRow("created, first seen in a webhook")
            << int(TicketStatus::Created) << false
            << QStringList{QStringLiteral("Issue key"),  QStringLiteral("Not told by Ripio"),
                           QStringLiteral("Submitted"),  QStringLiteral("Unknown: first seen in a webhook"),
                           QStringLiteral("Outcome at"), QStringLiteral("Unknown")};
    }

    void emptyFieldsSayWhy()
    {
        QFETCH(int, status);
        QFETCH(bool, createdHere);
        QFETCH(QStringList, expected);
        Ticket t;
        t.id = 9;
        t.customerId = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
        t.summary = QStringLiteral("Limit increase request");
        t.status = TicketStatus(status);
        t.createdHere = createdHere;
        t.createdAt = QDateTime(QDate(2026, 12, 4), QTime(10, 11, 12, 345), Qt::UTC);
        t.updatedAt = t.createdAt;
        DetailsPane pane;
        pane.showTicket(t, {}, {}, {});
        QTextDocument *doc = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"))->document();
        const QStringList cells = fieldCells(doc);
        QVERIFY2(cells.size() > 10, qPrintable(cells.join(QLatin1Char('|'))));
        QVERIFY2(!cells.contains(QString()), qPrintable(cells.join(QLatin1Char('|'))));
        for (qsizetype i = 0; i < expected.size(); i += 2) {
            const qsizetype label = cells.indexOf(expected[i]);
            QVERIFY2(label >= 0 && label + 1 < cells.size(), qPrintable(expected[i]));
            QCOMPARE(cells[label + 1], expected[i + 1]);
        }
        // The description a webhook never carries is said to be unknown, not shown as nothing.
        const QString description = createdHere
                                        ? QStringLiteral("Description\nNone")
                                        : QStringLiteral("Description\nUnknown: Ripio's webhooks do not carry it");
        QVERIFY2(doc->toPlainText().contains(description), qPrintable(doc->toPlainText()));
    }

    // A webhook's line in the timeline says how late it arrived in the locale's numbers.
    void arrivalDelayInTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        DetailsPane pane;
        const Ticket t = ticket();
        const DeliveryRecord d = delivery(t, 1500);
        pane.showTicket(t, {d}, {}, {});
        const QString plain = pane.findChild<QTextBrowser *>(QStringLiteral("detailsText"))->toPlainText();
        QLocale::setDefault(QLocale::c());
        QVERIFY2(plain.contains(QStringLiteral(", arrived 1,5 s later)")), qPrintable(plain));
    }
};

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
