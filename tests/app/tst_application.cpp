// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QTest>
#include <QTime>
#include <QTranslator>

#include <pwd.h>
#include <unistd.h>

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
    void oneIsSingular_data();
    void oneIsSingular();
    void aLanguageNotShippedIsEnglishThroughout();
    void anotherCountrysVariantIsSpoken();
    void withoutHomeTheAccountsHomeIsUsed();
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

void TestApplication::oneIsSingular_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("one");
    const auto row = [](const char *context, const char *source, const char *one) {
        QTest::newRow(one) << QString::fromLatin1(context) << QString::fromLatin1(source) << QString::fromUtf8(one);
    };
    row("TicketDesk::BulkTicketsDialog", "&Queue %n tickets", "&Queue 1 ticket");
    row("TicketDesk::BulkTicketsDialog", "%n rows: %1 ready, %2 refused.", "1 row: %1 ready, %2 refused.");
    row("TicketDesk::BulkTicketsDialog",
        "Queued %n tickets. They are sent at the API's pace; the main window shows each one.",
        "Queued 1 ticket. It is sent at the API's pace; the main window shows it.");
    row("TicketDesk::CustomerImportDialog", "&Import %n customers", "&Import 1 customer");
    row("TicketDesk::CustomerImportDialog", "%n rows: %1 new, %2 updated, %3 unchanged, %4 invalid.",
        "1 row: %1 new, %2 updated, %3 unchanged, %4 invalid.");
    row("TicketDesk::CustomerImportDialog", "Imported %n customers (%1 new, %2 updated).",
        "Imported 1 customer (%1 new, %2 updated).");
    row("TicketDesk::InsightsTab", "%Ln tickets", "1 ticket");
    row("TicketDesk::InsightsTab", "%Ln tickets timed", "1 ticket timed");
    row("TicketDesk::InsightsTab", "%Ln deliveries", "1 delivery");
    row("DbCommand", "Last prune: %1 by %2, %n deliveries deleted", "Last prune: %1 by %2, 1 delivery deleted");
    row("TicketDesk::BulkTicketsDialog", "%1 of %n have an outcome", "%1 of 1 has an outcome");
    row("TicketDesk::MainWindow", "Retry %n unconfirmed tickets?", "Retry 1 unconfirmed ticket?");
}

// A count of one reads in the singular in English, whose plural forms are a translation: the
// messages that count things in the dialogs, the insights and `db status`.
void TestApplication::oneIsSingular()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, one);
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
    installTranslators(QStringLiteral("en_US"));
    const QByteArray c = context.toLatin1();
    const QByteArray s = source.toUtf8();
    QCOMPARE(QCoreApplication::translate(c.constData(), s.constData(), nullptr, 1), one);
}

// French, which TicketDesk does not ship: its texts are English, and so are the dates and Qt's own
// buttons beside them (Insights said "1 déc." and Settings "Annuler" among English words).
void TestApplication::aLanguageNotShippedIsEnglishThroughout()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    QVERIFY(!installTranslators(QStringLiteral("fr_FR")));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().toString(QDate(2026, 12, 1), QStringLiteral("d MMM")), QStringLiteral("1 Dec"));
    // Day before month, as in France: English has no French locale, and en_US wrote 1 December as
    // "12/1/26", which a French operator reads as 12 January.
    QCOMPARE(QLocale().toString(QDate(2026, 12, 1), QLocale::ShortFormat), QStringLiteral("01/12/2026"));
    QCOMPARE(QLocale().toString(QTime(14, 5), QLocale::ShortFormat), QStringLiteral("14:05"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    // German: English as Germany writes it (en_DE), its numbers included.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
    QVERIFY(!installTranslators(QStringLiteral("de_DE")));
    QCOMPARE(QLocale().name(), QStringLiteral("en_DE"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    // Where Qt's French is installed (Debian's qt6-translations-l10n), it is what a French
    // translation of TicketDesk would get: the check above can tell the two apart.
    QTranslator french;
    QVERIFY(french.load(QLocale(QStringLiteral("fr_FR")), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCOMPARE(french.translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

// Portuguese from Portugal: the Brazilian translation, not English (es_MX already got es), with
// dates and numbers as Portugal writes them and Qt's own strings in Portuguese.
void TestApplication::anotherCountrysVariantIsSpoken()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    QVERIFY(installTranslators(QStringLiteral("pt_PT")));
    QCOMPARE(QCoreApplication::translate("TicketDesk::MainWindow", "API offline, %n ticket(s) queued", nullptr, 2),
             QStringLiteral("API offline, 2 chamados na fila"));
    QCOMPARE(QLocale().territory(), QLocale::Portugal);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
    QVERIFY(installTranslators(QStringLiteral("es_MX")));
    QCOMPARE(QCoreApplication::translate("TicketDesk::MainWindow", "API offline, %n ticket(s) queued", nullptr, 2),
             QStringLiteral("API sin conexi\u00f3n, 2 tickets en cola"));
}

// Without HOME (`env -i`, cron), the desk is the account's own: Qt alone took "/" for the home
// folder and looked for the database at "//.local/share/TicketDesk/…". A HOME given is kept.
void TestApplication::withoutHomeTheAccountsHomeIsUsed()
{
    const passwd *account = ::getpwuid(::getuid());
    QVERIFY(account && account->pw_dir);
    const QByteArray previous = qgetenv("HOME");
    const auto restore = qScopeGuard([previous] { qputenv("HOME", previous); });
    qunsetenv("HOME");
    setHomeWhenUnset();
    QCOMPARE(qgetenv("HOME"), QByteArray(account->pw_dir));
    QCOMPARE(QDir::homePath(), QDir::cleanPath(QString::fromLocal8Bit(account->pw_dir)));
    qputenv("HOME", "");
    setHomeWhenUnset();
    QCOMPARE(qgetenv("HOME"), QByteArray(account->pw_dir));
    qputenv("HOME", "/tmp/elsewhere");
    setHomeWhenUnset();
    QCOMPARE(qgetenv("HOME"), QByteArray("/tmp/elsewhere"));
}

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
