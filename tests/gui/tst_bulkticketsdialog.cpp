// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/bulkticketsdialog.h"
#include "gui/ticketmodel.h"
#include "sandboxdesktop.h"
#include "store/ticketstore.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

using namespace TicketDesk;

// File → Create tickets from CSV… on the real window and engine, sending to the sandbox.
class TestBulkTicketsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxDesktop m_desktop;

    static QString customerId(int i)
    {
        return QStringLiteral("22222222-aaaa-4bbb-8ccc-%1").arg(i, 12, 10, QLatin1Char('0'));
    }

    // The file `name` in the test's folder with `csv` in it; its path, empty when it was not written.
    QString writeCsv(const QString &name, const QByteArray &csv)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            return QString();
        return file.fileName();
    }

    BulkTicketsDialog *openDialog()
    {
        auto *action = m_desktop.window()->findChild<QAction *>(QStringLiteral("bulkTicketsAction"));
        if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))
            return nullptr;
        action->trigger();
        return m_desktop.window()->findChild<BulkTicketsDialog *>(QStringLiteral("BulkTicketsDialog"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_desktop.start(m_dir, &error), qPrintable(error));
        // The directory: 50 customers.
        QList<CustomerRecord> customers;
        for (int i = 0; i < 50; ++i) {
            CustomerRecord c;
            c.customerId = customerId(i);
            c.name = QStringLiteral("Customer %1").arg(i);
            customers.append(c);
        }
        TicketService *s = m_desktop.service();
        QSignalSpy imported(s, &TicketService::customersImported);
        QMetaObject::invokeMethod(
            s, [s, customers] { s->importCustomers(customers, 1); }, Qt::QueuedConnection);
        // The engine's thread may still be starting on a busy machine (a loaded run here missed 5 s).
        QVERIFY(imported.wait(30000));
        QCOMPARE(imported.first().at(1).toString(), QString());
    }

    void cleanupTestCase() { QVERIFY(m_desktop.stop()); }

    void queuesTheReadyRowsAndCountsTheirOutcomes()
    {
        // 50 rows: 47 good (every fifth asks the sandbox to fail), and 3 bad ones.
        QByteArray csv = "customerId,summary,description,reference\n";
        for (int i = 0; i < 47; ++i) {
            const QString summary =
                i % 5 == 0 ? QStringLiteral("Please fail %1").arg(i) : QStringLiteral("Card blocked %1").arg(i);
            csv += QStringLiteral("%1,%2,From the list,HD-%3\n").arg(customerId(i), summary).arg(i).toUtf8();
        }
        csv += "33333333-aaaa-4bbb-8ccc-000000000000,Unknown customer,x,HD-U\n"; // line 49
        csv += customerId(48).toUtf8() + ",,no summary,HD-E\n";                  // line 50
        csv += customerId(1).toUtf8() + ",Card blocked 1,again,HD-D\n";          // line 51
        const QString path = writeCsv(QStringLiteral("tickets.csv"), csv);
        QVERIFY(!path.isEmpty());

        BulkTicketsDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("ticketPreviewTable"));
        auto *queueButton = dialog->findChild<QPushButton *>(QStringLiteral("queueButton"));
        auto *totals = dialog->findChild<QLabel *>(QStringLiteral("totalsLabel"));
        auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("outcomeProgressBar"));
        QVERIFY(table && queueButton && totals && progress);

        dialog->loadFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 50, 5000);
        QCOMPARE(dialog->plan().readyCount, 47);
        QCOMPARE(dialog->plan().refusedCount, 3);
        QVERIFY2(totals->text().contains(QStringLiteral("50 rows: 47 ready, 3 refused")), qPrintable(totals->text()));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Ready"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Customer 1 (%1)").arg(customerId(1)));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Card blocked 1"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("HD-1"));
        for (int r = 47; r < 50; ++r) {
            QCOMPARE(table->item(r, 0)->text(), QString::number(r + 2));
            QCOMPARE(table->item(r, 1)->text(), QStringLiteral("Refused"));
            QVERIFY(!table->item(r, 5)->text().isEmpty());
        }
        // The first refused row is current; the line under the table gives its reasons whole,
        // and follows the current row (a ready row without warnings has nothing to say).
        auto *detail = dialog->findChild<QLabel *>(QStringLiteral("rowDetailLabel"));
        QVERIFY(detail);
        QCOMPARE(table->currentRow(), 47);
        QVERIFY(detail->isVisible());
        QCOMPARE(detail->text(), QStringLiteral("Line 49: ") + table->item(47, 5)->text());
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(detail->text(), QStringLiteral("Line 50: ") + table->item(48, 5)->text());
        table->setCurrentCell(1, 0);
        QVERIFY(!detail->isVisible());
        // Ctrl+End: the last row (refused: its line under the table appears) stays in sight.
        dialog->resize(dialog->width(), 420);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table->currentRow(), 49);
        QTRY_VERIFY(detail->isVisible());
        const auto lastInSight = [table] {
            const QRect cell = table->visualItemRect(table->item(49, 0));
            return table->viewport()->rect().contains(cell);
        };
        QTRY_VERIFY(lastInSight());
        table->setCurrentCell(1, 0);
        QCOMPARE(queueButton->text().remove(QLatin1Char('&')), QStringLiteral("Queue 47 tickets"));
        QVERIFY(!progress->isVisible());
        // Enter while reading the rows sends nothing to Ripio: queueing takes the button.
        QTest::keyClick(table, Qt::Key_Return);
        QTest::keyClick(table, Qt::Key_Enter, Qt::KeypadModifier);
        QCoreApplication::processEvents();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->queuedIds().isEmpty());
        QVERIFY(queueButton->isEnabled());

        QTest::mouseClick(queueButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->queuedIds().size(), 47, 5000);
        QVERIFY(progress->isVisible());
        QVERIFY(!queueButton->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->outcomeCount(), 47, 60000);
        QCOMPARE(progress->value(), 47);
        QCOMPARE(progress->text(), QStringLiteral("47 of 47 have an outcome"));
        // Each queued row shows its outcome, and the dialog says how many were not created.
        QCOMPARE(table->item(0, 1)->text(), TicketModel::statusLabel(TicketStatus::Failed)); // "Please fail 0"
        QCOMPARE(table->item(1, 1)->text(), TicketModel::statusLabel(TicketStatus::Created));
        QCOMPARE(table->item(5, 1)->text(), TicketModel::statusLabel(TicketStatus::Failed));
        for (int r = 47; r < 50; ++r)
            QCOMPARE(table->item(r, 1)->text(), QStringLiteral("Refused"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message);
        QTRY_VERIFY2(message->text().contains(QStringLiteral("37 created; 10 not created (failed or rejected)")),
                     qPrintable(message->text()));
        // An UNCONFIRMED ticket is counted apart (Ripio may have it), and follows its ticket: its
        // webhook may make it CREATED later.
        const SystemClock clock;
        TicketStore store(clock);
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("tickets.sqlite"))).ok());
        Ticket lost = store.ticket(dialog->queuedIds().at(1)).value();
        QCOMPARE(lost.status, TicketStatus::Created);
        lost.status = TicketStatus::Unconfirmed;
        Q_EMIT m_desktop.service()->ticketsChanged({lost});
        QVERIFY2(message->text().contains(QStringLiteral(
                     "36 created; 10 not created (failed or rejected); 1 unconfirmed (Ripio may have them)")),
                 qPrintable(message->text()));
        QCOMPARE(table->item(1, 1)->text(), TicketModel::statusLabel(TicketStatus::Unconfirmed));
        lost.status = TicketStatus::Created;
        Q_EMIT m_desktop.service()->ticketsChanged({lost});
        QVERIFY2(message->text().contains(QStringLiteral("37 created; 10 not created (failed or rejected): see")),
                 qPrintable(message->text()));

        // The live rows of the main window (it applies changes in batches): every queued ticket
        // ends CREATED or FAILED there.
        const QList<qint64> ids = dialog->queuedIds();
        const auto countWith = [this, &ids](TicketStatus status) {
            int count = 0;
            for (const qint64 id : ids) {
                const TicketRow *row = windowRowOf(*m_desktop.window(), id);
                count += row && row->status == status ? 1 : 0;
            }
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(countWith(TicketStatus::Created) + countWith(TicketStatus::Failed), 47, 10000);
        const int failed = countWith(TicketStatus::Failed);
        QCOMPARE(failed, 10); // lines with "fail": i = 0, 5, ..., 45

        // Each queued row says which ticket it made and what came of it: the reference, or the
        // reason it was not created.
        QCOMPARE(table->item(1, 5)->text().left(QStringLiteral("Ticket #%1: SUP-").arg(ids.at(1)).size()),
                 QStringLiteral("Ticket #%1: SUP-").arg(ids.at(1)));
        QCOMPARE(store.ticket(ids.at(0)).value().message, QString()); // a FAILED event gives no reason
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Ticket #%1: Ripio could not register it.").arg(ids.at(0)));
        // The button's next job is the failures' one-click retry; the rows follow the retries.
        QTRY_COMPARE(queueButton->text().remove(QLatin1Char('&')), QStringLiteral("Retry 10 failed tickets"));
        QVERIFY(queueButton->isEnabled());
        QTest::mouseClick(queueButton, Qt::LeftButton);
        QVERIFY(!queueButton->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->queuedIds().at(0) != ids.at(0), 10000);
        const QList<qint64> retried = dialog->queuedIds();
        for (int i = 0; i < 47; ++i) {
            if (i % 5 != 0) {
                QCOMPARE(retried.at(i), ids.at(i));
                continue;
            }
            QTRY_VERIFY_WITH_TIMEOUT(dialog->queuedIds().at(i) != ids.at(i), 10000);
            QCOMPARE(store.ticket(dialog->queuedIds().at(i)).value().retryOf, ids.at(i));
        }
        // The sandbox fails a customer's "fail" only once: the retries are CREATED, the rows say
        // so, and nothing is left to retry.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->outcomeCount(), 47, 60000);
        const qint64 retryOfFirst = dialog->queuedIds().at(0);
        QTRY_COMPARE(table->item(0, 1)->text(), TicketModel::statusLabel(TicketStatus::Created));
        QVERIFY2(table->item(0, 5)->text().startsWith(QStringLiteral("Ticket #%1: SUP-").arg(retryOfFirst)),
                 qPrintable(table->item(0, 5)->text()));
        QTRY_VERIFY2(message->text().contains(QStringLiteral("47 created.")), qPrintable(message->text()));
        QCOMPARE(queueButton->text().remove(QLatin1Char('&')), QStringLiteral("Retry failed tickets"));
        QVERIFY(!queueButton->isEnabled());
        delete dialog;
    }

    // Long values (a customer's name and ID, a summary) must not push the reasons column,
    // what a refused row is about, out of sight: the widest columns give way while the
    // table is narrow, and every column gets its whole width back when there is room.
    void reasonsStayInSightInANarrowDialog()
    {
        const QString summary = QStringLiteral("Card blocked after the incident of the third of November, again");
        QByteArray csv = "customerId,summary,reference\n";
        csv += QStringLiteral("%1,%2,HD-1\n").arg(customerId(2), summary).toUtf8();
        csv += QStringLiteral("44444444-aaaa-4bbb-8ccc-000000000000,%1,HD-2\n").arg(summary).toUtf8();
        const QString path = writeCsv(QStringLiteral("wide.csv"), csv);
        QVERIFY(!path.isEmpty());

        BulkTicketsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->resize(640, 420);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("ticketPreviewTable"));
        QVERIFY(table);
        dialog->loadFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 5000);
        QTRY_VERIFY(table->viewport()->width() > 0);
        const int reasons = table->columnCount() - 1;
        QVERIFY(!table->item(1, reasons)->text().isEmpty());
        QHeaderView *header = table->horizontalHeader();
        const auto wholeWidth = [table](int row, int column) {
            return table->fontMetrics().horizontalAdvance(table->item(row, column)->text());
        };
        // Cut to fit: no sideways scrolling, and the reasons start well inside the table.
        QVERIFY2(header->sectionViewportPosition(reasons) + 80 <= table->viewport()->width(),
                 qPrintable(QString::number(header->sectionViewportPosition(reasons))));
        QTest::qWait(50); // the scroll bar's range follows the sections on a later pass
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        QVERIFY(header->sectionSize(2) < wholeWidth(0, 2));           // the customer gave way
        QCOMPARE(header->sectionSize(0), header->sectionSizeHint(0)); // the line number did not

        // Room enough: every column whole again.
        dialog->resize(3000, 420);
        QTRY_VERIFY(header->sectionSize(2) > wholeWidth(0, 2));
        QVERIFY(header->sectionSize(3) > wholeWidth(0, 3));
        QVERIFY(header->sectionSize(reasons) > wholeWidth(1, reasons));

        // A column sized by hand stays as the operator left it.
        header->resizeSection(2, 150);
        dialog->resize(640, 420);
        QTRY_VERIFY(table->viewport()->width() < 700);
        QCOMPARE(header->sectionSize(2), 150);
        QVERIFY(header->sectionSize(3) > wholeWidth(0, 3));
        delete dialog;
    }

    // Another desk (or a `create --from-csv` of the same file) saves a row while this preview is
    // open: Queue files nothing twice. The list is refused, the preview is made again with that
    // row refused, and the others can then be queued.
    void aRowSavedSinceThePreviewIsNotQueuedTwice()
    {
        QByteArray csv = "customerId,summary\n";
        for (int i = 20; i < 23; ++i)
            csv += QStringLiteral("%1,Stale preview %2\n").arg(customerId(i)).arg(i).toUtf8();
        const QString path = writeCsv(QStringLiteral("stale.csv"), csv);
        QVERIFY(!path.isEmpty());
        BulkTicketsDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("ticketPreviewTable"));
        auto *queueButton = dialog->findChild<QPushButton *>(QStringLiteral("queueButton"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(table && queueButton && message);
        dialog->loadFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().readyCount, 3, 5000);

        const SystemClock clock;
        TicketStore other(clock);
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("tickets.sqlite"))).ok());
        const auto countStale = [&other] {
            TicketFilter filter;
            filter.text = QStringLiteral("Stale preview");
            return other.tickets(filter).size();
        };
        Ticket elsewhere;
        elsewhere.customerId = customerId(21);
        elsewhere.summary = QStringLiteral("Stale preview 21");
        QVERIFY(other.insertTicket(elsewhere) > 0);
        QCOMPARE(countStale(), 1);

        QVERIFY(queueButton->isEnabled());
        QTest::mouseClick(queueButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("None was saved")), 5000);
        QVERIFY2(message->text().contains(QStringLiteral("line 3 of the file now duplicates an open ticket")),
                 qPrintable(message->text()));
        QVERIFY(dialog->queuedIds().isEmpty());
        QCOMPARE(countStale(), 1);
        // Planned again: the row saved elsewhere is refused, the other two are ready.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().readyCount, 2, 5000);
        QCOMPARE(dialog->plan().refusedCount, 1);
        QTRY_COMPARE(table->item(1, 1)->text(), QStringLiteral("Refused"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("made again")), qPrintable(message->text()));
        QTRY_VERIFY(queueButton->isEnabled());
        QTest::mouseClick(queueButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->queuedIds().size(), 2, 5000);
        QCOMPARE(countStale(), 3);
        delete dialog;
    }

    void aFileWithoutCustomerColumnIsAnError()
    {
        QFile file(m_dir.filePath(QStringLiteral("nocustomer.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("summary\nSomething\n");
        file.close();
        BulkTicketsDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        dialog->loadFile(file.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 5000);
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("queueButton"))->isEnabled());
        const auto *preview = dialog->findChild<QTableWidget *>();
        for (const QWidget *w : dialog->findChildren<QWidget *>()) {
            if (preview->isAncestorOf(w))
                continue; // the table's own corner button and scroll bars
            if (w->inherits("QLineEdit") || w->inherits("QAbstractButton") || w->inherits("QTableWidget") ||
                w->inherits("QProgressBar"))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        delete dialog;
    }
};

QTEST_MAIN(TestBulkTicketsDialog)
#include "tst_bulkticketsdialog.moc"
