// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace TicketDesk {

// Levenshtein distance: insertions, deletions and substitutions, one each.
qsizetype editDistance(const QString &a, const QString &b);

// The word of `words` nearest to `typed` (case-insensitively) within `maxDistance` edits, keeping
// at least one of its letters (two edits turn any short word, or none, into "db"); the first of a
// tie, in `words` order. Empty when none is that near: a "did you mean" for a mistyped name.
QString nearestWord(const QString &typed, const QStringList &words, qsizetype maxDistance);

} // namespace TicketDesk
