// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "core/signature.h"
#include "gui/csvexporter.h"
#include "gui/deliverymodel.h"
#include "gui/detailspane.h"
#include "gui/enginehost.h"
#include "gui/guiresources.h"
#include "gui/mainwindow.h"
#include "gui/retrydelegate.h"
#include "gui/settingsdialog.h"
#include "gui/ticketmodel.h"
#include "gui/ticketproxy.h"
#include "gui/visibletext.h"
#include "sandbox/ripiosandbox.h"
#include "service/engineconfig.h"
#include "service/secretstore.h"
#include "service/ticketservice.h"
#include "support/accessibletext.h"
#include "support/fakesecretbackend.h"
#include "support/filedialogs.h"
#include "windowrows.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <functional>
#include <memory>

using namespace TicketDesk;

// Drives the real main window against an in-process engine and Ripio sandbox.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    // On this thread: the test waits with QTRY_*/qWaitFor, which run its event loop.
    std::unique_ptr<RipioSandbox> m_sandbox;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    EngineConfig m_config;
    QString m_webhookUrl;

    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("ticketTable")); }

    int proxyRowOf(qint64 id) const
    {
        const int r = m_window->ticketModel()->rowForId(id);
        if (r < 0)
            return -1;
        return m_window->ticketProxy()->mapFromSource(m_window->ticketModel()->index(r, 0)).row();
    }
    const TicketRow *rowOf(qint64 id) const { return windowRowOf(*m_window, id); }
    // Creates a ticket through the engine (as the form does) and returns its id
    // once it is in the table (0 if it never shows).
    qint64 createThroughEngine(const QString &summary, quint64 tag)
    {
        TicketService *s = m_host->service();
        const NewTicket t{QStringLiteral("bbbbbbbb-2222-4333-8444-555555555555"), summary, QStringLiteral("x"), {}};
        QMetaObject::invokeMethod(
            s, [s, t, tag] { s->createTicket(t, tag); }, Qt::QueuedConnection);
        qint64 id = 0;
        return QTest::qWaitFor([&] { return (id = idWithSummary(summary)) > 0; }, 5000) ? id : 0;
    }

    // Answers the next modal message box named `name` with `button` (from the
    // event loop, while exec() runs) and keeps its text.
    void answerNextBox(const QString &name, QMessageBox::StandardButton button, QString *text)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [poll, name, button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != name)
                return;
            poll->stop();
            poll->deleteLater();
            *text = box->text() + QLatin1Char('|') + box->defaultButton()->text();
            box->button(button)->click();
        });
        poll->start();
    }

    qint64 idWithSummary(const QString &summary) const { return windowIdWithSummary(*m_window, summary); }

    // A desk of its own in `dir`: a SQLite file, no reconciling.
    static EngineConfig deskIn(const QTemporaryDir &dir)
    {
        EngineConfig config;
        config.dbPath = dir.filePath(QStringLiteral("tickets.sqlite"));
        config.dataDir = dir.path();
        config.runReconciler = false;
        return config;
    }

    // Opens `window`'s Settings, lets `edit` change it, presses Apply and closes it again: the
    // config it handed on in `sent`. Empty when that went as it should, else what went wrong.
    static QString applyInSettings(MainWindow &window, EngineConfig *sent,
                                   const std::function<void(SettingsDialog *)> &edit = {})
    {
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        SettingsDialog *dialog = nullptr;
        for (SettingsDialog *d : window.findChildren<SettingsDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        if (!dialog)
            return QStringLiteral("no Settings dialog");
        if (edit)
            edit(dialog);
        QSignalSpy applied(dialog, &SettingsDialog::configChanged);
        if (!dialog->apply())
            return dialog->findChild<QLabel *>(QStringLiteral("validationErrorLabel"))->text();
        if (!QTest::qWaitFor([&] { return applied.count() == 1; }, 5000))
            return QStringLiteral("Apply handed nothing on");
        *sent = applied.first().first().value<EngineConfig>();
        dialog->reject();
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setUpWindowTest(m_dir);
        // As the application names itself: QSettings reports every sync without
        // an organization name as failed, and Settings' Apply stops on that.
        QCoreApplication::setOrganizationName(QStringLiteral("TicketDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("ticketdesk-mainwindow-test"));

        SandboxOptions options;
        options.webhookDelayMs = 1200;
        m_sandbox = std::make_unique<RipioSandbox>(options);
        QVERIFY2(m_sandbox->listen(QHostAddress::LocalHost, 0), qPrintable(m_sandbox->errorString()));
        m_config.dbPath = m_dir.filePath(QStringLiteral("tickets.sqlite"));
        m_config.dataDir = m_dir.path();
        m_config.runReconciler = false;
        m_config.client.baseUrl = m_sandbox->baseUrl();
        m_config.client.clientId = options.clientId;
        m_config.client.clientSecret = options.clientSecret;
        m_config.webhookSecret = options.webhookSecret;
        m_config.listen = true;
        m_config.address = QHostAddress::LocalHost;
        m_config.port = 0;
        // A lost answer (the UNCONFIRMED test) ends after this long without progress.
        m_config.client.transferTimeoutMs = 2500;

        m_host = std::make_unique<EngineHost>(m_clock);
        RipioSandbox *sb = m_sandbox.get();
        connect(m_host->service(), &TicketService::listenerStateChanged, this, [this, sb](const ListenerState &s) {
            if (s.listening) {
                m_webhookUrl = s.url;
                sb->setWebhookUrl(QUrl(s.url));
            }
        });
        m_secrets = std::make_unique<SecretStore>(std::make_unique<FakeSecretBackend>());
        m_window = std::make_unique<MainWindow>(m_host->service(), m_clock, m_config, m_secrets.get(), true);
        QSignalSpy ready(m_window.get(), &MainWindow::ticketsReady);
        m_window->show();
        m_host->start(m_config);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        QTRY_VERIFY(!m_webhookUrl.isEmpty());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo"), Qt::CaseInsensitive));
    }

    // What a sender chose (a summary, an issue key, an event type) is drawn with its reordering
    // and invisible characters shown, in both tables; the Retry column keeps its own delegate.
    void tablesShowReorderingCharacters()
    {
        QVERIFY(qobject_cast<VisibleTextDelegate *>(table()->itemDelegate()));
        QVERIFY(qobject_cast<RetryDelegate *>(table()->itemDelegateForColumn(TicketModel::RetryColumn)));
        auto *deliveries = m_window->findChild<QTableView *>(QStringLiteral("deliveriesTable"));
        QVERIFY(deliveries);
        QVERIFY(qobject_cast<VisibleTextDelegate *>(deliveries->itemDelegate()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QVERIFY(m_host->shutdown(5000));
        m_host.reset();
        m_sandbox.reset();
    }

    void createdTicketGoesPendingThenCreated()
    {
        QAction *newTicket = m_window->findChild<QAction *>(QStringLiteral("newTicketAction"));
        QVERIFY(newTicket);
        newTicket->trigger();
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("CreateTicketDialog"))));
        auto *customer = dialog->findChild<QLineEdit *>(QStringLiteral("customerLineEdit"));
        auto *summary = dialog->findChild<QLineEdit *>(QStringLiteral("summaryLineEdit"));
        auto *description = dialog->findChild<QTextEdit *>(QStringLiteral("descriptionTextEdit"));
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        QVERIFY(customer && summary && create);
        QTest::keyClicks(customer, QStringLiteral("11111111-2222-4333-8444-555555555555"));
        QTest::keyClicks(summary, QStringLiteral("Deposit not credited"));
        if (description)
            QTest::keyClicks(description, QStringLiteral("Sent yesterday."));
        QTRY_VERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);

        qint64 id = 0;
        QTRY_VERIFY_WITH_TIMEOUT((id = idWithSummary(QStringLiteral("Deposit not credited"))) > 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(id)->status, TicketStatus::Pending, 5000);
        QVERIFY(!m_window->ticketModel()->text(rowOf(id)->ticketId).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(id)->status, TicketStatus::Created, 8000);
        QVERIFY(m_window->ticketModel()->text(rowOf(id)->issueKey).startsWith(QStringLiteral("SUP-")));
        // The new ticket is selected and its details are shown.
        QCOMPARE(m_window->selectedIds(), QList<qint64>{id});
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("copyIssueKeyButton"))->isEnabled());
    }

    void failedTicketRetriesWithOneClick_data()
    {
        QTest::addColumn<int>("key"); // 0: a click on the button
        QTest::newRow("click") << 0;
        // The focused cell's button, from the keyboard: it took neither key.
        QTest::newRow("Space") << int(Qt::Key_Space);
        QTest::newRow("Enter") << int(Qt::Key_Return);
        QTest::newRow("keypad Enter") << int(Qt::Key_Enter);
    }

    void failedTicketRetriesWithOneClick()
    {
        QFETCH(int, key);
        TicketService *s = m_host->service();
        const NewTicket t{QStringLiteral("aaaaaaaa-2222-4333-8444-555555555555"),
                          // Only the click's ticket is "please fail" (the searches below find it and its retry).
                          key == 0
                              ? QStringLiteral("Please fail this")
                              : QStringLiteral("Keyboard: fail on ") + QString::fromLatin1(QTest::currentDataTag()),
                          QStringLiteral("x"),
                          {}};
        QMetaObject::invokeMethod(
            s, [s, t] { s->createTicket(t, 77); }, Qt::QueuedConnection);
        qint64 id = 0;
        QTRY_VERIFY_WITH_TIMEOUT((id = idWithSummary(t.summary)) > 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(id)->status, TicketStatus::Failed, 8000);

        QTableView *view = table();
        const QModelIndex cell = m_window->ticketProxy()->index(proxyRowOf(id), TicketModel::RetryColumn);
        QVERIFY(cell.data(TicketModel::RetryableRole).toBool());
        view->scrollTo(cell);
        // Whatever was selected before, the row whose button is clicked becomes the current one:
        // the details and any question that follows are about that ticket.
        view->selectionModel()->clear();
        if (key == 0) {
            const QPoint centre = RetryDelegate::buttonRect(view->visualRect(cell)).center();
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        } else {
            view->setCurrentIndex(cell);
            view->setFocus();
            QTest::keyClick(view, Qt::Key(key), key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
        }
        QCOMPARE(view->currentIndex().row(), proxyRowOf(id));
        QTRY_COMPARE(m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"))->ticketId(), id);

        QTRY_VERIFY_WITH_TIMEOUT(rowOf(id)->retriedAs != 0, 5000);
        const qint64 retryId = rowOf(id)->retriedAs;
        QVERIFY(rowOf(retryId));
        QCOMPARE(rowOf(retryId)->retryOf, id);
        QVERIFY(!cell.data(TicketModel::RetryableRole).toBool());
        QCOMPARE(m_window->ticketProxy()->index(proxyRowOf(id), TicketModel::RetryColumn).data().toString(),
                 QStringLiteral("Retried as #%1").arg(retryId));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(retryId)->status, TicketStatus::Created, 8000);
    }

    void badSignatureShowsInDeliveries()
    {
        const QByteArray body =
            R"({"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"2026-06-26T14:30:00.000Z",)"
            R"("supportTicket":{"ticketId":"x","customerId":"y","issueKey":"SUP-1","summary":"s","status":"CREATED"}})";
        QNetworkAccessManager nam;
        QNetworkRequest request{QUrl(m_webhookUrl)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Wh-Signature-256", "sha256=" + QByteArray(64, '0'));
        std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);

        m_window->showDeliveries();
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("deliveriesTable"));
        QVERIFY(view);
        const auto findBad = [view] {
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                if (view->model()->index(r, 0).data(DeliveryModel::VerdictRole).toString() ==
                    QLatin1StringView("bad-signature"))
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findBad() >= 0, 5000);
        const int r = findBad();
        QCOMPARE(view->model()->index(r, DeliveryModel::VerdictColumn).data().toString(),
                 QStringLiteral("Bad signature"));
        view->setCurrentIndex(view->model()->index(r, 0));
        auto *headers = m_window->findChild<QPlainTextEdit *>(QStringLiteral("deliveryHeadersText"));
        auto *bodyText = m_window->findChild<QPlainTextEdit *>(QStringLiteral("deliveryBodyText"));
        QVERIFY(!headers->toPlainText().contains(QStringLiteral("0000000000")));
        QVERIFY2(headers->toPlainText().endsWith(
                     QStringLiteral("\n\nDetail: the signature does not match the webhook secret")),
                 qPrintable(headers->toPlainText()));
        QVERIFY(bodyText->toPlainText().contains(QStringLiteral("\n    \"eventType\"")));

        // Filtering by verdict keeps only bad signatures.
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("verdictFilterCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("bad-signature")));
        QVERIFY(view->model()->rowCount() >= 1);
        for (int i = 0; i < view->model()->rowCount(); ++i)
            QCOMPARE(view->model()->index(i, 0).data(DeliveryModel::VerdictRole).toString(),
                     QStringLiteral("bad-signature"));
        m_window->showTickets();
    }

    void searchAndStatusFilterDriveTheTable()
    {
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("please FAIL"));
        QTRY_COMPARE(table()->model()->rowCount(), 2); // the failed ticket and its retry
        search->clear();
        QAction *created = m_window->findChild<QAction *>(QStringLiteral("statusFilter_created"));
        QVERIFY(created->text().startsWith(QStringLiteral("Created (")));
        created->trigger();
        for (int r = 0; r < table()->model()->rowCount(); ++r)
            QVERIFY(table()->model()->index(r, 0).data(TicketModel::StatusRole).toInt() != int(TicketStatus::Created));
        created->trigger();
    }

    void hidingTheCurrentTicketClearsItsDetails()
    {
        const qint64 id = idWithSummary(QStringLiteral("Deposit not credited"));
        QVERIFY(id > 0);
        QVERIFY(m_window->selectTicket(id));
        auto *details = m_window->findChild<DetailsPane *>(QStringLiteral("detailsPane"));
        QVERIFY(details);
        QTRY_COMPARE(details->ticketId(), id);
        // A search that leaves it out of the table.
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("please FAIL"));
        QTRY_COMPARE(table()->model()->rowCount(), 2);
        QVERIFY(!table()->currentIndex().isValid());
        QCOMPARE(details->ticketId(), 0);
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("copyIssueKeyButton"))->isEnabled());
        search->clear();

        // A chart's narrowing that leaves it out (only FAILED tickets).
        QVERIFY(m_window->selectTicket(id));
        QTRY_COMPARE(details->ticketId(), id);
        TicketNarrowing failedOnly;
        failedOnly.statusMask = 1u << int(TicketStatus::Failed);
        failedOnly.description = QStringLiteral("failed tickets");
        m_window->showNarrowedTickets(failedOnly);
        QVERIFY(!table()->currentIndex().isValid());
        QCOMPARE(details->ticketId(), 0);
        m_window->clearFilters();
    }

    void failureNotifiesAndTheNotificationShowsIt()
    {
        QSignalSpy notified(m_window.get(), &MainWindow::notified);
        const qint64 id = createThroughEngine(QStringLiteral("Notify me: fail"), 81);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(id)->status, TicketStatus::Failed, 8000);
        QTRY_VERIFY(!notified.isEmpty());
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Ticket failed"));
        QCOMPARE(notified.last().at(1).toString(), QStringLiteral("Ripio could not register ticket #%1.").arg(id));
        QCOMPARE(notified.last().at(2).toLongLong(), id);
        QCOMPARE(m_window->statusBar()->currentMessage(), notified.last().at(1).toString());

        // Clicking the notification, with the operator elsewhere, brings the ticket up.
        m_window->showDeliveries();
        table()->clearSelection();
        m_window->showNotifiedTicket();
        QCOMPARE(m_window->findChild<QTabWidget *>()->currentWidget()->isAncestorOf(table()), true);
        QCOMPARE(m_window->selectedIds(), QList<qint64>{id});
    }

    void stuckTicketNotifies()
    {
        SandboxOptions options = m_sandbox->options();
        SandboxOptions silent = options;
        silent.dropWebhookRate = 1.0; // no outcome ever comes (and reconciliation is off)
        m_sandbox->setOptions(silent);
        QSignalSpy notified(m_window.get(), &MainWindow::notified);
        const int threshold = m_window->ticketModel()->stuckThresholdSeconds();
        m_window->ticketModel()->setStuckThresholdSeconds(1);
        const qint64 id = createThroughEngine(QStringLiteral("Left waiting"), 82);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(id)->status, TicketStatus::Pending, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5000);
        m_sandbox->setOptions(options);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Ticket stuck"));
        QVERIFY2(notified.first().at(1).toString().contains(QStringLiteral("longer than 1 s")),
                 qPrintable(notified.first().at(1).toString()));
        QCOMPARE(notified.first().at(2).toLongLong(), id);
        const QModelIndex waiting = m_window->ticketProxy()->index(proxyRowOf(id), TicketModel::WaitingColumn);
        QVERIFY(waiting.data(TicketModel::StuckRole).toBool());
        QVERIFY(waiting.data().toString().endsWith(QStringLiteral("(stuck)")));
        m_window->ticketModel()->setStuckThresholdSeconds(threshold);
        m_window->showNotifiedTicket();
        QCOMPARE(m_window->selectedIds(), QList<qint64>{id});
    }

    void unconfirmedRetryAsksFirst()
    {
        SandboxOptions options = m_sandbox->options();
        SandboxOptions lossy = options;
        lossy.dropAnswerRate = 1.0; // the ticket is made, the 202 never comes back
        lossy.dropWebhookRate = 1.0;
        m_sandbox->setOptions(lossy);
        const qint64 id = createThroughEngine(QStringLiteral("Answer lost"), 83);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(id)->status, TicketStatus::Unconfirmed, 10000);
        m_sandbox->setOptions(options);
        QVERIFY(m_window->selectTicket(id));
        QAction *retryAction = m_window->findChild<QAction *>(QStringLiteral("retryAction"));
        QVERIFY(retryAction->isEnabled());
        QSignalSpy retried(m_host->service(), &TicketService::retryFinished);
        // Every status bar message, in order: a later one (the retry's outcome) may replace it.
        QStringList said;
        QObject listening; // the connection ends with this test
        connect(m_window->statusBar(), &QStatusBar::messageChanged, &listening, [&said](const QString &message) {
            if (!message.isEmpty())
                said << message;
        });

        // Declined: nothing is sent.
        QString text;
        answerNextBox(QStringLiteral("confirmUnconfirmedRetryBox"), QMessageBox::No, &text);
        QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY2(text.contains(QStringLiteral("#%1").arg(id)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("duplicate")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("|&Don't retry")), qPrintable(text)); // the safe answer is the default

        // Confirmed: one retry, linked, that ends CREATED. Had the declined one
        // been sent too, this second retry of the same ticket would be refused.
        text.clear();
        answerNextBox(QStringLiteral("confirmUnconfirmedRetryBox"), QMessageBox::Yes, &text);
        retryAction->trigger();
        QVERIFY(!text.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(retried.count(), 1, 5000);
        QCOMPARE(retried.first().at(0).toLongLong(), id);
        QCOMPARE(retried.first().at(2).toString(), QString());
        QTest::qWait(200);
        QCOMPARE(retried.count(), 1);
        QTRY_VERIFY(rowOf(id)->retriedAs != 0);
        const qint64 retryId = rowOf(id)->retriedAs;
        QCOMPARE(retried.first().at(1).toLongLong(), retryId);
        QCOMPARE(rowOf(retryId)->retryOf, id);
        QCOMPARE(retried.first().at(3).toBool(), false);
        QTRY_VERIFY2(said.contains(QStringLiteral("Ticket #%1 retried as #%2.").arg(id).arg(retryId)),
                     qPrintable(said.join(u'|')));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(retryId)->status, TicketStatus::Created, 8000);

        // Retried again (another desk's click that crossed this one): the same retry, said so.
        TicketService *s = m_host->service(); // on the engine's thread, as the window asks it
        QMetaObject::invokeMethod(
            s, [s, id] { s->retryTickets({id}); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(retried.count(), 2, 5000);
        QVERIFY2(retried.last().at(2).toString().isEmpty(), qPrintable(retried.last().at(2).toString()));
        QCOMPARE(retried.last().at(1).toLongLong(), retryId);
        QCOMPARE(retried.last().at(3).toBool(), true);
        // The spy hears the engine's thread at once; the window's slot runs after, in this one.
        QTRY_COMPARE(
            said.last(),
            QStringLiteral("Ticket #%1 was already retried as #%2; it was not sent again.").arg(id).arg(retryId));
        QCOMPARE(said.count(QStringLiteral("Ticket #%1 retried as #%2.").arg(id).arg(retryId)), 1);
    }

    void exportWritesTheViewAsShown()
    {
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("please FAIL"));
        QTRY_COMPARE(table()->model()->rowCount(), 2); // the failed ticket and its retry
        const QString path = m_dir.filePath(QStringLiteral("view.csv"));
        QCOMPARE(m_window->exportCsv(path), MainWindow::ExportResult::Written);
        search->clear();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty piece after the last CRLF
        // For a spreadsheet: UTF-8 said by a byte-order mark, cells split as the computer's are.
        QVERIFY(lines.first().startsWith(QByteArray("\xEF\xBB\xBF"
                                                    "Status")
                                             .append(CsvExporter::delimiter())));
        QVERIFY(!lines.first().contains("Retry")); // the button column is not data
        for (int i = 1; i <= 2; ++i)
            QVERIFY2(lines.at(i).contains("Please fail this"), lines.at(i).constData());

        // A file that cannot be written says so, and leaves nothing behind.
        const QString bad = m_dir.filePath(QStringLiteral("no-such-dir/view.csv"));
        QCOMPARE(m_window->exportCsv(bad), MainWindow::ExportResult::Failed);
        QVERIFY(!QFile::exists(bad));
        QVERIFY2(!m_window->exportError().isEmpty(), "the reason is kept for the message");
    }

    void exportOffersADatedFileInTheLastFolder()
    {
        // File → Export's dialog: a name dated today, in the folder the last export went to. It
        // offered "tickets.csv" in Documents every time, so each export proposed to overwrite the
        // last one.
        QDir exports(m_dir.filePath(QStringLiteral("exports")));
        QVERIFY(exports.mkpath(QStringLiteral(".")));
        const QString dated = QStringLiteral("tickets-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
        QAction *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(exportAction);
        Test::OfferedFile offered;
        Test::answerNextFileDialog(this, exports.filePath(QStringLiteral("first.csv")), &offered);
        exportAction->trigger(); // returns when the dialog has been answered and the file written
        QCOMPARE(QFileInfo(offered.file).fileName(), dated);
        QVERIFY(QFile::exists(exports.filePath(QStringLiteral("first.csv"))));

        Test::answerNextFileDialog(this, QString(), &offered);
        exportAction->trigger();
        QCOMPARE(offered.file, exports.filePath(dated));
        QCOMPARE(exports.entryList(QDir::Files), QStringList{QStringLiteral("first.csv")}); // cancelled

        // A remembered folder that is gone is not offered.
        QVERIFY(exports.removeRecursively());
        Test::answerNextFileDialog(this, QString(), &offered);
        exportAction->trigger();
        QVERIFY2(!offered.folder.startsWith(exports.path()), qPrintable(offered.folder));
        QCOMPARE(QFileInfo(offered.file).fileName(), dated);
    }

    void settingsApplyKeepsTheSecretsInUse()
    {
        // A desk whose window is made before its secrets are read (the keychain answers later):
        // one from the environment, one from the keychain. Apply in Settings, nothing typed,
        // must hand the engine both again, not none (every webhook then failed its signature).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray variable = SecretStore::environmentVariable(SecretStore::Secret::WebhookSecret).toUtf8();
        const QByteArray before = qgetenv(variable.constData());
        qputenv(variable.constData(), "secret-from-the-environment");
        const auto restore = qScopeGuard([&] {
            if (before.isEmpty())
                qunsetenv(variable.constData());
            else
                qputenv(variable.constData(), before);
        });
        auto backend = std::make_unique<FakeSecretBackend>();
        backend->values().insert(SecretStore::keyName(SecretStore::Secret::ClientSecret),
                                 QStringLiteral("secret-from-the-keychain"));
        SecretStore secrets(std::move(backend));
        EngineConfig config = deskIn(dir);
        config.listen = false;
        config.client.clientId = QStringLiteral("client");
        EngineHost host(m_clock);
        {
            MainWindow window(host.service(), m_clock, config, &secrets, false);
            QSignalSpy ready(&window, &MainWindow::ticketsReady);
            window.startEngine(host, config);
            QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
            EngineConfig sent;
            const QString wrong = applyInSettings(window, &sent);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            QCOMPARE(sent.webhookSecret, QByteArray("secret-from-the-environment"));
            QCOMPARE(sent.client.clientSecret, QStringLiteral("secret-from-the-keychain"));
        }
        QVERIFY(host.shutdown(5000));
    }

    void settingsAppliedWhileTheKeychainIsAskedAreKept()
    {
        // A locked keyring: its answer comes after the operator applied Settings. The engine
        // started with the settings from before, on the old path.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto backend = std::make_unique<FakeSecretBackend>();
        FakeSecretBackend *keychain = backend.get();
        keychain->values().insert(SecretStore::keyName(SecretStore::Secret::WebhookSecret),
                                  QStringLiteral("secret-from-the-keychain"));
        keychain->setHeld(true);
        SecretStore secrets(std::move(backend));
        EngineConfig config = deskIn(dir);
        config.listen = true;
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        EngineHost host(m_clock);
        QString url;
        connect(host.service(), &TicketService::listenerStateChanged, this, [&url](const ListenerState &state) {
            if (state.listening)
                url = state.url;
        });
        {
            MainWindow window(host.service(), m_clock, config, &secrets, false);
            window.startEngine(host, config);
            EngineConfig sent;
            QString wrong = applyInSettings(window, &sent, [](SettingsDialog *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("webhookPathLineEdit"))
                    ->setText(QStringLiteral("/webhooks/applied"));
            });
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            QCOMPARE(sent.webhookPath, QByteArray("/webhooks/applied"));
            QTest::qWait(50);
            QVERIFY(url.isEmpty()); // not started yet: the keychain has not answered
            keychain->release();
            QTRY_VERIFY_WITH_TIMEOUT(!url.isEmpty(), 10000);
            QVERIFY2(url.endsWith(QStringLiteral("/webhooks/applied")), qPrintable(url));
            // And the keychain's secret with it: Settings starts from it.
            wrong = applyInSettings(window, &sent);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            QCOMPARE(sent.webhookSecret, QByteArray("secret-from-the-keychain"));
        }
        QVERIFY(host.shutdown(5000));
    }

    void openSettingsFollowTheListener()
    {
        auto *settings = m_window->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        settings->trigger();
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *listener = dialog->findChild<QLabel *>(QStringLiteral("listenerStateLabel"));
        auto *pruning = dialog->findChild<QLabel *>(QStringLiteral("retentionStateLabel"));
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("webhookPathLineEdit"));
        QVERIFY(listener && pruning && path);
        QVERIFY2(listener->text().contains(m_webhookUrl), qPrintable(listener->text()));
        // A desk on a file of its own prunes its delivery log itself.
        QVERIFY2(pruning->text().contains(QStringLiteral("This TicketDesk deletes older deliveries")),
                 qPrintable(pruning->text()));

        // Applied while the dialog stays open: the listener moves, and the dialog says where.
        const QString original = path->text();
        path->setText(QStringLiteral("/webhooks/moved"));
        QVERIFY2(dialog->apply(),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("validationErrorLabel"))->text()));
        QTRY_VERIFY2(listener->text().contains(QStringLiteral("/webhooks/moved")), qPrintable(listener->text()));
        path->setText(original);
        QVERIFY(dialog->apply());
        QTRY_VERIFY2(listener->text().contains(m_webhookUrl), qPrintable(listener->text()));
        dialog->reject();
    }

    void retryOfATicketRipioStoppedKnowingSaysSo()
    {
        // Made UNCONFIRMED by the reconciler after Ripio's 404s: it has an ID, so the lost-answer
        // wording ("no way to ask it without a ticket ID") would be wrong.
        Ticket t;
        t.id = 990001;
        t.customerId = QStringLiteral("aaaaaaaa-2222-4333-8444-555555555555");
        t.summary = QStringLiteral("Unknown to Ripio");
        t.status = TicketStatus::Unconfirmed;
        t.ticketId = QStringLiteral("5b0c2f7e-0000-4000-8000-000000000001");
        t.createdAt = t.updatedAt = QDateTime::currentDateTimeUtc();
        t.createdHere = true;
        m_window->ticketModel()->enqueueChanged({t});
        m_window->ticketModel()->applyPending();
        QVERIFY(m_window->selectTicket(t.id));
        QString text;
        answerNextBox(QStringLiteral("confirmUnconfirmedRetryBox"), QMessageBox::No, &text);
        m_window->findChild<QAction *>(QStringLiteral("retryAction"))->trigger();
        QVERIFY2(text.contains(QStringLiteral("#%1").arg(t.id)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("accepted the request and then answered that it has no such ticket")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("without a ticket ID")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("|&Don't retry")), qPrintable(text));
        // Not the engine's ticket: gone again, so the tests after this one see only theirs.
        m_window->ticketModel()->enqueueRemoved({t.id});
        m_window->ticketModel()->applyPending();
        QCOMPARE(m_window->ticketModel()->rowForId(t.id), -1);
    }

    // A retried ticket's original registers after all: the window says once that the request is
    // at Ripio twice, and shows the notified retry when the notice is clicked.
    void aTicketFiledTwiceIsNotified()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Ticket original;
        original.id = 990011;
        original.customerId = QStringLiteral("aaaaaaaa-2222-4333-8444-555555555556");
        original.summary = QStringLiteral("Filed twice");
        original.status = TicketStatus::Unconfirmed;
        original.retriedAs = 990012;
        original.createdAt = original.updatedAt = now;
        original.createdHere = true;
        Ticket retry = original;
        retry.id = 990012;
        retry.retriedAs = 0;
        retry.retryOf = original.id;
        retry.status = TicketStatus::Created;
        retry.ticketId = QStringLiteral("5b0c2f7e-0000-4000-8000-000000000012");
        retry.issueKey = QStringLiteral("SUP-90012");
        TicketModel *model = m_window->ticketModel();
        model->enqueueChanged({original, retry});
        model->applyPending();
        QSignalSpy notified(m_window.get(), &MainWindow::notified);
        original.status = TicketStatus::Created;
        original.ticketId = QStringLiteral("5b0c2f7e-0000-4000-8000-000000000011");
        original.issueKey = QStringLiteral("SUP-90011");
        model->enqueueChanged({original});
        model->applyPending();
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Ticket filed twice"));
        QCOMPARE(notified.first().at(1).toString(),
                 QStringLiteral("Ripio registered both ticket #990011 and its retry #990012. Ask Ripio to close one."));
        QCOMPARE(notified.first().at(2).toLongLong(), retry.id);
        QCOMPARE(m_window->statusBar()->currentMessage(), notified.first().at(1).toString());
        const QModelIndex cell = m_window->ticketProxy()->index(proxyRowOf(retry.id), TicketModel::RetryColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("Retry of #990011, both registered"));
        m_window->showNotifiedTicket();
        QCOMPARE(m_window->selectedIds(), QList<qint64>{retry.id});
        // Not the engine's tickets: gone again, so the test after this one sees only its own.
        model->enqueueRemoved({original.id, retry.id});
        model->applyPending();
        QCOMPARE(model->rowForId(retry.id), -1);
    }

    // View → Tickets gives the table the keyboard on a row, so that Up and Down move at once; the
    // status buttons say what pressing them does now.
    void keyboardReachesTheTableAndTheFilters()
    {
        m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->setFocus();
        auto *showTickets = m_window->findChild<QAction *>(QStringLiteral("showTicketsAction"));
        QVERIFY(showTickets);
        showTickets->trigger();
        QTRY_COMPARE(QApplication::focusWidget(), table());
        QVERIFY(table()->currentIndex().isValid());
        auto *failed = m_window->findChild<QAction *>(QStringLiteral("statusFilter_failed"));
        QVERIFY(failed);
        QCOMPARE(failed->toolTip(), QStringLiteral("Failed tickets are shown: press to hide them (Alt+5)"));
        failed->trigger();
        QCOMPARE(failed->toolTip(), QStringLiteral("Failed tickets are hidden: press to show them (Alt+5)"));
        failed->trigger();
        QVERIFY(failed->isChecked());
    }

    // A solo file the engine cannot write yet (a full disk, a lock): the status bar says why and
    // that it tries again; once the engine starts, the listener's state is back in its place.
    void waitingForTheFileIsSaidThenCleared()
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("listenerStatusLabel"));
        QVERIFY(label);
        const QString listening = label->text();
        QVERIFY2(listening.startsWith(QStringLiteral("Listening on")), qPrintable(listening));
        DatabaseState waiting;
        waiting.message = QStringLiteral("The disk holding the database t.sqlite is full: free some space.");
        Q_EMIT m_host->service()->databaseStateChanged(waiting);
        QCOMPARE(label->text(), QStringLiteral("Waiting for the database: The disk holding the database t.sqlite is "
                                               "full: free some space. Trying again by itself."));
        QCOMPARE(label->toolTip(), waiting.message);
        QCOMPARE(Test::accessibleText(label), label->text()); // what a screen reader hears
        Q_EMIT m_host->service()->started(true, QString());
        QCOMPARE(label->text(), listening);
        QVERIFY(label->toolTip() != waiting.message);
    }

    // A screen reader read the status bar's labels by fixed names ("Webhook listener", "Ripio
    // API", "Tickets by status") and never the state shown (audit 33): the words shown are the
    // name, and what each is about its description.
    void statusBarIsReadByTheWordsShown()
    {
        for (const char *name : {"listenerStatusLabel", "lastEventLabel", "apiStatusLabel", "countsLabel"}) {
            auto *label = m_window->findChild<QLabel *>(QLatin1StringView(name));
            QVERIFY2(label, name);
            QVERIFY2(!label->text().isEmpty(), name);
            QCOMPARE(Test::accessibleText(label), label->text());
            if (qstrcmp(name, "countsLabel") != 0)
                QVERIFY2(!Test::accessibleText(label, QAccessible::Description).isEmpty(), name);
        }
    }

    void windowSettingsSurviveRestart()
    {
        QHeaderView *header = table()->horizontalHeader();
        header->setSectionHidden(TicketModel::TicketIdColumn, true);
        header->resizeSection(TicketModel::SummaryColumn, 333);
        header->moveSection(header->visualIndex(TicketModel::CustomerColumn), 0);
        table()->sortByColumn(TicketModel::CustomerColumn, Qt::AscendingOrder);
        m_window->resize(1000, 650);
        m_window->close();

        MainWindow second(m_host->service(), m_clock, m_config, nullptr, true);
        auto *view = second.findChild<QTableView *>(QStringLiteral("ticketTable"));
        QHeaderView *h = view->horizontalHeader();
        QVERIFY(h->isSectionHidden(TicketModel::TicketIdColumn));
        QCOMPARE(h->sectionSize(TicketModel::SummaryColumn), 333);
        QCOMPARE(h->visualIndex(TicketModel::CustomerColumn), 0);
        QCOMPARE(h->sortIndicatorSection(), int(TicketModel::CustomerColumn));
        QCOMPARE(h->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(second.ticketProxy()->sortColumn(), int(TicketModel::CustomerColumn));
        QCOMPARE(second.size(), QSize(1000, 650));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
