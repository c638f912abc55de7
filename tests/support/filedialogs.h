// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QTimer>

namespace TicketDesk::Test {

// What a file dialog showed when it opened.
struct OfferedFile
{
    QString folder; // the folder it opened in
    QString file;   // the file it proposed (a save dialog's suggested name), or empty
};

// Answers the next modal file dialog (from the event loop, while its exec() runs): notes what it
// offers in `offered`, then types `file` into its name field and accepts, as an operator would, or
// cancels when `file` is empty. `context` owns the polling timer.
inline void answerNextFileDialog(QObject *context, const QString &file, OfferedFile *offered)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, file, offered] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        offered->folder = dialog->directory().absolutePath();
        offered->file = dialog->selectedFiles().value(0);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (file.isEmpty() || !name) {
            dialog->reject();
            return;
        }
        // Not selectFile(): for a file in another folder it changes the folder at once and the
        // name only later.
        name->setText(file);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), which reads that field
    });
    poll->start();
}

} // namespace TicketDesk::Test
