// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace TicketDesk {

MainWindow::MainWindow(bool demo, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(demo ? tr("TicketDesk (demo)") : tr("TicketDesk"));
    resize(960, 600);

    auto *placeholder = new QLabel(tr("No tickets yet."), this);
    placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setAccessibleName(tr("Ticket list"));
    setCentralWidget(placeholder);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About TicketDesk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About TicketDesk"),
                           tr("TicketDesk %1\nSupport tickets for Ripio Ramps, watched live.")
                               .arg(QApplication::applicationVersion()));
    });

    statusBar()->showMessage(demo ? tr("Demo mode") : tr("Ready"));
}

} // namespace TicketDesk
