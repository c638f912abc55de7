// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/fact.h"
#include "http/httprequest.h"
#include "store/deliveryrecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace TicketDesk {

// What one webhook delivery means, decided before anything is stored.
struct WebhookDecision
{
    enum class Action
    {
        Record,        // store only the delivery record, then answer `status`
        ApplyFact,     // commit `fact` with the delivery record, then answer 200
        CloseCustomer, // mark `customerId` closed with the delivery record, then answer 200
    };
    Action action = Action::Record;
    int status = 200;
    DeliveryRecord delivery;
    std::optional<Fact> fact;
    QString customerId;
    bool late = false;           // issueDatetime outside the replay window (accepted unless strict)
    bool previousSecret = false; // signed with the previous secret (a rotation not yet finished)
};

// Verdict strings of deliveries that carry no lifecycle verdict. Stable: stored
// and filtered on by the deliveries view.
namespace DeliveryVerdicts {
inline constexpr QLatin1StringView badSignature{"bad-signature"};
inline constexpr QLatin1StringView missingSignature{"missing-signature"};
inline constexpr QLatin1StringView rejectedLate{"rejected-late"};
inline constexpr QLatin1StringView quarantined{"quarantined"};
inline constexpr QLatin1StringView otherFamily{"other-family"};
inline constexpr QLatin1StringView accountClosed{"account-closed"};
inline constexpr QLatin1StringView late{"late"};
inline constexpr QLatin1StringView storeFailed{"store-failed"};
inline constexpr QLatin1StringView suppressed{"suppressed"}; // a count of rejected deliveries not kept

// Answered with a 4xx (or only counted): a forged, unsigned or strictly too old request, which is
// no sign that Ripio's events arrive.
inline bool refused(QStringView verdict)
{
    return verdict == badSignature || verdict == missingSignature || verdict == rejectedLate || verdict == suppressed;
}
} // namespace DeliveryVerdicts

// The webhook pipeline's first half, free of sockets and storage: verify the
// signature over the raw bytes, decode, check the replay window, and say what
// to store and what to answer. The receiver commits and answers.
class WebhookInspector final
{
public:
    explicit WebhookInspector(const Clock &clock);

    // An empty current secret with `requireSignature` rejects every delivery.
    void setSecrets(const QByteArray &current, const QByteArray &previous, bool requireSignature);
    void setReplayWindow(int seconds, bool strict);

    // A rejected delivery (any 4xx) keeps at most this much of its body, beside
    // the body's size and SHA-256: an unauthenticated sender cannot fill the disk.
    static constexpr qsizetype rejectedBodyPrefix = 2048;

    // `hashRejected` false: a rejected delivery's bodySha256 stays empty, for the caller to
    // fill with bodyHash() only if it records it (a flood of large bodies it only counts then
    // costs one pass over each body, the signature's, not two).
    WebhookDecision inspect(const HttpRequest &request, const QString &peer, bool hashRejected = true) const;
    static QByteArray bodyHash(const QByteArray &body);

    // "Name: value" lines of the headers worth keeping, signature shortened. Headers are not
    // signed, and every delivery keeps them (a replayed one too): so at most this many lines, each
    // value cut at this many bytes, whatever the sender repeats or pads.
    static constexpr int keptHeaderLines = 8;
    static constexpr qsizetype keptHeaderValue = 256;
    static QString headersOfInterest(const HttpRequest &request);

private:
    WebhookDecision judge(const HttpRequest &request, const QString &peer) const;

    const Clock &m_clock;
    QByteArray m_current;
    QByteArray m_previous;
    bool m_requireSignature = true;
    int m_windowSeconds = 300;
    bool m_strict = false;
};

} // namespace TicketDesk
