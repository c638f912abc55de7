// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace TicketDesk {

// The note across the top of a `--demo` window: this is the built-in sandbox,
// nothing reaches Ripio, and how to make a ticket fail. Dismissed with its
// button (Alt+M); it then hides and says so through dismissed().
class DemoBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoBanner)

public:
    explicit DemoBanner(QWidget *parent = nullptr);

    QString text() const;
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void dismissed();

private:
    QLabel *m_label;
    QPushButton *m_dismiss;
};

} // namespace TicketDesk
