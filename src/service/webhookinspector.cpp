// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/webhookinspector.h"

#include "core/digest.h"
#include "core/replaywindow.h"
#include "core/signature.h"
#include "core/webhookevent.h"

#include <algorithm>
#include <array>

namespace TicketDesk {

namespace {

// A delivery's detail is its notes in the order they were made, "; " between them.
void appendDetail(QString &detail, const QString &note)
{
    if (!detail.isEmpty() && !detail.endsWith(QStringLiteral("; ")))
        detail += QStringLiteral("; ");
    detail += note;
}

QByteArray signatureHeader(const HttpRequest &request)
{
    for (const HttpRequest::Header &h : request.headers) {
        if (isSignatureHeaderName(h.name))
            return h.value.isNull() ? QByteArray("") : h.value;
    }
    return QByteArray();
}

} // namespace

WebhookInspector::WebhookInspector(const Clock &clock)
    : m_clock(clock)
{}

void WebhookInspector::setSecrets(const QByteArray &current, const QByteArray &previous, bool requireSignature)
{
    m_current = current;
    m_previous = previous;
    m_requireSignature = requireSignature;
}

void WebhookInspector::setReplayWindow(int seconds, bool strict)
{
    m_windowSeconds = seconds;
    m_strict = strict;
}

QString WebhookInspector::headersOfInterest(const HttpRequest &request)
{
    static constexpr std::array<QByteArrayView, 6> kept{"content-type",    "content-length", "user-agent",
                                                        "x-forwarded-for", "x-real-ip",      "forwarded"};
    // Every delivery passes here: names compared in any case, none lower-cased into a copy.
    const auto isKept = [](const QByteArray &name) {
        return std::any_of(kept.cbegin(), kept.cend(),
                           [&](QByteArrayView k) { return name.compare(k, Qt::CaseInsensitive) == 0; });
    };
    // A value as sent (UTF-8, as a sender writes one; the panes escape what needs it), cut whole
    // characters short of the limit.
    const auto shown = [](const QByteArray &value) -> QString {
        if (value.size() <= keptHeaderValue)
            return QString::fromUtf8(value);
        QString cut = QString::fromUtf8(value.left(keptHeaderValue));
        if (cut.endsWith(QChar::ReplacementCharacter))
            cut.chop(1); // a character the cut went through
        return cut + QStringLiteral("… (%1 bytes)").arg(value.size());
    };
    QStringList lines;
    int left = 0;
    for (const HttpRequest::Header &h : request.headers) {
        const bool signature = isSignatureHeaderName(h.name);
        if (!signature && !isKept(h.name))
            continue;
        if (lines.size() == keptHeaderLines) {
            ++left;
            continue;
        }
        if (signature) {
            // The digest is no secret, but nobody needs it whole: keep enough to tell two apart.
            const QByteArray digest = h.value.size() > 15 ? h.value.left(15) + "…" : h.value;
            lines << QString::fromLatin1(h.name) + QStringLiteral(": ") + QString::fromUtf8(digest) +
                         QStringLiteral(" (redacted)");
        } else {
            lines << QString::fromLatin1(h.name) + QStringLiteral(": ") + shown(h.value);
        }
    }
    if (left > 0)
        lines << QStringLiteral("(%1 more of these headers not kept)").arg(left);
    return lines.join(QLatin1Char('\n'));
}

WebhookDecision WebhookInspector::inspect(const HttpRequest &request, const QString &peer, bool hashRejected) const
{
    WebhookDecision d = judge(request, peer);
    d.delivery.bodySize = request.body.size();
    if (d.status < 400 || hashRejected)
        d.delivery.bodySha256 = bodyHash(request.body);
    if (d.status >= 400)
        d.delivery.body = request.body.left(rejectedBodyPrefix);
    return d;
}

QByteArray WebhookInspector::bodyHash(const QByteArray &body)
{
    return sha256(body).toHex();
}

WebhookDecision WebhookInspector::judge(const HttpRequest &request, const QString &peer) const
{
    const QDateTime now = m_clock.now();
    WebhookDecision d;
    d.delivery.receivedAt = now;
    d.delivery.body = request.body;
    d.delivery.headers = headersOfInterest(request);
    d.delivery.peerAddress = peer;

    // 1. Signature, over the raw bytes, before any parsing.
    const QByteArray sigHeader = signatureHeader(request);
    if (m_requireSignature) {
        const SignatureVerdict sv = verifySignature(sigHeader.isNull() ? QByteArrayView() : QByteArrayView(sigHeader),
                                                    request.body, m_current, m_previous);
        if (!isValid(sv)) {
            d.action = WebhookDecision::Action::Record;
            d.status = 401;
            d.delivery.verdict =
                sv == SignatureVerdict::Missing ? DeliveryVerdicts::missingSignature : DeliveryVerdicts::badSignature;
            d.delivery.detail = signatureVerdictToString(sv);
            return d;
        }
        if (sv == SignatureVerdict::ValidPrevious) {
            d.previousSecret = true;
            d.delivery.detail = QStringLiteral("signed with the previous secret");
        }
    }

    // 2. Decode. A signed body we cannot use is kept and acknowledged: Ripio's
    // retries would bring the same bytes again.
    const DecodeResult decoded = decodeWebhook(request.body);
    const WebhookEvent &event = decoded.event;
    // What could be read, even of a body that cannot be used: the deliveries view shows it.
    d.delivery.eventType = event.eventType;
    d.delivery.ticketId = event.ticketId;
    d.delivery.eventTime = event.issueDatetime;
    if (event.issueDatetime.isValid())
        d.delivery.skewMs = event.issueDatetime.msecsTo(now);
    if (!decoded.ok()) {
        d.action = WebhookDecision::Action::Record;
        d.status = 200;
        d.delivery.verdict = DeliveryVerdicts::quarantined;
        appendDetail(d.delivery.detail, decodeErrorToString(decoded.error) + QStringLiteral(": ") + decoded.detail);
        return d;
    }

    if (event.kind == WebhookEvent::Kind::OtherFamily) {
        d.action = WebhookDecision::Action::Record;
        d.status = 200;
        d.delivery.verdict = DeliveryVerdicts::otherFamily;
        return d;
    }

    // 3. Replay window: reported, and by default only flagged (Ripio signs no
    // delivery time, so a genuine redelivery after downtime is old).
    const ReplayCheck replay = checkReplayWindow(event.issueDatetime, m_clock, m_windowSeconds);
    if (!replay.withinWindow) {
        d.late = true;
        const QString skew = QStringLiteral("issueDatetime %1 s from arrival").arg(replay.skewMs / 1000);
        if (m_strict) {
            d.action = WebhookDecision::Action::Record;
            d.status = 401;
            d.delivery.verdict = DeliveryVerdicts::rejectedLate;
            appendDetail(d.delivery.detail, skew);
            return d;
        }
        // The store adds the lifecycle's verdict after it.
        appendDetail(d.delivery.detail, skew);
        d.delivery.detail += QStringLiteral("; ");
    }

    if (event.kind == WebhookEvent::Kind::AccountClosed) {
        d.action = WebhookDecision::Action::CloseCustomer;
        d.customerId = event.customerId;
        d.delivery.verdict = d.late ? DeliveryVerdicts::late : DeliveryVerdicts::accountClosed;
        return d;
    }

    d.action = WebhookDecision::Action::ApplyFact;
    // Empty: the store fills in the lifecycle's verdict when it commits.
    d.delivery.verdict = d.late ? QString(DeliveryVerdicts::late) : QString();
    // Dated when it happened, but never after it arrived: a sender's clock ahead of ours would
    // give a ticket (or its outcome) a time still to come. The delivery keeps the event's own.
    d.fact = Fact::webhook(event.ticketId, event.status, event.issueKey, event.customerId, event.summary,
                           std::min(event.issueDatetime, now));
    return d;
}

} // namespace TicketDesk
