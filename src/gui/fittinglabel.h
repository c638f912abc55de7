// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QStringList>

namespace TicketDesk {

// A one-line label with a long and a short way to say one thing ("Queued: 1 · Created: 1,208 · …"
// and "1,209 tickets"). It asks for the room of the long text and makes do with the short one's:
// in a window too narrow for the long text (a status bar squeezes its widgets), it shows the
// short text whole rather than a long one cut at the window's edge, and its tooltip then gives
// the long text.
class FittingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittingLabel)

public:
    explicit FittingLabel(QWidget *parent = nullptr);

    // `shortText` empty: the long text is the only one.
    void setTexts(const QString &longText, const QString &shortText = QString());
    QString longText() const { return m_long; }
    QString shortText() const { return m_short; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize sizeFor(const QString &text) const;
    void choose();

    QString m_long;
    QString m_short;
};

} // namespace TicketDesk
