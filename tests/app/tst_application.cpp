// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace TicketDesk;

// takeLanguage(): the one reader of --lang, for the desktop and every command alike. The
// end-to-end half (the real binary in Spanish) is tst_application_e2e. installTranslators():
// plurals come out right in every language, English and unshipped ones included.
class TestApplication final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takeLanguage_data();
    void takeLanguage();
    void pluralsInEveryLanguage_data();
    void pluralsInEveryLanguage();
};

void TestApplication::takeLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("rest"); // what the command line or the desktop sees
    const QString es = QStringLiteral("es");
    const QString lang = QStringLiteral("--lang");
    const QString list = QStringLiteral("list");
    const QString json = QStringLiteral("--json");
    const QString demo = QStringLiteral("--demo");
    QTest::newRow("absent") << QStringList{list, json} << QString() << true << QStringList{list, json};
    QTest::newRow("no arguments") << QStringList{} << QString() << true << QStringList{};
    QTest::newRow("desktop: --lang es") << QStringList{lang, es, demo} << es << true << QStringList{demo};
    QTest::newRow("command: --lang es first")
        << QStringList{lang, es, list, json} << es << true << QStringList{list, json};
    QTest::newRow("command: --lang es last")
        << QStringList{list, json, lang, es} << es << true << QStringList{list, json};
    QTest::newRow("--lang=pt_BR") << QStringList{QStringLiteral("--lang=pt_BR"), QStringLiteral("--help")}
                                  << QStringLiteral("pt_BR") << true << QStringList{QStringLiteral("--help")};
    QTest::newRow("--lang=pt_BR after a command")
        << QStringList{list, QStringLiteral("--lang=pt_BR")} << QStringLiteral("pt_BR") << true << QStringList{list};
    QTest::newRow("missing value") << QStringList{list, lang} << QString() << false << QStringList{list};
    QTest::newRow("missing value alone") << QStringList{lang} << QString() << false << QStringList{};
    QTest::newRow("empty value after =") << QStringList{QStringLiteral("--lang="), demo} << QString() << false
                                         << QStringList{demo};
    QTest::newRow("a look-alike is not --lang") << QStringList{QStringLiteral("--language"), es} << QString() << true
                                                << QStringList{QStringLiteral("--language"), es};
}

void TestApplication::takeLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    QFETCH(bool, ok);
    QFETCH(QStringList, rest);
    const LanguageChoice choice = TicketDesk::takeLanguage(arguments);
    QCOMPARE(choice.code, code);
    QCOMPARE(choice.ok, ok);
    QCOMPARE(arguments, rest);
}

void TestApplication::pluralsInEveryLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    const QString enOne = QStringLiteral("API offline, 1 ticket queued");
    const QString enTwo = QStringLiteral("API offline, 2 tickets queued");
    QTest::newRow("en_US") << QStringLiteral("en_US") << enOne << enTwo;
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << enOne << enTwo;
    // Languages TicketDesk does not ship fall back to English, plurals included.
    QTest::newRow("de") << QStringLiteral("de") << enOne << enTwo;
    QTest::newRow("C") << QStringLiteral("C") << enOne << enTwo;
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("API sin conexi\u00f3n, 1 ticket en cola")
                        << QStringLiteral("API sin conexi\u00f3n, 2 tickets en cola");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("API offline, 1 chamado na fila")
                           << QStringLiteral("API offline, 2 chamados na fila");
}

void TestApplication::pluralsInEveryLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, one);
    QFETCH(QString, two);
    // Only this row's translators (a deleted translator uninstalls itself).
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
    installTranslators(code);
    const auto queued = [](int n) {
        return QCoreApplication::translate("TicketDesk::MainWindow", "API offline, %n ticket(s) queued", nullptr, n);
    };
    QCOMPARE(queued(1), one);
    QCOMPARE(queued(2), two);
}

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
