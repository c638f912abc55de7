// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace TicketDesk {

enum class Problem
{
    Error,   // a value refused, a request that failed: red
    Warning, // allowed, but worth a second look (a closed customer): amber
};

// The colour for text that says a problem, readable on `palette`'s window: its red or amber,
// lightened on a dark palette or darkened on a light one until it stands out from the background
// by at least 4.5:1 (the contrast WCAG asks of body text).
QColor problemColour(const QPalette &palette, Problem kind, QPalette::ColorRole background = QPalette::Window);

// Sets `widget`'s text colour (WindowText) to problemColour() on its own palette.
void paintAsProblem(QWidget *widget, Problem kind);

// WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace TicketDesk
