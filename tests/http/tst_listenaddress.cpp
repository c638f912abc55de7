// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/listenaddress.h"

#include <QTest>

using namespace TicketDesk;

// `--listen HOST:PORT` as `ticketdesk serve` and `ripio-sandbox` both read it.
class TestListenAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromString_data();
    void fromString();
};

void TestListenAddress::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    const auto ok = [](const char *name, const char *text, const char *address, int port) {
        QTest::newRow(name) << QString::fromLatin1(text) << true << QString::fromLatin1(address) << port;
    };
    const auto bad = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromLatin1(text) << false << QString() << 0;
    };
    ok("ipv4", "127.0.0.1:8787", "127.0.0.1", 8787);
    ok("any ipv4", "0.0.0.0:80", "0.0.0.0", 80);
    ok("port 0: any free port", "127.0.0.1:0", "127.0.0.1", 0);
    ok("highest port", "10.1.2.3:65535", "10.1.2.3", 65535);
    ok("localhost", "localhost:8788", "127.0.0.1", 8788);
    ok("bracketed ipv6", "[::1]:8787", "::1", 8787);
    ok("bracketed any ipv6", "[::]:443", "::", 443);
    ok("unbracketed ipv6: the last colon splits", "::1:8787", "::1", 8787);
    bad("empty", "");
    bad("no port", "127.0.0.1");
    bad("empty port", "127.0.0.1:");
    bad("no host", ":8787");
    bad("port too large", "127.0.0.1:65536");
    bad("negative port", "127.0.0.1:-1");
    bad("port not a number", "127.0.0.1:http");
    bad("host name", "example.com:80");
    bad("bad ipv4", "127.0.0.256:80");
    bad("empty brackets", "[]:80");
    bad("bracketed ipv6 without port", "[::1]");
    bad("unclosed bracket", "[::1:80");
}

void TestListenAddress::fromString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, address);
    QFETCH(int, port);
    const std::optional<ListenAddress> parsed = ListenAddress::fromString(text);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->address, QHostAddress(address));
    QCOMPARE(int(parsed->port), port);
}

QTEST_GUILESS_MAIN(TestListenAddress)
#include "tst_listenaddress.moc"
