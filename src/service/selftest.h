// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace TicketDesk {

// The event type the self-test sends: no family Ripio sends, so a listener stores
// the delivery (as "other-family") and makes no ticket of it.
inline constexpr QLatin1StringView selfTestEventType{"TICKETDESK.TEST"};

// The webhook self-test: encodes a TICKETDESK.TEST event (core/webhookevent.h),
// signs it as Ripio does (core/signature.h) and posts it to a listener URL,
// reporting each step as it goes:
//
//   Sign -> Connect -> [Tls, for https] -> Signature -> Store
//
// Every step is announced by stepStarted() and ends with stepPassed() or
// stepFailed(); the first failure ends the run. finished(ok) follows exactly
// once per start(). Messages are translated and never contain the secret.
//
//   auto *test = new SelfTest(this);
//   connect(test, &SelfTest::stepPassed, log, ...);
//   test->start(listenerUrl, webhookSecret, tlsCertificatePath);
class SelfTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfTest)

public:
    enum class Step
    {
        Sign,      // encode and sign the event
        Connect,   // reach the listener
        Tls,       // the listener's certificate (https only)
        Signature, // the listener accepted the signature (anything but 401)
        Store,     // the listener stored the event (2xx)
    };
    Q_ENUM(Step)

    explicit SelfTest(QObject *parent = nullptr);
    ~SelfTest() override;

    // Sends one test event. `tlsCertificate` (a PEM file) is trusted in addition
    // to the system's CAs: a listener's certificate is often self-signed. Ignored
    // while a run is in progress.
    void start(const QUrl &url, const QByteArray &secret, const QString &tlsCertificate = QString());
    bool isRunning() const { return m_reply != nullptr; }
    // How long to wait for the whole exchange; 10 s unless set.
    void setTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void stepStarted(TicketDesk::SelfTest::Step step, const QString &message);
    void stepPassed(TicketDesk::SelfTest::Step step, const QString &message);
    void stepFailed(TicketDesk::SelfTest::Step step, const QString &message);
    void finished(bool ok);

private:
    void begin(Step step, const QString &message);
    void pass(const QString &message);
    void fail(const QString &message);
    void replyFinished();

    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    Step m_step = Step::Sign;
    bool m_tls = false;
    QStringList m_tlsProblems;
    int m_timeoutMs = 10'000;
};

} // namespace TicketDesk
