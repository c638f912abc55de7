// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/signature.h"

#include <QFile>
#include <QTest>

using namespace TicketDesk;

// Checks webhook signature verification against digests computed by OpenSSL
// (tests/data/core/signature-vectors.txt), and every malformed form.
class TestSignature final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vectors_data();
    void vectors();
    void verdicts_data();
    void verdicts();
    void headerNames_data();
    void headerNames();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void verdictStrings();

private:
    struct Vector
    {
        QByteArray name;
        QByteArray secret;
        QByteArray hex;
        QByteArray body;
    };
    QList<Vector> m_vectors;
    Vector vector(QByteArrayView name) const;
};

namespace {

QByteArray prefixed(const QByteArray &hex)
{
    return QByteArrayLiteral("sha256=") + hex;
}

} // namespace

void TestSignature::initTestCase()
{
    QFile file(QStringLiteral(TICKETDESK_TEST_DATA "/core/signature-vectors.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // The body is everything after the third tab, and may itself be empty.
        const qsizetype t1 = line.indexOf('\t');
        const qsizetype t2 = line.indexOf('\t', t1 + 1);
        qsizetype t3 = line.indexOf('\t', t2 + 1);
        QVERIFY2(t1 > 0 && t2 > t1, line.constData());
        if (t3 < 0)
            t3 = line.size();
        m_vectors.append(
            Vector{line.left(t1), line.mid(t1 + 1, t2 - t1 - 1), line.mid(t2 + 1, t3 - t2 - 1), line.mid(t3 + 1)});
    }
    QCOMPARE(m_vectors.size(), 5);
    // The escaped body must reach the HMAC as the six ASCII characters Ripio sends.
    QVERIFY(vector("unicode-escapes").body.contains(QByteArrayLiteral("N\\u00da\\u00d1EZ")));
    QVERIFY(vector("empty-body").body.isEmpty());
}

TestSignature::Vector TestSignature::vector(QByteArrayView name) const
{
    for (const Vector &v : m_vectors) {
        if (v.name == name)
            return v;
    }
    qFatal("no vector named %s", name.toByteArray().constData());
}

void TestSignature::vectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QByteArray>("body");
    for (const Vector &v : std::as_const(m_vectors))
        QTest::newRow(v.name.constData()) << v.secret << v.hex << v.body;
}

void TestSignature::vectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, hex);
    QFETCH(QByteArray, body);
    const QByteArray header = prefixed(hex);

    QCOMPARE(signatureHeaderValue(body, secret), header);
    QCOMPARE(verifySignature(header, body, secret), SignatureVerdict::ValidCurrent);
    QCOMPARE(verifySignature(header, body, secret, QByteArrayLiteral("some-old-secret")),
             SignatureVerdict::ValidCurrent);
    QCOMPARE(verifySignature(header, body, QByteArrayLiteral("some-new-secret"), secret),
             SignatureVerdict::ValidPrevious);
    QCOMPARE(verifySignature(header, body, QByteArray(secret + 'x')), SignatureVerdict::Mismatch);
    QCOMPARE(verifySignature(header, QByteArray(body + ' '), secret), SignatureVerdict::Mismatch);
    QCOMPARE(verifySignature(header.toUpper().replace("SHA256=", "sha256="), body, secret),
             SignatureVerdict::ValidCurrent);
}

void TestSignature::verdicts_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("headerPresent");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QByteArray>("previous");
    QTest::addColumn<SignatureVerdict>("verdict");

    const Vector created = vector("created-current");
    const Vector previous = vector("previous-secret");
    const Vector unicode = vector("unicode-escapes");
    const Vector empty = vector("empty-body");
    const QByteArray good = prefixed(created.hex);
    const QByteArray cur = created.secret;

    QTest::newRow("current") << good << true << created.body << cur << QByteArray() << SignatureVerdict::ValidCurrent;
    QTest::newRow("previous") << prefixed(previous.hex) << true << previous.body << cur << previous.secret
                              << SignatureVerdict::ValidPrevious;
    QTest::newRow("previous-not-configured")
        << prefixed(previous.hex) << true << previous.body << cur << QByteArray() << SignatureVerdict::Mismatch;
    QTest::newRow("wrong-secret") << good << true << created.body << QByteArrayLiteral("whsec_wrong") << QByteArray()
                                  << SignatureVerdict::Mismatch;
    QTest::newRow("wrong-both-secrets") << good << true << created.body << QByteArrayLiteral("a")
                                        << QByteArrayLiteral("b") << SignatureVerdict::Mismatch;
    QTest::newRow("body-changed") << good << true << QByteArray(created.body).replace("SUP-1234", "SUP-1235") << cur
                                  << QByteArray() << SignatureVerdict::Mismatch;
    // Decoding \u00d1 before verifying would change the bytes and so the digest.
    QTest::newRow("unicode-unescaped-body")
        << prefixed(unicode.hex) << true << QByteArray(unicode.body).replace("\\u00d1", "\xc3\x91") << cur
        << QByteArray() << SignatureVerdict::Mismatch;
    QTest::newRow("empty-body") << prefixed(empty.hex) << true << QByteArray() << cur << QByteArray()
                                << SignatureVerdict::ValidCurrent;
    QTest::newRow("missing-header") << QByteArray() << false << created.body << cur << QByteArray()
                                    << SignatureVerdict::Missing;
    QTest::newRow("empty-header") << QByteArrayLiteral("") << true << created.body << cur << QByteArray()
                                  << SignatureVerdict::Malformed;
    QTest::newRow("no-prefix") << created.hex << true << created.body << cur << QByteArray()
                               << SignatureVerdict::Malformed;
    QTest::newRow("uppercase-prefix") << QByteArray("SHA256=" + created.hex) << true << created.body << cur
                                      << QByteArray() << SignatureVerdict::Malformed;
    QTest::newRow("other-algorithm") << QByteArray("sha1=" + created.hex) << true << created.body << cur << QByteArray()
                                     << SignatureVerdict::Malformed;
    QTest::newRow("space-after-prefix") << QByteArray("sha256= " + created.hex) << true << created.body << cur
                                        << QByteArray() << SignatureVerdict::Malformed;
    QTest::newRow("uppercase-hex") << prefixed(created.hex.toUpper()) << true << created.body << cur << QByteArray()
                                   << SignatureVerdict::ValidCurrent;
    QTest::newRow("truncated") << prefixed(created.hex.left(63)) << true << created.body << cur << QByteArray()
                               << SignatureVerdict::Malformed;
    QTest::newRow("half-digest") << prefixed(created.hex.left(32)) << true << created.body << cur << QByteArray()
                                 << SignatureVerdict::Malformed;
    QTest::newRow("too-long") << QByteArray(good + '0') << true << created.body << cur << QByteArray()
                              << SignatureVerdict::Malformed;
    QTest::newRow("trailing-space") << QByteArray(good + ' ') << true << created.body << cur << QByteArray()
                                    << SignatureVerdict::Malformed;
    QTest::newRow("non-hex") << prefixed(created.hex.left(63) + 'g') << true << created.body << cur << QByteArray()
                             << SignatureVerdict::Malformed;
    QTest::newRow("prefix-only") << QByteArrayLiteral("sha256=") << true << created.body << cur << QByteArray()
                                 << SignatureVerdict::Malformed;
    QTest::newRow("well-formed-zeros") << prefixed(QByteArray(64, '0')) << true << created.body << cur << QByteArray()
                                       << SignatureVerdict::Mismatch;
    // HMAC with an empty key is computable by anyone: an unset secret never validates.
    QTest::newRow("empty-current-secret") << signatureHeaderValue(created.body, QByteArray()) << true << created.body
                                          << QByteArray() << QByteArray() << SignatureVerdict::Mismatch;
    QTest::newRow("empty-current-with-previous") << prefixed(previous.hex) << true << previous.body << QByteArray()
                                                 << previous.secret << SignatureVerdict::Mismatch;
}

void TestSignature::verdicts()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, headerPresent);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, current);
    QFETCH(QByteArray, previous);
    QFETCH(SignatureVerdict, verdict);

    const QByteArrayView headerView =
        headerPresent ? QByteArrayView(header.constData(), header.size()) : QByteArrayView();
    QCOMPARE(headerView.isNull(), !headerPresent);
    const SignatureVerdict got = verifySignature(headerView, body, current, previous);
    QCOMPARE(signatureVerdictToString(got), signatureVerdictToString(verdict));
    QCOMPARE(isValid(got), verdict == SignatureVerdict::ValidCurrent || verdict == SignatureVerdict::ValidPrevious);
}

void TestSignature::headerNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("documented") << QByteArrayLiteral("Http-X-Wh-Signature-256") << true;
    QTest::newRow("on-the-wire") << QByteArrayLiteral("X-Wh-Signature-256") << true;
    QTest::newRow("lower") << QByteArrayLiteral("x-wh-signature-256") << true;
    QTest::newRow("upper") << QByteArrayLiteral("HTTP-X-WH-SIGNATURE-256") << true;
    QTest::newRow("mixed") << QByteArrayLiteral("hTtP-x-Wh-SiGnAtUrE-256") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("no-suffix") << QByteArrayLiteral("X-Wh-Signature") << false;
    QTest::newRow("other-digest") << QByteArrayLiteral("X-Wh-Signature-512") << false;
    QTest::newRow("underscores") << QByteArrayLiteral("HTTP_X_WH_SIGNATURE_256") << false;
    QTest::newRow("trailing-space") << QByteArrayLiteral("X-Wh-Signature-256 ") << false;
    QTest::newRow("leading-prefix") << QByteArrayLiteral("Y-X-Wh-Signature-256") << false;
    QTest::newRow("hub-signature") << QByteArrayLiteral("X-Hub-Signature-256") << false;
    QTest::newRow("content-type") << QByteArrayLiteral("Content-Type") << false;
}

void TestSignature::headerNames()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, accepted);
    QCOMPARE(isSignatureHeaderName(name), accepted);
}

void TestSignature::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("both-empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("same") << QByteArrayLiteral("abc") << QByteArrayLiteral("abc") << true;
    QTest::newRow("first-differs") << QByteArrayLiteral("xbc") << QByteArrayLiteral("abc") << false;
    QTest::newRow("last-differs") << QByteArrayLiteral("abx") << QByteArrayLiteral("abc") << false;
    QTest::newRow("high-bit") << QByteArrayLiteral("\x80") << QByteArrayLiteral("\x00") << false;
    QTest::newRow("prefix") << QByteArrayLiteral("ab") << QByteArrayLiteral("abc") << false;
    QTest::newRow("longer") << QByteArrayLiteral("abcd") << QByteArrayLiteral("abc") << false;
    QTest::newRow("empty-vs-one") << QByteArray() << QByteArrayLiteral("a") << false;
}

void TestSignature::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(TicketDesk::constantTimeEquals(a, b), equal);
    QCOMPARE(TicketDesk::constantTimeEquals(b, a), equal);
}

void TestSignature::verdictStrings()
{
    const QList<SignatureVerdict> all{SignatureVerdict::ValidCurrent, SignatureVerdict::ValidPrevious,
                                      SignatureVerdict::Missing, SignatureVerdict::Malformed,
                                      SignatureVerdict::Mismatch};
    QStringList names;
    for (SignatureVerdict v : all) {
        QVERIFY(!signatureVerdictToString(v).isEmpty());
        QVERIFY(!names.contains(signatureVerdictToString(v)));
        names.append(signatureVerdictToString(v));
    }
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
