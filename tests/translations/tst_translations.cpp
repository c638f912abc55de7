// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fails when a user-visible string (anything passed to tr() or translate() in
// src/ and ui/) has no finished translation in one of the shipped languages, or
// when a committed .ts file has fallen behind the sources.
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList numerusForms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1StringView("context")) {
                context.clear();
            } else if (name == QLatin1StringView("name") && context.isEmpty()) {
                context = xml.readElementText();
            } else if (name == QLatin1StringView("message")) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
            } else if (name == QLatin1StringView("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1StringView("translation")) {
                m.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!m.numerus)
                    m.translation = xml.readElementText();
            } else if (name == QLatin1StringView("numerusform")) {
                m.numerusForms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1StringView("message")) {
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

// The committed translation file of `language` ("es", "pt_BR", "en").
QList<Message> shippedTs(const QString &language, QString *error)
{
    return readTs(QStringLiteral(TICKETDESK_SOURCE_DIR "/resources/translations/ticketdesk_") + language +
                      QStringLiteral(".ts"),
                  error);
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source;
}

bool finished(const Message &m)
{
    if (!m.type.isEmpty())
        return false;
    if (m.numerus)
        return !m.numerusForms.isEmpty() && std::all_of(m.numerusForms.cbegin(), m.numerusForms.cend(),
                                                        [](const QString &s) { return !s.isEmpty(); });
    return !m.translation.trimmed().isEmpty();
}

// What the sources say today, extracted the way `update_translations` does
// (with -pluralonly, the way `update_plural_translations` does).
QList<Message> extracted(const QStringList &options, QString *error)
{
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return {};
    }
    const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(TICKETDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(TICKETDESK_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete")} + options +
                      QStringList{QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
    if (!lupdate.waitForFinished(90000)) {
        // Seen with Qt 6.4: lupdate's parser spins forever on some function calls among a
        // QCoreApplication::translate() call's arguments, such as int(std::min<qint64>(n, INT_MAX))
        // as its count (pluralCount() in core/localizedtext.h says more).
        *error = QStringLiteral("lupdate did not finish in 90 s (a function call among a "
                                "QCoreApplication::translate() call's arguments can make lupdate 6.4 spin: "
                                "take the value into a variable first)");
        lupdate.kill();
        lupdate.waitForFinished(5000);
        return {};
    }
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAllStandardError());
        return {};
    }
    return readTs(fresh, error);
}

QStringList languages()
{
    return QString::fromLatin1(TICKETDESK_LANGUAGES).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringTranslated_data();
    void everyStringTranslated();
    void placeholdersKept_data() { everyStringTranslated_data(); }
    void placeholdersKept();
    void englishPluralsComplete();
    void termsSaidOneWay_data();
    void termsSaidOneWay();
};

void TestTranslations::everyStringTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &lang : languages())
        QTest::newRow(qPrintable(lang)) << lang;
}

void TestTranslations::everyStringTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> shipped = shippedTs(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QList<Message> current = extracted({}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(current.size() > 50, "lupdate found suspiciously few strings");

    QHash<QString, Message> byKey;
    for (const Message &m : shipped)
        byKey.insert(key(m), m);

    QStringList missing;
    for (const Message &m : current) {
        const auto it = byKey.constFind(key(m));
        if (it == byKey.constEnd() || !finished(*it))
            missing << m.context + QStringLiteral(": ") + m.source.left(70);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) without a %2 translation, e.g.\n  %3")
                                               .arg(missing.size())
                                               .arg(language, missing.mid(0, 15).join(QStringLiteral("\n  ")))));
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> shipped = shippedTs(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A translation that drops or invents %1 would print the wrong thing, or nothing.
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    QStringList broken;
    for (const Message &m : shipped) {
        if (m.numerus || !finished(m))
            continue;
        QSet<QString> a, b;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            a.insert(it.next().captured(1));
        for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
            b.insert(it.next().captured(1));
        if (a != b)
            broken << m.source.left(70);
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestTranslations::termsSaidOneWay_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("forbidden");
    // Ripio is a company: "a Ripio", "da Ripio", "à Ripio", as most strings have it.
    QTest::newRow("pt_BR: a Ripio") << QStringLiteral("pt_BR") << QStringLiteral("\\b(do|ao|pelo|no|o|O) Ripio\\b");
    // Ripio's issue key is the ticket's key, as the column and the Copy action call it.
    QTest::newRow("pt_BR: chave do chamado") << QStringLiteral("pt_BR") << QStringLiteral("(?i)\\bissue\\b");
    QTest::newRow("es: clave del ticket") << QStringLiteral("es") << QStringLiteral("(?i)\\bincidencias?\\b");
    // An access key is a letter of the word, as in English ("&Plantilla:"), not one put
    // after it in brackets ("Plantilla (&m):", the form for scripts without Latin letters).
    for (const char *language : {"es", "pt_BR"})
        QTest::newRow(qPrintable(QStringLiteral("%1: access key in the word").arg(QLatin1StringView(language))))
            << QString::fromLatin1(language) << QStringLiteral("\\(&[^)]\\)");
}

// One thing, one word: a term that reads one way in one window and another in the next
// makes the reader wonder whether they are two things.
void TestTranslations::termsSaidOneWay()
{
    QFETCH(QString, language);
    QFETCH(QString, forbidden);
    QString error;
    const QList<Message> shipped = shippedTs(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QRegularExpression term(forbidden);
    QVERIFY(term.isValid());
    QStringList found;
    for (const Message &m : shipped) {
        for (const QString &text : m.numerus ? m.numerusForms : QStringList{m.translation}) {
            if (term.match(text).hasMatch())
                found << text.left(90);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// English shows the sources as they are, but a %n message needs its English
// singular and plural ("1 ticket queued"): resources/translations/ticketdesk_en.ts.
void TestTranslations::englishPluralsComplete()
{
    QString error;
    const QList<Message> shipped = shippedTs(QStringLiteral("en"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> current = extracted({QStringLiteral("-pluralonly")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(current.size() >= 8, "lupdate -pluralonly found suspiciously few messages");
    QHash<QString, Message> byKey;
    for (const Message &m : shipped)
        byKey.insert(key(m), m);
    QStringList missing;
    for (const Message &m : current) {
        QVERIFY(m.numerus);
        const auto it = byKey.constFind(key(m));
        const bool ok = it != byKey.constEnd() && finished(*it) && it->numerusForms.size() == 2 &&
                        std::all_of(it->numerusForms.cbegin(), it->numerusForms.cend(), [](const QString &form) {
                            // The count: plain, or grouped as the locale groups (%Ln).
                            return form.contains(QLatin1StringView("%n")) || form.contains(QLatin1StringView("%Ln"));
                        });
        if (!ok)
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("without English plural forms (run the update_plural_translations target):\n  ") +
                   missing.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
