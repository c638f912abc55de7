// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layercheck.h"

#include <QTest>

using namespace TicketDesk;

class TestLayering final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceTreeKeepsItsLayers();
    void badIncludesAreCaught();
    void allowedLayers_data();
    void allowedLayers();
};

void TestLayering::sourceTreeKeepsItsLayers()
{
    const LayerCheck check(QStringLiteral(TICKETDESK_QT_HEADERS));
    const QStringList problems = check.check(QStringLiteral(TICKETDESK_SOURCE_DIR "/src"));
    if (!problems.isEmpty())
        qWarning().noquote() << problems.join(QLatin1Char('\n'));
    QCOMPARE(problems, QStringList());
}

// A tree of deliberately bad includes: each must be reported, and nothing else.
void TestLayering::badIncludesAreCaught()
{
    const LayerCheck check(QStringLiteral(TICKETDESK_QT_HEADERS));
    const QStringList problems = check.check(QStringLiteral(TICKETDESK_TEST_DATA "/layering/src"));
    const QStringList expected{
        QStringLiteral("src/app/fine.cpp:4: \"ticketstore.h\" is not included by its layer path"),
        QStringLiteral("src/core/upward.h:5: core may not use store (\"store/ticketstore.h\")"),
        QStringLiteral("src/gui/form.cpp:3: gui may not use sandbox (\"sandbox/ripiosandbox.h\")"),
        QStringLiteral("src/http/errorparser.h:4: a parser may not use sockets (<QSslServer>)"),
        QStringLiteral("src/http/requestparser.cpp:4: a parser may not use sockets (<QTcpSocket>)"),
        QStringLiteral("src/service/cli.cpp:4: service may not use gui (\"gui/mainwindow.h\")"),
        QStringLiteral("src/service/cli.cpp:6: command-line parsing outside app (<QCommandLineParser>)"),
        QStringLiteral("src/service/cli.cpp:7: service may not use QtSql (<QSqlQuery>)"),
        QStringLiteral("src/store/view.cpp:4: store may not use QtWidgets (<QWidget>)"),
        QStringLiteral("src/store/view.cpp:5: a Designer form (ui_view.h) outside gui"),
        QStringLiteral("src/stray.cpp: not inside a layer's folder"),
    };
    QCOMPARE(problems, expected);
}

void TestLayering::allowedLayers_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QStringList>("allowed");
    const auto l = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("core") << QStringLiteral("core") << l("core");
    QTest::newRow("store") << QStringLiteral("store") << l("core store");
    QTest::newRow("http") << QStringLiteral("http") << l("core http");
    QTest::newRow("ripio") << QStringLiteral("ripio") << l("core ripio");
    QTest::newRow("sandbox") << QStringLiteral("sandbox") << l("core http sandbox");
    QTest::newRow("service") << QStringLiteral("service") << l("core store http ripio service");
    QTest::newRow("gui") << QStringLiteral("gui") << l("core store http ripio service gui");
    QTest::newRow("app") << QStringLiteral("app") << l("core store http ripio sandbox service gui app");
    QTest::newRow("unknown") << QStringLiteral("listener") << QStringList();
}

void TestLayering::allowedLayers()
{
    QFETCH(QString, layer);
    QFETCH(QStringList, allowed);
    QCOMPARE(LayerCheck::allowedLayers(layer), allowed);
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
