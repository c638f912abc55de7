// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/trustedproxies.h"

#include <QTest>

using namespace TicketDesk;

// Which address counts as the client's behind reverse proxies: the setting's
// parser, the X-Forwarded-For hop parser, and the decision table.
class TestTrustedProxies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesListsAndReportsBadEntries();
    void trustIsBySubnet();
    void hops_data();
    void hops();
    void clientAddress_data();
    void clientAddress();
    void oversizedHeaderIgnored();
};

void TestTrustedProxies::parsesListsAndReportsBadEntries()
{
    QStringList invalid;
    const TrustedProxies p = TrustedProxies::parse(
        QStringLiteral(" 10.0.0.0/8, 192.0.2.7  2001:db8::/32,bogus,300.1.1.1, 10.1.2.3/99"), &invalid);
    QVERIFY(!p.isEmpty());
    QCOMPARE(invalid,
             (QStringList{QStringLiteral("bogus"), QStringLiteral("300.1.1.1"), QStringLiteral("10.1.2.3/99")}));
    QVERIFY(TrustedProxies::parse(QString()).isEmpty());
    QVERIFY(TrustedProxies::parse(QStringLiteral(" , ")).isEmpty());
}

void TestTrustedProxies::trustIsBySubnet()
{
    const TrustedProxies p = TrustedProxies::parse(QStringLiteral("10.0.0.0/8 192.0.2.7 2001:db8::/32"));
    QVERIFY(p.isTrusted(QHostAddress(QStringLiteral("10.200.3.4"))));
    QVERIFY(p.isTrusted(QHostAddress(QStringLiteral("192.0.2.7"))));
    QVERIFY(!p.isTrusted(QHostAddress(QStringLiteral("192.0.2.8"))));
    QVERIFY(p.isTrusted(QHostAddress(QStringLiteral("2001:db8:1::5"))));
    QVERIFY(!p.isTrusted(QHostAddress(QStringLiteral("2001:db9::5"))));
    // An IPv4 peer on a dual-stack socket.
    QVERIFY(p.isTrusted(QHostAddress(QStringLiteral("::ffff:10.0.0.1"))));
    QVERIFY(!p.isTrusted(QHostAddress(QStringLiteral("11.0.0.1"))));
}

void TestTrustedProxies::hops_data()
{
    QTest::addColumn<QByteArray>("hop");
    QTest::addColumn<QString>("address"); // empty: not an address
    QTest::newRow("ipv4") << QByteArray(" 203.0.113.9 ") << QStringLiteral("203.0.113.9");
    QTest::newRow("ipv4 with port") << QByteArray("203.0.113.9:51234") << QStringLiteral("203.0.113.9");
    QTest::newRow("ipv6") << QByteArray("2001:db8::1") << QStringLiteral("2001:db8::1");
    QTest::newRow("ipv6 in brackets") << QByteArray("[2001:db8::1]") << QStringLiteral("2001:db8::1");
    QTest::newRow("ipv6 with port") << QByteArray("[2001:db8::1]:443") << QStringLiteral("2001:db8::1");
    QTest::newRow("mapped ipv4") << QByteArray("::ffff:198.51.100.2") << QStringLiteral("198.51.100.2");
    QTest::newRow("unknown") << QByteArray("unknown") << QString();
    QTest::newRow("empty") << QByteArray("  ") << QString();
    QTest::newRow("name") << QByteArray("proxy.example.com") << QString();
    QTest::newRow("bad octet") << QByteArray("203.0.113.300") << QString();
    QTest::newRow("bad bracket") << QByteArray("[2001:db8::1") << QString();
    QTest::newRow("bad port") << QByteArray("[2001:db8::1]x") << QString();
    QTest::newRow("obfuscated") << QByteArray("_hidden") << QString();
    QTest::newRow("too long") << QByteArray(80, '1') << QString();
}

void TestTrustedProxies::hops()
{
    QFETCH(QByteArray, hop);
    QFETCH(QString, address);
    const QHostAddress parsed = TrustedProxies::parseHop(hop);
    QCOMPARE(parsed.isNull() ? QString() : parsed.toString(), address);
}

void TestTrustedProxies::clientAddress_data()
{
    QTest::addColumn<QString>("trusted");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArrayList>("forwardedFor");
    QTest::addColumn<QString>("client");
    const QString proxies = QStringLiteral("10.0.0.0/8");
    QTest::newRow("no setting: socket") << QString() << QStringLiteral("10.0.0.2") << QByteArrayList{"203.0.113.9"}
                                        << QStringLiteral("10.0.0.2");
    QTest::newRow("untrusted peer: socket")
        << proxies << QStringLiteral("198.51.100.7") << QByteArrayList{"203.0.113.9"} << QStringLiteral("198.51.100.7");
    QTest::newRow("trusted peer, no header")
        << proxies << QStringLiteral("10.0.0.2") << QByteArrayList{} << QStringLiteral("10.0.0.2");
    QTest::newRow("trusted peer: its client")
        << proxies << QStringLiteral("10.0.0.2") << QByteArrayList{"203.0.113.9"} << QStringLiteral("203.0.113.9");
    QTest::newRow("forged left part ignored")
        << proxies << QStringLiteral("10.0.0.2") << QByteArrayList{"1.2.3.4, 203.0.113.9"}
        << QStringLiteral("203.0.113.9");
    QTest::newRow("chain of trusted proxies")
        << proxies << QStringLiteral("10.0.0.2") << QByteArrayList{"1.2.3.4, 203.0.113.9, 10.9.9.9"}
        << QStringLiteral("203.0.113.9");
    QTest::newRow("several header lines")
        << proxies << QStringLiteral("10.0.0.2") << QByteArrayList{"1.2.3.4", "203.0.113.9, 10.1.1.1"}
        << QStringLiteral("203.0.113.9");
    QTest::newRow("all hops trusted: the farthest")
        << proxies << QStringLiteral("10.0.0.2") << QByteArrayList{"10.3.3.3, 10.4.4.4"} << QStringLiteral("10.3.3.3");
    QTest::newRow("junk hop: socket") << proxies << QStringLiteral("10.0.0.2") << QByteArrayList{"203.0.113.9, garbage"}
                                      << QStringLiteral("10.0.0.2");
    QTest::newRow("empty hop: socket") << proxies << QStringLiteral("10.0.0.2") << QByteArrayList{"203.0.113.9,,"}
                                       << QStringLiteral("10.0.0.2");
    QTest::newRow("dual-stack peer") << proxies << QStringLiteral("::ffff:10.0.0.2")
                                     << QByteArrayList{"[2001:db8::7]:5000"} << QStringLiteral("2001:db8::7");
}

void TestTrustedProxies::clientAddress()
{
    QFETCH(QString, trusted);
    QFETCH(QString, peer);
    QFETCH(QByteArrayList, forwardedFor);
    QFETCH(QString, client);
    QCOMPARE(TrustedProxies::parse(trusted).clientAddress(peer, forwardedFor), client);
}

void TestTrustedProxies::oversizedHeaderIgnored()
{
    const TrustedProxies p = TrustedProxies::parse(QStringLiteral("10.0.0.0/8"));
    QByteArrayList many;
    for (int i = 0; i < TrustedProxies::maxHops + 1; ++i)
        many.append("203.0.113." + QByteArray::number(i % 250));
    QCOMPARE(p.clientAddress(QStringLiteral("10.0.0.2"), {many.join(',')}), QStringLiteral("10.0.0.2"));
    QCOMPARE(p.clientAddress(QStringLiteral("10.0.0.2"), {QByteArray(TrustedProxies::maxHeaderBytes, ' ') + "1.2.3.4"}),
             QStringLiteral("10.0.0.2"));
    many.removeLast();
    QCOMPARE(p.clientAddress(QStringLiteral("10.0.0.2"), {many.join(',')}), QStringLiteral("203.0.113.31"));
}

QTEST_GUILESS_MAIN(TestTrustedProxies)
#include "tst_trustedproxies.moc"
