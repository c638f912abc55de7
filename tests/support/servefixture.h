// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/signature.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QTest>
#include <QUuid>

namespace TicketDesk {

// Starts the real `ticketdesk serve` for the listener's end-to-end tests and
// learns its port from the "listening on" line it prints on stderr.
class ServeFixture final
{
public:
    static QProcessEnvironment environment(const QString &home, const QByteArray &secret)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TICKETDESK_WEBHOOK_SECRET"));
        env.remove(QStringLiteral("TICKETDESK_WEBHOOK_SECRET_PREVIOUS"));
        env.remove(QStringLiteral("TICKETDESK_CLIENT_ID"));
        env.remove(QStringLiteral("TICKETDESK_CLIENT_SECRET"));
        // No session bus: the keychain answers "not available" at once instead of stalling.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        if (!secret.isEmpty())
            env.insert(QStringLiteral("TICKETDESK_WEBHOOK_SECRET"), QString::fromUtf8(secret));
        return env;
    }

    // Waits for the "listening on" line; returns the port, 0 on failure. Everything
    // read from stderr so far is appended to `stderrText`.
    static quint16 waitListening(QProcess &process, QByteArray &stderrText, int timeoutMs = 10000)
    {
        static const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"));
        return waitPort(process, stderrText, re, timeoutMs);
    }

    // The same for `serve --metrics`: the port of its "metrics on" line.
    static quint16 waitMetrics(QProcess &process, QByteArray &stderrText, int timeoutMs = 10000)
    {
        static const QRegularExpression re(QStringLiteral("metrics on http://127\\.0\\.0\\.1:(\\d+)/metrics"));
        return waitPort(process, stderrText, re, timeoutMs);
    }

    // Waits for a stderr line matching `re`, whose first capture is a port.
    static quint16 waitPort(QProcess &process, QByteArray &stderrText, const QRegularExpression &re, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            stderrText += process.readAllStandardError();
            const QRegularExpressionMatch m = re.match(QString::fromUtf8(stderrText));
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
            if (process.state() == QProcess::NotRunning)
                return 0;
            process.waitForReadyRead(100);
        }
        return 0;
    }

    // A fresh customer UUID, so that no two tickets of a test share one.
    static QString newCustomer() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static QByteArray post(const QByteArray &body, const QByteArray &secret)
    {
        QByteArray r = "POST /webhooks/ripio HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                       "Content-Length: " +
                       QByteArray::number(body.size()) + "\r\n";
        if (!secret.isEmpty())
            r += "X-Wh-Signature-256: " + signatureHeaderValue(body, secret) + "\r\n";
        return r + "\r\n" + body;
    }
};

} // namespace TicketDesk
