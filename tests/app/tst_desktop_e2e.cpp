// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The real desktop (offscreen) stopped the way a terminal or a session stops it: SIGTERM closes
// the window as its close button does. The demo then leaves nothing behind, neither in the
// user's settings nor in the temporary folder; a desk keeps its window layout.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestDesktopE2e final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void demoLeavesNothingBehind();
    void deskKeepsItsLayout();

private:
    // Starts the desktop with `arguments`, waits until its window has its tickets, sends SIGTERM
    // and waits for the end. Check QTest::currentTestFailed() after it.
    void runUntilTerminated(const QStringList &arguments);
    QStringList filesUnder(const QString &folder) const;

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_err;
};

void TestDesktopE2e::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *folder : {"config", "data", "tmp"})
        QVERIFY(QDir(m_home->path()).mkpath(QString::fromLatin1(folder)));
    m_err.clear();
}

void TestDesktopE2e::runUntilTerminated(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("TMPDIR"), m_home->filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The lines waited for below, whatever the test run turns off.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ticketdesk.*.info=true"));
    for (const char *name : {"TICKETDESK_CLIENT_SECRET", "TICKETDESK_WEBHOOK_SECRET", "DBUS_SESSION_BUS_ADDRESS"})
        env.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TICKETDESK_EXE), arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));

    // The window has shown its tickets: the event loop runs.
    QElapsedTimer waited;
    waited.start();
    while (!m_err.contains(QLatin1StringView("loaded 0 tickets")) && waited.elapsed() < 35000 &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        m_err += QString::fromUtf8(process.readAllStandardError());
    }
    if (!m_err.contains(QLatin1StringView("loaded 0 tickets"))) {
        process.kill();
        process.waitForFinished();
        QFAIL(qPrintable(QStringLiteral("the desktop did not come up:\n") + m_err +
                         QString::fromUtf8(process.readAllStandardError())));
    }

    process.terminate();
    const bool finished = process.waitForFinished(30000);
    if (!finished)
        process.kill();
    m_err += QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(finished, qPrintable(m_err));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(m_err)); // not killed by the signal
    QCOMPARE(process.exitCode(), 0);
}

QStringList TestDesktopE2e::filesUnder(const QString &folder) const
{
    QStringList files;
    QDirIterator it(m_home->filePath(folder), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestDesktopE2e::demoLeavesNothingBehind()
{
    runUntilTerminated({QStringLiteral("--demo"), QStringLiteral("--demo-empty")});
    if (QTest::currentTestFailed())
        return;
    // Its database was in the temporary folder, and the log said so.
    QVERIFY2(m_err.contains(m_home->filePath(QStringLiteral("tmp/ticketdesk-"))), qPrintable(m_err));
    // Settings, layout and database all went with the demo's throwaway folder.
    QCOMPARE(filesUnder(QStringLiteral("config")), QStringList());
    QCOMPARE(filesUnder(QStringLiteral("data")), QStringList());
    QCOMPARE(QDir(m_home->filePath(QStringLiteral("tmp")))
                 .entryList({QStringLiteral("ticketdesk-*")}, QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestDesktopE2e::deskKeepsItsLayout()
{
    const QString db = m_home->filePath(QStringLiteral("desk.sqlite"));
    runUntilTerminated({QStringLiteral("--db"), db});
    if (QTest::currentTestFailed())
        return;
    const QStringList files = filesUnder(QStringLiteral("config"));
    QCOMPARE(files.size(), 1);
    const QSettings saved(files.first(), QSettings::IniFormat);
    QVERIFY2(saved.childGroups().contains(QStringLiteral("mainWindow")), qPrintable(files.first()));
    QVERIFY(QFileInfo::exists(db)); // the desk's database is its own, and stays
}

QTEST_GUILESS_MAIN(TestDesktopE2e)
#include "tst_desktop_e2e.moc"
