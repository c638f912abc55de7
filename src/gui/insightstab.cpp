// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/insightstab.h"

#include "core/clock.h"
#include "core/localizedtext.h"
#include "core/webhookevent.h"
#include "gui/clearbutton.h"
#include "gui/figuretableview.h"
#include "gui/flowlayout.h"
#include "gui/insightscharts.h"
#include "gui/insightsfigures.h"
#include "gui/insightshost.h"
#include "gui/insightspanel.h"
#include "gui/recentfolders.h"
#include "gui/ticketmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedBarSeries>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace TicketDesk {

namespace {

constexpr int minimumSpacingMs = 1000; // at most one computation a second
constexpr int nowStaleAfterMs = 30000; // shown again after this long: computed again

quint32 bit(TicketStatus s)
{
    return 1u << int(s);
}

// The statuses of outcome column `column` (FigureTable order: CREATED, FAILED, REJECTED, UNCONFIRMED, open).
quint32 outcomeStatuses(int column)
{
    switch (column) {
    case 0:
        return bit(TicketStatus::Created);
    case 1:
        return bit(TicketStatus::Failed);
    case 2:
        return bit(TicketStatus::Rejected);
    case 3:
        return bit(TicketStatus::Unconfirmed);
    default:
        return bit(TicketStatus::Queued) | bit(TicketStatus::Submitting) | bit(TicketStatus::Pending);
    }
}

const char *const chartNames[InsightsTab::ChartCount] = {"outcomes", "durations", "histogram", "arrivals",
                                                         "deliveryHealth"};

// A filter field that asks for room for its whole placeholder, however long its
// translation, beside the clear button; in a narrow window it still shrinks, so
// it never makes the main window's minimum wider.
class FilterEdit final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

    QSize sizeHint() const override
    {
        QSize hint = QLineEdit::sizeHint();
        hint.setWidth(std::max(hint.width(), fontMetrics().horizontalAdvance(placeholderText()) + 48));
        return hint;
    }
};

} // namespace

InsightsTab::InsightsTab(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("insightsTab"));
    setAccessibleName(tr("Insights"));

    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &InsightsTab::maybeCompute);
    // A notice (a delivery bar's lookup) is said for ten seconds.
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(10000);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] { showNotice(QString()); });
    // "Last webhook: 12 s ago" must not stay 12 s while nothing happens: the quiet is the news.
    m_ageTicker.setInterval(1000);
    connect(&m_ageTicker, &QTimer::timeout, this, [this] {
        showAges(m_clock.now());
        if (m_computedToday.isValid() && Range(m_range->currentData().toInt()) != Range::Custom &&
            query().until != m_computedToday)
            markStale();
    });
    // "Computing…" only when it takes long enough to notice: live updates do not flicker.
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(300);
    connect(&m_busyDelay, &QTimer::timeout, this, [this] {
        if (m_request)
            setState(stateText());
    });

    auto *layout = new QVBoxLayout(this);
    buildControls();

    const QString titles[ChartCount] = {tr("Outcomes per day"), tr("Time to outcome per day"),
                                        tr("Time to outcome, whole range"), tr("How outcomes arrived"),
                                        tr("Delivery health per day")};
    auto *charts = new QWidget(this);
    charts->setObjectName(QStringLiteral("insightsCharts"));
    auto *chartsLayout = new QVBoxLayout(charts);
    // A gap on the right keeps the tables' scroll bars apart from the tab's own.
    // (A style may answer -1 here, leaving the spacing to its layouts.)
    const int gap = 2 * std::max(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing), 4);
    chartsLayout->setContentsMargins(0, 0, gap, 0);
    for (int c = 0; c < ChartCount; ++c) {
        m_panels[size_t(c)] = new InsightsPanel(QLatin1StringView(chartNames[c]), titles[c], charts);
        chartsLayout->addWidget(m_panels[size_t(c)]);
    }
    panel(Histogram)->chartView()->setMinimumHeight(360); // twelve bars
    // The keyboard's way to a bar's tickets: Enter (or a double click) on a cell of the tables.
    connect(panel(Outcomes)->tableView(), &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() >= 1)
            Q_EMIT ticketsRequested(outcomeNarrowing(index.row(), index.column() - 1));
    });
    connect(panel(Durations)->tableView(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT ticketsRequested(durationNarrowing(index.row())); });
    connect(panel(Deliveries)->tableView(), &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() >= 1)
            requestDeliveryTickets(index.row(), index.column() - 1);
    });
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("insightsScrollArea"));
    scroll->setAccessibleName(tr("Charts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);
    // Focus onto a figure table out of view (Tab or Shift+Tab from the controls above, a click on
    // a bar's table): brought into view. The area does that itself only when Tab moves inside it.
    // By keyboard, a table only partly in sight (its header row at the bottom edge) is brought
    // in too: its focused cell may be the part out of sight. A click leaves the page where it is,
    // under the pointer.
    connect(qApp, &QApplication::focusChanged, scroll, [scroll](QWidget *, QWidget *now) {
        if (!now || !scroll->widget()->isAncestorOf(now))
            return;
        const QRect where(now->mapTo(scroll->viewport(), QPoint(0, 0)), now->size());
        const bool clicked = QApplication::mouseButtons() != Qt::NoButton;
        if (scroll->viewport()->rect().intersects(where) && (clicked || scroll->viewport()->rect().contains(where)))
            return;
        // A table's focused cell, where it has one: QScrollArea::ensureWidgetVisible() places it
        // by the table's own corner, its header's height too high, and left it below the edge.
        const auto *view = qobject_cast<const QAbstractItemView *>(now);
        if (!view || !view->currentIndex().isValid())
            return scroll->ensureWidgetVisible(now, 0, 0);
        const QRect cell = view->visualRect(view->currentIndex());
        const QPoint centre = view->viewport()->mapTo(scroll->widget(), cell.center());
        scroll->ensureVisible(centre.x(), centre.y(), cell.width() / 2 + 4, cell.height() / 2 + 4);
    });

    auto *controls = findChild<QWidget *>(QStringLiteral("insightsControls"));
    auto *now = findChild<QWidget *>(QStringLiteral("insightsNow"));
    layout->addWidget(controls);
    layout->addWidget(now);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 1);
    setState(stateText());
}

void InsightsTab::buildControls()
{
    auto *controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("insightsControls"));
    // One line where the window has room, more where it has not: the six filters in one row had
    // made the main window 900 px wide at least, wider than a small screen or half of one.
    auto *row = new FlowLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    row->setLastAtRight(true);
    // A filter and its label stay together on a line.
    const auto label = [this, row](const QString &text, QWidget *buddy, const char *name) {
        auto *pair = new QWidget(this);
        auto *box = new QHBoxLayout(pair);
        box->setContentsMargins(0, 0, 0, 0);
        auto *l = new QLabel(text, pair);
        l->setObjectName(QLatin1StringView(name));
        l->setBuddy(buddy);
        box->addWidget(l);
        box->addWidget(buddy);
        row->addWidget(pair);
    };

    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("insightsRangeCombo"));
    m_range->setAccessibleName(tr("Range of days"));
    m_range->addItem(tr("Today"), int(Range::Today));
    m_range->addItem(tr("Last 7 days"), int(Range::Week));
    m_range->addItem(tr("Last 30 days"), int(Range::Month));
    m_range->addItem(tr("Custom"), int(Range::Custom));
    m_range->setCurrentIndex(1);
    label(tr("Ra&nge:"), m_range, "insightsRangeLabel");

    const QDate today = m_clock.now().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-6), this);
    m_from->setObjectName(QStringLiteral("insightsFromEdit"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setCalendarPopup(true);
    label(tr("F&rom:"), m_from, "insightsFromLabel");
    m_until = new QDateEdit(today, this);
    m_until->setObjectName(QStringLiteral("insightsUntilEdit"));
    m_until->setAccessibleName(tr("Last day"));
    m_until->setCalendarPopup(true);
    label(tr("Unti&l:"), m_until, "insightsUntilLabel");

    m_operator = new FilterEdit(this);
    m_operator->setObjectName(QStringLiteral("insightsOperatorEdit"));
    m_operator->setAccessibleName(tr("Operator filter"));
    m_operator->setPlaceholderText(tr("Every operator"));
    enableNamedClearButton(m_operator, tr("Clear the operator filter"));
    label(tr("&Operator:"), m_operator, "insightsOperatorLabel");
    m_customer = new FilterEdit(this);
    m_customer->setObjectName(QStringLiteral("insightsCustomerEdit"));
    m_customer->setAccessibleName(tr("Customer filter (customer ID)"));
    m_customer->setPlaceholderText(tr("Every customer (or a customer ID)"));
    m_customer->setToolTip(tr("A customer's ID, as a ticket's details show it under Customer ID."));
    enableNamedClearButton(m_customer, tr("Clear the customer filter"));
    label(tr("C&ustomer:"), m_customer, "insightsCustomerLabel");
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("insightsStatusCombo"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), -1);
    for (TicketStatus s : allTicketStatuses)
        m_status->addItem(TicketModel::statusLabel(s), int(s));
    label(tr("&Status:"), m_status, "insightsStatusLabel");

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("insightsExportButton"));
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setAccessibleName(tr("Export charts and figures"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildExportMenu(m_exportButton);
    row->addWidget(m_exportButton);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeControls();
        markStale();
    });
    for (QDateEdit *edit : {m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &InsightsTab::markStale);
    for (QLineEdit *edit : {m_operator, m_customer})
        connect(edit, &QLineEdit::textChanged, this, &InsightsTab::markStale);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InsightsTab::markStale);
    updateRangeControls();

    // The desk now: four figures as text.
    auto *now = new QWidget(this);
    now->setObjectName(QStringLiteral("insightsNow"));
    auto *nowRow = new QHBoxLayout(now);
    nowRow->setContentsMargins(0, 0, 0, 0);
    const auto figure = [this, nowRow](const char *name, const QString &accessible) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1StringView(name));
        // Read by the words shown ("Open now: 2"), as the status bar's labels (MainWindow).
        l->setAccessibleDescription(accessible);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setFocusPolicy(Qt::TabFocus);
        nowRow->addWidget(l);
        return l;
    };
    m_openNow = figure("insightsOpenNowLabel", tr("Open tickets now"));
    m_stuckNow = figure("insightsStuckNowLabel", tr("Stuck tickets now"));
    m_oldestPending = figure("insightsOldestPendingLabel", tr("Oldest pending ticket"));
    m_lastWebhook = figure("insightsLastWebhookLabel", tr("Last webhook"));
    nowRow->addStretch(1);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("insightsStateLabel"));
    m_state->setAccessibleDescription(tr("State of the figures"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    // A line is kept for it, said or not: the charts below do not jump when a
    // notice comes and goes.
    QSizePolicy policy = m_state->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_state->setSizePolicy(policy);
    m_state->setMinimumHeight(m_state->fontMetrics().lineSpacing());
}

void InsightsTab::buildExportMenu(QToolButton *button)
{
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("insightsExportMenu"));
    const QString titles[ChartCount] = {tr("&Outcomes per day"), tr("&Time to outcome per day"),
                                        tr("Time to outcome, &histogram"), tr("How outcomes &arrived"),
                                        tr("&Delivery health per day")};
    for (int c = 0; c < ChartCount; ++c) {
        QMenu *sub = menu->addMenu(titles[c]);
        sub->setObjectName(QLatin1StringView(chartNames[c]) + QLatin1StringView("ExportMenu"));
        const auto add = [this, sub, c](const QString &text, const QString &format) {
            QAction *a = sub->addAction(text);
            a->setObjectName(QLatin1StringView(chartNames[c]) + QLatin1StringView("Export") + format.toUpper());
            connect(a, &QAction::triggered, this, [this, c, format] { exportChart(Chart(c), format); });
        };
        add(tr("Chart as &PNG image…"), QStringLiteral("png"));
        add(tr("Chart as &SVG image…"), QStringLiteral("svg"));
        add(tr("Figures as &CSV…"), QStringLiteral("csv"));
    }
    button->setMenu(menu);
}

void InsightsTab::exportChart(Chart chart, const QString &format)
{
    InsightsPanel *p = panel(chart);
    // Named by the days it shows ("deliveryHealth-2026-12-01-to-2026-12-07.csv"): a week's export
    // was named by its last day only.
    QString stem = QLatin1StringView(chartNames[chart]);
    QDate last = m_clock.now().toLocalTime().date();
    if (m_shown && m_shown->query.from.isValid() && m_shown->query.until.isValid()) {
        last = m_shown->query.until;
        if (m_shown->query.from != last)
            stem += QLatin1Char('-') + m_shown->query.from.toString(Qt::ISODate) + QLatin1StringView("-to");
    }
    const QString suggested = RecentFolders::datedFile(RecentFolders::Kind::Exports, stem, format, last);
    const QString filter = format == QLatin1StringView("png")   ? tr("PNG images (*.png)")
                           : format == QLatin1StringView("svg") ? tr("SVG images (*.svg)")
                                                                : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export “%1”").arg(p->title()), suggested, filter);
    if (path.isEmpty())
        return;
    RecentFolders::remember(RecentFolders::Kind::Exports, path);
    QString why;
    const bool ok = format == QLatin1StringView("png")   ? p->exportPng(path, &why)
                    : format == QLatin1StringView("svg") ? p->exportSvg(path, &why)
                                                         : p->exportCsv(path, &why);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, why));
}

void InsightsTab::updateRangeControls()
{
    const auto range = Range(m_range->currentData().toInt());
    m_from->setEnabled(range == Range::Custom);
    m_until->setEnabled(range == Range::Custom);
    if (range == Range::Custom)
        return;
    // A preset's days show in the (disabled) date edits, and Custom starts from them.
    const InsightsQuery q = query();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockUntil(m_until);
    m_from->setDate(q.from);
    m_until->setDate(q.until);
}

void InsightsTab::setHost(InsightsHost *host)
{
    if (m_host)
        m_host->disconnect(this);
    m_host = host;
    m_request = 0;
    m_ticketsRequest = 0;
    if (!host)
        return;
    connect(host, &InsightsHost::computed, this, [this](quint64 request, const Insights &insights) {
        if (request != m_request)
            return;
        showInsights(insights);
        finished(request);
    });
    connect(host, &InsightsHost::ticketsFound, this, &InsightsTab::deliveryTicketsFound);
    connect(host, &InsightsHost::failed, this, [this](quint64 request, const QString &error) {
        if (request != 0 && request == m_ticketsRequest) {
            m_ticketsRequest = 0;
            showNotice(tr("The tickets of these deliveries could not be found: %1").arg(error));
            return;
        }
        if (request != m_request)
            return;
        showError(error);
        finished(request);
    });
    markStale();
}

void InsightsTab::setReady(bool ready)
{
    m_ready = ready;
    maybeCompute();
}

void InsightsTab::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void InsightsTab::setCustomRange(const QDate &from, const QDate &until)
{
    m_from->setDate(from);
    m_until->setDate(until);
    setRange(Range::Custom);
}

void InsightsTab::setOperatorFilter(const QString &createdBy)
{
    m_operator->setText(createdBy);
}

void InsightsTab::setCustomerFilter(const QString &customerId)
{
    m_customer->setText(customerId);
}

void InsightsTab::setStatusFilter(std::optional<TicketStatus> status)
{
    m_status->setCurrentIndex(m_status->findData(status ? int(*status) : -1));
}

void InsightsTab::setStuckAfterMs(qint64 ms)
{
    if (ms == m_stuckAfterMs)
        return;
    m_stuckAfterMs = ms;
    markStale();
}

InsightsQuery InsightsTab::query() const
{
    InsightsQuery q;
    q.now = m_clock.now();
    q.stuckAfterMs = m_stuckAfterMs;
    const QDate today = q.now.toTimeZone(q.zone).date();
    switch (Range(m_range->currentData().toInt())) {
    case Range::Today:
        q.from = q.until = today;
        break;
    case Range::Week:
        q.from = today.addDays(-6);
        q.until = today;
        break;
    case Range::Month:
        q.from = today.addDays(-29);
        q.until = today;
        break;
    case Range::Custom:
        q.from = m_from->date();
        q.until = m_until->date();
        break;
    }
    q.createdBy = m_operator->text().trimmed();
    q.customerId = m_customer->text().trimmed();
    if (const int s = m_status->currentData().toInt(); s >= 0)
        q.status = TicketStatus(s);
    return q;
}

void InsightsTab::markStale()
{
    m_stale = true;
    maybeCompute();
}

void InsightsTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_ageTicker.stop();
}

void InsightsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_ageTicker.start();
    if (m_shown)
        showAges(m_clock.now());
    // The desk "now" (ages, stuck) and "today" move on with the clock, changes or not.
    if (m_lastStart.isValid() && m_lastStart.elapsed() > nowStaleAfterMs)
        m_stale = true;
    maybeCompute();
}

void InsightsTab::maybeCompute()
{
    if (!m_stale || !m_host || !m_ready || !isVisible() || m_request)
        return;
    if (m_lastStart.isValid() && m_lastStart.elapsed() < minimumSpacingMs) {
        m_throttle.start(int(minimumSpacingMs - m_lastStart.elapsed()));
        return;
    }
    const InsightsQuery q = query();
    if (q.days().isEmpty() || q.days().size() > InsightsQuery::maxDays) {
        m_stale = false;
        showError(q.days().isEmpty() ? tr("The first day comes after the last.")
                                     : tr("Choose at most %1 days.").arg(InsightsQuery::maxDays));
        return;
    }
    m_stale = false;
    m_lastStart.start();
    m_computedToday = q.now.toTimeZone(q.zone).date();
    m_request = m_host->request(q);
    m_busyDelay.start();
    if (!m_shown)
        setState(stateText());
    Q_EMIT computeStarted(m_request);
}

void InsightsTab::finished(quint64 request)
{
    if (request != m_request)
        return;
    m_request = 0;
    m_busyDelay.stop();
    setState(stateText());
    maybeCompute(); // something changed meanwhile
}

QString InsightsTab::stateText() const
{
    if (m_request && (!m_shown || !m_busyDelay.isActive()))
        return tr("Computing the figures…");
    if (!m_error.isEmpty())
        return tr("The figures could not be computed: %1").arg(m_error);
    if (!m_notice.isEmpty())
        return m_notice;
    if (!m_shown)
        return m_host ? tr("The figures are computed when the database is open.") : QString();
    if (m_shown->outcomes.total() == 0 && m_shown->deliveries.total() == 0)
        return tr("Nothing in this range: no ticket was created and no webhook was received from %1 to %2.")
            .arg(QLocale().toString(m_shown->query.from, QLocale::ShortFormat),
                 QLocale().toString(m_shown->query.until, QLocale::ShortFormat));
    const InsightsQuery &q = m_shown->query;
    // A name typed where an ID goes matches nothing: say so, not that no ticket matches.
    if (m_shown->outcomes.total() == 0 && !q.customerId.isEmpty() && !isUuid(q.customerId))
        return tr("“%1” is not a customer ID. The customer filter takes a customer's ID, as a ticket's details "
                  "show it.")
            .arg(q.customerId.left(60));
    if (m_shown->outcomes.total() == 0 && (!q.createdBy.isEmpty() || !q.customerId.isEmpty() || q.status))
        return tr("No ticket created from %1 to %2 matches the filters. Delivery health counts every webhook, "
                  "whatever the filters.")
            .arg(QLocale().toString(q.from, QLocale::ShortFormat), QLocale().toString(q.until, QLocale::ShortFormat));
    return QString();
}

void InsightsTab::showNotice(const QString &text)
{
    m_notice = text;
    if (text.isEmpty())
        m_noticeTimer.stop();
    else
        m_noticeTimer.start();
    setState(stateText());
}

void InsightsTab::setState(const QString &text)
{
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
}

void InsightsTab::showError(const QString &message)
{
    // The charts of the last range would pass for this one's, and be exported as such.
    for (InsightsPanel *p : m_panels)
        p->setFigures(FigureTable{}, new QChart);
    m_exportButton->setEnabled(false);
    m_error = message;
    setState(stateText());
}

void InsightsTab::showInsights(const Insights &insights)
{
    m_shown = insights;
    m_error.clear();
    m_exportButton->setEnabled(true);
    using namespace InsightsCharts;

    const FigureTable outcomes = InsightsFigures::outcomes(insights);
    panel(Outcomes)->setFigures(outcomes, stackedBars(outcomes, outcomeColors()),
                                tr("%Ln tickets", nullptr, pluralCount(insights.outcomes.total())));

    const FigureTable durations = InsightsFigures::durations(insights);
    const QString p50 =
        insights.durations.p50Ms ? InsightsFigures::durationText(*insights.durations.p50Ms) : QStringLiteral("–");
    const QString p95 =
        insights.durations.p95Ms ? InsightsFigures::durationText(*insights.durations.p95Ms) : QStringLiteral("–");
    QChart *lineChart = lines(durations, {1, 2}, {QColor(0x3b, 0x82, 0xd6), QColor(0xd9, 0x3b, 0x3b)});
    if (!lineChart->axes(Qt::Vertical).isEmpty())
        lineChart->axes(Qt::Vertical).first()->setTitleText(tr("Seconds"));
    panel(Durations)->setFigures(durations, lineChart, tr("range p50 %1, p95 %2").arg(p50, p95));

    const FigureTable histogram = InsightsFigures::histogram(insights);
    // Horizontal: the ranges ("1 s – 2 s") read in full beside their bars.
    QChart *histogramChart = bars(histogram, QColor(0x3b, 0x82, 0xd6), true);
    panel(Histogram)->setFigures(histogram, histogramChart,
                                 tr("%Ln tickets timed", nullptr, pluralCount(insights.durations.count)));

    const FigureTable arrivals = InsightsFigures::arrivals(insights);
    const auto rate = [&arrivals](int row) {
        const QString text = arrivals.displayText(row, 0);
        return text.isEmpty() ? QStringLiteral("–") : text;
    };
    panel(Arrivals)->setFigures(
        arrivals, bars(arrivals, QColor(0x8e, 0x5c, 0xc9), true, InsightsFigures::arrivalCountRows),
        tr("failure rate %1, cured share %2")
            .arg(rate(InsightsFigures::arrivalCountRows), rate(InsightsFigures::arrivalCountRows + 1)));

    const FigureTable deliveries = InsightsFigures::deliveries(insights);
    panel(Deliveries)
        ->setFigures(deliveries, stackedBars(deliveries, deliveryColors()),
                     tr("%Ln deliveries", nullptr, pluralCount(insights.deliveries.total())));
    connectClicks();

    const NowFigures &now = insights.now;
    const QDateTime at = insights.query.now.isValid() ? insights.query.now : m_clock.now();
    m_openNow->setText(tr("Open now: %1").arg(QLocale().toString(now.open)));
    m_stuckNow->setText(tr("Stuck: %1").arg(QLocale().toString(now.stuck)));
    showAges(at);
    setState(stateText());
}

void InsightsTab::showAges(const QDateTime &at)
{
    if (!m_shown)
        return;
    const NowFigures &now = m_shown->now;
    m_oldestPending->setText(
        now.oldestPendingSince.isValid()
            ? tr("Oldest pending: %1").arg(InsightsFigures::ageText(now.oldestPendingSince.msecsTo(at)))
            : tr("Oldest pending: none"));
    m_lastWebhook->setText(now.lastWebhookAt.isValid()
                               ? tr("Last webhook: %1 ago").arg(InsightsFigures::ageText(now.lastWebhookAt.msecsTo(at)))
                               : tr("Last webhook: none yet"));
}

void InsightsTab::connectClicks()
{
    if (auto *series = qobject_cast<QStackedBarSeries *>(panel(Outcomes)->chart()->series().value(0))) {
        const QList<QBarSet *> sets = series->barSets();
        for (qsizetype c = 0; c < sets.size(); ++c) {
            connect(sets[c], &QBarSet::clicked, this,
                    [this, c](int row) { Q_EMIT ticketsRequested(outcomeNarrowing(row, int(c))); });
        }
    }
    if (auto *series = qobject_cast<QStackedBarSeries *>(panel(Deliveries)->chart()->series().value(0))) {
        const QList<QBarSet *> sets = series->barSets();
        for (qsizetype c = 0; c < sets.size(); ++c)
            connect(sets[c], &QBarSet::clicked, this, [this, c](int row) { requestDeliveryTickets(row, int(c)); });
    }
    for (QAbstractSeries *s : panel(Durations)->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s)) {
            connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) {
                Q_EMIT ticketsRequested(durationNarrowing(int(std::lround(point.x()))));
            });
        }
    }
}

TicketNarrowing InsightsTab::narrowing(int row, quint32 statusMask, bool timedOnly, const QString &what) const
{
    TicketNarrowing n;
    if (!m_shown || row < 0 || row >= m_shown->days.size())
        return n;
    const InsightsQuery &q = m_shown->query;
    const QDate day = m_shown->days[row].day;
    n.createdFromMs = q.dayStartMs(day);
    n.createdUntilMs = q.dayEndMs(day);
    n.createdBy = q.createdBy;
    n.customerId = q.customerId;
    n.statusMask = statusMask & (q.status ? bit(*q.status) : TicketProxy::allStatuses);
    n.timedOnly = timedOnly;
    QString text = tr("%1, created on %2").arg(what, QLocale().toString(day, QLocale::LongFormat));
    if (!q.createdBy.isEmpty())
        text += tr(", by %1").arg(q.createdBy);
    if (!q.customerId.isEmpty())
        text += tr(", customer %1").arg(q.customerId);
    if (q.status)
        text += tr(", now %1").arg(TicketModel::statusLabel(*q.status));
    n.description = text;
    return n;
}

TicketNarrowing InsightsTab::outcomeNarrowing(int row, int outcomeColumn) const
{
    const QStringList columns = m_shown ? InsightsFigures::outcomes(*m_shown).columns : QStringList();
    return narrowing(row, outcomeStatuses(outcomeColumn), false,
                     tr("%1 tickets").arg(columns.value(outcomeColumn + 1)));
}

TicketNarrowing InsightsTab::durationNarrowing(int row) const
{
    return narrowing(row, bit(TicketStatus::Created) | bit(TicketStatus::Failed), true,
                     tr("tickets timed (created or failed)"));
}

quint64 InsightsTab::requestDeliveryTickets(int row, int column)
{
    if (!m_host || !m_shown || row < 0 || row >= m_shown->days.size() || column < 0 ||
        column >= DeliveryFigures::CategoryCount)
        return 0;
    const InsightsQuery &q = m_shown->query;
    const QDate day = m_shown->days[row].day;
    const QString category = InsightsFigures::deliveries(*m_shown).columns.value(column + 1);
    const QString dayText = QLocale().toString(day, QLocale::LongFormat);
    TicketNarrowing n;
    n.description = tr("tickets of the deliveries received on %2 (%1)").arg(category, dayText);
    m_ticketsNarrowing = n;
    m_ticketsWhat = tr("the deliveries received on %2 (%1)").arg(category, dayText);
    m_ticketsRequest =
        m_host->requestDeliveredTickets(q.dayStartMs(day), q.dayEndMs(day), DeliveryFigures::Category(column));
    showNotice(tr("Looking up the tickets of %1…").arg(m_ticketsWhat));
    return m_ticketsRequest;
}

void InsightsTab::deliveryTicketsFound(quint64 request, const QList<qint64> &ids)
{
    if (request == 0 || request != m_ticketsRequest)
        return;
    m_ticketsRequest = 0;
    if (ids.isEmpty()) {
        // Said rather than shown as an empty table: bad signatures and other families carry no ticket.
        showNotice(tr("No ticket is tied to %1: a delivery is tied to a ticket only when its signature is valid"
                      " and it is about a support ticket.")
                       .arg(m_ticketsWhat));
        return;
    }
    showNotice(QString());
    TicketNarrowing n = m_ticketsNarrowing;
    n.ticketIds = ids;
    Q_EMIT ticketsRequested(n);
}

} // namespace TicketDesk
