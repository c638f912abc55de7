// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/engineconfig.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace Test {

// One data row ("code") for each language TicketDesk ships.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("en") << QStringLiteral("en_US");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
}

// Each row in its own language only: a translator left from the row before would answer what
// English leaves to the source text.
inline void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// For an engine that is never started: the windows and dialogs need one, not its work.
inline TicketDesk::EngineConfig quietEngineConfig(const QTemporaryDir &dir)
{
    TicketDesk::EngineConfig config;
    config.dbPath = dir.filePath(QStringLiteral("tickets.sqlite"));
    config.dataDir = dir.path();
    config.listen = false;
    config.runReconciler = false;
    config.runOutbox = false;
    return config;
}

} // namespace Test
