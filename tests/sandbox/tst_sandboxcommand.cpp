// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QTest>

// `ripio-sandbox` as a script runs it: 0 for --help and --version, 2 with one line and a pointer
// to --help for any usage error, before it listens anywhere.
class TestSandboxCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
};

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RIPIO_SANDBOX_EXE), arguments);
    Run r;
    if (!process.waitForFinished(15000)) {
        // One that started to listen instead of answering: killed, and the exit code says so.
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace

void TestSandboxCommand::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--webhook-url")), qPrintable(help.out));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("ripio-sandbox ")), qPrintable(version.out));
}

void TestSandboxCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--listen")} << QStringLiteral("listen");
    QTest::newRow("stray word") << QStringList{QStringLiteral("extra")}
                                << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("bad value") << QStringList{QStringLiteral("--rate-500"), QStringLiteral("2")}
                               << QStringLiteral("rate-500");
}

void TestSandboxCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    const Run r = run(QStringList{QStringLiteral("--listen=127.0.0.1:0")} + arguments); // never the default port
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.startsWith(QStringLiteral("ripio-sandbox: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("ripio-sandbox --help")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
