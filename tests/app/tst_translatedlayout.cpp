// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The ticket table in every language, at the window's default size beside the details pane:
// longer translations must not push the creation time out of sight.
#include "../gui/windowrows.h"
#include "../support/languages.h"
#include "app/application.h"
#include "core/clock.h"
#include "gui/enginehost.h"
#include "service/engineconfig.h"

#include <QApplication>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace TicketDesk;

class TestTranslatedLayout final : public QObject
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

    void theCreationTimeIsInSight_data() { Test::addLanguageRows(); }

    void theCreationTimeIsInSight()
    {
        QFETCH(QString, code);
        installTranslators(code);
        const EngineConfig config = Test::quietEngineConfig(m_dir);
        SystemClock clock;
        EngineHost host(clock);
        MainWindow window(host.service(), clock, config, nullptr, false);
        window.resize(1200, 720); // the first window's size on a screen with room for it
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("ticketSplitter"));
        QVERIFY(splitter);
        QVERIFY(splitter->sizes().value(1) > 0); // the details pane is open

        auto *table = window.findChild<QTableView *>(QStringLiteral("ticketTable"));
        QVERIFY(table);
        QHeaderView *header = table->horizontalHeader();
        const auto rightEdge = [header](int column) {
            return header->sectionViewportPosition(column) + header->sectionSize(column);
        };
        QTRY_VERIFY2(
            rightEdge(TicketModel::CreatedColumn) <= table->viewport()->width(),
            qPrintable(
                QStringLiteral("%1 > %2").arg(rightEdge(TicketModel::CreatedColumn)).arg(table->viewport()->width())));
        // What gave way keeps what it must show: the retry button and every column's title.
        const QFontMetrics metrics = table->fontMetrics();
        QVERIFY(header->sectionSize(TicketModel::RetryColumn) >
                metrics.horizontalAdvance(TicketModel::tr("Retry")) + 14 + 22);
        for (int c = 0; c < TicketModel::ColumnCount; ++c) {
            const QString title = window.ticketModel()->headerData(c, Qt::Horizontal).toString();
            if (c != TicketModel::SummaryColumn && !header->isSectionHidden(c))
                QVERIFY2(header->sectionSize(c) > header->fontMetrics().horizontalAdvance(title), qPrintable(title));
        }
        QVERIFY(header->sectionSize(TicketModel::SummaryColumn) >= metrics.horizontalAdvance(QString(16, u'n')));
    }
};

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
