// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demoseeder.h"

#include "app/demosandbox.h"
#include "core/logging.h"
#include "service/newticket.h"
#include "service/ticketservice.h"
#include "store/customerrecord.h"

#include <QTimer>

#include <algorithm>

namespace TicketDesk {

namespace {

const QString customers[] = {
    QStringLiteral("6f1c2a7e-8b1d-4c55-9a0e-3d2f4b5c6a71"),
    QStringLiteral("0b9e3f12-47a6-4e0b-8d3c-2a1f5e6d7c82"),
    QStringLiteral("c3d4e5f6-a7b8-49c0-81d2-e3f4a5b6c7d8"),
    QStringLiteral("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"),
};
// The demo's customer directory, so completion and the Customer column show names at once.
QList<CustomerRecord> sampleCustomers()
{
    const struct
    {
        const char *name;
        const char *email;
        const char *externalRef;
    } people[] = {
        {"María López", "maria.lopez@example.com", "CRM-1042"},
        {"João Silva", "joao.silva@example.com", "CRM-1043"},
        {"Ana Fernández", "ana.fernandez@example.com", "CRM-1044"},
        {"Lucas Pereira", "lucas.pereira@example.com", "CRM-1045"},
    };
    QList<CustomerRecord> records;
    for (std::size_t i = 0; i < std::size(people); ++i) {
        CustomerRecord c;
        c.customerId = customers[i];
        c.name = QString::fromUtf8(people[i].name);
        c.email = QString::fromLatin1(people[i].email);
        c.externalRef = QString::fromLatin1(people[i].externalRef);
        records.append(c);
    }
    return records;
}

const QString unknownCustomer = QStringLiteral("deadbeef-0000-4000-8000-000000000000");

// When each step of the seeding starts, from start(): the pending tickets, the
// dropped answer, the outage, and the end (finished()).
constexpr int stepAtMs[] = {5000, 6500, 12000, 14000};
constexpr int stepCount = int(std::size(stepAtMs));

} // namespace

QStringList demoCustomerIds()
{
    return {std::begin(customers), std::end(customers)};
}

DemoSeeder::DemoSeeder(TicketService *service, DemoSandbox *sandbox, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_sandbox(sandbox)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &DemoSeeder::advance);
}

void DemoSeeder::create(const QString &customer, const QString &summary, const QString &description,
                        const QString &reference)
{
    TicketService *s = m_service;
    NewTicket t{customer, summary, description, {}};
    t.reference = reference;
    const quint64 tag = ++m_tag;
    m_tagStep.insert(tag, m_step);
    QMetaObject::invokeMethod(
        s, [s, t, tag] { s->createTicket(t, tag); }, Qt::QueuedConnection);
}

void DemoSeeder::start()
{
    connect(m_service, &TicketService::createFinished, this,
            [this](quint64 tag, qint64 id, const QList<FieldError> &, const QString &) {
                const auto step = m_tagStep.constFind(tag);
                if (step == m_tagStep.cend() || id <= 0)
                    return;
                m_idStep.insert(id, *step);
                advance();
            });
    connect(m_service, &TicketService::ticketsChanged, this, [this](const QList<Ticket> &tickets) {
        for (const Ticket &t : tickets)
            m_latest.insert(t.id, t.status);
        advance();
    });
    m_elapsed.start();
    m_step = 0;

    m_before = m_sandbox->options();
    SandboxOptions options = *m_before;
    options.webhookDelayMs = 1200;
    options.unknownCustomers = {unknownCustomer};
    m_sandbox->setOptions(options);

    // Queued before the tickets, so the engine has the names when it lists them.
    TicketService *s = m_service;
    const QList<CustomerRecord> directory = sampleCustomers();
    const quint64 importTag = ++m_tag;
    QMetaObject::invokeMethod(
        s, [s, directory, importTag] { s->importCustomers(directory, importTag); }, Qt::QueuedConnection);

    create(customers[0], QStringLiteral("Deposit not credited after 2 hours"),
           QStringLiteral("Bank transfer of 150000 ARS sent at 10:12, reference 88123."), QStringLiteral("HD-4711"));
    create(customers[1], QStringLiteral("KYC check: fail on selfie"), QStringLiteral("Selfie check keeps failing."));
    create(customers[2], QStringLiteral("Off-ramp to CBU delayed"), QStringLiteral("Withdrawal pending since Monday."));
    create(customers[3], QStringLiteral("Wrong exchange rate applied"), QStringLiteral("Quoted 1012.5, settled 1020."),
           QStringLiteral("HD-4718"));
    create(customers[0], QStringLiteral("Card payment: fail at checkout"), QStringLiteral("Error 51 at the merchant."));
    create(customers[1], QStringLiteral("Account access: 2FA reset"), QStringLiteral("Lost phone."));
    create(unknownCustomer, QStringLiteral("Refund request for order 7731"),
           QStringLiteral("Customer not registered."));
    scheduleAdvance();
}

// Each step starts at its moment of the demo, and not before the tickets of the
// step before it have been answered: the sandbox's options apply to the
// requests it receives after they change, so a slow machine (a loaded test
// run) would otherwise send the first tickets into the outage, or the pending
// ones into the dropped answers, and leave a status out. It only waits so long
// (setStepPatience()): a ticket that never gets its answer does not stop the demo.
void DemoSeeder::advance()
{
    if (m_step >= stepCount)
        return;
    const qint64 at = stepAtMs[m_step];
    const qint64 now = m_elapsed.elapsed();
    if (now < at || (now < at + m_stepPatienceMs && !answered(m_step))) {
        scheduleAdvance();
        return;
    }
    if (now >= at + m_stepPatienceMs && !answered(m_step))
        qCWarning(lcRipio).noquote() << "demo: step" << m_step + 1 << "goes on without every answer it waited for";
    switch (m_step++) {
    case 0: {
        SandboxOptions o = m_sandbox->options();
        o.webhookDelayMs = 3600 * 1000; // the outcome never comes during the demo
        m_sandbox->setOptions(o);
        create(customers[2], QStringLiteral("USDC on-ramp stuck in processing"), QStringLiteral("Tx 0x51af…"));
        create(customers[3], QStringLiteral("Invoice for March missing"), QStringLiteral("Needed for accounting."),
               QStringLiteral("HD-4725"));
        break;
    }
    case 1: {
        SandboxOptions o = m_sandbox->options();
        o.dropAnswerRate = 1.0;
        m_sandbox->setOptions(o);
        create(customers[0], QStringLiteral("Limit increase request"), QStringLiteral("Monthly limit too low."));
        break;
    }
    case 2:
        m_sandbox->setOnline(false);
        create(customers[1], QStringLiteral("Chargeback notice received"),
               QStringLiteral("Queued while Ripio is down."));
        break;
    default:
        Q_EMIT finished();
        return;
    }
    scheduleAdvance();
}

// Whether every ticket created in `step` has its answer: it left the outbox
// (for the last step, which Ripio never answers, that it was saved).
bool DemoSeeder::answered(int step) const
{
    int known = 0;
    for (auto it = m_idStep.cbegin(); it != m_idStep.cend(); ++it) {
        if (it.value() != step)
            continue;
        ++known;
        const TicketStatus status = m_latest.value(it.key(), TicketStatus::Queued);
        if (step < stepCount - 1 && (status == TicketStatus::Queued || status == TicketStatus::Submitting))
            return false;
    }
    // Each create request of the step has its ticket.
    return known == std::count(m_tagStep.cbegin(), m_tagStep.cend(), step);
}

void DemoSeeder::scheduleAdvance()
{
    // Signals bring most checks; this one covers the step's moment and its patience.
    if (!m_poll.isActive())
        m_poll.start();
}

void DemoSeeder::recover()
{
    // The webhook address stays as it is, even if it came after start()
    // (DemoSandbox::setOptions()).
    if (m_before)
        m_sandbox->setOptions(*m_before);
    // Once it listens again, not when the outbox's backoff from the outage ends (up to half a
    // minute more, "API offline" all along): as the status bar's "Retry now" does. Before it
    // listens, the send would be refused and back off again.
    TicketService *s = m_service;
    connect(
        m_sandbox, &DemoSandbox::backOnline, s, [s] { s->sendQueuedNow(); },
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    m_sandbox->setOnline(true);
}

} // namespace TicketDesk
