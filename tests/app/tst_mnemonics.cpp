// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Alt+letter in every language. Within a menu no two items may share a letter, nor may a
// window's or dialog's own (the menu bar's titles, the tabs, the buttons and labelled fields in
// sight): Qt takes an Alt+letter that two of them hold as "move between them", and neither opens.
#include "../gui/windowrows.h"
#include "../support/languages.h"
#include "app/application.h"
#include "app/demosettings.h"
#include "core/clock.h"
#include "gui/bulkticketsdialog.h"
#include "gui/createticketdialog.h"
#include "gui/customerimportdialog.h"
#include "gui/enginehost.h"
#include "gui/savedviewsdialog.h"
#include "gui/settingsdialog.h"
#include "gui/templatesdialog.h"
#include "gui/ticketproxy.h"
#include "service/engineconfig.h"
#include "service/secretstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace TicketDesk;

namespace {

// Records `text`'s Alt+letter under `owner`, and a clash when another text holds it already.
class Letters
{
public:
    explicit Letters(QString where)
        : m_where(std::move(where))
    {}

    void add(const QString &text)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        const QString seen = m_taken.value(key);
        if (!seen.isEmpty() && seen != text)
            m_clashes << QStringLiteral("%1: \"%2\" and \"%3\" (%4)")
                             .arg(m_where, seen, text, key.toString(QKeySequence::PortableText));
        m_taken.insert(key, text);
    }

    QStringList clashes() const { return m_clashes; }

private:
    QString m_where;
    QMap<QKeySequence, QString> m_taken;
    QStringList m_clashes;
};

QStringList menuClashes(const QMenu *menu)
{
    Letters letters(QString(menu->title()).remove(QLatin1Char('&')));
    QStringList clashes;
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        letters.add(a->text());
        if (a->menu())
            clashes << menuClashes(a->menu());
    }
    return letters.clashes() + clashes;
}

// What one Alt+letter can reach in `top` with each page of its first tab widget shown (or as
// it is, without one): its menu bar's titles, the tabs, the buttons, group boxes and labelled
// fields in sight.
QStringList windowClashes(QWidget *top, const QString &name)
{
    auto *tabs = top->findChild<QTabWidget *>();
    QStringList clashes;
    for (int t = 0; t < (tabs ? tabs->count() : 1); ++t) {
        if (tabs)
            tabs->setCurrentIndex(t);
        Letters letters(tabs ? QStringLiteral("%1 on the tab \"%2\"").arg(name, tabs->tabText(t)) : name);
        if (const auto *bar = top->findChild<QMenuBar *>()) {
            for (const QAction *a : bar->actions())
                letters.add(a->text());
        }
        for (int other = 0; tabs && other < tabs->count(); ++other)
            letters.add(tabs->tabText(other));
        for (const QAbstractButton *b : top->findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(top))
                letters.add(b->text());
        }
        for (const QGroupBox *g : top->findChildren<QGroupBox *>()) {
            if (g->isVisibleTo(top))
                letters.add(g->title());
        }
        for (const QLabel *l : top->findChildren<QLabel *>()) {
            if (l->buddy() && l->isVisibleTo(top))
                letters.add(l->text());
        }
        clashes << letters.clashes();
    }
    clashes.removeDuplicates();
    return clashes;
}

} // namespace

class TestMnemonics final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setUpWindowTest(m_dir);
    }

    void init() { Test::removeTranslators(); }

    void eachLetterOpensOneThing_data() { Test::addLanguageRows(); }

    void eachLetterOpensOneThing()
    {
        QFETCH(QString, code);
        installTranslators(code);
        const EngineConfig config = Test::quietEngineConfig(m_dir);
        SystemClock clock;
        EngineHost host(clock);
        // The demo's window: it has the demo note's button besides everything else.
        MainWindow window(host.service(), clock, config, nullptr, true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.menuBar()->actions().value(0)->text(),
                 QCoreApplication::translate("TicketDesk::MainWindow", "&File"));
        // The bar above the table that a click in Insights brings, with its Clear button.
        TicketNarrowing narrowing;
        narrowing.createdBy = QStringLiteral("ana");
        narrowing.description = QStringLiteral("ana's tickets");
        window.showNarrowedTickets(narrowing);

        // A tooltip that names a button's key names the one its text gives it (a translation
        // chooses the letter: the Spanish demo note said Alt+M for a button on Alt+Q).
        static const QRegularExpression namedKey(QStringLiteral("\\((Alt\\+[^)]+)\\)"));
        for (const QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
            const QString key = QKeySequence::mnemonic(b->text()).toString(QKeySequence::NativeText);
            const QRegularExpressionMatch m = namedKey.match(b->toolTip());
            if (m.hasMatch() && !key.isEmpty())
                QVERIFY2(m.captured(1) == key, qPrintable(b->objectName() + QStringLiteral(": ") + b->toolTip() +
                                                          QStringLiteral(" but ") + key));
        }

        QStringList clashes;
        for (const QAction *a : window.menuBar()->actions())
            clashes << menuClashes(a->menu());
        clashes << windowClashes(&window, QStringLiteral("the window"));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void eachDialogsLetterOpensOneThing_data() { eachLetterOpensOneThing_data(); }

    void eachDialogsLetterOpensOneThing()
    {
        QFETCH(QString, code);
        installTranslators(code);
        const EngineConfig config = Test::quietEngineConfig(m_dir);
        SystemClock clock;
        EngineHost host(clock);
        SecretStore secrets(DemoSettings::sessionSecrets());
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.emplace_back(std::make_unique<CreateTicketDialog>(config.client.limits));
        dialogs.emplace_back(std::make_unique<BulkTicketsDialog>(host.service(), config.client.limits));
        dialogs.emplace_back(std::make_unique<CustomerImportDialog>(host.service()));
        dialogs.emplace_back(std::make_unique<TemplatesDialog>());
        dialogs.emplace_back(std::make_unique<SavedViewsDialog>(QList<SavedView>()));
        dialogs.emplace_back(std::make_unique<SettingsDialog>(config, ListenerState(), secrets));
        QStringList clashes;
        for (const auto &dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            clashes << windowClashes(dialog.get(), QString::fromLatin1(dialog->metaObject()->className()));
            dialog->hide();
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMnemonics)

#include "tst_mnemonics.moc"
