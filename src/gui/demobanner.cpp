// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/demobanner.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>

namespace TicketDesk {

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_dismiss(new QPushButton(tr("Dis&miss"), this))
{
    setObjectName(QStringLiteral("demoBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A tint of the selection colour: visible in light and dark palettes alike.
    setAutoFillBackground(true);
    QPalette p = palette();
    QColor tint = p.color(QPalette::Highlight);
    tint.setAlpha(45);
    p.setColor(QPalette::Window, tint);
    setPalette(p);

    // The sandbox's rule (RipioSandbox): the whole word "fail", any case, in a
    // summary fails that customer's first ticket with that summary; the same
    // ticket again (a retry) is CREATED.
    m_label->setObjectName(QStringLiteral("demoBannerLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setText(
        tr("Demo: TicketDesk is connected to its built-in Ripio sandbox, with a throwaway database. Nothing you "
           "do here reaches Ripio. To see a failure, put the word “fail” in a ticket's summary (on its own: "
           "“failed” does not count): that customer's first ticket with that summary ends Failed, and its "
           "retry ends Created. Nothing of the demo is kept when it quits: to work with your Ripio account, start "
           "TicketDesk without --demo and enter your credentials in Settings."));
    m_dismiss->setObjectName(QStringLiteral("demoBannerDismissButton"));
    m_dismiss->setAccessibleName(tr("Dismiss the demo note"));
    // The key of the button's own mnemonic, which a translation chooses (Alt+Q in Spanish).
    const QString key = QKeySequence::mnemonic(m_dismiss->text()).toString(QKeySequence::NativeText);
    m_dismiss->setToolTip(key.isEmpty() ? tr("Hide this note") : tr("Hide this note (%1)").arg(key));
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    setAccessibleName(tr("Demo mode"));
    setAccessibleDescription(m_label->text());
    m_label->setAccessibleName(tr("Demo mode"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
}

QString DemoBanner::text() const
{
    return m_label->text();
}

} // namespace TicketDesk
