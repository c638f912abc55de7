// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demohistory.h"

#include "app/demoseeder.h"
#include "core/clock.h"
#include "core/signature.h"
#include "ripio/ripioerrorparser.h"
#include "service/webhookinspector.h"
#include "store/ticketstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <cmath>
#include <numbers>

namespace TicketDesk {

namespace {

// The store stamps what it writes with "now": the history sets it to each moment.
class SteppedClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &at) { m_now = at; }

private:
    QDateTime m_now;
};

constexpr int historyDays = 42;
constexpr int incidentDays = 5; // the last days: Ripio has a bad week
const QString ripioAddress = QStringLiteral("203.0.113.10");

const char *const operators[] = {"ana", "bruno", "carla"};
const char *const summaries[] = {
    "Deposit not credited",          "KYC document rejected",       "Off-ramp to CBU delayed",
    "Wrong exchange rate applied",   "Card payment declined",       "2FA reset request",
    "Withdrawal limit question",     "Duplicate charge on account", "USDC on-ramp stuck in processing",
    "Invoice missing for the month",
};

// What happens to one ticket of the history.
struct Plan
{
    qint64 localId = 0;
    QString ticketId;
    QString customerId;
    QString summary;
    QDateTime created;
    TicketStatus status = TicketStatus::Created; // where it ends
    qint64 durationMs = 0;                       // 202 to outcome
    bool byReconciliation = false;               // the webhook never came
    bool duplicateDelivery = false;
    bool lateDelivery = false;
    bool retried = false; // a FAILED one the operator retries
};

class Writer
{
public:
    Writer(const QDateTime &now, const QStringList &customers)
        : m_now(now)
        , m_customers(customers)
        , m_random(20261203)
    {}

    bool run(TicketStore &store, SteppedClock &clock, DemoHistory *written, QString *error);

private:
    double uniform() { return m_random.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    // A log-normal duration: median `medianMs`, spread `sigma` (Box-Muller).
    qint64 duration(double medianMs, double sigma)
    {
        const double u1 = std::max(uniform(), 1e-9);
        const double gaussian = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * uniform());
        return std::max<qint64>(300, qint64(medianMs * std::exp(sigma * gaussian)));
    }
    Plan plan(const QDateTime &created, bool incident);
    QList<FactInput> factsFor(const Plan &p);
    DeliveryRecord delivery(const Plan &p, const QDateTime &receivedAt, const QString &verdict) const;
    bool noise(TicketStore &store, SteppedClock &clock, const QDate &day, int dayIndex);
    bool fail(TicketStore &store, QString *error) const
    {
        if (error)
            *error = store.lastError().message;
        return false;
    }

    QDateTime m_now;
    QStringList m_customers;
    QRandomGenerator m_random;
    int m_issueKey = 3100;
    int m_planned = 0;
    qint64 m_deliveries = 0;
};

Plan Writer::plan(const QDateTime &created, bool incident)
{
    Plan p;
    p.ticketId =
        QUuid::createUuidV5(QUuid(), QStringLiteral("demo-history-%1").arg(++m_planned)).toString(QUuid::WithoutBraces);
    p.customerId = m_customers.at(m_random.bounded(int(m_customers.size())));
    p.summary = QString::fromLatin1(summaries[m_random.bounded(int(std::size(summaries)))]);
    p.created = created;
    const double roll = uniform();
    const double failed = incident ? 0.14 : 0.04;
    if (roll < 0.015)
        p.status = TicketStatus::Rejected;
    else if (roll < 0.025)
        p.status = TicketStatus::Unconfirmed;
    else if (roll < 0.025 + failed)
        p.status = TicketStatus::Failed;
    p.durationMs = incident ? duration(9000, 1.1) : duration(2600, 0.7);
    p.byReconciliation = chance(incident ? 0.22 : 0.02);
    if (p.byReconciliation) // the reconciler asks after a minute without a webhook
        p.durationMs += 60 * 1000;
    p.duplicateDelivery = !p.byReconciliation && chance(0.04);
    p.lateDelivery = !p.byReconciliation && chance(incident ? 0.08 : 0.02);
    p.retried = p.status == TicketStatus::Failed && chance(0.75);
    return p;
}

DeliveryRecord Writer::delivery(const Plan &p, const QDateTime &receivedAt, const QString &verdict) const
{
    const bool created = p.status == TicketStatus::Created;
    const QDateTime issued = p.created.addMSecs(1000 + p.durationMs);
    const QJsonObject ticket{
        {QStringLiteral("ticketId"), p.ticketId},
        {QStringLiteral("customerId"), p.customerId},
        {QStringLiteral("issueKey"),
         created ? QJsonValue(QStringLiteral("SUP-%1").arg(m_issueKey)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("summary"), p.summary},
        {QStringLiteral("status"), created ? QStringLiteral("CREATED") : QStringLiteral("FAILED")}};
    const QString type = created ? QStringLiteral("SUPPORT_TICKET.CREATED") : QStringLiteral("SUPPORT_TICKET.FAILED");
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("eventType"), type},
                                  {QStringLiteral("issueDatetime"), issued.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("supportTicket"), ticket}})
            .toJson(QJsonDocument::Compact);
    DeliveryRecord r;
    r.receivedAt = receivedAt;
    r.eventTime = issued;
    r.eventType = type;
    r.ticketId = p.ticketId;
    r.body = body;
    r.bodySize = body.size();
    r.bodySha256 = WebhookInspector::bodyHash(body);
    r.headers = QStringLiteral("Content-Type: application/json\nX-Signature: [redacted]");
    r.verdict = verdict;
    r.skewMs = issued.msecsTo(receivedAt);
    r.peerAddress = ripioAddress;
    return r;
}

QList<FactInput> Writer::factsFor(const Plan &p)
{
    QList<FactInput> facts;
    const QDateTime submitted = p.created.addMSecs(1000);
    facts << FactInput::forLocal(p.localId, Fact::submit(p.created.addMSecs(400)));
    if (p.status == TicketStatus::Rejected) {
        // What the client itself would store, so that the demo words it in the reader's language.
        const ClientError refused =
            errorFromHttpAnswer(RipioCall::CreateTicket, 404,
                                QByteArrayLiteral(R"({"detail":"customerId: customer not found"})"), {}, submitted);
        facts << FactInput::forLocal(p.localId, Fact::rejected(refused.storedMessage(), submitted));
        return facts;
    }
    if (p.status == TicketStatus::Unconfirmed) {
        facts << FactInput::forLocal(
            p.localId,
            Fact::answerLost(
                errorFromNetworkFailure(QNetworkReply::RemoteHostClosedError, false, true, 30'000).storedMessage(),
                submitted.addMSecs(30 * 1000)));
        return facts;
    }
    facts << FactInput::forLocal(p.localId, Fact::accepted(p.ticketId, submitted));
    const QDateTime outcome = submitted.addMSecs(p.durationMs);
    const QString issueKey = p.status == TicketStatus::Created ? QStringLiteral("SUP-%1").arg(++m_issueKey) : QString();
    if (p.byReconciliation) {
        facts << FactInput::forRemote(Fact::retrieved(p.ticketId, p.status, issueKey, outcome));
        return facts;
    }
    const Fact event = Fact::webhook(p.ticketId, p.status, issueKey, p.customerId, p.summary, outcome);
    const QDateTime received = outcome.addMSecs(p.lateDelivery ? 7 * 60 * 1000 : 120 + m_random.bounded(400));
    facts << FactInput::forRemote(event, delivery(p, received, p.lateDelivery ? QStringLiteral("late") : QString()));
    ++m_deliveries;
    if (p.duplicateDelivery) { // Ripio sent it again: the answer was slow
        facts << FactInput::forRemote(event, delivery(p, received.addSecs(30), QString()));
        ++m_deliveries;
    }
    return facts;
}

// Deliveries that carry no ticket: another event family now and then, a
// probe with a bad signature some days, and one scan that was suppressed.
bool Writer::noise(TicketStore &store, SteppedClock &clock, const QDate &day, int dayIndex)
{
    QList<DeliveryRecord> records;
    const auto at = [&day](int hour, int minute) { return QDateTime(day, QTime(hour, minute)).toUTC(); };
    if (chance(0.6)) {
        DeliveryRecord r;
        r.receivedAt = at(11, int(m_random.bounded(60)));
        r.eventType = QStringLiteral("ON_RAMP.COMPLETED");
        r.body = R"({"eventType":"ON_RAMP.COMPLETED"})";
        r.bodySize = r.body.size();
        r.verdict = QStringLiteral("other-family");
        r.peerAddress = ripioAddress;
        records << r;
    }
    const bool scan = dayIndex == historyDays - 9;
    const int probes = scan ? 20 : (chance(0.3) ? 1 + int(m_random.bounded(3)) : 0);
    for (int i = 0; i < probes; ++i) {
        DeliveryRecord r;
        r.receivedAt = at(scan ? 3 : 2 + int(m_random.bounded(20)), scan ? i : int(m_random.bounded(60)));
        r.body = R"({"eventType":"SUPPORT_TICKET.CREATED","supportTicket":{}})";
        r.bodySize = r.body.size();
        r.verdict = QStringLiteral("bad-signature");
        r.detail = signatureVerdictToString(SignatureVerdict::Mismatch); // as the inspector writes it
        r.peerAddress = QStringLiteral("198.51.100.%1").arg(scan ? 66 : 20 + int(m_random.bounded(200)));
        records << r;
    }
    if (scan) {
        DeliveryRecord r;
        r.receivedAt = at(3, 25);
        r.verdict = QStringLiteral("suppressed");
        r.peerAddress = QStringLiteral("198.51.100.66");
        r.suppressed = 180;
        records << r;
    }
    for (const DeliveryRecord &r : records) {
        clock.set(r.receivedAt);
        if (!store.recordDelivery(r))
            return false;
        m_deliveries += std::max<qint64>(1, r.suppressed);
    }
    return true;
}

bool Writer::run(TicketStore &store, SteppedClock &clock, DemoHistory *written, QString *error)
{
    const QDate today = m_now.toLocalTime().date();
    QList<Plan> plans;
    QList<Ticket> tickets;
    for (int d = 0; d < historyDays; ++d) {
        const QDate day = today.addDays(d - historyDays);
        const bool incident = d >= historyDays - incidentDays;
        const bool weekend = day.dayOfWeek() >= 6;
        // A slowly busier desk, and the incident's extra escalations.
        const int volume = int((weekend ? 9 : 24 + d / 3) * (incident ? 1.5 : 1.0)) + int(m_random.bounded(6));
        for (int i = 0; i < volume; ++i) {
            const QTime time = QTime(8, 0).addSecs(int(m_random.bounded(11 * 3600)));
            Plan p = plan(QDateTime(day, time).toUTC(), incident);
            Ticket t;
            t.customerId = p.customerId;
            t.summary = p.summary;
            t.description = QStringLiteral("Written by the demo's history.");
            t.createdAt = p.created;
            t.createdBy = QString::fromLatin1(operators[m_random.bounded(int(std::size(operators)))]);
            if (chance(0.3))
                t.reference = QStringLiteral("HD-%1").arg(3000 + plans.size());
            tickets << t;
            plans << p;
        }
    }
    clock.set(m_now);
    if (!store.insertTickets(tickets))
        return fail(store, error);
    QList<FactInput> facts;
    for (int i = 0; i < plans.size(); ++i) {
        plans[i].localId = tickets.at(i).id;
        facts << factsFor(plans.at(i));
    }
    if (!facts.isEmpty() && store.applyFacts(facts).size() != facts.size())
        return fail(store, error);

    // Retries, a few minutes after each failure: most are cured, some fail
    // again and are retried once more.
    qint64 count = tickets.size();
    for (Plan failed : std::as_const(plans)) {
        for (int attempt = 0; failed.retried && attempt < 2; ++attempt) {
            clock.set(failed.created.addMSecs(1000 + failed.durationMs + 60 * 1000 * (2 + m_random.bounded(20))));
            const RetryResult result = store.createRetry(failed.localId, {});
            if (!result.ok() || !result.retry)
                return fail(store, error);
            Plan retry = plan(result.retry->createdAt, false);
            retry.localId = result.retry->id;
            retry.customerId = failed.customerId;
            retry.summary = failed.summary;
            retry.status = chance(0.8) ? TicketStatus::Created : TicketStatus::Failed;
            retry.retried = retry.status == TicketStatus::Failed && attempt == 0;
            clock.set(m_now);
            if (store.applyFacts(factsFor(retry)).isEmpty())
                return fail(store, error);
            ++count;
            failed = retry;
        }
    }
    for (int d = 0; d < historyDays; ++d) {
        if (!noise(store, clock, today.addDays(d - historyDays), d))
            return fail(store, error);
    }
    if (written) {
        written->tickets = count;
        written->deliveries = m_deliveries;
    }
    return true;
}

} // namespace

bool writeDemoHistory(const QString &dbPath, const QDateTime &now, DemoHistory *written, QString *error)
{
    SteppedClock clock;
    clock.set(now);
    TicketStore store(clock);
    if (const StoreError opened = store.open(dbPath); !opened.ok()) {
        if (error)
            *error = opened.message;
        return false;
    }
    Writer writer(now, demoCustomerIds());
    return writer.run(store, clock, written, error);
}

} // namespace TicketDesk
