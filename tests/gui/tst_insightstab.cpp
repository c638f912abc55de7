// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "gui/enginehost.h"
#include "gui/figuretableview.h"
#include "gui/insightsfigures.h"
#include "gui/insightshost.h"
#include "gui/insightspanel.h"
#include "gui/insightstab.h"
#include "gui/mainwindow.h"
#include "gui/ticketmodel.h"
#include "gui/ticketproxy.h"
#include "service/engineconfig.h"
#include "service/insightsworker.h"
#include "service/ticketservice.h"
#include "store/ticketstore.h"
#include "support/accessibletext.h"
#include "support/filedialogs.h"
#include "support/manualclock.h"
#include "windowrows.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace TicketDesk;

namespace {

const QDate day1(2026, 6, 1);

// Three days with known figures (not from a store: the tab only draws them).
Insights fixedInsights()
{
    Insights in;
    in.query.from = day1;
    in.query.until = day1.addDays(2);
    in.query.zone = QTimeZone::utc();
    in.query.now = QDateTime(day1.addDays(2), QTime(18, 0), Qt::UTC);
    const OutcomeFigures outcomes[3] = {{3, 1, 0, 2, 1}, {0, 0, 0, 0, 0}, {5, 2, 1, 0, 4}};
    const DurationFigures durations[3] = {{4, 1500, 9000}, {0, std::nullopt, std::nullopt}, {7, 2000, 61000}};
    const DeliveryFigures deliveries[3] = {{10, 1, 2, 3, 0, 1, 0}, {}, {4, 0, 0, 0, 2, 0, 5}};
    for (int i = 0; i < 3; ++i) {
        InsightsDay d;
        d.day = day1.addDays(i);
        d.outcomes = outcomes[i];
        d.durations = durations[i];
        d.deliveries = deliveries[i];
        in.days << d;
        in.outcomes.created += d.outcomes.created;
        in.outcomes.failed += d.outcomes.failed;
        in.outcomes.rejected += d.outcomes.rejected;
        in.outcomes.unconfirmed += d.outcomes.unconfirmed;
        in.outcomes.open += d.outcomes.open;
    }
    in.durations = {11, 2000, 61000};
    in.deliveries = {14, 1, 2, 3, 2, 1, 5};
    const QList<qint64> bounds = insightsHistogramBounds();
    for (qsizetype i = 0; i <= bounds.size(); ++i)
        in.histogram << DurationBucket{i < bounds.size() ? bounds[i] : -1, qint64((i * 3) % 5)};
    in.arrivals = {6, 4, 1, 2, 3, 1, 3.0 / 11.0, 1.0 / 3.0};
    in.now.open = 5;
    in.now.stuck = 2;
    in.now.oldestPendingSince = in.query.now.addSecs(-250);
    in.now.lastWebhookAt = in.query.now.addSecs(-12);
    return in;
}

// The numbers a panel's chart draws (its value axis labels: the day axis, titles and
// legend of these charts are words), as laid out in its view.
QStringList chartNumbers(InsightsPanel *panel)
{
    static const QRegularExpression number(QStringLiteral("^[0-9.,]+$"));
    QStringList out;
    for (const QGraphicsItem *item : panel->chartView()->scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible()) {
            if (const QString t = text->toPlainText(); number.match(t).hasMatch())
                out << t;
        }
    }
    return out;
}

// The tab on screen at 1200×900 with fixedInsights() drawn; false if it never showed.
bool showFixed(InsightsTab &tab)
{
    tab.resize(1200, 900);
    tab.show();
    if (!QTest::qWaitForWindowExposed(&tab))
        return false;
    tab.showInsights(fixedInsights());
    QApplication::processEvents();
    return true;
}

QAbstractBarSeries *barSeries(InsightsPanel *panel)
{
    return qobject_cast<QAbstractBarSeries *>(panel->chart()->series().value(0));
}

double cell(InsightsPanel *panel, int row, int column)
{
    const QVariant v = panel->model()->index(row, column).data(FigureTableModel::ValueRole);
    return v.isValid() ? v.toDouble() : -1;
}

// Where the middle of bar `row` of `set` is, in the chart view's viewport.
QPoint barMiddle(InsightsPanel *panel, int setIndex, int row)
{
    auto *series = qobject_cast<QStackedBarSeries *>(barSeries(panel));
    double below = 0;
    for (int s = 0; s < setIndex; ++s)
        below += series->barSets()[s]->at(row);
    const double mid = below + series->barSets()[setIndex]->at(row) / 2;
    QChart *chart = panel->chart();
    const QPointF inChart = chart->mapToPosition(QPointF(row, mid), series);
    return panel->chartView()->mapFromScene(chart->mapToScene(inChart));
}

// A desktop's engine on the SQLite file `path` that neither listens, sends nor reconciles: the
// window shows what is in the file.
EngineConfig viewerOf(const QString &path, const QString &dataDir)
{
    EngineConfig config;
    config.dbPath = path;
    config.dataDir = dataDir;
    config.listen = false;
    config.runOutbox = false;
    config.runReconciler = false;
    return config;
}

} // namespace

class TestInsightsTab : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(day1.addDays(2), QTime(18, 0), Qt::UTC)};
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setUpWindowTest(m_dir);
        InsightsWorker::registerMetaTypes();
    }

    // Every chart draws exactly the figures of the table beside it.
    void chartsEqualTheirTables()
    {
        InsightsTab tab(m_clock);
        tab.showInsights(fixedInsights());

        for (InsightsTab::Chart c : {InsightsTab::Outcomes, InsightsTab::Deliveries}) {
            InsightsPanel *p = tab.panel(c);
            QAbstractBarSeries *series = barSeries(p);
            QVERIFY(series);
            QCOMPARE(series->count(), p->model()->columnCount() - 1);
            QCOMPARE(p->model()->rowCount(), 3);
            for (int s = 0; s < series->count(); ++s) {
                QCOMPARE(series->barSets()[s]->label(), p->model()->headerData(s + 1, Qt::Horizontal).toString());
                for (int r = 0; r < 3; ++r)
                    QCOMPARE(series->barSets()[s]->at(r), cell(p, r, s + 1));
            }
        }
        // Known cells: day 3 of the outcomes (5 CREATED ... 4 open), day 1 of the deliveries.
        QCOMPARE(cell(tab.panel(InsightsTab::Outcomes), 2, 1), 5.0);
        QCOMPARE(cell(tab.panel(InsightsTab::Outcomes), 2, 5), 4.0);
        QCOMPARE(cell(tab.panel(InsightsTab::Deliveries), 0, 4), 3.0);

        // Durations: one point per day with a figure, at the table's seconds.
        InsightsPanel *durations = tab.panel(InsightsTab::Durations);
        const QList<QAbstractSeries *> lines = durations->chart()->series();
        QCOMPARE(lines.size(), 2);
        for (int l = 0; l < 2; ++l) {
            auto *line = qobject_cast<QLineSeries *>(lines[l]);
            QVERIFY(line);
            QCOMPARE(line->name(), durations->model()->headerData(l + 2, Qt::Horizontal).toString());
            const QList<QPointF> points = line->points();
            QCOMPARE(points.size(), 2); // day 2 has no durations
            for (const QPointF &pt : points)
                QCOMPARE(pt.y(), cell(durations, int(pt.x()), l + 2));
        }
        QCOMPARE(cell(durations, 0, 2), 1.5);
        QCOMPARE(cell(durations, 2, 3), 61.0);
        QCOMPARE(cell(durations, 1, 2), -1.0); // missing, shown empty
        QCOMPARE(durations->model()->index(1, 2).data().toString(), QString());

        InsightsPanel *histogram = tab.panel(InsightsTab::Histogram);
        QCOMPARE(histogram->model()->rowCount(), insightsHistogramBounds().size() + 1);
        const int buckets = histogram->model()->rowCount();
        for (int r = 0; r < buckets; ++r) // horizontal, the shortest at the top
            QCOMPARE(barSeries(histogram)->barSets()[0]->at(buckets - 1 - r), cell(histogram, r, 1));

        InsightsPanel *arrivals = tab.panel(InsightsTab::Arrivals);
        QCOMPARE(barSeries(arrivals)->barSets()[0]->count(), InsightsFigures::arrivalCountRows);
        // Horizontal bars, the first row at the top: bar i is row (count - 1 - i).
        for (int r = 0; r < InsightsFigures::arrivalCountRows; ++r)
            QCOMPARE(barSeries(arrivals)->barSets()[0]->at(InsightsFigures::arrivalCountRows - 1 - r),
                     cell(arrivals, r, 1));
        QCOMPARE(cell(arrivals, 0, 1), 6.0);
        QCOMPARE(cell(arrivals, 5, 1), 1.0);
        QCOMPARE(cell(arrivals, 6, 1), 300.0 / 11.0); // failure rate, %
        QCOMPARE(arrivals->model()->index(6, 1).data().toString(), QStringLiteral("27.3 %"));
        QCOMPARE(arrivals->model()->index(7, 1).data().toString(), QStringLiteral("33.3 %"));
        QVERIFY(arrivals->chart()->title().contains(QStringLiteral("27.3 %")));

        // The desk now, as text.
        QCOMPARE(tab.findChild<QLabel *>(QStringLiteral("insightsOpenNowLabel"))->text(),
                 QStringLiteral("Open now: 5"));
        QCOMPARE(tab.findChild<QLabel *>(QStringLiteral("insightsOldestPendingLabel"))->text(),
                 QStringLiteral("Oldest pending: 4 min 10 s"));
        QCOMPARE(tab.findChild<QLabel *>(QStringLiteral("insightsLastWebhookLabel"))->text(),
                 QStringLiteral("Last webhook: 12 s ago"));
        QCOMPARE(tab.stateText(), QString());
    }

    // The "now" line's ages count on while the tab is shown, with no new computation: a quiet
    // listener reads as quiet for longer and longer, not as "12 s ago" for ever.
    void nowAgesCountOnWhileShown()
    {
        ManualClock clock{QDateTime(day1.addDays(2), QTime(18, 0), Qt::UTC)};
        InsightsTab tab(clock);
        tab.resize(1200, 900);
        QSignalSpy computed(&tab, &InsightsTab::computeStarted);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showInsights(fixedInsights());
        auto *oldest = tab.findChild<QLabel *>(QStringLiteral("insightsOldestPendingLabel"));
        auto *webhook = tab.findChild<QLabel *>(QStringLiteral("insightsLastWebhookLabel"));
        QCOMPARE(oldest->text(), QStringLiteral("Oldest pending: 4 min 10 s"));
        QCOMPARE(webhook->text(), QStringLiteral("Last webhook: 12 s ago"));
        // A screen reader hears the figure, not only what it is about (audit 33).
        QCOMPARE(Test::accessibleText(webhook), webhook->text());
        QCOMPARE(Test::accessibleText(webhook, QAccessible::Description), QStringLiteral("Last webhook"));
        clock.advance(30 * 1000);
        QTRY_COMPARE(webhook->text(), QStringLiteral("Last webhook: 42 s ago"));
        QCOMPARE(oldest->text(), QStringLiteral("Oldest pending: 4 min 40 s"));
        QCOMPARE(computed.count(), 0); // no host: the figures were not asked for again

        // Hidden, it stops; shown again, it is right at once.
        tab.hide();
        clock.advance(60 * 1000);
        QTest::qWait(1200);
        QCOMPARE(webhook->text(), QStringLiteral("Last webhook: 42 s ago"));
        tab.show();
        QCOMPARE(webhook->text(), QStringLiteral("Last webhook: 1 min 42 s ago"));
    }

    // A real click on a bar (and on a point) asks for exactly its tickets.
    void clickingABarAsksForItsTickets()
    {
        InsightsTab tab(m_clock);
        tab.resize(1200, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        Insights in = fixedInsights();
        in.query.createdBy = QStringLiteral("ana");
        tab.showInsights(in);
        InsightsPanel *outcomes = tab.panel(InsightsTab::Outcomes);
        outcomes->chartView()->resize(outcomes->chartView()->size()); // laid out
        QApplication::processEvents();
        QSignalSpy requested(&tab, &InsightsTab::ticketsRequested);

        // Day 3, the FAILED part of the stack (set 1).
        QTest::mouseClick(outcomes->chartView()->viewport(), Qt::LeftButton, {}, barMiddle(outcomes, 1, 2));
        QCOMPARE(requested.count(), 1);
        auto n = requested.takeFirst().first().value<TicketNarrowing>();
        QCOMPARE(n.statusMask, 1u << int(TicketStatus::Failed));
        QCOMPARE(n.createdFromMs, in.query.dayStartMs(day1.addDays(2)));
        QCOMPARE(n.createdUntilMs, in.query.dayEndMs(day1.addDays(2)));
        QCOMPARE(n.createdBy, QStringLiteral("ana"));
        QVERIFY(!n.timedOnly);

        // Day 1, the open part (set 4): QUEUED, SUBMITTING and PENDING.
        QTest::mouseClick(outcomes->chartView()->viewport(), Qt::LeftButton, {}, barMiddle(outcomes, 4, 0));
        QCOMPARE(requested.count(), 1);
        n = requested.takeFirst().first().value<TicketNarrowing>();
        QCOMPARE(n.statusMask, (1u << int(TicketStatus::Queued)) | (1u << int(TicketStatus::Submitting)) |
                                   (1u << int(TicketStatus::Pending)));
        QCOMPARE(n.createdFromMs, in.query.dayStartMs(day1));

        // A point of the p95 line (day 3): the timed CREATED and FAILED tickets of that day.
        InsightsPanel *durations = tab.panel(InsightsTab::Durations);
        auto *p95 = qobject_cast<QLineSeries *>(durations->chart()->series().value(1));
        const QPointF at = durations->chart()->mapToPosition(p95->points().last(), p95);
        QTest::mouseClick(durations->chartView()->viewport(), Qt::LeftButton, {},
                          durations->chartView()->mapFromScene(durations->chart()->mapToScene(at)));
        QCOMPARE(requested.count(), 1);
        n = requested.takeFirst().first().value<TicketNarrowing>();
        QCOMPARE(n.statusMask, (1u << int(TicketStatus::Created)) | (1u << int(TicketStatus::Failed)));
        QVERIFY(n.timedOnly);
        QCOMPARE(n.createdFromMs, in.query.dayStartMs(day1.addDays(2)));

        // The keyboard's way: Enter on a cell of the outcomes table (day 2, REJECTED).
        FigureTableView *table = outcomes->tableView();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, 3));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        n = requested.takeFirst().first().value<TicketNarrowing>();
        QCOMPARE(n.statusMask, 1u << int(TicketStatus::Rejected));
        QCOMPARE(n.createdFromMs, in.query.dayStartMs(day1.addDays(1)));
    }

    // The charts write their axis numbers as the tables beside them do: the locale's
    // decimal separator, and a decimal only where the ticks need one.
    void axisNumbersSpeakTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        InsightsTab tab(m_clock);
        tab.resize(1200, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        Insights quick = fixedInsights(); // every p95 under 1.5 s: ticks between whole seconds
        quick.days[0].durations = {4, 300, 900};
        quick.days[2].durations = {7, 400, 1300};
        tab.showInsights(quick);
        QApplication::processEvents();
        const QStringList small = chartNumbers(tab.panel(InsightsTab::Durations));
        tab.showInsights(fixedInsights()); // up to 61 s
        QApplication::processEvents();
        const QStringList large = chartNumbers(tab.panel(InsightsTab::Durations));
        QLocale::setDefault(QLocale::c());

        QVERIFY2(small.size() >= 3, qPrintable(small.join(QLatin1Char('|'))));
        for (const QString &label : small)
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+,[0-9]$")).match(label).hasMatch(), qPrintable(label));
        QVERIFY2(large.size() >= 3, qPrintable(large.join(QLatin1Char('|'))));
        for (const QString &label : large)
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+$")).match(label).hasMatch(), qPrintable(label));
        QVERIFY(large.contains(QStringLiteral("0")));
    }

    // Count axes step by 1, 2 or 5 times a power of ten: the outcomes (at most 12 a day)
    // read 0, 5, 10, 15, not 0, 3, 6, 9, 12.
    void countAxesStepRoundly()
    {
        InsightsTab tab(m_clock);
        QVERIFY(showFixed(tab));
        QStringList labels = chartNumbers(tab.panel(InsightsTab::Outcomes));
        labels.sort();
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("0"), QStringLiteral("10"), QStringLiteral("15"), QStringLiteral("5")}));
    }

    // The filters wrap onto more lines in a narrow window rather than widen it (in one row they
    // made the main window 898 px wide at least): each shows whole, none over another, on one
    // line where the window has room.
    void filtersWrapInANarrowWindow()
    {
        InsightsTab tab(m_clock);
        QList<QWidget *> filters;
        for (const char *name : {"insightsRangeCombo", "insightsFromEdit", "insightsUntilEdit", "insightsOperatorEdit",
                                 "insightsCustomerEdit", "insightsStatusCombo", "insightsExportButton"}) {
            filters << tab.findChild<QWidget *>(QLatin1StringView(name));
            QVERIFY2(filters.last(), name);
        }
        QVERIFY2(tab.minimumSizeHint().width() <= 400, qPrintable(QString::number(tab.minimumSizeHint().width())));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        for (const int width : {1400, 640, 400}) {
            tab.resize(width, 900);
            QApplication::processEvents();
            QList<int> lines; // the middle of each line (a combo box and a line edit differ by a pixel or two)
            QList<QRect> taken;
            for (QWidget *filter : std::as_const(filters)) {
                const QRect at(filter->mapTo(&tab, QPoint(0, 0)), filter->size());
                QVERIFY2(tab.rect().contains(at),
                         qPrintable(QStringLiteral("%1 at %2 px").arg(filter->objectName()).arg(width)));
                QVERIFY2(filter->width() >= filter->minimumSizeHint().width(), qPrintable(filter->objectName()));
                for (const QRect &other : std::as_const(taken))
                    QVERIFY2(!other.intersects(at), qPrintable(filter->objectName()));
                taken << at;
                const int middle = at.center().y();
                if (std::none_of(lines.begin(), lines.end(), [middle](int y) { return std::abs(y - middle) < 4; }))
                    lines << middle;
            }
            if (width == 1400)
                QCOMPARE(lines.size(), qsizetype(1));
            else
                QVERIFY2(lines.size() > 1, qPrintable(QString::number(width)));
            // What follows the filters starts below them.
            const QWidget *now = tab.findChild<QWidget *>(QStringLiteral("insightsNow"));
            QVERIFY(now);
            for (const QRect &r : std::as_const(taken))
                QVERIFY2(now->mapTo(&tab, QPoint(0, 0)).y() >= r.bottom(), qPrintable(QString::number(width)));
        }
    }

    // Each table is as wide as its figures, every column in view, and its chart has the rest:
    // no blank strip inside a table, no table that must be scrolled sideways.
    void tablesTakeTheWidthOfTheirFigures()
    {
        InsightsTab tab(m_clock);
        QVERIFY(showFixed(tab));
        for (int c = 0; c < InsightsTab::ChartCount; ++c) {
            InsightsPanel *panel = tab.panel(InsightsTab::Chart(c));
            FigureTableView *table = panel->tableView();
            QVERIFY(table->model()->columnCount() >= 2);
            int columns = 0;
            for (int col = 0; col < table->model()->columnCount(); ++col)
                columns += table->columnWidth(col);
            const int chrome = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
            QVERIFY2(table->horizontalScrollBar()->maximum() == 0, qPrintable(panel->objectName()));
            QVERIFY2(table->width() <= columns + chrome, qPrintable(QStringLiteral("%1: %2 wide for %3 of columns")
                                                                        .arg(panel->objectName())
                                                                        .arg(table->width())
                                                                        .arg(columns)));
            QVERIFY2(panel->chartView()->width() > table->width(), qPrintable(panel->objectName()));
            QCOMPARE(panel->chartBox()->width() + table->width() + panel->layout()->spacing(), panel->width());
            QCOMPARE(panel->chartView()->width(), panel->chartBox()->contentsRect().width());
        }
    }

    // A chart's series names are shown whole at any width and in any language: where they do not
    // fit on one line under the chart, they wrap between names (Qt's own legend cut them short:
    // "Válid…", "Assi…").
    void legendsShowWholeNames()
    {
        InsightsTab tab(m_clock);
        tab.resize(640, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showInsights(fixedInsights());
        QApplication::processEvents();
        for (const InsightsTab::Chart c : {InsightsTab::Outcomes, InsightsTab::Durations, InsightsTab::Deliveries}) {
            InsightsPanel *panel = tab.panel(c);
            QStringList names;
            for (QAbstractSeries *series : panel->chart()->series()) {
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                    for (const QBarSet *set : bars->barSets())
                        names << set->label();
                } else {
                    names << series->name();
                }
            }
            QVERIFY2(names.size() >= 2, qPrintable(panel->objectName()));
            // What the panel shows in words: its chart's texts, and its labels' as read.
            QStringList shown;
            for (const QGraphicsItem *item : panel->chartView()->scene()->items()) {
                if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
                    shown << text->toPlainText();
            }
            for (const QLabel *label : panel->findChildren<QLabel *>()) {
                if (label->isVisible() && label->height() >= label->heightForWidth(label->width())) {
                    QTextDocument read;
                    read.setHtml(label->text());
                    shown << read.toPlainText().replace(QChar(0xa0), QLatin1Char(' '));
                }
            }
            const QString all = shown.join(QLatin1Char('\n'));
            for (const QString &name : std::as_const(names))
                QVERIFY2(
                    all.contains(name),
                    qPrintable(QStringLiteral("%1: “%2” not shown whole in:\n%3").arg(panel->objectName(), name, all)));
        }
    }

    void exportsWriteTheFigures()
    {
        InsightsTab tab(m_clock);
        tab.resize(1200, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showInsights(fixedInsights());
        InsightsPanel *outcomes = tab.panel(InsightsTab::Outcomes);

        const QString png = m_dir.filePath(QStringLiteral("outcomes.png"));
        QVERIFY(outcomes->exportPng(png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        // The chart with its legend under it.
        QCOMPARE(image.size(), outcomes->chartBox()->size() * outcomes->chartBox()->devicePixelRatioF());
        QVERIFY(outcomes->legend()->isVisible());
        QVERIFY(image.height() >
                (outcomes->chartView()->height() + outcomes->legend()->height()) * outcomes->devicePixelRatioF() - 1);

        const QString svg = m_dir.filePath(QStringLiteral("outcomes.svg"));
        QVERIFY(outcomes->exportSvg(svg));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("</svg>"));
        QVERIFY(svgText.contains(TicketModel::statusLabel(TicketStatus::Created).toUtf8())); // the legend

        const QString csv = m_dir.filePath(QStringLiteral("outcomes.csv"));
        QVERIFY(outcomes->exportCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString header = QStringList{QStringLiteral("Day"),
                                           TicketModel::statusLabel(TicketStatus::Created),
                                           TicketModel::statusLabel(TicketStatus::Failed),
                                           TicketModel::statusLabel(TicketStatus::Rejected),
                                           TicketModel::statusLabel(TicketStatus::Unconfirmed),
                                           QStringLiteral("Open")}
                                   .join(QLatin1Char(','));
        QCOMPARE(QString::fromUtf8(csvFile.readAll()),
                 header +
                     QStringLiteral("\r\n2026-06-01,3,1,0,2,1\r\n2026-06-02,0,0,0,0,0\r\n2026-06-03,5,2,1,0,4\r\n"));

        const QString durationsCsv = m_dir.filePath(QStringLiteral("durations.csv"));
        QVERIFY(tab.panel(InsightsTab::Durations)->exportCsv(durationsCsv));
        QFile d(durationsCsv);
        QVERIFY(d.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(d.readAll()),
                 QStringLiteral("Day,Tickets timed,p50 (s),p95 (s)\r\n2026-06-01,4,1.500,9.000\r\n2026-06-02,0,,\r\n"
                                "2026-06-03,7,2.000,61.000\r\n"));
        // An unwritable path fails, each format saying why (it said only "Could not write").
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("png"), QStringLiteral("svg")}) {
            const QString target = m_dir.filePath(QStringLiteral("missing/dir/x.") + format);
            QString why;
            const bool written = format == u"csv"   ? outcomes->exportCsv(target, &why)
                                 : format == u"png" ? outcomes->exportPng(target, &why)
                                                    : outcomes->exportSvg(target, &why);
            QVERIFY(!written);
            QVERIFY2(why.contains(QStringLiteral("No such file or directory")), qPrintable(format + u": " + why));
            QVERIFY(!QFile::exists(target));
        }
    }

    void ctrlCCopiesTheSelectionAsTsv()
    {
        InsightsTab tab(m_clock);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showInsights(fixedInsights());
        FigureTableView *table = tab.panel(InsightsTab::Outcomes)->tableView();
        QAbstractItemModel *m = table->model();
        table->selectionModel()->select(QItemSelection(m->index(0, 0), m->index(2, 2)), QItemSelectionModel::Select);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QString expected =
            QStringLiteral("Day\t%1\t%2\n%3\t3\t1\n%4\t0\t0\n%5\t5\t2\n")
                .arg(TicketModel::statusLabel(TicketStatus::Created), TicketModel::statusLabel(TicketStatus::Failed),
                     InsightsFigures::dayLabel(day1), InsightsFigures::dayLabel(day1.addDays(1)),
                     InsightsFigures::dayLabel(day1.addDays(2)));
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    }

    // A range across New Year names the years in its table and axis title; the bars keep
    // short labels. 30 Nov 2025 and 30 Nov 2026 were both "30 Nov".
    void aRangeAcrossAYearNamesTheYears()
    {
        InsightsTab tab(m_clock);
        for (const int length : {4, 15}) {
            Insights in = fixedInsights();
            in.days.clear();
            const QDate first(2026, 12, 31 - length + 2);
            for (int i = 0; i < length; ++i)
                in.days << InsightsDay{first.addDays(i), {}, {}, {}};
            in.query.from = first;
            in.query.until = first.addDays(length - 1);
            tab.showInsights(in);
            InsightsPanel *outcomes = tab.panel(InsightsTab::Outcomes);
            const QString firstRow = outcomes->model()->index(0, 0).data().toString();
            const QString lastRow = outcomes->model()->index(length - 1, 0).data().toString();
            QVERIFY2(firstRow.contains(QStringLiteral("2026")) && lastRow.contains(QStringLiteral("2027")),
                     qPrintable(firstRow + QStringLiteral(" / ") + lastRow));
            QAbstractAxis *axis = outcomes->chart()->axes(Qt::Horizontal).value(0);
            QVERIFY(axis);
            if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis)) {
                QCOMPARE(bars->categories().size(), length);
                QVERIFY2(!bars->categories().first().contains(QStringLiteral("2026")),
                         qPrintable(bars->categories().first()));
            } else {
                QVERIFY2(axis->titleText().contains(QStringLiteral("2026")) &&
                             axis->titleText().contains(QStringLiteral("2027")),
                         qPrintable(axis->titleText()));
            }
        }
        // Within one year, no year: as before.
        tab.showInsights(fixedInsights());
        const QString label = tab.panel(InsightsTab::Outcomes)->model()->index(0, 0).data().toString();
        QVERIFY2(!label.isEmpty() && !label.contains(QString::number(day1.year())), qPrintable(label));
    }

    // Focus on a figure table below the fold scrolls it into view: Tab from the controls left
    // the focused table off screen.
    void aFocusedTableIsScrolledIntoView()
    {
        InsightsTab tab(m_clock);
        tab.resize(1000, 500);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showInsights(fixedInsights());
        QApplication::processEvents();
        auto *scroll = tab.findChild<QScrollArea *>(QStringLiteral("insightsScrollArea"));
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        FigureTableView *last = tab.panel(InsightsTab::Deliveries)->tableView();
        const auto inView = [&] {
            const QRect where(last->mapTo(scroll->viewport(), QPoint(0, 0)), last->size());
            return scroll->viewport()->rect().intersects(where);
        };
        QVERIFY(!inView());
        last->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(inView());
        QVERIFY(scroll->verticalScrollBar()->value() > 0);

        // Only its header row in sight at the bottom edge, then Shift+Tab onto it: its focused
        // cell (the last row's) is brought into sight, not left below the edge.
        const QModelIndex cell = last->model()->index(last->model()->rowCount() - 1, 1);
        last->setCurrentIndex(cell);
        const auto cellShown = [&] {
            const QRect where(last->viewport()->mapTo(scroll->viewport(), last->visualRect(cell).topLeft()),
                              last->visualRect(cell).size());
            return scroll->viewport()->rect().contains(where);
        };
        tab.findChild<QWidget *>(QStringLiteral("insightsControls"))->setFocus();
        const int top = last->mapTo(scroll->widget(), QPoint(0, 0)).y();
        scroll->verticalScrollBar()->setValue(top - scroll->viewport()->height() + 12);
        QVERIFY(inView());
        QVERIFY(!cellShown());
        last->setFocus(Qt::BacktabFocusReason);
        QTRY_VERIFY(cellShown());
    }

    // The range's p50 and p95 above the chart agree with the table's seconds: "1 s" for
    // 1.502 s read as a different figure from the table's 1.5.
    void rangePercentilesKeepTheirTenths()
    {
        InsightsTab tab(m_clock);
        Insights in = fixedInsights();
        in.durations = {3, 1200, 1502};
        tab.showInsights(in);
        QVERIFY2(tab.panel(InsightsTab::Durations)
                     ->chart()
                     ->title()
                     .endsWith(QStringLiteral(" — range p50 1.2 s, p95 1.5 s")),
                 qPrintable(tab.panel(InsightsTab::Durations)->chart()->title()));
        in.durations = {3, 59'960, 77'600};
        tab.showInsights(in);
        QVERIFY2(tab.panel(InsightsTab::Durations)
                     ->chart()
                     ->title()
                     .endsWith(QStringLiteral("range p50 1 min 0 s, p95 1 min 17 s")),
                 qPrintable(tab.panel(InsightsTab::Durations)->chart()->title()));
    }

    // An export is offered under the days it shows, not only the last one's date.
    void anExportIsNamedByItsDays()
    {
        InsightsTab tab(m_clock);
        tab.showInsights(fixedInsights());
        auto *csv = tab.findChild<QAction *>(QStringLiteral("deliveryHealthExportCSV"));
        QVERIFY(csv);
        Test::OfferedFile offered;
        Test::answerNextFileDialog(&tab, QString(), &offered); // cancelled: nothing is written
        csv->trigger();
        QVERIFY2(offered.file.endsWith(QStringLiteral("/deliveryHealth-%1-to-%2.csv")
                                           .arg(day1.toString(Qt::ISODate), day1.addDays(2).toString(Qt::ISODate))),
                 qPrintable(offered.file));
    }

    void statesAreSaid()
    {
        InsightsTab tab(m_clock);
        Insights empty = fixedInsights();
        for (InsightsDay &d : empty.days)
            d = InsightsDay{d.day, {}, {}, {}};
        empty.outcomes = {};
        empty.deliveries = {};
        tab.showInsights(empty);
        QVERIFY2(tab.stateText().startsWith(QStringLiteral("Nothing in this range")), qPrintable(tab.stateText()));
        QVERIFY(tab.findChild<QLabel *>(QStringLiteral("insightsStateLabel"))->isVisibleTo(&tab));
        // Tickets filtered away, webhooks still counted: said, not left as empty charts.
        Insights filteredAway = empty;
        filteredAway.deliveries = fixedInsights().deliveries;
        filteredAway.query.createdBy = QStringLiteral("anna");
        tab.showInsights(filteredAway);
        QVERIFY2(tab.stateText().startsWith(QStringLiteral("No ticket created from")) &&
                     tab.stateText().contains(QStringLiteral("matches the filters")),
                 qPrintable(tab.stateText()));
        // A name where the customer's ID goes: said as such, not as "no ticket matches".
        Insights byName = filteredAway;
        byName.query.createdBy.clear();
        byName.query.customerId = QStringLiteral("Ana");
        tab.showInsights(byName);
        QVERIFY2(tab.stateText().startsWith(QStringLiteral("“Ana” is not a customer ID.")),
                 qPrintable(tab.stateText()));
        // Braces are no part of a customer's ID (QUuid would take them).
        byName.query.customerId = QStringLiteral("{6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71}");
        tab.showInsights(byName);
        QVERIFY2(tab.stateText().contains(QStringLiteral("is not a customer ID")), qPrintable(tab.stateText()));
        byName.query.customerId = QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71");
        tab.showInsights(byName);
        QVERIFY2(tab.stateText().startsWith(QStringLiteral("No ticket created from")), qPrintable(tab.stateText()));
        // A computation that failed: the last figures go with Export, not shown as this range's.
        auto *exportButton = tab.findChild<QToolButton *>(QStringLiteral("insightsExportButton"));
        tab.showInsights(fixedInsights());
        QVERIFY(tab.panel(InsightsTab::Outcomes)->model()->rowCount() > 0 && exportButton->isEnabled());
        tab.showError(QStringLiteral("The database is locked."));
        QCOMPARE(tab.stateText(), QStringLiteral("The figures could not be computed: The database is locked."));
        QCOMPARE(tab.panel(InsightsTab::Outcomes)->model()->rowCount(), 0);
        QVERIFY(!exportButton->isEnabled());
        tab.showInsights(fixedInsights());
        QCOMPARE(tab.stateText(), QString());
        QVERIFY(!tab.findChild<QLabel *>(QStringLiteral("insightsStateLabel"))->isVisibleTo(&tab));
    }

    // A one-line state comes and goes above the charts without moving them.
    void stateKeepsTheChartsInPlace()
    {
        InsightsTab tab(m_clock);
        tab.resize(900, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showInsights(fixedInsights());
        auto *charts = tab.findChild<QWidget *>(QStringLiteral("insightsScrollArea"));
        auto *state = tab.findChild<QLabel *>(QStringLiteral("insightsStateLabel"));
        QVERIFY(charts && state);
        const auto top = [&] {
            tab.layout()->activate();
            return charts->mapTo(&tab, QPoint(0, 0)).y();
        };
        QVERIFY(!state->isVisibleTo(&tab));
        const int before = top();
        tab.showError(QStringLiteral("The database is locked."));
        QVERIFY(state->isVisibleTo(&tab));
        QCOMPARE(top(), before);
        tab.showInsights(fixedInsights());
        QVERIFY(!state->isVisibleTo(&tab));
        QCOMPARE(top(), before);
    }

    // Past 20 days a day's bar is too narrow for its label: every other day is
    // labelled, on its bar; past 45 days one label per month, in the middle of its
    // days. A bar still asks for its own day's tickets.
    void longRangesLabelFewerDays()
    {
        {
            Insights month = fixedInsights();
            month.days.clear();
            month.query.until = day1.addDays(29);
            for (int i = 0; i < 30; ++i)
                month.days << InsightsDay{day1.addDays(i), {i % 3, 1, 0, 0, 0}, {}, {i % 4, 0, 1, 0, 0, 0, 0}};
            InsightsTab tab(m_clock);
            tab.showInsights(month);
            for (InsightsTab::Chart c : {InsightsTab::Outcomes, InsightsTab::Durations, InsightsTab::Deliveries}) {
                auto *axis = qobject_cast<QCategoryAxis *>(tab.panel(c)->chart()->axes(Qt::Horizontal).value(0));
                QVERIFY2(axis, qPrintable(tab.panel(c)->objectName()));
                QCOMPARE(axis->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
                const QStringList labels = axis->categoriesLabels();
                QCOMPARE(labels.size(), 15);
                for (int k = 0; k < 15; ++k) {
                    QCOMPARE(labels[k], QString::number(day1.addDays(2 * k).day()));
                    QCOMPARE(axis->endValue(labels[k]), 2.0 * k);
                }
                QCOMPARE(axis->min(), -0.5);
                QCOMPARE(axis->max(), 29.5);
            }
        }

        Insights in;
        in.query.from = day1; // 1 June
        in.query.until = day1.addDays(89);
        in.query.zone = QTimeZone::utc();
        in.query.now = QDateTime(in.query.until, QTime(18, 0), Qt::UTC);
        for (int i = 0; i < 90; ++i) {
            InsightsDay d;
            d.day = day1.addDays(i);
            d.outcomes = {1 + i % 4, i % 3, 0, 0, 1};
            d.durations = {2, 1000 + 10 * i, 5000 + 10 * i};
            in.days << d;
        }
        InsightsTab tab(m_clock);
        tab.resize(1200, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showInsights(in);
        QApplication::processEvents();
        const QLocale locale;
        const QStringList months{locale.toString(QDate(2026, 6, 1), QStringLiteral("MMM yyyy")),
                                 locale.toString(QDate(2026, 7, 1), QStringLiteral("MMM yyyy")),
                                 locale.toString(QDate(2026, 8, 1), QStringLiteral("MMM yyyy"))};
        for (InsightsTab::Chart c : {InsightsTab::Outcomes, InsightsTab::Durations, InsightsTab::Deliveries}) {
            const QList<QAbstractAxis *> axes = tab.panel(c)->chart()->axes(Qt::Horizontal);
            QCOMPARE(axes.size(), 1);
            auto *axis = qobject_cast<QCategoryAxis *>(axes.first());
            QVERIFY2(axis, qPrintable(tab.panel(c)->objectName()));
            QCOMPARE(axis->categoriesLabels(), months);
            // June is days 0..29, July 30..60, August 61..89 of the range.
            QCOMPARE(axis->startValue(), -0.5);
            QCOMPARE(axis->endValue(months[0]), 29.5);
            QCOMPARE(axis->endValue(months[1]), 60.5);
            QCOMPARE(axis->endValue(months[2]), 89.5);
            QCOMPARE(axis->min(), -0.5);
            QCOMPARE(axis->max(), 89.5);
            QVERIFY(axis->titleText().contains(InsightsFigures::dayLabel(day1)));
        }
        // The bar of 15 July (row 44) is where its day is.
        InsightsPanel *outcomes = tab.panel(InsightsTab::Outcomes);
        QSignalSpy requested(&tab, &InsightsTab::ticketsRequested);
        QTest::mouseClick(outcomes->chartView()->viewport(), Qt::LeftButton, {}, barMiddle(outcomes, 0, 44));
        QCOMPARE(requested.count(), 1);
        const auto n = requested.takeFirst().first().value<TicketNarrowing>();
        QCOMPARE(n.createdFromMs, in.query.dayStartMs(QDate(2026, 7, 15)));
        QCOMPARE(n.statusMask, 1u << int(TicketStatus::Created));
    }

    // A preset range shows its days in the (disabled) date edits; Custom starts from them.
    void presetRangeShowsItsDays()
    {
        InsightsTab tab(m_clock);
        auto *from = tab.findChild<QDateEdit *>(QStringLiteral("insightsFromEdit"));
        auto *until = tab.findChild<QDateEdit *>(QStringLiteral("insightsUntilEdit"));
        QVERIFY(from && until);
        const QDate today = m_clock.now().toLocalTime().date();
        tab.setRange(InsightsTab::Range::Month);
        QCOMPARE(from->date(), today.addDays(-29));
        QCOMPARE(until->date(), today);
        QVERIFY(!from->isEnabled());
        tab.setRange(InsightsTab::Range::Today);
        QCOMPARE(from->date(), today);
        tab.setRange(InsightsTab::Range::Custom);
        QVERIFY(from->isEnabled());
        QCOMPARE(tab.query().from, today);
        QCOMPARE(tab.query().until, today);
    }

    // The filters ask for room for their whole placeholder, however long its
    // translation, beside the clear button, and get it where the row has room;
    // they never make the tab's minimum wider.
    void filtersShowTheirPlaceholders()
    {
        InsightsTab tab(m_clock);
        const int narrowest = tab.minimumSizeHint().width();
        tab.resize(1600, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        for (const char *name : {"insightsOperatorEdit", "insightsCustomerEdit"}) {
            auto *edit = tab.findChild<QLineEdit *>(QLatin1StringView(name));
            QVERIFY(edit);
            edit->setPlaceholderText(QStringLiteral("Todos os operadores e todas as operadoras")); // a long translation
            edit->updateGeometry();
        }
        QTRY_VERIFY(tab.findChild<QLineEdit *>(QStringLiteral("insightsOperatorEdit"))->width() > 250);
        for (const char *name : {"insightsOperatorEdit", "insightsCustomerEdit"}) {
            auto *edit = tab.findChild<QLineEdit *>(QLatin1StringView(name));
            QVERIFY2(edit->width() >= edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 40, name);
        }
        QCOMPARE(tab.minimumSizeHint().width(), narrowest);
    }

    void chartsFollowThePalette()
    {
        InsightsTab tab(m_clock);
        tab.showInsights(fixedInsights());
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1b));
        tab.setPalette(dark);
        for (int c = 0; c < InsightsTab::ChartCount; ++c) {
            QChart *chart = tab.panel(InsightsTab::Chart(c))->chart();
            QCOMPARE(chart->theme(), QChart::ChartThemeDark);
            QCOMPARE(chart->backgroundBrush().color(), QColor(0x18, 0x18, 0x1b));
            QCOMPARE(chart->titleBrush().color(), QColor(0xee, 0xee, 0xee));
        }
        // The figures keep their own colours: FAILED stays red in the dark.
        auto *series = barSeries(tab.panel(InsightsTab::Outcomes));
        QCOMPARE(series->barSets()[1]->color(), QColor(0xd9, 0x3b, 0x3b));
    }

    // The whole way on a real SQLite store: the window's engine, the tab's own thread and connection, a
    // click on a bar, and the ticket table narrowed to exactly that bar's tickets; Esc ends it.
    void windowShowsTheTicketsOfABar()
    {
        const QString path = m_dir.filePath(QStringLiteral("insights.sqlite"));
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const auto at = [&zone](int day, int hour) { return QDateTime(day1.addDays(day), QTime(hour, 0), zone); };
        QList<qint64> failedDay2, createdDay2, timedDay2, createdDay1;
        {
            SystemClock clock;
            TicketStore store(clock);
            QVERIFY(store.open(path).ok());
            int n = 0;
            const auto add = [&](TicketStatus status, const QDateTime &created, bool timed) {
                Ticket t;
                t.customerId = QStringLiteral("cccccccc-1111-4222-8333-44444444444%1").arg(n % 3);
                t.summary = QStringLiteral("Ticket %1").arg(++n);
                t.description = QStringLiteral("x");
                t.status = status;
                t.createdBy = QStringLiteral("ana");
                t.createdAt = created;
                if (status != TicketStatus::Queued) {
                    t.ticketId = QStringLiteral("tid-%1").arg(n);
                    t.submittedAt = created.addSecs(2);
                }
                if (timed)
                    t.outcomeAt = created.addSecs(2 + n);
                const qint64 id = store.insertTicket(t);
                return id;
            };
            createdDay1 << add(TicketStatus::Created, at(0, 10), true) << add(TicketStatus::Created, at(0, 23), true);
            createdDay2 << add(TicketStatus::Created, at(1, 0), true) << add(TicketStatus::Created, at(1, 12), true);
            failedDay2 << add(TicketStatus::Failed, at(1, 9), true) << add(TicketStatus::Failed, at(1, 22), false);
            add(TicketStatus::Pending, at(1, 11), false);
            add(TicketStatus::Queued, at(2, 1), false);
            add(TicketStatus::Failed, at(3, 1), true); // the day after the range
            QVERIFY(!createdDay1.contains(0) && !createdDay2.contains(0) && !failedDay2.contains(0));
            timedDay2 = createdDay2 + QList<qint64>{failedDay2.first()};
            // Deliveries: two valid ones on day 2 (for a day-1 and a day-2 ticket), a
            // duplicate, and a bad signature on day 1 that no ticket is tied to.
            const auto received = [&store](const QDateTime &at, const QString &verdict, qint64 local) {
                DeliveryRecord r;
                r.receivedAt = at;
                r.verdict = verdict;
                r.localTicketId = local;
                return store.recordDelivery(r) > 0;
            };
            QVERIFY(received(at(1, 8), QStringLiteral("applied"), createdDay1.first()));
            QVERIFY(received(at(1, 9), QStringLiteral("applied"), failedDay2.first()));
            QVERIFY(received(at(1, 10), QStringLiteral("duplicate"), createdDay1.first()));
            QVERIFY(received(at(0, 12), QStringLiteral("bad-signature"), 0));
        }

        SystemClock clock;
        const EngineConfig config = viewerOf(path, m_dir.path());
        EngineHost host(clock);
        MainWindow window(host.service(), clock, config, nullptr, false);
        window.resize(1280, 800);
        QSignalSpy ready(&window, &MainWindow::ticketsReady);
        window.show();
        host.start(config);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);

        InsightsTab *tab = window.insightsTab();
        QSignalSpy started(tab, &InsightsTab::computeStarted);
        tab->setCustomRange(day1, day1.addDays(2));
        QCOMPARE(started.count(), 0); // hidden: nothing computed
        window.findChild<QAction *>(QStringLiteral("showInsightsAction"))->trigger();
        QTRY_VERIFY(tab->shown().has_value() && !tab->isComputing());
        QCOMPARE(started.count(), 1);
        QCOMPARE(tab->shown()->query.from, day1);
        // Stuck as the window counts it (the reconcile-after setting), not the query's default.
        QCOMPARE(tab->shown()->query.stuckAfterMs, qint64(config.reconcileAfterSeconds) * 1000);
        QCOMPARE(tab->shown()->days.size(), 3);
        QCOMPARE(tab->shown()->days[1].outcomes.failed, 2);
        QCOMPARE(tab->shown()->days[1].outcomes.created, 2);
        QCOMPARE(tab->shown()->days[1].outcomes.open, 1);
        QCOMPARE(tab->stateText(), QString());

        InsightsPanel *outcomes = tab->panel(InsightsTab::Outcomes);
        QApplication::processEvents();
        QTest::mouseClick(outcomes->chartView()->viewport(), Qt::LeftButton, {}, barMiddle(outcomes, 1, 1));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("ticketsPage"));
        const auto shownIds = [&window] {
            QList<qint64> ids;
            for (int r = 0; r < window.ticketProxy()->rowCount(); ++r)
                ids << window.ticketModel()->row(window.ticketProxy()->sourceRow(r)).id;
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(shownIds(), failedDay2);
        auto *bar = window.findChild<QWidget *>(QStringLiteral("narrowingBar"));
        QVERIFY(bar->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("narrowingLabel"))->text().contains(QStringLiteral("(2 in")));

        // Esc shows every ticket again.
        QTest::keyClick(window.findChild<QTableView *>(QStringLiteral("ticketTable")), Qt::Key_Escape);
        QTRY_VERIFY(!bar->isVisible());
        QCOMPARE(window.ticketProxy()->rowCount(), 9);

        // A point of the p50 line: day 2's timed CREATED and FAILED tickets.
        window.showInsights();
        InsightsPanel *durations = tab->panel(InsightsTab::Durations);
        auto *p50 = qobject_cast<QLineSeries *>(durations->chart()->series().value(0));
        QVERIFY(p50);
        const QPointF point = durations->chart()->mapToPosition(QPointF(1, p50->at(1).y()), p50);
        QApplication::processEvents();
        QTest::mouseClick(durations->chartView()->viewport(), Qt::LeftButton, {},
                          durations->chartView()->mapFromScene(durations->chart()->mapToScene(point)));
        std::sort(timedDay2.begin(), timedDay2.end());
        QCOMPARE(shownIds(), timedDay2);
        window.findChild<QPushButton *>(QStringLiteral("clearNarrowingButton"))->click();
        QVERIFY(!bar->isVisible());

        // A delivery health bar: day 2's valid deliveries, applied to a day-1 and a day-2 ticket.
        window.showInsights();
        InsightsPanel *deliveries = tab->panel(InsightsTab::Deliveries);
        QCOMPARE(tab->shown()->days[1].deliveries.valid, 2);
        QApplication::processEvents();
        QTest::mouseClick(deliveries->chartView()->viewport(), Qt::LeftButton, {}, barMiddle(deliveries, 0, 1));
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("ticketsPage"));
        QList<qint64> deliveredDay2{createdDay1.first(), failedDay2.first()};
        std::sort(deliveredDay2.begin(), deliveredDay2.end());
        QCOMPARE(shownIds(), deliveredDay2);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("narrowingLabel"))->text().contains(QStringLiteral("(2 in")));
        window.findChild<QPushButton *>(QStringLiteral("clearNarrowingButton"))->click();
        QVERIFY(!bar->isVisible());

        // The keyboard's way, to a bar no ticket is tied to (day 1, bad signature): said, not shown.
        window.showInsights();
        FigureTableView *deliveryTable = deliveries->tableView();
        deliveryTable->setFocus();
        deliveryTable->setCurrentIndex(deliveryTable->model()->index(0, 4));
        QTest::keyClick(deliveryTable, Qt::Key_Return);
        QTRY_VERIFY2(tab->stateText().contains(QStringLiteral("No ticket is tied")), qPrintable(tab->stateText()));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(tab));
        QVERIFY(!bar->isVisible());
        QCOMPARE(window.ticketProxy()->rowCount(), 9);

        // Live: changes recompute while shown, never two at once, at most once a second.
        auto *insightsHost = window.findChild<InsightsHost *>(QStringLiteral("insightsHost"));
        QVERIFY(insightsHost);
        int answered = int(started.count());
        bool overlapped = false;
        connect(insightsHost, &InsightsHost::computed, this, [&answered] { ++answered; });
        connect(insightsHost, &InsightsHost::failed, this, [&answered] { ++answered; });
        QList<qint64> startTimes;
        QElapsedTimer clockMs;
        clockMs.start();
        connect(tab, &InsightsTab::computeStarted, this, [&] {
            overlapped = overlapped || answered != int(started.count()) - 1;
            startTimes << clockMs.elapsed();
        });
        window.showInsights();
        QTRY_VERIFY(!tab->isComputing());
        const int before = int(started.count());
        startTimes.clear();
        tab->markStale();
        QTRY_VERIFY(started.count() > before);
        tab->markStale(); // during the computation or just after it: one more, a second after the last
        tab->markStale();
        QTRY_COMPARE(started.count(), before + 2);
        QTRY_VERIFY(!tab->isComputing());
        QCOMPARE(started.count(), before + 2);
        QVERIFY(!overlapped);
        QCOMPARE(startTimes.size(), 2);
        QVERIFY2(startTimes[1] - startTimes[0] >= 990, qPrintable(QString::number(startTimes[1] - startTimes[0])));
        // Hidden: a change only marks the figures stale; showing the tab computes them.
        window.showTickets();
        tab->markStale();
        // Longer than the one-second spacing: a computation would have started by now.
        QTest::qWait(1100);
        QCOMPARE(started.count(), before + 2);
        window.showInsights();
        QTRY_COMPARE(started.count(), before + 3);
        QTRY_VERIFY(!tab->isComputing());
        QVERIFY(!overlapped);

        // A range that cannot be computed: the last range's charts go, and cannot be exported
        // as this one's. A range that can brings both back.
        auto *exportButton = tab->findChild<QToolButton *>(QStringLiteral("insightsExportButton"));
        QVERIFY(exportButton && exportButton->isEnabled());
        QCOMPARE(outcomes->model()->rowCount(), 3);
        tab->setCustomRange(day1.addDays(2), day1);
        QTRY_VERIFY2(tab->stateText().contains(QStringLiteral("first day comes after the last")),
                     qPrintable(tab->stateText()));
        QCOMPARE(outcomes->model()->rowCount(), 0);
        QCOMPARE(tab->panel(InsightsTab::Deliveries)->model()->rowCount(), 0);
        QVERIFY(!outcomes->chart()->title().contains(QStringLiteral("tickets")));
        QVERIFY(!exportButton->isEnabled());
        tab->setCustomRange(day1, day1.addDays(2));
        QTRY_COMPARE(outcomes->model()->rowCount(), 3); // perhaps after a day-long range on the way
        QTRY_VERIFY(!tab->isComputing());
        QVERIFY(exportButton->isEnabled());
        QVERIFY2(!tab->stateText().contains(QStringLiteral("could not be computed")), qPrintable(tab->stateText()));
        window.close();
    }

    // Left open over midnight on "Today", the tab moves to the new day by itself: it went on
    // showing yesterday (the ages ticking) until the range was chosen again.
    void todayMovesOnAtMidnight()
    {
        const QString path = m_dir.filePath(QStringLiteral("midnight.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(23, 59, 30)).toUTC());
        const EngineConfig config = viewerOf(path, m_dir.path());
        EngineHost host(clock);
        MainWindow window(host.service(), clock, config, nullptr, false);
        QSignalSpy ready(&window, &MainWindow::ticketsReady);
        window.show();
        host.start(config);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        InsightsTab *tab = window.insightsTab();
        tab->setRange(InsightsTab::Range::Today);
        window.findChild<QAction *>(QStringLiteral("showInsightsAction"))->trigger();
        QTRY_VERIFY(tab->shown().has_value() && !tab->isComputing());
        QCOMPARE(tab->shown()->query.from, QDate(2026, 12, 7));
        QSignalSpy started(tab, &InsightsTab::computeStarted);
        clock.advance(20 * 1000); // still the 7th: nothing to compute again
        QTest::qWait(1300);
        QCOMPARE(started.count(), 0);
        clock.advance(20 * 1000); // 00:00:10 on the 8th
        QTRY_VERIFY_WITH_TIMEOUT(started.count() >= 1, 5000);
        QTRY_VERIFY(tab->shown().has_value() && !tab->isComputing());
        QCOMPARE(tab->shown()->query.from, QDate(2026, 12, 8));
        QCOMPARE(tab->shown()->query.until, QDate(2026, 12, 8));
        // A range chosen by dates stays as chosen.
        tab->setCustomRange(QDate(2026, 12, 1), QDate(2026, 12, 8));
        QTRY_VERIFY(tab->shown().has_value() && !tab->isComputing() && tab->shown()->query.from == QDate(2026, 12, 1));
        started.clear();
        clock.advance(24 * 3600 * 1000);
        QTest::qWait(1300);
        QCOMPARE(started.count(), 0);
        window.close();
    }
};

QTEST_MAIN(TestInsightsTab)
#include "tst_insightstab.moc"
