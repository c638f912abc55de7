// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <QHostAddress>

#include <functional>
#include <optional>

namespace TicketDesk {

// An answer given from a request's header section alone, before any byte of
// its body is read: the connection stops reading for `delayMs` (the sender
// meanwhile blocks on its own unread body: a flood pays in time, not in our
// CPU), answers `response`, then reads the body only to drop it and goes on
// with the next request (or closes, when the client expected 100 Continue or
// asked to close).
struct HeadRefusal
{
    HttpResponse response;
    int delayMs = 0;
};

// Asked once per request that announces a body, with its method, path and
// headers (no body) and the socket's peer; nullopt lets the body be read as usual.
using HeadGate = std::function<std::optional<HeadRefusal>(const HttpRequest &head, const QHostAddress &peer)>;

} // namespace TicketDesk
