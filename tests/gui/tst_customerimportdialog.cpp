// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/customerimportdialog.h"
#include "sandboxdesktop.h"
#include "support/filedialogs.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace TicketDesk;

// File → Import customers… on the real window and engine: preview first, then the write.
class TestCustomerImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxDesktop m_desktop;

    CustomerImportDialog *openDialog()
    {
        auto *action = m_desktop.window()->findChild<QAction *>(QStringLiteral("importCustomersAction"));
        if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I))
            return nullptr;
        action->trigger();
        return m_desktop.window()->findChild<CustomerImportDialog *>(QStringLiteral("CustomerImportDialog"));
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_desktop.start(m_dir, &error), qPrintable(error));
    }

    void cleanupTestCase() { QVERIFY(m_desktop.stop()); }

    void previewsThenImportsTheGoodRows()
    {
        const QString path = writeFile(QStringLiteral("customers.csv"),
                                       "customerId;name;email;externalRef;notes\n"
                                       "11111111-aaaa-4bbb-8ccc-000000000001;Ana Souza;ana@example.com;CRM-1;x\n"
                                       "11111111-aaaa-4bbb-8ccc-000000000002;Bruno Lima;not-an-address;CRM-2;x\n"
                                       "11111111-aaaa-4bbb-8ccc-000000000003;Carla Ruiz;carla@example.com;;x\n");
        QVERIFY(!path.isEmpty());
        CustomerImportDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("customerPreviewTable"));
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *totals = dialog->findChild<QLabel *>(QStringLiteral("totalsLabel"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(table && importButton && totals && message);
        QVERIFY(!importButton->isEnabled());

        dialog->loadFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, 5000);
        QCOMPARE(dialog->plan().newCount, 2);
        QCOMPARE(dialog->plan().invalidCount, 1);
        QVERIFY2(totals->text().contains(QStringLiteral("3 rows: 2 new, 0 updated, 0 unchanged, 1 invalid")),
                 qPrintable(totals->text()));
        QVERIFY(totals->text().contains(QStringLiteral("notes")));
        // Each row: its line, its kind; the bad one says why and is painted as an error.
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("New"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Invalid"));
        QVERIFY(table->item(1, 6)->text().contains(QStringLiteral("not-an-address")));
        QVERIFY(table->item(1, 1)->background() != table->item(0, 1)->background());
        // The first bad row is current, and the line under the table says why in full.
        auto *detail = dialog->findChild<QLabel *>(QStringLiteral("rowDetailLabel"));
        QVERIFY(detail);
        QCOMPARE(table->currentRow(), 1);
        QVERIFY(detail->isVisible());
        QCOMPARE(detail->text(), QStringLiteral("Line 3: ") + table->item(1, 6)->text());
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("New"));
        QCOMPARE(importButton->text().remove(QLatin1Char('&')), QStringLiteral("Import 2 customers"));
        QVERIFY(importButton->isEnabled());
        // Nothing written before the button: not by Enter in the table either.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY(m_desktop.customers().isEmpty());
        QVERIFY(importButton->isEnabled());

        // Enter on the focused button imports (its mnemonic and Space do too).
        importButton->setFocus();
        QTest::keyClick(importButton, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Imported 2 customers")), 5000);
        // The row left out is said with the result, not only in the preview before it.
        // (English plural forms are the application's translator, not loaded here.)
        QVERIFY2(message->text().contains(QStringLiteral("1 invalid row")) &&
                     message->text().contains(QStringLiteral("not imported")),
                 qPrintable(message->text()));
        QVERIFY(!importButton->isEnabled());
        const QList<CustomerRecord> directory = m_desktop.customers();
        QCOMPARE(directory.size(), 2);
        QStringList names;
        for (const CustomerRecord &c : directory)
            names << c.name + QLatin1Char('/') + c.email + QLatin1Char('/') + c.externalRef;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Ana Souza/ana@example.com/CRM-1"),
                                     QStringLiteral("Carla Ruiz/carla@example.com/")}));

        // The same file again: everything known now is Unchanged, nothing to import.
        dialog->loadFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().unchangedCount, 2, 5000);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Unchanged"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Invalid")); // still: its line under the table again
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(detail->text(), QStringLiteral("Line 3: ") + table->item(1, 6)->text());
        QVERIFY(!importButton->isEnabled());

        // A known customer with new values: its changes named as the table's columns are.
        const QString changed = writeFile(QStringLiteral("changed.csv"),
                                          "customerId,name,email,externalRef\n"
                                          "11111111-aaaa-4bbb-8ccc-000000000001,Ana M. Souza,ana@example.com,CRM-9\n");
        dialog->loadFile(changed);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().updatedCount, 1, 5000);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Updated"));
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("Changes: Name, External reference"));
        delete dialog;
    }

    // Before a file is chosen the empty preview's titles are whole ("External reference" was cut
    // to "xternal referenc" by the default column width).
    void emptyPreviewShowsWholeTitles()
    {
        CustomerImportDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("customerPreviewTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 0);
        const QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString title = table->horizontalHeaderItem(c)->text();
            QTRY_VERIFY2(header->sectionSize(c) > header->fontMetrics().horizontalAdvance(title),
                         qPrintable(QStringLiteral("%1: %2 px").arg(title).arg(header->sectionSize(c))));
        }
        delete dialog;
    }

    // The keyboard's way to a file: Tab to "Choose file…", then Enter (as Space), not only the mouse.
    void enterOnChooseFileOpensTheFileDialog()
    {
        const QString path = writeFile(QStringLiteral("enter.csv"), "customerId,name\n"
                                                                    "11111111-aaaa-4bbb-8ccc-000000000042,Dora\n");
        CustomerImportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *choose = dialog->findChild<QPushButton *>(QStringLiteral("chooseFileButton"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("customerPreviewTable"));
        QVERIFY(choose && table);
        choose->setFocus();
        Test::OfferedFile offered;
        Test::answerNextFileDialog(this, path, &offered);
        QTest::keyClick(choose, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 5000);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Dora"));
        delete dialog;
    }

    void unreadableFileIsShownAsAnError()
    {
        const QString path = writeFile(QStringLiteral("noid.csv"), "name,email\nAna,ana@example.com\n");
        CustomerImportDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        dialog->loadFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 5000);
        QVERIFY2(message->text().contains(QStringLiteral("customerId")), qPrintable(message->text()));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

        // A file that cannot be read at one line says that line once.
        const QString latin1 = writeFile(QStringLiteral("latin1.csv"), "customerId,name\n"
                                                                       "11111111-2222-4333-8444-555555555555,Mar\xED"
                                                                       "a\n");
        dialog->loadFile(latin1);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("UTF-8")), 5000);
        QCOMPARE(message->text(),
                 QStringLiteral("Line 2: not UTF-8 text. Save the file as \"CSV UTF-8\" and try again."));

        dialog->loadFile(m_dir.filePath(QStringLiteral("missing.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("cannot be opened")), 5000);

        // The directory unreadable (a team database away): said, not "Reading…" for ever, and not
        // planned against an empty directory (every customer "new"). Told before the engine's
        // answer can arrive (queued to this thread), which then changes nothing.
        const QString good = writeFile(QStringLiteral("good.csv"), "customerId,name\n"
                                                                   "11111111-2222-4333-8444-555555555556,Ana\n");
        dialog->loadFile(good);
        Q_EMIT m_desktop.service()->customersUnreadable(QStringLiteral("The team database cannot be reached."));
        QVERIFY2(message->text().contains(QStringLiteral("cannot be reached")), qPrintable(message->text()));
        auto *totals = dialog->findChild<QLabel *>(QStringLiteral("totalsLabel"));
        QVERIFY2(totals->text().contains(QStringLiteral("could not be read")), qPrintable(totals->text()));
        QTest::qWait(300);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("customerPreviewTable"))->rowCount(), 0);
        delete dialog;
    }

    void everyWidgetHasAnAccessibleName()
    {
        CustomerImportDialog *dialog = openDialog();
        QVERIFY(dialog);
        const auto *preview = dialog->findChild<QTableWidget *>();
        for (const QWidget *w : dialog->findChildren<QWidget *>()) {
            if (preview->isAncestorOf(w))
                continue; // the table's own corner button and scroll bars
            if (w->inherits("QLineEdit") || w->inherits("QAbstractButton") || w->inherits("QTableWidget"))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        delete dialog;
    }
};

QTEST_MAIN(TestCustomerImportDialog)
#include "tst_customerimportdialog.moc"
