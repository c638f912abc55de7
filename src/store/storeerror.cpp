// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storeerror.h"

namespace TicketDesk {

QString storeErrorKindToString(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::None:
        return QStringLiteral("none");
    case StoreError::Kind::Locked:
        return QStringLiteral("locked");
    case StoreError::Kind::ReadOnly:
        return QStringLiteral("read-only");
    case StoreError::Kind::Corrupt:
        return QStringLiteral("corrupt");
    case StoreError::Kind::NewerSchema:
        return QStringLiteral("newer-schema");
    case StoreError::Kind::DiskFull:
        return QStringLiteral("disk-full");
    case StoreError::Kind::Io:
        return QStringLiteral("io");
    case StoreError::Kind::NotOpen:
        return QStringLiteral("not-open");
    case StoreError::Kind::NotFound:
        return QStringLiteral("not-found");
    case StoreError::Kind::NotRetryable:
        return QStringLiteral("not-retryable");
    case StoreError::Kind::Constraint:
        return QStringLiteral("constraint");
    case StoreError::Kind::Other:
        return QStringLiteral("other");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace TicketDesk
