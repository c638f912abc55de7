// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/ticketproxy.h"
#include "store/insights.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;

namespace TicketDesk {

class Clock;
class InsightsHost;
class InsightsPanel;

// The support lead's tab: a range of days (today, 7 days, 30 days or two
// dates) and filters (operator, customer, status), the desk as it is now, and
// five charts, each beside a table of the same figures: outcomes per day, time
// to outcome per day and its histogram, how outcomes arrived, and delivery
// health per day. The figures come from an InsightsHost (its own thread and
// store connection), one computation at a time, at most one a second, and only
// while the tab is shown: markStale() (tickets or deliveries changed) makes it
// compute again now or when it is next shown, as do figures over 30 s old (the
// desk "now" and "today" move on with the clock).
//
// Clicking an outcome bar or a time-to-outcome point (or Enter on a cell of
// their tables) asks for exactly those tickets (ticketsRequested()). A
// delivery health bar (or cell) stands for the tickets its deliveries were
// applied to: the host looks them up first (requestDeliveryTickets()); when
// there are none (bad signatures carry no ticket), the state line says so.
class InsightsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsTab)

public:
    enum Chart
    {
        Outcomes,
        Durations,
        Histogram,
        Arrivals,
        Deliveries,
        ChartCount,
    };
    enum class Range
    {
        Today,
        Week,
        Month,
        Custom,
    };

    explicit InsightsTab(const Clock &clock, QWidget *parent = nullptr);

    // Where the figures come from (none: only showInsights()). Not owned.
    void setHost(InsightsHost *host);
    // Computes only once this is true (the window sets it once the engine has opened the database).
    void setReady(bool ready);

    void setRange(Range range);
    void setCustomRange(const QDate &from, const QDate &until);
    void setOperatorFilter(const QString &createdBy);
    void setCustomerFilter(const QString &customerId);
    void setStatusFilter(std::optional<TicketStatus> status);
    // A PENDING ticket submitted longer ago than this counts as stuck (the window's own threshold).
    void setStuckAfterMs(qint64 ms);
    // The query the controls describe now.
    InsightsQuery query() const;

    // Shows figures (what the host's answer does).
    void showInsights(const Insights &insights);
    // Why the figures could not be computed; the last ones go, and Export with them.
    void showError(const QString &message);
    const std::optional<Insights> &shown() const { return m_shown; }
    bool isComputing() const { return m_request != 0; }
    // What the state line says (computing, error, empty range), empty when the figures speak for themselves.
    QString stateText() const;

    InsightsPanel *panel(Chart chart) const { return m_panels[size_t(chart)]; }
    // The tickets of a bar or point: of `status` (a set) created on day `row` of the figures shown.
    TicketNarrowing outcomeNarrowing(int row, int outcomeColumn) const;
    TicketNarrowing durationNarrowing(int row) const;
    // Looks up the tickets of delivery bar `row`, category `column`
    // (DeliveryFigures::Category); ticketsRequested() follows when there are any.
    // Returns the host's request number, 0 when nothing was asked.
    quint64 requestDeliveryTickets(int row, int column);

public Q_SLOTS:
    // Tickets or deliveries changed: compute again (now, if shown, at most once a second).
    void markStale();

Q_SIGNALS:
    void ticketsRequested(const TicketDesk::TicketNarrowing &narrowing);
    // A computation was asked for (tests count them).
    void computeStarted(quint64 request);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildControls();
    void buildExportMenu(QToolButton *button);
    void exportChart(Chart chart, const QString &format);
    void maybeCompute();
    void finished(quint64 request);
    void setState(const QString &text);
    void deliveryTicketsFound(quint64 request, const QList<qint64> &ids);
    void showNotice(const QString &text);
    void updateRangeControls();
    void connectClicks();
    // The "now" line's ages as of `at`: they count on between computations (m_ageTicker).
    void showAges(const QDateTime &at);
    TicketNarrowing narrowing(int row, quint32 statusMask, bool timedOnly, const QString &what) const;

    const Clock &m_clock;
    InsightsHost *m_host = nullptr;
    bool m_ready = false;
    qint64 m_stuckAfterMs = InsightsQuery().stuckAfterMs;
    bool m_stale = true;
    quint64 m_request = 0;
    QElapsedTimer m_lastStart;
    // "Today" of the last computation: a relative range (Today, the last 7 or 30 days) moves on
    // at midnight, the desk left open overnight or not.
    QDate m_computedToday;
    QTimer m_throttle;
    QTimer m_busyDelay;
    std::optional<Insights> m_shown;
    QString m_error;
    quint64 m_ticketsRequest = 0;
    TicketNarrowing m_ticketsNarrowing; // what the answer to m_ticketsRequest narrows to
    QString m_ticketsWhat;              // and what it is, for people
    QString m_notice;                   // said in the state line for a while (noticeTimer)
    QTimer m_noticeTimer;
    QTimer m_ageTicker; // every second while shown

    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_operator = nullptr;
    QLineEdit *m_customer = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_state = nullptr;
    QToolButton *m_exportButton = nullptr;
    QLabel *m_openNow = nullptr;
    QLabel *m_stuckNow = nullptr;
    QLabel *m_oldestPending = nullptr;
    QLabel *m_lastWebhook = nullptr;
    std::array<InsightsPanel *, ChartCount> m_panels{};
};

} // namespace TicketDesk
