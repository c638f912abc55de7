// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace TicketDesk {

// A named way of looking at the ticket table: which statuses are shown, the
// search text and the sort.
struct SavedView
{
    QString name;
    quint32 statusMask = 0; // TicketProxy::statusMask()
    QString text;
    int sortColumn = -1; // TicketModel::Column, -1 for none
    bool ascending = true;

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

// The operator's saved views, in the user's settings, in the order they were
// saved (the first nine get Ctrl+1 to Ctrl+9). Names are unique, compared
// without regard to case: saving under a taken name replaces that view in place.
class SavedViews final
{
public:
    static QList<SavedView> read(QSettings &settings);
    static void write(QSettings &settings, const QList<SavedView> &views);
    // `views` with `view` added at the end, or put in place of the one of the same name.
    static QList<SavedView> with(QList<SavedView> views, const SavedView &view);
    // The index of the view named `name`, or -1.
    static qsizetype indexOf(const QList<SavedView> &views, const QString &name);
};

} // namespace TicketDesk
