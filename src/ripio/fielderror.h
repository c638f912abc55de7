// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TicketDesk {

// One problem found in a request before it is sent: which field and why.
struct FieldError
{
    QString field; // "customerId", "summary", "description", "files" or "files[i]"
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

} // namespace TicketDesk
