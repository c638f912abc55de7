// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ticketstore.h"
#include "support/manualclock.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace TicketDesk;

// Kills a writer with SIGKILL at random moments and checks that every commit it
// reported survived and that the file stays consistent.
class TestStoreDurability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingReported();
};

void TestStoreDurability::killedWriterLosesNothingReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("durability.sqlite"));

    quint32 seed = QRandomGenerator::global()->generate();
    if (qEnvironmentVariableIsSet("TICKETDESK_SEED"))
        seed = qEnvironmentVariableIntValue("TICKETDESK_SEED");
    qInfo("seed %u (set TICKETDESK_SEED to repeat)", seed);
    QRandomGenerator random(seed);

    constexpr int rounds = 20;
    QList<QPair<qint64, QString>> reported;
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(STORE_DURABILITY_CHILD));
        // Every other round writes its log through SqliteWalGather, as the webhook writer does.
        QStringList arguments{dbPath, QStringLiteral("r%1").arg(round)};
        if (round % 2 == 1)
            arguments.append(QStringLiteral("gather"));
        child.setArguments(arguments);
        child.start();
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));

        QByteArray buffer;
        // Wait for "ready" so each round also kills mid-write, not mid-startup only.
        QElapsedTimer wait;
        wait.start();
        while (!buffer.contains("ready\n") && wait.elapsed() < 10000) {
            child.waitForReadyRead(100);
            buffer += child.readAllStandardOutput();
        }
        QVERIFY2(buffer.contains("ready\n"), child.readAllStandardError().constData());
        const int runMs = random.bounded(30, 400);
        QElapsedTimer running;
        running.start();
        while (running.elapsed() < runMs && child.state() == QProcess::Running) {
            child.waitForReadyRead(10);
            buffer += child.readAllStandardOutput();
        }
        QCOMPARE(child.state(), QProcess::Running);
        QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        buffer += child.readAllStandardOutput();

        // Only complete lines: a line cut by the kill was never fully reported.
        const QList<QByteArray> lines = buffer.split('\n');
        int count = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines[i] == "ready")
                continue;
            const QList<QByteArray> parts = lines[i].split(' ');
            QCOMPARE(parts.size(), 2);
            reported.append({parts[0].toLongLong(), QString::fromLatin1(parts[1])});
            ++count;
        }
        qInfo("round %d: killed after %d ms, %d commits reported", round, runMs, count);

        ManualClock clock(QDateTime::currentDateTimeUtc());
        TicketStore store(clock);
        const StoreError error = store.open(dbPath);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        for (const auto &[localId, ticketId] : std::as_const(reported)) {
            const std::optional<Ticket> t = store.ticket(localId);
            QVERIFY2(t.has_value(), qPrintable(QStringLiteral("reported ticket %1 lost").arg(localId)));
            QCOMPARE(t->ticketId, ticketId);
            QCOMPARE(t->status, TicketStatus::Pending);
        }
    }
    QVERIFY2(reported.size() >= rounds, "the child committed too little to test anything");
    qInfo("%lld commits checked in %lld ms", static_cast<long long>(reported.size()),
          static_cast<long long>(total.elapsed()));
}

QTEST_GUILESS_MAIN(TestStoreDurability)
#include "tst_store_durability.moc"
