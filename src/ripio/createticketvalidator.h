// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ripio/createticketrequest.h"
#include "ripio/fielderror.h"
#include "ripio/validationlimits.h"

#include <QList>

namespace TicketDesk {

// Checks a request before it is sent: customerId is a UUID, summary is not
// empty and within the limit, description within the limit, every attachment
// a readable regular file, and count / size limits. Empty list: valid.
// Reads only file metadata, never file contents.
QList<FieldError> validateCreateRequest(const CreateTicketRequest &request, const ValidationLimits &limits);

} // namespace TicketDesk
