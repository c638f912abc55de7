// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/watchcommand.h"

#include "app/cliexit.h"
#include "app/clioptions.h"
#include "app/ticketjson.h"
#include "core/localizedtext.h"
#include "core/terminationsignals.h"
#include "core/ticket.h"
#include "store/changefeed.h"
#include "store/ticketstore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace TicketDesk {

WatchCommand::WatchCommand(QTextStream &out, QTextStream &err, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{}

WatchCommand::~WatchCommand() = default;

int WatchCommand::run(const QStringList &arguments)
{
    Cli::CommonOptions options(tr("Ignored: watch never listens."));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only tickets with this status."),
                                    QStringLiteral("S"));
    options.parser.addOption(options.json);
    options.parser.addOption(status);
    if (const std::optional<QString> error = Cli::parseArguments(options.parser, arguments))
        return Cli::usageError(m_err, QStringLiteral("watch: ") + *error);
    if (!options.parser.positionalArguments().isEmpty())
        return Cli::usageError(m_err,
                               tr("watch: unexpected argument '%1'").arg(options.parser.positionalArguments().first()));
    std::optional<TicketStatus> only;
    if (options.parser.isSet(status)) {
        only = statusFromString(options.parser.value(status));
        if (!only)
            return Cli::usageError(m_err, tr("watch: unknown status '%1' (expected one of %2)")
                                              .arg(options.parser.value(status), Cli::statusNames()));
    }
    const bool json = options.parser.isSet(options.json);
    const DatabaseLocation location = options.databaseLocation(); // with the password from the environment

    // Only what commits from now on: the cursor is the last change before the feed starts.
    qint64 cursor = 0;
    QString where;
    {
        TicketStore store(m_clock);
        if (auto code = options.openToRead(store, m_err))
            return *code;
        cursor = store.lastChange();
        if (!store.lastError().ok())
            return Cli::fail(m_err, store.lastError().message);
        where = store.displayName();
    }

    TerminationSignals termination;
    if (!termination.install())
        return Cli::fail(m_err,
                         tr("cannot install the signal handlers") + QStringLiteral(": ") + termination.errorString());

    ChangeFeed feed(m_clock, location);
    QEventLoop loop;
    bool wasConnected = true; // the open above worked: only a change from that is news
    connect(&feed, &ChangeFeed::changed, this, [&](const QList<Ticket> &tickets, const QList<qint64> &removed, qint64) {
        for (const Ticket &t : tickets) {
            if (!only || t.status == *only)
                print(t, json);
        }
        for (const qint64 id : removed)
            printRemoved(id, json);
    });
    // Said again when the reason changes while away: the loss is found by a heartbeat, and what
    // keeps the feed away (a refused login, a database gone) was never said.
    QString said;
    connect(&feed, &ChangeFeed::connectionChanged, this, [&](bool connected, const QString &message) {
        if (connected != wasConnected || (!connected && message != said))
            m_err << "ticketdesk: " << message << Qt::endl;
        wasConnected = connected;
        said = message;
    });
    connect(&termination, &TerminationSignals::received, &loop, [&] { loop.quit(); });
    feed.start(cursor);
    // Scripts and tests wait for this line: from here on, no commit goes unprinted.
    m_err << "ticketdesk: " << tr("watching %1 (Ctrl+C to stop)").arg(where) << Qt::endl;
    loop.exec();
    feed.stop();
    m_out.flush();
    return Cli::exitOk;
}

void WatchCommand::print(const Ticket &ticket, bool json)
{
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(ticketToJson(ticket)).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    const QDateTime at = ticket.updatedAt.isValid() ? ticket.updatedAt : ticket.createdAt;
    QString line = at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC  #") +
                   QString::number(ticket.id) + QStringLiteral("  ") + statusToString(ticket.status);
    if (!ticket.issueKey.isEmpty())
        line += QStringLiteral("  ") + ticket.issueKey;
    line += QStringLiteral("  ") + ticket.customerId + QStringLiteral("  ") + ticket.summary.simplified();
    if (!ticket.message.isEmpty())
        line += QStringLiteral("  (") + LocalizedText::wordStored(ticket.message).simplified() + QLatin1Char(')');
    m_out << line << Qt::endl;
}

void WatchCommand::printRemoved(qint64 id, bool json)
{
    if (json) {
        const QJsonObject removed{{QStringLiteral("id"), id}, {QStringLiteral("removed"), true}};
        m_out << QString::fromUtf8(QJsonDocument(removed).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    m_out << tr("#%1 removed: merged into another ticket").arg(id) << Qt::endl;
}

} // namespace TicketDesk
