// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/savedviews.h"

#include <QSettings>

namespace TicketDesk {

namespace {

const QString group = QStringLiteral("mainWindow/savedViews");

} // namespace

QList<SavedView> SavedViews::read(QSettings &settings)
{
    QList<SavedView> views;
    const int n = settings.beginReadArray(group);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        SavedView v;
        v.name = settings.value(QStringLiteral("name")).toString().trimmed();
        v.statusMask = settings.value(QStringLiteral("statusMask")).toUInt();
        v.text = settings.value(QStringLiteral("text")).toString();
        v.sortColumn = settings.value(QStringLiteral("sortColumn"), -1).toInt();
        v.ascending = settings.value(QStringLiteral("ascending"), true).toBool();
        if (!v.name.isEmpty() && indexOf(views, v.name) < 0) // a hand-edited file may repeat one
            views.append(v);
    }
    settings.endArray();
    return views;
}

void SavedViews::write(QSettings &settings, const QList<SavedView> &views)
{
    settings.remove(group);
    settings.beginWriteArray(group, int(views.size()));
    for (int i = 0; i < int(views.size()); ++i) {
        const SavedView &v = views[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), v.name);
        settings.setValue(QStringLiteral("statusMask"), v.statusMask);
        settings.setValue(QStringLiteral("text"), v.text);
        settings.setValue(QStringLiteral("sortColumn"), v.sortColumn);
        settings.setValue(QStringLiteral("ascending"), v.ascending);
    }
    settings.endArray();
}

QList<SavedView> SavedViews::with(QList<SavedView> views, const SavedView &view)
{
    const qsizetype i = indexOf(views, view.name);
    if (i >= 0)
        views[i] = view;
    else
        views.append(view);
    return views;
}

qsizetype SavedViews::indexOf(const QList<SavedView> &views, const QString &name)
{
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (views[i].name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace TicketDesk
