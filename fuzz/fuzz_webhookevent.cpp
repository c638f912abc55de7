// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Webhook body decoding on arbitrary bytes: it runs on signed bodies only, but a signed body is
// still whatever Ripio (or a leaked secret) sends. What decodes must be usable as a fact.

#include "core/ticketstatus.h"
#include "core/webhookevent.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace TicketDesk;

void check(bool ok, const char *invariant)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_webhookevent: invariant broken: %s\n", invariant);
        std::abort();
    }
}

void checkEvent(const WebhookEvent &e)
{
    switch (e.kind) {
    case WebhookEvent::Kind::SupportTicket:
        check(isUuid(e.ticketId) && isUuid(e.customerId), "ticket event has UUID ticketId and customerId");
        check(e.status == TicketStatus::Created || e.status == TicketStatus::Failed, "status is CREATED or FAILED");
        check((e.status == TicketStatus::Created) == (e.eventType == QLatin1StringView("SUPPORT_TICKET.CREATED")),
              "status matches eventType");
        check(e.status != TicketStatus::Created || !e.issueKey.isEmpty(), "CREATED has an issueKey");
        check(e.status != TicketStatus::Failed || e.issueKey.isEmpty(), "FAILED carries no issueKey");
        check(e.issueDatetime.isValid() && e.issueDatetime.timeSpec() == Qt::UTC, "ticket event time is valid UTC");
        break;
    case WebhookEvent::Kind::AccountClosed:
        check(isUuid(e.customerId), "ACCOUNT.CLOSED has a UUID customerId");
        check(!e.isActive, "ACCOUNT.CLOSED is inactive");
        check(e.issueDatetime.isValid() && e.issueDatetime.timeSpec() == Qt::UTC, "account event time is valid UTC");
        break;
    case WebhookEvent::Kind::OtherFamily:
        check(!e.issueDatetime.isValid() || e.issueDatetime.timeSpec() == Qt::UTC, "other event time is UTC or none");
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DecodeResult result = decodeWebhook(body);
    if (result.ok())
        checkEvent(result.event);
    else
        check(!result.detail.isEmpty(), "a decode error says why");

    // The time and UUID parsers see raw field text; give them the input directly as well.
    const QString text = QString::fromUtf8(body);
    const QDateTime when = parseIssueDatetime(text);
    check(!when.isValid() || when.timeSpec() == Qt::UTC, "parsed time is UTC");
    if (isUuid(text))
        check(text.size() == 36, "a UUID is 36 characters");
    return 0;
}
