// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/diskguard.h"

#include <memory>

namespace TicketDesk {

// A free-space probe that answers what the test sets, and counts how often it
// was asked. Header-only: only tests that link ticketdesk_service use it.
class FakeFreeSpace final : public FreeSpaceProbe
{
public:
    struct State
    {
        qint64 bytes = qint64(1) << 40;
        int calls = 0;
    };
    explicit FakeFreeSpace(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}
    qint64 bytesFree() override
    {
        ++m_state->calls;
        return m_state->bytes;
    }

private:
    std::shared_ptr<State> m_state;
};

} // namespace TicketDesk
