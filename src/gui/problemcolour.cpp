// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problemcolour.h"

#include <QWidget>

#include <cmath>

namespace TicketDesk {

namespace {

constexpr double readableContrast = 4.5;

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mixed(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor problemColour(const QPalette &palette, Problem kind, QPalette::ColorRole background)
{
    const QColor base = kind == Problem::Error ? QColor(0xb0, 0x00, 0x20) : QColor(0x9a, 0x5b, 0x00);
    const QColor behind = palette.color(QPalette::Active, background);
    // Towards white on a dark background, towards black on a light one, in small steps.
    const QColor away = luminance(behind) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    QColor c = base;
    for (int step = 1; step <= 20 && contrastRatio(c, behind) < readableContrast; ++step)
        c = mixed(base, away, step / 20.0);
    return c;
}

void paintAsProblem(QWidget *widget, Problem kind)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, problemColour(palette, kind));
    widget->setPalette(palette);
}

} // namespace TicketDesk
