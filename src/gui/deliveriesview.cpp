// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/deliveriesview.h"

#include "gui/columnfitter.h"
#include "gui/deliverymodel.h"
#include "gui/visibletext.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace TicketDesk {

DeliveriesView::DeliveriesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DeliveryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_verdictFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("deliveriesView"));
    setAccessibleName(tr("Webhook deliveries"));

    m_proxy->setObjectName(QStringLiteral("deliveryProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeliveryModel::SortRole);
    m_proxy->setFilterRole(DeliveryModel::VerdictRole);

    // Alt+E: Alt+V opens the View menu.
    auto *filterLabel = new QLabel(tr("V&erdict:"), this);
    filterLabel->setObjectName(QStringLiteral("verdictFilterLabel"));
    filterLabel->setBuddy(m_verdictFilter);
    m_verdictFilter->setObjectName(QStringLiteral("verdictFilterCombo"));
    m_verdictFilter->setAccessibleName(tr("Filter deliveries by verdict"));
    m_verdictFilter->addItem(tr("All deliveries"), QString());
    m_verdictFilter->addItem(tr("Problems only"), QStringLiteral("*problems*"));
    for (const QString &v : DeliveryModel::knownVerdicts())
        m_verdictFilter->addItem(DeliveryModel::verdictLabel(v), v);
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString v = m_verdictFilter->currentData().toString();
        if (v.isEmpty()) {
            m_proxy->setFilterRegularExpression(QRegularExpression());
        } else if (v == QLatin1StringView("*problems*")) {
            QStringList problems;
            for (const QString &k : DeliveryModel::knownVerdicts()) {
                if (DeliveryModel::isProblem(k))
                    problems << QRegularExpression::escape(k);
            }
            m_proxy->setFilterRegularExpression(
                QRegularExpression(QStringLiteral("^(%1)$").arg(problems.join(QLatin1Char('|')))));
        } else {
            m_proxy->setFilterRegularExpression(
                QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(v))));
        }
        updateCount();
    });

    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_table->setAccessibleName(tr("Webhook deliveries"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setItemDelegate(new VisibleTextDelegate(m_table)); // a sender chooses the event type
    m_table->setTabKeyNavigation(false);                        // Tab leaves the table; arrows move inside it
    m_table->sortByColumn(DeliveryModel::ReceivedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    const QStringList time{QStringLiteral("2026-12-28 23:58:58.888")};
    QStringList verdicts;
    for (const QString &v : DeliveryModel::knownVerdicts())
        verdicts << DeliveryModel::verdictLabel(v);
    sizeColumnFor(m_table, DeliveryModel::ReceivedColumn, time);
    // Beside the verdict, its icon and a gap.
    sizeColumnFor(m_table, DeliveryModel::VerdictColumn, verdicts,
                  m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6);
    sizeColumnFor(m_table, DeliveryModel::EventTypeColumn, {QStringLiteral("SUPPORT_TICKET.CREATED")});
    sizeColumnFor(m_table, DeliveryModel::EventTimeColumn, time);
    sizeColumnFor(m_table, DeliveryModel::SkewColumn, {QStringLiteral("-1234.5 s")});
    // An IPv4 address whole; a long IPv6 one is elided (its tooltip has it whole).
    sizeColumnFor(m_table, DeliveryModel::PeerColumn, {QStringLiteral("255.255.255.255")});
    // The ticket ID whole when the window has room (it is what links a delivery to a ticket),
    // down to its first 12 characters before the origin would leave the screen.
    sizeColumnFor(m_table, DeliveryModel::TicketIdColumn, {QStringLiteral("00000000-0000-0000-0000-000000000000")});
    auto *fitter = new ColumnFitter(m_table, DeliveryModel::TicketIdColumn, DeliveryModel::PeerColumn,
                                    {m_table->horizontalHeader()->sectionSize(DeliveryModel::TicketIdColumn),
                                     m_table->fontMetrics().horizontalAdvance(QString(12, QLatin1Char('0'))) + 18});
    fitter->setObjectName(QStringLiteral("ticketIdColumnFitter"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeliveriesView::showCurrent);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_headers->setObjectName(QStringLiteral("deliveryHeadersText"));
    m_headers->setAccessibleName(tr("Delivery headers"));
    m_headers->setReadOnly(true);
    m_headers->setFont(mono);
    m_body->setObjectName(QStringLiteral("deliveryBodyText"));
    m_body->setAccessibleName(tr("Delivery body"));
    m_body->setReadOnly(true);
    m_body->setFont(mono);

    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->setObjectName(QStringLiteral("deliveryDetailSplitter"));
    detail->addWidget(m_headers);
    detail->addWidget(m_body);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("deliverySplitter"));
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // How many rows the table holds, how many the filter lets through, and whether older
    // deliveries were left in the database.
    m_count->setObjectName(QStringLiteral("deliveryCountLabel"));
    m_count->setAccessibleName(tr("Deliveries listed"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The source's signals: the proxy has updated its rows by then (it connected first). Its
    // own rowsRemoved did not come for rows that fell off the end under a sort.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &DeliveriesView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveriesView::updateCount);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_verdictFilter);
    top->addSpacing(12);
    top->addWidget(m_count, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split);
    showCurrent();
    updateCount();
}

void DeliveriesView::updateCount()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = m_verdictFilter->currentIndex() > 0
                       ? tr("%Ln of %1 deliveries match.", nullptr, shown).arg(QLocale().toString(loaded))
                       : tr("%Ln deliveries.", nullptr, loaded);
    if (m_model->olderNotLoaded())
        text += QLatin1Char(' ') + tr("Only the newest are listed; older ones stay in the database.");
    m_count->setText(text);
}

QString DeliveriesView::redactHeaders(const QString &headers)
{
    QStringList lines = headers.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && line.left(colon).contains(QLatin1StringView("signature"), Qt::CaseInsensitive))
            line = line.left(colon + 1) + QLatin1Char(' ') + tr("(redacted)");
    }
    return lines.join(QLatin1Char('\n'));
}

QString DeliveriesView::showInvisibles(const QString &text)
{
    return VisibleText::shown(text);
}

QString DeliveriesView::indentJson(const QString &json)
{
    QString out;
    out.reserve(json.size() + json.size() / 4);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newLine = [&out, &depth] {
        out += QLatin1Char('\n');
        out += QString(4 * std::max(depth, 0), QLatin1Char(' '));
    };
    const auto isSpace = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (isSpace(c))
            continue; // between tokens: the layout is ours
        if (c == QLatin1Char('"')) {
            inString = true;
            out += c;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            out += c;
            qsizetype next = i + 1;
            while (next < json.size() && isSpace(json.at(next)))
                ++next;
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            if (next < json.size() && json.at(next) == close) { // empty: "{}" on its line
                out += close;
                i = next;
            } else {
                ++depth;
                newLine();
            }
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
            newLine();
            out += c;
        } else if (c == QLatin1Char(',')) {
            out += c;
            newLine();
        } else if (c == QLatin1Char(':')) {
            out += QLatin1StringView(": ");
        } else {
            out += c;
        }
    }
    return out;
}

QString DeliveriesView::prettyBody(const QByteArray &body)
{
    // Laid out on lines when it is JSON, but never rewritten: keys in the order they came, numbers
    // and escapes as written, what the signature was made over (QJsonDocument sorted the keys).
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return showInvisibles(indentJson(QString::fromUtf8(body)));
    return showInvisibles(QString::fromUtf8(body));
}

void DeliveriesView::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_headers->setPlaceholderText(tr("Select a delivery to see the headers it came with."));
        m_body->setPlaceholderText(tr("Select a delivery to see its body."));
        m_headers->clear();
        m_body->clear();
        return;
    }
    // A delivery kept without them (a count of suppressed requests, say) must not read as if none
    // were selected.
    m_headers->setPlaceholderText(tr("No headers were kept for this delivery."));
    m_body->setPlaceholderText(tr("No body was kept for this delivery."));
    const DeliveryRecord &r = m_model->record(current.row());
    QString head = showInvisibles(redactHeaders(r.headers));
    if (!r.detail.isEmpty())
        head += QLatin1StringView("\n\n") + tr("Detail: %1").arg(DeliveryModel::detailText(r.detail));
    if (r.bodySize > r.body.size())
        head += QLatin1StringView("\n\n") + tr("Body: %1 bytes (SHA-256 %2), only the first %3 kept")
                                                .arg(r.bodySize)
                                                .arg(QString::fromLatin1(r.bodySha256))
                                                .arg(r.body.size());
    m_headers->setPlainText(head);
    m_body->setPlainText(prettyBody(r.body));
}

} // namespace TicketDesk
