// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/attachmentlistmodel.h"
#include "gui/createticketdialog.h"
#include "gui/problemcolour.h"
#include "gui/templatesdialog.h"
#include "support/accessibletext.h"
#include "support/filedialogs.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

using namespace TicketDesk;

namespace {

const QString customerA = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
const QString customerB = QStringLiteral("9b2f0c1e-5d4a-4c3b-8a7e-6f5d4c3b2a19");

CustomerRecord directoryEntry(const QString &id, const QString &lastSummary, bool closed = false)
{
    CustomerRecord c;
    c.customerId = id;
    c.lastSummary = lastSummary;
    c.closed = closed;
    return c;
}

CustomerRecord namedCustomer(const QString &id, const QString &name, const QString &email)
{
    CustomerRecord c = directoryEntry(id, QString());
    c.name = name;
    c.email = email;
    return c;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1StringView(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// The message box of that name now open: one just closed may wait for its deletion beside it.
QMessageBox *visibleBox(QWidget *parent, const char *name)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>(QLatin1StringView(name))) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

class TestCreateTicketDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formHasAccessibleNames();
    void problemsReadOnLightAndDarkPalettes_data();
    void problemsReadOnLightAndDarkPalettes();
    void ctrlEnterSubmitsTypedValues_data();
    void ctrlEnterSubmitsTypedValues();
    void localValidation_data();
    void localValidation();
    void invalidIdFlaggedWhileTyping();
    void serverErrorsKeepText();
    void successClearsAndAccepts();
    void closedCustomerNeedsConfirmation_data();
    void closedCustomerNeedsConfirmation();
    void completerShowsLastSummary();
    void typingANameCompletesTheId();
    void pickedCustomerLeavesTheWholeIdVisible();
    void completionShowsEveryColumn();
    void searchingByNameIsNotAnError();
    void aSummaryIsOneLine();
    void aLongCustomerNameDoesNotWidenTheForm();
    void referenceReachesTicket();
    void templateFillsFromCustomerAndReference();
    void similarTicketsWarnBeforeSending_data();
    void similarTicketsWarnBeforeSending();
    void templatesDialogSavesAndDeletes();
    void templatesDialogAsksBeforeDroppingChanges();
    void templatesDialogAsksBeforeOpeningAnother();
    void templatesDialogRenamesWhenAsked();
    void templatesDialogBasesChangesOnWhatItShows();
    void attachmentsAddRemoveAndSizes();
    void attachmentLimits();
    void aRefusedFileIsSelected();
    void busyBlocksSubmit();
    void escapeRejects();
    void escapeWhileBusyLosesNothing();
    void attachOpensWhereTheLastFileCameFrom();

private:
    void showAndActivate(QDialog &dialog);
    QString writeFile(const QString &name, qsizetype bytes);

    QTemporaryDir m_dir;
};

void TestCreateTicketDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The remembered folders: kept here, never in the user's settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestCreateTicketDialog::showAndActivate(QDialog &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

QString TestCreateTicketDialog::writeFile(const QString &name, qsizetype bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(bytes, 'x')) != bytes)
        qFatal("cannot write test file");
    return path;
}

void TestCreateTicketDialog::formHasAccessibleNames()
{
    CreateTicketDialog dialog{ValidationLimits()};
    for (const char *name :
         {"customerLineEdit", "summaryLineEdit", "descriptionTextEdit", "attachmentsView", "addAttachmentButton",
          "removeAttachmentButton", "customerErrorLabel", "summaryErrorLabel", "descriptionErrorLabel",
          "attachmentsErrorLabel", "generalErrorLabel", "closedCustomerLabel", "buttonBox"}) {
        QWidget *w = dialog.findChild<QWidget *>(QLatin1StringView(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
}

void TestCreateTicketDialog::ctrlEnterSubmitsTypedValues_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Return") << int(Qt::Key_Return);
    QTest::newRow("keypad Enter") << int(Qt::Key_Enter);
}

void TestCreateTicketDialog::ctrlEnterSubmitsTypedValues()
{
    QFETCH(int, key);
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);

    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Card payment stuck"));
    auto *description = child<QPlainTextEdit>(&dialog, "descriptionTextEdit");
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Paid at 10:02"));
    QTest::keyClick(description, Qt::Key(key), Qt::ControlModifier);

    QCOMPARE(submitted.count(), 1);
    const auto ticket = submitted.first().first().value<NewTicket>();
    QCOMPARE(ticket.customerId, customerA);
    QCOMPARE(ticket.summary, QStringLiteral("Card payment stuck"));
    QCOMPARE(ticket.description, QStringLiteral("Paid at 10:02"));
    QVERIFY(ticket.attachmentPaths.isEmpty());
    // Ctrl+Enter only asks: the dialog stays open until the engine answers.
    QVERIFY(dialog.isVisible());
    QVERIFY(!description->toPlainText().contains(QLatin1Char('\n')));
}

void TestCreateTicketDialog::localValidation_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("customerError");
    QTest::addColumn<bool>("summaryError");
    QTest::newRow("bad uuid") << QStringLiteral("not-a-uuid") << QStringLiteral("Help") << true << false;
    QTest::newRow("empty summary") << customerA << QString() << false << true;
    QTest::newRow("blank summary") << customerA << QStringLiteral("   ") << false << true;
    QTest::newRow("both") << QStringLiteral("123") << QString() << true << true;
    QTest::newRow("summary too long") << customerA << QString(300, QLatin1Char('a')) << false << true;
}

void TestCreateTicketDialog::problemsReadOnLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("error");   // what the error labels show, when known
    QTest::addColumn<QColor>("warning"); // the closed customer's note
    QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(0xb0, 0x00, 0x20) << QColor(0x9a, 0x5b, 0x00);
    QTest::newRow("white") << QColor(Qt::white) << QColor(0xb0, 0x00, 0x20) << QColor(0x9a, 0x5b, 0x00);
    QTest::newRow("dark (--palette dark)") << QColor(0x2b, 0x2d, 0x31) << QColor() << QColor();
    QTest::newRow("black") << QColor(Qt::black) << QColor() << QColor();
    QTest::newRow("mid grey") << QColor(0x77, 0x77, 0x77) << QColor() << QColor();
}

// Problem text stands out from the window by at least 4.5:1 whatever the palette: on a dark one
// the fixed dark red read at 1.75:1. Where it already reads (a light palette) it keeps its colour.
void TestCreateTicketDialog::problemsReadOnLightAndDarkPalettes()
{
    QFETCH(QColor, window);
    QFETCH(QColor, error);
    QFETCH(QColor, warning);
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(window, window), 1.0);

    const QPalette before = QApplication::palette();
    const auto restore = qScopeGuard([&] { QApplication::setPalette(before); });
    QPalette palette = before;
    palette.setColor(QPalette::Window, window);
    QApplication::setPalette(palette);
    CreateTicketDialog dialog{ValidationLimits()};
    const auto colourOf = [&](const char *name) {
        return child<QLabel>(&dialog, name)->palette().color(QPalette::WindowText);
    };
    for (const char *name : {"customerErrorLabel", "summaryErrorLabel", "descriptionErrorLabel",
                             "attachmentsErrorLabel", "generalErrorLabel", "closedCustomerLabel"}) {
        const QColor c = colourOf(name);
        QVERIFY2(contrastRatio(c, window) >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3, %4:1")
                                                                 .arg(QLatin1StringView(name), c.name(), window.name())
                                                                 .arg(contrastRatio(c, window), 0, 'f', 2)));
    }
    // Still red and amber.
    const QColor red = colourOf("summaryErrorLabel");
    QVERIFY2(red.red() > red.green() && red.red() > red.blue(), qPrintable(red.name()));
    const QColor amber = colourOf("closedCustomerLabel");
    QVERIFY2(amber.red() > amber.blue() && amber.green() > amber.blue(), qPrintable(amber.name()));
    if (error.isValid()) {
        QCOMPARE(red, error);
        QCOMPARE(amber, warning);
    }
}

void TestCreateTicketDialog::localValidation()
{
    QFETCH(QString, customer);
    QFETCH(QString, summary);
    QFETCH(bool, customerError);
    QFETCH(bool, summaryError);
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);

    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customer);
    if (!summary.isEmpty())
        QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), summary);
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(submitted.count(), 0);
    QVERIFY(dialog.isVisible());
    auto *customerLabel = child<QLabel>(&dialog, "customerErrorLabel");
    auto *summaryLabel = child<QLabel>(&dialog, "summaryErrorLabel");
    QCOMPARE(customerLabel->isVisible(), customerError);
    QCOMPARE(summaryLabel->isVisible(), summaryError);
    if (customerError)
        QVERIFY(customerLabel->text().contains(QLatin1StringView("UUID")));
    if (summaryError)
        QVERIFY(!summaryLabel->text().isEmpty());
    // Nothing typed is lost.
    QCOMPARE(child<QLineEdit>(&dialog, "customerLineEdit")->text(), customer);
    QCOMPARE(child<QLineEdit>(&dialog, "summaryLineEdit")->text(), summary);
}

void TestCreateTicketDialog::invalidIdFlaggedWhileTyping()
{
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    auto *customer = child<QLineEdit>(&dialog, "customerLineEdit");
    auto *label = child<QLabel>(&dialog, "customerErrorLabel");
    const QString hint = customer->accessibleDescription();
    QVERIFY(!hint.isEmpty());
    // Untouched fields do not shout before the operator has typed anything.
    QVERIFY(!label->isVisible());
    QVERIFY(!child<QLabel>(&dialog, "summaryErrorLabel")->isVisible());
    QTest::keyClicks(customer, QStringLiteral("123e"));
    QVERIFY(label->isVisible());
    // A screen reader hears the error, and the field's own hint still.
    QVERIFY(customer->accessibleDescription().startsWith(label->text()));
    QVERIFY(customer->accessibleDescription().endsWith(hint));
    customer->selectAll();
    QTest::keyClicks(customer, customerB);
    QVERIFY(!label->isVisible());
    QCOMPARE(customer->accessibleDescription(), hint); // not wiped with the error
}

void TestCreateTicketDialog::serverErrorsKeepText()
{
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    const QString file = writeFile(QStringLiteral("receipt.pdf"), 100);
    dialog.addAttachments({file});
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Refund"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "descriptionTextEdit"), QStringLiteral("Long story"));
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    dialog.setBusy(true);
    QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());

    dialog.showResult({FieldError{QStringLiteral("customerId"), QStringLiteral("The customer has no email on file.")},
                       FieldError{QStringLiteral("description"), QStringLiteral("Too long for Ripio.")},
                       FieldError{QStringLiteral("files[0]"), QStringLiteral("Type not allowed.")}},
                      QStringLiteral("Ripio refused the ticket (400)."));

    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
    QVERIFY(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, "customerErrorLabel")->text(),
             QStringLiteral("The customer has no email on file."));
    QVERIFY(child<QLabel>(&dialog, "customerErrorLabel")->isVisible());
    QCOMPARE(child<QLabel>(&dialog, "descriptionErrorLabel")->text(), QStringLiteral("Too long for Ripio."));
    QCOMPARE(child<QLabel>(&dialog, "attachmentsErrorLabel")->text(), QStringLiteral("receipt.pdf: Type not allowed."));
    QVERIFY(!child<QLabel>(&dialog, "summaryErrorLabel")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "generalErrorLabel")->text().contains(QLatin1StringView("(400)")));

    QCOMPARE(child<QLineEdit>(&dialog, "customerLineEdit")->text(), customerA);
    QCOMPARE(child<QLineEdit>(&dialog, "summaryLineEdit")->text(), QStringLiteral("Refund"));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "descriptionTextEdit")->toPlainText(), QStringLiteral("Long story"));
    QCOMPARE(dialog.ticket().attachmentPaths, QStringList{file});

    // Editing the field the server complained about retires its message; the others stay.
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), QStringLiteral("x"));
    QVERIFY(!child<QLabel>(&dialog, "customerErrorLabel")
                 ->text()
                 .contains(QLatin1StringView("The customer has no email on file.")));
    QCOMPARE(child<QLabel>(&dialog, "descriptionErrorLabel")->text(), QStringLiteral("Too long for Ripio."));
}

void TestCreateTicketDialog::successClearsAndAccepts()
{
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    dialog.addAttachments({writeFile(QStringLiteral("a.txt"), 10)});
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Refund"));
    dialog.submit();
    dialog.setBusy(true);
    dialog.showResult({}, QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(child<QLineEdit>(&dialog, "customerLineEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "summaryLineEdit")->text().isEmpty());
    QVERIFY(dialog.ticket().attachmentPaths.isEmpty());
}

void TestCreateTicketDialog::closedCustomerNeedsConfirmation_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("submit anyway") << true;
    QTest::newRow("cancel") << false;
}

void TestCreateTicketDialog::closedCustomerNeedsConfirmation()
{
    QFETCH(bool, confirm);
    CreateTicketDialog dialog{ValidationLimits()};
    dialog.setCustomers({directoryEntry(customerA, QStringLiteral("Old one")),
                         directoryEntry(customerB.toUpper(), QStringLiteral("Other"), true)});
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    auto *customer = child<QLineEdit>(&dialog, "customerLineEdit");
    auto *warning = child<QLabel>(&dialog, "closedCustomerLabel");

    QTest::keyClicks(customer, customerA);
    QVERIFY(!warning->isVisible());
    customer->selectAll();
    QTest::keyClicks(customer, customerB);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1StringView("ACCOUNT.CLOSED")));

    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Reopen?"));
    dialog.submit();
    QCOMPARE(submitted.count(), 0);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("closedCustomerConfirmation"))) != nullptr);
    QTRY_VERIFY(box->isVisible());
    auto *button = box->findChild<QPushButton *>(confirm ? QStringLiteral("submitAnywayButton")
                                                         : QStringLiteral("cancelSubmitButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(submitted.count(), confirm ? 1 : 0);
    if (confirm)
        QCOMPARE(submitted.first().first().value<NewTicket>().customerId, customerB);
    QCOMPARE(customer->text(), customerB);
    QVERIFY(dialog.isVisible());
}

void TestCreateTicketDialog::completerShowsLastSummary()
{
    CreateTicketDialog dialog{ValidationLimits()};
    dialog.setCustomers(
        {directoryEntry(customerA, QStringLiteral("Printer")), directoryEntry(customerB, QStringLiteral("Refund"))});
    showAndActivate(dialog);
    auto *customer = child<QLineEdit>(&dialog, "customerLineEdit");
    QCompleter *completer = customer->completer();
    QVERIFY(completer);
    QTest::keyClicks(customer, QStringLiteral("9B2F"));
    QAbstractItemModel *model = completer->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 2).data().toString(), customerB);
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("Refund"));
    // The popup shows every column: the operator recognises the customer by name, email and summary.
    auto *popup = qobject_cast<QTreeView *>(completer->popup());
    QVERIFY(popup);
    QVERIFY(!popup->isColumnHidden(3));
}

void TestCreateTicketDialog::typingANameCompletesTheId()
{
    CreateTicketDialog dialog{ValidationLimits()};
    dialog.setCustomers({namedCustomer(customerA, QStringLiteral("María López"), QStringLiteral("maria@example.com")),
                         namedCustomer(customerB, QStringLiteral("Bob Lopez"), QStringLiteral("bob@example.com"))});
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    auto *customer = child<QLineEdit>(&dialog, "customerLineEdit");
    auto *picked = child<QLabel>(&dialog, "pickedCustomerLabel");

    // Keyboard only: the form opens in the customer field; type part of the name, arrow to the match, Enter.
    QTRY_COMPARE(QApplication::focusWidget(), customer);
    QTest::keyClicks(customer, QStringLiteral("mar"));
    QAbstractItemView *popup = customer->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(customer->completer()->model()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(customer->text(), customerA);
    QCOMPARE(picked->text(), QStringLiteral("María López <maria@example.com>"));
    // A screen reader reads the picked customer by name, not "Picked customer", beside the field
    // and on it, where the UUID alone was read (audit 33).
    QCOMPARE(Test::accessibleText(picked), picked->text());
    QCOMPARE(Test::accessibleText(picked, QAccessible::Description), QStringLiteral("Picked customer"));
    QCOMPARE(Test::accessibleText(customer, QAccessible::Description), picked->text());

    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Card payment stuck"));
    dialog.submit();
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().first().value<NewTicket>().customerId, customerA);

    // A typed id in the directory is named too; one outside it is not.
    customer->clear();
    QTest::keyClicks(customer, customerB.toUpper());
    QCOMPARE(picked->text(), QStringLiteral("Bob Lopez <bob@example.com>"));
    customer->setText(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(picked->text().isEmpty());
    QCOMPARE(Test::accessibleText(customer, QAccessible::Description),
             QStringLiteral("Type part of a name, email, reference or ID to pick a customer"));
}

void TestCreateTicketDialog::pickedCustomerLeavesTheWholeIdVisible()
{
    // The picked customer's name and email beside the field must not squeeze it:
    // an operator checks the UUID at a glance, not by scrolling through it.
    CreateTicketDialog dialog{ValidationLimits()};
    dialog.setCustomers(
        {namedCustomer(customerA, QStringLiteral("María López"), QStringLiteral("maria.lopez@example.com"))});
    showAndActivate(dialog);
    auto *customer = child<QLineEdit>(&dialog, "customerLineEdit");
    customer->setFocus();
    QTest::keyClicks(customer, customerA);
    QVERIFY(!child<QLabel>(&dialog, "pickedCustomerLabel")->text().isEmpty());
    QCOMPARE(customer->cursorPosition(), customerA.size());
    QCoreApplication::sendPostedEvents(); // the layout's, with the label's new width
    // The cursor at the end, and the first character still at the field's left edge: not scrolled.
    QCOMPARE(customer->cursorPositionAt(QPoint(customer->contentsRect().left() + 6, customer->height() / 2)), 0);
}

void TestCreateTicketDialog::completionShowsEveryColumn()
{
    // Name, email, ID and last summary, side by side without scrolling: the popup is
    // wider than the field they are picked for.
    CreateTicketDialog dialog{ValidationLimits()};
    CustomerRecord maria =
        namedCustomer(customerA, QStringLiteral("María López"), QStringLiteral("maria.lopez@example.com"));
    maria.lastSummary = QStringLiteral("Second deposit also missing after the bank confirmed it");
    dialog.setCustomers({maria});
    showAndActivate(dialog);
    auto *customer = child<QLineEdit>(&dialog, "customerLineEdit");
    customer->setFocus();
    QTest::keyClicks(customer, QStringLiteral("mar"));
    auto *popup = qobject_cast<QTreeView *>(customer->completer()->popup());
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->width() > customer->width());
    QTRY_COMPARE(popup->horizontalScrollBar()->maximum(), 0);
    // Wider than the field, it still stays on the screen when the form is near its right edge.
    QTest::keyClick(popup, Qt::Key_Escape);
    const QRect screen = dialog.screen()->availableGeometry();
    dialog.move(screen.right() - dialog.frameGeometry().width(), dialog.y());
    customer->clear();
    QTest::keyClicks(customer, QStringLiteral("mar"));
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(screen.contains(popup->geometry()));
}

void TestCreateTicketDialog::searchingByNameIsNotAnError()
{
    CreateTicketDialog dialog{ValidationLimits()};
    dialog.setCustomers(
        {namedCustomer(customerA, QStringLiteral("María López"), QStringLiteral("maria.lopez@example.com"))});
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    auto *customer = child<QLineEdit>(&dialog, "customerLineEdit");
    auto *error = child<QLabel>(&dialog, "customerErrorLabel");
    // Nothing typed: submitting says which customer and how to find one, not "must be a UUID".
    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Card payment stuck"));
    dialog.submit();
    QCOMPARE(submitted.count(), 0);
    QVERIFY2(error->text().startsWith(QStringLiteral("Choose the customer: type part of their name, email or "
                                                     "reference and pick them from the list")),
             qPrintable(error->text()));
    customer->setFocus();
    // The placeholder invites a name: while what is typed finds customers, no red text.
    QTest::keyClicks(customer, QStringLiteral("mar"));
    QTRY_VERIFY(customer->completer()->popup()->isVisible());
    QVERIFY(!error->isVisible());
    // Nothing found and no ID: now it is wrong, and says so.
    QTest::keyClicks(customer, QStringLiteral("zz"));
    QVERIFY(error->isVisible());
    QTest::keyClick(customer, Qt::Key_Backspace);
    QTest::keyClick(customer, Qt::Key_Backspace);
    QVERIFY(!error->isVisible());
    // Submitting a search that was never picked is refused, and said.
    QTest::keyClick(customer->completer()->popup(), Qt::Key_Escape);
    dialog.submit();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("No customer in the directory matches \u201cmar\u201d.")),
             qPrintable(error->text()));
    // A long paste without spaces is repeated short: it cannot wrap, and the dialog grew past the
    // screen with its buttons out of reach.
    const int width = dialog.width();
    customer->setText(QStringLiteral("123e4567-e89b-12d3-a456-426614174000") + QString(300, QLatin1Char('x')));
    dialog.submit();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(error->isVisible());
    QVERIFY2(
        error->text().contains(QStringLiteral("123e4567-e89b-12d3-a456-426614174000xxxxxxxxxxxxxxxxxxxxxxx\u2026")),
        qPrintable(error->text()));
    QApplication::processEvents();
    QVERIFY2(dialog.width() <= std::max(width, 800), qPrintable(QString::number(dialog.width())));
}

void TestCreateTicketDialog::aSummaryIsOneLine()
{
    // What a template or a paste can put in the field is checked as `create` and a CSV row are.
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    child<QLineEdit>(&dialog, "summaryLineEdit")->setText(QStringLiteral("Card declined\nagain"));
    dialog.submit();
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(child<QLabel>(&dialog, "summaryErrorLabel")->text(), QStringLiteral("The summary must be on one line."));
}

void TestCreateTicketDialog::aLongCustomerNameDoesNotWidenTheForm()
{
    // The picked customer's name and email are shown whole, under the field: the form keeps
    // its width (beside the field, a long name had pushed it past a 1024 px screen).
    const QString name =
        QStringLiteral("Compañía Internacional de Servicios Financieros y Cambiarios del Río de la Plata");
    const QString email = QStringLiteral("soporte.operaciones@compania-internacional-rio.example.com");
    CreateTicketDialog dialog{ValidationLimits()};
    dialog.setCustomers({namedCustomer(customerA, name, email)});
    showAndActivate(dialog);
    const int width = dialog.width();
    const int minimum = dialog.minimumSizeHint().width();
    auto *customer = child<QLineEdit>(&dialog, "customerLineEdit");
    customer->setFocus();
    QTest::keyClicks(customer, customerA);
    QCoreApplication::sendPostedEvents();
    auto *picked = child<QLabel>(&dialog, "pickedCustomerLabel");
    QCOMPARE(picked->text(), QStringLiteral("%1 <%2>").arg(name, email));
    QVERIFY(picked->isVisible());
    QCOMPARE(dialog.minimumSizeHint().width(), minimum);
    QCOMPARE(dialog.width(), width);
    QVERIFY2(picked->geometry().right() <= customer->geometry().right(),
             qPrintable(QStringLiteral("%1 > %2").arg(picked->geometry().right()).arg(customer->geometry().right())));
}

void TestCreateTicketDialog::referenceReachesTicket()
{
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    auto *reference = child<QLineEdit>(&dialog, "referenceLineEdit");
    QVERIFY(!reference->accessibleName().isEmpty());
    QVERIFY(child<QLabel>(&dialog, "referenceNoteLabel")->text().contains(QStringLiteral("never sent to Ripio")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Refund"));
    // Alt+E (the label's mnemonic) reaches the field.
    QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), reference);
    QTest::keyClicks(reference, QStringLiteral("HD-4711"));
    dialog.submit();
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().first().value<NewTicket>().reference, QStringLiteral("HD-4711"));
    // No more than a ticket keeps (a pasted page would have been refused only by the engine).
    reference->setText(QString(250, u'r'));
    QCOMPARE(reference->text().size(), 200);
}

void TestCreateTicketDialog::templateFillsFromCustomerAndReference()
{
    CreateTicketDialog dialog{ValidationLimits()};
    dialog.setCustomers({namedCustomer(customerA, QStringLiteral("María López"), QStringLiteral("maria@example.com")),
                         namedCustomer(customerB, QStringLiteral("Bob Lopez"), QStringLiteral("bob@example.com"))});
    TicketTemplate refund;
    refund.name = QStringLiteral("Refund");
    refund.summary = QStringLiteral("Refund for {customer.name}");
    refund.description = QStringLiteral("Ours: {reference}, mail {customer.email}");
    // With none made yet, the picker says where they are made.
    dialog.setTemplates({});
    QCOMPARE(child<QComboBox>(&dialog, "templateComboBox")->itemText(0),
             QStringLiteral("(none yet: Templates…, Ctrl+Shift+M)"));
    dialog.setTemplates({refund});
    showAndActivate(dialog);
    auto *customer = child<QLineEdit>(&dialog, "customerLineEdit");
    auto *summary = child<QLineEdit>(&dialog, "summaryLineEdit");
    auto *description = child<QPlainTextEdit>(&dialog, "descriptionTextEdit");
    auto *combo = child<QComboBox>(&dialog, "templateComboBox");
    QTest::keyClicks(customer, customerA);
    QTest::keyClicks(child<QLineEdit>(&dialog, "referenceLineEdit"), QStringLiteral("HD-1"));

    // Alt+M reaches the picker; Down picks the first template.
    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), combo);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QStringLiteral("Refund"));
    QCOMPARE(summary->text(), QStringLiteral("Refund for María López"));
    QCOMPARE(description->toPlainText(), QStringLiteral("Ours: HD-1, mail maria@example.com"));

    // Untouched fields follow the customer and the reference.
    customer->setText(customerB);
    QCOMPARE(summary->text(), QStringLiteral("Refund for Bob Lopez"));
    child<QLineEdit>(&dialog, "referenceLineEdit")->setText(QStringLiteral("HD-2"));
    QCOMPARE(description->toPlainText(), QStringLiteral("Ours: HD-2, mail bob@example.com"));

    // Once the operator edits, their text stays.
    QTest::keyClicks(summary, QStringLiteral(" (urgent)"));
    customer->setText(customerA);
    QCOMPARE(summary->text(), QStringLiteral("Refund for Bob Lopez (urgent)"));
    QCOMPARE(description->toPlainText(), QStringLiteral("Ours: HD-2, mail bob@example.com"));

    // Picking a template over typed text asks first; keeping it puts the picker back.
    QTest::keyClick(combo, Qt::Key_Up); // (none): nothing to replace
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(summary->text(), QStringLiteral("Refund for Bob Lopez (urgent)"));
    QTest::keyClick(combo, Qt::Key_Down);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("replaceTypedTextConfirmation"))) &&
                box->isVisible());
    QCOMPARE(box->defaultButton(), child<QPushButton>(box, "keepTypedTextButton"));
    QTest::mouseClick(child<QPushButton>(box, "keepTypedTextButton"), Qt::LeftButton);
    QCOMPARE(summary->text(), QStringLiteral("Refund for Bob Lopez (urgent)"));
    QCOMPARE(combo->currentIndex(), 0);
    QTest::keyClick(combo, Qt::Key_Down); // at once: the box just closed is not yet deleted
    QTRY_VERIFY((box = visibleBox(&dialog, "replaceTypedTextConfirmation")) != nullptr);
    QTest::mouseClick(child<QPushButton>(box, "replaceTypedTextButton"), Qt::LeftButton);
    QCOMPARE(combo->currentText(), QStringLiteral("Refund"));
    QCOMPARE(summary->text(), QStringLiteral("Refund for María López"));
}

void TestCreateTicketDialog::similarTicketsWarnBeforeSending_data()
{
    QTest::addColumn<bool>("sendAnyway");
    QTest::newRow("send anyway") << true;
    QTest::newRow("cancel") << false;
}

void TestCreateTicketDialog::similarTicketsWarnBeforeSending()
{
    QFETCH(bool, sendAnyway);
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    QSignalSpy asked(&dialog, &CreateTicketDialog::similarCheckRequested);
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Card payment stuck"));
    dialog.submit();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toString(), customerA);
    QCOMPARE(asked.first().at(1).toString(), QStringLiteral("Card payment stuck"));
    QCOMPARE(submitted.count(), 0);
    QVERIFY(dialog.isBusy());

    Ticket earlier;
    earlier.id = 41;
    earlier.customerId = customerA;
    earlier.summary = QStringLiteral("Card payment stuck");
    earlier.status = TicketStatus::Created;
    earlier.issueKey = QStringLiteral("SUP-1234");
    earlier.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
    Ticket queued = earlier;
    queued.id = 42;
    queued.status = TicketStatus::Queued;
    queued.issueKey.clear();
    dialog.showSimilar({earlier, queued});
    QVERIFY(!dialog.isBusy());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("similarTicketsWarning"))) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("SUP-1234")));
    QVERIFY(box->text().contains(QStringLiteral("#42")));
    QCOMPARE(submitted.count(), 0);
    QTest::mouseClick(child<QPushButton>(box, sendAnyway ? "sendAnywayButton" : "cancelSendButton"), Qt::LeftButton);
    QCOMPARE(submitted.count(), sendAnyway ? 1 : 0);
    if (sendAnyway)
        QCOMPARE(submitted.first().first().value<NewTicket>().summary, QStringLiteral("Card payment stuck"));

    // No similar ticket: the answer sends straight away.
    submitted.clear();
    dialog.submit();
    QCOMPARE(asked.count(), 2);
    dialog.showSimilar({});
    QCOMPARE(submitted.count(), 1);
}

void TestCreateTicketDialog::templatesDialogAsksBeforeDroppingChanges()
{
    TemplatesDialog dialog;
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    showAndActivate(dialog);
    // Nothing said before the templates are read; an empty list then says how to make one.
    auto *hint = child<QLabel>(&dialog, "noTemplatesLabel");
    QVERIFY(!hint->isVisible());
    dialog.setTemplates({});
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().startsWith(QStringLiteral("No templates yet.")));
    auto *name = child<QLineEdit>(&dialog, "templateNameLineEdit");
    QTest::keyClicks(name, QStringLiteral("Refund"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "templateSummaryLineEdit"),
                     QStringLiteral("Refund for {customer.name}"));
    QVERIFY(dialog.hasUnsavedChanges());

    // A typed template is not dropped by a stray Esc: the box's default keeps it.
    QTest::keyClick(name, Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTemplateConfirmation")) != nullptr);
    QCOMPARE(box->defaultButton(), child<QPushButton>(box, "templateKeepEditingButton"));
    QVERIFY(box->text().contains(QStringLiteral("Refund")));
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(name->text(), QStringLiteral("Refund"));

    // Saved (the list now holds it as typed): Esc closes at once.
    TicketTemplate saved;
    saved.name = QStringLiteral("Refund");
    saved.summary = QStringLiteral("Refund for {customer.name}");
    dialog.setTemplates({saved});
    QVERIFY(!dialog.hasUnsavedChanges());

    // Another template whose name differs only in case is refused: a CSV file could not tell
    // which one a row means. (Shown, "Refund" could be renamed so; saved as new, it is refused.)
    QSignalSpy saveAsked(&dialog, &TemplatesDialog::saveRequested);
    name->setText(QStringLiteral("REFUND"));
    QTimer::singleShot(0, &dialog, [&dialog] {
        QMessageBox *question = visibleBox(&dialog, "renameTemplateQuestion");
        QVERIFY(question);
        QTest::mouseClick(child<QPushButton>(question, "saveTemplateCopyButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplateButton"), Qt::LeftButton);
    QCOMPARE(saveAsked.count(), 0);
    auto *error = child<QLabel>(&dialog, "templateErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("\"Refund\" exists already")), qPrintable(error->text()));
    // A pair made before the rule: each can still be saved (replaced) under its own name.
    TicketTemplate upper = saved;
    upper.name = QStringLiteral("REFUND");
    dialog.setTemplates({saved, upper});
    name->setText(QStringLiteral("REFUND"));
    child<QLineEdit>(&dialog, "templateSummaryLineEdit")->setText(QStringLiteral("Edited"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplateButton"), Qt::LeftButton);
    QCOMPARE(saveAsked.count(), 1);
    QCOMPARE(saveAsked.first().at(0).value<TicketTemplate>().name, QStringLiteral("REFUND"));
    dialog.setTemplates({saved});
    name->setText(QStringLiteral("Refund"));
    child<QLineEdit>(&dialog, "templateSummaryLineEdit")->setText(saved.summary);
    QVERIFY(!dialog.hasUnsavedChanges());
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());

    // Edited again, then discarded on purpose: closed.
    showAndActivate(dialog);
    QTest::keyClicks(child<QLineEdit>(&dialog, "templateSummaryLineEdit"), QStringLiteral(" (urgent)"));
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTemplateConfirmation")) != nullptr);
    QTest::mouseClick(child<QPushButton>(box, "templateDiscardButton"), Qt::LeftButton);
    QCOMPARE(rejected.count(), 2);
    QVERIFY(!dialog.isVisible());
}

// A template shown and given another name: renamed, or saved as a copy, as the operator says
// (saving made a copy without a word, and the old name stayed in every list).
void TestCreateTicketDialog::templatesDialogRenamesWhenAsked()
{
    TemplatesDialog dialog;
    TicketTemplate refund;
    refund.name = QStringLiteral("Refund");
    refund.summary = QStringLiteral("Refund for {customer.name}");
    refund.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    dialog.setTemplates({refund});
    showAndActivate(dialog);
    auto *list = child<QListWidget>(&dialog, "templateList");
    auto *name = child<QLineEdit>(&dialog, "templateNameLineEdit");
    QSignalSpy renameAsked(&dialog, &TemplatesDialog::renameRequested);
    QSignalSpy saveAsked(&dialog, &TemplatesDialog::saveRequested);
    const auto saveAnswering = [&](const char *button) {
        QTimer::singleShot(0, &dialog, [&dialog, button] {
            QMessageBox *box = visibleBox(&dialog, "renameTemplateQuestion");
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("“Refund” to “Card refund”")));
            QCOMPARE(box->defaultButton(), child<QPushButton>(box, "renameTemplateButton"));
            if (qstrcmp(button, "cancel") == 0)
                QTest::keyClick(box, Qt::Key_Escape);
            else
                QTest::mouseClick(child<QPushButton>(box, button), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplateButton"), Qt::LeftButton);
    };
    list->setCurrentRow(0);
    name->setText(QStringLiteral("Card refund"));

    saveAnswering("cancel"); // nothing asked of the engine
    QCOMPARE(renameAsked.count() + saveAsked.count(), 0);
    saveAnswering("saveTemplateCopyButton");
    QCOMPARE(saveAsked.count(), 1);
    QCOMPARE(saveAsked.first().at(0).value<TicketTemplate>().name, QStringLiteral("Card refund"));
    QVERIFY(!saveAsked.first().at(1).toDateTime().isValid()); // a new one
    QCOMPARE(renameAsked.count(), 0);
    saveAnswering("renameTemplateButton");
    QCOMPARE(renameAsked.count(), 1);
    QCOMPARE(renameAsked.first().at(0).toString(), QStringLiteral("Refund"));
    QCOMPARE(renameAsked.first().at(1).toDateTime(), refund.updatedAt);
    QCOMPARE(renameAsked.first().at(2).value<TicketTemplate>().name, QStringLiteral("Card refund"));
    QCOMPARE(saveAsked.count(), 1);
    // Refused (a teammate changed "Refund" meanwhile): the list and the refusal come back, and
    // the next Save asks again, on the teammate's version, rather than save a copy.
    TicketTemplate newer = refund;
    newer.updatedAt = refund.updatedAt.addSecs(60);
    dialog.setTemplates({newer});
    dialog.showError(QStringLiteral("The template Refund was not renamed to Card refund: changed meanwhile."));
    QCOMPARE(name->text(), QStringLiteral("Card refund"));
    saveAnswering("renameTemplateButton");
    QCOMPARE(saveAsked.count(), 1);
    QCOMPARE(renameAsked.count(), 2);
    QCOMPARE(renameAsked.last().at(1).toDateTime(), newer.updatedAt);
    // The list comes back renamed: the form shows it, unchanged, and Save asks nothing more.
    TicketTemplate renamed = newer;
    renamed.name = QStringLiteral("Card refund");
    renamed.updatedAt = newer.updatedAt.addSecs(5);
    dialog.setTemplates({renamed});
    QVERIFY(!dialog.hasUnsavedChanges());
    QCOMPARE(list->currentRow(), 0);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplateButton"), Qt::LeftButton);
    QCOMPARE(renameAsked.count(), 2);
    QCOMPARE(saveAsked.count(), 2);
    QCOMPARE(saveAsked.last().at(1).toDateTime(), renamed.updatedAt);
}

void TestCreateTicketDialog::templatesDialogAsksBeforeOpeningAnother()
{
    TemplatesDialog dialog;
    TicketTemplate refund;
    refund.name = QStringLiteral("Refund");
    refund.summary = QStringLiteral("Refund for {customer.name}");
    TicketTemplate kyc;
    kyc.name = QStringLiteral("KYC");
    kyc.summary = QStringLiteral("KYC check for {customer.name}");
    kyc.description = QStringLiteral("Documents attached.");
    dialog.setTemplates({refund, kyc});
    showAndActivate(dialog);
    auto *list = child<QListWidget>(&dialog, "templateList");
    auto *summary = child<QLineEdit>(&dialog, "templateSummaryLineEdit");
    auto *description = child<QPlainTextEdit>(&dialog, "templateDescriptionTextEdit");

    // Nothing typed: the arrow keys open each template at once.
    list->setFocus();
    list->setCurrentRow(0);
    QCOMPARE(summary->text(), refund.summary);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(summary->text(), kyc.summary);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(summary->text(), refund.summary);
    QVERIFY(!visibleBox(&dialog, "discardTemplateConfirmation"));

    // Edited, then another template chosen: asked, and Keep editing (the default) keeps the edit
    // and the list on the template the form shows.
    QTest::keyClicks(summary, QStringLiteral(" (urgent)"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTemplateConfirmation")) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("Refund")));
    QCOMPARE(box->defaultButton(), child<QPushButton>(box, "templateKeepEditingButton"));
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!visibleBox(&dialog, "discardTemplateConfirmation"));
    QCOMPARE(summary->text(), QStringLiteral("Refund for {customer.name} (urgent)"));
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(dialog.hasUnsavedChanges());

    // A teammate's change moves the rows while the question is open: Discard opens the template
    // that was chosen, by its name.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTemplateConfirmation")) != nullptr);
    TicketTemplate added;
    added.name = QStringLiteral("Account");
    added.summary = QStringLiteral("Account question");
    dialog.setTemplates({added, refund, kyc});
    QTest::mouseClick(child<QPushButton>(box, "templateDiscardButton"), Qt::LeftButton);
    QCOMPARE(summary->text(), kyc.summary);
    QCOMPARE(description->toPlainText(), kyc.description);
    QCOMPARE(list->currentRow(), 2);
    QVERIFY(!dialog.hasUnsavedChanges());

    // New with an edit asks too; Keep editing keeps it, Discard empties the form.
    auto *newButton = child<QPushButton>(&dialog, "newTemplateButton");
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" And a selfie."));
    QTest::mouseClick(newButton, Qt::LeftButton);
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTemplateConfirmation")) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("KYC")));
    QTest::mouseClick(child<QPushButton>(box, "templateKeepEditingButton"), Qt::LeftButton);
    QCOMPARE(description->toPlainText(), QStringLiteral("Documents attached. And a selfie."));
    QTest::mouseClick(newButton, Qt::LeftButton);
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTemplateConfirmation")) != nullptr);
    QTest::mouseClick(child<QPushButton>(box, "templateDiscardButton"), Qt::LeftButton);
    QVERIFY(summary->text().isEmpty());
    QVERIFY(description->toPlainText().isEmpty());
    QCOMPARE(list->currentRow(), -1);
}

void TestCreateTicketDialog::templatesDialogSavesAndDeletes()
{
    TemplatesDialog dialog;
    QSignalSpy saved(&dialog, &TemplatesDialog::saveRequested);
    QSignalSpy deleted(&dialog, &TemplatesDialog::deleteRequested);
    showAndActivate(dialog);
    QVERIFY(child<QLabel>(&dialog, "placeholderHintLabel")->text().contains(QStringLiteral("{customer.name}")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "templateNameLineEdit"), QStringLiteral("Refund"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "templateSummaryLineEdit"),
                     QStringLiteral("Refund for {customer.name}"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplateButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    const auto t = saved.first().first().value<TicketTemplate>();
    QCOMPARE(t.name, QStringLiteral("Refund"));
    QCOMPARE(t.summary, QStringLiteral("Refund for {customer.name}"));
    QVERIFY(!saved.first().at(1).toDateTime().isValid()); // a new template: based on none

    auto *remove = child<QPushButton>(&dialog, "deleteTemplateButton");
    QVERIFY(!remove->isEnabled()); // not saved yet
    TicketTemplate stored = t;
    stored.updatedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    dialog.setTemplates({stored});
    QCOMPARE(child<QListWidget>(&dialog, "templateList")->count(), 1);
    QVERIFY(remove->isEnabled());
    // Saved again: based on the version the dialog holds, so a teammate's newer one is not replaced.
    QTest::keyClicks(child<QLineEdit>(&dialog, "templateSummaryLineEdit"), QStringLiteral(" again"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplateButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(saved.last().at(1).toDateTime(), stored.updatedAt);
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.first().first().toString(), QStringLiteral("Refund"));
    QCOMPARE(deleted.first().at(1).toDateTime(), stored.updatedAt);
}

// A teammate's newer version: a form that shows the template unchanged follows it, and a save or
// delete is based on the version the form shows. After a save refused as stale (the newer version
// arrives with the refusal), saving again replaces it, on purpose.
void TestCreateTicketDialog::templatesDialogBasesChangesOnWhatItShows()
{
    TemplatesDialog dialog;
    QSignalSpy saved(&dialog, &TemplatesDialog::saveRequested);
    QSignalSpy deleted(&dialog, &TemplatesDialog::deleteRequested);
    showAndActivate(dialog);
    const QDateTime v1(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    const QDateTime v2 = v1.addSecs(60);
    const QDateTime v3 = v1.addSecs(120);
    const auto version = [](const QString &text, const QDateTime &at) {
        return TicketTemplate{QStringLiteral("Refund"), text, QString(), at, QStringLiteral("bo")};
    };
    auto *list = child<QListWidget>(&dialog, "templateList");
    auto *summary = child<QLineEdit>(&dialog, "templateSummaryLineEdit");
    auto *save = child<QPushButton>(&dialog, "saveTemplateButton");
    dialog.setTemplates({version(QStringLiteral("v1"), v1)});
    list->setCurrentRow(0);
    QCOMPARE(summary->text(), QStringLiteral("v1"));
    // v2 arrives while the form shows v1 unchanged: the form shows v2.
    dialog.setTemplates({version(QStringLiteral("v2"), v2)});
    QCOMPARE(summary->text(), QStringLiteral("v2"));
    // Edited, then v3 arrives: the edit stays, based on v2 (so the store refuses it as stale).
    summary->setText(QStringLiteral("mine"));
    dialog.setTemplates({version(QStringLiteral("v3"), v3)});
    QCOMPARE(summary->text(), QStringLiteral("mine"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.last().at(1).toDateTime(), v2);
    // Refused: the operator has been told, so saving again replaces v3.
    dialog.showError(QStringLiteral("Bo changed the template Refund meanwhile."));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(saved.last().at(1).toDateTime(), v3);
    // A new template typed under an existing name is based on none: the store refuses it.
    dialog.setTemplates({version(QStringLiteral("v1"), v1)});
    QTest::mouseClick(child<QPushButton>(&dialog, "newTemplateButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTemplateConfirmation")) != nullptr); // "mine" goes
    QTest::mouseClick(child<QPushButton>(box, "templateDiscardButton"), Qt::LeftButton);
    QCOMPARE(summary->text(), QString());
    QTest::keyClicks(child<QLineEdit>(&dialog, "templateNameLineEdit"), QStringLiteral("Other"));
    QTest::keyClicks(summary, QStringLiteral("new"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 3);
    QVERIFY(!saved.last().at(1).toDateTime().isValid());
    // A delete is based on the version shown.
    list->setCurrentRow(0);
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTemplateConfirmation")) != nullptr); // "Other" goes
    QTest::mouseClick(child<QPushButton>(box, "templateDiscardButton"), Qt::LeftButton);
    QTRY_COMPARE(summary->text(), QStringLiteral("v1"));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "deleteTemplateButton"), Qt::LeftButton);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.last().at(1).toDateTime(), v1);
}

void TestCreateTicketDialog::attachmentsAddRemoveAndSizes()
{
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    auto *view = child<QTreeView>(&dialog, "attachmentsView");
    QAbstractItemModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString small = writeFile(QStringLiteral("small.txt"), 2048);
    const QString big = writeFile(QStringLiteral("big.bin"), 3 * 1024 * 1024);

    dialog.addAttachments({small});
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AttachmentListModel::NameColumn).data().toString(), QStringLiteral("small.txt"));
    QCOMPARE(model->index(0, AttachmentListModel::SizeColumn).data().toString(), QLocale().formattedDataSize(2048));
    QCOMPARE(model->index(0, 0).data(AttachmentListModel::SizeRole).toLongLong(), 2048);

    // Dropped files arrive through the model; a file already attached is not added twice.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(big), QUrl::fromLocalFile(small)});
    QVERIFY(model->canDropMimeData(&mime, Qt::CopyAction, -1, -1, QModelIndex()));
    QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, -1, -1, QModelIndex()));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, AttachmentListModel::SizeColumn).data().toString(),
             QLocale().formattedDataSize(3 * 1024 * 1024));
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/x.pdf"))});
    QVERIFY(!model->canDropMimeData(&remote, Qt::CopyAction, -1, -1, QModelIndex()));

    auto *remove = child<QPushButton>(&dialog, "removeAttachmentButton");
    QVERIFY(!remove->isEnabled());
    view->selectionModel()->select(model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(dialog.ticket().attachmentPaths, QStringList{big});

    // Delete on the list is the keyboard path for removing: reached with Tab, the row the
    // focus lands on is the one it removes (Space had to select it first).
    view->selectionModel()->clear();
    QVERIFY(!view->currentIndex().isValid());
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(remove->isEnabled());
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 0);
}

void TestCreateTicketDialog::attachmentLimits()
{
    ValidationLimits limits;
    limits.maxFiles = 1;
    limits.maxFileBytes = 1000;
    limits.maxTotalBytes = 5000;
    CreateTicketDialog dialog{limits};
    showAndActivate(dialog);
    auto *label = child<QLabel>(&dialog, "attachmentsErrorLabel");
    dialog.addAttachments({writeFile(QStringLiteral("ok.txt"), 500)});
    QVERIFY(!label->isVisible());
    dialog.addAttachments({writeFile(QStringLiteral("huge.txt"), 1500)});
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QLatin1StringView("huge.txt")));
    QVERIFY(label->text().contains(QLatin1StringView("at most 1")));

    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Files"));
    dialog.submit();
    QCOMPARE(submitted.count(), 0);
}

// Create with a file that cannot go: focus lands on that file, selected, so Delete removes it
// (focus went to the list's first row, with nothing selected).
void TestCreateTicketDialog::aRefusedFileIsSelected()
{
    ValidationLimits limits;
    limits.maxFileBytes = 1000;
    CreateTicketDialog dialog{limits};
    showAndActivate(dialog);
    dialog.addAttachments({writeFile(QStringLiteral("first.txt"), 100), writeFile(QStringLiteral("second.txt"), 200),
                           writeFile(QStringLiteral("toobig.txt"), 1500)});
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    QTest::keyClicks(child<QLineEdit>(&dialog, "summaryLineEdit"), QStringLiteral("Files"));
    dialog.submit();
    auto *view = child<QAbstractItemView>(&dialog, "attachmentsView");
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().row(), 2);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(!child<QLabel>(&dialog, "attachmentsErrorLabel")->isVisible());
}

void TestCreateTicketDialog::busyBlocksSubmit()
{
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    auto *summary = child<QLineEdit>(&dialog, "summaryLineEdit");
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    QTest::keyClicks(summary, QStringLiteral("Twice?"));
    QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    dialog.setBusy(true);
    QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QVERIFY(summary->isReadOnly());
}

void TestCreateTicketDialog::escapeRejects()
{
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    auto *summary = child<QLineEdit>(&dialog, "summaryLineEdit");
    // Empty: Esc closes at once.
    QTest::keyClick(summary, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("discardTicketConfirmation")));

    // Typed: a stray Esc does not drop it. The box's own Esc (its default) keeps editing.
    showAndActivate(dialog);
    QTest::keyClicks(summary, QStringLiteral("never mind"));
    QTest::keyClick(summary, Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("discardTicketConfirmation"))) &&
                box->isVisible());
    QCOMPARE(rejected.count(), 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(box->defaultButton(), child<QPushButton>(box, "ticketKeepEditingButton"));
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(!box->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(summary->text(), QStringLiteral("never mind"));

    // Discard, said twice (at once: the box just closed is not yet deleted): closed.
    QTest::keyClick(summary, Qt::Key_Escape);
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTicketConfirmation")) != nullptr);
    QTest::mouseClick(child<QPushButton>(box, "ticketDiscardButton"), Qt::LeftButton);
    QCOMPARE(rejected.count(), 2);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

// Esc while the duplicate check runs (nothing is queued yet) asks as for any unsent ticket,
// rather than closing the form and dropping the ticket with the check's answer. Esc while the
// ticket is being saved leaves the form to close by itself, or to show why it could not.
void TestCreateTicketDialog::escapeWhileBusyLosesNothing()
{
    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    QSignalSpy asked(&dialog, &CreateTicketDialog::similarCheckRequested);
    QSignalSpy submitted(&dialog, &CreateTicketDialog::submitRequested);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    auto *summary = child<QLineEdit>(&dialog, "summaryLineEdit");
    QTest::keyClicks(child<QLineEdit>(&dialog, "customerLineEdit"), customerA);
    QTest::keyClicks(summary, QStringLiteral("Deposit missing"));
    dialog.submit();
    QCOMPARE(asked.count(), 1);
    QVERIFY(dialog.isBusy());

    QTest::keyClick(summary, Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleBox(&dialog, "discardTicketConfirmation")) != nullptr);
    QCOMPARE(rejected.count(), 0);
    QTest::keyClick(box, Qt::Key_Escape); // keep editing
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
    QVERIFY(!summary->isReadOnly());
    QCOMPARE(summary->text(), QStringLiteral("Deposit missing"));
    // The stopped check's late answer sends nothing.
    dialog.showSimilar({});
    QCOMPARE(submitted.count(), 0);

    // Checked and handed over to be saved (the window marks the form busy meanwhile).
    dialog.submit();
    QCOMPARE(asked.count(), 2);
    dialog.showSimilar({});
    QCOMPARE(submitted.count(), 1);
    dialog.setBusy(true);
    QTest::keyClick(summary, Qt::Key_Escape);
    QApplication::processEvents();
    QVERIFY(dialog.isVisible());
    QCOMPARE(rejected.count(), 0);
    QVERIFY(!visibleBox(&dialog, "discardTicketConfirmation"));
    // The save failed: the form says why, with everything typed still there.
    dialog.showResult({}, QStringLiteral("The ticket could not be saved: disk full"));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isBusy());
    QCOMPARE(summary->text(), QStringLiteral("Deposit missing"));
}

void TestCreateTicketDialog::attachOpensWhereTheLastFileCameFrom()
{
    // It opened in the process's working folder every time.
    QDir evidence(m_dir.filePath(QStringLiteral("evidence")));
    QVERIFY(evidence.mkpath(QStringLiteral(".")));
    const QString receipt = evidence.filePath(QStringLiteral("receipt.png"));
    QFile file(receipt);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("png") == 3);
    file.close();

    CreateTicketDialog dialog{ValidationLimits()};
    showAndActivate(dialog);
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addAttachmentButton"));
    QVERIFY(add);
    Test::OfferedFile offered;
    Test::answerNextFileDialog(&dialog, receipt, &offered);
    add->click();
    QVERIFY2(offered.folder != evidence.absolutePath(), qPrintable(offered.folder));
    QCOMPARE(dialog.findChild<QAbstractItemView *>(QStringLiteral("attachmentsView"))->model()->rowCount(), 1);

    Test::answerNextFileDialog(&dialog, QString(), &offered);
    add->click();
    QCOMPARE(offered.folder, evidence.absolutePath());
}

QTEST_MAIN(TestCreateTicketDialog)
#include "tst_createticketdialog.moc"
