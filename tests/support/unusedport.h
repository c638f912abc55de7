// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QTcpServer>

namespace TicketDesk {

// A loopback port that nothing listens on (bound, noted, closed): the target of
// "nothing listening" tests. Another process could take it in between; on a
// test machine that is rare enough not to matter.
inline quint16 unusedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    return probe.serverPort();
}

} // namespace TicketDesk
