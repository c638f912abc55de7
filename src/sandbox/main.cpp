// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ripio-sandbox: a stand-alone simulator of Ripio's support-ticket API, for
// demos, tests and benchmarks.
#include "core/terminationsignals.h"
#include "http/listenaddress.h"
#include "sandbox/ripiosandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace TicketDesk;

namespace {

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0.0 || v > 1.0)
        return false;
    *rate = v;
    return true;
}

bool parseInt(const QString &text, int *value, int min)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min)
        return false;
    *value = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ripio-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TICKETDESK_VERSION));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A simulator of Ripio's Ramps support-ticket API: token, create, retrieve, and signed outcome "
                "webhooks. A summary containing the word \"fail\" fails the first time for that customer."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const auto opt = [&parser](const char *name, const char *help, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("main", help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        parser.addOption(o);
        return o;
    };
    const auto listen = opt("listen", "Address to listen on (default 127.0.0.1:8788).", "HOST:PORT");
    const auto clientId = opt("client-id", "Accepted client id (default demo-client).", "ID");
    const auto clientSecret = opt("client-secret", "Accepted client secret (default demo-secret).", "SECRET");
    const auto webhookSecret =
        opt("webhook-secret",
            "Webhook signing secret (or env RIPIO_SANDBOX_WEBHOOK_SECRET; default demo-webhook-secret).", "SECRET");
    const auto webhookUrl = opt("webhook-url", "Where outcome events are POSTed (none: no webhooks).", "URL");
    const auto webhookDelay = opt("webhook-delay", "Delay from the 202 to the outcome (default 1500).", "MS");
    const auto tokenLifetime = opt("token-lifetime", "Token lifetime in seconds (default 36000).", "S");
    const auto notEnabled = opt("not-enabled", "Answer every create with 403 / 20061 (feature not enabled).");
    const auto failureRate = opt("failure-rate", "Extra random FAILED outcomes, 0..1.", "R");
    const auto seed = opt("seed", "Seed of every random choice (default 1).", "N");
    const auto unknownCustomer = opt("unknown-customer", "A customer Ripio does not know (repeatable).", "UUID");
    const auto noEmailCustomer = opt("no-email-customer", "A customer without an email on file (repeatable).", "UUID");
    const auto dropWebhooks = opt("drop-webhooks", "Fault: outcome events never sent, 0..1.", "R");
    const auto duplicateWebhooks = opt("duplicate-webhooks", "Fault: outcome events sent twice, 0..1.", "R");
    const auto reorderWebhooks = opt("reorder-webhooks", "Fault: events of a burst sent in shuffled order.");
    const auto webhookJitter = opt("webhook-jitter", "Fault: extra random delay per event.", "MS");
    const auto badSignatures = opt("bad-signatures", "Fault: deliveries signed with a wrong secret, 0..1.", "R");
    const auto rate429 = opt("rate-429", "Fault: API calls answered 429 with Retry-After, 0..1.", "R");
    const auto rate500 = opt("rate-500", "Fault: API calls answered 500, 0..1.", "R");
    const auto slow = opt("slow", "Fault: every API answer delayed.", "MS");
    const auto dropAnswers = opt("drop-answers", "Fault: creates that make the ticket but never answer, 0..1.", "R");
    const auto usage = [&err](const QString &message) {
        err << "ripio-sandbox: " << message << "\nTry 'ripio-sandbox --help'." << Qt::endl;
        return 2;
    };
    // Not process(): it ends the program with exit 1 on an unknown option, where every usage
    // error here is 2.
    if (!parser.parse(QCoreApplication::arguments()))
        return usage(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("main", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().constFirst()));

    SandboxOptions o;
    if (parser.isSet(clientId))
        o.clientId = parser.value(clientId);
    if (parser.isSet(clientSecret))
        o.clientSecret = parser.value(clientSecret);
    const QByteArray envSecret = qgetenv("RIPIO_SANDBOX_WEBHOOK_SECRET");
    if (parser.isSet(webhookSecret))
        o.webhookSecret = parser.value(webhookSecret).toUtf8();
    else if (!envSecret.isEmpty())
        o.webhookSecret = envSecret;
    if (parser.isSet(webhookUrl)) {
        o.webhookUrl = QUrl(parser.value(webhookUrl), QUrl::StrictMode);
        if (!o.webhookUrl.isValid() || !o.webhookUrl.scheme().startsWith(QLatin1StringView("http")))
            return usage(QStringLiteral("--webhook-url: not an http(s) URL"));
    }
    struct IntOpt
    {
        const QCommandLineOption &option;
        int *target;
        int min;
    };
    for (const IntOpt &i :
         {IntOpt{webhookDelay, &o.webhookDelayMs, 0}, IntOpt{tokenLifetime, &o.tokenLifetimeSeconds, 1},
          IntOpt{webhookJitter, &o.webhookJitterMs, 0}, IntOpt{slow, &o.slowAnswerMs, 0}}) {
        if (parser.isSet(i.option) && !parseInt(parser.value(i.option), i.target, i.min))
            return usage(
                QStringLiteral("--%1: expected a whole number >= %2").arg(i.option.names().first()).arg(i.min));
    }
    struct RateOpt
    {
        const QCommandLineOption &option;
        double *target;
    };
    for (const RateOpt &r :
         {RateOpt{failureRate, &o.failureRate}, RateOpt{dropWebhooks, &o.dropWebhookRate},
          RateOpt{duplicateWebhooks, &o.duplicateWebhookRate}, RateOpt{badSignatures, &o.badSignatureRate},
          RateOpt{rate429, &o.rate429}, RateOpt{rate500, &o.rate500}, RateOpt{dropAnswers, &o.dropAnswerRate}}) {
        if (parser.isSet(r.option) && !parseRate(parser.value(r.option), r.target))
            return usage(QStringLiteral("--%1: expected a rate between 0 and 1").arg(r.option.names().first()));
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed: expected a whole number"));
    }
    o.notEnabled = parser.isSet(notEnabled);
    o.reorderWebhooks = parser.isSet(reorderWebhooks);
    for (const QString &c : parser.values(unknownCustomer))
        o.unknownCustomers.insert(c.toLower());
    for (const QString &c : parser.values(noEmailCustomer))
        o.customersWithoutEmail.insert(c.toLower());

    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = 8788;
    if (parser.isSet(listen)) {
        const std::optional<ListenAddress> given = ListenAddress::fromString(parser.value(listen));
        if (!given)
            return usage(QStringLiteral("--listen: expected HOST:PORT (an IP address or localhost)"));
        address = given->address;
        port = given->port;
    }

    ignoreBrokenPipes();
    TerminationSignals termination;
    if (!termination.install()) {
        err << "ripio-sandbox: cannot set up signal handling: " << termination.errorString() << Qt::endl;
        return 1;
    }
    QObject::connect(&termination, &TerminationSignals::received, &app, &QCoreApplication::quit);

    RipioSandbox sandbox(o);
    if (!sandbox.listen(address, port)) {
        err << "ripio-sandbox: cannot listen on " << address.toString() << ':' << port << ": " << sandbox.errorString()
            << Qt::endl;
        return 1;
    }
    out << sandbox.baseUrl().toString() << Qt::endl;
    QObject::connect(&sandbox, &RipioSandbox::ticketResolved, &app,
                     [&err](const QString &id, const QString &status, const QString &key) {
                         err << "ticket " << id << ' ' << status << (key.isEmpty() ? QString() : QLatin1Char(' ') + key)
                             << Qt::endl;
                     });
    const int code = QCoreApplication::exec();
    const SandboxCounters c = sandbox.counters();
    err << "ripio-sandbox: " << c.ticketsAccepted << " tickets accepted, " << c.webhooksDelivered
        << " webhooks delivered" << Qt::endl;
    return code;
}
