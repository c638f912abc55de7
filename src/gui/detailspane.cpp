// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/detailspane.h"

#include "core/absentfield.h"
#include "core/localizedtext.h"
#include "gui/deliverymodel.h"
#include "gui/ticketmodel.h"
#include "gui/visibletext.h"
#include "ripio/ripioendpoint.h"
#include "service/engineconfig.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace TicketDesk {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString();
}

// HTML-escaped, with the characters that would reorder or hide text shown (VisibleText).
QString esc(const QString &s)
{
    return VisibleText::shown(s).toHtmlEscaped();
}

// A time split in two, or an identifier broken at its hyphens, is misread: those cells never
// wrap. A value as wide as a UUID goes on a line of its own under its label, so that keeping
// it whole does not widen the table past a narrow pane (which would cut the prose beside it).
const QString keepWhole = QStringLiteral(" style=\"white-space: nowrap\"");

enum class Wrap
{
    Prose,
    KeepWhole,
    KeepWholeBelow
};

QString row(const QString &label, const QString &valueHtml, Wrap wrap = Wrap::Prose)
{
    if (wrap == Wrap::KeepWholeBelow) {
        return QStringLiteral("<tr><th colspan=2 align=left valign=top>%1</th></tr>"
                              "<tr><td colspan=2 style=\"white-space: nowrap; padding-left: 4px\">%2</td></tr>")
            .arg(esc(label), valueHtml);
    }
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td%2>%3</td></tr>")
        .arg(esc(label), wrap == Wrap::KeepWhole ? keepWhole : QString(), valueHtml);
}

QString ticketLink(qint64 id)
{
    return QStringLiteral("<a href=\"ticket:%1\">#%1</a>").arg(id);
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_copyKey(new QPushButton(QIcon(QStringLiteral(":/icons/action-copy.svg")), tr("&Copy issue key"), this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("Ticket details"));
    m_title->setObjectName(QStringLiteral("detailsTitleLabel"));
    m_title->setAccessibleName(tr("Selected ticket"));
    m_title->setTextFormat(Qt::PlainText);
    // Wraps rather than widening the pane past its share of the window (a long
    // translation beside the button had taken the table's room).
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_copyKey->setObjectName(QStringLiteral("copyIssueKeyButton"));
    m_copyKey->setAccessibleName(tr("Copy issue key"));
    m_copyKey->setEnabled(false);
    connect(m_copyKey, &QPushButton::clicked, this, [this] {
        if (!m_ticket.issueKey.isEmpty())
            QGuiApplication::clipboard()->setText(m_ticket.issueKey);
    });
    m_text->setObjectName(QStringLiteral("detailsText"));
    m_text->setAccessibleName(tr("Ticket fields and timeline"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1StringView("ticket"))
            Q_EMIT ticketLinkActivated(url.path().toLongLong());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_copyKey);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_text);
    clear();
}

void DetailsPane::clear()
{
    m_ticket = Ticket();
    m_title->setText(tr("No ticket selected"));
    m_copyKey->setEnabled(false);
    m_text->clear();
}

void DetailsPane::showUnavailable(qint64 id, const QString &why)
{
    m_ticket = Ticket();
    m_ticket.id = id;
    m_title->setText(tr("Ticket #%1").arg(id));
    m_copyKey->setEnabled(false);
    m_text->setPlainText(tr("The details of ticket #%1 cannot be read now: %2\n\nSelect the ticket again to read "
                            "them once more. A team desktop also reads them again once its database is back.")
                             .arg(id)
                             .arg(why));
}

QString DetailsPane::eventText(const TicketEvent &event)
{
    static const QHash<QString, const char *> kinds = {
        {QStringLiteral("created"), QT_TR_NOOP("Saved")},
        {QStringLiteral("submit"), QT_TR_NOOP("Sent to Ripio")},
        {QStringLiteral("requeue"), QT_TR_NOOP("Queued again")},
        {QStringLiteral("accepted"), QT_TR_NOOP("Accepted by Ripio")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Refused by Ripio")},
        {QStringLiteral("answer-lost"), QT_TR_NOOP("Ripio's answer lost")},
        {QStringLiteral("webhook"), QT_TR_NOOP("Outcome from a webhook")},
        {QStringLiteral("retrieved"), QT_TR_NOOP("Outcome from a check with Ripio")},
        {QStringLiteral("retried-as"), QT_TR_NOOP("Retried")},
        {QStringLiteral("merge"), QT_TR_NOOP("Merged")},
        {QStringLiteral("reconcile-check"), QT_TR_NOOP("Check with Ripio")},
        {QStringLiteral("not-found"), QT_TR_NOOP("Unknown to Ripio")},
    };
    static const QHash<QString, const char *> verdicts = {
        {QStringLiteral("duplicate"), QT_TR_NOOP("already known")},
        {QStringLiteral("stale"), QT_TR_NOOP("out of date, ignored")},
        {QStringLiteral("conflict"), QT_TR_NOOP("conflicting, ignored")},
        {QStringLiteral("invalid"), QT_TR_NOOP("invalid, ignored")},
        {QStringLiteral("not-found"), QT_TR_NOOP("no such ticket")},
        {QStringLiteral("unknown-ticket-created"), QT_TR_NOOP("first seen here")},
        {QStringLiteral("error"), QT_TR_NOOP("failed")},
    };
    // An unknown code (a newer TicketDesk on the same database) stays as written.
    const auto words = [](const QHash<QString, const char *> &table, const QString &code) {
        const char *source = table.value(code);
        return source ? tr(source) : code;
    };
    const QString verdict = !event.verdict.isEmpty() && event.verdict != QLatin1StringView("applied")
                                ? QStringLiteral(" — ") + words(verdicts, event.verdict)
                                : QString();
    // A link to another ticket, which the store writes in English, is worded whole.
    struct LinkWords
    {
        TicketEventLink::Kind link;
        QLatin1StringView kind;
        const char *text;
    };
    static constexpr LinkWords links[] = {
        {TicketEventLink::Kind::RetryOf, QLatin1StringView("created"), QT_TR_NOOP("Saved as a retry of #%1")},
        {TicketEventLink::Kind::RetriedAs, QLatin1StringView("retried-as"), QT_TR_NOOP("Retried as #%1")},
        {TicketEventLink::Kind::FoldedIn, QLatin1StringView("merge"),
         QT_TR_NOOP("Merged with #%1, first seen through a webhook")},
    };
    if (const std::optional<TicketEventLink> link = TicketEventLink::fromDetail(event.detail)) {
        for (const LinkWords &w : links) {
            if (w.link == link->kind && event.kind == w.kind)
                return tr(w.text).arg(link->ticket) + verdict;
        }
    }
    // A check every few minutes that found the ticket where it was: said as such, not as an
    // outcome "already known" again and again.
    if (event.kind == QLatin1StringView("retrieved") && event.verdict == QLatin1StringView("duplicate") &&
        event.detail.trimmed() == statusToString(TicketStatus::Pending))
        return tr("Checked with Ripio: still pending");
    QString text = words(kinds, event.kind) + verdict;
    if (!event.detail.isEmpty()) {
        QString detail = LocalizedText::wordStored(event.detail);
        // Only Ripio's own spelling ("CREATED"): a message may start with the word ("failed to …").
        const QStringView first = QStringView(detail).left(detail.indexOf(QLatin1Char(' ')));
        if (const std::optional<TicketStatus> status = statusFromString(first);
            status && first == statusToString(*status))
            detail = TicketModel::statusLabel(*status) + detail.mid(first.size());
        text += QStringLiteral(": ") + detail;
    }
    return text;
}

QString DetailsPane::apiText(const Ticket &t) const
{
    const QString &apiBase = t.apiBase;
    const QString env = EngineConfig::environmentOf(apiBase);
    QString text = env == QLatin1StringView("production") ? tr("Ripio production (%1)").arg(apiBase)
                   : env == QLatin1StringView("sandbox")  ? tr("Ripio sandbox (%1)").arg(apiBase)
                                                          : apiBase;
    // Only where it would be asked about (the reconciler's askable()): an outcome is final.
    const bool asked =
        !t.ticketId.isEmpty() && (t.status == TicketStatus::Pending || t.status == TicketStatus::Unconfirmed);
    if (asked && m_currentApi.isValid() && !sameRipioEnvironment(apiBase, m_currentApi))
        text += QLatin1Char(' ') + tr("— not the API TicketDesk uses now (%1), so it is not checked with Ripio "
                                      "until Settings point there again")
                                       .arg(ripioApiBase(m_currentApi));
    return text;
}

void DetailsPane::setCurrentApi(const QUrl &baseUrl)
{
    m_currentApi = baseUrl;
}

QString DetailsPane::html() const
{
    return m_text->toHtml();
}

void DetailsPane::showTicket(const Ticket &t, const QList<DeliveryRecord> &deliveries, const QList<TicketEvent> &events,
                             const CustomerRecord &customer, const FiledTwice &twin)
{
    m_ticket = t;
    m_title->setText(t.issueKey.isEmpty() ? tr("Ticket #%1").arg(t.id)
                                          : tr("Ticket #%1 — %2").arg(t.id).arg(VisibleText::shown(t.issueKey)));
    m_copyKey->setEnabled(!t.issueKey.isEmpty());

    QString h = QStringLiteral("<table cellspacing=2 cellpadding=2>");
    h += row(tr("Status"),
             esc(TicketModel::statusLabel(t.status)) + (t.conflict ? esc(tr(" (conflict recorded)")) : QString()));
    // An empty field says why in the placeholder text's colour, as prose beside its label.
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const auto absent = [&](AbsentField f) {
        return QStringLiteral("<i style=\"color: %1\">%2</i>").arg(muted, esc(absentFieldText(f, t)));
    };
    const auto field = [&](AbsentField f, const QString &label, const QString &value, Wrap wrap) {
        return value.isEmpty() ? row(label, absent(f)) : row(label, value, wrap);
    };
    h += field(AbsentField::IssueKey, tr("Issue key"), esc(t.issueKey), Wrap::KeepWhole);
    h += field(AbsentField::TicketId, tr("Ticket ID"), esc(t.ticketId), Wrap::KeepWholeBelow);
    const QString name = customer.name.trimmed();
    const QString email = customer.email.trimmed();
    h += row(tr("Customer"), esc(name.isEmpty() ? t.customerId : name),
             name.isEmpty() ? Wrap::KeepWholeBelow : Wrap::Prose);
    if (!email.isEmpty())
        h += row(tr("Email"), esc(email), Wrap::KeepWholeBelow);
    if (!name.isEmpty())
        h += row(tr("Customer ID"), esc(t.customerId), Wrap::KeepWholeBelow);
    h += field(AbsentField::Reference, tr("Your reference"),
               t.reference.isEmpty()
                   ? QString()
                   : esc(t.reference) + QStringLiteral(" <small>(") +
                         esc(tr("kept in TicketDesk, never sent to Ripio")) + QStringLiteral(")</small>"),
               Wrap::Prose);
    h += row(tr("Summary"), esc(t.summary));
    if (!t.message.isEmpty())
        h += row(tr("Message"), esc(LocalizedText::wordStored(t.message)));
    h += row(tr("Saved"), esc(when(t.createdAt)), Wrap::KeepWhole);
    h += field(AbsentField::Submitted, tr("Submitted"), esc(when(t.submittedAt)), Wrap::KeepWhole);
    h += field(AbsentField::OutcomeAt, tr("Outcome at"), esc(when(t.outcomeAt)), Wrap::KeepWhole);
    h += row(tr("Updated"), esc(when(t.updatedAt)), Wrap::KeepWhole);
    // "On this desk" was wrong on a team database, where another operator or a script made it.
    h += row(tr("Origin"), esc(!t.createdHere          ? tr("First seen in a webhook")
                               : t.createdBy.isEmpty() ? tr("Created in TicketDesk")
                                                       : tr("Created in TicketDesk by %1").arg(t.createdBy)));
    if (!t.apiBase.isEmpty())
        h += row(tr("Sent to"), esc(apiText(t)));
    if (t.retryOf)
        h += row(tr("Retry of"), ticketLink(t.retryOf));
    if (t.retriedAs)
        h += row(tr("Retried as"), ticketLink(t.retriedAs));
    if (twin.id)
        h += row(tr("Filed twice"),
                 tr("Ripio registered this request as ticket %1 too (%2). Ask Ripio to close one.")
                     .arg(ticketLink(twin.id), esc(twin.issueKey.isEmpty() ? tr("no issue key yet") : twin.issueKey)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Description")));
    if (t.description.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(absent(AbsentField::Description));
    else
        h += QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>").arg(esc(t.description));

    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Attachments")));
    if (t.attachments.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None")));
    } else {
        h += QStringLiteral("<ul>");
        for (const Attachment &a : t.attachments)
            h += QStringLiteral("<li>%1 (%2, %3)</li>")
                     .arg(esc(a.fileName), esc(a.contentType), esc(QLocale().formattedDataSize(a.size)));
        h += QStringLiteral("</ul>");
    }

    // One timeline, oldest first: store events and webhook deliveries interleaved.
    struct Line
    {
        QDateTime at;
        QString html;
    };
    QList<Line> lines;
    for (const TicketEvent &e : events) {
        lines.append({e.at, esc(eventText(e))});
    }
    for (const DeliveryRecord &d : deliveries) {
        QString text = esc(tr("Webhook %1 — %2").arg(d.eventType, DeliveryModel::verdictLabel(d.verdict)));
        text += esc(tr(" (event time %1").arg(when(d.eventTime)));
        if (d.skewMs)
            text += esc(tr(", arrived %1 later").arg(DeliveryModel::skewText(*d.skewMs)));
        text += QStringLiteral(")");
        lines.append({d.receivedAt, text});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at < b.at; });
    h += QStringLiteral("<h4>%1</h4><table cellspacing=2 cellpadding=2>").arg(esc(tr("Timeline")));
    for (const Line &l : std::as_const(lines))
        // The time above its line: beside it, the time would leave a narrow pane too little
        // room for a word such as SUPPORT_TICKET.CREATED, which cannot break.
        h += QStringLiteral("<tr><td%1>%2</td></tr><tr><td style=\"padding-left: 12px\">%3</td></tr>")
                 .arg(keepWhole, esc(when(l.at)), l.html);
    h += QStringLiteral("</table>");
    m_text->setHtml(h);
}

} // namespace TicketDesk
