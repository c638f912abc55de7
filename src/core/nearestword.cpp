// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/nearestword.h"

#include <QList>

#include <algorithm>

namespace TicketDesk {

qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString nearestWord(const QString &typed, const QStringList &words, qsizetype maxDistance)
{
    QString nearest;
    qsizetype best = maxDistance + 1;
    for (const QString &word : words) {
        const qsizetype d = editDistance(typed.toLower(), word.toLower());
        if (d < best && d < word.size()) {
            best = d;
            nearest = word;
        }
    }
    return nearest;
}

} // namespace TicketDesk
