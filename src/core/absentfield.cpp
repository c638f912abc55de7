// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/absentfield.h"

#include "core/ticketstatus.h"

#include <QCoreApplication>

namespace TicketDesk {

namespace {

// The words' context for the translations, as a class's tr() gives it.
class AbsentFieldWords
{
    Q_DECLARE_TR_FUNCTIONS(TicketDesk::AbsentField)

public:
    static QString of(AbsentField field, const Ticket &ticket);
};

} // namespace

QString AbsentFieldWords::of(AbsentField field, const Ticket &ticket)
{
    const TicketStatus s = ticket.status;
    const bool notSentYet = s == TicketStatus::Queued || s == TicketStatus::Submitting;
    // UNCONFIRMED: no answer came in time, or an error (a 500) said nothing of the ticket.
    const QString answerLost = tr("Unknown: no answer from Ripio confirmed the request");
    const QString refused = tr("None: Ripio refused the request");
    // What the 202 would have told (the ticket ID, when it came), once the request has left.
    const auto notAccepted = [&] {
        if (s == TicketStatus::Unconfirmed)
            return answerLost;
        return s == TicketStatus::Rejected ? refused : tr("Unknown");
    };
    switch (field) {
    case AbsentField::IssueKey:
        if (s == TicketStatus::Created)
            return tr("Not told by Ripio");
        if (s == TicketStatus::Failed || s == TicketStatus::Rejected)
            return tr("None: Ripio did not register the ticket");
        // Whether Ripio has the ticket at all is what is not known.
        if (s == TicketStatus::Unconfirmed)
            return tr("Unknown: Ripio gives one if it registered the ticket");
        return tr("Not yet: Ripio gives one when it registers the ticket");
    case AbsentField::TicketId:
        return notSentYet ? tr("Not yet: Ripio assigns one when it accepts the request") : notAccepted();
    case AbsentField::Reference:
        return tr("None", "no reference or description");
    case AbsentField::Submitted:
        if (!ticket.createdHere)
            return tr("Unknown: first seen in a webhook");
        // The request left whole; what is not known is whether Ripio took it ("Unknown" here
        // read as if it had never been sent, beside a message saying it had).
        if (s == TicketStatus::Unconfirmed)
            return tr("Sent, but no answer from Ripio confirmed it");
        return notSentYet ? tr("Not yet") : notAccepted();
    case AbsentField::OutcomeAt:
        if (s == TicketStatus::Rejected)
            return refused;
        if (s == TicketStatus::Created || s == TicketStatus::Failed)
            return tr("Unknown");
        return tr("Not yet");
    case AbsentField::Description:
        return ticket.createdHere ? tr("None", "no reference or description")
                                  : tr("Unknown: Ripio's webhooks do not carry it");
    case AbsentField::RetryOf:
        return tr("None: not a retry");
    case AbsentField::RetriedAs:
        return isRetryable(s) ? tr("None: not retried yet") : tr("None");
    }
    return {};
}

QString absentFieldText(AbsentField field, const Ticket &ticket)
{
    return AbsentFieldWords::of(field, ticket);
}

} // namespace TicketDesk
