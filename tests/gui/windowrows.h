// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/guiresources.h"
#include "gui/mainwindow.h"
#include "gui/ticketmodel.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace TicketDesk {

// What a main-window test sets up first: test paths, and settings kept in `dir`
// (never the user's), and the icons.
inline void setUpWindowTest(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    initGuiResources();
}

// The window's table row of ticket `id`, or nullptr while it is not shown.
inline const TicketRow *windowRowOf(const MainWindow &window, qint64 id)
{
    const int r = window.ticketModel()->rowForId(id);
    return r < 0 ? nullptr : &window.ticketModel()->row(r);
}

// The id of the first row with this summary, 0 when there is none (yet).
inline qint64 windowIdWithSummary(const MainWindow &window, const QString &summary)
{
    const TicketModel *m = window.ticketModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->text(m->row(r).summary) == summary)
            return m->row(r).id;
    }
    return 0;
}

} // namespace TicketDesk
