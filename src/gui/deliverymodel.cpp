// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/deliverymodel.h"

#include "core/localizedtext.h"
#include "gui/insightsfigures.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace TicketDesk {

DeliveryModel::DeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int DeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList DeliveryModel::knownVerdicts()
{
    return {QStringLiteral("applied"),        QStringLiteral("unknown-ticket-created"),
            QStringLiteral("bad-signature"),  QStringLiteral("missing-signature"),
            QStringLiteral("late"),           QStringLiteral("rejected-late"),
            QStringLiteral("stale"),          QStringLiteral("duplicate"),
            QStringLiteral("conflict"),       QStringLiteral("other-family"),
            QStringLiteral("account-closed"), QStringLiteral("quarantined"),
            QStringLiteral("invalid"),        QStringLiteral("store-failed"),
            QStringLiteral("suppressed")};
}

QString DeliveryModel::verdictLabel(const QString &verdict)
{
    if (verdict == QLatin1StringView("applied"))
        return tr("Valid");
    if (verdict == QLatin1StringView("unknown-ticket-created"))
        return tr("Valid (ticket from elsewhere)");
    if (verdict == QLatin1StringView("bad-signature"))
        return tr("Bad signature");
    if (verdict == QLatin1StringView("missing-signature"))
        return tr("Missing signature");
    if (verdict == QLatin1StringView("late"))
        return tr("Late (accepted)");
    if (verdict == QLatin1StringView("rejected-late"))
        return tr("Stale (rejected)");
    if (verdict == QLatin1StringView("stale"))
        return tr("Stale");
    if (verdict == QLatin1StringView("duplicate"))
        return tr("Duplicate");
    if (verdict == QLatin1StringView("conflict"))
        return tr("Conflict");
    if (verdict == QLatin1StringView("other-family"))
        return tr("Other event family");
    if (verdict == QLatin1StringView("account-closed"))
        return tr("Account closed");
    if (verdict == QLatin1StringView("quarantined"))
        return tr("Quarantined");
    if (verdict == QLatin1StringView("invalid"))
        return tr("Invalid");
    if (verdict == QLatin1StringView("store-failed"))
        return tr("Store failed (503)");
    if (verdict == QLatin1StringView("suppressed"))
        return tr("Suppressed");
    return verdict;
}

QString DeliveryModel::suppressedText(qint64 count)
{
    // Grouped as the locale groups (a flood counts in thousands), in the right plural.
    return tr("%Ln more from this address suppressed", nullptr, pluralCount(count));
}

QString DeliveryModel::skewText(qint64 ms)
{
    const QString magnitude = InsightsFigures::durationText(ms < 0 ? -ms : ms);
    return ms < 0 ? QLocale().negativeSign() + magnitude : magnitude;
}

QString DeliveryModel::decoderFault(const QString &fault)
{
    // The sentences of decodeWebhook() (core/webhookevent.cpp): the field's path (a JSON name,
    // kept as it is), then what is wrong with it. A sentence not listed stays as written.
    struct Fault
    {
        QLatin1StringView english;
        const char *text;
    };
    static constexpr Fault faults[] = {
        {QLatin1StringView(" is missing"), QT_TR_NOOP("%1 is missing")},
        {QLatin1StringView(" is not a string"), QT_TR_NOOP("%1 is not a string")},
        {QLatin1StringView(" is not a string or null"), QT_TR_NOOP("%1 is not a string or null")},
        {QLatin1StringView(" is empty"), QT_TR_NOOP("%1 is empty")},
        {QLatin1StringView(" is not a UUID"), QT_TR_NOOP("%1 is not a UUID")},
        {QLatin1StringView(" is not an object"), QT_TR_NOOP("%1 is not an object")},
        {QLatin1StringView(" is not a boolean"), QT_TR_NOOP("%1 is not a boolean")},
        {QLatin1StringView(" is not a UTC ISO-8601 time"), QT_TR_NOOP("%1 is not a UTC ISO-8601 time")},
        {QLatin1StringView(" is neither CREATED nor FAILED"), QT_TR_NOOP("%1 is neither CREATED nor FAILED")},
        {QLatin1StringView(" does not match eventType"), QT_TR_NOOP("%1 does not match eventType")},
        {QLatin1StringView(" is true in ACCOUNT.CLOSED"), QT_TR_NOOP("%1 is true in ACCOUNT.CLOSED")},
        {QLatin1StringView(" is not a support ticket event known here"),
         QT_TR_NOOP("%1 is not a support ticket event known here")},
    };
    const qsizetype space = fault.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return fault;
    const QStringView said = QStringView(fault).mid(space);
    for (const Fault &f : faults) {
        if (said == f.english)
            return tr(f.text).arg(fault.left(space));
    }
    return fault;
}

QString DeliveryModel::peerText(const QString &peer)
{
    // The count of a minute's other addresses, as the receiver records it (WebhookReceiver).
    static const QRegularExpression others(QStringLiteral("^\\((\\d{1,9}) other addresses\\)$"));
    if (const QRegularExpressionMatch m = others.match(peer); m.hasMatch())
        return tr("%n other addresses", nullptr, m.captured(1).toInt());
    return peer;
}

QString DeliveryModel::detailText(const QString &detail)
{
    // The forms of WebhookInspector, WebhookReceiver and the store's appended lifecycle verdict.
    static const QRegularExpression skew(QStringLiteral("^issueDatetime (-?\\d{1,12}) s from arrival$"));
    static const QRegularExpression since(QStringLiteral("^rejected deliveries only counted since (\\S+)$"));
    static const QRegularExpression undecoded(
        QStringLiteral("^(not-json|not-object|missing-field|wrong-type|bad-value): (.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto word = [](const QString &part) -> QString {
        if (part == QLatin1StringView("missing"))
            return tr("no signature header");
        if (part == QLatin1StringView("malformed"))
            return tr("the signature header cannot be read");
        if (part == QLatin1StringView("mismatch"))
            return tr("the signature does not match the webhook secret");
        if (part == QLatin1StringView("signed with the previous secret"))
            return tr("signed with the previous webhook secret");
        if (knownVerdicts().contains(part)) // the store's lifecycle verdict, appended
            return verdictLabel(part);
        if (const QRegularExpressionMatch m = skew.match(part); m.hasMatch()) {
            const qint64 ms = m.captured(1).toLongLong() * 1000;
            return ms >= 0 ? tr("issued %1 before it arrived").arg(skewText(ms))
                           : tr("issued %1 after it arrived").arg(skewText(-ms));
        }
        if (const QRegularExpressionMatch m = since.match(part); m.hasMatch()) {
            const QDateTime at = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
            if (at.isValid())
                return tr("further rejected deliveries only counted since %1")
                    .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
        }
        if (const QRegularExpressionMatch m = undecoded.match(part); m.hasMatch()) {
            const QString code = m.captured(1);
            const QString what = m.captured(2);
            if (code == QLatin1StringView("not-json")) // Qt's JSON parser's words
                return tr("the body is not JSON (%1)").arg(what);
            if (code == QLatin1StringView("not-object"))
                return tr("the body is not a JSON object");
            return tr("the event cannot be used: %1").arg(decoderFault(what));
        }
        return part;
    };
    QStringList parts = detail.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = word(part.trimmed());
    return parts.join(QStringLiteral("; "));
}

bool DeliveryModel::isProblem(const QString &verdict)
{
    return verdict == QLatin1StringView("bad-signature") || verdict == QLatin1StringView("missing-signature") ||
           verdict == QLatin1StringView("rejected-late") || verdict == QLatin1StringView("conflict") ||
           verdict == QLatin1StringView("quarantined") || verdict == QLatin1StringView("invalid") ||
           verdict == QLatin1StringView("store-failed") || verdict == QLatin1StringView("suppressed");
}

QVariant DeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DeliveryRecord &r = m_records.at(index.row());
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString();
    };
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ReceivedColumn:
            return time(r.receivedAt);
        case VerdictColumn:
            if (r.suppressed > 0)
                return suppressedText(r.suppressed);
            // Outside the replay window on the other side: issued after it arrived (a sender's
            // clock ahead), not late.
            if (r.verdict == QLatin1StringView("late") && r.skewMs && *r.skewMs < 0)
                return tr("Early (accepted)");
            return verdictLabel(r.verdict);
        case EventTypeColumn:
            return r.eventType;
        case EventTimeColumn:
            return time(r.eventTime);
        case SkewColumn:
            return r.skewMs ? skewText(*r.skewMs) : QString();
        case TicketIdColumn:
            return r.ticketId;
        case PeerColumn:
            return peerText(r.peerAddress);
        }
    }
    if (role == Qt::DecorationRole && index.column() == VerdictColumn) {
        static const QIcon ok(QStringLiteral(":/icons/delivery-ok.svg"));
        static const QIcon bad(QStringLiteral(":/icons/delivery-bad.svg"));
        return isProblem(r.verdict) ? bad : ok;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case ReceivedColumn:
            return r.receivedAt.toMSecsSinceEpoch();
        case EventTimeColumn:
            return r.eventTime.isValid() ? r.eventTime.toMSecsSinceEpoch() : 0;
        case SkewColumn:
            return r.skewMs.value_or(0);
        default: // the verdict as shown, in the operator's language
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == VerdictRole)
        return r.verdict;
    if (role == IdRole)
        return r.id;
    return QVariant();
}

QVariant DeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case VerdictColumn:
        return tr("Verdict");
    case EventTypeColumn:
        return tr("Event");
    case EventTimeColumn:
        return tr("Event time");
    case SkewColumn:
        return tr("Arrival delay");
    case TicketIdColumn:
        return tr("Ticket ID");
    case PeerColumn:
        return tr("From");
    }
    return QVariant();
}

void DeliveryModel::set(const QList<DeliveryRecord> &records)
{
    beginResetModel();
    m_records = records.mid(0, cap);
    m_olderNotLoaded = records.size() >= firstLoad;
    endResetModel();
}

void DeliveryModel::prepend(const QList<DeliveryRecord> &incoming)
{
    // A record told twice (read from the database by one look and reported by this process's
    // receiver) is shown once: only the newest rows can hold it.
    QSet<qint64> newest;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_records.size(), recentlyTold); ++i)
        newest.insert(m_records.at(i).id);
    QList<DeliveryRecord> records;
    for (const DeliveryRecord &r : incoming) {
        if (r.id <= 0 || !newest.contains(r.id))
            records.append(r);
    }
    if (records.isEmpty())
        return;
    // Records arrive oldest first within a batch; the log shows newest first.
    const int n = int(std::min<qsizetype>(records.size(), cap));
    beginInsertRows(QModelIndex(), 0, n - 1);
    for (qsizetype i = records.size() - n; i < records.size(); ++i)
        m_records.prepend(records.at(i));
    endInsertRows();
    if (m_records.size() > cap) {
        beginRemoveRows(QModelIndex(), cap, int(m_records.size()) - 1);
        m_records.resize(cap);
        m_olderNotLoaded = true;
        endRemoveRows();
    }
}

} // namespace TicketDesk
