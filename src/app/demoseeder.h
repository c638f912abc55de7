// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketstatus.h"
#include "sandbox/ripiosandbox.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace TicketDesk {

class DemoSandbox;
class TicketService;

// The demo's sample customers (their UUIDs), the same on every run.
QStringList demoCustomerIds();

// Fills a demo desk with a few sample customers (names, emails, external
// references), then sample tickets for them, some with a reference, in every status (`ticketdesk --demo
// --demo-seed`, used for screenshots). Everything goes through the engine and
// the sandbox's own behaviour: "fail" summaries end FAILED, an unknown customer
// is REJECTED, a long webhook delay leaves PENDING rows, a lost answer leaves an
// UNCONFIRMED one, and a sandbox that stops answering leaves a QUEUED one.
// Needs a client transfer timeout of a few seconds to reach UNCONFIRMED quickly.
class DemoSeeder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSeeder)

public:
    DemoSeeder(TicketService *service, DemoSandbox *sandbox, QObject *parent = nullptr);
    void start();
    // Ripio is back: the sandbox answers again as it did before start() (online,
    // every answer sent, outcomes after its usual delay). The ticket queued while
    // it was down goes out, and new tickets behave as the demo note says.
    void recover();
    // How long a step waits past its moment for the answers of the step
    // before it, then goes on with a warning (30 s).
    void setStepPatience(qint64 ms) { m_stepPatienceMs = ms; }

Q_SIGNALS:
    void finished();

private:
    void create(const QString &customer, const QString &summary, const QString &description,
                const QString &reference = {});
    void advance();
    bool answered(int step) const;
    void scheduleAdvance();

    TicketService *m_service;
    DemoSandbox *m_sandbox;
    quint64 m_tag = 1000000;
    std::optional<SandboxOptions> m_before; // the sandbox's options when start() began
    QElapsedTimer m_elapsed;                // since start()
    QTimer m_poll;                          // the next check, while a step waits
    qint64 m_stepPatienceMs = 30000;        // see setStepPatience()
    int m_step = 0;                         // the next step advance() takes
    QHash<quint64, int> m_tagStep;          // create request -> the step that made it
    QHash<qint64, int> m_idStep;            // the tickets created so far -> their step
    QHash<qint64, TicketStatus> m_latest;   // the latest status of every ticket that changed
};

} // namespace TicketDesk
